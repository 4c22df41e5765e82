"""Speeches at a gathering: the speakers speak for those who held it, on the day it met.

"Koreans in Germany held a meeting on June 25 ... The speakers noted that ... They urged
..." and "Believers of a church in south Korea held a prayer meeting on Aug. 28 ... They
accused the police of ...": what the speakers say is the holders' statement, made on the
day of the gathering (given in the sentence that tells it or in the one after: "The meeting
was attended by ... on June 16"), not the report's. "They" there are the speakers, not the
last country the speech named ("The traitors of south Korea scrapped ... They urged ...").

Needs: a sentence's text and its actor mentions. `relay.relay_after` opens a gathering relay
through `held_by`; the event coder reads each sentence's mentions through `speakers_named`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from peninsula.models import Mention, Sentence
from peninsula.understand.local_mentions import Local, free_mentions, group_of, joint_actor

if TYPE_CHECKING:
    from peninsula.models import Actor


def held_by(text: str, local: list[Local]) -> tuple[Actor, tuple[int, int]] | None:
    """Who held the gathering this sentence tells, and the span of its words: "Koreans in
    China held a meeting ...". The holders are the subject before the verb; a place they
    live in stands for them ("Believers of a church in south Korea held ...")."""
    found = _HELD.search(text)
    if found is None:
        return _held_in(text, local)
    before = [m for m in local if m.end <= found.start()]
    free = free_mentions(before, text)
    if not free:
        free = [m for m in before if _IN_PLACE.search(text, max(0, m.start - 4), m.start)]
    if not free or free[-1].mention.kind not in _GROUPS:
        return None  # "Kim, Moon and Trump held a series of meetings": talks of leaders
    return joint_actor(group_of(free[-1], local, text)), (found.start(), found.end())


def _held_in(text: str, local: list[Local]) -> tuple[Actor, tuple[int, int]] | None:
    """ "A seminar took place in Pyongyang on Thursday", "A memorial meeting was held in
    Seoul": a gathering told with no holder is held by those of the place it met in."""
    found = _TOOK_PLACE_IN.match(text)
    if found is None:
        return None
    place = next((m for m in local if m.start == found.end()), None)
    if place is None or place.mention.kind not in _GROUPS:
        return None
    return place.mention.actor, (found.start("verb"), found.end("verb"))


def dates_gathering(text: str) -> bool:
    """Whether the sentence tells when the gathering met: "The meeting was attended by ...
    on June 16", "It took place in Berlin on Friday"."""
    return _DATED.search(text) is not None


def speakers_named(
    speaker: Actor | None, gathering: bool, sentence: Sentence, local: list[Local]
) -> list[Local]:
    """The sentence's mentions, with "They" or "The speakers" that open a speech at a
    gathering standing for its holders."""
    if speaker is None or not gathering:
        return local
    opening = _SPEAKERS.match(sentence.text)
    if opening is None:
        return local
    start, end = opening.span("who")
    mention = Mention(sentence.start + start, sentence.start + end, opening["who"], speaker)
    mention = replace(mention, kind="pronoun")
    rest = [m for m in local if m.start >= end]
    return [Local(mention, start, end), *rest]


_HELD = re.compile(
    r"\b(?:held|hosted|sponsored|organized|organised|staged|opened)\s+"
    r"(?:an?\s+|the\s+|their\s+|its\s+)?(?:(?!of\b)[\w-]+\s+){0,3}?"
    r"(?:meetings?|rall(?:y|ies)|gatherings?|seminars?|symposi(?:um|a)|forums?|"
    r"(?:press|news)\s+conferences?|debates?|round-?tables?|conferences?)\b",
    re.IGNORECASE,
)
# "A seminar in the field of history took place in Pyongyang": the place opens no clause
_TOOK_PLACE_IN = re.compile(
    r"\s*(?:An?|The)\s+(?:[\w-]+\s+){0,3}?(?:meeting|rally|gathering|seminar|symposium|forum|"
    r"memorial (?:service|meeting|event)|commemoration|conference|debate|round-?table)s?\b"
    r"[^.;:,]{0,80}?\b(?P<verb>took place|was held|were held|was opened)\s+in\s+(?:the\s+)?",
    re.IGNORECASE,
)
_GROUPS = frozenset({"country", "demonym", "body", "metonym"})  # not a person, nor "he"
_IN_PLACE = re.compile(r"\bin\s+(?:the\s+)?$", re.IGNORECASE)
_DATED = re.compile(
    r"^\s*(?:The|This|It)\s+(?:[\w-]+\s+){0,2}?(?:was\s+(?:attended|held|addressed|sponsored|"
    r"organized|organised|opened)|took place)\b",
    re.IGNORECASE,
)
# "They accused ...", "The speakers noted ...": whoever speaks at the gathering
_SPEAKERS = re.compile(
    r"\s*(?:(?:But|And|Then)\s+)?(?P<who>They|The (?:speakers|participants|attendees|"
    r"speechmakers)|Speakers|Participants)\s+(?:also\s+|then\s+|further\s+|strongly\s+)?"
    r"(?:said|noted|stressed|pointed|urged|called|demanded|denounced|accused|condemned|"
    r"appealed|claimed|declared|expressed|affirmed|pledged|vowed|warned|charged|termed|"
    r"slammed|blasted|rejected|praised|hailed|asserted|insisted|emphasized|underscored|"
    r"went on|added|referred|disclosed|exposed|deplored|protested|criticized|branded|"
    r"labelled|labeled|asked|requested|voiced|reaffirmed)\b"
)
