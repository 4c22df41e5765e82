"""Talks told in the passive, as KCNA 2011-2012 tells them ("Talks between A's minister and
B's were held in C on Friday", "Talks were held on July 26 between ..."), and a speaker's
words said "when meeting" a guest: talks of both states, whose place is no party.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        pytest.param(
            "Talks between Ri Chol Ho, vice foreign minister of the DPRK, and Jan Novak, deputy "
            "foreign minister of the Czech Republic, were held in Prague on Tuesday.",
            ("CZE", "PRK"),
            id="talks-between-two-titled-officials-are-talks-of-both-states",
        ),
        pytest.param(
            "Talks were held on May 3 between the Foreign Minister of the DPRK and his "
            "Vietnamese counterpart.",
            ("PRK", "VNM"),
            id="talks-were-held-between-delegations-after-a-date",
        ),
        pytest.param(
            "Talks between a delegation of the Korean People's Army and a delegation of the "
            "Mongolian armed forces took place in Pyongyang on Monday.",
            ("MNG", "PRK"),
            id="talks-that-took-place-between-two-armies",
        ),
        pytest.param(
            "Our country values the friendship, said Bolivian President Evo Morales on Monday "
            "when meeting DPRK Ambassador Kim Chol.",
            ("BOL", "PRK"),
            id="a-speaker-said-this-when-meeting-an-ambassador",
        ),
    ],
)
def test_talks_told_in_the_passive_are_talks_of_both_states(kcna, text, parties):
    assert ("talks", parties, ()) in kcna.coded(text)


def test_the_place_of_the_talks_is_no_party(kcna):
    text = (
        "Talks between the DPRK foreign minister and the Thai foreign minister were held "
        "in Beijing on Friday."
    )
    coded = kcna.coded(text)
    assert ("talks", ("PRK", "THA"), ()) in coded
    assert not any("CHN" in source for kind, source, target in coded)


def test_recalled_talks_between_leaders_in_a_later_sentence_are_not_new_talks(kcna):
    text = (
        "At the talks the two sides discussed the spirit of the agreement reached at the "
        "talks between the leaders of the two countries in 2001."
    )
    assert "talks" not in kcna.kinds(text)
