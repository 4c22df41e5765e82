"""Acts a sentence names without reporting them, and words that are nobody's we know:
demanded or intended acts, feared attacks, drills named after strikes, courtesy calls,
statements voiced by unnamed bodies or by no one, titles of international bodies.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from peninsula.understand.unreal import unreal, unsaid

KCNA_PUBLISHED = "2031-03-09"


def at(sentence: str, word: str) -> tuple[int, int]:
    start = sentence.index(word)
    return start, start + len(word)


# -- 1. what is demanded, intended or feared is not done --------------------------------


@pytest.mark.parametrize(
    ("sentence", "word", "kind"),
    [
        pytest.param(
            "The rally called for the withdrawal of the foreign troops from the island.",
            "withdrawal of",
            "release_or_withdrawal",
            id="a-withdrawal-called-for-is-no-withdrawal",
        ),
        pytest.param(
            "The two allies should prove their good faith by calling off the planned naval drills.",
            "drills",
            "military_exercise",
            id="drills-that-should-be-cancelled-are-no-drills-of-this-sentence",
        ),
        pytest.param(
            "It is the sinister intention of Ruritania to numb the region by making the "
            "dispatch of troops abroad a routine affair.",
            "dispatch of",
            "troop_deployment",
            id="a-deployment-deep-in-an-intention-is-no-deployment",
        ),
        pytest.param(
            "Its troops are ready to repel any sudden attack from the sea.",
            "attack",
            "attack",
            id="a-feared-attack-is-no-attack",
        ),
        pytest.param(
            "The marines held a combined strike drill near the coast.",
            "strike",
            "attack",
            id="a-rehearsed-attack-is-no-attack",
        ),
    ],
)
def test_an_act_demanded_intended_or_feared_is_not_done(sentence, word, kind):
    assert unreal(sentence, *at(sentence, word), kind)


@pytest.mark.parametrize(
    ("sentence", "word", "kind"),
    [
        pytest.param(
            "Canada must continue food aid to the refugees in the camps.",
            "continue",
            "aid",
            id="an-aid-that-must-continue-goes-on",
        ),
        pytest.param(
            "A preemptive strike was carried out on the rebel camp at dawn.",
            "strike",
            "attack",
            id="a-preemptive-strike-told-as-done-is-an-attack",
        ),
    ],
)
def test_an_act_told_as_going_on_or_done_is_real(sentence, word, kind):
    assert not unreal(sentence, *at(sentence, word), kind)


def test_a_statement_that_should_be_made_is_not_made():
    s = "The motion said the cabinet should demand that the company pay damages."
    assert unsaid(s, s.index("demand"))


def test_a_call_for_withdrawal_yields_the_demand_alone(kcna):
    text = "Pakistan on Monday called for the withdrawal of U.S. troops from Afghanistan."
    assert kcna.kinds(text) == {"demand"}


# -- 2. courtesy calls, sit-in strikes, statements in denunciation ----------------------


def test_a_courtesy_call_on_a_minister_is_no_demand(kcna):
    text = (
        "Foreign Minister Ri Yong Ho met and had a talk with the new Peruvian ambassador "
        "who paid a courtesy call on him on Tuesday."
    )
    assert "demand" not in kcna.kinds(text)


def test_a_sit_in_strike_is_a_protest_not_an_attack(kcna):
    text = "South Korean students entered into a sit-in strike in Seoul on Monday."
    found = kcna.kinds(text)
    assert "attack" not in found and "protest" in found


def test_a_joint_statement_in_denunciation_is_no_agreement(kcna):
    text = (
        "Two solidarity groups of Peru released a joint statement on March 2 in "
        "denunciation of the U.S. war drills."
    )
    assert "agreement_signed" not in kcna.kinds(text)


def test_states_agreeing_to_expand_cooperative_relations_plan_cooperation(kcna):
    text = "Peru and Chile agreed to expand cooperative relations in mining on Monday."
    assert ("cooperation", ("CHL", "PER"), ()) in kcna.coded(text)


# -- 3. words that are not the outlet's --------------------------------------------------


def test_a_rejection_by_an_unnamed_population_is_not_the_outlets(kcna):
    text = (
        "We do not care to remark on the trip by senators of the U.S., rejected by its "
        "public for wasting money."
    )
    assert not any(kind == "rejection" for kind, _, _ in kcna.coded(text))


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        pytest.param(
            "A statue of Korean workers stood in a park in Osaka. However, the city "
            "authorities turned down the renewal of its permit.",
            "rejection",
            ("PRK",),
            id="unnamed-city-authorities-turning-a-request-down-are-not-the-outlet",
        ),
        pytest.param(
            "However hard Japan tries to explain away the shrine visits under a storm of "
            "protests and accusations, it cannot hide their purpose.",
            "accusation",
            ("JPN",),
            id="accusations-with-no-owner-are-no-ones",
        ),
    ],
)
def test_words_of_no_one_named_are_not_the_sources(kcna, text, kind, source):
    assert not any(k == kind and src == source for k, src, _ in kcna.coded(text))


# -- 4. titles of other bodies are not the U.N.'s or the DPRK's --------------------------


def test_the_secretary_general_of_an_international_council_is_not_the_un_chief(kcna):
    doc = kcna.document(
        "The premier met Anand Rao, secretary general of the International "
        "Solidarity Council of Friendship, on Friday.",
    )
    assert not any(m.actor.name == "Ban Ki-moon" or m.actor.code == "UN" for m in doc.mentions)


def test_a_foreign_minister_of_the_republic_of_a_country_is_that_countrys(kcna):
    doc = kcna.document(
        "The premier met Ivan Petrenko, foreign minister of the Republic of Belarus, on Thursday.",
    )
    roles = [m.actor.code for m in doc.mentions if m.text.startswith("foreign minister")]
    assert roles == ["BLR"]
