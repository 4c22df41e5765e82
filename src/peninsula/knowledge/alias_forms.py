"""Spelling forms of aliases: the trie regex over all of them, KCNA's lower-case compass
names and the written forms of a three-syllable Korean name.

Needs: alias strings. Adds nothing itself; `gazetteer_build.py` compiles the gazetteer's
patterns with `trie_pattern` and adds the variants these helpers give.
"""

from __future__ import annotations

import re

from peninsula.knowledge.trie import trie_alternation

_COMPASS = re.compile(r"^(North|South|East|West)\b")
_FLEX = r"[\s\-\u2010\u2013]?"


def trie_pattern(aliases: list[str]) -> str:
    """One regex alternation shaped as a trie (longest alias first at every branch)."""
    return trie_alternation(aliases, {"~": _FLEX}) if aliases else "(?!)"


def compass_variant(alias: str) -> str | None:
    """KCNA writes "south Korea", "north Korean": add the lower-case form of compass names."""
    if _COMPASS.match(alias):
        return alias[0].lower() + alias[1:]
    return None


def korean_variants(name: str) -> list[str]:
    """Spellings of a three-syllable Korean name: Kim Jong Un, Kim Jong-un, Kim Jong-Un."""
    parts = name.replace("-", " ").split()
    if len(parts) != 3:
        return [name]
    s, a, b = parts
    b_low, b_cap = b.lower(), b[:1].upper() + b[1:].lower()
    return list(dict.fromkeys([name, f"{s} {a} {b_cap}", f"{s} {a}-{b_low}", f"{s} {a}-{b_cap}"]))
