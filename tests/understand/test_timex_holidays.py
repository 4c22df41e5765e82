"""tag_timexes: holidays, "soon", "a few days ago", and tense cues for undated months."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.understand.timex import tag_timexes
from peninsula.understand.timex_holidays import holiday_in

JAN = date(2000, 1, 7)
OCT = date(1998, 10, 26)
SEPT = date(1989, 9, 20)
FEB = date(1998, 2, 6)
JAN_8 = date(1989, 1, 8)
MAY = date(1989, 5, 6)


def found(text: str, dct: date | None) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, dct) if not t.is_name}


@pytest.mark.parametrize(
    ("rule", "year", "day"),
    [
        ("11-4-3", 1999, date(1999, 11, 25)),  # Thanksgiving: fourth Thursday of November
        ("11-ELECTION", 1998, date(1998, 11, 3)),  # Tuesday after the first Monday
        ("11-ELECTION", 2022, date(2022, 11, 8)),  # Nov 1 is a Tuesday: not the first Monday+1
        ("EASTER", 2000, date(2000, 4, 23)),
        ("EASTER", 2024, date(2024, 3, 31)),
        ("05--1-0", 2000, date(2000, 5, 29)),  # Memorial Day: last Monday of May
        ("12-25", 2001, date(2001, 12, 25)),
    ],
)
def test_holiday_rules(rule: str, year: int, day: date) -> None:
    assert holiday_in(rule, year) == day


@pytest.mark.parametrize(
    ("text", "dct", "expr", "value"),
    [
        ("The boy was found on Thanksgiving Day at sea.", JAN, "Thanksgiving Day", "1999-11-25"),
        ("He was found last Thanksgiving off Florida.", JAN, "last Thanksgiving", "1999-11-25"),
        ("It will be a theme from now to Election Day.", OCT, "Election Day", "1998-11-03"),
        ("Talks resume after Christmas.", OCT, "Christmas", "1998-12-25"),
        ("Shops closed on New Year's Day.", JAN, "New Year's Day", "2000-01-01"),
        ("Protesters prayed as Easter week began.", date(2000, 4, 17), "Easter week", "2000-W16"),
    ],
)
def test_holidays(text: str, dct: date, expr: str, value: str) -> None:
    assert found(text, dct).get(expr) == value


def test_holiday_without_dct_keeps_month_and_day() -> None:
    assert found("Shops closed on Christmas Eve.", None) == {"Christmas Eve": "XXXX-12-24"}


def test_lower_case_words_are_not_holidays() -> None:
    assert found("They celebrated with a christmas tree and an easter egg.", JAN) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutors may soon seek an indictment.", {"soon": "FUTURE_REF"}),
        ("Kellogg soon will begin selling boxes.", {"soon": "FUTURE_REF"}),
        ("It expects sales to soon grow.", {"soon": "FUTURE_REF"}),
        ("He was soon released.", {}),
        ("They plan to strike again soon in either country.", {}),
    ],
)
def test_soon_speaks_of_the_future_only_beside_a_modal(text: str, expected: dict) -> None:
    assert found(text, JAN) == expected


@pytest.mark.parametrize(
    "text", ["A few days ago, the U.S. made a proposal.", "Several days ago it fired.", "Days ago."]
)
def test_a_few_days_ago_is_the_week_three_days_back(text: str) -> None:
    # 2024-07-26 is a Friday; three days back is Tuesday 2024-07-23, in ISO week 30
    assert list(found(text, date(2024, 7, 26)).values()) == ["2024-W30"]
    # on a Monday, three days back falls in the previous week
    assert list(found(text, date(2024, 7, 29)).values()) == ["2024-W30"]


@pytest.mark.parametrize(
    ("text", "dct", "expr", "value"),
    [
        # irregular past verbs put an undated month before the article, not after it
        ("In January, the company brought in a new chief.", SEPT, "January", "1989-01"),
        ("In January, the board took a new course.", SEPT, "January", "1989-01"),
        ("In January, the board will take a new course.", SEPT, "January", "1990-01"),
        ("The index is near its record high set on Aug. 6.", FEB, "Aug. 6", "1997-08-06"),
        # "since" never looks ahead
        (
            "Rallies went on since early December, when he vowed more.",
            JAN_8,
            "early December",
            "1988-12",
        ),
        (
            "Police have been looking for him since the Oct. 23 attack.",
            MAY,
            "Oct. 23",
            "1988-10-23",
        ),
    ],
)
def test_past_cues_for_dates_without_a_year(text: str, dct: date, expr: str, value: str) -> None:
    assert found(text, dct).get(expr) == value
