"""The outlet's voice in war stories and branded acts, "we" after a condition, aims of
weapons, voices calling for something, words told "in the message", joint speakers.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import Article
from peninsula.pipeline import Pipeline

DATELINE = "Pyongyang, August 12 (KCNA) -- "


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def coded(pipeline: Pipeline, text: str) -> set[tuple]:
    doc = pipeline(Article(id="t", text=DATELINE + text, published=date(2031, 8, 12)))
    return {
        (
            e.kind,
            tuple(sorted(e.source.codes)) if e.source else (),
            tuple(sorted(e.target.codes)) if e.target else (),
        )
        for e in doc.events
    }


def dated(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    doc = pipeline(Article(id="t", text=DATELINE + text, published=date(2031, 8, 12)))
    return {e.kind: e.date.value for e in doc.events}


@pytest.mark.parametrize(
    "text",
    [
        "Veterans bowed before the statue of the general who gave a crushing defeat to the "
        "arrogant U.S. invaders.",
        "The pupils laid flowers for the heroes who fought at the cost of their lives against "
        "the brigandish invasion of the U.S. imperialists.",
    ],
)
def test_a_heros_past_deed_is_no_accusation_of_today(pipeline: Pipeline, text: str) -> None:
    assert "accusation" not in {k for k, *_ in coded(pipeline, text)}


def test_the_accused_of_a_relative_clause_is_still_accused(pipeline: Pipeline) -> None:
    text = "The U.S., which staged reckless drills near the border, is a threat to peace."
    assert ("accusation", ("PRK",), ("USA",)) in coded(pipeline, text)


def test_the_owner_of_a_branded_act_is_accused(pipeline: Pipeline) -> None:
    text = "The UN Council put a draft to halt Chile's massacre of civilians to a vote."
    events = coded(pipeline, text)
    assert ("accusation", ("PRK",), ("CHL",)) in events
    assert ("accusation", ("PRK",), ("UN",)) not in events


def test_whom_a_policy_is_aimed_at_is_not_accused(pipeline: Pipeline) -> None:
    text = (
        "Talk of dialogue with Brazil, heard from U.S. officials, is a deceptive slogan "
        "covering anti-Brazil confrontation."
    )
    assert ("accusation", ("PRK",), ("BRA",)) not in coded(pipeline, text)


def test_we_after_a_condition_are_the_outlets_side(pipeline: Pipeline) -> None:
    text = (
        "If the ROK resumes sending balloons, we will respond to it by sending "
        "ten times more balloons."
    )
    launches = {e for e in coded(pipeline, text) if e[0] == "balloon_launch"}
    assert launches == {("balloon_launch", ("PRK",), ("KOR",))}


def test_a_quoted_i_is_not_the_outlet(pipeline: Pipeline) -> None:
    text = (
        'Carrying banners reading "I demand an end to the war", the marchers in Lima '
        "denounced Peru's government."
    )
    assert all(source != ("PRK",) for _, source, _ in coded(pipeline, text))


def test_what_weapons_are_bought_for_is_no_attack(pipeline: Pipeline) -> None:
    text = 'Norway bought 30 cruise missiles for "strikes on enemy bases" from Britain on May 3.'
    assert "attack" not in {k for k, *_ in coded(pipeline, text)}


def test_voices_of_a_crowd_calling_for_peace_are_no_proposal(pipeline: Pipeline) -> None:
    text = (
        "Despite the growing voices of the world public calling for a truce, Sweden sold "
        "more arms to Chile."
    )
    assert "proposal" not in {k for k, *_ in coded(pipeline, text)}


def test_words_in_the_message_take_the_messages_date(pipeline: Pipeline) -> None:
    text = (
        "Kim Jong Un sent a message to the president of Laos on August 9.\n"
        "In the message, he expressed deep thanks to the president of Laos for his greetings."
    )
    assert dated(pipeline, text).get("praise") == "2031-08-09"


def test_one_speaker_of_joint_meetings_is_the_joint_statement(pipeline: Pipeline) -> None:
    text = (
        "Meetings took place in Peru, Chile and Mexico to denounce the U.S. sanctions "
        "against Cuba on the occasion of the month of solidarity.\n"
        "The chairman of the Peru-Cuba Friendship Society condemned the U.S. blockade of Cuba."
    )
    accusations = {e for e in coded(pipeline, text) if e[0] == "accusation"}
    assert ("accusation", ("PER",), ("USA",)) not in accusations
