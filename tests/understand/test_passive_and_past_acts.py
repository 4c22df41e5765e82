"""Attacks told in the passive with victims that name no actor ("four people were killed in a
NATO air strike in eastern Afghanistan": the owner inside the noun phrase strikes, the place
it hit suffers), responses told as "X will answer Y's provocation with a blow" (X threatens
Y), and past acts dated by their own time: a decade ("in the 1950s", its first year at
`year` precision, as the gold guide dates a war by its first year) and what an accord's
relative clause holds ("the June 15 declaration in which both sides agreed ...").

Every sentence here is invented for the test.
"""

from __future__ import annotations

PUBLISHED = "2011-05-20"
SOURCE = "KCNA"
KCNA_PUBLISHED = "2011-05-20"


def test_unnamed_victims_of_an_owned_strike_in_a_named_place(undatelined):
    text = (
        "At least five people were killed Tuesday in three U.S. drone strikes targeting "
        "the Pakistani tribal area of North Waziristan."
    )
    sides = undatelined.sides(text)
    assert ("attack", "USA", "PAK", "2011-05-17") in sides


def test_the_agent_phrase_of_a_passive_and_the_place_it_hit(undatelined):
    text = "Seven villagers were killed in a NATO air strike in eastern Afghanistan on Monday."
    assert ("attack", "NATO", "AFG") in undatelined.brief(text)


def test_no_place_no_guessed_victim(undatelined):
    text = "Nine people were killed in Israeli air raids, a local hospital said on Sunday."
    brief = undatelined.brief(text)
    assert not any(kind == "attack" and target is not None for kind, _, target in brief)


def test_the_answered_side_is_the_target_not_the_doer(kcna):
    text = "The Korean People's Army will answer the U.S. provocation with a merciless blow."
    sides = kcna.sides_of(text, "threat")
    assert (("PRK",), ("USA",)) in sides
    assert not any(source == ("USA",) for source, _ in sides)


def test_a_decade_dates_a_past_act_by_its_first_year(undatelined):
    text = "The United States deployed nuclear weapons in south Korea in the 1950s."
    events = undatelined.of_kind(text, "military_buildup")
    assert [(e.date.value, e.date.precision.value) for e in events] == [("1950", "year")]


def test_what_an_accord_holds_is_dated_by_the_accord(undatelined):
    text = (
        "The Lee group negated the October 4 declaration in which the north and the south "
        "agreed to set up a special zone for peace in the West Sea."
    )
    dates = {e.date.value for e in undatelined.events(text) if "agreed" in (e.trigger or "")}
    assert dates == {"2007-10-04"}
    assert all(e.date.value != "2007-10-04" for e in undatelined.of_kind(text, "rejection"))


def test_an_accord_named_beside_a_later_act_dates_nothing(undatelined):
    text = (
        "Those who ditched the June 15 declaration which calls for reunification by the "
        "nation itself staged war drills against the DPRK with the U.S."
    )
    assert all(e.date.value != "2000-06-15" for e in undatelined.events(text))
