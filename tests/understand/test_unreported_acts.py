"""Acts a sentence names without reporting them, and words that are nobody's we know:
demanded or intended acts, feared attacks, drills named after strikes, courtesy calls,
statements voiced by unnamed bodies or by no one, titles of international bodies.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import Article, Document
from peninsula.pipeline import Pipeline
from peninsula.understand.unreal import unreal, unsaid

DATELINE = "Pyongyang, March 9 (KCNA) -- "


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def run(pipeline: Pipeline, text: str) -> Document:
    return pipeline(Article(id="t", text=text, published=date(2031, 3, 9)))


def kinds(pipeline: Pipeline, text: str) -> set[str]:
    return {e.kind for e in run(pipeline, DATELINE + text).events}


def coded(pipeline: Pipeline, text: str) -> set[tuple]:
    return {
        (
            e.kind,
            tuple(sorted(e.source.codes)) if e.source else (),
            tuple(sorted(e.target.codes)) if e.target else (),
        )
        for e in run(pipeline, DATELINE + text).events
    }


def at(sentence: str, word: str) -> tuple[int, int]:
    start = sentence.index(word)
    return start, start + len(word)


# -- 1. what is demanded, intended or feared is not done --------------------------------


def test_a_withdrawal_called_for_is_no_withdrawal():
    s = "The rally called for the withdrawal of the foreign troops from the island."
    assert unreal(s, *at(s, "withdrawal of"), "release_or_withdrawal")


def test_drills_that_should_be_cancelled_are_no_drills_of_this_sentence():
    s = "The two allies should prove their good faith by calling off the planned naval drills."
    assert unreal(s, *at(s, "drills"), "military_exercise")


def test_an_aid_that_must_continue_goes_on():
    s = "Canada must continue food aid to the refugees in the camps."
    assert not unreal(s, *at(s, "continue"), "aid")


def test_a_deployment_deep_in_an_intention_is_no_deployment():
    s = (
        "It is the sinister intention of Ruritania to numb the region by making the "
        "dispatch of troops abroad a routine affair."
    )
    assert unreal(s, *at(s, "dispatch of"), "troop_deployment")


def test_feared_and_rehearsed_attacks_are_no_attacks():
    s = "Its troops are ready to repel any sudden attack from the sea."
    assert unreal(s, *at(s, "attack"), "attack")
    s = "The marines held a combined strike drill near the coast."
    assert unreal(s, *at(s, "strike"), "attack")


def test_a_preemptive_strike_told_as_done_is_an_attack():
    s = "A preemptive strike was carried out on the rebel camp at dawn."
    assert not unreal(s, *at(s, "strike"), "attack")


def test_a_statement_that_should_be_made_is_not_made():
    s = "The motion said the cabinet should demand that the company pay damages."
    assert unsaid(s, s.index("demand"))


def test_a_call_for_withdrawal_yields_the_demand_alone(pipeline):
    text = "Pakistan on Monday called for the withdrawal of U.S. troops from Afghanistan."
    assert kinds(pipeline, text) == {"demand"}


# -- 2. courtesy calls, sit-in strikes, statements in denunciation ----------------------


def test_a_courtesy_call_on_a_minister_is_no_demand(pipeline):
    text = (
        "Foreign Minister Ri Yong Ho met and had a talk with the new Peruvian ambassador "
        "who paid a courtesy call on him on Tuesday."
    )
    assert "demand" not in kinds(pipeline, text)


def test_a_sit_in_strike_is_a_protest_not_an_attack(pipeline):
    text = "South Korean students entered into a sit-in strike in Seoul on Monday."
    found = kinds(pipeline, text)
    assert "attack" not in found and "protest" in found


def test_a_joint_statement_in_denunciation_is_no_agreement(pipeline):
    text = (
        "Two solidarity groups of Peru released a joint statement on March 2 in "
        "denunciation of the U.S. war drills."
    )
    assert "agreement_signed" not in kinds(pipeline, text)


def test_states_agreeing_to_expand_cooperative_relations_plan_cooperation(pipeline):
    text = "Peru and Chile agreed to expand cooperative relations in mining on Monday."
    assert ("cooperation", ("CHL", "PER"), ()) in coded(pipeline, text)


# -- 3. words that are not the outlet's --------------------------------------------------


def test_a_rejection_by_an_unnamed_population_is_not_the_outlets(pipeline):
    text = (
        "We do not care to remark on the trip by senators of the U.S., rejected by its "
        "public for wasting money."
    )
    assert not any(kind == "rejection" for kind, _, _ in coded(pipeline, text))


def test_unnamed_city_authorities_turning_a_request_down_are_not_the_outlet(pipeline):
    text = (
        "A statue of Korean workers stood in a park in Osaka. However, the city "
        "authorities turned down the renewal of its permit."
    )
    assert not any(
        kind == "rejection" and src == ("PRK",) for kind, src, _ in coded(pipeline, text)
    )


def test_accusations_with_no_owner_are_no_ones(pipeline):
    text = (
        "However hard Japan tries to explain away the shrine visits under a storm of "
        "protests and accusations, it cannot hide their purpose."
    )
    assert not any(
        kind == "accusation" and src == ("JPN",) for kind, src, _ in coded(pipeline, text)
    )


# -- 4. titles of other bodies are not the U.N.'s or the DPRK's --------------------------


def test_the_secretary_general_of_an_international_council_is_not_the_un_chief(pipeline):
    doc = run(
        pipeline,
        DATELINE + "The premier met Anand Rao, secretary general of the International "
        "Solidarity Council of Friendship, on Friday.",
    )
    assert not any(m.actor.name == "Ban Ki-moon" or m.actor.code == "UN" for m in doc.mentions)


def test_a_foreign_minister_of_the_republic_of_a_country_is_that_countrys(pipeline):
    doc = run(
        pipeline,
        DATELINE + "The premier met Ivan Petrenko, foreign minister of the Republic of "
        "Belarus, on Thursday.",
    )
    roles = [m.actor.code for m in doc.mentions if m.text.startswith("foreign minister")]
    assert roles == ["BLR"]
