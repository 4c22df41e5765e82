"""tag_timexes: news conventions for clock times with days, anchors, rates, titles, halves,
weekends and spelled decades (TimeML TIMEX3 values)."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import TimexType
from peninsula.understand.timex import tag_timexes

THU = date(2021, 9, 30)  # a Thursday, ISO week 39


def found(text: str, dct: date = THU) -> dict[str, tuple[str, str]]:
    return {t.text: (str(t.type), t.value) for t in tag_timexes(text, dct) if not t.is_name}


@pytest.mark.parametrize(
    ("text", "expr", "typ", "value"),
    [
        # a clock time takes the date written after it
        (
            "The offer runs until 5 p.m. EST, Nov. 6.",
            "5 p.m. EST, Nov. 6",
            "TIME",
            "2021-11-06T17:00",
        ),
        # a clock time, "on", a date: two TIMEX3, the time valued on that day
        ("Crews worked from noon on Sept. 12.", "noon", "TIME", "2021-09-12T12:00"),
        ("Crews worked from noon on Sept. 12.", "Sept. 12", "DATE", "2021-09-12"),
        # ... and a weekday after it points the way the verbs do
        ("The ferry will leave at 9 a.m. Saturday.", "9 a.m. Saturday", "TIME", "2021-10-02T09:00"),
        ("The ferry left at 9 a.m. Tuesday.", "9 a.m. Tuesday", "TIME", "2021-09-28T09:00"),
        # "that year" counts from the time named last, whatever its precision
        (
            "She moved to Busan in June 2019 and left later that year.",
            "later that year",
            "DATE",
            "2019",
        ),
        (
            "Prices fell in March and rose the following month.",
            "the following month",
            "DATE",
            "2021-04",
        ),
        ("The vote was held the week of Sept. 6.", "the week of Sept. 6", "DATE", "2021-W36"),
        ("Pilgrims walk to the shrine each August.", "each August", "SET", "XXXX-08"),
        ("The town will one day host the games.", "one day", "DATE", "FUTURE_REF"),
        ("Rates should ease in coming months.", "coming months", "DATE", "FUTURE_REF"),
        ("Crime fell through the nineties.", "the nineties", "DATE", "199"),
        ("Output fell in the first half of 2013.", "the first half of 2013", "DATE", "2013-H1"),
        (
            "Output will rise in the first half of next year.",
            "the first half of next year",
            "DATE",
            "2022-H1",
        ),
        ("Growth slowed in mid-2012.", "mid-2012", "DATE", "2012"),
        (
            "Profit fell in the first half of fiscal 2011.",
            "the first half of fiscal 2011",
            "DATE",
            "2011-H1",
        ),
        ("The talks will end by May.", "May", "DATE", "2022-05"),
        ("The team left, and later in the day the rain stopped.", "the day", "DATE", "2021-09-30"),
        # weekends: the latest one over, the next one ahead, or as the tense says
        ("The vote is set for this weekend.", "this weekend", "DATE", "2021-W39-WE"),
        ("Prices rose over the weekend.", "the weekend", "DATE", "2021-W38-WE"),
        ("They left last weekend.", "last weekend", "DATE", "2021-W38-WE"),
        ("They return next weekend.", "next weekend", "DATE", "2021-W39-WE"),
    ],
)
def test_news_conventions(text: str, expr: str, typ: str, value: str) -> None:
    got = found(text)
    assert got.get(expr) == (typ, value), got


def test_last_weekend_seen_from_a_sunday() -> None:
    assert found("They left last weekend.", date(2021, 10, 3))["last weekend"][1] == "2021-W38-WE"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He was seen on Nov. 3, the day before police issued a warrant.", "the day before"),
        ("The firm will save $2 million a year in interest.", "a year"),
        ("The airline adds 700 seats a week on the route.", "a week"),
        ("Mr. Park, 52 years old, will succeed her.", "52 years"),
        ('She said so on CBS\'s "60 Minutes."', "60 Minutes"),
        ('He spoke on ABC\'s "This Week" program.', "This Week"),
        ("The poster quoted the film High Noon.", "Noon"),
        ("The latest period of calm ended.", "The latest period"),
        ("The plan May be delayed, he said.", "May"),
    ],
)
def test_not_spans_of_time(text: str, word: str) -> None:
    assert word not in found(text)


def test_rate_after_preposition_is_still_a_span() -> None:
    assert found("The talks may end within a week.")["a week"] == (str(TimexType.DURATION), "P1W")
