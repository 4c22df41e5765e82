"""Who issues a relayed statement and what its words make: spokesmen and secretariats speak
for their body, a bulletin "released by" a body is its own, "had better" tells the
addressee what to do, and blame in the statement accuses (short texts of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import Article, Event
from peninsula.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def coded(pipeline: Pipeline, text: str) -> set[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, source="KCNA", published=date(2031, 3, 14))
    events: list[Event] = pipeline(article).events
    return {(e.kind, e.source.code, e.target.code if e.target else None) for e in events}


def test_a_spokesman_for_a_ministry_issues_its_statement(pipeline: Pipeline) -> None:
    text = (
        "A spokesman for the DPRK Foreign Ministry Tuesday issued the following statement:\n"
        "The present tension on the Korean peninsula is entirely attributable to the U.S.\n"
    )
    assert ("accusation", "PRK", "USA") in coded(pipeline, text)


def test_we_hold_them_responsible_accuses(pipeline: Pipeline) -> None:
    text = (
        "The DPRK Foreign Ministry issued a statement on Monday.\n"
        "We will hold Japan responsible for all the consequences of its reckless acts.\n"
    )
    assert ("accusation", "PRK", "JPN") in coded(pipeline, text)


def test_a_bulletin_released_by_a_body_speaks_for_it(pipeline: Pipeline) -> None:
    text = (
        "Traitor Lee Myung Bak talked nonsense about a peaceful race on March 2.\n"
        "His remarks came under fire by Information Bulletin No. 1201 released by the "
        "Secretariat of the Committee for the Peaceful Reunification of Korea on Thursday.\n"
        "What the traitor uttered is ridiculous jargon, the bulletin said.\n"
        "The Lee group had better behave itself.\n"
    )
    assert ("demand", "PRK", "KOR") in coded(pipeline, text)


def test_the_military_authorities_are_those_of_the_country_named(pipeline: Pipeline) -> None:
    text = "In Japan the military authorities threatened to attack the fishing boats.\n"
    assert any(k == "threat" and s == "JPN" for k, s, _ in coded(pipeline, text))


def test_a_supreme_command_issues_the_army_statement(pipeline: Pipeline) -> None:
    text = (
        "The Supreme Command of the Korean People's Army issued a statement on Monday.\n"
        "The statement said:\n"
        "The U.S. must stop its war drills at once.\n"
    )
    assert ("demand", "PRK", "USA") in coded(pipeline, text)


def test_a_call_at_a_gathering_is_on_whom_it_denounced(pipeline: Pipeline) -> None:
    text = (
        "Civic groups in south Korea held a press conference in Seoul on March 3.\n"
        "They denounced the south Korean authorities for jailing a peace activist.\n"
        "They called for an immediate abolition of the security law.\n"
    )
    assert ("demand", "KOR", "KOR") in coded(pipeline, text)


def test_a_call_at_a_gathering_that_denounced_no_one_has_no_target(pipeline: Pipeline) -> None:
    text = (
        "Civic groups in south Korea held a press conference in Seoul on March 3.\n"
        "They called for an immediate abolition of the security law.\n"
    )
    assert not any(k == "demand" for k, _, _ in coded(pipeline, text))
