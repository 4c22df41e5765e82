"""Triggers that name no act of their own, sides of nominal events, and guessed doers.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from peninsula.models import Modality
from peninsula.understand.events import EventCoder
from peninsula.understand.framing import (
    habitual,
    named_incident,
    refers_back,
    rehearsed,
    told_in,
)
from peninsula.understand.modality import clause_before, modality_of

ACTORS = {
    "North Korea": "PRK",
    "DPRK": "PRK",
    "South Korea": "KOR",
    "U.S.": "USA",
    "Japan": "JPN",
    "Germany": "DEU",
    "Israel": "ISR",
    "Israeli": "ISR",
    "Jordan": "JOR",
    "Palestinians": "PSE",
    "Gaza": "PSE",
    "Norway": "NOR",
}
PUBLISHED = "2024-05-10"


def kinds(coder: EventCoder, make_doc, *sentences: str) -> list[tuple[str, str | None]]:
    return [(e.kind, e.source.code if e.source else None) for e in coder.code(make_doc(*sentences))]


def at(sentence: str, word: str) -> tuple[int, int]:
    start = sentence.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The navy held drills for a preemptive strike at the enemy's radar sites.", "strike"),
        ("Norway seeks the capability of attacking distant bases.", "attacking"),
        ("The drills were provocations aiming at a surprise attack on the islands.", "attack"),
        ("The new rocket is designed to attack large ships.", "attack"),
        ("Both armies finished their preparations for an all-out attack.", "attack"),
    ],
)
def test_the_aim_of_a_drill_or_a_capability_is_no_act(sentence: str, trigger: str) -> None:
    assert rehearsed(sentence, *at(sentence, trigger))


def test_an_attack_told_as_done_is_no_aim() -> None:
    sentence = "Jordan condemned Israel for its attack on a school in Gaza."
    assert not rehearsed(sentence, *at(sentence, "attack"))


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Farmers are petitioning for proposing a new water bill.", "proposing"),
        ("Voices calling for a ceasefire grow louder in the capital.", "calling for"),
    ],
)
def test_a_statement_as_an_aim_or_voiced_by_no_one_is_none(sentence: str, trigger: str) -> None:
    assert rehearsed(sentence, *at(sentence, trigger), statement=True)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The allies have held these exercises for the past six decades.", "exercises"),
        ("This year it is staging frequent drills near the coast.", "drills"),
        ("The two navies stage war maneuvers almost every day.", "maneuvers"),
        ("Long before that, the army had infiltrated agents to destroy the dams.", "destroy"),
    ],
)
def test_a_habit_or_a_long_span_is_no_single_act(make_doc, sentence: str, trigger: str) -> None:
    start, end = at(sentence, trigger)
    told = told_in(make_doc(sentence), make_doc(sentence).sentences[0])
    assert habitual(sentence, start, end, clause_before(sentence, start), told)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two navies began their frequent drills on Monday.",
        "The two navies began their frequent drills this morning.",
    ],
)
def test_a_habit_on_a_named_day_is_still_an_act(make_doc, sentence: str) -> None:
    start, end = at(sentence, "drills")
    told = told_in(make_doc(sentence), make_doc(sentence).sentences[0])
    assert told.day
    assert not habitual(sentence, start, end, clause_before(sentence, start), told)


def test_the_datelines_day_is_no_time_of_the_sentence(make_doc) -> None:
    sentence = "Seoul, May 3 (Yonhap) -- The two navies stage frequent drills."
    told = told_in(make_doc(sentence), make_doc(sentence).sentences[0])
    assert not told.day and not told.time and told.lead


def test_a_named_incident_is_recalled_not_reported() -> None:
    sentence = "He raised the harbour shelling incident again."
    assert named_incident(sentence, at(sentence, "shelling")[1])


def test_planned_cues_contemplated_and_future_passive() -> None:
    sentence = "The army is contemplating staging landing drills next month."
    assert modality_of(sentence, *at(sentence, "drills")).modality is Modality.PLANNED
    sentence = "The joint drills would be staged from next spring."
    assert modality_of(sentence, *at(sentence, "drills")).modality is Modality.PLANNED


def test_no_intention_to_attack_is_denied() -> None:
    sentence = "Norway has no intention to attack anyone."
    assert modality_of(sentence, *at(sentence, "attack")).modality is Modality.DENIED


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("It also urged the U.S. to stop.", "urged", True),
        ("Speakers at the rally accused the government.", "accused", True),
        ("Condemning the raid, the statement demanded a probe.", "Condemning", True),
        ("The Chairman proposed building a rest home.", "proposed", False),
        ("The reality goes to prove that the U.S. rejects talks.", "rejects", False),
    ],
)
def test_a_guess_needs_a_subject_that_points_back(
    sentence: str, trigger: str, expected: bool
) -> None:
    assert refers_back(sentence, sentence.index(trigger), statement=True) is expected


def test_exercises_aimed_at_someone_are_not_theirs(coder: EventCoder, make_doc) -> None:
    found = kinds(
        coder, make_doc, "Crowds denounced the anti-DPRK war exercises staged by South Korea."
    )
    assert ("military_exercise", "KOR") in found
    assert ("military_exercise", "PRK") not in found
    found = kinds(
        coder, make_doc, "South Korea staged DPRK-targeted naval drills near the islands."
    )
    assert ("military_exercise", "KOR") in found
    assert ("military_exercise", "PRK") not in found


def test_who_denounces_drills_does_not_stage_them(coder: EventCoder, make_doc) -> None:
    found = kinds(
        coder, make_doc, "Norway vehemently denounced the large-scale joint military drills."
    )
    assert ("military_exercise", "NOR") not in found
    assert ("accusation", "NOR") in found


def test_the_owner_after_of_stages_the_exercises(coder: EventCoder, make_doc) -> None:
    sentence = "Norway said the joint military exercises of the U.S. and Japan were reckless."
    drills = [e for e in coder.code(make_doc(sentence)) if e.kind == "military_exercise"]
    assert drills and set(drills[0].source.codes) == {"USA", "JPN"}


def test_an_aside_between_subject_and_verb_is_not_the_subject(coder: EventCoder, make_doc) -> None:
    sentence = "The U.S., disregarding the DPRK's warning, kicked off large-scale joint drills."
    assert ("military_exercise", "USA") in kinds(coder, make_doc, sentence)


def test_elliptic_passive_victims_are_not_the_doers(coder: EventCoder, make_doc) -> None:
    sentence = "Five Palestinians were killed and three others wounded in an Israeli air strike."
    attacks = [e for e in coder.code(make_doc(sentence)) if e.kind == "attack"]
    assert attacks and all(e.source.code == "ISR" for e in attacks)


def test_a_visit_of_warships_is_no_talks(coder: EventCoder, make_doc) -> None:
    found = kinds(
        coder,
        make_doc,
        "Japan welcomed the German frigate's visit to its port.",
        "Germany and Japan signed an agreement on Monday.",
    )
    assert ("agreement_signed", "DEU;JPN") in found  # the coder did read the article
    assert all(kind != "talks" for kind, _ in found)


def test_an_actorless_sentence_gets_no_guessed_doer(coder: EventCoder, make_doc) -> None:
    found = kinds(
        coder,
        make_doc,
        "Jordan denounced Israel on Monday.",
        "The whole region is exposed to the danger of clashes and killings.",
    )
    assert ("accusation", "JOR") in found
    assert [k for k in found if k[0] == "attack"] == []


def test_a_pronoun_carries_the_last_speaker(coder: EventCoder, make_doc) -> None:
    found = kinds(
        coder, make_doc, "Jordan denounced Israel on Monday.", "It also urged Israel to withdraw."
    )
    assert ("demand", "JOR") in found
