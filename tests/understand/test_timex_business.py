"""tag_timexes: quarters and reporting periods in results stories (TimeML conventions)."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.understand.timex import tag_timexes

OCT = date(2021, 10, 28)  # results season for the third quarter


def values(text: str, dct: date | None = OCT) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, dct) if not t.is_name}


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # "a year earlier" in results copy is the reported quarter a year before
        (
            "Acme said third-quarter profit rose 12% from a year earlier.",
            "a year earlier",
            "2020-Q3",
        ),
        (
            "Net income fell in the third quarter. In the year-ago quarter, the firm lost money.",
            "the year-ago quarter",
            "2020-Q3",
        ),
        (
            "Third-quarter sales rose. The latest period included a one-time gain.",
            "The latest period",
            "2021-Q3",
        ),
        ("Third-quarter net rose, unlike the 2020 period.", "the 2020 period", "2020-Q3"),
        (
            "Revenue grew in the second quarter, against 3% in the same quarter of 2019.",
            "the same quarter of 2019",
            "2019-Q2",
        ),
        (
            "Its loss for the third quarter compares with profit for the corresponding period "
            "last year.",
            "the corresponding period last year",
            "2020-Q3",
        ),
        ("Third-quarter earnings beat the year-earlier figure.", "year-earlier", "2020-Q3"),
        (
            "Profit rose in the third quarter; the year-earlier third quarter was weak.",
            "the year-earlier third quarter",
            "2020-Q3",
        ),
        (
            "It reported net income for the fiscal-first quarter.",
            "the fiscal-first quarter",
            "2021-Q1",
        ),
        ("Sales slowed in the last half of 2020.", "the last half of 2020", "2020-H2"),
        # a quarter ending on a date is the calendar quarter holding most of its months
        ("In the quarter ended July 31, orders fell.", "the quarter", "2021-Q2"),
        # with no quarter reported on, "the same period last year" is last year
        ("Piracy rose 22% from the same period last year.", "the same period last year", "2020"),
    ],
)
def test_reporting_periods(text: str, expr: str, value: str) -> None:
    assert values(text).get(expr) == value, values(text)


def test_forecast_quarter_is_not_the_reported_one() -> None:
    text = (
        "Net income rose in the third quarter. Analysts expect a weaker fourth quarter. "
        "Sales were flat compared with a year ago."
    )
    assert values(text)["a year ago"] == "2020-Q3"


def test_latest_period_needs_a_quarter() -> None:
    assert "the latest period" not in values("The latest period of calm ended in May.")


def test_a_year_ago_outside_results_copy_is_a_year() -> None:
    assert values("The bridge opened a year ago.")["a year ago"] == "2020"
