"""Find who did an event and toward whom, from the actor mentions of its sentence.

Needs: the sentence text, the trigger span in it and the sentence's actor mentions (with
offsets relative to the sentence). Adds nothing to the document; the event coder calls
`participants` per trigger. The source is the speaker for statements and the doer for
actions: the nearest actor before the trigger that is not in a prepositional phrase, the
agent of a passive ("were fired by North Korea") or of a head right before "by" ("bombings
carried out by NATO", see `agent_phrases.py`), the owner of a nominal ("the deployment of
U.S. assets"), the speaker of a quote, or the actor after "according to". The target is the
first other actor after the trigger (up to a clause break), else one between source and
trigger. Actors joined by "and", commas or hyphens form one joint actor; which mentions are
free to be a subject and which are joined, `local_mentions.py` tells.
"""

from __future__ import annotations

import re

from peninsula.models import Actor
from peninsula.understand.agent_phrases import (
    BY_BEFORE,
    SPEECH,
    according_to,
    by_agent,
    is_passive,
    named_agent,
    speaker_after,
    speaker_before,
    titled_subject,
)
from peninsula.understand.local_mentions import Local, group_of, joint_actor, nearest_free
from peninsula.understand.sides import (
    aimed_at,
    answered,
    earned,
    home_target,
    judged,
    owner_after,
    struck_after,
)


def participants(
    text: str, start: int, end: int, local: list[Local], statement: bool, directed: bool = False
) -> tuple[Actor | None, Actor | None, str]:
    """Source and target mentions of the hit, and how the source was found.

    `directed` kinds act on someone: the subject of their agentless passive ("274
    Palestinians were killed") is the one acted on, never the doer."""
    before = [m for m in local if m.end <= start]
    if not statement:  # a spokesman's body speaks, it does not stage what he speaks of
        before = [
            m for m in before if not _SPOKESMAN_FOR.search(text, max(0, m.start - 30), m.start)
        ]
    after = [m for m in local if m.start >= end]
    named = named_agent(text, start, end, after)
    if not local and named is None:
        return None, None, "none"
    doer = earned(text, start, end, after)
    if doer is not False:
        # "such moves deserve condemnation": the subject is condemned, by the one named
        # after "from" (else the speaker, else no one we know)
        doer = doer or speaker_before(text, start, before, nearest_free)
        told = doer.end if doer is not None and doer.end <= start else 0
        subject = nearest_free([m for m in before if m.start >= told], text)
        target = joint_actor(group_of(subject, local, text)) if subject else None
        return (
            (joint_actor(group_of(doer, local, text)), target, "earned")
            if doer
            else (None, target, "patient")
        )
    agent = by_agent(text, end, after)
    passive_head = is_passive(text, start, end)
    if named is not None:
        # "bombings carried out by NATO", "the killing of civilians by a U.S. soldier",
        # "condemnation by the international community": the agent named right after
        # the head is the doer, and one we do not know is no one we may guess
        if named == "unknown":
            return None, None, "patient"
        agent, passive_head = named, True
    if agent is not None and passive_head:
        group = group_of(agent, local, text)
        subject = nearest_free(before, text)
        doer = joint_actor(group)
        if subject is not None:
            victim = joint_actor(group_of(subject, local, text))
        else:  # "four people were killed in a NATO air strike in eastern Afghanistan"
            victim = struck_after(text, group[-1].end, local, doer) if directed else None
        return doer, victim, "passive"
    # "has been jamming", "has been holding thousands ... as human shields" are active
    passive = not text[start:end].split(" ", 1)[0].lower().endswith("ing")
    if directed and passive and agent is None and passive_head:
        subject = nearest_free(before, text)
        patient = joint_actor(group_of(subject, local, text)) if subject else None
        return None, patient, "patient"
    speech = None
    for match in SPEECH.finditer(text, 0, start):
        speech = match
    source: Local | None = None
    how = "subject"
    unplaced = speech is not None and _unplaced_speaker(text, speech.start(), before)
    if statement and _in_quote(text, start):
        # Inside a quotation "it" and "they" are what the speaker talks about; the source
        # is the speaker, named after the quote or carried from the sentence before.
        opening = max((m.start() for m in _QUOTE.finditer(text, 0, start)), default=0)
        said = None
        for match in SPEECH.finditer(text, 0, opening):
            said = match
        found = nearest_free([m for m in before if m.end <= said.start()], text) if said else None
        found = found or speaker_after(text, end, after)
        if found is not None:
            group = group_of(found, local, text)
            codes = {c for m in group for c in m.codes}
            inside = [m for m in before if m.start >= opening]
            return (
                joint_actor(group),
                _target(text, start, end, group, inside, after, codes, local),
                "speaker",
            )
        if opening == 0:  # the quote goes on from an earlier sentence: carry its speaker
            return None, None, "none"
    if (
        text[end - 3 : end].lower() == " of"
        and after
        and after[0].start - end < 30
        and not _PLACE_WORD.search(text, end, after[0].start)
    ):
        # "the deployment of powerful U.S. military assets": the owner is the doer
        source = after[0]
    elif not statement and not directed:
        source = owner_after(text, end, after)  # "the joint exercises of the U.S. forces"
    if source is None and speech is not None and statement:
        # "He said that the U.S. accusations against Iran ...": the owner right before the
        # head speaks in what was said; else the one who said it
        if _NOUN_HEAD.match(text, start):
            source = _modifier([m for m in before if m.start >= speech.end()], text, start)
        if source is None and not unplaced:
            source = nearest_free([m for m in before if m.end <= speech.start()], text)
            how = "speaker"
    if source is None:
        free = (
            before
            if (speech is None or statement) and not unplaced
            else [m for m in before if m.start >= speech.end()]
        )
        free = [m for m in free if not answered(text, m, start)]
        source = _modifier(free, text, start) or nearest_free(free, text)
        source = source or titled_subject(text, start, free)
        how = "subject"
    if source is None and speech is not None and not statement:
        # "Kim announced he intends to restore ...": an action reported without a doer of
        # its own is the speaker's, unless it is an agentless passive ("were fired").
        if not passive_head:
            source = nearest_free([m for m in before if m.end <= speech.start()], text)
            how = "speaker"
    if source is None:
        # "The declaration by North Korea's leader, which rules out ...": a nominal's agent.
        source = next(
            (m for m in reversed(before) if BY_BEFORE.search(text, max(0, m.start - 16), m.start)),
            None,
        )
    if source is None and statement:
        source = speaker_after(text, end, after)
        how = "speaker"
    if source is None:
        source = according_to(text, local)
        how = "speaker"
    if source is None:
        return None, None, "none"
    if how == "subject" and not statement and judged(text, source.end, start):
        return None, None, "none"  # "they denounced the war drills": not their drills
    group = group_of(source, local, text)
    codes = {c for m in group for c in m.codes}
    physical = directed and not statement
    target = _target(text, start, end, group, before, after, codes, local, physical, statement)
    source_actor = joint_actor(group)
    if target is None and source_actor.sector in NON_STATE:
        between = [m for m in before if m.start >= max(g.end for g in group)]
        target = home_target(text, end, source_actor, after, between)
    return source_actor, target, how


def _unplaced_speaker(text: str, said: int, before: list[Local]) -> bool:
    """ "The Lee group's acts can never be pardoned, it noted, urging ...": the speaker is a
    pronoun the actor finder left unplaced, so the actor before it is what was spoken of."""
    found = _PRONOUN_SAYS.search(text, max(0, said - 20), said)
    return found is not None and not any(m.start == found.start() for m in before)


_PRONOUN_SAYS = re.compile(r"\b(?:it|he|she)\s+(?:\w+ly\s+)?(?:also\s+)?$", re.I)
_SPOKESMAN_FOR = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?$", re.I)


def place_actor(text: str, local: list[Local]) -> Actor | None:
    """The actor named as the place of the sentence ("a rally in Seoul", "in Hong Kong").

    Crowds are seldom named as actors; where they gather says whose people they are."""
    for m in local:
        if _PLACE.search(text, max(0, m.start - 12), m.start):
            return m.mention.actor
    return None


def struck_place(
    text: str, start: int, end: int, local: list[Local]
) -> tuple[Actor, Actor | None] | None:
    """Where an attack by no one named struck, and whom it hit: "a roadside bomb near the
    town of Samarra on Sunday killed a U.S. soldier" (Iraq, the United States). The place
    must be in the head's own clause ("the people killed in the war were remembered in
    Pyongyang" names where they are remembered)."""
    if _MISHAP.search(text):
        return None  # "a bus overturned in Tanzania, killing 20": no one attacked
    for m in local:
        gap = text[m.end : start] if m.end <= start else text[end : m.start]
        between = (m.end <= v.start and v.end <= start or end <= v.start < m.start for v in local)
        modifier = (_NEAR_MODIFIER.fullmatch(text, v.end, start) for v in local if v is not m)
        if any(between) or any(modifier):
            return None  # "killed in a U.S. drone strike in Pakistan": the strike is theirs
        at = _PLACE.search(text, max(0, m.start - 12), m.start) or _TOWN_OF.search(
            text, max(0, m.start - 50), m.start
        )
        if at and len(gap) <= 80 and not _FINITE.search(gap):
            own = set(m.codes)
            hit = next(
                (
                    v
                    for v in local
                    if v.start >= end
                    and not own & set(v.codes)
                    and not _PLACE.search(text, max(0, v.start - 12), v.start)
                    and not _AGENT.search(text, max(0, v.start - 12), v.start)
                ),
                None,
            )
            # "115 NATO soldiers have been killed in Afghanistan": the passive's subject
            hit = hit or next((v for v in reversed(local) if v.end <= start and v is not m), None)
            return m.mention.actor, hit.mention.actor if hit else None
    return None


def addressed(
    text: str, start: int, end: int, local: list[Local]
) -> tuple[Actor | None, Actor | None]:
    """Speaker and addressee of "X had better ...", "X will pay dearly": the subject before
    the head is spoken to; the speaker is named before a speech verb ahead of it, if at all
    (else the caller supplies the article's own voice)."""
    speech = None
    for match in SPEECH.finditer(text, 0, start):
        speech = match
    cut = speech.end() if speech else 0
    ahead = [m for m in local if cut <= m.start and m.end <= start]
    addressee = nearest_free(ahead, text)
    if addressee is None and ahead and start - ahead[-1].end <= 40:
        addressee = ahead[-1]  # "no change in the US hostile policy": the owner is meant
    if addressee is None:
        return None, None
    speaker = None
    if speech is not None:
        speaker = nearest_free([m for m in local if m.end <= speech.start()], text)
        speaker = speaker or speaker_after(text, end, [m for m in local if m.start >= end])
    target = joint_actor(group_of(addressee, local, text))
    if speaker is None:
        return None, target
    source = joint_actor(group_of(speaker, local, text))
    return (source, target) if set(source.codes).isdisjoint(target.codes) else (None, None)


def _target(
    text: str,
    start: int,
    end: int,
    group: list[Local],
    before: list[Local],
    after: list[Local],
    codes: set[str],
    local: list[Local],
    physical: bool = False,
    statement: bool = True,
) -> Actor | None:
    if not statement and (aimed := _modifier(before, text, start, aimed=True)) is not None:
        if not set(aimed.codes) <= codes:
            return joint_actor(group_of(aimed, local, text))  # "anti-DPRK war exercises"
    stop = _STOP.search(text, end)
    # far beyond the head a mention belongs to another clause ("... who fell in the war")
    limit = min(stop.start() if stop else len(text), end + 120)
    for m in after:
        if m.start > limit:
            break
        right_after = _HEAD_OBJECT_GAP.fullmatch(text, end, m.start) is not None
        if not right_after and _PLACE.search(text, max(0, m.start - 12), m.start):
            # "support over the operations in Ukraine": a place, not an addressee; but a
            # head that ends in the preposition takes it as its object ("sought refuge in")
            continue
        if statement and aimed_at(text, m):
            continue  # "supported the anti-U.S. struggle": whom it is against is no addressee
        if physical and _AGENT.search(text, max(0, m.start - 12), m.start):
            continue  # "a school run by a UN agency": an agent, never the one acted on
        if not set(m.codes) <= codes and m not in group:
            return joint_actor(group_of(m, local, text))
    if physical:
        # "an air raid on a school in the Gaza Strip": a strike hits the place it names
        for m in after:
            if m.start > limit:
                break
            if _PLACE.search(text, max(0, m.start - 12), m.start) and not set(m.codes) <= codes:
                return joint_actor(group_of(m, local, text))
    source_end = max(m.end for m in group)
    for m in before:
        if statement and aimed_at(text, m):
            continue
        if m.start >= source_end and not set(m.codes) <= codes and m not in group:
            return joint_actor(group_of(m, local, text))
    return None


def _in_quote(text: str, position: int) -> bool:
    opened = len(_QUOTE.findall(text, 0, position))
    if opened % 2 == 1:
        return True
    return (
        opened == 0
        and text.rstrip().endswith(('"', "”"))
        and not text.lstrip().startswith(('"', "“"))
    )


def _modifier(candidates: list[Local], text: str, head: int, aimed: bool = False) -> Local | None:
    """An actor right before a nominal trigger: "U.S.-South Korea military exercises"; with
    `aimed`, the one it is aimed at ("anti-DPRK war exercises"), which is never the doer."""
    if not candidates:
        return None
    last = candidates[-1]
    if aimed_at(text, last) != aimed:
        return None
    gap = text[last.end : head]
    if len(gap) <= 30 and _MODIFIER_GAP.fullmatch(gap):
        return last
    return None


# who never speak for the state of their own country: an address to its government or
# president is between two sides
NON_STATE = frozenset({"REB", "OPP", "JUD", "CVL"})
# "the withdrawal of some forces from Panama": Panama is where from, not whose forces
_PLACE_WORD = re.compile(r"\b(?:from|to|in|into|at|near|toward|towards|against|with)\b", re.I)
# "near the town of Samarra", "in the southern provincial capital of Kandahar"
_TOWN_OF = re.compile(
    r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:town|city|village|province|region|capital|district|port)\s+(?:of\s+)?$",
    re.IGNORECASE,
)
# deaths by nature or accident: no attack, so no place to code as its doer
_MISHAP = re.compile(
    r"\b(?:(?:earth)?quakes?|floods?|flooding|storms?|hurricanes?|typhoons?|cyclones?|tornado\w*|"
    r"landslides?|mudslides?|avalanches?|accidents?|crash(?:ed|es)?|collisions?|overturned|"
    r"collapsed?|fires?|blazes?|heat ?waves?|epidemics?|outbreaks?|disasters?|drown\w*)\b",
    re.IGNORECASE,
)
# "a U.S. drone strike": an actor that modifies the head's noun phrase
_NEAR_MODIFIER = re.compile(
    r"(?:'s|’s)?(?:[\s-]+(?!(?:is|are|was|were|has|have|had|been)\b)[\w-]+){0,2}[\s-]+",
    re.IGNORECASE,
)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says)\b", re.I)
_HEAD_OBJECT_GAP = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:in|at|near|across|throughout|inside)\s+(?:the\s+)?$", re.IGNORECASE)
# a head that is a noun ("accusations", "condemnation", "threats"), not a verb or modal
_NOUN_HEAD = re.compile(
    r"\w+(?:tions?|sions?|ments?|ures?|ances?|ences?|threats|warnings|demands|criticism)\b",
    re.IGNORECASE,
)
_MODIFIER_GAP = re.compile(
    r"(?:\s*(?:'s|’s))?(?:[\s-]+(?:military|joint|combined|naval|air|"
    r"large-scale|annual|new|latest|nuclear|missile|war|armed|army|"
    r"forces?|summer|spring|fall|autumn|winter|trilateral|tripartite|bilateral|"
    r"multilateral|three-way|allied))*[\s-]*",
    re.IGNORECASE,
)
_AGENT = re.compile(r"\bby\s+(?:(?:the|an?)\s+)?$", re.IGNORECASE)
_STOP = re.compile(r"[;]|\b(?:but|while|whereas)\b", re.IGNORECASE)
_QUOTE = re.compile(r"[\"“”]")
