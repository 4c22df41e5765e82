"""Calendar arithmetic and context cues shared by the timex resolvers.

Needs: nothing but the standard library and the compiled lexicon. Adds: the resolver state
(`_State`: text, document date, last date mentioned), Timex construction, unit shifts,
number and duration spelling, year choice for dates written without one, and the tense
and name cues read from the words around an expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from peninsula.models import Timex, TimexType
from peninsula.understand.timex_patterns import _Lexicon

if TYPE_CHECKING:
    from peninsula.understand.timex_story import _Sentences


@dataclass(slots=True)
class _State:
    """What the resolvers share: the text, the date, and the last date mentioned."""

    text: str
    dct: date | None
    lex: _Lexicon
    last_day: date | None = None
    last_value: str | None = None
    last_end: int = -1000
    last_day_end: int = -1000  # where the last expression naming a day ended
    notes: dict[str, str] = field(default_factory=dict)
    # the quarter a results story reports on ("third-quarter profit"), which "a year
    # earlier", "the latest period" and "the year-ago quarter" are read against
    quarter: str | None = None
    quarter_end: int = -100_000
    # the time a past-tense story speaks from, and where it was set (see timex_story)
    story_value: str | None = None
    story_at: int = -1
    story_framed: bool = False
    sentences: _Sentences | None = None  # found once, when a story first needs them
    unquoted: str | None = None

    def note_quarter(self, value: str, end: int) -> None:
        if _QUARTER.fullmatch(value):
            self.quarter, self.quarter_end = value, end

    def reporting_quarter(self, start: int) -> str | None:
        """The quarter last reported on, if it was mentioned close enough before `start`."""
        return self.quarter if start - self.quarter_end < _QUARTER_REACH else None

    def remember(self, timex: Timex) -> None:
        if timex.is_name or timex.type not in (TimexType.DATE, TimexType.TIME):
            return
        day = _parse_day(timex.value[:10])
        if day is not None:
            self.last_day, self.last_day_end = day, timex.end
        if timex.value[:1].isdigit():
            self.last_value = timex.value.split("T")[0]
            self.last_end = timex.end


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
# "at 9 p.m. (1200 GMT) Sunday": the period of "a.m."/"p.m." ends a sentence only before a capital
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?:(?<!\b[ap]\.m)[.!?][\"”’]?\s+|(?<=\b[ap]\.m)\.\s+(?=[A-Z\"“]))|\n"
)
_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
_QUARTER = re.compile(r"(?:1[6-9]|20)\d\d-Q[1-4]")
_QUARTER_REACH = 3000  # characters after a quarter mention that still speak of it


def _by_initial(words: str) -> str:
    """An alternation of `words` factored by first letter: much quicker to try per word."""
    groups: dict[str, list[str]] = {}
    for w in words.split():
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(
        f"{k}(?:{'|'.join(sorted(v, key=len, reverse=True))})" for k, v in groups.items()
    )


_IRREGULAR_PAST = _by_initial(
    "brought took made began came went gave got held met sent won fell rose grew became saw "
    "knew thought ran paid sold bought kept led struck spoke wrote fought built drew chose "
    "broke flew sought shot stood taught threw withdrew spent sank felt heard set"
)
_CUES = re.compile(
    # "the plan" is a noun, not a statement of intent
    r"\b(?P<f>will|shall|won't|is\s+to|are\s+to|going\s+to|plan(?<!\bthe\splan)(?<!\ba\splan)s?|"
    # "had been due to expire", "had been scheduled to": a time overtaken, told as past
    r"planned|planning|(?<!\bhad\sbeen\s)scheduled|"
    r"(?<!\bhad\sbeen\s)due|expected|intends?|ahead\s+of|upcoming|set\s+to|would|hopes?\s+to|vow(?:s|ed)|"
    r"pledged?|promised?|aims?\s+to|next)\b|'ll\b|"
    # a participle after "be" ("will be named", "is expected") takes its tense from the
    # auxiliary; "-eed" verbs ("succeed", "exceed") are not past forms
    r"\b(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bto\s)"
    r"(?P<p>was|were|had|did|said|told|ago|last|agreed|freed|[a-z]{2,}(?<!e)ed|"
    # irregular past forms, which the "-ed" rule misses: "In January, X brought in ..."
    rf"{_IRREGULAR_PAST})\b"
)


def _parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _year_start(value: str | None) -> date | None:
    if (
        value
        and len(value) in (4, 7)
        and value[:4].isdigit()
        and (len(value) == 4 or value[5:].isdigit())
    ):
        return _make_day(int(value[:4]), int(value[5:7]) if len(value) == 7 else 1, 1)
    return None


def _value_start(value: str | None) -> date | None:
    """The first day of the period a TIMEX3 value names: "1998" -> 1998-01-01,
    "1998-06" -> 1998-06-01, "1989-Q3" -> 1989-07-01; None for anything vaguer."""
    if not value or not value[:4].isdigit():
        return None
    rest = value[5:]
    if rest[:1] == "Q" and rest[1:].isdigit():
        return _make_day(int(value[:4]), 3 * int(rest[1:]) - 2, 1)
    return _parse_day(value) or _year_start(value)


def _anchor(st: _State, unit: str) -> date | None:
    """What "that year", "the following day" count from: the last time mentioned, read at
    day precision for days (the last day named), else whatever was named last."""
    if unit == "day":
        if st.last_end > st.last_day_end and st.last_value and len(st.last_value) < 10:
            return None  # "One day in September 2009 ... next day": which day is not said
        return st.last_day or _value_start(st.last_value) or st.dct
    return _value_start(st.last_value) or st.last_day or st.dct


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
    if unit == "DE":  # TimeML counts decades in years: "two decades" P20Y, "decades" PXY
        n, unit = (None if n is None else n * 10), "Y"
    if n is not None and unit == "Y" and n != int(n):
        return f"P{int(n)}Y{round((n - int(n)) * 12)}M"  # "2 1/2 years" -> P2Y6M
    if n is not None and unit == "TH" and n != int(n):
        return f"PT{int(n)}H{round((n - int(n)) * 60)}M"  # "5 1/2 hours" -> PT5H30M
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
    if tense == "since":  # "since early December", "since the Oct. 23 attack": never ahead
        return best if here <= 0 else best - 1
    if tense == "past" and here > _PAST_SLACK:
        return best - 1
    if tense == "future" and here < -_FUTURE_SLACK:
        return best + 1
    return best


_SINCE = re.compile(
    r"\bsince\s+(?:(?:shortly|just|soon|right)\s+(?:after|before)\s+)?(?:the\s+)?$", re.I
)


def _date_tense(text: str, start: int, end: int) -> str | None:
    """The tense cue for a date without its year: "since" before it, else the verbs."""
    if _SINCE.search(text, max(0, start - 32), start):
        return "since"
    return _tense(text, start, end, nearest=_NEAREST)


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


_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;]|\n)[\s\"'`“‘(]*$")


def _is_title(text: str, start: int, end: int) -> bool:
    """Whether words all capitalised mid-sentence name a show or a work: CBS's "60 Minutes",
    ABC's "This Week"; at a sentence opening capitals say nothing."""
    tokens = text[start:end].split()
    words = [w for w in tokens if w[:1].isalpha()]
    if len(tokens) < 2 or not words or not all(w[0].isupper() and not w.isupper() for w in words):
        return False  # not "This Week"; nor all capitals, which headlines use
    return not _SENTENCE_OPEN.search(text, max(0, start - 6), start)
