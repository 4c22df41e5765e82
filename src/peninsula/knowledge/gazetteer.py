"""The gazetteer: countries, organisations, people, bodies, weapons and places, as typed data.

Loads countries.yaml, actors.yaml, weapons.yaml, places.yaml and name_words.yaml (words that
are no part of a name); `gazetteer_build.py` checks
every entry (codes known, dates valid, no overlapping terms of one role, no alias with two
meanings, required fields present) and compiles each alias list into one trie-shaped
regular expression so that a whole article is scanned in a single pass. `understand/actors.py` resolves what the
actor matches mean in context; weapons and places are matched here directly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from typing import Any

from peninsula.knowledge.load import read_table
from peninsula.models import Actor

FILES = ("countries.yaml", "actors.yaml", "weapons.yaml", "places.yaml", "name_words.yaml")
SECTORS = frozenset({"GOV", "MIL", "PTY", "LEG", "MED", "CVL", "IGO", "JUD", "BUS", "REB", "OPP"})
# Aliases that only a Korean-peninsula article gives a meaning ("the North", "the South").
KOREAN_CODES = frozenset({"PRK", "KOR"})
_SEPARATORS = re.compile(r"[\s\-\u2010\u2013]+")
_WORD_START = re.compile(r"(?<!\w)\w")
_MEMO_SIZE = 65_536  # distinct words remembered per gazetteer
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")


@dataclass(frozen=True, slots=True)
class Term:
    """One holding of a role; `end` is the first day out of office (None: still in office)."""

    role: str
    start: date
    end: date | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    code: str
    sector: str
    gender: str  # m | f
    surname: str
    terms: tuple[Term, ...] = ()

    @property
    def actor(self) -> Actor:
        return Actor(self.code, self.sector, self.name)

    def roles_on(self, day: date | None) -> tuple[str, ...]:
        return tuple(t.role for t in self.terms if day is None or t.covers(day))


@dataclass(frozen=True, slots=True)
class Meaning:
    """What an alias stands for. `kind` is a Mention kind, or `surname`, `generic`, `joint`.

    `ref` is a person's name (name, surname), a generic noun's role suffix or pronoun need.
    A title's `ref` repeats its `sector` until understand/actors.py reads `sector`.
    """

    kind: str
    actor: Actor | None = None
    ref: str = ""
    korean_only: bool = False
    noun: str = ""  # bodies: "ministry", "agency", ... for "the ministry"
    sector: str = ""  # titles: the sector of a stranger the title introduces ("General": MIL)


@dataclass(frozen=True, slots=True)
class Generic:
    """A noun that takes its country from a neighbour: "South Korea's" + "foreign ministry"."""

    sector: str | None
    role: str | None = None  # role suffix: president, leader, foreign_minister ...
    body: str | None = None  # canonical body name: Ministry of Foreign Affairs
    default: str | None = None  # country when nothing neighbours it (unification minister)
    # "sentence": a lone noun ("police", "the rebels") serves the sole country its sentence
    # (else paragraph) names; "definite": so does "the army" (not "army officers"); None:
    # a lone noun names no one
    placed: str | None = None


@dataclass(frozen=True, slots=True)
class BodyWord:
    """A word that makes an unknown capitalised name a body ("Front", "Party") or, inside
    such a name, changes its sector ("Liberation": REB) or its code ("International": NGO)."""

    sector: str | None
    code: str | None = None
    # a campaign's word ("Repeal", "Civic"): the body is people's, even under a head of
    # the state ("Committee"), and no "Korean" in its name makes it the DPRK's
    campaign: bool = False
    # a word for who its members are ("Students", "Youth"): the body is people's, even under
    # a head of the state; its code is found as for any other body
    people: bool = False


@dataclass(frozen=True, slots=True)
class Thing:
    name: str
    category: str
    code: str | None


@dataclass(frozen=True, slots=True)
class ThingMention:
    start: int
    end: int
    text: str
    name: str
    category: str
    code: str | None


@dataclass(slots=True)
class Gazetteer:
    countries: dict[str, str] = field(default_factory=dict)  # code -> name
    organisations: dict[str, str] = field(default_factory=dict)
    # organisations whose name a country's own society shares ("the DPRK Red Cross")
    national_societies: frozenset[str] = frozenset()
    people: dict[str, Person] = field(default_factory=dict)
    bodies: dict[str, Actor] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # role id -> title
    generic: dict[str, Generic] = field(default_factory=dict)  # lower-case noun -> Generic
    aliases: dict[str, Meaning] = field(default_factory=dict)
    surnames: dict[str, tuple[str, ...]] = field(default_factory=dict)
    surname_first: set[str] = field(default_factory=set)  # Korean and Chinese surnames
    surname_alone: set[str] = field(default_factory=set)  # "Putin" needs no first mention
    weapons: dict[str, Thing] = field(default_factory=dict)  # alias -> thing
    places: dict[str, Thing] = field(default_factory=dict)
    # Korean names of three parts or more, as written: the cleaner splits words glued to them
    glue_names: tuple[str, ...] = ()
    # misspelt country names: a name with one letter dropped -> the names it may come from
    typo_index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    not_typos: frozenset[str] = frozenset()  # real words one letter from a country name
    body_heads: dict[str, BodyWord] = field(default_factory=dict)  # "Front", "Party", ...
    body_markers: dict[str, BodyWord] = field(default_factory=dict)  # "Liberation", ...
    head_pattern: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    # faiths, peoples and creeds that qualify a group of the sentence's country ("Hutu")
    group_modifiers: frozenset[str] = frozenset()
    # capitalised words that are no part of a stranger's name after a title ("Minister of
    # State Affairs"), or of an unknown body's name before it ("Members of the ... Front")
    not_names_after_title: frozenset[str] = frozenset()
    not_names_in_body: frozenset[str] = frozenset()
    actor_pattern: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    weapon_pattern: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    place_pattern: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    _holders: dict[str, list[tuple[Term, Person]]] = field(default_factory=dict)
    # bounded memos, safe to share between threads: batch runs and the web server read
    # ever new words, so a plain dict would only grow
    _typo_memo: Callable[[str], str | None] = field(init=False, repr=False, compare=False)
    _worded_memo: Callable[[str], bool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._typo_memo = lru_cache(maxsize=_MEMO_SIZE)(self._corrected)
        self._worded_memo = lru_cache(maxsize=_MEMO_SIZE)(self._names_country)

    def holder(self, role: str, day: date | None) -> Actor | None:
        """Who held `role` ("KOR.president") on `day`; without a day, the latest holder."""
        terms = self._holders.get(role)
        if not terms:
            return None
        if day is None:
            return terms[-1][1].actor
        for term, person in terms:
            if term.covers(day):
                return person.actor
        return None

    def holder_person(self, role: str, day: date | None) -> Person | None:
        actor = self.holder(role, day)
        return self.people.get(actor.name or "") if actor else None

    def lookup(self, alias: str) -> Meaning | None:
        """The meaning of one alias as written ("Pyongyang", "KCNA", "Kim Yo Jong")."""
        return self.aliases.get(alias) or self.aliases.get(_normalise_quotes(alias))

    def actor(self, alias: str, day: date | None = None) -> Actor | None:
        """The actor an alias names out of context (roles resolved on `day`)."""
        meaning = self.lookup(alias)
        if meaning is None:
            return None
        if meaning.kind == "role":
            return self.holder(meaning.ref, day) or meaning.actor
        return meaning.actor

    def corrected(self, word: str) -> str | None:
        """The country name or demonym a misspelt word stands for ("Ethopia", "Quatar",
        "Isreal"), or None. One letter dropped, added, changed or two swapped, never the
        first letter; changes only in long names, and never a plural ("Americas")."""
        return self._typo_memo(word)

    def _corrected(self, word: str) -> str | None:
        return None if word in self.not_typos or word in self.aliases else self._typo(word)

    def _typo(self, word: str) -> str | None:
        index = self.typo_index
        candidates = set(index.get(word, ()))  # a letter dropped from a name
        for i in range(1, len(word)):
            shorter = word[:i] + word[i + 1 :]
            candidates.update(index.get(shorter, ()))  # a letter added, changed or swapped
        fits = {c for c in candidates if c[0] == word[0] and c + "s" != word and _near(c, word)}
        return fits.pop() if len(fits) == 1 else None

    def names_country(self, alias: str) -> bool:
        """Whether an alias as written holds a country name or demonym ("... of Angola")."""
        return self._worded_memo(alias)

    def _names_country(self, alias: str) -> bool:
        for word in _WORD_START.finditer(alias):
            hit = self.actor_pattern.match(alias, word.start())
            if hit is None or hit.end() - hit.start() == len(alias):
                continue  # the alias itself
            meaning = self.aliases.get(hit.group())
            if meaning is not None and meaning.kind in ("country", "demonym"):
                return True
        return False

    def is_code(self, code: str) -> bool:
        return all(c in self.countries or c in self.organisations for c in code.split(";"))

    def find_weapons(self, text: str) -> list[ThingMention]:
        return list(_things(self.weapon_pattern, self.weapons, text))

    def find_places(self, text: str) -> list[ThingMention]:
        return list(_things(self.place_pattern, self.places, text))

    def summary(self) -> str:
        return (
            f"{len(self.countries)} countries, {len(self.organisations)} organisations, "
            f"{len(self.people)} people, {len(self.bodies)} bodies, {len(self.roles)} roles, "
            f"{len(self.aliases)} actor aliases, {len(set(self.weapons.values()))} weapons, "
            f"{len(set(self.places.values()))} places"
        )


@cache
def load_gazetteer() -> Gazetteer:
    """Read and check the four knowledge files once; raise one KnowledgeError listing all."""
    return build_gazetteer({name: read_table(name) for name in FILES})


def build_gazetteer(tables: dict[str, Any]) -> Gazetteer:
    """Build from parsed tables (file name -> data); tests pass edited copies."""
    from peninsula.knowledge.gazetteer_build import Builder  # it imports the types above

    return Builder(tables).build()


def _things(pattern: re.Pattern[str], table: dict[str, Thing], text: str) -> Iterator[ThingMention]:
    for m in pattern.finditer(text):
        key = _normalise_key(m.group())
        thing = table.get(key) or table.get(key[:-1])  # a plural: "launchers"
        if thing is not None:
            yield ThingMention(
                m.start(), m.end(), m.group(), thing.name, thing.category, thing.code
            )


def _near(name: str, word: str) -> bool:
    """Whether a word is one edit from a name: a letter dropped (names of 6 letters or
    more), added, swapped with its neighbour, or changed (names of 7 letters or more)."""
    n, w = len(name), len(word)
    if w == n - 1:
        return n >= 6 and any(name[:i] + name[i + 1 :] == word for i in range(n))
    if w == n + 1:
        return any(word[:i] + word[i + 1 :] == name for i in range(w))
    if w != n:
        return False
    diff = [i for i in range(n) if name[i] != word[i]]
    if len(diff) == 1:
        return n >= 7
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and name[diff[0]] == word[diff[1]]
        and name[diff[1]] == word[diff[0]]
    )


def _fold_table() -> dict[int, str]:
    """Latin letters with diacritics -> their base letter, one character for one, so that
    offsets in folded text are offsets in the original ("Erdoğan" -> "Erdogan")."""
    table = {0x00F8: "o", 0x00D8: "O", 0x0111: "d", 0x0110: "D", 0x0142: "l", 0x0141: "L"}
    table[0x0131] = "i"
    for point in range(0x00C0, 0x0250):
        base = unicodedata.normalize("NFKD", chr(point))[:1]
        if base.isascii() and base.isalpha() and point not in table:
            table[point] = base
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Text with Latin diacritics removed, of the same length (ASCII text is returned as is)."""
    return text if text.isascii() else text.translate(_FOLD)


def _normalise_quotes(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


def _normalise_key(text: str) -> str:
    """Weapons and places match case-insensitively; "Hwasong 15" = "Hwasong-15" = "Hwasong15".

    Separator runs become "~", and a "~" is put wherever letters meet digits.
    """
    key = _SEPARATORS.sub("~", _normalise_quotes(text).lower().replace(".", ""))
    return _LETTER_DIGIT.sub("~", key)
