"""Words that name no new act, or another act: statements that bodies issue, leaders'
visits, recalled launches, gifts and art troupes, a speech verb after what was said.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

# a sentence that is news, told after one that is none: the coder did read the article
NEWS = " Laos and Viet Nam signed an agreement on Monday."


@pytest.mark.parametrize(
    "text",
    [
        "The Peace Union of Norway and the Youth Front of Chile issued a joint statement on "
        "Monday denouncing the Israeli blockade of the coast.",
        "The Bolivian Workers' Committee issued a joint statement on Oct. 2 on the occasion "
        "of the founding anniversary of the DPRK.",
    ],
)
def test_a_joint_statement_of_bodies_is_what_they_say_not_an_agreement(kcna, text):
    assert "agreement_signed" not in kcna.kinds(text)


def test_a_joint_statement_of_two_states_is_still_an_agreement(kcna):
    text = "Laos and Viet Nam issued a joint statement after the talks in Hanoi on Tuesday."
    assert "agreement_signed" in kcna.kinds(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("President Kim Il Sung visited Romania in May 1978.", ("PRK", "ROU")),
        (
            "The Cuban president's official visit to Viet Nam on Monday boosted ties.",
            ("CUB", "VNM"),
        ),
        ("Kim Jong Un visited Russia on Monday.", ("PRK", "RUS")),
        ("Kim Jong Un's official visit to Laos began on Monday.", ("PRK", "LAO")),
    ],
)
def test_a_head_of_state_visiting_abroad_holds_a_summit(kcna, text, pair):
    events = kcna.coded(text)
    assert ("summit", tuple(sorted(pair)), ()) in events  # the parties meet each other
    assert "talks" not in kcna.kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The president of the Asian Handball Federation visited the DPRK on Monday.",
        "A delegation of the Kim Il Sung Socialist Youth League visited Laos on Monday.",
        "The Kim Il Sung Prize winners visited Laos on Monday.",
        "Kim Il Sung University students visited Laos on Monday.",
    ],
)
def test_a_body_headed_or_named_after_a_leader_visiting_is_no_summit(kcna, text):
    found = kcna.kinds(text)
    assert "talks" in found  # still a visit, between bodies and states
    assert "summit" not in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param(
            "The premier received gifts from the visiting Cuban delegation on Monday.",
            {"talks"},
            id="gifts_from_the_visiting_delegation_are_no_talks",
        ),
        pytest.param(
            "The Mansudae Art Troupe visited Mongolia on Tuesday for a performance tour.",
            {"talks"},
            id="an_art_troupe_on_tour_holds_no_talks",
        ),
        pytest.param(
            'They regard the DPRK\'s nuclear test and satellite launch as a "provocation".',
            {"nuclear_test", "satellite_launch"},
            id="somebodys_launch_named_without_a_time_is_recalled_not_reported",
        ),
        pytest.param(
            "For decades the U.S. has put an embargo on the export of satellites to Cuba.",
            {"satellite_launch"},
            id="an_embargo_put_on_satellites_launches_nothing",
        ),
        pytest.param(
            "A hotel in Lima, Peru collapsed Tuesday morning and struck a bus.",
            {"attack"},
            id="a_collapsing_building_that_strikes_a_bus_is_no_attack",
        ),
    ],
)
def test_words_that_name_no_act_of_the_kind_give_none(kcna, text, absent):
    found = kcna.kinds(text + NEWS)
    assert "agreement_signed" in found  # the news after them was read
    assert not found & absent


def test_a_launch_named_with_its_day_is_still_reported(kcna):
    text = "The DPRK's satellite launch on July 18 was a success."
    assert "satellite_launch" in kcna.kinds(text)


def test_the_speaker_named_after_the_speech_verb_is_the_doer(kcna):
    text = "The Japan-U.S. alliance should not be expanded, urges Rodong Sinmun in a commentary."
    events = kcna.coded(text)
    assert any(k == "demand" and s == ("PRK",) and "USA" in t for k, s, t in events)


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("The DPRK, however, urged the U.S. to stop the drills.", "demand", "PRK", "USA"),
        ("China, for its part, condemned Japan.", "accusation", "CHN", "JPN"),
    ],
)
def test_a_subject_before_an_aside_keeps_the_speech_verb(kcna, text, kind, source, target):
    # the comma before the verb closes an aside, and the mention after it is no speaker
    events = kcna.coded(text)
    assert (kind, (source,), (target,)) in events
    assert (kind, (target,), (source,)) not in events


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Iranian students held anti-American protests on Monday.", ("protest", "IRN", "USA")),
        ("Thousands staged an anti-U.S. rally in Seoul on Monday.", ("protest", "KOR", "USA")),
    ],
)
def test_whom_a_protest_is_against_is_its_target_never_its_doer(kcna, text, event):
    kind, source, target = event
    assert (kind, (source,), (target,)) in kcna.coded(text)


def test_the_side_an_exercise_is_aimed_at_is_never_its_doer(kcna):
    events = kcna.coded("The U.S. staged anti-DPRK war exercises on Monday.")
    assert ("military_exercise", ("USA",), ()) in events
    assert not any(k == "military_exercise" and "PRK" in s for k, s, _ in events)


def test_somebodys_launch_in_the_lead_is_the_news(kcna):
    text = "South Korea condemned North Korea's missile launch."
    assert ("missile_launch", ("PRK",), ()) in kcna.coded(text)


def test_somebodys_launch_named_later_without_a_time_is_recalled(kcna):
    text = (
        "The DPRK and Laos signed an agreement on Monday. Laos also sent aid to Cuba on "
        "Tuesday. Japan condemned North Korea's missile launch."
    )
    events = kcna.coded(text)
    assert ("accusation", ("JPN",), ("PRK",)) in events
    assert "missile_launch" not in {k for k, *_ in events}
