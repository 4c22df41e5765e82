"""Resolve holidays ("Thanksgiving Day", "last Christmas", "Easter week") to TIMEX3 dates.

Needs: a regex match from `timex_patterns` (kind "holiday") and the shared `_State`.
Adds: one DATE `Timex` per match. The rule giving a holiday's day in a year comes from
`knowledge/timewords.yaml`; the year is chosen as for a month and day written without one
(nearest the article date unless tense, "since", "last" or "next" say otherwise).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from peninsula.models import Timex, TimexType
from peninsula.understand.timex_calendar import _date_tense, _mk, _pick_year, _State


def _r_holiday(m: re.Match[str], st: _State) -> Timex | None:
    rule = st.lex.holidays[" ".join(m.group("h").split())]
    if rule == "NAME":
        return None  # "Bloody Sunday", "Super Tuesday": a name, not the weekday
    rel = " ".join((m.group("rel") or "").lower().split())
    if st.dct is None:
        day = holiday_in(rule, 2000)
        value = f"XXXX-{day:%m-%d}" if day and not m.group("wk") and rule[2:3] == "-" else None
        return _mk(m, TimexType.DATE, value, rel=True, anchored=False)
    this = holiday_in(rule, st.dct.year)
    if this is None:
        return None
    if rel in ("last", "this past"):
        y = st.dct.year if this < st.dct else st.dct.year - 1
    elif rel in ("next", "this coming"):
        y = st.dct.year if this > st.dct else st.dct.year + 1
    elif rel == "this":
        y = st.dct.year
    else:
        y = _pick_year(st.dct, this.month, this.day, _date_tense(st.text, m.start(), m.end()))
    day = holiday_in(rule, y)
    if day is None:
        return None
    if m.group("wk"):  # "Easter week", "Thanksgiving week": the ISO week holding the day
        iso = day.isocalendar()
        return _mk(m, TimexType.DATE, f"{iso[0]}-W{iso[1]:02d}", rel=True)
    return _mk(m, TimexType.DATE, day.isoformat(), rel=True)


def holiday_in(rule: str, year: int) -> date | None:
    """The day a holiday `rule` (see timewords.yaml) falls on in `year`."""
    if rule.startswith("EASTER"):  # "EASTER-7": Palm Sunday, a week before Easter
        return _easter(year) + timedelta(days=int(rule[6:] or 0))
    month, _, rest = rule.partition("-")
    mon = int(month)
    if rest == "ELECTION":  # the Tuesday after the first Monday
        first_monday = _nth_weekday(year, mon, 1, 0)
        return first_monday + timedelta(days=1)
    if rest.count("-") == 0:
        return date(year, mon, int(rest))
    n, _, wd = rest.rpartition("-")
    return _nth_weekday(year, mon, int(n), int(wd))


def _nth_weekday(year: int, month: int, n: int, weekday: int) -> date:
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    r = (32 + 2 * e + 2 * i - h - k) % 7
    q = (a + 11 * h + 22 * r) // 451
    month = (h + r - 7 * q + 114) // 31
    return date(year, month, (h + r - 7 * q + 114) % 31 + 1)
