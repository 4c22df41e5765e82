"""Literal anchors of a compiled pattern: strings one of which every match must contain.

A trigger head is tried on every sentence; most sentences contain none of its words, and
Python's `re` tries each alternative of a pattern that starts with `\\b` at every position.
A plain substring test (`"launch" in text`) is far cheaper, so a pattern is only run on a
text that holds one of its anchors. Anchors are read from the parsed pattern, so they never
change what matches: a text without any of them cannot match at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as sre  # the parser's node names; no public equivalent
from re import _parser as sre_parse
from typing import Any

from peninsula.knowledge.trie import trie_alternation

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)  # they consume nothing
_CASE_FLAGS = re.IGNORECASE | re.LOCALE
_MAX_FORMS = 64  # strings a run may spell before it is cut into shorter runs
_NOTHING = frozenset({""})


def anchors(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which is in every text the pattern matches, the most selective
    found; None when there is no such set (then the pattern must always be tried)."""
    if pattern.flags & _CASE_FLAGS:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):
        return None
    return _required(parsed.data)


def _required(items: list) -> frozenset[str] | None:
    """The best requirement of a node sequence: the strings a run of nodes with few forms
    can spell ("end(?:ed|s)\\b": "ended" or "ends"), or the requirement of a part."""
    options: list[frozenset[str]] = []
    run = _NOTHING  # the strings the nodes since the last open-ended one spell
    for op, av in items:
        forms = _forms(op, av)
        longer = _product(run, forms) if forms is not None else None
        if longer is not None:
            run = longer
            continue
        options.append(run)
        run = forms if forms is not None else _NOTHING
        if forms is None:
            options.append(_part(op, av) or _NOTHING)
    options.append(run)
    return max((o for o in options if "" not in o), key=_selectivity, default=None)


def _forms(op: object, av: Any) -> frozenset[str] | None:
    """Every string a node can consume, when there are few; zero-width nodes consume ""."""
    if op is sre.LITERAL:
        return frozenset({chr(av)})
    if op in _ZERO_WIDTH:
        return _NOTHING
    if op is sre.IN:
        if len(av) > _MAX_FORMS or any(kind is not sre.LITERAL for kind, _ in av):
            return None  # ranges, categories, negated classes: too many characters
        return frozenset(chr(code) for _, code in av)
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & _CASE_FLAGS else _sequence_forms(body.data)
    if op is sre.BRANCH:
        branches = [_sequence_forms(branch.data) for branch in av[1]]
        if any(b is None for b in branches):
            return None
        union = frozenset().union(*branches)  # type: ignore[arg-type]
        return union if len(union) <= _MAX_FORMS else None
    if op in _REPEATS and av[1] <= 1:
        low, _high, body = av
        once = _sequence_forms(body.data)
        return None if once is None else once if low else once | _NOTHING
    return None


def _sequence_forms(items: list) -> frozenset[str] | None:
    run: frozenset[str] | None = _NOTHING
    for op, av in items:
        forms = _forms(op, av)
        if forms is None or run is None:
            return None
        run = _product(run, forms)
    return run


def _product(heads: frozenset[str], tails: frozenset[str]) -> frozenset[str] | None:
    if len(heads) * len(tails) > _MAX_FORMS:
        return None
    return frozenset(head + tail for head in heads for tail in tails)


def _part(op: object, av: Any) -> frozenset[str] | None:
    """The requirement of a node with too many forms."""
    if op is sre.SUBPATTERN or op is sre.ATOMIC_GROUP:
        if op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, body = av
            if add_flags & _CASE_FLAGS:
                return None
        else:
            body = av
        return _required(body.data)
    if op is sre.BRANCH:
        branches = [_required(branch.data) for branch in av[1]]
        if any(b is None for b in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    if op in _REPEATS:
        low, _high, body = av
        return _required(body.data) if low >= 1 else None
    return None  # wide classes, lookarounds, references: no literal known


def _selectivity(option: frozenset[str]) -> tuple[int, int]:
    """Longer shortest strings first, then fewer of them."""
    return min(len(s) for s in option), -len(option)


class AnchorIndex:
    """Which of many patterns a text may match, by their anchors, found in one pass."""

    def __init__(self, needs: Sequence[frozenset[str] | None]) -> None:
        """`needs` holds each pattern's anchors (None: the pattern is always tried)."""
        users: dict[str, set[int]] = {}
        for number, anchors_of in enumerate(needs):
            for word in anchors_of or ():
                users.setdefault(word, set()).add(number)
        self._always = frozenset(n for n, anchors_of in enumerate(needs) if anchors_of is None)
        # At each position the finder reports the longest anchor that starts there; the
        # shorter ones that start there too are its prefixes.
        self._finder = re.compile(f"(?=({trie_alternation(users)}))") if users else None
        self._patterns = {
            word: frozenset(n for k in range(1, len(word) + 1) for n in users.get(word[:k], ()))
            for word in users
        }

    def candidates(self, text: str) -> list[int]:
        """The numbers of the patterns whose anchors the text holds, in order."""
        found = set(self._always)
        if self._finder is not None:
            for longest in self._finder.findall(text):
                found |= self._patterns[longest]
        return sorted(found)
