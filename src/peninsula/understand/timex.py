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

The work is split by job: `timex_patterns` compiles the lexicon into patterns,
`timex_resolve`, `timex_days` (weekdays, clock times), `timex_relative`, `timex_refs`
("now", "the past", "current"), `timex_business` (quarters and the periods results stories
compare) and `timex_holidays` turn matches into values, `timex_story` keeps the time a
past-tense story speaks from ("One day in May 1975 ... next year"), and `timex_calendar`
holds the calendar arithmetic and the context cues they share.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from peninsula.models import Timex
from peninsula.understand.timex_calendar import _State
from peninsula.understand.timex_patterns import _NEEDS, _Lexicon, _lexicon, _windows
from peninsula.understand.timex_resolve import _RESOLVERS, coordinated_day, year_range_end
from peninsula.understand.timex_story import note_story


def tag_timexes(text: str, dct: date | None) -> list[Timex]:
    """Return the temporal expressions of `text`, sorted by offset, resolved against `dct`."""
    if "Juche" not in text:
        return _tag(text, dct)
    gregorian, regions = _juche_as_gregorian(text)
    return [_widen(t, text, regions) for t in _tag(gregorian, dct)]


# "Juche 107": the North Korean calendar, whose year 1 is 1912
_JUCHE_YEAR = re.compile(r"\bJuche\s+(\d{1,3})\b(?:\s*\((\d{4})\))?")
_JUCHE_EPOCH = 1911


def _juche_as_gregorian(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with each Juche year written as its Gregorian year, padded to keep offsets."""
    regions: list[tuple[int, int]] = []

    def gregorian(m: re.Match[str]) -> str:
        year = str(int(m.group(1)) + _JUCHE_EPOCH)
        # "Juche 112 (2023)" is one year written twice; a gloss that disagrees stays its own
        end = m.end() if m.group(2) == year else m.end(1)
        regions.append((m.start(), end))
        return " " * (end - m.start() - len(year)) + year + m.group(0)[end - m.start() :]

    return _JUCHE_YEAR.sub(gregorian, text), regions


def _widen(timex: Timex, text: str, regions: list[tuple[int, int]]) -> Timex:
    """Give an expression that reached into a rewritten Juche year that whole year's words."""
    start, end = timex.start, timex.end
    for lo, hi in regions:
        if lo < end and start < hi:
            start, end = min(start, lo), max(end, hi)
    if text[start:end] == timex.text:
        return timex
    return replace(timex, start=start, end=end, text=text[start:end])


def _tag(text: str, dct: date | None) -> list[Timex]:
    lex = _lexicon()
    found: list[tuple[int, int, int, re.Match[str], str]] = []
    for lo, hi, kinds in _windows(text, lex.anchor):
        window = text[lo:hi].lower() if text[lo:hi].isascii() else None
        for rank, (kind, pattern) in enumerate(lex.patterns):
            if not _NEEDS[kind] & kinds:
                continue
            words = lex.pattern_words[rank]
            if window is not None and words and not any(w in window for w in words):
                continue  # the window lacks every word the pattern needs
            for m in pattern.finditer(text, lo, hi):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), rank, m, kind))
    lowered = text.lower()  # the scans ignore case, so the quick check must too
    for kind, needle, scan in lex.scans:
        if needle not in lowered:
            continue
        rank = _RANKS[kind]
        pattern = lex.patterns[rank][1]
        for hit in scan.finditer(text):
            for m in pattern.finditer(text, max(0, hit.start() - 20), hit.end() + 12):
                found.append((m.start(), m.end(), rank, m, kind))
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))  # longest first, then pattern rank
    taken: list[tuple[int, int, re.Match[str], str]] = []
    for start, end, _, m, kind in found:
        if all(end <= s or start >= e for s, e, _, _ in taken):
            taken.append((start, end, m, kind))
    taken.sort(key=lambda c: c[0])
    state = _State(text, dct, lex)
    out: list[Timex] = []
    for n, (_, _, m, kind) in enumerate(taken):
        timex = _RESOLVERS[kind](m, state)
        if timex is None:
            continue
        out.append(timex)
        state.remember(timex)
        note_story(state, timex)
        second = (
            coordinated_day(timex, text)
            if kind == "mdy"
            else year_range_end(m)
            if kind == "yrange"
            else None
        )
        others = taken[:n] + taken[n + 1 :]
        if second is not None and all(
            second.end <= s or second.start >= e for s, e, _, _ in others
        ):
            out.append(second)
    return out


_RANKS = {kind: rank for rank, (kind, _) in enumerate(_lexicon().patterns)}


def load_timewords() -> _Lexicon:
    """The validated time-word lexicon (knowledge/timewords.yaml), compiled once."""
    return _lexicon()
