"""Resolve weekdays and clock times to TIMEX3 values: which way a bare weekday points.

Needs: a regex match from `timex_patterns` and the shared `_State`. Adds: one `Timex` per
weekday ("Tuesday", "last Friday night") or clock time ("9 a.m. Tuesday", "4 in the
morning"). A weekday without "last" or "next" takes its direction from the verbs around
it, from a deadline ("postponed until Tuesday") or from what it owns ("Tuesday's ruling").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from peninsula.models import Timex, TimexType
from peninsula.understand.timex_calendar import (
    _date_tense,
    _make_day,
    _mk,
    _mod,
    _pick_year,
    _State,
    _tense,
)

_AS_EARLY_AS = re.compile(r"\bas\s+(?:soon|early)\s+as\s+$", re.I)
# a deadline moved or granted: "postponed until Tuesday", "gave them until 9 a.m. Friday"
_PUT_OFF_UNTIL = re.compile(
    r"\b(?:postponed|delayed|deferred|adjourned|extended|put\s+off|"
    r"g[ia]ven?(?:\s+[\w'-]+){0,3})\s+until\s+$",
    re.I,
)


def _r_weekday(m: re.Match[str], st: _State) -> Timex | None:
    wd = st.lex.weekdays[m.group("wd").lower()]
    part = (m.group("part") or "").lower()
    typ = TimexType.TIME if part else TimexType.DATE
    suffix = f"T{st.lex.parts[part]}" if part else ""
    if m.group("pl") or m.group("pl2"):  # "on Tuesdays", "Tuesday nights": every such day
        return _mk(m, TimexType.SET, f"XXXX-WXX-{wd + 1}{suffix}")
    if st.dct is None:
        return _mk(m, typ, "XXXX-XX-XX" + suffix, rel=True, anchored=False)
    rel = (m.group("rel") or "").lower().split()
    day = _weekday_day(st, wd, m.start(), m.end(), rel)
    return _mk(
        m, typ, day.isoformat() + suffix, rel=True, mod=_mod(st.lex, m.groupdict().get("mod"))
    )


def _weekday_day(st: _State, wd: int, start: int, end: int, rel: list[str]) -> date:
    """The day a weekday name points at from the article date: "last", "next", else tense."""
    assert st.dct is not None
    back = (st.dct.weekday() - wd) % 7
    ahead = (wd - st.dct.weekday()) % 7
    if rel and rel[-1] in ("last", "past", "previous"):
        delta = -(back or 7)
    elif rel and rel[-1] in ("next", "coming", "following"):
        delta = ahead or 7
    elif rel == ["this"]:
        delta = ahead if _tense(st.text, start, end) == "future" else -back
    elif _done_after(st, end):
        delta = -back  # "Wednesday's ruling": a thing already done
    elif _AS_EARLY_AS.search(st.text, max(0, start - 16), start) or _PUT_OFF_UNTIL.search(
        st.text, max(0, start - 60), start
    ):
        delta = ahead  # "as early as Tuesday", "postponed until Friday": a day still to come
    else:
        delta = ahead if _tense(st.text, start, end, nearest=True, reach=40) == "future" else -back
    return st.dct + timedelta(days=delta)


_NOUN_AFTER = re.compile(r"\s+([a-z]+)")


def _done_after(st: _State, end: int) -> bool:
    """Whether a possessive weekday owns a thing done: "Wednesday's ruling"."""
    if st.text[end - 2 : end] != "'s":
        return False
    noun = _NOUN_AFTER.match(st.text, end)
    return noun is not None and noun.group(1) in st.lex.done_nouns


def _r_time(m: re.Match[str], st: _State) -> Timex | None:
    if m.group("w"):
        hh, mi = (24, 0) if m.group("w").lower() == "midnight" else (12, 0)
    elif m.group("h2"):
        hh, mi = _clock_hour(st, m.group("h2"), m.group("pod").lower()), 0
    else:
        hh, mi = int(m.group("h")), int(m.group("mi") or 0)
        if hh > 12:
            return None
        pm = m.group("ap").lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
    day = _time_day(m, st)
    value = f"{day or 'XXXX-XX-XX'}T{hh:02d}:{mi:02d}"
    return _mk(m, TimexType.TIME, value, rel=True, anchored=st.dct is not None)


def _clock_hour(st: _State, raw: str, part: str) -> int:
    """ "4 in the morning" is 04, "8 in the evening" 20, "11 at night" 23, "2 at night" 02."""
    n = int(raw) if raw.isdigit() else int(st.lex.numbers[raw.lower()])
    late = part in ("afternoon", "evening") or (part == "night" and n >= 6)
    return n % 12 + (12 if late else 0)


# "at 10:35 a.m. (0735 GMT) Friday": the day written after a gloss in brackets
_GLOSS_THEN_DAY = re.compile(r"\s*\([^()]{1,30}\)(?:\s*(?:on\s+)?(\w+))?")


def _day_after_gloss(st: _State, end: int) -> str | None:
    m = _GLOSS_THEN_DAY.match(st.text, end)
    if m is None:
        return None
    inner = st.text[m.start() : m.end() if m.group(1) is None else m.start(1)].lower()
    named = [w for w in st.lex.weekdays if len(w) >= 6 and w in inner]  # "(4 a.m. Thursday)"
    word = (m.group(1) or "").lower()
    if word in st.lex.weekdays or word in ("today", "yesterday", "tomorrow"):
        return word
    return named[0] if named else None


def _time_day(m: re.Match[str], st: _State) -> str | None:
    """The day a clock time falls on: a weekday or date after it, else the article date."""
    if st.dct is None:
        return None
    word = (m.group("day") or _day_after_gloss(st, m.end()) or "").lower()
    if m.group("mon"):  # "5 p.m. EST Nov. 9"
        mon, d = st.lex.months[m.group("mon").lower()], int(m.group("md"))
        y = _pick_year(st.dct, mon, d, _date_tense(st.text, m.start(), m.end())) if d <= 31 else 0
        day = _make_day(y, mon, d) if y else None
        return day.isoformat() if day else None
    if word in st.lex.weekdays:  # "9 a.m. Tuesday": the Tuesday tense points at
        return _weekday_day(st, st.lex.weekdays[word], m.start(), m.end(), []).isoformat()
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    return (st.dct + timedelta(days=offset)).isoformat()
