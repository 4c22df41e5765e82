"""An undatelined state-media commentary speaks for its state: titles ("KCNA Rebukes ...",
"Rodong Sinmun on ..."), leads ("Rodong Sinmun Friday warns this in a bylined article.")
and the writer's own "X should ...", "is well advised to" and blame sentences. Reports of
others' words in such an item stay theirs. Texts of our own."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-20"


@pytest.mark.parametrize(
    "title",
    [
        "KCNA Scolds Japanese Minister's Talk",
        "KCNA on Japan's Naval Drills near Korea",
        "Rodong Sinmun on Japan's Naval Drills",
        "Japan's Naval Drills Denounced: KCNA Commentary:",
    ],
)
def test_a_title_that_names_the_outlet_as_doer_makes_it_the_voice(undatelined, title: str) -> None:
    text = "Japan held naval drills off Kyushu last week. This is a reckless provocation."
    assert ("accusation", "PRK", "JPN") in undatelined.brief(text, title)
    assert ("accusation", "PRK", "JPN") not in undatelined.brief(text, "Naval Drills Held")


@pytest.mark.parametrize(
    "title", ["KCNA Delegation Leaves for Laos", "KCNA Reports about Harvest in Japan"]
)
def test_news_about_the_outlet_is_no_commentary(undatelined, title: str) -> None:
    text = "Japan held naval drills off Kyushu last week. This is a reckless provocation."
    assert ("accusation", "PRK", "JPN") not in undatelined.brief(text, title)


@pytest.mark.parametrize(
    "lead",
    [
        "Rodong Sinmun Friday warns this in a signed article.",
        "Minju Joson Monday observes so in a by-lined commentary.",
        "Rodong Sinmun Tuesday in a commentator's article dismisses the claim.",
    ],
)
def test_a_lead_line_after_the_words_owns_them(undatelined, lead: str) -> None:
    text = f"The Japanese reactionaries must stop the reckless naval drills at once.\n{lead}"
    coded = undatelined.brief(text, "Naval Drills Rebuffed")
    assert ("demand", "PRK", "JPN") in coded


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Japan sent warships toward the Korean waters last week.\n"
            "Japan should stop at once its dangerous military moves.",
            "KCNA Censures Japan's Military Moves",
            id="the-writers-should-sentence-is-its-demand",
        ),
        pytest.param(
            "Japan is well advised to drop its plan for new warships.",
            "KCNA Ridicules Japan's Warship Plan",
            id="is-well-advised-to-is-a-demand",
        ),
    ],
)
def test_the_writers_own_call_is_its_demand(undatelined, text: str, title: str) -> None:
    coded = undatelined.brief(text, title)
    assert ("demand", "PRK", "JPN") in coded


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan should stop the naval drills, the Chinese foreign ministry said.",
        "According to the paper, Japan should stop the naval drills.",
        'The speaker noted: "Japan should stop the naval drills."',
        "Japan should be aware that the naval drills will only boomerang on it.",
        "Japan has to rely on its allies if it is to keep the islands.",
    ],
)
def test_others_words_and_mere_necessity_are_no_demand_of_the_writer(
    undatelined, sentence: str
) -> None:
    text = f"Japan sent warships toward the Korean waters last week.\n{sentence}"
    coded = undatelined.brief(text, "KCNA Censures Japan's Military Moves")
    assert ("demand", "PRK", "JPN") not in coded


@pytest.mark.parametrize(
    "sentence",
    [
        "The tension in the region is attributable to Japan.",
        "The blame for the tension in the region rests with Japan.",
    ],
)
def test_the_writers_blame_accuses_whom_it_names(undatelined, sentence: str) -> None:
    coded = undatelined.brief(sentence, "KCNA Censures Japan's Military Moves")
    assert ("accusation", "PRK", "JPN") in coded


def test_a_speaker_who_holds_a_country_responsible_accuses_it(undatelined) -> None:
    text = "The Malaysian senator held Japan responsible for the tension in the region."
    assert ("accusation", "MYS", "JPN") in undatelined.brief(text)


def test_a_local_body_that_opens_the_sentence_speaks_for_itself(undatelined) -> None:
    text = (
        "Japan keeps hurling abuse at the DPRK.\n"
        "Nagano Prefecture announced on Monday that a river was polluted and urged farmers "
        "to stop using its water."
    )
    coded = undatelined.brief(text, "KCNA Mocks Japan's Fuss")
    assert ("demand", "PRK", "JPN") not in coded
