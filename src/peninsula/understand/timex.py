"""Find temporal expressions in text and give each its TimeML TIMEX3 value.

Needs: the cleaned text and the document creation time (publication date, may be None).
Adds: `Document.timexes`: DATE, TIME, DURATION and SET expressions with character offsets,
sorted and non-overlapping, values resolved against the publication date.

One pass per precompiled pattern (built once from `knowledge/timewords.yaml`); candidates
are kept longest-first without overlaps, then resolved left to right so that anchored
expressions ("the following day", "a day earlier", "a year earlier", "that year") take the
last date mentioned before them as their anchor; there is no field for that anchor in
`Timex`, so the anchoring is done here and the result is marked `relative=True`.
Dates that read as part of a name ("the April 27 Panmunjom Declaration") come back with
`is_name=True` and an unresolved value. Without a publication date, relative expressions
get TIMEX3 placeholders ("XXXX-09-28", "XXXX-WXX", "PAST_REF") and `anchored=False`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from peninsula.knowledge.load import read_table
from peninsula.models import Timex, TimexType


def tag_timexes(text: str, dct: date | None) -> list[Timex]:
    """Return the temporal expressions of `text`, sorted by offset, resolved against `dct`."""
    lex = _lexicon()
    found: list[tuple[int, int, int, re.Match[str], str]] = []
    for lo, hi, kinds in _windows(text, lex.anchor):
        for rank, (kind, pattern) in enumerate(lex.patterns):
            if not _NEEDS[kind] & kinds:
                continue
            for m in pattern.finditer(text, lo, hi):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), rank, m, kind))
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))  # longest first, then pattern rank
    taken: list[tuple[int, int, re.Match[str], str]] = []
    for start, end, _, m, kind in found:
        if all(end <= s or start >= e for s, e, _, _ in taken):
            taken.append((start, end, m, kind))
    taken.sort(key=lambda c: c[0])
    state = _State(text, dct, lex)
    out: list[Timex] = []
    for _, _, m, kind in taken:
        timex = _RESOLVERS[kind](m, state)
        if timex is not None:
            out.append(timex)
            state.remember(timex)
    return out


@dataclass(slots=True)
class _State:
    """What the resolvers share: the text, the date, and the last date mentioned."""

    text: str
    dct: date | None
    lex: _Lexicon
    last_day: date | None = None
    last_value: str | None = None
    last_end: int = -1000
    notes: dict[str, str] = field(default_factory=dict)

    def remember(self, timex: Timex) -> None:
        if timex.is_name or timex.type not in (TimexType.DATE, TimexType.TIME):
            return
        day = _parse_day(timex.value[:10])
        if day is not None:
            self.last_day = day
        if timex.value[:1].isdigit():
            self.last_value = timex.value.split("T")[0]
            self.last_end = timex.end


@dataclass(frozen=True, slots=True)
class _Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    numbers: dict[str, float | str]
    units: dict[str, str]
    parts: dict[str, str]
    mods: dict[str, str]
    approx: dict[str, str]
    refs: dict[str, str]
    name_heads: frozenset[str]
    ordinal_heads: frozenset[str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    anchor: re.Pattern[str]

    def summary(self) -> str:
        return f"{len(self.months)} month words, {len(self.patterns)} patterns"


_MARGIN = 60  # no expression reaches further than this from its anchor word


def _windows(text: str, anchor: re.Pattern[str]) -> list[tuple[int, int, set[str]]]:
    """Stretches of text around anchor words (digits, months, units ...), merged.

    The full patterns run only inside them: most of an article holds no time word, and
    scanning it with a dozen patterns with optional prefixes is what costs time.
    """
    out: list[tuple[int, int, set[str]]] = []
    n = len(text)
    for m in anchor.finditer(text):
        kind = m.lastgroup or "d"
        lo, hi = max(0, m.start() - _MARGIN), min(n, m.end() + _MARGIN)
        if out and lo <= out[-1][1]:
            out[-1][2].add(kind)
            out[-1] = (out[-1][0], hi, out[-1][2])
        else:
            out.append((lo, hi, {kind}))
    fixed = []
    for lo, hi, kinds in out:
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < n and not text[hi].isspace():
            hi += 1
        fixed.append((lo, hi, kinds))
    return fixed


# Which anchor kinds (groups of the anchor pattern) each pattern needs in its window.
_NEEDS = {
    "iso": {"d"},
    "mdy": {"mon"},
    "month": {"mon"},
    "weekday": {"wd"},
    "deictic": {"deic"},
    "relunit": {"unit"},
    "anchored": {"unit"},
    "ago": {"unit"},
    "dur": {"unit"},
    "durplural": {"unit"},
    "year": {"d"},
    "decade": {"d"},
    "quarter": {"unit"},
    "qrel": {"unit"},
    "season": {"season"},
    "ref": {"ref"},
    "set": {"unit", "wd"},
    "time": {"d", "deic"},
    "nth": {"d"},
}


def _alt(words: object) -> str:
    """A regex alternation of `words`, longest first, spaces matching any whitespace."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def load_timewords() -> _Lexicon:
    """The validated time-word lexicon (knowledge/timewords.yaml), compiled once."""
    return _lexicon()


@cache
def _lexicon() -> _Lexicon:
    t = read_table("timewords.yaml")
    months = {str(k).lower(): int(v) for k, v in t["months"].items()}
    weekdays = {str(k).lower(): int(v) for k, v in t["weekdays"].items()}
    mon = _alt(k.title() for k in months) + "|" + _alt(k.upper() for k in months if len(k) > 3)
    wd = _alt(k.title() for k in weekdays if len(k) >= 6)
    num = _alt(t["numbers"]) + r"|\d+(?:\.\d+)?(?:\s+1/2)?"
    tens = _alt(k for k, v in t["numbers"].items() if v in (20, 30, 40, 50, 60, 70, 80, 90))
    ones = _alt(
        k
        for k, v in t["numbers"].items()
        if isinstance(v, int) and 1 <= v <= 9 and k not in ("a", "an")
    )
    ordinal_num = rf"(?:{tens})[- ](?:{ones})|{num}"
    unit = _alt(t["units"])
    approx = _alt(t["approximators"])
    year = r"(?:1[6-9]|20)\d\d"
    modp = r"(?P<mod>(?:early|mid|late|earlier|later)(?:\s+|-)|mid-?|the\s+(?:beginning|start|middle|end|close|first\s+half|second\s+half)\s+of\s+)"
    rel = r"this\s+past|this\s+coming|this|last|next|the\s+coming|the\s+past|the\s+current|current|the\s+previous|the\s+following|the\s+same|that|the\s+latest|the\s+most\s+recent|the\s+next|the\s+last|the\s+preceding|the\s+present|(?<=of\s)the|the(?=\s+weekend)"
    notnum = r"(?<![\d$£€.,/-])"
    i = re.IGNORECASE
    patterns: list[tuple[str, str, int]] = [
        (
            "iso",
            rf"\b(?P<y>{year})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b|\b(?P<m2>[01]?\d)/(?P<d2>[0-3]?\d)/(?P<y2>{year}|\d\d)\b",
            0,
        ),
        (
            "mdy",
            rf"(?:(?i:{modp}))?(?:\b{wd},?\s+)?\b(?P<mon>{mon})\b\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\.\d|:|\s*%)(?:,?\s+(?P<y>{year})\b)?",
            0,
        ),
        (
            "mdy",
            rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{mon})\b\.?(?:,?\s+(?P<y>{year})\b)?",
            0,
        ),
        (
            "month",
            rf"(?:(?i:{modp}))?(?:(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|the\s+coming|past))\s+)?\b(?P<mon>{mon})\b(?:(?<=\b\w{{3}})\.|(?<=\bSept)\.)?(?:,?\s+(?:of\s+)?(?:(?P<y>{year})\b|(?P<ry>(?i:this|last|next))\s+(?i:year)\b))?",
            0,
        ),
        (
            "weekday",
            rf"(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|the\s+coming|the\s+following|the\s+previous|past|coming))\s+)?(?:(?P<mod>(?i:early|late))\s+)?\b(?P<wd>{wd})\b(?:'s)?(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?",
            0,
        ),
        (
            "deictic",
            r"(?:(?P<mod>early|late|later|earlier)\s+)?\b(?P<w>today|yesterday|tomorrow|tonight)\b(?:'s)?(?:\s+(?P<part>morning|afternoon|evening|night))?|\b(?P<rel2>this|last)\s+(?P<part2>morning|afternoon|evening|night)\b",
            i,
        ),
        (
            "relunit",
            rf"(?:{modp})?\b(?P<rel>{rel})\s+(?P<fy>fiscal\s+|calendar\s+)?(?P<unit>day|week|weekend|month|year|quarter|decade|century)\b(?:'s)?(?!-)",
            i,
        ),
        (
            "anchored",
            r"\b(?P<rel>the)\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|earlier|later)\b",
            i,
        ),
        (
            "ago",
            rf"(?:\b(?P<ap>{approx})\s+)?(?<![\w$.,-])(?P<n>{num})(?:\s+|-)(?:or\s+so\s+)?(?P<unit>{unit})s?\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|from\s+now|hence|previously)\b",
            i,
        ),
        (
            "dur",
            rf"(?:\b(?P<ap>{approx})\s+)?(?:\b(?P<det>the|its|their|his|her)\s+)?(?:(?P<adj>past|last|next|first|coming|previous|following|latest|remaining|final|initial|entire|whole|full|other)\s+)?{notnum}\b(?P<n>{ordinal_num})(?:\s+|-)(?:(?:more|additional|straight|consecutive|full)\s+)?(?P<unit>{unit})s?\b(?!-(?:old|long)\b)",
            i,
        ),
        (
            "durplural",
            r"(?<=\bfor\s)(?P<unit>years|months|decades|weeks|days|hours|centuries)\b|(?<=\bover\s)(?P<unit2>years|decades|centuries)\b",
            i,
        ),
        (
            "year",
            rf"(?:(?P<mod>(?i:early|mid|late)(?:\s+|-)|(?i:mid)-?|(?i:the\s+(?:beginning|start|middle|end|close|first\s+half|second\s+half)\s+of)\s+))?(?P<pre>(?i:fiscal|calendar)\s+)?(?<![\w$£€.,/#-])(?P<y>{year})(?![\w.,/%-]\d|\s*(?:%|percent|per\b|-\d)|'s|\w)",
            0,
        ),
        (
            "decade",
            r"(?:\b(?P<det>[Tt]he)\s+)?(?:(?P<mod>(?i:early|mid|late)(?:\s+|-)|(?i:mid)-))?(?P<dec>(?:1[6-9]|20)\d0|'\d0)s\b",
            0,
        ),
        (
            "quarter",
            rf"(?:\b(?P<det>the|this|last|next)\s+)?(?:(?P<yr>{year}|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:fiscal\s+)?\b(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?P<q>quarter|half)\b(?:\s+of\s+(?:(?P<yr2>{year})|(?P<ry>this|last|next)\s+year))?",
            i,
        ),
        (
            "qrel",
            r"\bthe\s+(?:(?P<adj>latest|recent|most\s+recent|year-ago|year-earlier|same|previous)\s+)?quarter\b|\b(?P<ya>year-ago|year-earlier)\b",
            i,
        ),
        (
            "season",
            rf"(?:(?P<rel>(?i:this\s+past|this|last|next|the\s+coming|the\s+past|the))\s+)?(?:(?P<mod>(?i:early|late|mid)-?)\s*)?\b(?P<s>(?i:spring|summer|autumn|fall|winter))\b(?:\s+(?:of\s+)?(?P<y>{year})\b)?",
            0,
        ),
        ("ref", rf"\b(?P<w>{_alt(t['references'])})\b", i),
        (
            "set",
            rf"\b(?:every|each|per)\s+(?:(?P<n>{num})\s+)?(?P<unit>{unit}|{wd.lower()})s?\b|\b(?P<freq>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per)\s+(?P<unit2>{unit})\b",
            i,
        ),
        (
            "time",
            rf"(?:\b(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)|\b(?P<w>noon|midnight))(?:\s+(?:EST|EDT|GMT|KST|local\s+time))?(?:\s+(?:on\s+)?(?P<day>{wd.lower()}|today|yesterday|tomorrow)\b)?",
            i,
        ),
        ("nth", r"\b[Tt]he\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b", 0),
    ]
    return _Lexicon(
        months=months,
        weekdays=weekdays,
        seasons={str(k).lower(): str(v) for k, v in t["seasons"].items()},
        numbers={str(k).lower(): v for k, v in t["numbers"].items()},
        units={str(k).lower(): str(v) for k, v in t["units"].items()},
        parts={str(k).lower(): str(v) for k, v in t["day_parts"].items()},
        mods={str(k).lower(): str(v) for k, v in t["modifiers"].items()},
        approx={str(k).lower(): str(v) for k, v in t["approximators"].items()},
        refs={str(k).lower(): str(v) for k, v in t["references"].items()},
        name_heads=frozenset(str(w).lower() for w in t["name_heads"]),
        ordinal_heads=frozenset(str(w).lower() for w in t["ordinal_name_heads"]),
        patterns=tuple((k, re.compile(p, f)) for k, p, f in patterns),
        anchor=re.compile(
            rf"(?P<d>\d)|\b(?:(?P<mon>{mon})|(?P<wd>{wd}))\b|\b(?i:(?P<unit>{unit}|half)|"
            r"(?P<deic>today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|noon|"
            rf"midnight)|(?P<season>spring|summer|autumn|fall|winter)|(?P<ref>{_alt(t['references'])}))"
        ),
    )


# ---------------------------------------------------------------- resolvers


def _mk(
    m: re.Match[str],
    typ: TimexType,
    value: str | None,
    *,
    rel: bool = False,
    mod: str | None = None,
    name: bool = False,
    anchored: bool = True,
    start: int | None = None,
    end: int | None = None,
) -> Timex:
    s = m.start() if start is None else start
    e = m.end() if end is None else end
    text = m.string[s:e]
    if text.endswith("'s"):
        text, e = text[:-2], e - 2
    if value is None:
        value, anchored = "XXXX-XX-XX", False
    return Timex(s, e, text, typ, value, rel, anchored, name, mod)


def _mod(lex: _Lexicon, raw: str | None) -> str | None:
    if not raw:
        return None
    word = raw.lower().replace("-", " ").split()
    key = word[1] if word[0] == "the" and len(word) > 1 else word[0]
    if key == "first":
        return "START"
    if key == "second":
        return "END"
    return lex.mods.get(key)


def _r_iso(m: re.Match[str], st: _State) -> Timex | None:
    if m.group("y"):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    else:
        y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        y = y + (1900 if y >= 50 else 2000) if y < 100 else y
    day = _make_day(y, mo, d)
    return _mk(m, TimexType.DATE, day.isoformat() if day else None)


def _r_mdy(m: re.Match[str], st: _State) -> Timex | None:
    mon = st.lex.months[m.group("mon").lower()]
    d = int(m.group("d"))
    if not 1 <= d <= 31:
        return None
    if m.group("y") is None and _is_name(st.text, m.start(), m.end(), st.lex.name_heads):
        return _mk(m, TimexType.DATE, f"XXXX-{mon:02d}-{d:02d}", name=True, anchored=False)
    mod = _mod(st.lex, m.groupdict().get("mod"))
    if m.group("y"):
        day = _make_day(int(m.group("y")), mon, d)
        return _mk(m, TimexType.DATE, day.isoformat() if day else None, mod=mod)
    if st.dct is None:
        ok = _make_day(2000, mon, d)  # a leap year: only impossible days fail
        value = f"XXXX-{mon:02d}-{d:02d}" if ok else None
        return _mk(m, TimexType.DATE, value, anchored=False, mod=mod)
    y = _pick_year(st.dct, mon, d, _tense(st.text, m.start(), m.end(), nearest=_NEAREST))
    day = _make_day(y, mon, d)
    return _mk(m, TimexType.DATE, day.isoformat() if day else None, mod=mod)


def _r_month(m: re.Match[str], st: _State) -> Timex | None:
    word = m.group("mon")
    mon = st.lex.months[word.lower()]
    rel = (m.group("rel") or "").lower().split()
    mod = _mod(st.lex, m.groupdict().get("mod"))
    y_txt, ry = m.group("y"), (m.group("ry") or "").lower()
    if not (rel or mod or y_txt or ry):
        before = st.text[max(0, m.start() - 12) : m.start()].lower()
        prep = re.search(
            r"\b(in|since|until|till|by|from|of|during|before|after|through|to|and|or|between)\s+$",
            before,
        )
        if len(word) <= 4 and word.lower() not in ("june", "july"):
            return None  # "Dec" or "May" alone: too often not a month
        if word.lower() in ("march", "august") and prep is None:
            return None
    if y_txt:
        return _mk(m, TimexType.DATE, f"{y_txt}-{mon:02d}", mod=mod)
    if st.dct is None:
        return _mk(m, TimexType.DATE, f"XXXX-{mon:02d}", mod=mod, anchored=False, rel=True)
    if ry:
        y = st.dct.year + {"this": 0, "last": -1, "next": 1}[ry]
    elif rel and rel[0] in ("last", "past") or rel[:2] == ["this", "past"]:
        y = st.dct.year if mon < st.dct.month else st.dct.year - 1
    elif rel and rel[0] in ("next", "coming") or rel[-1:] == ["coming"]:
        y = st.dct.year if mon > st.dct.month else st.dct.year + 1
    elif rel == ["this"]:
        y = st.dct.year
    else:
        y = _pick_year(st.dct, mon, 15, _tense(st.text, m.start(), m.end(), nearest=_NEAREST))
    return _mk(m, TimexType.DATE, f"{y}-{mon:02d}", rel=True, mod=mod)


def _r_weekday(m: re.Match[str], st: _State) -> Timex | None:
    wd = st.lex.weekdays[m.group("wd").lower()]
    part = (m.group("part") or "").lower()
    typ = TimexType.TIME if part else TimexType.DATE
    suffix = f"T{st.lex.parts[part]}" if part else ""
    if st.dct is None:
        return _mk(m, typ, "XXXX-XX-XX" + suffix, rel=True, anchored=False)
    rel = (m.group("rel") or "").lower().split()
    back = (st.dct.weekday() - wd) % 7
    ahead = (wd - st.dct.weekday()) % 7
    if rel and rel[-1] in ("last", "past", "previous"):
        delta = -(back or 7)
    elif rel and rel[-1] in ("next", "coming", "following"):
        delta = ahead or 7
    elif rel == ["this"]:
        delta = ahead if _tense(st.text, m.start(), m.end()) == "future" else -back
    else:
        delta = (
            ahead
            if _tense(st.text, m.start(), m.end(), nearest=True, reach=40) == "future"
            else -back
        )
    day = st.dct + timedelta(days=delta)
    return _mk(
        m, typ, day.isoformat() + suffix, rel=True, mod=_mod(st.lex, m.groupdict().get("mod"))
    )


def _r_deictic(m: re.Match[str], st: _State) -> Timex | None:
    word = (m.group("w") or "").lower()
    part = (m.group("part") or m.group("part2") or "").lower()
    if word == "tonight":
        part = "night"
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    if m.group("rel2") and m.group("rel2").lower() == "last":
        offset = -1
    typ = TimexType.TIME if part else TimexType.DATE
    suffix = f"T{st.lex.parts[part]}" if part else ""
    mod = _mod(st.lex, m.groupdict().get("mod"))
    if st.dct is None:
        return _mk(m, typ, "XXXX-XX-XX" + suffix, rel=True, anchored=False, mod=mod)
    day = st.dct + timedelta(days=offset)
    return _mk(m, typ, day.isoformat() + suffix, rel=True, mod=mod)


def _r_relunit(m: re.Match[str], st: _State) -> Timex | None:
    rel = " ".join((m.group("rel") or "").lower().split())
    unit = m.group("unit").lower()
    mod = _mod(st.lex, m.groupdict().get("mod"))
    if rel in ("the following", "the next", "the previous", "the preceding", "the same", "that"):
        shift = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(
            rel, 0
        )
        if rel == "the next" and unit != "day":
            anchor = st.dct  # "the next month" speaks from now unless a day anchors it
        else:
            anchor = st.last_day or _year_start(st.last_value) or st.dct
        if anchor is None:
            return _mk(m, TimexType.DATE, _unknown(unit), rel=True, anchored=False, mod=mod)
        return _mk(m, TimexType.DATE, _shift_value(anchor, unit, shift), rel=True, mod=mod)
    if st.dct is None:
        value = {
            "last": "PAST_REF",
            "the past": "PAST_REF",
            "next": "FUTURE_REF",
            "the coming": "FUTURE_REF",
        }.get(rel, _unknown(unit))
        return _mk(m, TimexType.DATE, value, rel=True, anchored=False, mod=mod)
    shift = {
        "last": -1,
        "the past": -1,
        "the last": -1,
        "the previous": -1,
        "next": 1,
        "the coming": 1,
        "this coming": 1,
    }.get(rel, 0)
    if unit == "quarter" and rel in ("the latest", "the most recent", "the"):
        shift = -1
    if unit == "day" and rel in ("this", "the", "the current", "current", "the present"):
        return None  # "this day" is rarely a date in news prose
    if unit == "weekend":
        base = st.dct - timedelta(
            days=st.dct.weekday() + 7 if st.dct.weekday() < 4 else st.dct.weekday()
        )
        base += timedelta(days=7 * shift)
        iso = base.isocalendar()
        return _mk(m, TimexType.DATE, f"{iso[0]}-W{iso[1]:02d}-WE", rel=True, mod=mod)
    return _mk(m, TimexType.DATE, _shift_value(st.dct, unit, shift), rel=True, mod=mod)


def _r_anchored(m: re.Match[str], st: _State) -> Timex | None:
    unit = m.group("unit").lower()
    shift = -1 if m.group("dir").lower() in ("before", "earlier") else 1
    anchor = st.last_day or st.dct
    if anchor is None:
        return _mk(m, TimexType.DATE, _unknown(unit), rel=True, anchored=False)
    return _mk(m, TimexType.DATE, _shift_value(anchor, unit, shift), rel=True)


def _r_ago(m: re.Match[str], st: _State) -> Timex | None:
    n = _number(st.lex.numbers, m.group("n"))
    unit = st.lex.units[m.group("unit").lower()]
    direction = m.group("dir").lower().split()[0]
    mod = st.lex.approx.get(" ".join((m.group("ap") or "").lower().split()))
    sign = 1 if direction in ("later", "from", "hence") else -1
    if n is None or n != int(n) or unit in ("S", "TM", "TH", "WE"):
        return _mk(m, TimexType.DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", rel=True, mod=mod)
    anchored_on_text = direction in ("earlier", "later", "previously")
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
    if unit in ("S", "TM") and not raw_n[0].isdigit():
        return None  # "a second round", "a minute" as idiom
    n = _number(st.lex.numbers, raw_n)
    if n is None and raw_n not in st.lex.numbers:
        return None
    mod = st.lex.approx.get(" ".join((m.group("ap") or "").lower().split()))
    start = m.start()
    if m.group("det") and not m.group("adj") and raw_n in ("a", "an"):
        return None
    return _mk(m, TimexType.DURATION, _duration(n, unit), mod=mod, start=start)


def _r_durplural(m: re.Match[str], st: _State) -> Timex | None:
    word = (m.group("unit") or m.group("unit2")).lower().rstrip("s").replace("centurie", "century")
    return _mk(m, TimexType.DURATION, _duration(None, st.lex.units[word]))


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


def _r_decade(m: re.Match[str], st: _State) -> Timex | None:
    dec = m.group("dec")
    value = ("19" + dec[1]) if dec.startswith("'") else dec[:3]
    return _mk(m, TimexType.DATE, value, mod=_mod(st.lex, m.groupdict().get("mod")))


def _r_quarter(m: re.Match[str], st: _State) -> Timex | None:
    order = {
        "first": 1,
        "1st": 1,
        "second": 2,
        "2nd": 2,
        "third": 3,
        "3rd": 3,
        "fourth": 4,
        "4th": 4,
        "final": 4,
    }
    k = order[m.group("ord").lower()]
    half = m.group("q").lower() == "half"
    if half and k > 2:
        return None
    code = f"H{k}" if half else f"Q{k}"
    yr = m.group("yr") or m.group("yr2") or ""
    rel = (m.group("ry") or yr.split("'")[0].split(" ")[0] or (m.group("det") or "")).lower()
    if yr[:4].isdigit():
        y: int | None = int(yr[:4])
    elif st.dct is None:
        y = None
    elif rel in ("last", "next", "this"):
        y = st.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    else:
        current = (st.dct.month - 1) // (6 if half else 3) + 1
        y = (
            st.dct.year
            if k <= current or _tense(st.text, m.start(), m.end()) == "future"
            else st.dct.year - 1
        )
    value = f"{y if y else 'XXXX'}-{code}"
    return _mk(m, TimexType.DATE, value, rel=not yr[:4].isdigit(), anchored=y is not None)


def _r_qrel(m: re.Match[str], st: _State) -> Timex | None:
    last = st.last_value if st.last_value and "-Q" in st.last_value else None
    adj = (m.group("adj") or m.group("ya") or "").lower()
    if adj.startswith("year"):
        if last is None:
            return None if m.group("ya") else _mk(m, TimexType.DATE, "XXXX-QX", anchored=False)
        return _mk(m, TimexType.DATE, f"{int(last[:4]) - 1}{last[4:]}", rel=True)
    if last is not None and adj in ("", "same"):
        return _mk(m, TimexType.DATE, last, rel=True)
    if st.dct is None:
        return _mk(m, TimexType.DATE, "XXXX-QX", rel=True, anchored=False)
    return _mk(m, TimexType.DATE, _shift_value(st.dct, "quarter", -1), rel=True)


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
    y = st.dct.year + {"last": -1, "the past": -1, "this past": -1, "next": 1, "the coming": 1}.get(
        rel, 0
    )
    if rel in ("this past",) and _SEASON_MONTH[code] < st.dct.month:
        y = st.dct.year
    return _mk(m, TimexType.DATE, f"{y}-{code}", rel=True, mod=mod)


def _r_ref(m: re.Match[str], st: _State) -> Timex | None:
    return _mk(m, TimexType.DATE, st.lex.refs[" ".join(m.group("w").lower().split())], rel=True)


def _r_set(m: re.Match[str], st: _State) -> Timex | None:
    word = (m.group("unit") or m.group("unit2")).lower()
    if word in st.lex.weekdays:
        return _mk(m, TimexType.SET, f"XXXX-WXX-{st.lex.weekdays[word] + 1}")
    n = _number(st.lex.numbers, m.group("n")) if m.group("n") else 1
    return _mk(m, TimexType.SET, _duration(n, st.lex.units[word]))


def _r_time(m: re.Match[str], st: _State) -> Timex | None:
    if m.group("w"):
        hh, mi = (12, 0) if m.group("w").lower() == "noon" else (24, 0)
    else:
        hh, mi = int(m.group("h")), int(m.group("mi") or 0)
        if hh > 12:
            return None
        pm = m.group("ap").lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
    day = st.dct.isoformat() if st.dct else "XXXX-XX-XX"
    word = (m.group("day") or "").lower()
    if st.dct and word:
        if word in st.lex.weekdays:
            back = (st.dct.weekday() - st.lex.weekdays[word]) % 7
            day = (st.dct - timedelta(days=back)).isoformat()
        else:
            day = (
                st.dct + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
            ).isoformat()
    return _mk(m, TimexType.TIME, f"{day}T{hh:02d}:{mi:02d}", rel=True, anchored=st.dct is not None)


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


_RESOLVERS = {
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
    "quarter": _r_quarter,
    "qrel": _r_qrel,
    "season": _r_season,
    "ref": _r_ref,
    "set": _r_set,
    "time": _r_time,
    "nth": _r_nth,
}


# ---------------------------------------------------------------- calendar helpers

_UNIT_NAMES = {
    "D": "day",
    "W": "week",
    "M": "month",
    "Q": "quarter",
    "Y": "year",
    "DE": "decade",
    "CE": "century",
}
_PAST_SLACK = 90  # days a date may lie ahead of the article before past tense moves it back
_FUTURE_SLACK = 20
_NEAREST = True
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"”’]?\s+|\n")
_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
_CUES = re.compile(
    r"\b(?P<f>will|shall|won't|is\s+to|are\s+to|going\s+to|plans?|planned|planning|scheduled|"
    r"due|expected|intends?|ahead\s+of|upcoming|set\s+to|would|hopes?\s+to|vow(?:s|ed)|"
    r"pledged?|promised?|aims?\s+to|next)\b|'ll\b|\b(?P<p>was|were|had|did|said|told|ago|last|[a-z]{2,}ed)\b"
)


def _parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _year_start(value: str | None) -> date | None:
    if value and len(value) in (4, 7) and value[:4].isdigit() and value[5:].isdigit():
        return _make_day(int(value[:4]), int(value[5:7]) if len(value) == 7 else 1, 1)
    return None


def _make_day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None  # "February 30": left unresolved, never raised


def _unknown(unit: str) -> str:
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}.get(
        unit, "XXXX"
    )


def _shift_value(anchor: date, unit: str, n: int) -> str:
    """The TIMEX3 value of the `unit` containing `anchor`, moved by `n` units."""
    if unit == "day":
        return (anchor + timedelta(days=n)).isoformat()
    if unit in ("week", "weekend"):
        iso = (anchor + timedelta(weeks=n)).isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if unit == "month":
        k = anchor.year * 12 + anchor.month - 1 + n
        return f"{k // 12}-{k % 12 + 1:02d}"
    if unit == "quarter":
        k = anchor.year * 4 + (anchor.month - 1) // 3 + n
        return f"{k // 4}-Q{k % 4 + 1}"
    if unit == "decade":
        return str(anchor.year // 10 + n)
    if unit == "century":
        return str(anchor.year // 100 + n)
    return str(anchor.year + n)


def _number(numbers: dict[str, float | str], raw: str | None) -> float | None:
    """A number word, a compound ("twenty-five"), digits, or None when unspecified."""
    if raw is None:
        return None
    raw = " ".join(raw.lower().split())
    if raw in numbers:
        v = numbers[raw]
        return None if v == "X" else float(v)
    if raw.endswith(" 1/2"):
        raw_f = _number(numbers, raw[:-4])
        return raw_f + 0.5 if raw_f is not None else None
    parts = re.split(r"[- ]", raw)
    if len(parts) == 2 and all(p in numbers and numbers[p] != "X" for p in parts):
        return float(numbers[parts[0]]) + float(numbers[parts[1]])
    try:
        return float(raw)
    except ValueError:
        return None


def _duration(n: float | None, unit: str) -> str:
    if n is not None and unit == "Y" and n != int(n):
        return f"P{int(n)}Y{round((n - int(n)) * 12)}M"  # "2 1/2 years" -> P2Y6M
    amount = "X" if n is None else (str(int(n)) if n == int(n) else str(n))
    if unit.startswith("T"):
        return f"PT{amount}{unit[1:]}"
    return f"P{amount}{unit}"


def _pick_year(dct: date, month: int, day: int, tense: str | None) -> int:
    """The year putting month/day nearest the article date, unless tense says otherwise."""
    best = min(
        (dct.year - 1, dct.year, dct.year + 1),
        key=lambda y: abs(_ordinal(y, month, day) - dct.toordinal()) + (0.5 if y > dct.year else 0),
    )
    here = _ordinal(best, month, day) - dct.toordinal()
    if tense == "past" and here > _PAST_SLACK:
        return best - 1
    if tense == "future" and here < -_FUTURE_SLACK:
        return best + 1
    return best


def _ordinal(y: int, month: int, day: int) -> int:
    return date(y, month, min(day, 28)).toordinal()


def _tense(text: str, start: int, end: int, nearest: bool = False, reach: int = 400) -> str | None:
    """ "past", "future" or None from verb cues in the clause around [start, end).

    With `nearest`, the closest cue decides; otherwise a lone kind of cue decides and
    any future cue wins: "ahead of the election in November", "a will to restore ... lines
    which had been cut ... from early October".
    """
    lo = max(0, start - 160)
    hi = min(len(text), end + 120)
    window = text[lo:hi]
    cuts = [b.end() for b in _SENTENCE_END.finditer(window, 0, start - lo)]
    cut = cuts[-1] if cuts else 0
    stop = _SENTENCE_END.search(window, end - lo)
    window = window[cut : stop.start() if stop else None]
    base = lo + cut
    cues = [
        (
            min(abs(c.start() + base - start), abs(c.end() + base - end)),
            "future" if c.group("p") is None else "past",
        )
        for c in _CUES.finditer(window)
    ]
    cues = [c for c in cues if c[0] <= reach]
    if not cues:
        return None
    if nearest:
        return min(cues)[1]
    kinds = {k for _, k in cues}
    return "future" if "future" in kinds else "past"


def _is_name(text: str, start: int, end: int, heads: frozenset[str]) -> bool:
    """Whether a month-day date is part of a name: "the April 27 Panmunjom Declaration"."""
    words = re.findall(r"[A-Za-z][\w'-]*|\S", text[end : end + 80])[:5]
    if not words:
        return False
    if words[0].lower() in heads:
        return True
    the = text[max(0, start - 4) : start].lower() == "the "
    caps = []
    for w in words:
        if not w[0].isupper():
            break
        caps.append(w.lower())
    if the and caps:
        return True
    return any(w in heads for w in caps)
