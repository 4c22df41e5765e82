"""Parse a publication date as documents and users write it.

Needs: a value from a JSONL field, a feed entry, an HTML meta tag or a text header.
Adds: a `date`, in Korean time, checked against a plausibility window.

A datetime that carries a time zone is converted to Korean Standard Time (UTC+9) before its
date is taken: a KCNA report stamped 2021-09-28T20:00-05:00 was published on the 29th in
Pyongyang. A naive datetime is taken as already local. Dates before 1945 or after tomorrow
are rejected, as htmldate's validators reject candidates outside an earliest/latest window.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from peninsula.errors import DateError

KST = timezone(timedelta(hours=9), "KST")
EARLIEST = date(1945, 1, 1)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_RFC822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d")
# two defaults that differ in every field: a string that parses differently under them
# lacks a year, a month or a day, and is too vague to be a publication date
_DEFAULTS = (datetime(2001, 1, 1), datetime(2002, 2, 2))


def parse_published(value: object) -> date:
    """A publication date from a date, a datetime, or a string (ISO, RFC 822 or plain).

    Raises `DateError` with a one-line message for an unparsable or implausible value.
    """
    if isinstance(value, datetime):
        day = to_korean_date(value)
    elif isinstance(value, date):
        day = value
    elif isinstance(value, str) and value.strip():
        day = _parse_string(value.strip())
    else:
        raise DateError(f"unparsable published value {value!r}; use an ISO date YYYY-MM-DD")
    check_plausible(day, value)
    return day


def to_korean_date(moment: datetime) -> date:
    """The date of `moment` in Korea; a naive datetime is taken as local already."""
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        moment = moment.astimezone(KST)
    return moment.date()


def check_plausible(day: date, shown: object = None) -> None:
    """Raise `DateError` unless `day` lies in 1945-01-01 .. tomorrow."""
    latest = date.today() + timedelta(days=1)
    if not EARLIEST <= day <= latest:
        what = shown if shown is not None else day.isoformat()
        raise DateError(
            f"implausible published date {str(what)!r}: outside {EARLIEST.isoformat()}"
            f"..{latest.isoformat()}"
        )


def _parse_string(text: str) -> date:
    if len(text) == 10 and _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise _unparsable(text) from None
    try:
        return to_korean_date(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    if _RFC822.match(text):
        try:
            return to_korean_date(parsedate_to_datetime(text))
        except (TypeError, ValueError):
            pass
    return _parse_loose(text)


def _parse_loose(text: str) -> date:
    from dateutil import parser

    results = []
    for default in _DEFAULTS:
        try:
            results.append(parser.parse(text, default=default))
        except (ValueError, OverflowError):
            raise _unparsable(text) from None
    first, second = results
    if first.date() != second.date():
        raise _unparsable(text)
    return to_korean_date(first)


def _unparsable(text: str) -> DateError:
    return DateError(f"unparsable published value {text!r}; use an ISO date YYYY-MM-DD")
