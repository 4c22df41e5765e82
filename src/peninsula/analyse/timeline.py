"""Timeline: fused events filtered and put in date order, and flattened into table rows.

Needs `FusedEvent`s (as `Repository.fused_events` returns them). Adds nothing to them: it
selects, orders and flattens. The date helpers here (`event_span`, `date_order`) are the one
place where the analyse stage reads an `EventDate`, so that every analysis places an event of
month or year precision the same way: at the start of its period.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from peninsula.errors import DateError
from peninsula.models import FusedEvent, Precision

_SUMMARY_CHARS = 200
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def filter_timeline(
    events: Iterable[FusedEvent],
    kind: str | Iterable[str] | None = None,
    actor: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
) -> list[FusedEvent]:
    """The events that pass every given filter, in date order.

    `kind` is one kind or several. Bounds are dates or ISO strings ("2024-03" as `until`
    means up to March 31). `actor` is a country code (or a name) found in the source
    or the target; a joint actor "USA;KOR" matches "USA" and "KOR". `since`/`until` keep
    events whose period overlaps [since, until] (a month-precision event of March overlaps
    March 31); undated events are dropped when either bound is given. Order: period start,
    then finer precision first, then first_reported, then id; undated events come last.
    """
    kinds = {kind} if isinstance(kind, str) else (set(kind) if kind is not None else None)
    low, high = as_date(since), as_date(until, end=True)
    kept = []
    for fused in events:
        if kinds is not None and fused.event.kind not in kinds:
            continue
        if actor is not None and not involves(fused, actor):
            continue
        if low is not None or high is not None:
            span = event_span(fused)
            if span is None:
                continue
            if (low is not None and span[1] < low) or (high is not None and span[0] > high):
                continue
        kept.append(fused)
    return sorted(kept, key=date_order)


def timeline_rows(events: Iterable[FusedEvent]) -> list[dict[str, Any]]:
    """One flat dict per event, in the order given, ready for a table, CSV or JSON lines."""
    rows = []
    for fused in events:
        e = fused.event
        rows.append(
            {
                "date": e.date.value,
                "precision": str(e.date.precision) if e.date.precision else None,
                "kind": e.kind,
                "modality": str(e.modality),
                "source": e.source.code if e.source else None,
                "target": e.target.code if e.target else None,
                "intensity": e.intensity,
                "sources": fused.sources,
                "summary": _summary(e.evidence.sentence),
                "id": fused.id,
            }
        )
    return rows


def involves(fused: FusedEvent, actor: str) -> bool:
    """True when `actor` (a code, case-insensitive, or an exact name) is source or target."""
    wanted = actor.strip()
    for side in (fused.event.source, fused.event.target):
        if side is None:
            continue
        if wanted.upper() in side.codes or (side.name and side.name.lower() == wanted.lower()):
            return True
    return False


def event_span(fused: FusedEvent) -> tuple[date, date] | None:
    """First and last day (inclusive) of the period the event's date names; None if undated."""
    return parse_span(fused.event.date.value, fused.event.date.precision)


def parse_span(value: str | None, precision: Precision | str | None) -> tuple[date, date] | None:
    """Read "YYYY-MM-DD" (day, or the Monday of a week), "YYYY-Www", "YYYY-MM" or "YYYY"."""
    if not value:
        return None
    try:
        week = _ISO_WEEK.match(value)
        if week:
            monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
            return monday, monday + timedelta(days=6)
        parts = value.split("-")
        if len(parts) == 1:
            year = int(parts[0])
            return date(year, 1, 1), date(year, 12, 31)
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    if precision is not None and str(precision) == Precision.WEEK:
        # a week is stored by its Monday; be lenient if some other day was stored
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    return day, day


def precision_rank(fused: FusedEvent) -> int:
    """0 for day, 1 week, 2 month, 3 year, 4 unknown: smaller is finer."""
    value = fused.event.date.precision
    order = [Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.YEAR]
    return order.index(Precision(value)) if value in order else len(order)


def date_order(fused: FusedEvent) -> tuple[int, date, int, str, str]:
    """Sort key: dated before undated, period start, finer first, first_reported, id."""
    span = event_span(fused)
    return (
        0 if span else 1,
        span[0] if span else date.max,
        precision_rank(fused),
        fused.first_reported or "9999",
        fused.id,
    )


def as_date(value: date | str | None, end: bool = False) -> date | None:
    """A bound given as a date or an ISO string; "2024-03" is March 1, or March 31 if `end`."""
    if value is None or isinstance(value, date):
        return value
    span = parse_span(value, None)
    if span is None:
        raise DateError(f"bad date {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY")
    return span[1] if end else span[0]


def _summary(sentence: str) -> str:
    text = " ".join(sentence.split())
    if len(text) <= _SUMMARY_CHARS:
        return text
    cut = text[: _SUMMARY_CHARS - 1].rsplit(" ", 1)[0]
    return cut + "…"
