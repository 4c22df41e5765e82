"""tag_timexes: TimeML conventions for durations, frequencies, centuries and tense cues."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import TimexType
from peninsula.understand.timex import tag_timexes

THU = date(2021, 9, 30)  # a Thursday


def found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (str(t.type), t.value) for t in tag_timexes(text, THU) if not t.is_name}


@pytest.mark.parametrize(
    ("text", "expr", "typ", "value"),
    [
        ("The dispute has lasted two decades.", "two decades", "DURATION", "P20Y"),
        ("Talks went on for decades-long stretches.", "decades", "DURATION", "PXY"),
        ("The talks lasted 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"),
        ("Rallies have been held almost daily.", "daily", "SET", "P1D"),
        ("Leads are checked on a weekly basis.", "weekly", "SET", "P1W"),
        ("He will appear in court at midday.", "midday", "TIME", "2021-09-30T12:00"),
        ("Printing spread in the 15th century.", "15th century", "DATE", "14"),
        (
            "Sales rose in the third quarter, above the 2020 quarter.",
            "the 2020 quarter",
            "DATE",
            "2020-Q3",
        ),
        ("The envoy could arrive as early as Tuesday.", "Tuesday", "DATE", "2021-10-05"),
        ("The firm announced the plan Aug. 21.", "Aug. 21", "DATE", "2021-08-21"),
        ("He was shot last Oct. 23 at home.", "Oct. 23", "DATE", "2020-10-23"),
        ("Talks resume next March 1.", "March 1", "DATE", "2022-03-01"),
    ],
)
def test_conventions(text: str, expr: str, typ: str, value: str) -> None:
    got = found(text)
    assert got.get(expr) == (typ, value), got


def test_preposition_over_is_not_more_than() -> None:
    tx = {t.text: t for t in tag_timexes("Sales will grow over the next three quarters.", THU)}
    assert "the next three quarters" in tx and tx["the next three quarters"].mod is None
    tx = {t.text: t for t in tag_timexes("The talks lasted over three hours.", THU)}
    assert tx["over three hours"].mod == "MORE_THAN"


@pytest.mark.parametrize(
    "text",
    [
        "He won three-quarters of the vote.",
        "Average daily volume was 133 million shares.",
        "The Party daily Rodong Sinmun wrote.",
        "It was reported by the People's Daily, in Beijing.",
        'Now, he says, "it looks different."',
    ],
)
def test_not_times(text: str) -> None:
    assert [t for t in tag_timexes(text, THU) if t.type is not TimexType.DATE or t.value] == []
