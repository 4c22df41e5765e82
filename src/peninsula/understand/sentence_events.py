"""Rules on the hits and events of one sentence, read together.

Needs: the trigger hits and the events the coder made from one sentence. `context_ok`
checks a hit's `near`/`not_near` context (triggers.yaml). Adds nothing to the document; the event
coder asks, per new event, whether it only retells one made before from the same sentence
(`told_twice`), whether the writer's own denunciation of the sentence (`voice.py`) is
in fact someone else's words that the writer reports (`reported`), and which launches are
only the means of a deadly attack told in the same sentence (`fired_in_attack`), and who
speaks when the speech verb follows what was said (`postposed_speaker`), and who suffered an
attack named after a passive ("NATO soldiers were killed in the attacks of ...": `suffered`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from peninsula.knowledge.lexicon import Trigger
from peninsula.models import Actor, Event
from peninsula.understand.sides import closes_aside, struck_after
from peninsula.understand.targets import MUTUAL

if TYPE_CHECKING:
    from peninsula.understand.local_mentions import Local

_VERBAL_ROOTS = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE"})
_CASUALTY = re.compile(r"kill|wound|massacre|injur|dead", re.IGNORECASE)


def told_twice(event: Event, earlier: Event) -> bool:
    """Whether a second hit of the sentence retells an event of the same kind and day; one
    by another doer ("minutes after the launch, South Korean forces fired missiles") is
    not, unless it is the first one's victim ("were killed and 700 wounded")."""
    if event.kind != earlier.kind or event.date.value != earlier.date.value:
        return False
    if event.source is None or earlier.source is None or event.source == earlier.source:
        return True
    if event.plover in _VERBAL_ROOTS and event.target == earlier.target:
        return True  # "seminars in Kenya denounced the U.S. hostile policy": one statement
    victims = set(earlier.target.codes) if earlier.target else set()
    if earlier.kind in MUTUAL and len(earlier.source.codes) > 1:
        victims = set(earlier.source.codes)  # "a summit of A, B and C after an A-B summit"
    return set(event.source.codes) <= victims


def reported(event: Event, start: int, voice: Event, low: str) -> bool:
    """Whether the sentence reports another's statement ("the chairman of the party of
    Belgium praised the people who defeated the U.S. imperialists", "meetings in Algeria
    denounced the U.S."): the writer's cue words are then the speaker's, not its own."""
    if event.plover not in _VERBAL_ROOTS or event.source is None or voice.source is None:
        return False
    if event.source.codes == voice.source.codes:
        return False
    if event.kind == "accusation" and (event.target is None or event.target == voice.target):
        return True
    return start < low.find(voice.trigger.lower())


def context_ok(trigger: Trigger, text: str, start: int, end: int) -> bool:
    if trigger.not_near is not None:
        if trigger.not_near.search(text, max(0, start - 40), min(len(text), end + 40)):
            return False
    if trigger.not_in_sentence is not None and trigger.not_in_sentence.search(text):
        return False
    if trigger.near is None:
        return True
    w = trigger.within
    if trigger.side in ("after", "any"):
        if trigger.near.search(text[end : end + w]):
            return True
    if trigger.side in ("before", "any"):
        if trigger.near.search(text[max(0, start - w) : start]):
            return True
    return False


def fired_in_attack(done: list[Event]) -> list[Event]:
    """The launches of a sentence that are the means of its deadly attack by the same doer:
    one strike, told as missiles fired and people killed (a "precision strike drill" is no
    attack on anyone)."""
    doers = {
        e.source.codes
        for e in done
        if e.kind == "attack" and e.source is not None and _CASUALTY.search(e.trigger or "")
    }
    return [
        e
        for e in done
        if e.kind == "missile_launch" and e.source is not None and e.source.codes in doers
    ]


# ", urges Rodong Sinmun", "— stressed the paper": the speech verb after what was said
_SAID_BEFORE = re.compile(r"[,\u2014\u2013-]\s*$")
# a head that is a present participle: "denouncing", "urging"
_PARTICIPLE = re.compile(r"\w+ing\b", re.IGNORECASE)
# a comma (and an adverb) right before a head: "staged a rally, (strongly) denouncing ..."
_AFTER_COMMA = re.compile(r",\s+(?:\w+ly\s+)?$")
# a second participle joined by "and" to one just before: "sent a notice, accusing Seoul
# of its stand and demanding that it ..."; the first one's object is no subject of the second
_AFTER_PARTICIPLE = re.compile(r"\b\w+ing\b[^,;:.]{0,120}?\s+and\s+(?:\w+ly\s+)?$", re.I)
# a sentence that opens on the head: "Condemning ...", "Strongly denouncing ..."
_OPENING = re.compile(r"\s*[\"“]?\s*(?:\w+ly\s+)?")
# the subject right after the participial phrase: ", the Iranian president", ", he"
_SUBJECT_AFTER_COMMA = re.compile(r",\s+(?:(?:the|its|his|her)\s+)?(?:[\w.'’-]+\s+){0,2}")
# the subject's verb follows it, maybe after its title: "he said", "Ri, chairman of ..., said"
_MAIN_VERB = re.compile(r"(?:,[^,;:]{0,80},)?\s+(?:also\s+|again\s+)?[a-z]+(?:ed|ld|id|ote)\b")
# what may follow a postposed speaker before its clause ends: ", urges Rodong Sinmun
# Tuesday in a signed article." (the voice.leads pattern in triggers.yaml reads the same way)
_CLAUSE_END = re.compile(
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today))?"
    r"(?:\s+in\s+(?:an?|its|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:article|editorial|commentary|statement|report|dispatch))?"
    r"\s*(?:[.,;:!?\"\u201d]|$)",
    re.IGNORECASE,
)


def participle(text: str, start: int) -> bool:
    """Whether the head is a participle after a comma, sharing the subject of the clause
    before it: "staged a rally, denouncing ...", or one joined to such a participle
    ("..., accusing Seoul of X and demanding ...")."""
    if _PARTICIPLE.match(text, start) is None:
        return False
    return bool(
        _AFTER_COMMA.search(text, 0, start)
        or _AFTER_PARTICIPLE.search(text, max(0, start - 200), start)
    )


def opening_participle(
    text: str, start: int, end: int, local: list[Local]
) -> tuple[Actor, Actor | None] | None:
    """A participle that opens the sentence shares the subject of the clause after its
    comma: "Condemning the sanctions of the big powers, the president said ..." (the
    president condemns); whom it names before that comma is its target."""
    if not _OPENING.fullmatch(text, 0, start) or not _PARTICIPLE.match(text, start, end):
        return None
    comma = text.find(",", end)
    subject = next((m for m in local if m.start > comma), None) if comma > 0 else None
    if subject is None or not _SUBJECT_AFTER_COMMA.fullmatch(text, comma, subject.start):
        return None
    if not _MAIN_VERB.match(text, subject.end):
        return None  # "Condemning the U.S., Cuba and Venezuela ...": a list, not a subject
    own = set(subject.codes)
    aimed = next((m for m in local if end <= m.start < comma and not set(m.codes) & own), None)
    return subject.mention.actor, aimed.mention.actor if aimed else None


def postposed_speaker(
    text: str, start: int, end: int, local: list[Local], how: str = "subject"
) -> tuple[Actor, Actor | None] | None:
    """A speech verb after what was said ("The U.S. forces should go home, urges Minju
    Joson"): the speaker named just after the verb, ending the clause, is the doer; the
    actor that opens what was said (a different one) is whom it is aimed at. Not "The DPRK,
    however, urged the U.S. to stop ..." (the verb's object) nor "China, for its part,
    condemned Japan" (the comma closes an aside after the subject). `how` is how
    `participants` found the source: one found by a stronger cue than the nearest subject
    (a passive's agent, a speaker) stands."""
    if how not in ("subject", "none"):
        return None
    if not _SAID_BEFORE.search(text, 0, start) or _PARTICIPLE.match(text, start, end):
        return None  # ", urging it to ...": a participle goes on the sentence's subject
    speaker = next((m for m in local if end <= m.start <= end + 6), None)
    if speaker is None or speaker.mention.kind == "pronoun":
        return None
    if not _CLAUSE_END.match(text, speaker.end):
        return None  # "urged the U.S. to stop the drills": the verb's object, no speaker
    before = [m for m in local if m.end <= start]
    if closes_aside(text, start, before):
        return None
    own = set(speaker.codes)
    aimed = next((m for m in before if not set(m.codes) & own), None)
    return speaker.mention.actor, aimed.mention.actor if aimed else None


# a short object and "and" between two heads: "killed one soldier and wounded ..."
COORDINATED = re.compile(
    r"(?:(?!\b(?:to|for|that|which|who|of|with)\b)[^,;:\"“”]){0,40}?\s(?:and|but)\s+"
    r"(?:then\s+|also\s+|later\s+)?",
    re.IGNORECASE,
)
# praise of "the Korean people", "the heroic Korean army": the state the outlet speaks for
WRITERS_PEOPLE = re.compile(
    r"\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?(?:Korean|Korea)\b(?!\s+War)(?![^,;.]{0,40}\bby\b)"
)
# "they will have to pay": a pronoun subject that the actor finder left unresolved
THEY_BEFORE = re.compile(r"\b(?:they|it)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def suffered(
    text: str, start: int, end: int, local: list[Local], source: Actor | None
) -> tuple[Actor | None, Actor] | None:
    """(doer, victim) when an act named as a noun follows a passive of suffering whose
    subject was taken as the doer: "Five NATO soldiers were killed in the insurgent
    attacks" (NATO is the victim, the doer unnamed), "Two Palestinians were killed in
    Israeli air raids" (the doer named inside the noun phrase); None otherwise."""
    found = _SUFFERED.search(text, 0, start)
    if found is None:
        return None
    if source is None:
        return _unnamed_victims(text, found.start("phrase"), start, end, local)
    victims = [m for m in local if m.end <= found.start() and m.mention.actor == source]
    if not victims:
        return None
    doers = [m for m in local if found.end() <= m.start and m.end <= end]
    doers += [m for m in local if _OF_DOER.fullmatch(text, end, m.start)]
    return (doers[0].mention.actor if doers else None), source


def _unnamed_victims(
    text: str, opens: int, start: int, end: int, local: list[Local]
) -> tuple[Actor, Actor] | None:
    """Victims that name no actor: "six people were killed in two U.S. drone strikes
    targeting a Pakistani tribal area" (the owner inside the noun phrase is the doer, the
    place the strikes hit, named in the same phrase, is the target; with no such place the
    victims' state is unknown, so no event)."""
    doer = next((m for m in local if opens <= m.start and m.end <= start), None)
    if doer is None:
        return None
    victim = struck_after(text, end, local, doer.mention.actor)
    return (doer.mention.actor, victim) if victim is not None else None


# "were killed in the ", "were wounded by the", "met deaths due to the": a passive of
# suffering right before the noun that names the act (its subject is the victim; "died
# due to torture" names no doer to mistake, and its victim's state may be the torturer)
_SUFFERED = re.compile(
    r"\b(?:(?:were|was|been|being|are|is)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|"
    r"slain|shot\s+dead|abducted)|met\s+(?:their\s+)?deaths?)"
    r"\s+(?:[\w,]+\s+){0,3}?(?:by|in|during|due\s+to|from)\s+"
    r"(?P<phrase>(?:(?:the|a|an|their)\s+)?(?:[\w.'’-]+\s+){0,3})$",
    re.IGNORECASE,
)
# "attacks of the resistance forces", "raids by Israeli warplanes": the doer after the noun
_OF_DOER = re.compile(r"\s+(?:of|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)
