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


def test_statements_are_occurred_even_under_a_plan_cue() -> None:
    reading = read("Kim will condemn Seoul, he said.", "condemn", statement=True)
    assert reading.modality == Modality.OCCURRED


def test_a_negated_statement_was_not_made() -> None:
    sentence = "He has neither courage nor intention to condemn Israel."
    assert read(sentence, "condemn", statement=True).modality == Modality.DENIED
    sentence = "He is not entitled to blame the DPRK."
    assert read(sentence, "blame", statement=True).modality == Modality.DENIED


def test_a_purpose_clause_is_no_event() -> None:
    sentence = "Japan tightened its alliance with NATO in a bid to seize the edge."
    assert read(sentence, "seize").speculative


def test_a_head_that_opens_with_a_plan_is_planned() -> None:
    sentence = "The two countries agreed to promote military cooperation."
    assert read(sentence, "agreed to promote military cooperation").modality == Modality.PLANNED


def test_a_meeting_named_after_reached_is_no_plan() -> None:
    sentence = "They expressed their will to honour the agreement reached at the Hanoi summit."
    assert read(sentence, "summit").modality == Modality.OCCURRED


def test_hedge_lowers_confidence() -> None:
    assert read("The North reportedly fired a missile.", "fired").confidence < 1.0


def test_speculation_and_background() -> None:
    assert read("The North may launch a missile soon.", "launch").speculative
    assert read("the lines which had been cut off", "cut off").background


def test_failing_or_refusing_to_act_is_denied() -> None:
    assert read("The two sides failed to reach an agreement.", "reach").modality == (
        Modality.DENIED
    )
    assert read("Pakistan refused to deploy troops.", "deploy").modality == Modality.DENIED
