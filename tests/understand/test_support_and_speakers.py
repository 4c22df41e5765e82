"""Political support by foreign speakers, and who speaks in quoted words (the whole
pipeline on short texts of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import Article, Event
from peninsula.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def code(pipeline: Pipeline, text: str, title: str = "") -> list[Event]:
    article = Article(id="t", text=text, title=title, source="KCNA", published=date(2031, 3, 14))
    return pipeline(article).events


def sides(events: list[Event]) -> set[tuple[str, str | None, str | None, str | None]]:
    return {
        (
            e.kind,
            e.source.code if e.source else None,
            e.target.code if e.target else None,
            e.date.value,
        )
        for e in events
    }


def test_a_statement_in_support_of_an_address_praises_its_owner(pipeline: Pipeline) -> None:
    text = (
        "The Peru Society for Friendship with Korea issued a statement on March 2 in support "
        "of the new year address of the DPRK leader."
    )
    assert ("praise", "PER", "PRK", "2031-03-02") in sides(code(pipeline, text))


def test_we_fully_support_in_a_relayed_statement_is_the_issuers_praise(
    pipeline: Pipeline,
) -> None:
    text = (
        "Somchai Phan, chairman of the Thai Committee for Solidarity with Korea, released a "
        "statement Tuesday. The statement said: We fully support the efforts of the DPRK to "
        "build a thriving nation."
    )
    assert ("praise", "THA", "PRK", "2031-03-11") in sides(code(pipeline, text))


def test_solidarity_with_the_korean_people_in_a_kcna_item_is_aimed_at_the_dprk(
    pipeline: Pipeline,
) -> None:
    text = (
        "The Ghana Forum for Korean Reunification released a statement on March 1. "
        "The Ghanaian people extend firm solidarity to the Korean people."
    )
    assert ("praise", "GHA", "PRK", "2031-03-01") in sides(code(pipeline, text))


def test_ties_to_be_developed_as_state_policy_are_praise(pipeline: Pipeline) -> None:
    text = (
        "The Belarusian government will continue to develop the relations with the DPRK in "
        "all fields, said the president of Belarus on March 3 when receiving the credentials "
        "of the DPRK ambassador."
    )
    assert ("praise", "BLR", "PRK", "2031-03-03") in sides(code(pipeline, text))


def test_ties_developed_at_home_are_no_praise(pipeline: Pipeline) -> None:
    text = "The ministry will continue to develop the relations between local farms."
    assert not [e for e in code(pipeline, text) if e.kind == "praise"]


def test_he_continues_an_unknown_titled_speaker_not_a_leader_named_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "The President of Mali Amadou Sangare received a delegation of the Workers' Party of "
        "Korea on Monday. He recalled that Kim Jong Il had visited many countries. He "
        "expressed the conviction that the DPRK is sure to achieve prosperity."
    )
    assert ("praise", "MLI", "PRK", "2031-03-10") in sides(code(pipeline, text))


def test_an_owner_before_a_noun_head_speaks_in_what_was_said(pipeline: Pipeline) -> None:
    text = "He said that the Australian accusations against Fiji are groundless."
    assert ("accusation", "AUS", "FJI") in {e[:3] for e in sides(code(pipeline, text))}


def test_a_named_speaker_quoted_at_length_speaks_for_we(pipeline: Pipeline) -> None:
    text = (
        "Recalling his visit to Pyongyang last year, the Zambian foreign minister said: "
        "I was deeply moved. We fully support the DPRK's efforts to build the economy."
    )
    assert ("praise", "ZMB", "PRK", "2031-03-14") in sides(code(pipeline, text))
