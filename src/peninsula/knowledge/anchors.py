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

from peninsula.knowledge.trie import trie_alternation

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_CASE_FLAGS = re.IGNORECASE | re.LOCALE


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
    """The best requirement of a node sequence: a run of literals, or that of a part."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        part = _part(op, av)
        if part is not None:
            options.append(part)
    if run:
        options.append(frozenset({"".join(run)}))
    return max(options, key=_selectivity, default=None)


def _part(op: object, av: object) -> frozenset[str] | None:
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
        return frozenset().union(*branches)
    if op in _REPEATS:
        low, _high, body = av
        return _required(body.data) if low >= 1 else None
    return None  # classes, lookarounds, anchors, references: no literal known


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
            word: frozenset(n for prefix in users if word.startswith(prefix) for n in users[prefix])
            for word in users
        }

    def candidates(self, text: str) -> list[int]:
        """The numbers of the patterns whose anchors the text holds, in order."""
        found = set(self._always)
        if self._finder is not None:
            for longest in self._finder.findall(text):
                found |= self._patterns[longest]
        return sorted(found)
