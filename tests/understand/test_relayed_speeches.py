"""Speeches and statements that state media relay: the day a speaker spoke, conditional
demands, a participle that opens a speaker's sentence, bodies serving a state's creed
(the whole pipeline on short texts of our own)."""

from __future__ import annotations

PUBLISHED = "2031-03-14"
SOURCE = "KCNA"


def test_words_told_before_a_dated_speech_are_of_its_day(undatelined) -> None:
    text = (
        "Russia fully supports the efforts of the DPRK to build a better life.\n"
        "Vladimir Putin, president of Russia, said this on March 9 when he met a visiting "
        "delegation.\n"
        "We fully support the DPRK's efforts for peace, he added."
    )
    found = undatelined.sides(text)
    assert ("praise", "RUS", "PRK", "2031-03-09") in found
    assert not any(k == "praise" and d == "2031-03-14" for k, _, _, d in found)


def test_a_speech_dated_before_its_verb_dates_the_sentences_after(undatelined) -> None:
    text = (
        "Bolivian President Evo Morales, in a speech on March 10 at a rally, said that the "
        "old order is crumbling.\n"
        "Denouncing the reckless sanctions of the big powers, he said that colonialism is dead."
    )
    found = undatelined.sides(text)
    assert any(k == "accusation" and s == "BOL" and d == "2031-03-10" for k, s, _, d in found)


def test_a_magazine_quoted_once_speaks_for_no_later_sentence(undatelined) -> None:
    text = (
        "The U.S. slandered the DPRK again this week.\n"
        "The U.S. magazine Harbor Review on March 2 said that crime is rising in its cities."
    )
    found = undatelined.sides(text)
    assert not any(d == "2031-03-02" and k == "accusation" for k, _, _, d in found)


def test_an_opening_participle_shares_the_speakers_subject(undatelined) -> None:
    text = "Condemning the United States for its embargo, the Cuban minister said it must end."
    found = undatelined.sides(text)
    assert any(k in ("accusation", "demand") and s == "CUB" for k, s, _, _ in found)


def test_a_conditional_demand_in_a_relayed_statement(undatelined) -> None:
    text = (
        "The Swedish Friendship Committee issued a statement on March 11.\n"
        "If the United States truly wants peace, it should withdraw its troops from the region."
    )
    found = undatelined.sides(text)
    assert ("demand", "SWE", "USA", "2031-03-11") in found


def test_support_of_a_creed_institute_is_support_of_the_dprk(undatelined) -> None:
    text = (
        "The Ghanaian Friendship Forum issued a statement on March 12 in support of the "
        "decision of the International Institute of the Juche Idea."
    )
    found = undatelined.sides(text)
    assert ("praise", "GHA", "PRK", "2031-03-12") in found
    assert not any(t == "NGO" for _, _, t, _ in found)


def test_a_proposal_on_north_south_relations_is_made_to_the_other_korea(undatelined) -> None:
    text = (
        "On March 5 the DPRK government set forth an important proposal for improving the "
        "north-south relations."
    )
    assert ("proposal", "PRK", "KOR", "2031-03-05") in undatelined.sides(text)
