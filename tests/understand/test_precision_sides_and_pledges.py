"""Wrong-event classes of state-media news: who "it" is, whose body speaks, what a pledge
plans, papers that are no agreement, things released that are no people, deaths told from
the victims' side, officials placed by their town's country.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

# -- "it" and "they", bodies of the North and their organs ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Zambian Peace Council published a statement on Monday.\n"
            "The U.S. forces side voiced regret over the crime.\n"
            "It urged the U.S. to punish the soldier at once.",
            id="it-never-names-the-object-of-its-own-verb",
        ),
        pytest.param(
            "A resolution was adopted at a meeting of the Union of Farm Workers in Peru.\n"
            "The resolution denounced the U.S. hostile policy toward Cuba.\n"
            "It strongly urged the Japanese authorities to stop the arms build-up.",
            id="it-after-a-paper-that-denounced-someone-is-not-that-someone",
        ),
        pytest.param(
            "The Korean Democratic Lawyers Association issued a statement on Monday.\n"
            "Crimes by U.S. troops are rampant in Okinawa, it said, urging Japan to act.",
            id="a-reporting-it-is-not-the-subject-of-the-words-reported",
        ),
    ],
)
def test_it_is_not_the_one_named_in_its_words(kcna, text):
    assert ("USA",) not in {s for s, _t in kcna.sides_of(text, "demand")}


@pytest.mark.parametrize(
    ("text", "kind", "sides"),
    [
        pytest.param(
            "The Korean Democratic Lawyers Association issued a statement on Monday.\n"
            "It urged the U.S. to withdraw its troops from the region.",
            "demand",
            (("PRK",), ("USA",)),
            id="it-still-continues-a-subject-it-does-not-address",
        ),
        pytest.param(
            "The North Side Committee of the Alliance for Peace bitterly denounced the south "
            "Korean puppet authorities for blocking the joint event.",
            "accusation",
            (("PRK",), ("KOR",)),
            id="the-north-side-of-an-all-korean-body-is-the-dprk",
        ),
        pytest.param(
            "The South Side Committee of the Alliance for Peace on Monday denounced the U.S. "
            "for staging war drills.",
            "accusation",
            (("KOR",), ("USA",)),
            id="the-south-side-of-an-all-korean-body-is-the-souths",
        ),
        pytest.param(
            "A spokesman for the Teachers Union of Korea (TUK) Central Committee on Monday made "
            "public a statement denouncing the south Korean puppet authorities.",
            "accusation",
            (("PRK",), ("KOR",)),
            id="a-union-named-by-its-members-of-korea-is-the-dprks",
        ),
        pytest.param(
            "Workers in south Korea held a rally in Seoul on Monday.\n"
            "They also denounced Lee Myung Bak for ignoring their living.",
            "accusation",
            (("KOR",), ("KOR",)),
            id="they-may-denounce-another-side-of-their-own-country",
        ),
    ],
)
def test_the_body_or_pronoun_speaks_for_its_side(kcna, text, kind, sides):
    assert sides in kcna.sides_of(text, kind)


def test_an_official_of_a_town_of_a_country_is_that_countrys(kcna):
    text = "The mayor of Mandalay City of Myanmar on Monday lauded the Korean people."
    assert ("MMR",) in {s for s, _t in kcna.sides_of(text, "praise")}


# -- pledges: "agreed to X" is X planned ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Laos and Cambodia agreed on Monday to strengthen regional, sub-regional and "
        "bilateral cooperation.",
        "Laos and Cambodia on Monday pledged to boost cooperation in the field of farming.",
        "Laos and Cambodia agreed on Monday to set up a joint fund for their border towns.",
    ],
)
def test_agreeing_to_act_together_is_planned_cooperation_not_a_proposal(kcna, text):
    coded = kcna.coded_with_modality(text)
    assert ("cooperation", "planned", ("KHM", "LAO"), ()) in coded
    assert not any(kind == "proposal" for kind, *_ in coded)


def test_agreeing_to_hold_talks_is_planned_talks(kcna):
    coded = kcna.coded_with_modality("Laos and Cambodia agreed to hold talks next month.")
    assert ("talks", "planned", ("KHM", "LAO"), ()) in coded


# -- papers and releases ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Friendship Association of Zambia and the Zambian Study Group issued a joint "
        "statement on Monday on the death of the leader of the DPRK.",
        "Parties of Nepal made public a joint statement on Monday.",
    ],
)
def test_a_joint_statement_of_one_countrys_bodies_is_no_agreement(kcna, text):
    assert "agreement_signed" not in kcna.kinds(text)


def test_a_joint_statement_issued_with_another_state_is_an_agreement(kcna):
    text = "Viet Nam issued a joint communique with Laos on Monday."
    assert "agreement_signed" in kcna.kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Output in Chile fell by 3 percent, according to data released by the Chilean "
        "National Institute of Statistics on Monday.",
        "On receiving a statement released by the Ministry of Defence of Peru on Monday, "
        "soldiers renewed their resolve.",
    ],
)
def test_figures_or_a_statement_released_free_no_one(kcna, text):
    assert "release_or_withdrawal" not in kcna.kinds(text)


def test_prisoners_released_are_still_a_release(kcna):
    assert "release_or_withdrawal" in kcna.kinds("Israel released 30 Palestinian prisoners.")


def test_a_body_acting_on_a_day_does_not_take_the_day_into_its_name(kcna):
    text = "The Chilean Institute for Labour Studies on Monday denounced the government."
    names = {e.source.name for e in kcna.events(text) if e.source is not None}
    assert "Chilean Institute for Labour Studies" in names


# -- deaths told from the victims' side ---------------------------------------------------


def test_soldiers_who_met_deaths_in_attacks_are_no_attackers(kcna):
    text = (
        "More NATO soldiers in Afghanistan met deaths due to the attacks of the resistance "
        "forces on Monday."
    )
    assert all(s != ("NATO",) for s, _t in kcna.sides_of(text, "attack"))
    assert "talks" not in kcna.kinds(text)
