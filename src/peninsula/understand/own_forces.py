"""Whose forces pledge to act: "our revolutionary armed forces will ...", "its army and
people will ...".

A threat head that opens on the speaking side's own forces ("we will", "our army will",
"its army and people will" in a statement of the DPRK) is the speaker's pledge, however
the sentence opens: in "If the U.S. and the south Korean puppets dare provoke a war, our
revolutionary armed forces will ..." the condition names whom the pledge warns, never who
pledges. "Our" and "we" are the speaker (the writer, the issuer of a relayed statement),
else the person last named as speaking, else the state of the outlet that carries the
words (a KCNA item that quotes a soldier's "we"). "Its" stands for the issuer only where
one is known: with no statement relayed it is too often someone else's ("If Japan attacks
Russia, its army will ...").

Needs: the trigger's head and who speaks around it. Adds nothing to the document: the
coder's context (`own_words.CoderContext.pledger`) asks `pledging_side`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from peninsula.understand.local_mentions import joint_actor

if TYPE_CHECKING:
    from peninsula.models import Actor
    from peninsula.understand.local_mentions import Local


def pledging_side(
    head: str,
    speaker: Actor | None,
    named_speaker: Callable[[], Actor | None],
    host: Actor | None,
) -> Actor | None:
    """The side whose own forces the head names ("our armed forces will"), None when the
    head names no forces of the speaker's."""
    opening = _OWN_HEAD.match(head)
    if opening is None:
        return None
    if speaker is not None:
        return speaker
    if opening["whose"].lower() == "its":
        return None
    return named_speaker() or host


def warned(pledger: Actor, start: int, local: list[Local]) -> Actor | None:
    """Whom a pledge warns when no subject was found before it: the other actors named
    before the head, in the condition ("If the U.S. forces and the Lee group dare ignite a
    war on this land, we will ...": both)."""
    others = [m for m in local if m.end <= start and not set(m.codes) & set(pledger.codes)]
    return joint_actor(others) if others else None


# the head opens on the speaker's side: "we will", "our (revolutionary) armed forces will",
# "its army and people will"
_OWN_HEAD = re.compile(r"\s*(?P<whose>we|our|its)\s", re.IGNORECASE)
