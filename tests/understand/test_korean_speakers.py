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
