"""What a resolved time expression says of an event's date, measured against the article's.

Needs: a `Timex` resolved by `understand/timex.py` and the publication date. Adds nothing;
`dating.py` asks these questions while it chooses an event's date. A TIMEX3 value stands
for an `EventDate` of its precision (a week as the ISO date of its Thursday, "a few days
ago" as a week centred three days back, a decade as its first year); its first and last day tell whether it lies
after the article date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from peninsula.models import DateBasis, EventDate, Precision, Timex

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_FORWARD_WORDS = re.compile(
    r"(?:from|by|until|till|starting|beginning|in|for|next|early|late)\W*$", re.I
)


def in_earlier_year(t: Timex, dct: date | None) -> bool:
    value = event_date(t).value
    return dct is not None and value is not None and int(value[:4]) < dct.year


def is_ahead(t: Timex, dct: date | None, text: str) -> bool:
    """Whether a time lies after the article date (or, without one, reads as forward)."""
    value = event_date(t)
    if value.value is None:
        return bool(_FORWARD_WORDS.search(text[max(0, t.start - 20) : t.start]))
    if dct is None:
        return bool(_FORWARD_WORDS.search(text[max(0, t.start - 20) : t.start]))
    start, end = _bounds(value)
    return start > dct or (end > dct and value.precision is not Precision.DAY)


def wholly_after(t: Timex, dct: date | None) -> bool:
    """Whether a time begins after the article date ("next year", "in 2024" said in 2023)."""
    value = event_date(t)
    if value.value is None or dct is None:
        return False
    return _bounds(value)[0] > dct


def event_date(t: Timex) -> EventDate:
    """The `EventDate` a resolved TIMEX3 value stands for (unresolved when it has X's)."""
    value = t.value.split("T")[0]
    basis = DateBasis.RELATIVE if t.relative else DateBasis.EXPLICIT
    if not t.anchored or "X" in value:
        return EventDate.unresolved()
    if t.value == "PRESENT_REF":
        return EventDate.unresolved()
    week = _WEEK.match(value)
    if week:
        thursday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4)
        return EventDate(thursday.isoformat(), Precision.WEEK, basis)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return EventDate(value, Precision.DAY, basis)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return EventDate(value, Precision.MONTH, basis)
    if re.fullmatch(r"\d{4}(?:-(?:Q\d|H\d|SP|SU|FA|WI|W\d{2}-WE))?", value):
        return EventDate(value[:4], Precision.YEAR, basis)
    if re.fullmatch(r"\d{3}", value):
        # a decade ("in the 1950s", TIMEX3 "195"): the gold guide dates a historical act
        # by a year and a span by its first one (the Korean War is 1950), so its first year
        return EventDate(f"{value}0", Precision.YEAR, basis)
    return EventDate.unresolved()


_FEW_DAYS_AGO = re.compile(r"(?:(?:a\s+)?few|several|some\s+)?\s*days\s+ago", re.I)
_FEW_DAYS = 3  # "a few days ago": a week centred three days before the article


def few_days_back(t: Timex, found: EventDate, dct: date | None) -> EventDate:
    """ "a few days ago" is a week centred a few days back, not the ISO week's Thursday."""
    if dct is None or found.precision is not Precision.WEEK:
        return found
    if not _FEW_DAYS_AGO.fullmatch(" ".join(t.text.split())):
        return found
    return EventDate((dct - timedelta(days=_FEW_DAYS)).isoformat(), Precision.WEEK, found.basis)


def _bounds(d: EventDate) -> tuple[date, date]:
    value = d.value or ""
    y = int(value[:4])
    if d.precision is Precision.DAY:
        day = date.fromisoformat(value)
        return day, day
    if d.precision is Precision.WEEK:
        mid = date.fromisoformat(value)
        return date.fromordinal(mid.toordinal() - 3), date.fromordinal(mid.toordinal() + 3)
    if d.precision is Precision.MONTH:
        m = int(value[5:7])
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return date(y, m, 1), date.fromordinal(nxt.toordinal() - 1)
    return date(y, 1, 1), date(y, 12, 31)
