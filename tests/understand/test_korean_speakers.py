"""Statements of the two Koreas' own speakers: a spokesman speaks for the body he is
"a spokesman for", an answer to a news agency's question relays his words, a person told of
as "he" is not the speaker, and what a body's spokesman speaks of is not staged by that
body (short texts of our own)."""

from __future__ import annotations

import pytest

PUBLISHED = "2031-05-10"  # a Saturday
SOURCE = "KCNA"


@pytest.mark.parametrize(
    ("text", "event", "title"),
    [
        pytest.param(
            "A spokesman for the DPRK Foreign Ministry on Friday denounced Japan for its "
            "renewed claim to the islets.\n",
            ("accusation", "PRK", "JPN"),
            None,
            id="a-spokesman-for-a-body-dated-in-between-speaks-for-it",
        ),
        pytest.param(
            "A spokesman for the Chinese Foreign Ministry at a press briefing urged Japan to "
            "disclose the data of the leak at once.\n",
            ("demand", "CHN", "JPN"),
            None,
            id="a-foreign-spokesman-for-his-ministry-demands",
        ),
        pytest.param(
            "A spokesman for the Committee for the Peaceful Reunification of Korea on Saturday "
            "gave the following answer to a question put by KCNA concerning the recent "
            "outbursts of the south Korean puppet group:\n"
            "The prevailing situation shows that it is none other than the south Korean "
            "puppet group that is wrecking peace.\n",
            ("accusation", "PRK", "KOR"),
            "CPRK Spokesman Slams Puppets",
            id="an-answer-to-a-question-relays-the-spokesman",
        ),
    ],
)
def test_a_spokesman_speaks_for_his_body(
    undatelined, text: str, event: tuple, title: str | None
) -> None:
    assert event in undatelined.brief(text, title)


def test_a_person_told_of_as_he_is_not_the_spokesman(undatelined) -> None:
    text = (
        "A spokesman for the Committee for the Peaceful Reunification of Korea gave an answer "
        "to a question raised by KCNA on Thursday as regards a trip of the south Korean chief "
        "executive to Washington:\n"
        "He even promised to take the lead in carrying out the policy of his master.\n"
    )
    assert not any(s == "PRK" for k, s, _ in undatelined.brief(text) if k == "proposal")


def test_drills_a_spokesman_speaks_of_are_not_his_bodys(undatelined) -> None:
    text = (
        "The association supported the statement of a spokesman for the DPRK Foreign Ministry "
        "as regards the joint military exercises kicked off by the U.S. and south Korea.\n"
    )
    drills = [e for e in undatelined.events(text) if e.kind == "military_exercise"]
    assert drills and all("PRK" not in e.source.codes for e in drills)


def test_declining_to_comment_rejects_nothing(undatelined) -> None:
    text = "A spokeswoman for the U.S. State Department declined to comment on the report.\n"
    assert not any(k == "rejection" for k, _, _ in undatelined.brief(text))


def test_a_conditional_threat_aiming_at_a_historic_cause_is_dated(undatelined) -> None:
    text = (
        "A symposium took place in Pyongyang on Thursday to mark the day.\n"
        "Should the U.S. start another war, the army and people of the DPRK will wipe out "
        "the aggressors and accomplish the historic cause of reunification, the speakers "
        "stressed.\n"
    )
    threats = [e for e in undatelined.events(text) if e.kind == "threat"]
    assert threats and all(e.date.value is not None for e in threats)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        pytest.param(
            "The defence minister of south Korea on Monday vowed far stronger retaliation if "
            "the north dares to provoke.\n",
            ("threat", "KOR", "PRK"),
            id="a-stronger-retaliation-if-the-north-provokes",
        ),
        pytest.param(
            "The south Korean defence ministry on Monday blamed the north for the hacking of "
            "its networks.\n",
            ("accusation", "KOR", "PRK"),
            id="the-south-blames-the-north",
        ),
    ],
)
def test_one_korea_aims_its_words_at_the_other_half(undatelined, text: str, event: tuple) -> None:
    assert event in undatelined.brief(text)


def test_a_policy_toward_the_north_is_aimed_at_no_one(undatelined) -> None:
    text = (
        "Civic groups of south Korea on Monday denounced the authorities for their hard-line "
        "policy toward the north.\n"
    )
    assert not any(t == "PRK" for k, _, t in undatelined.brief(text) if k == "accusation")


def test_it_noted_in_a_relayed_statement_is_the_issuer(undatelined) -> None:
    text = (
        "The Secretariat of the Committee for the Peaceful Reunification of Korea issued a "
        "memorandum on Saturday denouncing the south Korean authorities.\n"
        "The puppets' confrontation moves will never be forgiven, it noted, urging the south "
        "Korean authorities to stop slandering the DPRK at once.\n"
    )
    assert ("demand", "PRK", "KOR") in undatelined.brief(text)


def test_what_he_said_is_not_said_by_whom_he_spoke_of(undatelined) -> None:
    text = (
        "The U.S. troops in Japan are the root of tension in the region, he said, demanding "
        "their withdrawal.\n"
    )
    assert not any(s == "USA" for k, s, _ in undatelined.brief(text) if k == "demand")


def test_one_sides_mention_of_the_allies_drill_is_the_joint_drill(undatelined) -> None:
    text = (
        "Civic groups of south Korea held a rally in Seoul on Saturday to denounce the war "
        "drills staged by the south Korean military.\n"
        "The speakers said that the U.S. and the south Korean authorities kicked off the "
        "large-scale joint military exercises.\n"
    )
    drills = [e for e in undatelined.events(text) if e.kind == "military_exercise"]
    assert [set(e.source.codes) for e in drills] == [{"USA", "KOR"}]


def test_speakers_at_a_gathering_held_in_a_place_speak_for_it(undatelined) -> None:
    text = (
        "A symposium on the history of the nation took place in Pyongyang on Tuesday.\n"
        "They noted that the aggression of the U.S. imperialists against the country goes "
        "on to this day, bringing misfortune and pain to the people.\n"
    )
    found = undatelined.sides(text, title="Anniversary Marked")
    assert ("accusation", "PRK", "USA", "2031-05-06") in found
