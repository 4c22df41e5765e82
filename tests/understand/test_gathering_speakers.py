"""Speakers at gatherings and named speakers that state media relay: the holders speak,
on the day they met (the whole pipeline on short texts of our own)."""

from __future__ import annotations

import pytest

PUBLISHED = "2031-03-14"
SOURCE = "KCNA"


def test_they_at_a_gathering_are_its_holders_not_the_country_last_named(undatelined) -> None:
    text = (
        "Koreans in Brazil held a meeting to mark the anniversary of the joint accord.\n"
        "It was attended by members of a Korean residents' club in Sao Paulo on March 8.\n"
        "The speakers noted that the compatriots have long struggled for reunification.\n"
        "The warmongers of south Korea, however, tore up the accord.\n"
        "They denounced the south Korean authorities for the arrest of peace activists."
    )
    found = undatelined.sides(text)
    assert ("accusation", "BRA", "KOR", "2031-03-08") in found
    assert not any(k == "accusation" and s == "KOR" for k, s, _, _ in found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "Members of a Buddhist temple in south Korea held a rally on March 2 to protest "
            "against the police.\n"
            "They accused the National Police Agency of raiding the temple twice.",
            "2031-03-02",
            id="what-the-speakers-say-is-dated-on-the-day-of-the-gathering",
        ),
        pytest.param(
            "A south Korean teachers' union held a press conference in Seoul on March 9.\n"
            'The speakers denounced the "government" for cutting the school budget.',
            "2031-03-09",
            id="the-speakers-of-a-press-conference-speak-for-its-holders",
        ),
    ],
)
def test_the_speakers_speak_for_the_holders_on_their_day(undatelined, text: str, day: str) -> None:
    found = undatelined.sides(text)
    assert any(k == "accusation" and s == "KOR" and d == day for k, s, _, d in found)


def test_leaders_who_held_meetings_open_no_gathering(undatelined) -> None:
    text = (
        "In 2028 the leaders of the two Koreas held a series of separate meetings.\n"
        "The U.S. now talks of dialogue, but it is no more than a show to cover up its "
        "hostile acts, the leader said."
    )
    found = undatelined.sides(text)
    assert not any(d == "2028" for _, _, _, d in found)


def test_he_went_on_continues_the_speaker_named_just_before(undatelined) -> None:
    text = (
        "Vladimir Putin, president of Russia, received a delegation of the DPRK on Monday.\n"
        "Putin said that Russia values the friendship with the DPRK.\n"
        "He went on:\n"
        "We resolutely oppose the sanctions the big powers impose on the DPRK.\n"
        "The U.S. should stop its hostile policy."
    )
    found = undatelined.sides(text)
    assert any(k == "demand" and s == "RUS" and t == "USA" for k, s, t, _ in found)


def test_a_world_free_from_massacre_is_no_attack(undatelined) -> None:
    text = (
        "The Iranian president said that the peoples are striving to build a world free "
        "from massacre and oppression."
    )
    assert not any(k == "attack" for k, _, _, _ in undatelined.sides(text))
