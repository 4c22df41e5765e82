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


def trie_alternation(words: Iterable[str], *, fold_case: bool = False, space: str = " ") -> str:
    """The words as one pattern (no group around it). `fold_case` writes each letter as
    a class of its two cases, which `re` checks faster than an ignore-case literal;
    `space` is what a space in a word stands for (r"\\s+": any run of whitespace)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _node_pattern(trie, fold_case, space)


def _node_pattern(node: dict[str, dict], fold_case: bool, space: str) -> str:
    branches = [
        _char_pattern(char, fold_case, space) + _node_pattern(child, fold_case, space)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def _char_pattern(char: str, fold_case: bool, space: str) -> str:
    if char == " ":
        return space if space != " " else re.escape(char)
    lower, upper = char.lower(), char.upper()
    if fold_case and lower != upper and len(lower) == len(upper) == 1:
        return f"[{lower}{upper}]"
    return re.escape(char)
