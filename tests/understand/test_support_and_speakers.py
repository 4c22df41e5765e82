"""Political support by foreign speakers, and who speaks in quoted words (the whole
pipeline on short texts of our own)."""

from __future__ import annotations

import pytest

PUBLISHED = "2031-03-14"
SOURCE = "KCNA"


@pytest.mark.parametrize(
    ("text", "praise"),
    [
        pytest.param(
            "The Peru Society for Friendship with Korea issued a statement on March 2 in support "
            "of the new year address of the DPRK leader.",
            ("praise", "PER", "PRK", "2031-03-02"),
            id="a-statement-in-support-of-an-address-praises-its-owner",
        ),
        pytest.param(
            "Somchai Phan, chairman of the Thai Committee for Solidarity with Korea, released a "
            "statement Tuesday. The statement said: We fully support the efforts of the DPRK to "
            "build a thriving nation.",
            ("praise", "THA", "PRK", "2031-03-11"),
            id="we-fully-support-in-a-relayed-statement-is-the-issuers-praise",
        ),
        pytest.param(
            "The Ghana Forum for Korean Reunification released a statement on March 1. "
            "The Ghanaian people extend firm solidarity to the Korean people.",
            ("praise", "GHA", "PRK", "2031-03-01"),
            id="solidarity-with-the-korean-people-in-a-kcna-item-is-aimed-at-the-dprk",
        ),
        pytest.param(
            "The Belarusian government will continue to develop the relations with the DPRK in "
            "all fields, said the president of Belarus on March 3 when receiving the credentials "
            "of the DPRK ambassador.",
            ("praise", "BLR", "PRK", "2031-03-03"),
            id="ties-to-be-developed-as-state-policy-are-praise",
        ),
        pytest.param(
            "The President of Mali Amadou Sangare received a delegation of the Workers' Party of "
            "Korea on Monday. He recalled that Kim Jong Il had visited many countries. He "
            "expressed the conviction that the DPRK is sure to achieve prosperity.",
            ("praise", "MLI", "PRK", "2031-03-10"),
            id="he-continues-an-unknown-titled-speaker-not-a-leader-named-before",
        ),
        pytest.param(
            "Recalling his visit to Pyongyang last year, the Zambian foreign minister said: "
            "I was deeply moved. We fully support the DPRK's efforts to build the economy.",
            ("praise", "ZMB", "PRK", "2031-03-14"),
            id="a-named-speaker-quoted-at-length-speaks-for-we",
        ),
    ],
)
def test_foreign_support_is_praise_of_the_dprk(undatelined, text: str, praise: tuple) -> None:
    assert praise in undatelined.sides(text)


def test_ties_developed_at_home_are_no_praise(undatelined) -> None:
    text = "The ministry will continue to develop the relations between local farms."
    assert not undatelined.of_kind(text, "praise")


def test_an_owner_before_a_noun_head_speaks_in_what_was_said(undatelined) -> None:
    text = "He said that the Australian accusations against Fiji are groundless."
    assert ("accusation", "AUS", "FJI") in undatelined.brief(text)


def test_he_after_the_chairman_said_is_the_chairmans_party(undatelined) -> None:
    text = (
        "Tomas Varga, chairman of the C.C. Socialist Party of Slovakia, issued a statement on "
        "March 5 to mark the birthday of Kim Jong Il. The army of the DPRK is invincible under "
        "Kim Jong Il, the chairman said. The struggle of the Korean people inspires the "
        "world, he said, expressing firm solidarity with the cause of the DPRK."
    )
    assert ("praise", "SVK", "PRK", "2031-03-05") in undatelined.sides(text)


def test_people_expressing_condolences_are_no_praise_of_theirs(undatelined) -> None:
    text = (
        "The Japanese police harassed pictures of Koreans in Tokyo expressing condolences "
        "over the death of the leader."
    )
    assert not undatelined.of_kind(text, "praise")
