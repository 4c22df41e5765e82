"""Who acts and toward whom when a sentence does not say it alone.

Needs: the events coded so far in the document, the sentence, and the actor mentions of the
sentence (`participants.Local`). Adds nothing to the document; the event coder asks these
questions per trigger: the actor an article is mostly about, the doer of the last event
nearby (a statement goes on from a statement, an action only from an action), whom a
protest is against, the parties of a meeting that issued a declaration, whether "I" or "we"
speaks, whether the head addresses someone we do not know, and whether a rebel group, an opposition, a court or civilians address another side
of their own country.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from peninsula.knowledge.lexicon import Trigger
from peninsula.models import Actor, Event, Mention, Sentence
from peninsula.understand.local_mentions import Local, free_mentions
from peninsula.understand.participants import NON_STATE
from peninsula.understand.sides import aimed_at


def at_home(source: Actor, target: Actor | None) -> bool:
    """Whether a rebel group, an opposition, a court or civilians address another side of
    their own country ("the opposition demanded that President X resign", "strikers urged
    the authorities"): they never speak for the state they address, as its leader speaking
    to its own workers does."""
    return (
        source.sector in NON_STATE
        and target is not None
        and target.sector is not None
        and target.sector != source.sector
        and set(target.codes) <= set(source.codes)
    )


def stranger_addressed(text: str, end: int, local: list[Local]) -> bool:
    """Whether the head is followed by a name we do not know, told what to do: "urged
    Foreign Minister Abdul Rahman to resign", "demanded that the Nile Alliance disband"."""
    match = _STRANGER.match(text, end)
    return match is not None and not any(end <= m.start < match.end() for m in local)


def dominant_actor(mentions: list[Mention]) -> Actor | None:
    counts = Counter(m.actor.code for m in mentions if ";" not in m.actor.code)
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return Actor(code) if n >= 2 else None


def recent_event(events: list[Event], sentence: Sentence, back: int) -> Event | None:
    if not events:
        return None
    last = events[-1]
    here = sentence.start
    # evidence offsets tell how far back the last event's sentence lies
    if last.evidence.start == here or here - last.evidence.end <= 400 * back:
        return last
    return None


def recent_source(events: list[Event], sentence: Sentence, statement: bool) -> Actor | None:
    """The doer of the last event nearby; an action takes it only from an action (the
    outlet's denunciations do not make the outlet the doer of what it denounces)."""
    # (the doer of the killing a statement condemns is not who goes on speaking)
    events = [e for e in events[-4:] if (e.plover in _VERBAL_ROOTS) == statement]
    last = recent_event(events, sentence, 3)
    return last.source if last else None


def first_other_after(text: str, local: list[Local], end: int, source: Actor) -> Actor | None:
    """The first actor after `end`, not (part of) the source, addressed with "to" or "with"
    ("support and solidarity to the Syrian people"); an object or a bystander is not."""
    own = set(source.codes)
    for m in local:
        if m.start >= end and not own & set(m.codes):
            if _ADDRESSED.search(text, max(0, m.start - 16), m.start):
                return m.mention.actor
            return None
    return None


def meeting_parties(events: list[Event], sentence: Sentence) -> Actor | None:
    """The parties of a meeting in the same sentence: "at the summit, a joint declaration
    was made public"."""
    for event in reversed(events):
        if event.evidence.start != sentence.start:
            break
        if event.kind in ("summit", "talks"):
            return event.source
    return None


def protested(text: str, start: int, local: list[Local], source: Actor | None) -> Actor | None:
    """Whom a protest is against: the first actor named after its head that is not
    where it took place ("a rally for impeaching Yoon ... in Seoul"), else the one it is
    named against ("an anti-U.S. rally in Seoul")."""
    aimed = [m for m in local if m.end <= start and start - m.end <= 12 and aimed_at(text, m)]
    if aimed:
        return aimed[-1].mention.actor
    for m in local:
        if m.start > start and not _AT_PLACE.search(text, max(0, m.start - 12), m.start):
            return m.mention.actor
    return None


def spoken_by_writer(
    writer: Actor, target: Actor | None, start: int, end: int, local: list[Local]
) -> tuple[Actor, Actor | None]:
    """Source and target when "I" or "we" of a voice outlet speaks or acts: the writer's
    state, toward the first other actor after the head, else the one a condition before it
    names ("if the ROK resumes ..., we will ...")."""
    if target is not None and set(target.codes) & set(writer.codes):
        target = None
    others = [m for m in local if not set(m.codes) & set(writer.codes)]
    # "we hold Japan responsible for": an actor inside the head is its object
    ahead = (m.mention.actor for m in others if m.start > start)
    before = (m.mention.actor for m in reversed(others) if m.end <= start)
    return writer, target or next(ahead, None) or next(before, None)


def first_other(local: list[Local], end: int, source: Actor) -> Actor | None:
    """The first actor after `end` that is not (part of) the source."""
    own = set(source.codes)
    return next((m.mention.actor for m in local if m.start >= end and not own & set(m.codes)), None)


def gathering_place(text: str, start: int, local: list[Local]) -> Actor | None:
    """Who spoke through a meeting held somewhere: "Meetings took place in Algeria, Denmark
    and Italy to denounce ...": the countries where people gathered (as for a rally)."""
    gathered = _GATHERED.search(text, 0, start)
    if gathered is None:
        return None
    for m in local:
        if gathered.start() <= m.start < start and _AT_PLACE.search(
            text, max(0, m.start - 12), m.start
        ):
            return m.mention.actor
    return None


def first_person(text: str, start: int, local: list[Local]) -> bool:
    """Whether "I" or "we" is the nearest subject before the trigger (or opens its head:
    "we will act at once if ...")."""
    if _OPENS_HEAD.match(text, start):
        return True
    # "we will answer it by scattering ...": "it", the object of a preposition, is no subject
    subjects = free_mentions([m for m in local if m.end <= start], text)
    last = max((m.end for m in subjects), default=0)
    if any(not _quoted(text, f.end()) for f in _FIRST_PERSON.finditer(text, last, start)):
        return True  # not "placards reading 'I petition ...'": a quote's "I" is not ours
    # "I express contempt for ... and vehemently denounce and reject it"
    return _OPENS_FIRST.match(text) is not None and "," not in text[last:start]


def _quoted(text: str, at: int) -> bool:
    """Whether `at` lies inside a quotation opened before it."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def holds_role(gazetteer: Any, text: str, local: list[Local], trigger: Trigger, start: int) -> bool:
    """Whether the subject right before the head is a person who holds a role the trigger
    asks for ("Kim Jong Un visited Russia": a head of state), not a body or a prize named
    after one ("the Kim Il Sung Socialist Youth League visited Laos")."""
    if gazetteer is None or trigger.doer_role is None:
        return False
    m = next((m for m in reversed(local) if m.end <= start), None)
    if m is None or m.mention.kind != "name" or not _SUBJECT_GAP.fullmatch(text, m.end, start):
        return False
    if _NAME_GOES_ON.match(text, m.end):
        return False  # the person's name opens a longer name
    person = gazetteer.people.get(m.mention.actor.name or "")
    return person is not None and any(trigger.doer_role.search(t.role) for t in person.terms)


_NAME_GOES_ON = re.compile(r"[ \u00a0]+[A-Z]")
# "Kim Jong Un visited", "Kim Jong Un's official visit": the subject a few words before
_SUBJECT_GAP = re.compile(r"(?:'s|’s)?(?:\s+[\w-]+){0,3}\s+")
_STRANGER = re.compile(
    r"\s+(?:that\s+)?(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){2,5}(?:to|must|should|be|resign|step|stop|"
    r"release|withdraw|end|abandon|return|disband|leave|hand)\b"
)
_VERBAL_ROOTS = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE"})
_AT_PLACE = re.compile(r"\b(?:in|at|near|across|throughout|inside|of)\s+(?:the\s+)?$", re.I)
_OPENS_FIRST = re.compile(r"\s*(?:(?:But|And|So|Now|Today|Here),?\s+)?(?:I|We)\s")
_FIRST_PERSON = re.compile(r"(?:^|[\s,;:\"“])(?:I|[Ww]e)\s")
_OPENS_HEAD = re.compile(r"(?:we|our)\s", re.IGNORECASE)
# meetings that were held (somewhere, to denounce or support something)
_GATHERED = re.compile(
    r"\b(?:meetings?|rall(?:y|ies)|seminars?|gatherings?|symposi(?:um|a)|forums?|"
    r"demonstrations?|protests?|lectures?|film shows?|photo exhibitions?)\b"
    r"(?:[^.;]{0,60}?)\b(?:took place|were held|was held|were organi[sz]ed|was organi[sz]ed)\b",
    re.IGNORECASE,
)
_ADDRESSED = re.compile(r"\b(?:to|toward|towards|with)\s+(?:the\s+)?$", re.I)
