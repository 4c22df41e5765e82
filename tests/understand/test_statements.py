"""Statements of a state outlet and of those it reports, launches told by a reporter, and
pledges not to act: the whole pipeline on short texts of our own."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import Article, Event
from peninsula.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def code(pipeline: Pipeline, text: str, published: str = "2024-05-20") -> list[Event]:
    article = Article(id="t", text=text, published=date.fromisoformat(published))
    return pipeline(article).events


def brief(events: list[Event]) -> set[tuple[str, str, str | None, str | None]]:
    return {
        (
            e.kind,
            e.modality.value,
            e.source.code if e.source else None,
            e.target.code if e.target else None,
        )
        for e in events
    }


KCNA = "Pyongyang, May 20 (KCNA) -- "


def test_anaphoric_denunciation_accuses_the_subject_before(pipeline: Pipeline) -> None:
    text = (
        KCNA + "The U.S. flew strategic bombers over the peninsula last week.\n"
        "This is a dangerous act that drives the region to the brink of war.\n"
    )
    assert ("accusation", "occurred", "PRK", "USA") in brief(code(pipeline, text))


def test_evaluative_words_without_a_verb_accuse(pipeline: Pipeline) -> None:
    text = KCNA + "Japan is not qualified to talk about human rights at all.\n"
    assert ("accusation", "occurred", "PRK", "JPN") in brief(code(pipeline, text))


def test_first_person_plural_of_a_statement_is_its_state(pipeline: Pipeline) -> None:
    text = (
        KCNA + "Recently we scattered 12 tons of paper rubbish over the frontier areas of "
        "the ROK with 2,000 balloons.\n"
        "We will stop the scattering of rubbish for a while.\n"
        "If the ROK resumes the leaflet scattering, we will scatter a hundred times more "
        "rubbish over it.\n"
    )
    found = brief(code(pipeline, text))
    assert ("balloon_launch", "occurred", "PRK", "KOR") in found
    assert ("concession", "occurred", "PRK", "KOR") in found
    assert ("threat", "occurred", "PRK", "KOR") in found
    assert ("balloon_launch", "threatened", "PRK", "KOR") in found
    # the launch in the condition has not happened
    assert not any(k == "balloon_launch" and s == "KOR" for k, _, s, _ in found)


def test_our_forces_will_act_if_is_a_threat(pipeline: Pipeline) -> None:
    text = KCNA + "Our armed forces will act at once if the ROK intrudes again.\n"
    assert ("threat", "occurred", "PRK", "KOR") in brief(code(pipeline, text))


def test_foreign_speakers_in_a_round_up(pipeline: Pipeline) -> None:
    text = (
        "Pyongyang, July 20 (KCNA) -- Events were held abroad.\n"
        "The first secretary of the Socialist Party of Chile praised the DPRK for its "
        "independent line.\n"
        "The chairman of the Romanian Friendship Association said the U.S. is to blame "
        "for the tension.\n"
        "Seminars took place in Kenya, Peru and Nepal to denounce the U.S. hostile policy.\n"
    )
    found = brief(code(pipeline, text, "2024-07-20"))
    assert ("praise", "occurred", "CHL", "PRK") in found
    assert ("accusation", "occurred", "ROU", "USA") in found
    assert ("accusation", "occurred", "KEN;PER;NPL", "USA") in found
    assert ("accusation", "occurred", "PRK", "USA") not in found  # KCNA only reports them


def test_praise_of_the_korean_people_is_toward_the_dprk(pipeline: Pipeline) -> None:
    text = (
        "Pyongyang, July 27 (KCNA) -- The chairman of the Labour Party of Belgium praised "
        "the Korean people who defeated the U.S. imperialists in the war of 1950-1953.\n"
    )
    events = code(pipeline, text, "2024-07-27")
    assert brief(events) == {("praise", "occurred", "BEL", "PRK")}
    assert events[0].date.value == "2024-07-27"


def test_reporter_of_a_passive_launch_is_not_its_doer(pipeline: Pipeline) -> None:
    text = (
        "SEOUL, Nov. 2 (Wire) - North Korea fired a missile on Saturday.\n"
        "South Korea's military said the missile was launched at 7:10 a.m. and flew "
        "1,000 km.\n"
        "Japan's Defence Ministry said the rocket was fired from the Sohae satellite "
        "launching ground.\n"
    )
    sources = {e.source.code for e in code(pipeline, text, "2024-11-02") if e.source}
    assert sources == {"PRK"}


def test_nominal_launch_takes_the_weapons_owner(pipeline: Pipeline) -> None:
    text = (
        "The Security Council adopted a resolution in response to the launch of the "
        "Hwasong-15 in November.\n"
    )
    launches = [e for e in code(pipeline, text, "2017-12-23") if e.kind == "missile_launch"]
    assert [e.source.code for e in launches if e.source] == ["PRK"]


def test_submarine_launched_is_a_class_not_a_launch(pipeline: Pipeline) -> None:
    text = (
        "STOCKHOLM, Oct. 6 (Wire) - It came days after North Korea tested what it called a "
        "new submarine-launched ballistic missile.\n"
    )
    launches = [e for e in code(pipeline, text, "2019-10-06") if e.kind == "missile_launch"]
    assert [e.source.code for e in launches if e.source] == ["PRK"]


def test_promise_not_to_test_is_no_launch(pipeline: Pipeline) -> None:
    text = "He said the North had promised not to conduct ballistic missile tests during talks.\n"
    assert not [e for e in code(pipeline, text) if e.kind == "missile_launch"]
    text = "North Korea said it would stop nuclear tests and long-range missile launches.\n"
    assert not [e for e in code(pipeline, text) if e.kind in ("missile_launch", "nuclear_test")]


def test_a_tally_over_a_year_keeps_only_the_year(pipeline: Pipeline) -> None:
    text = "The flight capped a year in which North Korea launched a record number of missiles.\n"
    launches = [e for e in code(pipeline, text, "2022-12-27") if e.kind == "missile_launch"]
    assert [(e.date.value, e.date.precision.value) for e in launches] == [("2022", "year")]


def test_second_doer_of_the_same_kind_is_kept(pipeline: Pipeline) -> None:
    text = (
        "SEOUL, Nov. 30 (Wire) - North Korea fired a missile on Wednesday.\n"
        "Minutes after the launch, South Korean forces fired missiles into the sea.\n"
    )
    sources = {e.source.code for e in code(pipeline, text, "2017-11-30") if e.source}
    assert sources == {"PRK", "KOR"}


def test_domestic_proposal_is_no_event(pipeline: Pipeline) -> None:
    text = (
        "Pyongyang, May 20 (KCNA) -- Kim Jong Un proposed building a rest home for the "
        "workers of the mine.\n"
    )
    assert not [e for e in code(pipeline, text) if e.kind == "proposal"]


def test_accusation_of_one_member_joins_the_joint_one(pipeline: Pipeline) -> None:
    text = (
        KCNA + "The U.S. and the ROK staged reckless war drills near the border.\n"
        "The ROK military is a pack of warmongers.\n"
    )
    accusations = [e for e in code(pipeline, text) if e.kind == "accusation"]
    assert [e.target.code for e in accusations if e.target] == ["USA;KOR"]
