"""The parties of talks told in the passive: "Talks between the foreign minister of A and
his counterpart of B were held in C on Friday", "Talks were held on July 26 between the
delegations of A and B".

State media name each side by a person and a title ("Kim, first vice-minister of the DPRK,
and Ivanov, deputy minister of Russia"), so the parties are not one list joined by "and"
(what `targets.named_parties` reads) but every state named between "between" and the verb
or the place of the talks. The place is left out: talks held in a third country are not
that country's talks.
"""

from __future__ import annotations

import re

from peninsula.models import Actor
from peninsula.understand.local_mentions import Local, joint_actor

# "talks between", or "talks were held (on July 26) between": "between" follows the head at
# once or after the verb and a short time or place phrase, with no clause break
_BETWEEN = re.compile(r"(?:\s+[^\s.;:,]+){0,6}?\s+between\s+", re.IGNORECASE)
_HEAD_ENDS_BETWEEN = re.compile(r"\bbetween$", re.IGNORECASE)
# only a meeting's own head reaches for a later "between" ("cooperation ... between A and B"
# may be anyone's)
_MEETING_HEAD = re.compile(r"\b(?:talks|negotiations|consultations|meeting|summit)\b", re.I)
# where the parties end: the verb of the talks, their place or time, or a new clause
_PARTIES_END = re.compile(
    r"\s+(?:were|was)\s+(?:held|opened|conducted)\b|\s+took\s+place\b|\s+(?:here|there)\b"
    r"|\s+(?:in|at|on)\s+(?=[A-Z0-9])|\s+(?:last|this|on|yesterday|today)\b(?=\s+\w)"
    r"|[;:](?:\s|$)|\.(?:\s+[A-Z]|$)|,\s+(?:but|where|which|while)\b|\s+to\s+(?:discuss|exchange)\b",
)
_MAX_SPAN = 260
# "... between the governments of A and B was signed": the parties run to the verb
_SIGNED_BETWEEN = re.compile(r"\bbetween\s[^.;:]{3,200}?\s*$", re.IGNORECASE)


def parties_between(text: str, span: tuple[int, int], local: list[Local]) -> Actor | None:
    """The states named as the two sides of passive talks, two at least, else None."""
    start, end = span
    if _HEAD_ENDS_BETWEEN.search(text, start, end):
        opened = end
    else:
        found = _BETWEEN.match(text, end)
        if found is None or not _MEETING_HEAD.search(text, start, end):
            return None
        opened = found.end()
    stop = _PARTIES_END.search(text, opened, min(len(text), opened + _MAX_SPAN))
    if stop is None:
        return None
    named = [m for m in local if opened <= m.start and m.end <= stop.start()]
    if not named or not _two_sides(text, opened, stop.start()):
        return None
    joined = joint_actor(named)
    return joined if len(joined.codes) > 1 else None


def signed_between(text: str, start: int, local: list[Local]) -> Actor | None:
    """The states of a document signed in the passive: "A plan for cultural cooperation
    between the governments of A and B was signed": every state named from "between" to
    the verb at `start`, two at least."""
    found = _SIGNED_BETWEEN.search(text, max(0, start - _MAX_SPAN), start)
    if found is None:
        return None
    named = [m for m in local if found.start() <= m.start and m.end <= start]
    joined = joint_actor(named) if named else None
    return joined if joined is not None and len(joined.codes) > 1 else None


def _two_sides(text: str, start: int, end: int) -> bool:
    """Whether the span names two sides joined by "and" ("A and B", "A, title, and B")."""
    return re.search(r"\band\b", text[start:end]) is not None


# "He said this when receiving ...", "She made the remarks at a talk with ...": a pronoun
# speaker whose words were told in the sentence before, then the meeting they were said at
_SAID_THIS_AT = re.compile(
    r"\s*(?:He|She|They)\s+(?:said|stressed|noted|made|expressed|underscored)\b"
    r"(?:\s+(?:this|so|these|the|remarks?|remark|words))*\s*,?\s*$"
)


def speaker_met(
    text: str, span: tuple[int, int], local: list[Local], speaker: Actor | None
) -> Actor | None:
    """The one met at a meeting told after a pronoun speaker's words ("She said this when
    receiving the DPRK ambassador"): the first other state named after the head; None where
    no speaker is carried or the sentence does not open so."""
    start, end = span
    if speaker is None or _SAID_THIS_AT.fullmatch(text, 0, start) is None:
        return None
    own = set(speaker.codes)
    met = next((m for m in local if m.start >= end and not own & set(m.codes)), None)
    return met.mention.actor if met is not None else None
