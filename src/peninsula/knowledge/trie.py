"""A regular-expression alternation of many words, written as a trie.

`re` tries the branches of an alternation one after another at every position, so a list
of a hundred words costs a hundred attempts per position. The same words as a trie
("day|daily|decade" -> "d(?:a(?:ily|y)|ecade)") cost one attempt per letter that fits.
The trie matches exactly what the alternation written longest first matches, in the same
order when a pattern backtracks: of the words that fit at a position (each a prefix of
the next), the longest is tried first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any


def trie_alternation(words: Iterable[str], special: Mapping[str, str] | None = None) -> str:
    """The words as one pattern (no group around it); `special` gives the pattern a
    character stands for ({" ": r"\\s+"}: a space is any run of whitespace)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _node_pattern(trie, special or {})


def _node_pattern(node: dict[str, Any], special: Mapping[str, str]) -> str:
    ends = "" in node
    branches = [
        special.get(char, re.escape(char)) + _node_pattern(child, special)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    body = "|".join(branches)
    # the empty branch comes last so that the longer word is tried first
    return f"(?:{body}|)" if ends else f"(?:{body})"
