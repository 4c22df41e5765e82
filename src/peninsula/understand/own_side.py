"""Who acted when the outlet's own side is the place or the finder, not the doer.

Needs: the sentence text, the trigger span, the source and target the coder found so far,
the outlet's state (`writer`) and the events coded so far in the document. Adds nothing to
the document; the event coder calls these after it has a source.

- "our" marks the victim or the place: in "the enemy's intrusion across our maritime
  border" or "drills staged near our border" the outlet's state is where it happened. When
  the sentence names no doer and the fallback would make the outlet's state the doer, the
  doer is the other side the article last spoke of, and the outlet's state the target.
- Things found are sent by the other side: leaflets or balloons "found", "discovered" or
  "picked up" on one's side were launched by the side they came from (the annotation guide:
  leaflets from the ROK found in the DPRK are a balloon launch by the ROK, dated the day
  they were found). The finder (the outlet's state, if any) is the target.
- Gifts handed at home: a foreign embassy's staff who "handed aid materials to the farm"
  give to the outlet's state (the farm, school or hospital names no actor); the state's own
  gifts to its farms and hospitals are no event between actors.
"""

from __future__ import annotations

import re

from peninsula.models import Actor, Event

# kinds whose "our" place after the head is where the other side acted
_AGAINST_PLACE_KINDS = frozenset(
    {"incursion", "military_exercise", "balloon_launch", "attack", "troop_deployment"}
)


def handed_at_home(text: str, end: int) -> bool:
    """Whether aid goes to a farm, school or hospital named by a common noun right after
    the head ("handed relief goods to the co-op"): a gift at home, to no actor named."""
    return _LOCAL_RECIPIENT.match(text, end) is not None


def against_our_place(
    kind: str, text: str, end: int, source: Actor | None, writer: Actor | None, earlier: list[Event]
) -> tuple[Actor, Actor] | None:
    """(other side, writer) when a fallback gave the writer's state an act done at "our"
    border, waters or territory (see the module docstring); None when the rule does not
    apply."""
    if writer is None or source is None or kind not in _AGAINST_PLACE_KINDS:
        return None
    if _OUR_PLACE.match(text, end) is None:
        return None
    if not set(source.codes) <= set(writer.codes):
        return source, writer  # the other side the article spoke of last acted at "our" place
    other = other_side(earlier, writer)
    return (other, writer) if other is not None else None


def other_side(earlier: list[Event], writer: Actor) -> Actor | None:
    """The last actor of the article's events that is not the writer's state."""
    own = set(writer.codes)
    for event in reversed(earlier):
        for actor in (event.source, event.target):
            if actor is not None and not own & set(actor.codes):
                return actor
    return None


def sent_by_other(
    source: Actor | None,
    target: Actor | None,
    writer: Actor | None,
    earlier: list[Event],
    named: list[Actor],
) -> tuple[Actor | None, Actor | None]:
    """(sender, finder) of things found: the finder is the outlet's state when it has one;
    the sender the doer or target the coder found that is not the finder, else an actor the
    sentence names ("leaflets of the ROK"), else the other side the article last spoke of.
    Without an outlet's state, a found doer and target swap. No sender: (None, None)."""
    if writer is None:
        if source is not None and target is not None:
            return target, source
        sender = source or next(iter(named), None)
        return (sender, target) if sender is not None else (None, None)
    own = set(writer.codes)
    others = [a for a in (source, target, *named) if a is not None and not own & set(a.codes)]
    sender = others[0] if others else other_side(earlier, writer)
    if sender is None and writer.code in _OTHER_KOREA:
        # "our border area was littered with wastepaper" as a statement opens: balloons
        # found in one Korea came over from the other
        sender = Actor(_OTHER_KOREA[writer.code])
    return (sender, writer) if sender is not None else (None, None)


def found_not_sent(text: str, start: int) -> bool:
    """Whether a balloon launch head is about things found ("balloons were found in ...",
    "leaflets ... have been discovered"), not about their sending."""
    return _FOUND.search(text, max(0, start - 20), start + 90) is not None


# "across our maritime border", "near our southern border", "into our territorial waters":
# the head's own clause goes on to a place of the outlet's side (no full stop or semicolon)
_OUR_PLACE = re.compile(
    r"[^.;]{0,60}?\b(?:across|into|near|close to|along|over|in|inside|on|to)\s+our\s+"
    r"(?:[\w-]+\s+){0,2}(?:border|borders|boundary|waters|territory|airspace|frontline|"
    r"front line|side|area|areas|land|soil|coast|sea|waters)\b",
    re.IGNORECASE,
)
_OTHER_KOREA = {"PRK": "KOR", "KOR": "PRK"}
_FOUND = re.compile(
    r"\b(?:(?:were|was|been|being|be) (?:also |again |later )?(?:found|discovered|picked up|"
    r"retrieved|collected|littered with|strewn with)|found (?:again )?in)\b",
    re.IGNORECASE,
)

# "aid materials to the farm", "medicines to a hospital in ...": a local unit, no actor
_LOCAL_RECIPIENT = re.compile(
    r"(?:\s+[\w,-]+){0,6}?\s+to\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:farms?|co-ops?|"
    r"hospitals?|schools?|kindergartens?|nurser(?:y|ies)|orphanages?|factor(?:y|ies)|"
    r"institutes?|universit(?:y|ies)|clinics?|villages?|enterprises?)\b",
    re.IGNORECASE,
)
