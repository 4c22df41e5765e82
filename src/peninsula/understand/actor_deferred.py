"""Mentions that `understand/actors.py` can resolve only once the whole article is read.

Needs: the resolved mentions so far (`Found`, in text order) and, per deferred match, its
span and sentence/paragraph. Adds the deferred mentions to that list, in text order:

- collective words ("the hostile forces", "the tripartite drill") take the countries their
  paragraph or sentence names (`collective_actor`);
- overseas Koreans ("Koreans in China") are the country they live in (`place_diaspora`);
- strangers after a title ("President Abdelaziz Bouteflika") and generic nouns with no
  country word beside them ("police", "the rebels", "the party") serve the one country
  their sentence names, else their paragraph (`sole_country`): a sentence about one
  country's affairs speaks of its own police and rebels.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from peninsula.knowledge.gazetteer import Meaning
from peninsula.models import Actor
from peninsula.understand.actor_context import (
    COUNTRYLIKE,
    Found,
    collective_actor,
    sole_country,
)

Where = Callable[[int], tuple[int, int]]  # offset -> (sentence index, paragraph)


@dataclass(frozen=True, slots=True)
class Unplaced:
    """A mention whose country only its sentence or paragraph can tell."""

    start: int
    end: int
    actor: Actor  # code "" until placed
    kind: str  # the mention kind once placed: "role" for a person, "country" for a group


def place_unplaced(
    out: list[Found], unplaced: list[Unplaced], where: Where, countries: dict[str, str]
) -> None:
    """Give each unplaced mention the sole country of its sentence (else paragraph)."""
    for item in unplaced:
        sentence, paragraph = where(item.start)
        code = sole_country(out, sentence, paragraph, countries)
        if code is not None:
            placed = Actor(code, item.actor.sector, item.actor.name)
            insert_found(
                out, Found(item.start, item.end, placed, item.kind, None, sentence, paragraph)
            )


def place_collectives(
    out: list[Found],
    collective: list[tuple[int, int, Meaning]],
    where: Where,
    kcna: bool,
    countries: dict[str, str],
) -> None:
    """ "the hostile forces" (KCNA: the US and South Korea, when the paragraph names both),
    "the tripartite drill" (the three countries the sentence names)."""
    for start, end, meaning in collective:
        sentence, paragraph = where(start)
        actor = collective_actor(
            meaning,
            [m.actor for m in out if m.sentence == sentence],
            [m.actor for m in out if m.paragraph == paragraph],
            kcna,
            countries,
        )
        if actor is not None:
            insert_found(out, Found(start, end, actor, "country", None, sentence, paragraph))


def place_ethnic(out: list[Found], text: str, countries: dict[str, str]) -> None:
    """ "ethnic Albanians in Macedonia", "ethnic Turks ... Sweden's decision": a minority
    is coded by the country it lives in, the first other country its sentence names."""
    for i, m in enumerate(out):
        if m.kind != "demonym" or not _ETHNIC.search(text, max(0, m.start - 8), m.start):
            continue
        others = [
            f
            for f in out
            if f.sentence == m.sentence
            and f is not m
            and (f.kind in COUNTRYLIKE or f.worded)
            and f.actor.code != m.actor.code
            and f.actor.code in countries
        ]
        if others:
            actor = Actor(others[0].actor.code, m.actor.sector or "CVL", m.actor.name)
            out[i] = Found(m.start, m.end, actor, "country", None, m.sentence, m.paragraph)


def place_diaspora(out: list[Found], text: str) -> None:
    """ "Koreans in China", "Korean residents in Japan": overseas Koreans are coded by the
    country they live in, and the phrase is one mention of it (the subject of what they
    say, not a place after "in")."""
    for i, m in enumerate(out):
        if m.kind not in ("country", "metonym"):
            continue
        found = _DIASPORA.search(text, max(0, m.start - 60), m.start)
        if found is None or any(o.end > found.start() and o.start < m.start for o in out):
            continue
        if _LISTED.search(text, m.start, m.end) or _LISTED.match(text, m.end):
            continue  # "Koreans in Japan and Japanese parties": one of a list, kept as told
        actor = Actor(m.actor.code, "CVL", m.actor.name)
        out[i] = Found(found.start(), m.end, actor, "country", None, m.sentence, m.paragraph)


def named_otherwise(text: str, start: int, groups: frozenset[str] = frozenset()) -> bool:
    """Whether a name we do not know qualifies the noun at `start` ("the Korean people"):
    they are someone's other than the sentence's country. A faith, an ethnic group or a
    creed ("Hutu rebels", "Muslim militants", "Maoist guerrillas") does not: CAMEO codes
    such groups by the country they act in."""
    m = _UNKNOWN_MODIFIER.search(text, max(0, start - 30), start)
    return m is not None and m.group().strip() not in groups


def insert_found(out: list[Found], found: Found) -> None:
    """Insert a mention into `out`, keeping text order."""
    at = bisect_right([m.start for m in out], found.start)
    out.insert(at, found)


_DIASPORA = re.compile(
    r"\b(?:overseas\s+)?Koreans?(?:\s+(?:residents|compatriots|nationals|citizens|people))?"
    r"\s+(?:(?:living|residing|resident)\s+)?in\s+(?:the\s+)?$"
)
_LISTED = re.compile(r"\s*(?:,\s*)?\band\b")
_ETHNIC = re.compile(r"\bethnic\s+$", re.IGNORECASE)
# a capitalised word right before a noun that is no common opening word: an unknown name
_UNKNOWN_MODIFIER = re.compile(
    r"\b(?!(?:The|A|An|Some|Many|Several|Local|Other|Armed|Both|All|Most|Two|Three|Four|Five|"
    r"Hundreds|Thousands|Dozens|Riot|Angry|Striking|Opposition|Government|State)\s)"
    r"[A-Z][\w’'-]*\s+$"
)
