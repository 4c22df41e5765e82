"""Press statements where the outlet's side is the place or the finder, stances and asides
that are no acts, standing policies, and old victims: the whole pipeline on texts of our
own."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import Article, Event
from peninsula.pipeline import Pipeline
from peninsula.understand.modality import modality_of
from peninsula.understand.own_side import found_not_sent

KCNA = "Pyongyang, March 3 (KCNA) -- "


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def code(pipeline: Pipeline, text: str) -> list[Event]:
    article = Article(id="t", text=text, published=date(2024, 3, 3))
    return pipeline(article).events


def of_kind(events: list[Event], kind: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
        for e in events
        if e.kind == kind
    ]


def test_an_actorless_crossing_of_our_border_is_the_other_sides(pipeline: Pipeline) -> None:
    text = KCNA + (
        "The ROK army fired shells into the sea on Friday. "
        "The intrusions across our sea border have also increased in recent days."
    )
    crossings = of_kind(code(pipeline, text), "incursion")
    assert crossings and all(source == "KOR" for source, _, _ in crossings)


def test_balloons_found_on_our_side_were_sent_by_the_other(pipeline: Pipeline) -> None:
    text = KCNA + (
        "The puppet ROK keeps provoking us. Six balloons were found in two northern counties "
        "this morning."
    )
    launches = of_kind(code(pipeline, text), "balloon_launch")
    assert launches and all(source == "KOR" for source, _, _ in launches)


def test_leaflets_discovered_are_a_launch_by_whom_they_came_from(pipeline: Pipeline) -> None:
    text = KCNA + "Dirty leaflets of the ROK scum were discovered again in a frontline village."
    launches = of_kind(code(pipeline, text), "balloon_launch")
    assert launches and all(source == "KOR" for source, _, _ in launches)


def test_a_found_head_needs_the_finding_nearby() -> None:
    text = "Our side sent balloons south, and the puppets found it hard to answer."
    assert not found_not_sent(text, text.index("sent"))


def test_a_stance_on_an_act_is_not_the_act() -> None:
    text = "We have long made known our position on the scattering of leaflets by balloons."
    at = text.index("scattering")
    assert modality_of(text, at, at + len("scattering")).background


def test_an_aside_to_the_reader_is_no_plan() -> None:
    text = "As you can see, we have only scattered paper with balloons."
    at = text.index("scattered")
    assert modality_of(text, at, at + len("scattered")).modality.value == "occurred"


def test_a_standing_policy_is_no_planned_act() -> None:
    text = "We will continue to send balloons of waste paper over the line."
    at = text.index("send")
    assert modality_of(text, at, at + len("send")).speculative


def test_an_act_named_again_with_such_is_no_new_event() -> None:
    text = "A grave result will follow from such repeated intrusion into our waters."
    at = text.index("intrusion")
    assert modality_of(text, at, at + len("intrusion")).background


def test_examples_after_such_as_are_still_read() -> None:
    text = "They staged provocations such as firing shells near the islands."
    at = text.index("firing")
    assert not modality_of(text, at, at + len("firing")).background


def test_old_victims_with_no_year_are_no_attack_of_the_day(pipeline: Pipeline) -> None:
    text = KCNA + "A memorial was held for the labourers killed by the Japanese army."
    assert not of_kind(code(pipeline, text), "attack")


def test_old_victims_with_a_year_are_dated_to_it(pipeline: Pipeline) -> None:
    text = KCNA + "A memorial was held for the villagers killed by the U.S. army in 1950."
    attacks = [e for e in code(pipeline, text) if e.kind == "attack"]
    assert attacks and all(e.date.value and e.date.value.startswith("1950") for e in attacks)


def test_a_date_before_and_belongs_to_the_earlier_item_of_a_list(pipeline: Pipeline) -> None:
    text = KCNA.replace("March 3", "June 24") + (
        "Recent cases include the forum in Seoul on June 9 and the naval drill staged by the "
        "U.S. and the ROK on June 14."
    )
    article = Article(id="t", text=text, published=date(2024, 6, 24))
    drills = [e for e in pipeline(article).events if e.kind == "military_exercise"]
    assert drills and all(e.date.value == "2024-06-14" for e in drills)


def test_the_kinds_done_at_our_place_are_kinds_of_the_ontology():
    from peninsula.knowledge.lexicon import load_lexicon
    from peninsula.understand.own_side import _AGAINST_PLACE_KINDS

    assert _AGAINST_PLACE_KINDS <= set(load_lexicon().kinds)
