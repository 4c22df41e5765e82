"""Leaders' phone calls and the demands made in them, epithets that only name a place,
quoted letters, purposes of summits, means clauses, habits set in an 'as' clause, the
rejected one who rejects no one, a refusal told twice, words at home.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

from peninsula.models import Article


def test_a_leaders_phone_call_is_a_summit_and_its_demand_is_aimed_at_the_partner(kcna):
    text = (
        "The Canadian prime minister held a phone conversation with the German chancellor "
        "and called for stronger sanctions on Syria."
    )
    coded = kcna.coded(text)
    assert ("summit", ("CAN", "DEU"), ()) in coded  # a meeting's parties are its source
    assert ("demand", ("CAN",), ("DEU",)) in coded
    assert not any(kind == "talks" for kind, *_ in coded)


def test_a_ministers_phone_call_stays_talks(kcna):
    text = "The Canadian foreign minister had a phone call with the Brazilian president."
    assert "summit" not in kcna.kinds(text)


def test_a_demand_naming_whom_it_asks_keeps_that_target(kcna):
    coded = kcna.coded("China held talks with Russia, urging Japan to stop its drills.")
    assert ("demand", ("CHN",), ("JPN",)) in coded


def test_an_epithet_on_an_embassy_is_an_address_not_an_accusation(kcna):
    text = (
        "A rally was held outside the puppet ROK embassy in Berlin with the attendance of "
        "personages of Germany."
    )
    assert "accusation" not in kcna.kinds(text)
    assert "protest" in kcna.kinds(text)


def test_the_words_after_a_letter_goes_on_are_the_letters(kcna):
    text = (
        "The world suffers from arbitrary practices, the letter said, and went on:\n"
        "The U.S. has perpetrated reckless provocations against the DPRK."
    )
    assert ("accusation", ("PRK",), ("USA",)) not in kcna.coded(text)


def test_a_summit_held_to_call_for_cooperation_is_no_proposal(kcna):
    text = "Chile and Peru held a summit in Lima to call for cooperation in fisheries."
    assert kcna.kinds(text) == {"summit"}


def test_inviting_as_the_means_of_another_act_is_no_proposal(kcna):
    text = (
        "Japan is strengthening its alliance with Britain by inviting even former colonial powers."
    )
    assert "proposal" not in kcna.kinds(text)


def test_one_who_fears_getting_rejected_rejects_no_one(kcna):
    assert "rejection" not in kcna.kinds("Israel fears getting totally isolated and rejected.")


def test_a_yearly_drill_in_an_as_clause_sets_the_scene(kcna):
    text = "As NATO stages annual naval drills in the Baltic Sea, Sweden decided to buy boats."
    assert "military_exercise" not in kcna.kinds(text)
    assert "military_exercise" in kcna.kinds("NATO staged naval drills in the Baltic Sea.")


def test_a_refusal_retold_on_the_reports_day_is_one_refusal(kcna):
    text = (
        "The UN Security Council voted on a resolution on July 16, but the U.S. vetoed it. "
        "And the U.S. refused the resolution on a ceasefire for a third time."
    )
    dates = {e.date.value for e in kcna.events(text) if e.kind == "rejection"}
    assert dates == {"2030-07-16"}


def test_a_suggestion_at_home_in_an_outlets_story_is_no_event(kcna):
    story = Article(
        id="s",
        text="One day the President visited a fishing town. He suggested building a new school.",
        published=date(2030, 7, 20),
        source="KCNA",
    )
    assert "proposal" not in {e.kind for e in kcna.pipeline(story).events}
