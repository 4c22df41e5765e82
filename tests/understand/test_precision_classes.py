"""Words that name no new act, or another act: statements that bodies issue, leaders'
visits, recalled launches, gifts and art troupes, a speech verb after what was said.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import Article
from peninsula.pipeline import Pipeline

DATELINE = "Pyongyang, July 20 (KCNA) -- "


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def coded(pipeline: Pipeline, text: str) -> set[tuple]:
    doc = pipeline(Article(id="t", text=DATELINE + text, published=date(2030, 7, 20)))
    return {
        (
            e.kind,
            tuple(sorted(e.source.codes)) if e.source else (),
            tuple(sorted(e.target.codes)) if e.target else (),
        )
        for e in doc.events
    }


def kinds(pipeline: Pipeline, text: str) -> set[str]:
    return {k for k, *_ in coded(pipeline, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The Peace Union of Norway and the Youth Front of Chile issued a joint statement on "
        "Monday denouncing the Israeli blockade of the coast.",
        "The Bolivian Workers' Committee issued a joint statement on Oct. 2 on the occasion "
        "of the founding anniversary of the DPRK.",
    ],
)
def test_a_joint_statement_of_bodies_is_what_they_say_not_an_agreement(pipeline, text):
    assert "agreement_signed" not in kinds(pipeline, text)


def test_a_joint_statement_of_two_states_is_still_an_agreement(pipeline):
    text = "Laos and Viet Nam issued a joint statement after the talks in Hanoi on Tuesday."
    assert "agreement_signed" in kinds(pipeline, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("President Kim Il Sung visited Romania in May 1978.", ("PRK", "ROU")),
        (
            "The Cuban president's official visit to Viet Nam on Monday boosted ties.",
            ("CUB", "VNM"),
        ),
    ],
)
def test_a_head_of_state_visiting_abroad_holds_a_summit(pipeline, text, pair):
    events = coded(pipeline, text)
    assert ("summit", (pair[0],), (pair[1],)) in events
    assert "talks" not in kinds(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The president of the Asian Handball Federation visited the DPRK on Monday.",
        "A delegation of the Kim Il Sung Socialist Youth League visited Laos on Monday.",
    ],
)
def test_a_body_headed_or_named_after_a_leader_visiting_is_no_summit(pipeline, text):
    assert "summit" not in kinds(pipeline, text)


def test_gifts_from_the_visiting_delegation_are_no_talks(pipeline):
    text = "The premier received gifts from the visiting Cuban delegation on Monday."
    assert "talks" not in kinds(pipeline, text)


def test_an_art_troupe_on_tour_holds_no_talks(pipeline):
    text = "The Mansudae Art Troupe visited Mongolia on Tuesday for a performance tour."
    assert "talks" not in kinds(pipeline, text)


def test_somebodys_launch_named_without_a_time_is_recalled_not_reported(pipeline):
    text = 'They regard the DPRK\'s nuclear test and satellite launch as a "provocation".'
    assert not kinds(pipeline, text) & {"nuclear_test", "satellite_launch"}


def test_a_launch_named_with_its_day_is_still_reported(pipeline):
    text = "The DPRK's satellite launch on July 18 was a success."
    assert "satellite_launch" in kinds(pipeline, text)


def test_an_embargo_put_on_satellites_launches_nothing(pipeline):
    text = "For decades the U.S. has put an embargo on the export of satellites to Cuba."
    assert "satellite_launch" not in kinds(pipeline, text)


def test_a_collapsing_building_that_strikes_a_bus_is_no_attack(pipeline):
    text = "A hotel in Lima, Peru collapsed Tuesday morning and struck a bus."
    assert "attack" not in kinds(pipeline, text)


def test_the_speaker_named_after_the_speech_verb_is_the_doer(pipeline):
    text = "The Japan-U.S. alliance should not be expanded, urges Rodong Sinmun in a commentary."
    events = coded(pipeline, text)
    assert any(k == "demand" and s == ("PRK",) and "USA" in t for k, s, t in events)
