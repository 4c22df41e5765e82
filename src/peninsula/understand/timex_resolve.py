"""Resolve matched calendar expressions to TIMEX3 values: dates, months, years, seasons.

Needs: a regex match from `timex_patterns` and the shared `_State`. Adds: one `Timex` per
match (or None when the match is not a time after all). Weekdays and clock times are
resolved in `timex_days.py`, relative expressions, durations and sets in
`timex_relative.py`; `_RESOLVERS` maps every pattern kind.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from peninsula.models import Timex, TimexType
from peninsula.understand.timex_business import _r_qrel, _r_quarter
from peninsula.understand.timex_calendar import (
    _SEASON_MONTH,
    _anchor,
    _date_tense,
    _is_name,
    _make_day,
    _mk,
    _mod,
    _number,
    _pick_year,
    _State,
    _tense,
)
from peninsula.understand.timex_days import _r_time, _r_weekday
from peninsula.understand.timex_holidays import _r_holiday
from peninsula.understand.timex_refs import _r_ref
from peninsula.understand.timex_relative import (
    _r_ago,
    _r_anchored,
    _r_dur,
    _r_durplural,
    _r_relunit,
    _r_set,
    _r_soon,
    _r_thetime,
    _r_yearend,
)
from peninsula.understand.timex_story import spoken_time, story_time


def _r_iso(m: re.Match[str], st: _State) -> Timex | None:
    if m.group("y"):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    else:
        y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        y = y + (1900 if y >= 50 else 2000) if y < 100 else y
    day = _make_day(y, mo, d)
    return _mk(m, TimexType.DATE, day.isoformat() if day else None)


_REL_BEFORE = re.compile(r"\b(last|this\s+past|next|this\s+coming)\s+$", re.I)


def _r_mdy(m: re.Match[str], st: _State) -> Timex | None:
    mon = st.lex.months[m.group("mon").lower()]
    d = int(m.group("d"))
    if not 1 <= d <= 31:
        return None
    if m.groupdict().get("ry") and st.dct is not None:
        day = _make_day(_told_year(m, st), mon, d)  # "On Nov. 24 last year"
        return _mk(m, TimexType.DATE, day.isoformat() if day else None, rel=True)
    if m.group("y") is None and _is_name(st.text, m.start(), m.end(), st.lex.name_heads):
        return _mk(m, TimexType.DATE, f"XXXX-{mon:02d}-{d:02d}", name=True, anchored=False)
    mod = _mod(st.lex, m.groupdict().get("mod"))
    week_of = _WEEK_OF.search(st.text, max(0, m.start() - 16), m.start())
    if m.group("y"):
        day = _make_day(int(m.group("y")), mon, d)
        return _week_of(m, week_of, day) or _mk(
            m, TimexType.DATE, day.isoformat() if day else None, mod=mod
        )
    if st.dct is None:
        ok = _make_day(2000, mon, d)  # a leap year: only impossible days fail
        value = f"XXXX-{mon:02d}-{d:02d}" if ok else None
        return _mk(m, TimexType.DATE, value, anchored=False, mod=mod)
    rel = _REL_BEFORE.search(st.text, max(0, m.start() - 14), m.start())
    rel = rel.group(1).lower().split() if rel else []
    story = story_time(st, m.start())
    now = (spoken_time(st, m.start(), ahead=rel[:1] == ["next"]) if rel else story) or st.dct
    if rel[:1] == ["last"] or rel[-1:] == ["past"]:  # "last Oct. 23": the latest one before
        y = now.year if (mon, d) < (now.month, now.day) else now.year - 1
    elif rel:  # "next March 1": the first one after
        y = now.year if (mon, d) > (now.month, now.day) else now.year + 1
    elif story:
        y = story.year  # "March 8" in a story of February 1946: that year's
    else:
        y = _pick_year(st.dct, mon, d, _date_tense(st.text, m.start(), m.end()))
    day = _make_day(y, mon, d)
    return _week_of(m, week_of, day) or _mk(
        m, TimexType.DATE, day.isoformat() if day else None, mod=mod
    )


# "April 24 and 25": a second day of the same month, its own TIMEX3; not "May 3 and 4
# percent", "Oct. 12 and 13 others", "June 5 or 6:30"
_AND_DAY = re.compile(
    r"\s+(?:and|or)\s+([0-3]?\d)\b(?![.,:]\d)"
    r"(?=\s*(?:[.,;:!?)\"'`]|$)|\s+(?:in|at|on|to|and|when|as|after|before|the|for|with)\b)"
)


def coordinated_day(timex: Timex, text: str) -> Timex | None:
    """The day joined to a full date by "and"/"or" ("April 24 and 25"), in that month."""
    if timex.type is not TimexType.DATE or not re.fullmatch(r"\d{4}-\d\d-\d\d", timex.value):
        return None
    m = _AND_DAY.match(text, timex.end)
    if m is None or int(m.group(1)) <= int(timex.value[8:]):
        return None
    day = _make_day(int(timex.value[:4]), int(timex.value[5:7]), int(m.group(1)))
    if day is None:
        return None
    return Timex(m.start(1), m.end(1), m.group(1), TimexType.DATE, day.isoformat(), True, True)


_WEEK_OF = re.compile(r"\bthe\s+week\s+of\s+$", re.I)


def _week_of(m: re.Match[str], week_of: re.Match[str] | None, day: date | None) -> Timex | None:
    """ "the week of March 6": the ISO week holding that day."""
    if week_of is None or day is None:
        return None
    iso = day.isocalendar()
    return _mk(m, TimexType.DATE, f"{iso[0]}-W{iso[1]:02d}", rel=True, start=week_of.start())


_MONTH_AS_ADJECTIVE = re.compile(
    r"\s+(?!(?:of|and|or|to|is|was|were|has|had|will|would|began|ended|went|took|passed)\b)"
    r"[a-z]{3,}\b"
)


def _r_month(m: re.Match[str], st: _State) -> Timex | None:
    word = m.group("mon")
    mon = st.lex.months[word.lower()]
    rel = (m.group("rel") or "").lower().split()
    mod = _mod(st.lex, m.groupdict().get("mod"))
    y_txt, ry = m.group("y"), " ".join((m.group("ry") or "").lower().split())
    if rel[:1] in (["every"], ["each"]):  # "each July": every July, TIMEX3 SET "XXXX-07"
        return _mk(m, TimexType.SET, f"XXXX-{mon:02d}") if not (y_txt or ry) else None
    if not (rel or mod or y_txt or ry):
        before = st.text[max(0, m.start() - 12) : m.start()].lower()
        prep = re.search(
            r"\b(in|since|until|till|by|from|of|during|before|after|through|to|and|or|between)\s+$",
            before,
        )
        month_prep = prep is not None and prep.group(1) not in ("to", "and", "or")
        month_prep = (
            month_prep
            or _MONTH_AS_ADJECTIVE.match(st.text, m.end()) is not None
            and (st.text[max(0, m.start() - 4) : m.start()].lower() == "the ")
        )  # "the March accession", "the May elections": a month qualifying a noun
        if len(word) <= 4 and word.lower() not in ("june", "july") and word != "May":
            return None  # "Dec" alone: too often not a month
        if word == "May" and not month_prep:
            return None  # "May" alone is the verb unless "in May", "by May", "since May"
        if word.lower() in ("march", "august") and not month_prep and prep is None:
            return None
    if y_txt:
        return _mk(m, TimexType.DATE, f"{y_txt}-{mon:02d}", mod=mod)
    if st.dct is None:
        return _mk(m, TimexType.DATE, f"XXXX-{mon:02d}", mod=mod, anchored=False, rel=True)
    story = story_time(st, m.start())
    told = rel or ry
    ahead = rel[:1] in (["next"], ["coming"]) or ry == "next"
    now = (spoken_time(st, m.start(), ahead) if told else story) or st.dct
    if ry:
        y = _told_year(m, st)
    elif rel and rel[0] in ("last", "past") or rel[:2] == ["this", "past"]:
        y = now.year if mon < now.month else now.year - 1
    elif rel and rel[0] in ("next", "coming") or rel[-1:] == ["coming"]:
        y = now.year if mon > now.month else now.year + 1
    elif rel == ["this"] or story:
        y = now.year  # "in June" in a story of 1946: June 1946
    else:
        y = _pick_year(st.dct, mon, 15, _date_tense(st.text, m.start(), m.end()))
    return _mk(m, TimexType.DATE, f"{y}-{mon:02d}", rel=True, mod=mod)


def _told_year(m: re.Match[str], st: _State) -> int:
    """The year of "November that year", "Nov. 24 last year", "May of the following year":
    "this", "last" and "next" speak from the article (or from words said in a story),
    "that", "the same", "the following" and "the previous" from the year just told of."""
    assert st.dct is not None
    ry = " ".join(m.group("ry").lower().split())
    if ry in ("this", "last", "next"):
        now = spoken_time(st, m.start(), ahead=ry == "next") or st.dct
    else:
        now = story_time(st, m.start()) or _anchor(st, "year") or st.dct
    return now.year + st.lex.shifts[ry]


def _r_deictic(m: re.Match[str], st: _State) -> Timex | None:
    word = (m.group("w") or m.group("w3") or m.group("w4") or "").lower()
    part = "".join(m.group(g) or "" for g in ("part", "part2", "part3", "part4")).lower()
    if word == "tonight":
        part = "night"
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    if m.group("rel2") and m.group("rel2").lower() == "last":
        offset = -1
    typ = TimexType.TIME if part else TimexType.DATE
    suffix = f"T{st.lex.parts[part]}" if part else ""
    mod = "MID" if m.group("mid") else _mod(st.lex, m.groupdict().get("mod"))
    if st.dct is None:
        return _mk(m, typ, "XXXX-XX-XX" + suffix, rel=True, anchored=False, mod=mod)
    day = st.dct + timedelta(days=offset)
    return _mk(m, typ, day.isoformat() + suffix, rel=True, mod=mod)


def _r_year(m: re.Match[str], st: _State) -> Timex | None:
    before = st.text[max(0, m.start("y") - 12) : m.start("y")].lower()
    if re.search(
        r"(?:resolution|no\.|number|article|room|flight|route|hwasong|kn|unit|item)\s*$", before
    ):
        return None
    after = st.text[m.end() : m.end() + 12].lower()
    if re.match(
        r"\s+(?:people|persons|tons|tonnes|won|dollars|yuan|meters|metres|km|kilometers|troops|soldiers|units|times|pieces|cases)\b",
        after,
    ):
        return None
    return _mk(m, TimexType.DATE, m.group("y"), mod=_mod(st.lex, m.groupdict().get("mod")))


def _r_yrange(m: re.Match[str], st: _State) -> Timex | None:
    """ "the 1950-53 war": the first year; `year_range_end` gives the second."""
    if _range_end_year(m) is None:
        return None  # "2013-03": a month, "1998-12": no span of years
    return _mk(m, TimexType.DATE, m.group("y"), end=m.end("y"))


def year_range_end(m: re.Match[str]) -> Timex | None:
    """The last year of a span written "1950-53" or "2011-2012", as its own TIMEX3."""
    end = _range_end_year(m)
    if end is None:
        return None
    return Timex(m.start("y2"), m.end("y2"), m.group("y2"), TimexType.DATE, str(end))


def _range_end_year(m: re.Match[str]) -> int | None:
    first, raw = int(m.group("y")), m.group("y2")
    end = int(raw) if len(raw) == 4 else first // 100 * 100 + int(raw)
    if len(raw) == 2 and end <= first and first % 100 >= 90 and int(raw) < 10:
        end += 100  # "1999-00", not "1998-12"
    return end if 0 < end - first <= 30 else None


def _r_decade(m: re.Match[str], st: _State) -> Timex | None:
    dec = m.group("dec")
    value = ("19" + dec[1]) if dec.startswith("'") else dec[:3]
    return _mk(m, TimexType.DATE, value, mod=_mod(st.lex, m.groupdict().get("mod")))


def _r_season(m: re.Match[str], st: _State) -> Timex | None:
    word = m.group("s").lower()
    rel = " ".join((m.group("rel") or "").lower().split())
    if word in ("fall", "spring") and not (rel or m.group("y")):
        return None
    code = st.lex.seasons[word]
    mod = _mod(st.lex, m.groupdict().get("mod"))
    if m.group("y"):
        return _mk(m, TimexType.DATE, f"{m.group('y')}-{code}", mod=mod)
    if st.dct is None:
        return _mk(m, TimexType.DATE, f"XXXX-{code}", rel=True, anchored=False, mod=mod)
    # "the spring" in a story: the story's year; "last spring" only in words said in it
    if rel in ("", "the"):
        now = story_time(st, m.start()) or st.dct
    else:
        now = spoken_time(st, m.start(), ahead=rel in ("next", "the coming")) or st.dct
    y = now.year + st.lex.shifts.get(rel, 0)  # "the spring": 0
    if rel in ("this past",) and _SEASON_MONTH[code] < now.month:
        y = now.year
    return _mk(m, TimexType.DATE, f"{y}-{code}", rel=True, mod=mod)


def _r_nth(m: re.Match[str], st: _State) -> Timex | None:
    d = int(m.group("d"))
    after = st.text[m.end() : m.end() + 30]
    word = re.match(r"\s*([\w'-]+)", after)
    if not 1 <= d <= 31 or (
        word and (word.group(1)[0].isupper() or word.group(1).lower() in st.lex.ordinal_heads)
    ):
        return None
    if (
        word
        and word.group(1).isalpha()
        and word.group(1).lower() not in ("of", "and", "or", "to", "when", "at", "in")
    ):
        return None  # "the 5th round", "the 30th anniversary": an ordinal, not a day
    if st.dct is None:
        return _mk(m, TimexType.DATE, f"XXXX-XX-{d:02d}", rel=True, anchored=False)
    y, mo = st.dct.year, st.dct.month
    if d > st.dct.day and _tense(st.text, m.start(), m.end()) != "future":
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    day = _make_day(y, mo, d)
    return _mk(m, TimexType.DATE, day.isoformat() if day else None, rel=True)


def _r_century(m: re.Match[str], st: _State) -> Timex | None:
    """ "the 20th century" is TIMEX3 "19": the hundreds of its years; "the turn of the
    century" is about the hundredth year nearest the article ("2000" in 1998 or 2013)."""
    if m.group("turn"):
        if st.dct is None:
            return _mk(m, TimexType.DATE, "XXXX", rel=True, anchored=False, mod="APPROX")
        return _mk(m, TimexType.DATE, str(round(st.dct.year, -2)), rel=True, mod="APPROX")
    n = int(m.group("c"))
    return _mk(m, TimexType.DATE, f"{n - 1:02d}") if n > 0 else None


def _r_spelled(m: re.Match[str], st: _State) -> Timex | None:
    """Years in words, as broadcast transcripts write them: "nineteen ninety-six"."""
    if m.group("dec"):  # "the nineties": TIMEX3 "199"
        tens = _number(st.lex.numbers, m.group("dec").lower()[:-3] + "y")
        value = f"19{int(tens) // 10}" if tens else None
        return _mk(m, TimexType.DATE, value, mod=_mod(st.lex, m.group("dmod")))
    if m.group("k"):
        rest = _number(st.lex.numbers, m.group("k1")) if m.group("k1") else 0
        y = 2000 + int(rest or 0)
    else:
        tail = _number(st.lex.numbers, m.group("yy"))
        if tail is None:
            return None
        y = (19 if m.group("c").lower() == "nineteen" else 20) * 100 + int(tail)
    if m.group("mon"):
        return _mk(m, TimexType.DATE, f"{y}-{st.lex.months[m.group('mon').lower()]:02d}")
    if m.group("s"):
        return _mk(m, TimexType.DATE, f"{y}-{st.lex.seasons[m.group('s').lower()]}")
    return _mk(m, TimexType.DATE, str(y))


_YEAR_PREP = re.compile(r"\b(?:for|of|in|during|throughout|over)\s+$", re.I)


def _r_theyear(m: re.Match[str], st: _State) -> Timex | None:
    """ "for the year ended June 30" is a span of a year; "for the year" alone, this year."""
    if not _YEAR_PREP.search(st.text, max(0, m.start() - 12), m.start()):
        return None  # "the year" as a plain noun: "the year of the tiger"
    if m.group("ended"):
        return _mk(m, TimexType.DURATION, "P1Y", end=m.start("ended"))
    if st.dct is None:
        return _mk(m, TimexType.DATE, "XXXX", rel=True, anchored=False)
    return _mk(m, TimexType.DATE, str(st.dct.year), rel=True)


_RESOLVERS = {
    "spelled": _r_spelled,
    "theyear": _r_theyear,
    "iso": _r_iso,
    "mdy": _r_mdy,
    "month": _r_month,
    "weekday": _r_weekday,
    "deictic": _r_deictic,
    "relunit": _r_relunit,
    "anchored": _r_anchored,
    "ago": _r_ago,
    "dur": _r_dur,
    "durplural": _r_durplural,
    "year": _r_year,
    "decade": _r_decade,
    "yrange": _r_yrange,
    "quarter": _r_quarter,
    "qrel": _r_qrel,
    "season": _r_season,
    "ref": _r_ref,
    "set": _r_set,
    "time": _r_time,
    "nth": _r_nth,
    "century": _r_century,
    "holiday": _r_holiday,
    "soon": _r_soon,
    "yearend": _r_yearend,
    "thetime": _r_thetime,
}
