"""Whom a sentence tells what to do, where the speaker is already known.

Needs: a sentence's text, its mentions and the speaker (the writer or a relayed issuer).
Used by `own_words.py` for demands without a demand verb: "The U.S. should bear in mind
...", "Japan, stop at once ...!", "It is high time that the U.S. ...", "If the U.S. truly
wants peace, it should ...". The one addressed opens the sentence or its condition.
"""

from __future__ import annotations

import re

from peninsula.models import Actor
from peninsula.understand.local_mentions import Local, joint_actor


def addressed_demand(
    text: str, local: list[Local], speaker: Actor, relayed: bool = False
) -> Actor | None:
    """Whom a relayed sentence tells what to do: "The U.S. should bear in mind that ...",
    "Japan must stop ...": the actor that opens the sentence before "should" or "must".
    Only a `relayed` speaker, not the writer, may so tell its own state."""
    bare = _OWN_STATE_TOLD.match(text) if relayed else None
    if bare is not None and speaker.sector not in _STATE_VOICES:
        named = any(m.start < bare.end() for m in local)  # "The Lee Myung Bak regime": his
        if not named and ";" not in speaker.code and speaker.code:
            return Actor(speaker.code, "GOV")  # "The present "government" should free ..."
    if not local:
        return None
    high_time = _high_time_for(text, local)
    first = high_time or local[0]
    if set(first.codes) & set(speaker.codes) and not (relayed and _own_state_told(first, speaker)):
        return None
    opens = first.start <= _OPENS_WITHIN and _called_on(text, first)
    if high_time is None and not opens and not _told_if(text, first):
        return None
    return joint_actor([first])


def _own_state_told(first: Local, speaker: Actor) -> bool:
    """Whether civic people or an opposition tell their own state what to do ("The present
    "government" should free the editor", said a South Korean civic body): one country,
    two sides. A state never so addresses its own bodies: its words at home are no event."""
    told = first.mention.actor
    if speaker.sector in _STATE_VOICES or told.sector not in _STATE_BODIES or told == speaker:
        return False
    return ";" not in speaker.code and set(first.codes) <= set(speaker.codes)


def _called_on(text: str, first: Local) -> bool:
    """Whether the actor that opens the sentence is told what to do: "The U.S. should ...",
    or called on by name: "Japan, stop at once the moves to ...!" """
    if _TOLD.match(text, first.end):
        return True
    return text.rstrip().endswith("!") and _VOCATIVE.match(text, first.end) is not None


def _high_time_for(text: str, local: list[Local]) -> Local | None:
    """The actor right after "It is high time that" or "It is time for": whom the writer
    tells what it must do ("It is high time that the U.S. dropped its hostile policy")."""
    found = _HIGH_TIME.match(text)
    if found is None:
        return None
    return next((m for m in local if 0 <= m.start - found.end() <= _THE_WITHIN), None)


def _told_if(text: str, first: Local) -> bool:
    """ "If the U.S. truly wants peace, it should ...": the condition names whom the main
    clause tells what to do."""
    condition = _IF.match(text)
    if condition is None or first.start > condition.end() + _OPENS_WITHIN:
        return False
    comma = text.find(",", first.end)
    return comma >= 0 and _TOLD_AGAIN.match(text, comma) is not None


# speakers who may tell their own state what to do, and the state bodies they tell
_STATE_VOICES = frozenset({"GOV", "MIL", "LEG", "MED", "IGO"})
_STATE_BODIES = frozenset({"GOV", "MIL", "LEG", "JUD"})
# a state body named by no country opening a sentence and told what to do: "The present
# "government" should ...", "The authorities must ...", "The prosecution had better ..."
_OWN_STATE_TOLD = re.compile(
    r"\s*(?:(?:So|And|But|Now|Therefore),?\s+)?the\s+(?:(?:present|current|incumbent|ruling|"
    r"conservative|puppet|[\"“”]?government[\"“”]?)\s+)?[\"“]?(?:authorities|"
    r"government|regime|administration|prosecution|police|ruling\s+party)[\"”]?\s+"
    r"(?:should|must|has\s+to|have\s+to|had\s+better)\s+(?!be\s+(?:noted|said)\b)",
    re.IGNORECASE,
)
_OPENS_WITHIN = 12  # characters: "The U.S. should ...", "So the U.S. must ..."
# "the Japanese reactionaries", "the U.S. administration": the addressee's own noun
_ADDRESSEE_NOUN = (
    r"(?:\s+(?:[\w-]+\s+)?(?:authorities|government|side|administration|regime|group|clique|"
    r"reactionaries|rulers|warmongers|forces))?"
)
# "Lee should worry about the fate reserved for him": a taunt that threatens, no demand
_TAUNT = (
    r"(?!(?:\w+\s+){0,2}(?:worry|think|ponder|care|fear)\s+(?:\w+\s+){0,2}(?:about|of|for)\s+"
    r"(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:own\s+)?(?:fates?|future|doom|end|consequences)\b)"
)
_TOLD = re.compile(
    _ADDRESSEE_NOUN + r"\s+(?:should|must|has to|have to|had better)\s+"
    r"(?!be\s+(?:noted|said|stressed|pointed out)\b)" + _TAUNT,
    re.IGNORECASE,
)
# "Japan, stop at once ...!": a name, a comma and a verb of command; not a clause that goes
# on ("Japan, which ...", "Japan, the aggressor, ...")
_VOCATIVE = re.compile(
    _ADDRESSEE_NOUN + r",\s+(?:you\s+)?(?!(?:which|who|whose|that|the|a|an|and|or|but|its|"
    r"their|his|her|as|in|on|at|for|with|by|of|to|from|is|are|was|were|has|have|had|will|"
    r"would|too|also|however|though|although|if|when|while|not|still)\b)[a-z]+\b"
)
# "It is high time that ...", "Now it is time for ...": what the one named next must do
_HIGH_TIME = re.compile(
    r"(?:[^\n]{0,80}?(?:--|—)\s*)?"  # after a dateline, if any
    r"\s*(?:(?:Now|So|And|But|Today),?\s+)?it\s+is\s+(?:high\s+|about\s+|already\s+)?time\s+"
    r"(?:that|for)\s+",
    re.IGNORECASE,
)
_THE_WITHIN = 4  # characters: "the " before the name
_IF = re.compile(r"\s*(?:But\s+|And\s+|So\s+)?(?:if|unless)\s+", re.IGNORECASE)
_TOLD_AGAIN = re.compile(
    r",\s+(?:then\s+)?(?:they|it|he|she)\s+(?:should|must|has to|have to|had better)\s+"
    r"(?!be\s+(?:noted|said|stressed|pointed out)\b)" + _TAUNT,
    re.IGNORECASE,
)
