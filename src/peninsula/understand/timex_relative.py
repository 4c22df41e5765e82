"""Resolve relative expressions, durations and sets to TIMEX3 values.

Needs: a regex match from `timex_patterns` and the shared `_State` (document date, last
date mentioned). Adds: one `Timex` per match: "last month", "the following day",
"three days ago", "two years", "every week", "the latest quarter", "now".
"""

from __future__ import annotations

import re
from datetime import timedelta

from peninsula.models import Timex, TimexType
from peninsula.understand.timex_business import prior_year
from peninsula.understand.timex_calendar import (
    _UNIT_NAMES,
    _anchor,
    _duration,
    _is_title,
    _mk,
    _mod,
    _number,
    _shift_value,
    _State,
    _tense,
    _unknown,
)
from peninsula.understand.timex_story import spoken_time, story_time

_EARLIER_IN = re.compile(r"\b(?:earlier|later)\s+in\s+$", re.I)


def _r_relunit(m: re.Match[str], st: _State) -> Timex | None:
    rel = " ".join((m.group("rel") or "").lower().split())
    unit = m.group("unit").lower()
    mod = _mod(st.lex, m.groupdict().get("mod"))
    if rel == "next" and unit == "day":
        rel = "the next"  # "next day" without "the" is the day after one just told of
    # "this past week": the current week, the part of it gone by (not the week before)
    shift = 0 if rel == "this past" else st.lex.shifts.get(rel, 0)
    if rel in ("the following", "the next", "the previous", "the preceding", "the same", "that"):
        story = story_time(st, m.start())
        if rel == "the next" and unit != "day":
            # "the next month" speaks from now, or from a story's time, unless a day anchors it
            anchor = story or st.dct
        elif story and rel in ("that", "the same") and unit != "day":
            anchor = story  # "that year" in a story of 1975: 1975, whatever was said of 1976
        else:
            anchor = _anchor(st, unit)
        if anchor is None:
            return _mk(m, TimexType.DATE, _unknown(unit), rel=True, anchored=False, mod=mod)
        return _mk(m, TimexType.DATE, _shift_value(anchor, unit, shift), rel=True, mod=mod)
    if _is_title(st.text, m.start(), m.end()):
        return None  # ABC's "This Week": a programme
    if st.dct is None:
        value = {
            "last": "PAST_REF",
            "the past": "PAST_REF",
            "next": "FUTURE_REF",
            "the coming": "FUTURE_REF",
        }.get(rel, _unknown(unit))
        return _mk(m, TimexType.DATE, value, rel=True, anchored=False, mod=mod)
    if unit == "quarter" and rel in ("the latest", "the most recent", "the"):
        shift = -1
    if rel == "the" and _EARLIER_IN.search(st.text, max(0, m.start() - 12), m.start()):
        # "later in the day": the day just told of, or today; "earlier in the year": this year
        near = unit == "day" and st.last_day is not None and m.start() - st.last_end < 150
        anchor = st.last_day if near and st.last_day else st.dct
        return _mk(m, TimexType.DATE, _shift_value(anchor, unit, 0), rel=True, mod=mod)
    if unit == "day" and rel in ("this", "the", "the current", "current", "the present"):
        return None  # "this day" is rarely a date in news prose
    if unit == "weekend":
        return _mk(m, TimexType.DATE, _weekend(m, st, shift), rel=True, mod=mod)
    # "he said next year ...", inside a story told of 1975: 1976, not the year after the article
    now = spoken_time(st, m.start(), ahead=shift > 0) or st.dct
    value = _shift_value(now, unit, shift)
    half = re.search(r"\b(first|second)\s+half\b", m.group("mod") or "", re.I)
    if half and unit == "year":  # "the first half of next year": TIMEX3 "2014-H1"
        return _mk(m, TimexType.DATE, f"{value}-H{1 if half.group(1).lower() == 'first' else 2}")
    return _mk(m, TimexType.DATE, value, rel=True, mod=mod)


def _weekend(m: re.Match[str], st: _State, shift: int) -> str:
    """The ISO week of the weekend meant: "last weekend" the latest one over, "next weekend"
    the first one ahead, "the weekend" or "this weekend" either, as the verbs' tense says."""
    assert st.dct is not None
    monday = st.dct - timedelta(days=st.dct.weekday())
    in_weekend = st.dct.weekday() >= 5
    tense = _tense(st.text, m.start(), m.end(), nearest=True, reach=60)
    this = m.group("rel").lower() == "this"  # "this weekend" looks ahead unless told otherwise
    if shift < 0:
        week = monday - timedelta(weeks=1)
    elif shift > 0 or tense == "future" or (this and tense is None):
        week = monday + timedelta(weeks=1) if in_weekend and shift > 0 else monday
    else:
        week = monday if in_weekend else monday - timedelta(weeks=1)
    iso = week.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}-WE"


def _r_anchored(m: re.Match[str], st: _State) -> Timex | None:
    unit = m.group("unit").lower()
    shift = -1 if m.group("dir").lower() in ("before", "earlier") else 1
    if re.match(r"\s+(?![,.;:!?)\"'`])[\w$]", st.text[m.end() : m.end() + 3]):
        return None  # "the day before the vote", "the day after he left": a preposition
    anchor = _anchor(st, unit)
    if anchor is None:
        return _mk(m, TimexType.DATE, _unknown(unit), rel=True, anchored=False)
    return _mk(m, TimexType.DATE, _shift_value(anchor, unit, shift), rel=True)


_FEW_DAYS = 3  # how far back "a few days ago" is read; `dating` centres its week there


def _r_ago(m: re.Match[str], st: _State) -> Timex | None:
    n = _number(st.lex.numbers, m.group("n"))
    unit = st.lex.units[m.group("unit").lower()]
    direction = m.group("dir").lower().split()[0]
    mod = st.lex.approx.get(" ".join((m.group("ap") or "").lower().split()))
    sign = 1 if direction in ("later", "from", "hence") else -1
    if n is None and unit == "D" and sign < 0 and st.dct is not None:
        # "a few days ago", "several days ago", "days ago": the week around three days back
        iso = (st.dct - timedelta(days=_FEW_DAYS)).isocalendar()
        return _mk(m, TimexType.DATE, f"{iso[0]}-W{iso[1]:02d}", rel=True, mod=mod)
    if n is None and direction in ("later", "earlier"):
        # "a few days later": an unspecified stretch counted from an event, TIMEX3 "PXD"
        end = m.end("unit") + (st.text[m.end("unit") : m.end("unit") + 1] == "s")
        return _mk(m, TimexType.DURATION, _duration(None, unit), mod=mod, end=end)
    if n is None or n != int(n) or unit in ("S", "TM", "TH", "WE"):
        return _mk(m, TimexType.DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", rel=True, mod=mod)
    anchored_on_text = direction in ("earlier", "later", "previously")
    reported = st.reporting_quarter(m.start())
    if reported and unit == "Y" and n == 1 and sign < 0:
        return _mk(m, TimexType.DATE, prior_year(reported), rel=True, mod=mod)  # results copy
    anchor_value = st.last_value if anchored_on_text or unit == "Y" else None
    near = m.start() - st.last_end < 300
    if anchor_value and unit == "Y" and near and ("Q" in anchor_value or anchored_on_text):
        y = int(anchor_value[:4]) + sign * int(n)  # "a year earlier": same quarter, month or day
        if anchor_value[4:] != "-02-29":
            return _mk(m, TimexType.DATE, f"{y}{anchor_value[4:]}", rel=True, mod=mod)
    if anchored_on_text and st.last_day is not None:
        anchor = st.last_day  # "a day earlier": the last day mentioned, however far back
    else:
        anchor = st.dct
    if anchor is None:
        return _mk(
            m,
            TimexType.DATE,
            "PAST_REF" if sign < 0 else "FUTURE_REF",
            rel=True,
            anchored=False,
            mod=mod,
        )
    return _mk(
        m, TimexType.DATE, _shift_value(anchor, _UNIT_NAMES[unit], sign * int(n)), rel=True, mod=mod
    )


def _r_dur(m: re.Match[str], st: _State) -> Timex | None:
    raw_n = " ".join(m.group("n").lower().split())
    unit = st.lex.units[m.group("unit").lower()]
    if unit in ("S", "TM") and raw_n in ("a", "an"):
        return None  # "a second round", "wait a minute": idioms; "for one minute" is a span
    n = _number(st.lex.numbers, raw_n)
    if n is None and raw_n not in st.lex.numbers:
        return None
    mod = st.lex.approx.get(" ".join((m.group("ap") or "").lower().split()))
    start = m.start()
    if m.group("det") and not m.group("adj") and raw_n in ("a", "an"):
        return None
    if _not_a_span(m, st, raw_n, unit):
        return None
    if (
        unit == "D"
        and raw_n in ("one", "some")
        and not (m.group("det") or m.group("adj"))
        and st.text[m.end("n") : m.start("unit")].isspace()  # "a one-day visit": a span
        and m.group(0)[-3:].lower() == "day"  # "some days after": a stretch
    ):
        someday = _someday(m, st)
        if someday != "span":
            return someday
    if _NOUN_CLAUSE_AFTER.match(st.text, m.end()) and raw_n in ("a", "an", "one"):
        return None  # "a day when all rejoiced": a noun, not a stretch of time
    if m.group("ap") and m.group("det"):  # "over the next year": a preposition, not "more than"
        mod, start = None, m.start("det")
    elif m.group("det") and not m.group("adj") and "-" in st.text[m.end("n") : m.start("unit")]:
        start = m.start("n")  # "the 30-day period": the determiner goes with the noun after
    if unit == "Q" and re.fullmatch(r"(?:1[6-9]|20)\d\d", raw_n):
        last = st.reporting_quarter(m.start()) or "XXXX-QX"
        return _mk(m, TimexType.DATE, raw_n + last[4:], rel=True)  # "the 1988 quarter"
    if (
        unit == "Q"
        and not (m.group("det") or m.group("adj"))
        and raw_n in ("a", "an", "one", "two", "three")
        and re.match(r"\s+of\b", st.text[m.end() : m.end() + 4])
    ):
        return None  # "three-quarters of the vote": a fraction
    return _mk(m, TimexType.DURATION, _duration(n, unit), mod=mod, start=start)


# "a day when ...", "a year in which ...": the unit heads a noun phrase
_NOUN_CLAUSE_AFTER = re.compile(r"\s+(?:when|where|on\s+which|in\s+which)\b", re.I)
# what makes "one day" a stretch of time: "for one day", "lasted one day", "by one day"
_SPAN_BEFORE = re.compile(
    r"\b(?:for|in|within|over|after|than|by|only|just|about|around|nearly|almost|last(?:s|ed)?|"
    r"takes?|took|taken|spen[dt]|spends|of|per|extra|another)\s+$",
    re.I,
)


def _someday(m: re.Match[str], st: _State) -> Timex | None | str:
    """ "one day" with no span word before it: "will one day be" is some future day
    (FUTURE_REF); "One day in May, he ..." opens a story and is no time of its own.
    Returns "span" where it is a stretch of one day after all ("for one day")."""
    before = st.text[max(0, m.start() - 16) : m.start()]
    if _SPAN_BEFORE.search(before):
        return "span"
    if _CLAUSE_OPEN.search(before):
        return None  # "One day in May, he ...", "and one day he ...": a story begins
    if _MODAL_BEFORE.search(before) or _tense(st.text, m.start(), m.end(), True, 60) == "future":
        return _mk(m, TimexType.DATE, "FUTURE_REF", rel=True)  # "will one day be": someday
    return None


_CLAUSE_OPEN = re.compile(r"(?:^|[.!?;:,\"“(\n]|\b(?:and|but|then|so|when|until))\s*$", re.I)


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall)\s+$", re.I)
_RATE_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|"
    r"thousand|million|billion|dozen)\b)[\w.,%]*(?:\s+[a-z][\w-]*)?\s+$",
    re.I,
)
_PREP_BEFORE = re.compile(
    r"\b(?:in|within|for|over|about|after|before|than|of|by|per|nearly|almost|under|once|"
    r"twice|times)\s+$",
    re.I,
)


def _not_a_span(m: re.Match[str], st: _State, raw_n: str, unit: str) -> bool:
    """A number and unit that are no stretch of time: a rate ("$2 million a year", "four
    flights a week"), an age ("52 years old"), a title (CBS's "60 Minutes")."""
    if raw_n in ("a", "an") and not (m.group("det") or m.group("adj") or m.group("ap")):
        before = st.text[max(0, m.start() - 40) : m.start()]
        if _RATE_BEFORE.search(before) and not _PREP_BEFORE.search(before):
            return True
    if unit == "Y" and re.match(r"\s+old\b", st.text[m.end() : m.end() + 5]):
        return True
    return _is_title(st.text, m.start(), m.end())


_UNIT_GROUPS = ("unit", "unit2", "unit3", "unit4", "unit5", "unit6")
# "the largest rally in years", "for the first time in decades": "in" after a superlative
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:[a-z]{2,}est|worst|best|most|first|last|only|(?:first|last)\s+time)\b[^.;,]{0,40}$",
    re.I,
)


def _r_durplural(m: re.Match[str], st: _State) -> Timex | None:
    """A plural unit without a number: "for years", "within days", "hours later"."""
    g = next(g for g in _UNIT_GROUPS if m.group(g))
    word = m.group(g).lower().rstrip("s").replace("centurie", "century")
    if g == "unit4" and not _SUPERLATIVE_BEFORE.search(st.text, max(0, m.start() - 50), m.start()):
        return None  # "in years past", "in months": a superlative makes it a stretch of time
    if g == "unit5" and m.group("dir").lower() == "ago":  # "years ago": some time back
        return _mk(m, TimexType.DATE, "PAST_REF", rel=True)
    return _mk(m, TimexType.DURATION, _duration(None, st.lex.units[word]), end=m.end(g))


def _r_thetime(m: re.Match[str], st: _State) -> Timex | None:
    """ "at the time", "at that time": a past time told of before; the span leaves out "at"."""
    return _mk(m, TimexType.DATE, "PAST_REF", rel=True, start=m.start("w"))


def _r_yearend(m: re.Match[str], st: _State) -> Timex | None:
    """ "by year-end": TIMEX3 the year of the article, mod END."""
    value = str(st.dct.year) if st.dct else "XXXX"
    return _mk(
        m,
        TimexType.DATE,
        value,
        rel=True,
        anchored=st.dct is not None,
        mod="END",
        start=m.start("w"),
    )


def _r_soon(m: re.Match[str], st: _State) -> Timex | None:
    """ "may soon seek", "soon will begin": a near future, TIMEX3 FUTURE_REF."""
    g = "s" if m.group("s") else "s2"
    return _mk(m, TimexType.DATE, "FUTURE_REF", rel=True, start=m.start(g), end=m.end(g))


_ADVERBIAL = re.compile(
    r"\s*(?:[.,;:!?)\"'’”]|$|(?:basis|outside|inside|for|in|at|since|through|until|on|from|to|"
    r"and|or|by|during)\b)"
)


def _r_set(m: re.Match[str], st: _State) -> Timex | None:
    if m.group("adv"):  # "rallies held almost daily", "on a daily basis"
        if not m.group("adv").islower() or not _ADVERBIAL.match(st.text, m.end()):
            return None  # "daily volume", "the People's Daily": an adjective or a name
        return _mk(m, TimexType.SET, st.lex.freqs[m.group("adv").lower()])
    word = (m.group("unit") or m.group("unit2")).lower()
    if word in st.lex.weekdays:
        return _mk(m, TimexType.SET, f"XXXX-WXX-{st.lex.weekdays[word] + 1}")
    n = _number(st.lex.numbers, m.group("n")) if m.group("n") else 1
    return _mk(m, TimexType.SET, _duration(n, st.lex.units[word]))
