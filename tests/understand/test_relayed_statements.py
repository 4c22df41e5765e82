"""Statements that an undatelined state-media item relays: who speaks in them, what they
accuse and demand, and when (the whole pipeline on short texts of our own)."""

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


def test_a_relayed_paper_accuses_and_demands_on_its_own_day(pipeline: Pipeline) -> None:
    text = (
        "The Chinese People's Daily on March 10 carried an article on the situation in the "
        "region. The paper said, and went on: The U.S. is staging reckless provocations near "
        "the border. The U.S. should stop its moves at once."
    )
    found = sides(code(pipeline, text, "Chinese Paper Slams U.S. Moves"))
    assert ("accusation", "CHN", "USA", "2031-03-10") in found
    assert ("demand", "CHN", "USA", "2031-03-10") in found


def test_a_friendly_statement_never_accuses_the_outlets_state(pipeline: Pipeline) -> None:
    text = (
        "The Peruvian Friendship Society issued a statement on March 9. "
        "The DPRK defeated the imperialist aggressors and became a shining example, it said."
    )
    found = sides(code(pipeline, text, "Peruvian Society Condemns Sanctions"))
    assert not any(kind == "accusation" and target == "PRK" for kind, _, target, _ in found)


def test_a_tribute_tells_a_war_story_but_accuses_no_one(pipeline: Pipeline) -> None:
    text = (
        "The Nepalese Juche Study Group issued a statement on March 9. "
        "The Japanese imperialists were routed in the brigandish war, it noted."
    )
    found = sides(code(pipeline, text, "Nepalese Group Supports Korean People"))
    assert not any(kind == "accusation" for kind, *_ in found)


def test_we_of_a_relayed_statement_is_its_issuer(pipeline: Pipeline) -> None:
    text = (
        "The chairman of the Ghanaian Committee for Peace issued a statement on March 12. "
        "We extend full support and solidarity to the people of the DPRK."
    )
    found = sides(code(pipeline, text, "Ghanaian Committee Supports DPRK"))
    assert ("praise", "GHA", "PRK", "2031-03-12") in found


def test_a_secretariat_speaks_for_its_committee(pipeline: Pipeline) -> None:
    text = (
        "The Secretariat of the Committee for the Peaceful Reunification of Korea issued a "
        "memorandum on Tuesday condemning the south Korean authorities for their moves."
    )
    found = sides(code(pipeline, text))
    assert any(k == "accusation" and s == "PRK" and t == "KOR" for k, s, t, _ in found)


def test_a_courtesy_call_is_no_demand(pipeline: Pipeline) -> None:
    text = "The DPRK ambassador to Mali paid a courtesy call on the Malian prime minister."
    assert not any(e.kind == "demand" for e in code(pipeline, text))


def test_a_joint_statement_of_one_states_bodies_is_no_agreement(pipeline: Pipeline) -> None:
    text = "Bodies of the DPRK made public a joint statement on March 13 on the situation."
    assert not any(e.kind == "agreement_signed" for e in code(pipeline, text))


def test_the_commentary_owned_after_the_lead_is_the_papers_voice(pipeline: Pipeline) -> None:
    text = (
        "The south Korean authorities are escalating their reckless provocations. "
        "This is a sinister act. Rodong Sinmun Friday says this in a bylined commentary."
    )
    found = sides(code(pipeline, text))
    assert any(k == "accusation" and s == "PRK" and t == "KOR" for k, s, t, _ in found)
