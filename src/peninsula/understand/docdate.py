"""Infer an article's publication date from its text when no metadata gives one.

Needs: the cleaned text. Adds: nothing by itself; `pipeline.py` stores the result as
`Article.published` with `published_how="inferred"` and the evidence snippet.

Two kinds of evidence, in order:
1. a header line `date YYYY-MM-DD` or a dateline at the top ("SEOUL, Oct 15 (Reuters) -",
   "Pyongyang, December 24 (KCNA) --"). A dateline without a year takes it from the full
   dates in the text (the earliest year that puts the dateline on or after the latest of
   them), or from a Juche year "Juche 112 (2023)"; with neither, None.
2. otherwise the latest full date ("September 28, 2021", "2021-09-28") written in the text,
   provided it is not part of a name or an anniversary.
Never a silent guess: with no such evidence the answer is None.
"""

from __future__ import annotations

import re
from datetime import date

from peninsula.models import TimexType
from peninsula.understand.timex import tag_timexes

_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_DATELINE = re.compile(
    r"^\W{0,3}(?P<place>[A-Z][A-Za-z'. -]{1,40}),?\s+(?:\w+\s+)?"
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})"
    r"(?:,?\s+(?P<year>\d{4}))?\s*(?:\((?P<agency>[A-Za-z/ -]{2,20})\)|/\w+/)?\s*(?:--|-|–|—|:)",
)
_JUCHE = re.compile(r"\bJuche\s+\d{2,3}\s*\((\d{4})\)")
_NOT_RECENT = re.compile(
    r"(anniversary|since|founded|born|birth|declaration|agreement)(?:\s+of)?\W*$", re.I
)


def infer_published(text: str) -> tuple[date, str] | None:
    """A publication date and the snippet that shows it, or None when the text cannot tell."""
    head = text[:400]
    m = _HEADER.match(head)
    if m:
        try:
            return date.fromisoformat(m.group(1)), m.group(0).strip()
        except ValueError:
            return None
    line = head.lstrip().split("\n", 1)[0]
    m = _DATELINE.match(line)
    if m:
        return _from_dateline(text, m)
    return _latest_full_date(text)


def _from_dateline(text: str, m: re.Match[str]) -> tuple[date, str] | None:
    month = _MONTHS.index(m.group("mon")[:3].lower()) + 1
    day = int(m.group("day"))
    evidence = m.group(0).strip()
    if m.group("year"):
        return _safe(int(m.group("year")), month, day, evidence)
    juche = _JUCHE.search(text)
    if juche:
        found = _safe(int(juche.group(1)), month, day, f"{evidence} … {juche.group(0)}")
        if found:
            return found
    fulls = _full_dates(text)
    if not fulls:
        return None
    latest, snippet = max(fulls)
    for year in (latest.year, latest.year + 1):
        found = _safe(year, month, day, f"{evidence} … {snippet}")
        if found and found[0] >= latest:
            return found
    return None


def _latest_full_date(text: str) -> tuple[date, str] | None:
    fulls = _full_dates(text)
    if not fulls:
        return None
    day, snippet = max(fulls)
    return day, snippet


def _full_dates(text: str) -> list[tuple[date, str]]:
    """Dates written with day, month and year in the text, outside names and anniversaries."""
    out = []
    for t in tag_timexes(text, None):
        if t.is_name or t.type is not TimexType.DATE or len(t.value) != 10 or "X" in t.value:
            continue
        if _NOT_RECENT.search(text[max(0, t.start - 40) : t.start]):
            continue
        try:
            out.append((date.fromisoformat(t.value), t.text))
        except ValueError:
            continue
    return out


def _safe(year: int, month: int, day: int, evidence: str) -> tuple[date, str] | None:
    try:
        return date(year, month, day), evidence
    except ValueError:
        return None
