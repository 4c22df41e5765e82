"""Which triggers fire in a sentence, and which of them are events of their own.

Needs: the lexicon's triggers (`triggers.yaml`) and one sentence's lower-cased text. Adds
nothing to the document; the event coder asks `find_hits` per sentence. Each trigger is
tried in order and overlapping hits go to the kind written first in triggers.yaml; a
pledge ("promised to", "agreed to") that only introduces the next hit is that hit's
planned event, so it is not a hit of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from peninsula.knowledge.lexicon import Lexicon, Trigger
from peninsula.understand.sentence_events import context_ok

# kinds whose pledges ("promised to", "agreed to") may only introduce the act pledged
_PLEDGING = frozenset({"proposal", "cooperation"})
# "threatened to impose", "threatens to cut": a threat whose complement is the act
_THREAT_TO = re.compile(
    r"(?:threat\w*|refus\w*|declin\w*)\s+to\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger that fired, with its span in the sentence."""

    trigger: Trigger
    start: int
    end: int


def find_hits(
    lexicon: Lexicon,
    order: dict[Trigger, int],
    text: str,
    doer_ok: Callable[[Trigger, int], bool] | None = None,
) -> list[Hit]:
    """The hits of one sentence in text order; `order` ranks each trigger as written.
    `doer_ok` says whether the subject of a head at an offset holds the trigger's
    `doer_role` (a trigger with one never fires without it)."""
    found: list[Hit] = []
    for number in lexicon.heads.candidates(text):  # the others need words it lacks
        trigger = lexicon.triggers[number]
        for match in trigger.head.finditer(text):
            if not context_ok(trigger, text, match.start(), match.end()):
                continue
            if trigger.doer_role is None or (doer_ok and doer_ok(trigger, match.start())):
                found.append(Hit(trigger, match.start(), match.end()))
    if len(found) < 2:
        return found
    found.sort(key=lambda h: (order[h.trigger], h.start))
    kept: list[Hit] = []
    for hit in found:  # the kind written first in triggers.yaml claims the words
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    kept.sort(key=lambda h: h.start)
    # "promised to send aid", "agreed to hold talks": the pledge is the planned event
    # its complement names, coded once, as that event
    pledged = [
        hit
        for hit, following in zip(kept, [*kept[1:], None], strict=True)
        if not _pledge_of(hit, following, text)
    ]
    # "threatened to institute a curfew", "refused to deploy peacekeepers": the threat or
    # refusal names the act it is about, which is no event of its own
    return [
        hit
        for hit, threat in zip(pledged, [None, *pledged[:-1]], strict=True)
        if not _threatened_by(hit, threat, text)
    ]


def _threatened_by(hit: Hit, threat: Hit | None, text: str) -> bool:
    return (
        threat is not None
        and threat.trigger.kind in ("threat", "rejection")
        and _THREAT_TO.fullmatch(text, threat.start, max(hit.start, threat.end)) is not None
        and hit.trigger.kind not in ("threat", "rejection")
    )


def _pledge_of(hit: Hit, following: Hit | None, text: str) -> bool:
    """Whether a pledge ("promised to", "agreed to") only introduces the next hit."""
    return (
        following is not None
        and hit.trigger.kind in _PLEDGING
        and text[hit.start : hit.end].endswith(" to")
        and following.start - hit.end <= 30
    )
