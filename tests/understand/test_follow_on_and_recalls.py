"""Precision classes found on unseen state-media news of 2011-2012: words that go on with a
dated statement or rally are of its day, not the report's; a past visit told as what a
statement hails, as the setting of another act or as recalled is no fresh meeting; those
"killed in the attacks" suffer the attack. Texts of our own."""

from __future__ import annotations

import pytest

PUBLISHED = "2011-10-12"


def test_he_goes_on_with_a_dated_interview(undatelined) -> None:
    text = (
        "A Bolivian minister in an interview with a radio station on October 8 denounced "
        "the U.S. sanctions.\nHe condemned the United States for meddling in the region."
    )
    accusations = undatelined.of_kind(text, "accusation")
    assert accusations
    assert {e.date.value for e in accusations} == {"2011-10-08"}


def test_speakers_at_a_dated_rally_speak_on_its_day(undatelined) -> None:
    text = (
        "South Korean farmers held a rally in Seoul on October 9 against the import of "
        "rice.\nSpeakers at the rally denounced the authorities for ruining agriculture."
    )
    accusations = undatelined.of_kind(text, "accusation")
    assert accusations and accusations[0].date.value == "2011-10-09"


def test_words_of_an_earlier_time_keep_their_own_date(undatelined) -> None:
    text = (
        "A Bolivian minister in an interview on October 8 denounced the U.S. sanctions.\n"
        "In a recent report the United States accused Bolivia of laxity."
    )
    for e in undatelined.events(text):
        if e.source is not None and e.source.code == "USA":
            assert e.date.value != "2011-10-08"


MEETINGS = {"talks", "summit"}


@pytest.mark.parametrize(
    "text",
    [
        "The Ghana friendship society issued a statement on October 9 congratulating the "
        "leader on his successful visit to Mongolia.",
        "Kim Jong Il's repeated visit to Russia clearly shows the strength of the ties.",
        "The Ghanaian writer recalled with emotion the day he met and had talks with Kim Jong "
        "Il in Pyongyang.",
        "The writer recalled that Kim Jong Il received the Ghanaian delegation in Pyongyang.",
    ],
)
def test_a_recalled_visit_is_no_fresh_meeting(undatelined, text: str) -> None:
    assert not [e for e in undatelined.events(text) if e.kind in MEETINGS]


def test_a_visit_under_way_or_with_its_own_time_stays(undatelined) -> None:
    under_way = (
        "The President of Mongolia, on an official visit to Ghana, met and had talks with "
        "the Ghanaian President on Monday."
    )
    assert [e for e in undatelined.events(under_way) if e.kind in MEETINGS]
    dated = "He had the honour of meeting the President during his April visit to Mongolia."
    for e in undatelined.events(dated):
        if e.kind in MEETINGS:
            assert e.date.value == "2011-04"


def test_soldiers_killed_in_attacks_are_their_victims_not_their_doers(undatelined) -> None:
    unnamed = "Six NATO soldiers were killed in the insurgent attacks in Afghanistan on Monday."
    assert not [e for e in undatelined.events(unnamed) if e.source and e.source.code == "NATO"]
    named = "Three Somali fishermen were wounded in air raids by Kenyan warplanes on Monday."
    attacks = undatelined.of_kind(named, "attack")
    assert attacks and attacks[0].source and attacks[0].source.code == "KEN"
    assert attacks[0].target and attacks[0].target.code == "SOM"
