"""The speaker's own forces pledge, whatever condition comes first; the writer's vocative
and "It is high time" demands; others whom a report cannot name do not speak for the
writer (the whole pipeline on short texts of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import Article, Event
from peninsula.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def sides(pipeline: Pipeline, text: str) -> set[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, source="KCNA", published=date(2031, 3, 14))
    events: list[Event] = pipeline(article).events
    return {
        (e.kind, e.source.code if e.source else "", e.target.code if e.target else None)
        for e in events
    }


def test_our_forces_after_a_condition_are_the_speakers_not_the_warned(
    pipeline: Pipeline,
) -> None:
    text = (
        "A commander of the Korean People's Army spoke to reporters on Monday.\n"
        "If the U.S. and the south Korean puppets dare to provoke a war, our revolutionary "
        "armed forces will wipe out the aggressors to the last man, he said."
    )
    found = sides(pipeline, text)
    assert ("threat", "PRK", "USA;KOR") in found
    assert not any(k == "threat" and s != "PRK" for k, s, _ in found)


def test_its_army_in_an_issued_statement_is_the_issuers(pipeline: Pipeline) -> None:
    text = (
        "The DPRK Foreign Ministry issued a memorandum on Monday.\n"
        "If the U.S. and the south Korean puppets dare to provoke a war, its revolutionary "
        "armed forces will mercilessly wipe out the aggressors."
    )
    assert ("threat", "PRK", "USA;KOR") in sides(pipeline, text)


def test_we_in_a_quote_warn_all_whom_the_condition_names(pipeline: Pipeline) -> None:
    text = (
        'An officer said: "If the U.S. forces and the south Korean puppets dare ignite a war '
        'on this land, we will fight to the end."'
    )
    assert ("threat", "PRK", "USA;KOR") in sides(pipeline, text)


def test_a_vocative_command_is_the_writers_demand(pipeline: Pipeline) -> None:
    text = (
        "Pyongyang, May 3 (KCNA) -- Japan is running amok in its moves to revive its old "
        "militarism.\nJapan, stop at once the anachronistic moves to revive militarism!"
    )
    assert ("demand", "PRK", "JPN") in sides(pipeline, text)


def test_a_name_and_a_relative_clause_is_no_vocative(pipeline: Pipeline) -> None:
    text = "Pyongyang, May 3 (KCNA) -- Japan, which lost the war, keeps its old militarism alive!"
    assert not any(k == "demand" for k, _, _ in sides(pipeline, text))


def test_it_is_high_time_tells_the_one_named_next(pipeline: Pipeline) -> None:
    text = (
        "Pyongyang, May 3 (KCNA) -- It is high time that the U.S. dropped its policy "
        "toward the DPRK.\nIt is high time for the south Korean authorities to stop the "
        "confrontation."
    )
    found = sides(pipeline, text)
    assert ("demand", "PRK", "USA") in found
    assert ("demand", "PRK", "KOR") in found


def test_it_is_high_time_for_ourselves_is_no_demand(pipeline: Pipeline) -> None:
    text = "Pyongyang, May 3 (KCNA) -- It is high time for the DPRK to build a thriving nation."
    assert not any(k == "demand" for k, _, _ in sides(pipeline, text))


def test_countries_we_cannot_name_do_not_accuse_for_the_writer(pipeline: Pipeline) -> None:
    text = (
        "The Foreign Ministry of the DPRK issued a statement on Monday.\n"
        "Many countries of the world bitterly opposed the sanctions and rejected them."
    )
    from peninsula.understand.voice import unnamed_subject

    sentence = "Many countries of the world bitterly denounced the report."
    assert unnamed_subject(sentence, sentence.index("denounced"))
    sentence = "We denounced the report."
    assert not unnamed_subject(sentence, sentence.index("denounced"))
    assert not any(k == "accusation" for k, _, _ in sides(pipeline, text))
