"""Resolve the quarters and reporting periods of business copy to TIMEX3 values.

Needs: a regex match from `timex_patterns` (kinds "quarter" and "qrel") and the shared
`_State`. Adds: one DATE `Timex` per match. A results story names the quarter it reports
on once ("third-quarter profit rose", "the quarter ended Sept. 30") and then compares
with "the year-ago quarter", "the latest period", "the 1988 period" or "a year earlier";
TimeML gives those the reported quarter, or the same quarter a year before. The quarter
reported on is kept in `_State.quarter`; `_r_ago` reads it for "a year earlier".
"""

from __future__ import annotations

import re
from datetime import timedelta

from peninsula.models import Timex, TimexType
from peninsula.understand.timex_calendar import (
    _make_day,
    _mk,
    _pick_year,
    _shift_value,
    _State,
    _tense,
)

_ORDER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDER |= {"fourth": 4, "4th": 4, "final": 4, "last": 4}


def prior_year(quarter: str) -> str:
    """The same quarter a year before: "1989-Q3" -> "1988-Q3"."""
    return f"{int(quarter[:4]) - 1}{quarter[4:]}"


def _r_quarter(m: re.Match[str], st: _State) -> Timex | None:
    k = _ORDER[m.group("ord").lower()]
    half = m.group("q").lower() == "half"
    if half and k > 2:
        k = 2 if m.group("ord").lower() == "last" else 0  # "the last half of 1989": H2
    if not k or m.group("ord").lower() == "last" and not (m.group("yr2") or m.group("ry")):
        return None
    code = f"H{k}" if half else f"Q{k}"
    yr = m.group("yr") or m.group("yr2") or ""
    rel = (m.group("ry") or yr.split("'")[0].split(" ")[0] or (m.group("det") or "")).lower()
    if yr[:4].isdigit():
        y: int | None = int(yr[:4])
    elif st.dct is None:
        y = None
    elif rel in ("last", "next", "this"):
        y = st.dct.year + st.lex.shifts[rel]
    else:
        current = (st.dct.month - 1) // (6 if half else 3) + 1
        y = (
            st.dct.year
            if k <= current or _tense(st.text, m.start(), m.end()) == "future"
            else st.dct.year - 1
        )
    value = f"{y if y else 'XXXX'}-{code}"
    if m.group("ago") and y:  # "the year-ago third quarter": reported on a year before
        return _mk(m, TimexType.DATE, prior_year(value), rel=True)
    if _reports_on(m, st, value):
        st.note_quarter(value, m.end())
    return _mk(m, TimexType.DATE, value, rel=not yr[:4].isdigit(), anchored=y is not None)


_RESULTS = re.compile(
    r"-?\s*(?:net|profit|earnings|results|sales|revenue|loss|income|operating|per-share)\b", re.I
)
_FOR_THE = re.compile(r"\b(?:for|in|during)\s+(?:the|its)\s+(?:fiscal[\s-]+)?$", re.I)


def _reports_on(m: re.Match[str], st: _State, value: str) -> bool:
    """Whether a quarter is the one a results story reports on: "third-quarter profit",
    "net for the fourth quarter"; not "into the fourth quarter" or "a flat second quarter"."""
    if st.dct is not None and value > _shift_value(st.dct, "quarter", 0):
        return False  # a forecast: results are reported for quarters already begun
    if m.group("q").lower() != "quarter" or m.group("ago"):
        return False
    start = m.start("ord")
    return bool(
        _RESULTS.match(st.text, m.end()) or _FOR_THE.search(st.text, max(0, start - 24), start)
    )


_ENDED = re.compile(r"\s+(?:ended|ending)\s+(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>[0-3]?\d)\b")


def _quarter_ended(m: re.Match[str], st: _State) -> str | None:
    """ "the quarter ended July 31": the calendar quarter holding most of those 3 months."""
    after = _ENDED.match(st.text, m.end())
    if after is None or st.dct is None:
        return None
    mon = st.lex.months.get(after.group("mon").lower())
    if mon is None:
        return None
    day = _make_day(
        _pick_year(st.dct, mon, int(after.group("d")), "past"), mon, int(after.group("d"))
    )
    if day is None:
        return None
    return _shift_value(day - timedelta(days=45), "quarter", 0)


def _r_qrel(m: re.Match[str], st: _State) -> Timex | None:
    adj = " ".join((m.group("adj") or "").lower().split())
    prior = bool(m.group("ago") or m.group("back") or m.group("lyq") or m.group("ya"))
    reported = st.reporting_quarter(m.start())
    year = m.group("yr") or m.group("yr3")
    if year:  # "the 1988 period", "the same quarter of 2010": that year's reported quarter
        return _mk(m, TimexType.DATE, year + (reported or "XXXX")[4:], rel=True)
    if reported is None and m.group("back") and st.dct is not None:
        return _mk(m, TimexType.DATE, str(st.dct.year - 1), rel=True)  # "the same period last year"
    if reported is None and (m.group("ya") or (m.group("noun") or "").lower() == "period"):
        return None  # "the latest period", "year-ago results": nothing reported on in sight
    if reported is None and (m.group("noun") or "").lower() == "quarter" and not prior:
        reported = _quarter_ended(m, st)
    if reported is None:
        if st.dct is None:
            return _mk(m, TimexType.DATE, "XXXX-QX", rel=True, anchored=False)
        last = _shift_value(st.dct, "quarter", -1)  # "the latest quarter": the last one closed
        return _mk(m, TimexType.DATE, prior_year(last) if prior else last, rel=True)
    if prior:
        return _mk(m, TimexType.DATE, prior_year(reported), rel=True)
    if adj == "previous":  # "the previous quarter": the one before the reported quarter
        k = int(reported[:4]) * 4 + int(reported[-1]) - 2
        return _mk(m, TimexType.DATE, f"{k // 4}-Q{k % 4 + 1}", rel=True)
    st.note_quarter(reported, m.end())
    return _mk(m, TimexType.DATE, reported, rel=True)
