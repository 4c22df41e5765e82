"""Foreign voices relayed by state media without a classic verb of praise or act: friendship
declared as a course, allegiance of overseas Koreans, aid handed at home, plans signed in the
passive (the whole pipeline on short texts of our own)."""

from __future__ import annotations

import pytest

PUBLISHED = "2031-03-14"  # a Friday
SOURCE = "KCNA"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        pytest.param(
            "Li Wei, head of a visiting delegation of the Communist Party of China, said on "
            "Monday that the party and government of China attach great importance to the "
            "friendly relations with the DPRK.",
            ("praise", "CHN", "PRK", "2031-03-10"),
            id="attaching-importance-to-the-ties-is-praise-of-the-other-side",
        ),
        pytest.param(
            "The Federation of Koreans in Brazil issued a statement on March 2. The Koreans in "
            "Brazil will fight for the reunification of the country, holding the dear respected "
            "Kim Jong Un in high esteem as the leader, the statement said.",
            ("praise", "BRA", "PRK", "2031-03-02"),
            id="overseas-koreans-holding-the-leader-in-esteem-praise-the-dprk",
        ),
        pytest.param(
            "Koreans in Germany held a meeting on March 5. The speakers denounced the U.S. for "
            "its hostile policy.",
            ("accusation", "DEU", "USA", "2031-03-05"),
            id="koreans-in-a-country-are-that-country",
        ),
        pytest.param(
            "The Mongolian ambassador and his embassy staff did volunteer work at a farm on "
            "Tuesday. They helped the farmers in harvesting. The embassy officials handed "
            "relief materials to the farm.",
            ("aid", "MNG", "PRK", "2031-03-11"),
            id="embassy-staff-handing-aid-to-a-farm-aid-the-host-state",
        ),
        pytest.param(
            "A 2031-2033 plan for scientific cooperation between the governments of the DPRK "
            "and Indonesia was signed in Pyongyang on Tuesday.",
            ("agreement_signed", "PRK;IDN", None, "2031-03-11"),
            id="a-plan-of-cooperation-signed-in-the-passive-is-an-agreement",
        ),
    ],
)
def test_foreign_voices_without_classic_verbs(undatelined, text: str, event: tuple) -> None:
    kind, source, target, day = event
    found = {
        (e.kind, ";".join(sorted(e.source.codes)) if e.source else None, e.target, e.date.value)
        for e in undatelined.events(text)
    }
    wanted = ";".join(sorted(source.split(";")))
    assert any(
        k == kind and s == wanted and (t.code if t else None) == target and d == day
        for k, s, t, d in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The DPRK attaches great importance to science and technology.",
            id="importance-attached-to-a-field-at-home-is-no-praise",
        ),
        pytest.param(
            "The Korean people will hold Kim Jong Un in high esteem forever.",
            id="the-dprks-own-people-holding-their-leader-in-esteem-is-no-event",
        ),
        pytest.param(
            "The Russian Association issued a statement on the work titled Let Us Hold the "
            "Leader in High Esteem Forever.",
            id="a-works-title-is-no-praise",
        ),
    ],
)
def test_no_praise_without_a_foreign_speaker(undatelined, text: str) -> None:
    assert not undatelined.of_kind(text, "praise")


def test_a_listed_diaspora_stays_as_told(undatelined) -> None:
    """ "Koreans in Japan and Japanese groups": one of a list, "in Japan" stays a place."""
    events = undatelined.events(
        "Koreans in Japan and Japanese groups held rallies in Tokyo on Monday.",
    )
    assert all(e.source is None or e.source.code != "JPN" or e.kind == "protest" for e in events)


def test_the_states_own_gift_to_a_farm_is_no_event(undatelined) -> None:
    """Officials of the DPRK handing aid to one of its farms: a gift at home."""
    text = "Officials of the DPRK Cabinet visited a farm in Anju on Monday and handed aid materials to the farm."
    assert not undatelined.of_kind(text, "aid")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The French groups demanded that the French government normalize relations with "
            "the DPRK.",
            id="groups-demanding-their-government-act-toward-another-state",
        ),
        pytest.param(
            "French activists urged the authorities to lift the sanctions against the DPRK.",
            id="activists-urging-the-authorities-about-another-state",
        ),
    ],
)
def test_a_demand_is_aimed_at_whom_it_addresses(undatelined, text: str) -> None:
    """The addressee right after the verb is the demand's target, not the state its content
    names."""
    assert ("demand", "FRA", "FRA") in undatelined.brief(text)
