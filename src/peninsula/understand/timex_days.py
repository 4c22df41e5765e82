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
    elif (joined := _joined_to_day(st, wd, start)) is not None:
        return joined
    elif (
        _AS_EARLY_AS.search(st.text, max(0, start - 16), start)
        or _PUT_OFF_UNTIL.search(st.text, max(0, start - 60), start)
        or _IS_ON.search(st.text, max(0, start - 12), start)
    ):
        delta = ahead  # "as early as Tuesday", "postponed until Friday": a day still to come
    else:
        delta = ahead if _tense(st.text, start, end, nearest=True, reach=40) == "future" else -back
    return st.dct + timedelta(days=delta)


# "The vote is Tuesday", "the hearing is on Monday": a day set, still ahead
_IS_ON = re.compile(r"\b(?:is|are)\s+(?:on\s+)?$", re.I)
# "late Wednesday or early Thursday", "Friday and Thursday": the day nearest the one named
# just before; "Monday through Friday": the first such day after it
_JOINED = re.compile(r"\s*,?\s*(?:(?P<both>or|and)|to|through|until|into|-|–)\s*")


def _joined_to_day(st: _State, wd: int, start: int) -> date | None:
    """The day meant by a weekday joined to a day named just before it."""
    if st.last_day is None or not 0 <= start - st.last_day_end <= 12:
        return None
    joined = _JOINED.fullmatch(st.text, st.last_day_end, start)
    if joined is None:
        return None
    ahead = (wd - st.last_day.weekday()) % 7 or 7
    if joined.group("both") and ahead > 3:
        ahead -= 7  # "Friday and Thursday": the day before
    return st.last_day + timedelta(days=ahead)


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
    elif m.group("h3") or m.group("h4"):  # "1900 GMT", "at 14:30": a 24-hour clock
        g = "3" if m.group("h3") else "4"
        hh, mi = int(m.group("h" + g)), int(m.group("mi" + g))
    else:
        hh, mi = int(m.group("h")), int(m.group("mi") or 0)
        if hh > 12:
            return None
        pm = m.group("ap").lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
    day = _time_day(m, st)
    if day is not None and m.group("h3") and not (m.group("day") or m.group("day2")):
        day = _gloss_day(st, m.start(), day, hh * 60 + mi)
    value = f"{day or 'XXXX-XX-XX'}T{hh:02d}:{mi:02d}"
    return _mk(m, TimexType.TIME, value, rel=True, anchored=st.dct is not None)


def _clock_hour(st: _State, raw: str, part: str) -> int:
    """ "4 in the morning" is 04, "8 in the evening" 20, "11 at night" 23, "2 at night" 02."""
    n = int(raw) if raw.isdigit() else int(st.lex.numbers[raw.lower()])
    late = part in ("afternoon", "evening") or (part == "night" and n >= 6)
    return n % 12 + (12 if late else 0)


# "at 10:35 a.m. (0735 GMT) Friday": the day written after a gloss in brackets; for the
# gloss itself ("0735 GMT) Friday") the day after its closing bracket
_GLOSS_THEN_DAY = re.compile(r"\s*\([^()]{1,30}\)(?:\s*(?:on\s+)?(\w+))?")
_CLOSE_THEN_DAY = re.compile(r"[^()]{0,12}\)\s*(?:on\s+)?(\w+)")


def _day_after_gloss(st: _State, end: int) -> tuple[str, int] | None:
    """The day word after a gloss in brackets, and where it stands."""
    m = _GLOSS_THEN_DAY.match(st.text, end)
    if m is None:
        m = _CLOSE_THEN_DAY.match(st.text, end)
        return _day_word(st, m.group(1), m.start(1)) if m else None
    inner = st.text[m.start() : m.end() if m.group(1) is None else m.start(1)].lower()
    named = [w for w in st.lex.weekdays if len(w) >= 6 and w in inner]  # "(4 a.m. Thursday)"
    if m.group(1) and _day_word(st, m.group(1), m.start(1)):
        return _day_word(st, m.group(1), m.start(1))
    return (named[0], end) if named else None  # the verbs around the time still decide


def _day_word(st: _State, word: str | None, at: int) -> tuple[str, int] | None:
    word = (word or "").lower()
    if word in st.lex.weekdays or word in ("today", "yesterday", "tomorrow"):
        return word, at
    return None


# "6:10 a.m. (2110 GMT) Tuesday": the local clock time a gloss in brackets restates
_LOCAL_BEFORE = re.compile(r"\b([01]?\d|2[0-3])(?::([0-5]\d))?\s*([ap])\.?m\.?\s*\($", re.I)


def _gloss_day(st: _State, start: int, local_day: str, minutes: int) -> str:
    """The day of a zone time glossing a local one: 2110 GMT for 6:10 a.m. in Seoul is
    the day before; zones lie between 12 hours behind and 14 ahead of GMT."""
    local = _LOCAL_BEFORE.search(st.text, max(0, start - 16), start)
    if local is None:
        return local_day
    hour = int(local.group(1)) % 12 + (12 if local.group(3).lower() == "p" else 0)
    ahead = hour * 60 + int(local.group(2) or 0) - minutes  # how far local time is ahead
    shift = -1 if ahead > 14 * 60 else 1 if ahead < -12 * 60 else 0
    return (date.fromisoformat(local_day) - timedelta(days=shift)).isoformat()


def _time_day(m: re.Match[str], st: _State) -> str | None:
    """The day a clock time falls on: a weekday or date after it, else the article date."""
    if st.dct is None:
        return None
    named = m.group("day") or m.group("day2")  # "9 a.m. Tuesday", "10:00 on Tuesday"
    after = _day_after_gloss(st, m.end()) if not named else None
    word, at = after or ((named or "").lower(), m.start())
    if m.group("mon") or m.group("mon2"):  # "5 p.m. EST Nov. 9", "10:00 on July 16"
        g = "" if m.group("mon") else "2"
        mon, d = st.lex.months[m.group("mon" + g).lower()], int(m.group("md" + g))
        y = _pick_year(st.dct, mon, d, _date_tense(st.text, m.start(), m.end())) if d <= 31 else 0
        if g and m.group("y2") and y:
            y = int(m.group("y2"))  # "04:00 on June 25, 1950"
        day = _make_day(y, mon, d) if y else None
        return day.isoformat() if day else None
    if word in st.lex.weekdays:  # "9 a.m. Tuesday": the Tuesday tense points at
        # the verbs near the time or near a day written after its gloss decide
        hi = max(m.end(), at + len(word))
        return _weekday_day(st, st.lex.weekdays[word], m.start(), hi, []).isoformat()
    if not word and st.last_day and _DAY_THEN_AT.fullmatch(st.text, st.last_day_end, m.start()):
        return st.last_day.isoformat()  # "Friday at noon", "on March 3 at 10 a.m."
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    return (st.dct + timedelta(days=offset)).isoformat()


_DAY_THEN_AT = re.compile(r"\s*,?\s*(?:at|from|around|about|by|before|after)\s+")
