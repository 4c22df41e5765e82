"""Who launched, fired or tested, when the sentence names only a reporter or no one.

Needs: the sentence text, the trigger span, the sentence's actor mentions, the gazetteer
(weapons and places with their owners) and the events coded so far in the document. Adds
nothing to the document; the event coder asks `launch_doer` for the launch kinds.

A speaker who reports a launch never made it: in "South Korea's Joint Chiefs of Staff said
the missile was launched at 7:10 from the Pyongyang area" the agentless passive's doer is
not the Joint Chiefs. Nor is the subject of a sentence that mentions a launch as a noun ("the
Security Council adopted a resolution in response to the launch of the Hwasong-15"). The
doer is then, in order: the owner of the weapon named nearest the trigger (weapons.yaml),
the owner of the launch site named in the sentence (places.yaml), the doer of the last
launch or test in the article, and the actor the article is mostly about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

from peninsula.models import Actor, Event

LAUNCH_KINDS = frozenset({"missile_launch", "satellite_launch", "nuclear_test", "weapons_test"})


@dataclass(frozen=True, slots=True)
class Found:
    """What the sentence alone said of the doer: the source (None for an agentless passive:
    the participants never give it to a reporting speaker), how it was found and whether
    the sentence names any actor."""

    source: Actor | None
    how: str
    named: bool


class _Article(Protocol):
    events: list[Event]  # coded so far
    dominant: Actor | None  # the actor the article is mostly about


def launch_source(
    found: Found, text: str, start: int, end: int, gazetteer: Any, article: _Article
) -> Actor | None:
    """The doer of a launch: a reporter, or the subject of a sentence that names the launch
    as a noun, is not it (see the module docstring)."""
    if is_nominal(text, start):
        return weapon_owner(text, start, end, gazetteer) or found.source
    if found.source is not None:
        return found.source  # "warned it would launch": a speaker of an active verb acts
    if found.source is None and not found.named:
        return None  # the coder's general fallback (the doer of the last action) applies
    kind_events = article.events
    return launch_doer(text, start, end, gazetteer, kind_events, article.dominant)


def is_nominal(text: str, start: int) -> bool:
    """Whether the head names the launch as a noun ("the launch of the Hwasong-15"): its
    doer is not the subject of the sentence."""
    return _NOMINAL.match(text, start) is not None


def weapon_owner(text: str, start: int, end: int, gazetteer: Any) -> Actor | None:
    """The country that owns the weapon named nearest the head (weapons.yaml `code`)."""
    if gazetteer is None or not hasattr(gazetteer, "find_weapons"):
        return None
    found = [w for w in gazetteer.find_weapons(text) if w.code and ";" not in w.code]
    if not found:
        return None
    nearest = min(found, key=lambda w: max(w.start - end, start - w.end, 0))
    return Actor(nearest.code)


def launch_doer(
    text: str,
    start: int,
    end: int,
    gazetteer: Any,
    earlier: list[Event],
    dominant: Actor | None,
) -> Actor | None:
    """The doer of a launch whose sentence does not name one (see the module docstring)."""
    owner = weapon_owner(text, start, end, gazetteer)
    if owner is not None:
        return owner
    if gazetteer is not None and hasattr(gazetteer, "find_places"):
        sites = [
            p
            for p in gazetteer.find_places(text)
            if p.code and ";" not in p.code and p.category in _OWNED_PLACES
        ]
        if sites:
            return Actor(sites[0].code)
    for event in reversed(earlier):
        if event.kind in LAUNCH_KINDS and event.source is not None:
            return event.source
    return dominant


# the places whose owner launches from them; a border or open sea says nothing of the doer
_OWNED_PLACES = frozenset({"launch_site", "nuclear_site", "naval_base", "airfield", "city", "site"})
_NOMINAL = re.compile(
    r"(?:launch|test-firing|test-fire|firing|launching) of\b",
    re.IGNORECASE,
)
