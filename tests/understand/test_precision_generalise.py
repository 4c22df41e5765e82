"""Role nouns of a story about another country, condemnation earned by the subject,
epithets and feared outcomes, anniversaries of past acts, things named after countries.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import Article, Document
from peninsula.pipeline import Pipeline

DATELINE = "Pyongyang, July 20 (KCNA) -- "


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def run(pipeline: Pipeline, text: str, **article) -> Document:
    published = date(2030, 7, 20)
    return pipeline(Article(id="t", text=text, published=published, **article))


def coded(pipeline: Pipeline, text: str, **article) -> set[tuple]:
    return {
        (
            e.kind,
            tuple(sorted(e.source.codes)) if e.source else (),
            tuple(sorted(e.target.codes)) if e.target else (),
        )
        for e in run(pipeline, DATELINE + text, **article).events
    }


def mention_codes(pipeline: Pipeline, text: str, word: str) -> list[str]:
    doc = run(pipeline, DATELINE + text)
    return [m.actor.code for m in doc.mentions if m.text == word]


# -- 1. role nouns are placed by the story, not by the outlet -------------------------


def test_a_role_noun_in_a_story_about_another_country_is_that_countrys(pipeline):
    text = "Unrest is spreading across Portugal. The prime minister refused to resign."
    assert mention_codes(pipeline, text, "prime minister") == ["PRT"]


def test_a_role_noun_among_several_foreign_countries_is_left_unresolved(pipeline):
    text = "Peru and Chile quarrelled over fishing. The foreign minister left the talks."
    assert mention_codes(pipeline, text, "foreign minister") == []


def test_a_role_noun_of_a_story_naming_no_country_stays_the_outlets(pipeline):
    text = "The premier inspected a textile mill in the city on Monday."
    assert mention_codes(pipeline, text, "premier") == ["PRK"]


def test_urging_ones_own_prime_minister_is_no_demand_on_the_outlets_state(pipeline):
    text = "Deputies of the ruling party in Portugal are urging the prime minister to quit."
    assert not any(event[2] == ("PRK",) for event in coded(pipeline, text))


def test_a_delegation_arriving_here_visits_the_outlets_state_without_a_dateline(pipeline):
    doc = run(
        pipeline,
        "A delegation of the Labour Party of Malta arrived here on Tuesday.",
        source="KCNA",
    )
    assert [(e.kind, e.source.codes, e.target) for e in doc.events] == [
        ("talks", ("MLT", "PRK"), None)  # the visitors and their hosts
    ]


# -- 2. condemnation earned or drawn: the subject is condemned -------------------------


def test_came_under_fire_from_names_the_accuser(pipeline):
    text = "The Danish cabinet came under fire from Sweden on Monday over its new fishing law."
    assert ("accusation", ("SWE",), ("DNK",)) in coded(pipeline, text)


def test_deserves_condemnation_is_not_the_subjects_accusation(pipeline):
    text = "The Belgian army's raid on the village deserves condemnation, the paper said."
    assert not any(event[1] == ("BEL",) for event in coded(pipeline, text))


def test_condemned_by_an_unnamed_community_is_not_the_condemned_ones_act(pipeline):
    text = "Norway is so bitterly condemned by the whole world for its whaling."
    assert not any(event[1] == ("NOR",) for event in coded(pipeline, text))


def test_victims_killed_in_a_named_strike_were_killed_by_its_owner(pipeline):
    text = "Villagers in Chad buried five herders killed in a Libyan air strike on Sunday."
    assert ("attack", ("LBY",), ("TCD",)) in coded(pipeline, text)


# -- 3. epithets, examples, feared outcomes and aims are no acts ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Italian troops, the chieftain of aggression and massacre, must leave Libya.",
        "If the standoff goes on and they lead to armed clashes, Peru and Chile will suffer.",
        "The Austrian police are running amuck to arrest the migrants.",
        "Hungary has long staged provocative moves such as large-scale military exercises.",
        "The gunners were told to wipe out the Spanish invaders by fierce strikes if they move.",
    ],
)
def test_names_outcomes_and_aims_are_no_events(pipeline, text):
    kinds = {kind for kind, *_ in coded(pipeline, text)}
    assert not kinds & {"attack", "arrest_or_seizure", "military_exercise"}


def test_a_situation_that_suggests_something_proposes_nothing(pipeline):
    text = "The Canadian move to buy more frigates suggests a lot about its aims."
    assert "proposal" not in {kind for kind, *_ in coded(pipeline, text)}


def test_a_country_that_developed_into_a_power_built_up_nothing(pipeline):
    text = "Brazil developed into a nuclear weapons state under his leadership."
    assert "military_buildup" not in {kind for kind, *_ in coded(pipeline, text)}


# -- 4. anniversaries and topics are past acts ----------------------------------------


def test_an_anniversary_dates_the_act_it_marks(pipeline):
    doc = run(
        pipeline,
        DATELINE + "A rally marked the 40th anniversary of the Dutch massacre in Aceh.",
    )
    dates = {e.date.value for e in doc.events if e.kind == "attack"}
    assert dates == {"1990"}


def test_a_lecture_on_a_visit_is_not_the_visit(pipeline):
    text = "A Malian professor gave a lecture in Bamako on June 2 on his visit to the DPRK."
    assert "talks" not in {kind for kind, *_ in coded(pipeline, text)}


# -- 5. things named after countries are no actors ------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police in Kenya seized 200 kg of Indian hemp on Monday.", "Indian"),
        ("The farm in Laos grows Chinese cabbage for export.", "Chinese"),
        ("Cafes in Sofia sell Turkish coffee and French fries.", "Turkish"),
    ],
)
def test_a_country_word_inside_a_product_name_is_no_actor(pipeline, text, word):
    doc = run(pipeline, DATELINE + text)
    assert not [m for m in doc.mentions if m.text.startswith(word)]
