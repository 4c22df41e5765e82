"""Meetings told around a speaker's words: "She said this when receiving the DPRK
ambassador", "in a conversation with", "at the talks with": talks of both states, the pronoun speaker carried from the sentence
before.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        pytest.param(
            "Amina Farouk, a minister of Egypt, praised the DPRK for "
            "its achievements. She said this when receiving the DPRK ambassador in Cairo on "
            "May 4.",
            ("EGY", "PRK"),
            id="pronoun-speaker-said-this-when-receiving-an-envoy",
        ),
        pytest.param(
            "Jorge Mendes, president of Angola, expressed thanks to the Korean people when "
            "receiving Pak Song Il, charge d'affaires of the DPRK, on March 2.",
            ("AGO", "PRK"),
            id="named-speaker-when-receiving-a-charge-d-affaires",
        ),
        pytest.param(
            "Wang Lin, a vice-minister of China, welcomed the DPRK's efforts for peace. He said "
            "this at a friendly talk with a delegation of the DPRK in Beijing on Tuesday.",
            ("CHN", "PRK"),
            id="pronoun-speaker-at-a-friendly-talk-with-a-delegation",
        ),
    ],
)
def test_a_meeting_named_around_words_is_talks_of_both_states(kcna, text, parties):
    assert ("talks", parties, ()) in kcna.coded(text)


def test_in_a_conversation_with_a_foreign_leader(kcna):
    text = (
        "The president of Peru in a conversation with the Bolivian president on June 3 "
        "stressed the need for regional unity."
    )
    coded = {(kind, parties) for kind, parties, _ in kcna.coded(text)}
    assert any(kind in ("talks", "summit") and parties == ("BOL", "PER") for kind, parties in coded)


def test_a_speaker_who_told_nothing_before_meets_no_one(kcna):
    text = "He said this when receiving the guests at the museum on Monday."
    assert not [e for e in kcna.coded(text) if e[0] == "talks"]
