"""Compile the time-word lexicon (knowledge/timewords.yaml) into the tagger's patterns.

Needs: the lexicon file. Adds: a cached `_Lexicon` holding the word tables, one regular
expression per expression kind (in rank order), and an anchor pattern whose matches mark
the stretches of text (`_windows`) where the full patterns are worth running.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from peninsula.errors import KnowledgeError
from peninsula.knowledge.anchors import anchors
from peninsula.knowledge.load import Problems, read_table
from peninsula.knowledge.trie import trie_alternation


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
    freqs: dict[str, str]
    holidays: dict[str, str]
    name_heads: frozenset[str]
    ordinal_heads: frozenset[str]
    done_nouns: frozenset[str]
    # "last" -1, "the following" +1, "that" 0: the one table of relative words' shifts
    shifts: dict[str, int]
    past_clause_words: frozenset[str]  # "in the past the papers lied": a clause goes on
    current_terms: frozenset[str]  # "current account": no time
    not_verbs: frozenset[str]  # "was", "this": no present verb after a story's date
    present: re.Pattern[str]  # a present or future verb, or "now": a story has ended
    said: re.Pattern[str]  # a verb that reports speech, not one before a quoted block
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    # per pattern, lower-case strings one of which an ASCII text must hold for it to match
    # (None: no such strings); case is ignored, so lower-cased text is what they are sought in
    pattern_words: tuple[frozenset[str] | None, ...]
    anchor: re.Pattern[str]
    # kinds run only around hits of a plain word alternation, which is scanned far more
    # quickly on its own than as one more branch of `anchor`: (kind, needle, scan); the
    # scan is skipped when the text lacks the lower-case needle, which `in` finds at once
    scans: tuple[tuple[str, str, re.Pattern[str]], ...]

    def summary(self) -> str:
        return f"{len(self.months)} month words, {len(self.patterns)} patterns"


# "the nineties": decades in words, read as the 1900s
_SPELLED_DECADES = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
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
    "yrange": {"d"},
    "quarter": {"unit"},
    "qrel": {"unit"},
    "season": {"season"},
    "ref": {"ref"},
    "yearend": {"unit"},
    "set": {"unit", "wd"},
    "time": {"d", "deic"},
    "nth": {"d"},
    "century": {"unit"},
    "spelled": {"spell"},
    "theyear": {"unit"},
    "holiday": set(),  # these two run only around their `scans` hits (qrel, spelled: also)
    "soon": set(),
    "thetime": set(),
}


def _alt(words: Iterable[object]) -> str:
    """A regex alternation of `words`, longest first, spaces matching any whitespace;
    written as a trie, which matches the same but tries one branch per letter instead of
    every word (the anchor pattern runs over whole texts)."""
    return trie_alternation((str(w) for w in words), {" ": r"\s+"})


def _case_free_anchors(pattern: str, flags: int) -> frozenset[str] | None:
    """Anchors read with case ignored: in ASCII text, a match in any case of a literal
    means the lower-cased text holds it lower-cased."""
    found = anchors(re.compile(pattern, flags & ~re.IGNORECASE))
    return frozenset(word.lower() for word in found) if found else None


def _words(t: dict, key: str, problems: Problems, lower: bool = True) -> list[str]:
    """A list of words from a section of timewords.yaml; anything but words is a problem
    (YAML reads a bare `on` or `no` as a boolean)."""
    items = t.get(key)
    if not isinstance(items, list) or not items:
        problems.add(f"timewords.yaml {key}", "must be a non-empty list of words")
        return []
    for item in items:
        if not isinstance(item, str):
            problems.add(f"timewords.yaml {key} -> {item!r}", "not a word (quote it)")
    return [str(w).lower() if lower else str(w) for w in items]


def _shifts(t: dict, problems: Problems) -> dict[str, int]:
    table = t.get("relative_shifts")
    if not isinstance(table, dict) or not table:
        problems.add("timewords.yaml relative_shifts", "must map words to whole numbers")
        return {}
    for word, shift in table.items():
        if not isinstance(shift, int) or isinstance(shift, bool):
            problems.add(f"timewords.yaml relative_shifts -> {word}", "not a whole number")
    return {" ".join(str(k).lower().split()): int(v) for k, v in table.items()}


def _reporting_verbs() -> str:
    """The verbs that report speech: the SAY define of triggers.yaml, shared with the coder."""
    say = (read_table("triggers.yaml") or {}).get("define", {}).get("SAY")
    if not isinstance(say, str) or not say:
        raise KnowledgeError("triggers.yaml define -> SAY: missing, timex needs reporting verbs")
    return say


@cache
def _lexicon() -> _Lexicon:
    t = read_table("timewords.yaml")
    problems = Problems()
    shifts = _shifts(t, problems)
    zones = "|".join(re.escape(z) for z in _words(t, "time_zones", problems, lower=False))
    past_clause_words = frozenset(_words(t, "past_clause_words", problems))
    current_terms = frozenset(_words(t, "current_terms", problems))
    not_verbs = frozenset(_words(t, "not_verbs", problems))
    present_words = _words(t, "present_words", problems)
    problems.raise_if_any()
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
    teens = _alt(k for k, v in t["numbers"].items() if isinstance(v, int) and 10 <= v <= 19)
    ordinal_num = rf"(?:{tens})[- ](?:{ones})|{num}"
    unit = _alt(t["units"])
    approx = _alt(t["approximators"])
    year = r"(?:1[6-9]|20)\d\d"
    modp = r"(?P<mod>(?:early|mid|late|earlier|later)(?:\s+|-)|mid-?|the\s+(?:beginning|start|middle|end|close|first\s+half|second\s+half)\s+of\s+)"
    rel = r"this\s+past|this\s+coming|this|last|next|the\s+coming|the\s+past|the\s+current|current|the\s+previous|the\s+following|the\s+same|that|the\s+latest|the\s+most\s+recent|the\s+next|the\s+last|the\s+preceding|the\s+present|(?<=of\s)the|(?<=earlier\sin\s)the|(?<=later\sin\s)the|the(?=\s+weekend)"
    notnum = r"(?<![\d$£€.,/-])"
    hol = _alt(t["holidays"])
    # "November that year", "Nov. 24 last year": a month or a day with the year told after it
    told_year = r"(?i:this|last|next|that|the\s+same|the\s+following|the\s+previous)"
    clock = _alt(k for k, v in t["numbers"].items() if isinstance(v, int) and 1 <= v <= 12)
    i = re.IGNORECASE
    patterns: list[tuple[str, str, int]] = [
        (
            "iso",
            rf"\b(?P<y>{year})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b|\b(?P<m2>[01]?\d)/(?P<d2>[0-3]?\d)/(?P<y2>{year}|\d\d)\b",
            0,
        ),
        (
            "mdy",
            rf"(?:(?i:{modp}))?(?:\b(?:{wd}),?\s+)?\b(?P<mon>{mon})\b\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\.\d|:\d|\s*%)(?:,?\s+(?P<y>{year})\b|,?\s+(?:of\s+)?(?P<ry>{told_year})\s+(?i:year)\b)?",
            0,
        ),
        (
            "mdy",
            rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{mon})\b\.?(?:,?\s+(?P<y>{year})\b)?",
            0,
        ),
        (
            "month",
            rf"(?:(?i:{modp}))?(?:(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|the\s+coming|past|every|each))\s+)?\b(?P<mon>{mon})\b(?:(?<=\b\w{{3}})(?<!May)\.|(?<=\bSept)\.)?(?(rel)(?!\.?\s+[0-3]?\d\b))(?:,?\s+(?:of\s+)?(?:(?P<y>{year})\b|(?P<ry>{told_year})\s+(?i:year)\b))?",
            0,
        ),
        (
            "weekday",
            rf"(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|the\s+coming|the\s+following|the\s+previous|past|coming))\s+)?(?:(?P<mod>(?i:early|late))\s+)?\b(?P<wd>{wd})(?P<pl>s)?\b(?:'s)?(?:\s+(?P<part>(?i:morning|afternoon|evening|night))(?(pl)|(?P<pl2>s)?))?",
            0,
        ),
        (
            "deictic",
            r"(?:(?P<mod>early|late|later|earlier)\s+)?\b(?P<w>today|yesterday|tomorrow|tonight)\b(?:'s)?(?:\s+(?P<part>morning|afternoon|evening|night))?|\b(?P<rel2>this|last)\s+(?P<part2>morning|afternoon|evening|night)\b|\b(?P<mid>mid-?\s*)(?P<part3>morning|afternoon|evening)\b(?:\s+(?P<w3>today|yesterday|tomorrow)\b)?|\b(?P<part4>morning|afternoon|evening)\s+(?P<w4>yesterday)\b",
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
            rf"(?:\b(?P<ap>{approx})\s+)?(?<![\w$.,-])(?:(?P<n>{num})(?:\s+|-)|(?=(?i:days)\s+ago\b))(?:or\s+so\s+)?(?P<unit>{unit})s?\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|from\s+now|hence|previously)\b",
            i,
        ),
        (
            "dur",
            rf"(?:\b(?P<ap>{approx})\s+)?(?:\b(?P<det>the|its|their|his|her)\s+)?(?:(?P<adj>past|last|next|first|coming|previous|following|latest|remaining|final|initial|entire|whole|full|other)\s+)?{notnum}\b(?P<n>{ordinal_num})(?:\s+|-)(?:(?:more|additional|straight|consecutive|full)\s+)?(?P<unit>{unit})s?\b(?!-(?:old|long)\b)",
            i,
        ),
        (
            "durplural",
            r"(?<=\bfor\s)(?P<unit>years|months|decades|weeks|days|hours|centuries)\b|(?<=\bover\s)(?P<unit2>years|decades|centuries)\b"
            # "within days", "the worst in decades", "hours later", "after months of talks"
            r"|(?<=\bwithin\s)(?P<unit3>hours|days|weeks|months)\b"
            r"|(?<=\bin\s)(?P<unit4>years|decades|months|weeks)\b(?!\s+(?:of|to|past|ahead|before|after|since|that|when|following|leading)\b)"
            r"|(?<![\w-])(?P<unit5>minutes|hours|days|weeks|months|years|decades)\s+(?P<dir>later|earlier|ago)\b"
            r"|(?:(?<=\bafter\s)|(?<=\bamid\s)|(?<=\bdespite\s))(?P<unit6>hours|days|weeks|months|years|decades)(?=\s+of\s+[a-z])",
            i,
        ),
        (
            "year",
            rf"(?:(?P<mod>(?i:early|mid|late)(?:\s+|-)|(?i:mid)-?|(?i:the\s+(?:beginning|start|middle|end|close)\s+of)\s+))?(?P<pre>(?i:fiscal|calendar)\s+(?:(?i:year)\s+)?|FY\s?)?(?(mod)|(?<![\w$£€.,/#-]))(?P<y>{year})(?![\w.,/%-]\d|\s*(?:%|percent|per\b|-\d)|'s|\w|\s*(?:{zones})\b|\s+(?i:local\s+time)\b)",
            0,
        ),
        # "1950-53", "2011-2012": a span of years, each end its own TIMEX3
        (
            "yrange",
            rf"(?<![\w$£€.,/#-])(?P<y>{year})\s?[-–/]\s?(?P<y2>{year}|\d\d)\b(?![\w.,/%-]\d|\s*(?:%|percent))",
            0,
        ),
        (
            "decade",
            r"(?:\b(?P<det>[Tt]he)\s+)?(?:(?P<mod>(?i:early|mid|late)(?:\s+|-)|(?i:mid)-))?(?P<dec>(?:1[6-9]|20)\d0|'\d0)s\b",
            0,
        ),
        (
            "quarter",
            rf"(?:\b(?P<det>the|this|last|next)\s+(?:(?P<ago>(?:comparable\s+|corresponding\s+)?year-(?:ago|earlier))\s+)?)?(?:(?P<yr>{year}|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:fiscal[\s-]+)?\b(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th|last(?=\s+(?:quarter|half)\s+of\b))[- ](?P<q>quarter|half)\b(?:\s+of\s+(?:fiscal\s+)?(?:(?P<yr2>{year})|(?P<ry>this|last|next)\s+year))?",
            i,
        ),
        (
            "qrel",
            rf"\bthe\s+(?:(?P<adj>latest|recent|most\s+recent|same|previous|comparable|corresponding)\s+)?(?:(?P<ago>year-ago|year-earlier)\s+)?(?P<noun>quarter|period)\b(?!-)(?:(?P<back>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b)|\s+of\s+(?P<yr3>{year})\b)?"
            r"|\b(?P<lyq>last\s+year's)\s+(?:(?:same|comparable)\s+)?(?:quarter|period)\b"
            rf"|\bthe\s+(?P<yr>{year})\s+period\b|\b(?P<ya>year-ago|year-earlier)\b",
            i,
        ),
        (
            "season",
            rf"(?:(?P<rel>(?i:this\s+past|this|last|next|the\s+coming|the\s+past|the))\s+)?(?:(?P<mod>(?i:early|late|mid)-?)\s*)?\b(?P<s>(?i:spring|summer|autumn|fall|winter))\b(?:\s+(?:of\s+)?(?P<y>{year})\b)?",
            0,
        ),
        ("ref", rf"\b(?P<w>{_alt(t['references'])})\b", i),
        # "by year-end", "before year's end": the end of this year; "year-end results" is
        # an adjective and stays untagged
        (
            "yearend",
            r"\b(?:by|at|before|until|till|through|after)\s+(?P<w>year-end|year's\s+end)\b",
            i,
        ),
        (
            "set",
            rf"\b(?:every|each|per)\s+(?:(?P<n>{num})\s+)?(?P<unit>{unit}|{wd.lower()})s?\b|\b(?P<freq>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per)\s+(?P<unit2>{unit})\b|\b(?P<adv>{_alt(t['frequencies'])})\b",
            i,
        ),
        (
            "time",
            rf"(?:\b(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)|(?<!high\s)\b(?P<w>noon|midday|midnight)"
            # "at 4 in the morning": the hour and the part of the day that says which half
            rf"|\b(?P<h2>1[0-2]|[1-9]|{clock})(?:\s+o'clock)?\s+in\s+the\s+(?P<pod>morning|afternoon|evening|night)\b(?!\s+(?:session|shift|edition|papers?|news)\b)"
            # "1900 GMT", "0630 local time", "14:30 GMT": a 24-hour clock, told by its zone
            rf"|(?<![\w$£€.,:/-])(?P<h3>[01]\d|2[0-3]):?(?P<mi3>[0-5]\d)(?=\s*(?-i:{zones})\b|\s+local\s+time\b)"
            # "at 14:30": a colon time after "at" needs no zone
            rf"|(?<=\bat\s)(?P<h4>[01]?\d|2[0-3]):(?P<mi4>[0-5]\d)\b(?![.,:]\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b)))"
            rf"(?:\s*(?-i:{zones})\b|\s+local\s+time\b)?(?:\s+(?P<day>{wd.lower()}|today|yesterday|tomorrow)\b|,?\s+(?-i:(?P<mon>{mon}))\.?\s+(?P<md>[0-3]?\d)\b(?![.:]\d)"
            # "10:00 on July 16": two TIMEX3, the time (valued on that day) and the date
            rf"|(?=,?\s+on\s+(?:(?P<day2>{wd.lower()}|today|yesterday|tomorrow)\b|(?-i:(?P<mon2>{mon}))\.?\s+(?P<md2>[0-3]?\d)\b(?![.:]\d)(?:,?\s+(?P<y2>{year})\b)?)))?",
            i,
        ),
        ("nth", r"\b[Tt]he\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b", 0),
        (
            "century",
            r"\b(?P<c>[12]?\d)(?:st|nd|rd|th)(?:\s+|-)century\b(?!-)"
            r"|\bthe\s+turn\s+of\s+the\s+(?P<turn>century|millennium)\b(?!-)",
            i,
        ),
        (
            "spelled",
            rf"(?:(?P<mon>{mon})\s+|(?i:the\s+(?P<s>spring|summer|autumn|fall|winter)\s+of)\s+|(?i:the\s+year)\s+)?\b(?i:(?P<c>nineteen|twenty)\s+(?P<yy>(?:{tens})(?:[- ](?:{ones}))?|{teens})|(?P<k>two\s+thousand)(?:\s+(?:and\s+)?(?P<k1>{ones}|{teens}))?)\b"
            rf"|\b(?i:the\s+(?:(?P<dmod>early|mid|late)[\s-]+)?(?P<dec>{_SPELLED_DECADES}))\b",
            0,
        ),
        (
            "theyear",
            r"\b(?P<det>the)\s+(?:(?P<adj>full|fiscal|current|whole|entire)\s+)?year\b(?!-|'s|\s+(?:before|after|earlier|later|ago)\b)(?P<ended>\s+(?:ended|ending|to)\b)?",
            re.IGNORECASE,
        ),
        (
            "holiday",
            rf"(?:\b(?P<rel>(?i:last|next|this\s+past|this\s+coming|this))\s+)?\b(?P<h>{hol})(?![\w'])(?:\s+(?P<wk>week)\b)?",
            0,
        ),
        # "said at the time that ...": the time just told of, TIMEX3 PAST_REF
        (
            "thetime",
            r"\bat\s+(?P<w>the|that)\s+time\b(?!\s+(?:of|being|for|to|limit|frame)\b)(?!-)",
            i,
        ),
        # "soon" next to a modal or an infinitive speaks of the future: "may soon seek"
        (
            "soon",
            r"\b(?:will|may|might|could|would|to)\s+(?P<s>soon)\b|\b(?P<s2>soon)(?=\s+(?:will|to)\b)",
            i,
        ),
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
        freqs={str(k).lower(): str(v) for k, v in t["frequencies"].items()},
        holidays={" ".join(str(k).split()): str(v) for k, v in t["holidays"].items()},
        name_heads=frozenset(str(w).lower() for w in t["name_heads"]),
        ordinal_heads=frozenset(str(w).lower() for w in t["ordinal_name_heads"]),
        done_nouns=frozenset(str(w).lower() for w in t["done_nouns"]),
        shifts=shifts,
        past_clause_words=past_clause_words,
        current_terms=current_terms,
        not_verbs=not_verbs,
        present=re.compile(rf"\b(?:{_alt(present_words)})\b|'s\s+been\b", i),
        # what follows a reporting verb in its sentence is what was said; not after one
        # that opens a block quoted from a paper ("the bulletin said:"), which speaks from now
        said=re.compile(rf"\b(?:{_reporting_verbs()})\b(?!\W*:)", i),
        patterns=tuple((k, re.compile(p, f)) for k, p, f in patterns),
        pattern_words=tuple(_case_free_anchors(p, f) for _, p, f in patterns),
        scans=(
            ("holiday", "", re.compile(hol)),
            ("soon", "oon", re.compile(r"\bsoon\b", i)),
            ("thetime", " time", re.compile(r"\bat\s+th(?:e|at)\s+time\b", i)),
            ("qrel", "eriod", re.compile(r"\bperiod\b", i)),  # "the latest period"
            ("spelled", "ties", re.compile(rf"\b(?:{_SPELLED_DECADES})\b", i)),
        ),
        anchor=re.compile(
            rf"(?P<d>\d)|\b(?:(?P<mon>{mon})|(?P<wd>{wd})s?)\b|\b(?i:(?P<unit>{unit}|half|daily)|"
            r"(?P<spell>nineteen|two\s+thousand)|"
            r"(?P<deic>today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|noon|midday|"
            rf"midnight)|(?P<season>spring|summer|autumn|fall|winter)|(?P<ref>{_alt(t['references'])}))"
        ),
    )
