"""The gazetteer: countries, organisations, people, bodies, weapons and places, as typed data.

Loads countries.yaml, actors.yaml, weapons.yaml and places.yaml; `gazetteer_build.py` checks
every entry (codes known, dates valid, no overlapping terms of one role, no alias with two
meanings, required fields present) and compiles each alias list into one trie-shaped
regular expression so that a whole article is scanned in a single pass. `understand/actors.py` resolves what the
actor matches mean in context; weapons and places are matched here directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from peninsula.knowledge.load import read_table
from peninsula.models import Actor

FILES = ("countries.yaml", "actors.yaml", "weapons.yaml", "places.yaml")
SECTORS = frozenset({"GOV", "MIL", "PTY", "LEG", "MED", "CVL", "IGO", "JUD", "BUS", "REB", "OPP"})
# Aliases that only a Korean-peninsula article gives a meaning ("the North", "the South").
KOREAN_CODES = frozenset({"PRK", "KOR"})
_SEPARATORS = re.compile(r"[\s\-\u2010\u2013]+")
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
    """

    kind: str
    actor: Actor | None = None
    ref: str = ""
    korean_only: bool = False
    noun: str = ""  # bodies: "ministry", "agency", ... for "the ministry"


@dataclass(frozen=True, slots=True)
class Generic:
    """A noun that takes its country from a neighbour: "South Korea's" + "foreign ministry"."""

    sector: str | None
    role: str | None = None  # role suffix: president, leader, foreign_minister ...
    body: str | None = None  # canonical body name: Ministry of Foreign Affairs
    default: str | None = None  # country when nothing neighbours it (unification minister)
    # "sentence": a lone noun ("police", "the rebels") serves the sole country its sentence
    # (else paragraph) names; None: a lone noun names no one
    placed: str | None = None


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
    actor_pattern: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    weapon_pattern: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    place_pattern: re.Pattern[str] = field(default=re.compile(r"(?!)"))
    _holders: dict[str, list[tuple[Term, Person]]] = field(default_factory=dict)

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


def _normalise_quotes(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


def _normalise_key(text: str) -> str:
    """Weapons and places match case-insensitively; "Hwasong 15" = "Hwasong-15" = "Hwasong15".

    Separator runs become "~", and a "~" is put wherever letters meet digits.
    """
    key = _SEPARATORS.sub("~", _normalise_quotes(text).lower().replace(".", ""))
    return _LETTER_DIGIT.sub("~", key)
