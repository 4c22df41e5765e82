"""Statements that an undatelined state-media item relays: who speaks in them, what they
accuse and demand, and when (the whole pipeline on short texts of our own)."""

from __future__ import annotations

import pytest

PUBLISHED = "2031-03-14"
SOURCE = "KCNA"


def test_a_relayed_paper_accuses_and_demands_on_its_own_day(undatelined) -> None:
    text = (
        "The Chinese People's Daily on March 10 carried an article on the situation in the "
        "region. The paper said, and went on: The U.S. is staging reckless provocations near "
        "the border. The U.S. should stop its moves at once."
    )
    found = undatelined.sides(text, "Chinese Paper Slams U.S. Moves")
    assert ("accusation", "CHN", "USA", "2031-03-10") in found
    assert ("demand", "CHN", "USA", "2031-03-10") in found


def test_a_friendly_statement_never_accuses_the_outlets_state(undatelined) -> None:
    text = (
        "The Peruvian Friendship Society issued a statement on March 9. "
        "The DPRK defeated the imperialist aggressors and became a shining example, it said."
    )
    found = undatelined.sides(text, "Peruvian Society Condemns Sanctions")
    assert not any(kind == "accusation" and target == "PRK" for kind, _, target, _ in found)


def test_a_tribute_tells_a_war_story_but_accuses_no_one(undatelined) -> None:
    text = (
        "The Nepalese Juche Study Group issued a statement on March 9. "
        "The Japanese imperialists were routed in the brigandish war, it noted."
    )
    found = undatelined.sides(text, "Nepalese Group Supports Korean People")
    assert not any(kind == "accusation" for kind, *_ in found)


def test_we_of_a_relayed_statement_is_its_issuer(undatelined) -> None:
    text = (
        "The chairman of the Ghanaian Committee for Peace issued a statement on March 12. "
        "We extend full support and solidarity to the people of the DPRK."
    )
    found = undatelined.sides(text, "Ghanaian Committee Supports DPRK")
    assert ("praise", "GHA", "PRK", "2031-03-12") in found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Secretariat of the Committee for the Peaceful Reunification of Korea issued a "
            "memorandum on Tuesday condemning the south Korean authorities for their moves.",
            id="a-secretariat-speaks-for-its-committee",
        ),
        pytest.param(
            "The south Korean authorities are escalating their reckless provocations. "
            "This is a sinister act. Rodong Sinmun Friday says this in a bylined commentary.",
            id="the-commentary-owned-after-the-lead-is-the-papers-voice",
        ),
    ],
)
def test_the_dprk_voice_accuses_the_south(undatelined, text: str) -> None:
    found = undatelined.sides(text)
    assert any(k == "accusation" and s == "PRK" and t == "KOR" for k, s, t, _ in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "The DPRK ambassador to Mali paid a courtesy call on the Malian prime minister.",
            "demand",
            id="a-courtesy-call-is-no-demand",
        ),
        pytest.param(
            "Bodies of the DPRK made public a joint statement on March 13 on the situation.",
            "agreement_signed",
            id="a-joint-statement-of-one-states-bodies-is-no-agreement",
        ),
    ],
)
def test_no_event_of_the_kind(undatelined, text: str, kind: str) -> None:
    assert not any(e.kind == kind for e in undatelined.events(text))
