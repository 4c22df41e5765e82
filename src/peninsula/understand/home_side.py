"""Whom people denounce at home: their own country's authorities.

Needs: the sentence text, its actor mentions (`participants.Local`) and the source found so
far. Adds nothing to the document; the event coder asks it when a hostile statement or a
protest by people of a country has no target: "South Korean activists denounced the police
for ...", "they accused the prison authorities of ...", "the party accused traitor Lee Myung
Bak of ...". The one addressed is the other side of the same country, not nobody (a target
of one's own country is otherwise skipped as no event between actors). The state itself
never addresses its own authorities so: a government, an army, a legislature, state media
or the writer's own state are left alone ("Kim criticized the officials": words at home).
"""

from __future__ import annotations

import re

from peninsula.models import Actor
from peninsula.understand.local_mentions import Local

# sectors that speak for the state: what they say of its own bodies is no event between sides
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "MED", "IGO"})
# a newspaper abroad, told of by an outlet of another state, is the press, not the state
_FREE_PRESS = frozenset({"MED"})
_HOME_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "PTY"})
# bodies of a state that arrest its people, and the heads that tell of holding people
_DETAINERS = frozenset({"GOV", "JUD"})
_DETAINING = re.compile(r"\b(?:arrest|detain|round|crack|jail|imprison|custody)", re.IGNORECASE)
# what a state refuses its own people: leave to go, meet or rally ("disapproved the visit",
# "refused to permit the rally", "denied them permission to travel to Pyongyang")
_LEAVE_WITHHELD = re.compile(
    r"\s+(?:to\s+(?:permit|allow|approve|authori[sz]e|grant)\s+)?(?:(?!of\b)(?:[\w'’-]+|\"[^\"]*\")\s+){0,4}?"
    r"(?:visits?|trips?|travel|tours?|rall(?:y|ies)|demonstrations?|marches|meetings?|"
    r"gatherings?|events?|ceremon(?:y|ies)|entry|contacts?|to\s+(?:visit|travel|go|hold|attend|meet))\b",
    re.IGNORECASE,
)
_WHOSE = re.compile(r"\s+(?:of|by|from)\s+(?:the\s+)?")
# a body named by no country word ("the authorities", "puppet police"): its country was
# guessed from the sentence, which may name only whom the body deals with ("... with Japan")
_BARE = re.compile(r"(?:[a-z-]+\s+)*(?:authorities|government|police(?:men)?|regime|prosecution)")
# hostile words and protests that people may address to their own state
_HOME_CRITICISM = frozenset({"accusation", "demand", "threat", "rejection", "protest"})


def criticises_home(kind: str) -> bool:
    """Whether `kind` is a hostile word or protest that people may aim at their own state."""
    return kind in _HOME_CRITICISM


def home_addressed(
    kind: str,
    text: str,
    head: tuple[int, int],
    source: Actor,
    target: Actor | None,
    outlet: tuple[Actor | None, Actor | None],
    local: list[Local],
) -> Actor | None:
    """Whom at home an act of `kind` is aimed at, where the text says so: whose visit a state
    body refuses, whom it detains, else whom a hostile word or protest addresses ("activists
    denounced the police", "accused Lee of a pact with Japan": the one right after the verb,
    not Japan; "groups demanded that the government ..."). None where no one at home is."""
    refused = home_refused(kind, text, head[1], source, target, local)
    if refused is not None:
        return refused
    detained = home_detained(kind, text[head[0] : head[1]], source, target)
    if detained is not None:
        return detained
    if target is None or criticises_home(kind):
        return home_criticised(kind, text, head[1], source, outlet, local)
    return None


def home_detained(kind: str, head: str, source: Actor, target: Actor | None) -> Actor | None:
    """Whom a state body arrests or detains when no one of another side is named: its own
    country's people ("the prosecution arrested the chief editor", "two officials were
    detained by the police"), not no one."""
    if kind != "arrest_or_seizure" or not _DETAINING.search(head):
        return None
    return _own_people(source, target)  # not "arrested nine Palestinians"


def home_refused(
    kind: str, text: str, end: int, source: Actor, target: Actor | None, local: list[Local]
) -> Actor | None:
    """Whose visit, trip or rally a state body refuses when no one of another side is named:
    its own country's people ("the authorities disapproved the visit", "the police refused
    to permit the rally"), not no one."""
    found = _LEAVE_WITHHELD.match(text, end) if kind == "rejection" else None
    if found is None:
        return None
    named = _WHOSE.match(text, found.end())
    whose = [m for m in local if named is not None and found.end() < m.start <= named.end()]
    if any(m.mention.actor.sector in _STATE_SECTORS or m.codes != source.codes for m in whose):
        return None  # "refused the visit of the U.S. envoy": another state's people
    return _own_people(source, target)  # not "refused the visit of the U.S. envoy"


def _own_people(source: Actor, target: Actor | None) -> Actor | None:
    """The people of a detaining body's own state, unless a target of another side is named."""
    if target is not None and not set(target.codes) <= set(source.codes):
        return None
    if source.sector not in _DETAINERS or ";" in source.code or not source.code:
        return None
    return Actor(source.code, None, None)


def home_criticised(
    kind: str,
    text: str,
    end: int,
    source: Actor,
    outlet: tuple[Actor | None, Actor | None],
    local: list[Local],
) -> Actor | None:
    """Whom a hostile statement or protest of `kind` with no target addresses at home;
    `outlet` is (the writer's state, the outlet's home state)."""
    if kind not in _HOME_CRITICISM:
        return None
    writer, home_state = outlet
    if source.sector in _FREE_PRESS and home_state is not None:
        if not set(home_state.codes) & set(source.codes) and ";" not in source.code:
            source = Actor(source.code, None, source.name)  # "a Seoul daily denounced ..."
    return home_authority(text, end, source, writer, local)


def home_authority(
    text: str, end: int, source: Actor, writer: Actor | None, local: list[Local]
) -> Actor | None:
    """The source's own state when the object right after the head names its authorities
    ("denounced the police", "accused the "government" and security authorities",
    "demanded the chief executive apologize", "accused traitor Lee of"); None otherwise."""
    if source.sector in _STATE_SECTORS or ";" in source.code or not source.code:
        return None
    if writer is not None and set(writer.codes) & set(source.codes):
        return None  # the outlet's own state's people: its words at home are no event
    first = next((m for m in local if m.start >= end), None)
    if first is not None and _MODIFIERS.fullmatch(text, end, first.start):
        bare = _BARE.fullmatch(first.mention.text) is not None  # placed by a guess
        if not set(first.codes) <= set(source.codes) and not bare:
            return None  # "denounced the Japanese authorities": between two states
        if bare and first.mention.actor.sector in _HOME_SECTORS:
            return Actor(source.code, first.mention.actor.sector)  # the speaker's own
        if first.mention.actor.sector in _HOME_SECTORS and first.mention.actor != source:
            return first.mention.actor  # "accused traitor Lee Myung Bak", "the police"
    found = _BODY.match(text, end)
    if found is None:
        return None
    if any(end <= m.start < found.end() and not set(m.codes) <= set(source.codes) for m in local):
        return None  # "the U.S. authorities": another state's
    return Actor(source.code, "GOV")


# the object right after a verb of denouncing, demanding or warning: a few modifiers
# ("the present puppet", "the prison", "the \"government\" and security"), then a body of
# the state at home; or a named person of that state (checked through the mentions)
_MODIFIER = (
    r"(?:the|its|their|his|traitor|traitorous|present|current|incumbent|ruling|conservative|"
    r"puppet|reactionary|fascist|so-called|[\"“”]?government[\"“”]?\s+and|prison|security|"
    r"military|intelligence|judicial|investigation|education|labou?r|city|local|riot|"
    r"[A-Z][a-z]+)"
)
# what the body did, named before it: "the scandals committed by", "the attempt of the
# lawmakers from", "the abuses of power by"
_DEED = (
    # "urged the need for the "government" to drop ...": whom the need is for
    r"(?:(?:the\s+)?(?:urgent\s+)?(?:need|necessity)\s+for\s+)?"
    r"(?:(?:the|an?|its|their)\s+(?:[a-z-]+\s+){0,3}(?:committed|perpetrated|made|done|"
    r"of|by)\s+(?:by\s+)?)?"
    r"(?:(?:the\s+)?(?:Diet\s*men|lawmakers|legislators|members|officials)\s+(?:from|of)\s+)?"
)
_MODIFIERS = re.compile(rf"\s+(?:that\s+)?{_DEED}(?:{_MODIFIER}\s+){{0,4}}[\"“]?")
_BODY = re.compile(
    rf"\s+(?:that\s+)?{_DEED}(?:{_MODIFIER}\s+){{0,4}}[\"“]?(?:authorities|police(?:men)?|"
    r"government|regime|administration|prosecution|prosecutors?|court|judiciary|"
    r"Diet\s*men|lawmakers|legislators|"
    r"chief\s+executive|ruling\s+(?:party|camp)|Defen[cs]e\s+Security\s+Command|"
    r"National\s+Intelligence\s+Service|Ministry\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+)?|"
    # state media's names for the camp in power and its press: "the conservative media",
    # "the puppet conservative group"
    r"(?<=conservative\s)(?:[\w-]+\s+)?(?:group|forces|media|press|newspapers|camp)|"
    r"(?:[A-Z]\w+\s+)?Ministry)\b"
)
