"""Wrong-event classes of state-media news: accords adopted long ago told as history,
condolence visits read backwards, a bare "the president" taken from the sentence before, a
demonym that is a given name, demands made of the world at large, acts listed after
"urged ... to" and acts only talked about.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from peninsula.models import DateBasis, EventDate
from peninsula.understand.past_wars import accord_date, dated_by_past


def _events(kcna, text: str, kind: str) -> list:
    return [e for e in kcna.events(text) if e.kind == kind]


# -- accords known by their date ------------------------------------------------------


def test_an_accord_adopted_long_ago_takes_its_own_day(kcna):
    text = (
        "A seminar was held in Lima on Monday.\n"
        "Kim Jong Il adopted the historic October 4 declaration with the south, "
        "opening a new era of reconciliation, the speakers said."
    )
    signed = _events(kcna, text, "agreement_signed")
    assert signed and all(e.date.value == "2007-10-04" for e in signed)


def test_accord_names_with_optional_words():
    found = accord_date("The two sides signed the June 15 North-South joint declaration.")
    assert found is not None and found.value == "2000-06-15"
    assert accord_date("They negated the June 15 joint declaration.") is None


def test_an_accord_does_not_redate_an_event_with_its_own_time():
    own = EventDate("2030-07-18", None, DateBasis.RELATIVE)  # type: ignore[arg-type]
    text = "The two sides adopted the October 4 declaration."
    assert dated_by_past(own, text, 0, "agreement_signed", False) is own


# -- visits and titles ---------------------------------------------------------------


def test_visitors_who_came_to_condole_are_the_source(kcna):
    text = (
        "A delegation of the Socialist Party of Angola visited the DPRK embassy in Luanda "
        "on July 18 to express deep condolences."
    )
    praise = {(s, t) for k, s, t in kcna.coded(text) if k == "praise"}
    assert (("AGO",), ("PRK",)) in praise
    assert (("PRK",), ("AGO",)) not in praise


def test_the_president_is_the_one_named_just_before(kcna):
    text = (
        "Kim Jong Un received a message of sympathy from Bharat Singh, president of Guyana.\n"
        "The president in the message expressed sympathy to the DPRK government and people "
        "on behalf of the Guyanese government and people."
    )
    praise = {(s, t) for k, s, t in kcna.coded(text) if k == "praise"}
    assert (("GUY",), ("PRK",)) in praise
    assert (("PRK",), ("GUY",)) not in praise


def test_a_demonym_before_a_name_and_another_country_is_a_given_name(kcna):
    text = (
        "Foreign Minister Pak Ui Chun met and had a talk with Russian Pedro Alonso Gomez, "
        "new Cuban ambassador to the DPRK, on July 18."
    )
    talks = {s for k, s, _t in kcna.coded(text) if k == "talks"}
    assert ("CUB", "PRK") in talks
    assert not any("RUS" in s for s in talks)


# -- demands of the world, acts asked for or talked about -----------------------------


def test_a_demand_of_the_international_community_targets_no_state(kcna):
    text = (
        "The Venezuelan foreign minister said on July 18 that the international community "
        "should respect Bolivia's sovereignty and independence."
    )
    assert not [e for e in _events(kcna, text, "demand") if e.target and "BOL" in e.target.codes]


def test_a_call_on_the_parties_of_the_world_is_no_demand_of_the_one_supported(kcna):
    text = (
        "The Communist Party of Mexico on July 18 called on the political parties and "
        "organizations in the world to extend support to the Cuban people."
    )
    assert not [e for e in _events(kcna, text, "demand") if e.target and "CUB" in e.target.codes]


def test_every_act_listed_after_urged_to_is_asked_for(kcna):
    text = (
        "South Korean workers held a rally in Seoul on July 18.\n"
        "They urged the authorities to help the fired workers get their jobs back and detain "
        "the owner responsible for the lay-off."
    )
    assert "arrest_or_seizure" not in kcna.kinds(text)
    assert "demand" in kcna.kinds(text)


def test_a_meeting_in_the_wake_of_which_someone_urged_is_still_told(kcna):
    text = (
        "The south Korean minister on July 18 urged the DPRK to respond to the north-south "
        "dialogue in the wake of the talks with the U.S."
    )
    assert "talks" in kcna.kinds(text)


def test_a_strike_only_talked_about_is_no_attack(kcna):
    text = (
        "The south Korean military on July 18 decided to deploy new missiles on the islands, "
        'talking about "precision strike" at targets of the north.'
    )
    assert "attack" not in kcna.kinds(text)


def test_a_month_of_that_year_dates_an_act_of_the_story(kcna):
    # the year is told in the sentence before; "that year" carries it, so the appeal is of
    # the story's time, not the report's day
    text = (
        "Kim Il Sung led the resistance.\n"
        "After the outbreak of the Sino-Japanese war in July 1931 he took new steps.\n"
        'In October that year he issued an "Appeal to all Koreans" to explain the ties '
        "between the Sino-Japanese war and the revolution."
    )
    demands = _events(kcna, text, "demand")
    assert demands and all(e.date.value == "1931-10" for e in demands)
