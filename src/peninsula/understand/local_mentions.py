"""A sentence's actor mentions in the sentence's own offsets (`Local`): which of them may be
the subject of a head, and which join into one joint actor.

Needs: the sentence text and its mentions. Adds nothing to the document; `participants.py`
and the stages that look for a speaker ask these questions. A mention is free unless it is
the object of a preposition ("talks with Russia"), lies in an appositive or an aside about
an earlier one ("Pakistan, a key U.S. ally, has refused"), or names whom something is aimed
at ("anti-DPRK"); the owner of a body acts through it ("a delegation of the Russian
Federation arrived"). Actors joined by "and", commas or hyphens form one joint actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from peninsula.models import Actor, Mention
from peninsula.understand.sides import aimed_at, in_aside


@dataclass(frozen=True, slots=True)
class Local:
    """A mention with offsets relative to its sentence."""

    mention: Mention
    start: int
    end: int

    @property
    def codes(self) -> tuple[str, ...]:
        return self.mention.actor.codes


def free_mentions(candidates: list[Local], text: str) -> list[Local]:
    """The mentions that are not the object of a preposition, in order."""
    return [m for m in candidates if not _oblique(text, m.start)]


def _oblique(text: str, start: int) -> bool:
    # "a delegation of the Russian Federation arrived": the owner of a body acts through it
    window = max(0, start - 40)
    if _MEMBERS_FROM.search(text, window, start):
        return False  # "doctors from two American aid groups donated": those people act
    return bool(_OBLIQUE.search(text, window, start)) and not _GENITIVE.search(text, window, start)


def nearest_free(candidates: list[Local], text: str) -> Local | None:
    """The nearest mention that is not the object of a preposition."""
    for m in reversed(candidates):
        if _oblique(text, m.start) or _in_apposition(text, m.start, candidates):
            continue
        if not aimed_at(text, m) and not in_aside(text, m, candidates):
            return m
    return None


def _in_apposition(text: str, start: int, candidates: list[Local]) -> bool:
    """Whether the mention lies in an appositive about an earlier one: "Pakistan, a key U.S.
    ally, has refused": the phrase between the commas describes the subject."""
    for m in candidates:
        if m.end <= start:
            gap = _APPOSITIVE.match(text, m.end)
            if gap is not None and gap.end() > start:
                return True
    return False


def group_of(m: Local, local: list[Local], text: str) -> list[Local]:
    """The mention with those joined to it by 'and', commas or hyphens ("the U.S. and south
    Korea"): one joint actor."""
    lo = hi = local.index(m)
    while lo > 0 and _joined(local[lo - 1], local[lo], text):
        lo -= 1
    while hi + 1 < len(local) and _joined(local[hi], local[hi + 1], text):
        hi += 1
    return local[lo : hi + 1]


def _joined(a: Local, b: Local, text: str) -> bool:
    gap = text[a.end : b.start]  # a comma before a pronoun ends a clause: "the DPRK, they"
    return bool(_JOINT_GAP.fullmatch(gap)) and ("," not in gap or b.mention.kind != "pronoun")


def joint_actor(group: list[Local]) -> Actor:
    if len(group) == 1:
        return group[0].mention.actor
    codes: list[str] = []
    for m in group:
        for code in m.codes:
            if code not in codes:
                codes.append(code)
    if len(codes) == 1:
        return group[0].mention.actor
    sectors = {m.mention.actor.sector for m in group}
    return Actor(";".join(codes), sectors.pop() if len(sectors) == 1 else None, None)


_OBLIQUE = re.compile(
    r"\b(?:with|against|to|toward|towards|on|at|from|of|by|for|in|into|over|upon|about|"
    r"between|among|than|including|like|during|under|via|across|near|within|onto|despite|"
    r"through|amid|inside|outside|beyond)\s+(?:(?:the|a|an|his|her|its|their|our|this|"
    r"that|these|those)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_GENITIVE = re.compile(
    r"\b(?:delegations?|office|ministry|embassy|government|army|forces|navy|troops|military|"
    r"leaders?|president|minister|authorities|side|spokes(?:man|woman|person)|"
    # "the chairman of the Romanian Communist Party said": the office holder speaks for it
    r"chairm[ae]n|chairperson|(?:general |first )?secretar(?:y|ies)|secretary-general|"
    r"heads?|chiefs?|directors?|representatives?|ambassadors?|envoys?|officials?|"
    r"presidents?|vice-chairm[ae]n|vice-presidents?|"
    # "the Communist Party of Brazil": a body of a country speaks for its people
    r"part(?:y|ies)|associations?|committees?|organi[sz]ations?|federations?|"
    r"movements?|leagues?|councils?|"
    # "the Secretariat of the CPRK issued a memorandum": its office speaks for the body
    r"secretariats?|presidiums?|bureaus?|bod(?:y|ies)|institutions?|"
    # "a group of Moroccan diplomats", "thousands of Nigerians": the people themselves act
    r"groups?|teams?|members?|contingents?|hundreds|thousands|dozens|scores|millions|crowds?|"
    # "the summit of BRICS countries adopted a declaration": its members act
    r"summits?)"
    r"\s+of\s+"
    # "a spokesman for the Foreign Ministry said": he speaks for it
    r"(?:the\s+)?$|\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MEMBERS_FROM = re.compile(
    r"\b(?:doctors|members|delegates|"
    r"representatives|envoys|diplomats|experts|volunteers|workers|activists|officials|"
    r"observers|monitors|inspectors)\s+from\s+(?:(?:the|a|an|two|three|several|\d+)\s+)?$",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+[^,;:\"“”()]{1,80},\s+(?=[a-z])")
# the gap between two mentions of one joint actor. Not `actor_context.JOINT_GAP`, which fuses
# two country names into one mention while actors are found ("the U.S. and the ROK": "the"
# allowed, a space needed after "and" or a comma): this one joins mentions of any kind at the
# participant stage, bare ("Japan,China") or spaced (" - "); one for both moved 10 events
_JOINT_GAP = re.compile(r"\s*(?:,|and|, and|&|-|–|/)\s*", re.IGNORECASE)
