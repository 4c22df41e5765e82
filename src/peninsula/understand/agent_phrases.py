"""Find the doer that a phrase of the sentence names: "by" an agent, a speech verb.

Needs: the sentence text, the trigger span and the sentence's actor mentions
(`local_mentions.Local`). Adds nothing to the document; `participants.py` asks these
questions per trigger: whether the head is a passive ("were fired"), which actor "by" names
as the doer ("were fired by North Korea", "bombings carried out by NATO", "the killing of
civilians by a U.S. soldier"), who speaks after a quote ('..., said Kim') and who is
named after "according to".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peninsula.models import Actor
    from peninsula.understand.local_mentions import Local


def is_passive(text: str, start: int, end: int) -> bool:
    """Whether the head is a passive participle: "were fired", or a head that begins with
    its own auxiliary ("the missile was launched at 7:10")."""
    if _PASSIVE.search(text, max(0, start - 30), start):
        return True
    if _ELLIPTIC_PASSIVE.search(text, max(0, start - 60), start):
        return True  # "were killed and three others wounded": the auxiliary is shared
    return _OWN_AUXILIARY.match(text, start, end) is not None


def by_agent(text: str, end: int, after: list[Local]) -> Local | None:
    for m in after:
        if m.start - end > 60:
            return None
        if BY_BEFORE.search(text, max(end, m.start - 16), m.start):
            return m
    return None


def named_agent(text: str, start: int, end: int, after: list[Local]) -> Local | str | None:
    """The actor that "by" names as the doer right after the head; "unknown" when the
    agent is someone we do not know, None when no agent follows."""
    if " " in text[start:end].strip():
        return None  # "prevented the demonstration staged by students": the object's agent
    match = _AGENT_RIGHT_AFTER.match(text, end)
    if match is None and _NOMINAL_HEAD.search(text, start, end):
        match = _AGENT_AFTER_OBJECT.match(text, end)
    if match is None or _NO_AGENT.match(text, match.end()):
        return None
    agent = next((m for m in after if m.start == match.end()), None)
    if agent is None and not _NOMINAL_HEAD.search(text, start, end):
        # "increased by a third": a measure, not an agent; "rejected by its population",
        # "rebuffed by the international community": a participle's agent we do not know
        unknown = _PARTICIPLE_HEAD.search(text, start, end) and _WHO.match(text, end)
        return "unknown" if unknown else None
    return agent or "unknown"


def speaker_after(text: str, end: int, after: list[Local]) -> Local | None:
    """'"...," Kim argued.' / '..., said Kim.'"""
    for m in after:
        speaks = _SPEAKS_RIGHT_AFTER.match(text, m.end, min(len(text), m.end + 40))
        if speaks and _RELATIVE_BEFORE.search(text, max(0, m.start - 8), m.start):
            continue  # "violence, which she said was unacceptable": an aside, not the speaker
        if speaks or SPEECH.search(text, max(end, m.start - 12), m.start):
            return m
    return None


def speaker_before(text: str, start: int, before: list[Local], nearest) -> Local | None:
    """The speaker named before the last speech verb ahead of `start` ("He said such
    moves ..."): `nearest` picks the subject among the mentions before the verb."""
    said = None
    for match in SPEECH.finditer(text, 0, start):
        said = match
    if said is None:
        return None
    speaker = nearest([m for m in before if m.end <= said.start()], text)
    if speaker is None or not _SUBJECT_GAP.fullmatch(text, speaker.end, said.start()):
        return None  # "Noting that the U.S. forces ..., he said": not the one who speaks
    return speaker


def according_to(text: str, local: list[Local]) -> Local | None:
    match = _ACCORDING.search(text)
    if not match:
        return None
    for m in local:
        if m.start >= match.end() and m.start - match.end() < 10:
            return m
    return None


SPEECH = re.compile(
    r"\b(?:said|says|say|announced|stated|told|added|argued|declared|noted|stressed|"
    r"claimed|insisted|warned|evaluated|affirmed|emphasi[sz]ed|asserted|remarked|wrote|"
    r"made clear|pointed out|reiterated|maintained|"
    # state media's scornful words for others' speech: "the minister cried out for a
    # 'stern punishment'", "blustered that ...", "talked about the DPRK's 'threat'"
    r"cried out|blustered|vociferated|trumpeted|babbled|prattled|clamou?red|contended|"
    r"alleged(?= that)|talked about)\b",
    re.IGNORECASE,
)
# the speech verb right after its subject: "Kim argued", "the north side also said"
_SPEAKS_RIGHT_AFTER = re.compile(
    r"\s+(?:(?:also|again|further|then)\s+)?(?=" + SPEECH.pattern + ")", re.I
)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who|what)\s+$", re.I)
# "were fired", "is being slandered and rejected": the head is a passive participle
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|be)\s+(?:(?:so|very|much|too|also|now|still|\w+ly)\s+){0,2}"
    r"(?:\w+ed\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
)
_ELLIPTIC_PASSIVE = re.compile(
    r"\b(?:was|were|been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s*,?\s+and\s+"
    r"(?:[\w,-]+\s+){1,4}$",
    re.IGNORECASE,
)
# "was launched", not "is committed to" (a predicate adjective that takes a complement)
_OWN_AUXILIARY = re.compile(r"(?:was|were)\s+[\w-]+ed\b(?!\s+to\b)", re.IGNORECASE)
# "by" and what follows when it names an agent right after a head ("carried out by"), or
# after a nominal head's short object ("the killing of 16 civilians by")
_AGENT_RIGHT_AFTER = re.compile(
    r"\s+(?:(?:carried out|committed|conducted|perpetrated|staged|waged|made|launched|kicked off|"
    r"started|mounted|held)\s+)?"
    r"by\s+(?:(?:the|an?)\s+)?"
    # "civilians killed in a U.S. strike": the owner of the strike is the doer
    r"|\s+in\s+(?:an?|the)\s+(?=[^,;.]{1,30}?\b(?:strikes?|attacks?|raids?|air ?strikes?|"
    r"bombings?|shelling|bombardments?)\b)",
    re.IGNORECASE,
)
_AGENT_AFTER_OBJECT = re.compile(r"\s+of\s+(?:[\w-]+\s+){1,3}?by\s+(?:(?:the|an?)\s+)?", re.I)
_NOMINAL_HEAD = re.compile(r"(?:ings?|ions?|ments?|s)$", re.IGNORECASE)
_PARTICIPLE_HEAD = re.compile(r"[a-z](?:ed|en)$", re.IGNORECASE)
# "by its population", "by the world media": a group of people named by a common noun
_WHO = re.compile(
    r"\s+by\s+(?:its|their|his|her|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:population|people|"
    r"public|community|media|press|citizens|residents|voters|members|workers|students|"
    r"world|masses|nations?|countries|mankind|humankind)\b"
)
# "by far", "by 2030", "by means of", "by the end of": no agent
_NO_AGENT = re.compile(
    r"(?:\d|(?:far|now|then|means|way|virtue|dint|force|end|time|sea|air|land|phone|"
    r"mistake|accident|itself|themselves|about|some|more|nearly|around|over|up|"
    r"half|percent|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|next|early|late|mid)\b)",
    re.IGNORECASE,
)
# between a speaker and its speech verb: a few words at most ("Kim also firmly said")
_SUBJECT_GAP = re.compile(r"\s*(?:[\w-]+\s+){0,3}")
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?", re.IGNORECASE)
BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


def titled_subject(text: str, start: int, before: list[Local]) -> Local | None:
    """The body that an unknown subject serves, named in the title after the name: "Kim Ki
    Nam, member of the Political Bureau of the Workers' Party of Korea, Wednesday met ...":
    the person acts for that body. Only for a sentence that opens on the name."""
    opening = _TITLED_OPENING.match(text, 0, start)
    if opening is None or opening.end() != start:
        return None
    title_start = opening.end("name")
    owners = [
        m for m in before if m.start > title_start and _OWNER_OF.search(text, m.start - 10, m.start)
    ]
    return owners[-1] if owners else None


_TITLE = (
    r"(?:member|secretary|chairman|chairwoman|chairperson|president|director|minister|"
    r"head|premier|chief|ambassador|envoy|counsellor|counselor|deputy|governor|mayor|"
    r"commander|leader|vice-\w+|first vice-\w+|general secretary)"
)
_WHEN = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?"
_TITLED_OPENING = re.compile(
    r"\s*(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*),\s+(?:[a-z][\w-]*\s+)?"
    + _TITLE
    + r"\b[^;:()\"“”]{0,200}?,\s+"
    + _WHEN
    + r"(?:(?:also|again|first)\s+)?"
)
_OWNER_OF = re.compile(r"\bof\s+(?:the\s+)?$")


def subject_in_head(text: str, start: int, end: int, local: list[Local]) -> Actor | None:
    """The actor named inside a head that is a subject and its modal ("the army of the DPRK
    will ...", "the Korean People's Army will"): the doer, not an object as in "designated
    the DPRK as"."""
    if _SUBJECT_AND_MODAL.search(text, start, end) is None:
        return None
    inside = [m for m in local if start < m.start and m.end <= end]
    return inside[-1].mention.actor if inside else None


_SUBJECT_AND_MODAL = re.compile(r" (?:will|shall) $")
