"""Modality cues around a trigger."""

from __future__ import annotations

import pytest

from peninsula.models import Modality
from peninsula.understand.modality import modality_of


def read(sentence: str, trigger: str, statement: bool = False):
    start = sentence.index(trigger)
    return modality_of(sentence, start, start + len(trigger), statement)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("North Korea fired a missile on Monday.", "fired", Modality.OCCURRED),
        ("North Korea did not fire a missile.", "fire", Modality.DENIED),
        ("Pyongyang denied that it had launched anything.", "launched", Modality.DENIED),
        ("There was no change in the drills at all.", "drills", Modality.DENIED),
        ("North Korea vowed to launch three satellites.", "launch", Modality.PLANNED),
        ("The North will hold a parade next month.", "hold", Modality.PLANNED),
        ("Seoul plans to resume the broadcasts.", "resume", Modality.PLANNED),
        ("Kim set forth plans to launch satellites.", "launch", Modality.PLANNED),
        ("Seoul intends to cut the budget.", "cut", Modality.PLANNED),
        ("Kim expressed a will to restore the lines.", "restore", Modality.PLANNED),
        ("Kim announced his willingness to restore the lines.", "restore", Modality.PLANNED),
        ("The North threatened to strike if provoked.", "strike", Modality.THREATENED),
        ("The North warned it would launch missiles.", "launch", Modality.THREATENED),
        ("The North will fire missiles if the drills go on.", "fire", Modality.THREATENED),
    ],
)
def test_modality_cues(sentence: str, trigger: str, expected: Modality) -> None:
    assert read(sentence, trigger).modality == expected


def test_plan_cue_does_not_cross_a_clause_break() -> None:
    sentence = "Kim vowed to launch satellites, citing the joint exercises."
    assert read(sentence, "exercises").modality == Modality.OCCURRED
    assert read(sentence, "launch").modality == Modality.PLANNED


def test_plan_cue_spans_a_list_of_verbs() -> None:
    sentence = "The North vowed to launch satellites, produce materials and introduce drones."
    assert read(sentence, "introduce").modality == Modality.PLANNED


def test_statements_are_always_occurred() -> None:
    assert (
        read("Kim did not condemn Seoul.", "condemn", statement=True).modality == Modality.OCCURRED
    )


def test_hedge_lowers_confidence() -> None:
    assert read("The North reportedly fired a missile.", "fired").confidence < 1.0


def test_speculation_and_background() -> None:
    assert read("The North may launch a missile soon.", "launch").speculative
    assert read("the lines which had been cut off", "cut off").background
