"""Talks told in the passive, as KCNA 2011-2012 tells them ("Talks between A's minister and
B's were held in C on Friday", "Talks were held on July 26 between ..."), and a speaker's
words said "when meeting" a guest: talks of both states, whose place is no party.

Every sentence here is invented for the test.
"""

from __future__ import annotations


def test_talks_between_two_titled_officials_are_talks_of_both_states(kcna):
    text = (
        "Talks between Ri Chol Ho, vice foreign minister of the DPRK, and Jan Novak, deputy "
        "foreign minister of the Czech Republic, were held in Prague on Tuesday."
    )
    assert ("talks", ("CZE", "PRK"), ()) in kcna.coded(text)


def test_talks_were_held_between_delegations_after_a_date(kcna):
    text = (
        "Talks were held on May 3 between the Foreign Minister of the DPRK and his "
        "Vietnamese counterpart."
    )
    assert ("talks", ("PRK", "VNM"), ()) in kcna.coded(text)


def test_talks_that_took_place_between_two_armies(kcna):
    text = (
        "Talks between a delegation of the Korean People's Army and a delegation of the "
        "Mongolian armed forces took place in Pyongyang on Monday."
    )
    assert ("talks", ("MNG", "PRK"), ()) in kcna.coded(text)


def test_the_place_of_the_talks_is_no_party(kcna):
    text = (
        "Talks between the DPRK foreign minister and the Thai foreign minister were held "
        "in Beijing on Friday."
    )
    coded = kcna.coded(text)
    assert ("talks", ("PRK", "THA"), ()) in coded
    assert not any("CHN" in source for kind, source, target in coded)


def test_a_speaker_said_this_when_meeting_an_ambassador(kcna):
    text = (
        "Our country values the friendship, said Bolivian President Evo Morales on Monday "
        "when meeting DPRK Ambassador Kim Chol."
    )
    assert ("talks", ("BOL", "PRK"), ()) in kcna.coded(text)


def test_recalled_talks_between_leaders_in_a_later_sentence_are_not_new_talks(kcna):
    text = (
        "At the talks the two sides discussed the spirit of the agreement reached at the "
        "talks between the leaders of the two countries in 2001."
    )
    assert "talks" not in kcna.kinds(text)
