"""Whose is a state-media article's lone role noun: "the prime minister", "the ministry".

Needs: the actor matches of one article's scan (before resolution), where each sentence and
paragraph begins, where the dateline ends and the article's title. Adds nothing itself:
`RoleScope.place` answers, for a role or state body named with no country word beside it,
which country it serves.

A KCNA dispatch about Pyongyang calls its own premier "the premier", so such nouns used to
be the outlet's state. In its many stories about other countries ("members of the ruling
party are urging the prime minister to step down"), the noun is that country's. So the
sentence decides, else its paragraph, else the article (title included): one country
named there is the noun's; several, of which the outlet's state is one, are read as the
outlet's (a dispatch about Pyongyang's dealings with them); several others leave the noun
unresolved. An article that names no country at all is about the outlet's state.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from peninsula.knowledge.gazetteer import Gazetteer, Meaning, fold

OUTLET_STATE = "PRK"
# the matches whose code says which country a sentence is about: a country word, a
# demonym, a capital standing for its state, a known person
_PLACING = frozenset({"country", "demonym", "metonym", "name"})
# "Pyongyang, May 3 (KCNA) --": the filing place is not what the story is about
_DATELINE = re.compile(r"^[^()\n]{0,60}\([\w ]{2,20}\)\s*(?:--|\u2014)\s*")


class RoleScope:
    """The countries each sentence, paragraph and the whole article name."""

    def __init__(
        self,
        g: Gazetteer,
        raw: Sequence[tuple[int, int, Meaning]],
        text: str,
        sentences: Sequence,
        title: str,
    ) -> None:
        self.starts = [s.start for s in sentences]
        self.sentences = sentences
        filed = _DATELINE.match(text)
        after = filed.end() if filed else 0
        self.by_sentence: dict[int, list[str]] = {}
        self.by_paragraph: dict[int, list[str]] = {}
        self.article: Counter[str] = Counter(_codes_in(g, title))
        for start, _end, meaning in raw:
            code = _code(g, meaning)
            if code is None or start < after:
                continue
            sentence, paragraph = self._where(start)
            self.by_sentence.setdefault(sentence, []).append(code)
            self.by_paragraph.setdefault(paragraph, []).append(code)
            self.article[code] += 1

    def place(self, offset: int) -> str | None:
        """The country a lone role noun at `offset` serves, or None when the text is about
        several others."""
        sentence, paragraph = self._where(offset)
        for codes in (self.by_sentence.get(sentence), self.by_paragraph.get(paragraph)):
            if codes:
                return _one_of(set(codes))
        if not self.article:
            return OUTLET_STATE  # a dispatch that names no one is about its own state
        ranked = self.article.most_common()
        best, count = ranked[0]
        if self.article.get(OUTLET_STATE, 0) >= count:
            return OUTLET_STATE
        tied = len(ranked) > 1 and ranked[1][1] == count
        return None if tied else best

    def _where(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self.starts, offset) - 1
        if index < 0:
            return -1, -1
        s = self.sentences[index]
        return s.index, s.paragraph


def _one_of(codes: set[str]) -> str | None:
    if len(codes) == 1:
        return next(iter(codes))
    return OUTLET_STATE if OUTLET_STATE in codes else None


def _code(g: Gazetteer, meaning: Meaning) -> str | None:
    if meaning.kind not in _PLACING or meaning.actor is None:
        return None
    code = meaning.actor.code
    return code if code in g.countries else None


def _codes_in(g: Gazetteer, title: str) -> list[str]:
    if not title:
        return []
    text = fold(title)
    found = (g.aliases.get(m.group()) for m in g.actor_pattern.finditer(text))
    return [code for meaning in found if meaning and (code := _code(g, meaning))]
