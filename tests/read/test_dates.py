"""read/dates.py: publication dates in Korean time, within a plausibility window."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from peninsula.errors import DateError
from peninsula.read.dates import parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-09-30", date(2021, 9, 30)),
        ("2021-09-29T20:00:00-05:00", date(2021, 9, 30)),  # 10:00 on the 30th in Seoul
        ("2021-09-29T16:00:00Z", date(2021, 9, 30)),
        ("2021-09-29T14:59:00+00:00", date(2021, 9, 29)),
        ("2021-09-29T23:30:00", date(2021, 9, 29)),  # naive: taken as local
        ("2021-09-29 23:30", date(2021, 9, 29)),
        ("Wed, 29 Sep 2021 18:00:00 GMT", date(2021, 9, 30)),
        ("September 29, 2021", date(2021, 9, 29)),
        (date(2021, 9, 29), date(2021, 9, 29)),
        (datetime(2021, 9, 29, 20, tzinfo=UTC), date(2021, 9, 30)),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "2021-02-30", "2021", "Sept 2021", "", 20210930])
def test_unparsable(value):
    with pytest.raises(DateError, match="unparsable published value"):
        parse_published(value)


@pytest.mark.parametrize(
    "value", ["1900-01-01", "1944-12-31", (date.today() + timedelta(days=3)).isoformat()]
)
def test_implausible(value):
    with pytest.raises(DateError, match="implausible published date"):
        parse_published(value)


def test_window_edges_are_accepted():
    assert parse_published("1945-01-01") == date(1945, 1, 1)
    tomorrow = date.today() + timedelta(days=1)
    assert parse_published(tomorrow.isoformat()) == tomorrow
