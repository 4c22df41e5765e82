"""False positives found by reading the coder's output on unseen state-media news: who a
"by" phrase names, whose words an outlet reports, what "it" stands for, weak triggers, and
outlets that say in the title whose voice an undatelined item is. Texts of our own."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import Article, Event
from peninsula.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def code(pipeline: Pipeline, text: str, title: str | None = None) -> list[Event]:
    article = Article(id="t", text=text, published=date(2024, 5, 20), title=title)
    return pipeline(article).events


def brief(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.kind, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events
    }


KCNA = "Pyongyang, May 20 (KCNA) -- "


def test_the_agent_right_after_a_nominal_head_is_the_doer(pipeline: Pipeline) -> None:
    text = "The Afghan minister deplored the killing of nine farmers by a NATO helicopter."
    attacks = [e for e in code(pipeline, text) if e.kind == "attack"]
    assert attacks and all(e.source and e.source.code == "NATO" for e in attacks)


def test_an_unknown_agent_is_not_replaced_by_a_guess(pipeline: Pipeline) -> None:
    text = "Israel detained ten fishermen on Monday. This drew condemnation by many observers."
    assert ("accusation", "ISR", None) not in brief(code(pipeline, text))


def test_a_measure_after_by_is_no_agent(pipeline: Pipeline) -> None:
    events = code(pipeline, "Japan increased its warships by a third last year.")
    assert any(e.kind == "military_buildup" and e.source.code == "JPN" for e in events)


def test_speakers_at_a_meeting_are_not_the_outlet(pipeline: Pipeline) -> None:
    text = KCNA + "At the meeting the speakers denounced the vicious hostile policy of the U.S."
    assert not [e for e in code(pipeline, text) if e.source and e.source.code == "PRK"]


def test_the_actor_a_cue_word_brands_is_the_accused(pipeline: Pipeline) -> None:
    text = KCNA + "The West and the Ukrainian puppet clique insult Russia with a farce."
    accused = {e.target.code for e in code(pipeline, text) if e.kind == "accusation"}
    assert "UKR" in accused and "RUS" not in accused


def test_it_does_not_stand_for_an_object_of_the_sentence_before(pipeline: Pipeline) -> None:
    text = (
        KCNA + "The appeal called for exposing the crimes of the U.S. in the war. "
        "It called for full support to the just measures of the DPRK."
    )
    assert not [e for e in code(pipeline, text) if e.source and e.source.code == "USA"]


def test_words_of_the_leader_to_officials_at_home_are_no_event(pipeline: Pipeline) -> None:
    text = KCNA + "Kim Jong Un sharply criticized the officials for their irresponsibility."
    assert not code(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The quake struck the eastern coast of Indonesia at noon.",
        "The idea has struck deep roots in the hearts of the Cuban people.",
        "Japan insists on the abduction issue at every meeting with the DPRK.",
        "The officials of the ROK, seized with fear, fled the venue.",
    ],
)
def test_weak_triggers_are_no_events(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in code(pipeline, text) if e.kind in ("attack", "arrest_or_seizure")]


def test_a_price_paid_in_the_past_is_no_threat(pipeline: Pipeline) -> None:
    text = KCNA + "The puppet clique of Ukraine, who had to pay dearly for its crimes, begs again."
    assert not [e for e in code(pipeline, text) if e.kind == "threat"]


def test_a_commentary_title_makes_an_undatelined_item_the_outlets_voice(
    pipeline: Pipeline,
) -> None:
    text = "The south Korean warmongers staged a reckless provocation against the DPRK."
    title = "Reckless Provocation Slammed: KCNA Commentary"
    voiced = brief(code(pipeline, text, title))
    assert ("accusation", "PRK", "KOR") in voiced
    assert ("accusation", "PRK", "KOR") not in brief(code(pipeline, text))
