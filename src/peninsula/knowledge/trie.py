"""A regular-expression alternation of many words, written as a trie.

`re` tries the branches of an alternation one after another at every position, so a list
of a hundred words costs a hundred attempts per position. The same words as a trie
("day|daily|decade" -> "d(?:a(?:y|ily)|ecade)") cost one attempt per letter that fits.
The trie matches exactly what the alternation written longest first matches, in the same
order when a pattern backtracks: of the words that fit at a position (each a prefix of
the next), the longest is tried first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_alternation(words: Iterable[str], *, space: str = " ") -> str:
    """The words as one pattern (no group around it); `space` is what a space in a word
    stands for (r"\\s+": any run of whitespace)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _node_pattern(trie, space)


def _node_pattern(node: dict[str, dict], space: str) -> str:
    branches = [
        _char_pattern(char, space) + _node_pattern(child, space)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def _char_pattern(char: str, space: str) -> str:
    return space if char == " " else re.escape(char)
