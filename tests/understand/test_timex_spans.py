"""tag_timexes: spans news prose writes around times: a second day joined by "and", clock
hours told by part of day, year-end deadlines, "at the time", short spans in minutes,
months qualifying a noun, and which way a weekday points (TimeML TIMEX3)."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.understand.timex import tag_timexes

THU = date(2021, 9, 30)  # a Thursday


def found(text: str, dct: date = THU) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, dct) if not t.is_name}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second day of the same month is its own expression
        (
            "The fair opens on Oct. 14 and 15 in the old port.",
            {"Oct. 14": "2021-10-14", "15": "2021-10-15"},
        ),
        ("Voting is set for Nov. 2 or 3.", {"Nov. 2": "2021-11-02", "3": "2021-11-03"}),
        # ... but not a number that counts something else
        ("Shares rose Oct. 4 and 5 percent more later.", {"Oct. 4": "2021-10-04"}),
        # an hour told by the part of the day it falls in
        ("The convoy will set off at 5 in the morning.", {"5 in the morning": "2021-09-30T05:00"}),
        ("They spoke at nine in the evening.", {"nine in the evening": "2021-09-30T21:00"}),
        ("She won 3 in the morning session.", {}),
        # a deadline at the end of the year
        ("The bank hopes to finish the merger by year-end.", {"year-end": "2021"}),
        ("New rules take hold by year's end.", {"year's end": "2021"}),
        ("Its year-end bonus was cut.", {}),
        # "at the time": the time just told of
        ("He said at the time that talks had stalled.", {"the time": "PAST_REF"}),
        ("At that time, the plant was closed.", {"that time": "PAST_REF"}),
        ("The club had nine members at the time of its founding.", {}),
        # "the weeks ahead": a future left open
        ("Traders expect more selling in the weeks ahead.", {"the weeks ahead": "FUTURE_REF"}),
        # minutes counted in words are spans; "a minute" alone is an idiom
        ("The siren must not stop for one minute.", {"one minute": "PT1M"}),
        ("Hold on a minute, she said.", {}),
        # "two thousand years" is a span, not the year 2000
        ("The craft has passed down for two thousand years.", {"two thousand years": "P2000Y"}),
        # a hyphened span qualifying a noun leaves the determiner to the noun
        ("The 90-day review ended well.", {"90-day": "P90D"}),
        ("Its two-year plan was dropped.", {"two-year": "P2Y"}),
        ("The past 18 months were hard.", {"The past 18 months": "P18M"}),
        # a month qualifying a noun after "the"
        ("The March vote will settle the matter.", {"March": "2022-03"}),
        ("The March was long and cold.", {}),
    ],
)
def test_spans(text: str, expected: dict[str, str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # a deadline moved or granted points ahead whatever the tense of the verb
        ("Officials postponed until Monday any move on the permit.", "Monday", "2021-10-04"),
        (
            "The court gave the parties until 9 a.m. Tuesday to reply.",
            "9 a.m. Tuesday",
            "2021-10-05T09:00",
        ),
        # a clock time takes the day written after a gloss in brackets
        (
            "The quake struck at 6:10 a.m. (2110 GMT) Tuesday, police said.",
            "6:10 a.m.",
            "2021-09-28T06:10",
        ),
        (
            "The ferry will sail at 6 in the morning (6 a.m. local Saturday).",
            "6 in the morning",
            "2021-10-02T06:00",
        ),
        # a weekday owning a thing already done lies behind, whatever the verbs say
        ("Lawyers would seek a way around Tuesday's ruling.", "Tuesday", "2021-09-28"),
        ("Fans will pack Tuesday's final.", "Tuesday", "2021-10-05"),
        # a plan overtaken ("had been due to") is told of a day gone by
        ("The offer had been due to expire Tuesday evening.", "Tuesday evening", "2021-09-28TEV"),
        ("The vote is due to take place Tuesday.", "Tuesday", "2021-10-05"),
    ],
)
def test_weekday_direction(text: str, expr: str, value: str) -> None:
    assert found(text)[expr] == value
