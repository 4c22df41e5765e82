"""Speak for state media: the denunciations a state outlet writes in its own voice.

A KCNA commentary, or a ministry press statement carried under a KCNA dateline
("Pyongyang, May 18 (KCNA) --"), speaks for its state: when its own sentences call another
country's conduct a crime, aggression or a provocation, that is an accusation by the state
toward that country (one per target and article, after merging). Wire copy reports
accusations but makes none, so only the outlets listed under `voice` in triggers.yaml count.

Needs: the first sentence of the document (the dateline) and the actor mentions of each
sentence. Adds nothing to the document: `writer_of` tells the event coder whose voice the
article is, `denounced` names the accused actor of one sentence; the coder builds events.
"""

from __future__ import annotations

import re
from typing import Any

from peninsula.knowledge.lexicon import Lexicon
from peninsula.models import Actor, Document
from peninsula.understand.local_mentions import Local, free_mentions
from peninsula.understand.sides import aimed_at


def writer_of(doc: Document, lexicon: Lexicon, gazetteer: Any = None) -> Actor | None:
    """The state whose voice the article is, when its dateline names a voice outlet, or,
    with no dateline, when its title or lead says it is the outlet's own words."""
    if not lexicon.voices or not doc.sentences:
        return None
    first = doc.sentences[0]
    dateline = _DATELINE.match(doc.text, first.start, min(first.end, first.start + 120))
    if dateline is None:
        if _DATELINE_END.match(doc.text) or gazetteer is None:
            return None  # "Beijing, May 3 (Xinhua) --": a wire's dateline is no voice
        return _voice_by_lead(doc, lexicon, gazetteer)
    for mention in doc.mentions:
        if dateline.start(1) <= mention.start and mention.end <= dateline.end(1):
            actor = mention.actor
            if actor.name in lexicon.voices and ";" not in actor.code:
                return actor
    return None


def outlet_of(doc: Document, lexicon: Lexicon, gazetteer: Any) -> Actor | None:
    """The voice outlet the article's source field names ("KCNA"), whether or not the
    text speaks in its voice: where "here" is, in "the delegation arrived here"."""
    source = doc.article.source if isinstance(doc.article.source, str) else ""
    actor = gazetteer.actor(source, doc.article.published) if source else None
    if actor is not None and actor.name in lexicon.voices and ";" not in actor.code:
        return actor
    return None


def _voice_by_lead(doc: Document, lexicon: Lexicon, gazetteer: Any) -> Actor | None:
    """ "KCNA Commentary Slams ...", "..., says Rodong Sinmun in a bylined article": the
    outlet a lead pattern of `voice.leads` names, when it is one of the voices."""
    title = doc.article.title if isinstance(doc.article.title, str) else ""
    # the words may come first and their owner after them ("... Rodong Sinmun Tuesday says
    # this in a bylined commentary." as the third sentence)
    leads = [doc.text[s.start : s.end] for s in doc.sentences[:_LEAD_SENTENCES]]
    # "Rodong Sinmun Tuesday observes in a bylined commentary in this regard:" hands over to
    # the outlet after a paragraph of background
    handovers = [
        text
        for s in doc.sentences[1:_HANDOVER_WITHIN]
        if (text := doc.text[s.start : s.end].strip()).endswith(":")
    ]
    for pattern in lexicon.voice_leads:
        found = pattern.search(title) or next(filter(None, map(pattern.search, leads)), None)
        found = found or next(filter(None, map(pattern.search, handovers)), None)
        if found is None:
            continue
        actor = gazetteer.actor(found.group("outlet"), doc.article.published)
        if actor is not None and actor.name in lexicon.voices and ";" not in actor.code:
            return actor
    return None


def dateline_end(text: str) -> int:
    """Where a dateline ("Pyongyang, July 30 (KCNA) --") ends, 0 when the text has none.

    The place and the agency of a dateline say where and by whom the item was filed: they
    are never the doer of the events of the sentence they open."""
    match = _DATELINE_END.match(text)
    return match.end() if match else 0


def denounced(
    text: str,
    low: str,
    local: list[Local],
    writer: Actor,
    lexicon: Lexicon,
    relayed_by: Actor | None = None,
) -> Local | None:
    """The actor that the writer's own sentence denounces, if it denounces one.

    In a statement that an outlet relays (`relayed_by` it) "the statement said" and "it noted"
    tell the words are the issuer's, and the outlet's own state is never the one accused:
    state media relay their friends' words, and quote their enemies' only to refute them."""
    relayed = relayed_by is not None
    if lexicon.denunciation is None:
        return None
    cue = next((c for c in lexicon.denunciation.finditer(low) if not _labels_place(low, c)), None)
    if cue is None:
        return None  # "outside the puppet ROK embassy": an address, not a denunciation
    # "anti-China confrontation": whom a policy is aimed at is never the accused
    spared = {writer.code, *(relayed_by.codes if relayed_by else ())}
    others = [m for m in local if not spared & set(m.codes) and not aimed_at(text, m)]
    if not others:
        return None
    if not relayed and (_reported_by_other(text, others) or others_speak(text)):
        return None
    free = free_mentions(others, text)
    branded = _branded(text, low, others, lexicon.denunciation)
    if branded is not None and (not free or free[0].start > branded.start or _owner(text, branded)):
        # "the Ukrainian puppet clique ... where Russia is": the branded one, unless the
        # sentence opens on someone it then denounces; "Israel's massacre" names its doer
        # whoever opens the sentence ("The UN Council put to a vote a resolution to check
        # Israel's massacre")
        accused: Local | None = branded
    elif free:
        accused = free[0]
    else:
        # "provocation committed by the ROK": the agent; a victim ("massacre of
        # Palestinians") or a bystander in a prepositional phrase is never the accused.
        accused = next((m for m in others if _BY.search(text, max(0, m.start - 12), m.start)), None)
    if accused is not None and past_deed(text, accused):
        return None
    return accused


def own_sentence(text: str, local: list[Local], writer: Actor) -> bool:
    """Whether a sentence of the writer's article is its own words: no quotation, no speaker
    of others ("the minister said", "the speakers stressed", "according to ...")."""
    if '"' in text or "“" in text or others_speak(text) or _ACCORDING.search(text):
        return False
    others = [m for m in local if writer.code not in m.codes]
    return not _reported_by_other(text, others) and not _REPORTED_AFTER.search(text)


def no_demand(text: str) -> bool:
    """Whether the writer's "should" or "has to" tells no one what to do: a passive ("The U.S.
    should no longer be allowed to ..."), a state of mind ("It should be aware that ...": a
    warning), or what a goal needs ("The U.S. has to count on its allies if it is to ...")."""
    return _NO_DEMAND.search(text) is not None


def _reported_by_other(text: str, others: list[Local]) -> bool:
    """ "Daily Mail reported that ...", "the Russian FM said ...": a third party's words."""
    return any(
        any(m.end <= speech.start() and m.mention.kind != "pronoun" for m in others)
        for speech in _REPORTED.finditer(text)
    )


def _owner(text: str, branded: Local) -> bool:
    """Whether the branded actor owns the act it is branded for ("to check Israel's
    massacre"), outside a prepositional phrase ("through NATO's reckless policy")."""
    before = text[max(0, branded.start - 20) : branded.start]
    return _OWNS.match(text, branded.end) is not None and _PREPOSITION_BEFORE.search(before) is None


def past_deed(text: str, accused: Local) -> bool:
    """Whether the accused is named inside a relative clause that tells a past deed of
    someone else: "the commander who gave shameful defeat to the arrogant U.S.", "martyrs
    who helped the Korean people repulse the brigandish invasion of the US": a war story of
    a hero, not today's denunciation. "The U.S., which staged reckless drills" is no such
    clause: there the accused is whom the clause is about."""
    window = text[max(0, accused.start - _DEED_WITHIN) : accused.start]
    deeds = list(_PAST_DEED.finditer(window))
    return bool(deeds) and _CLAUSE_BREAK.search(window, deeds[-1].end()) is None


def quote_goes_on(before: str) -> bool:
    """Whether the sentence before hands over to another's words: "..., the letter said,
    and went on:", "The statement continued:"; what follows is theirs, not the writer's."""
    return _GOES_ON.search(before) is not None


def _labels_place(low: str, cue: re.Match[str]) -> bool:
    """Whether the cue word only labels a building or mission ("the puppet ROK embassy"):
    a place named where something happened, not a denunciation of its owner."""
    return _PLACE_AFTER.match(low, cue.end()) is not None


def others_speak(text: str) -> bool:
    """Whether the sentence gives the words of speakers who are no actor of ours: "the
    speakers disclosed ...", "the appeal said", "they stressed": not the writer's words."""
    return _OTHERS_SPEAK.search(text) is not None


def issuer_speaks(text: str) -> bool:
    """Whether the sentence's speaker is the statement being relayed: "..., it noted,
    urging ...", "the memorandum said": in a relay, the issuer's own words."""
    return _ISSUER_SPEAKS.search(text) is not None


def unnamed_subject(text: str, start: int) -> bool:
    """Whether the trigger's subject is a body or official that the actor finder could not
    place ("the prefectural authorities turned down ...", "the mayor rejected ..."): their
    words, not the writer's; so is a named local body that opens the sentence ("Saitama
    Prefecture announced ... and urged anglers to ...")."""
    body = _LOCAL_BODY_OPENS.match(text)
    if body is not None and body.end() <= start:
        return True
    if _UNNAMED_SUBJECT.search(text, max(0, start - 80), start) is not None:
        return True
    if _PERSON_PRONOUN_SUBJECT.search(text, max(0, start - 40), start) is not None:
        return True  # "He promised to ...": a person the finder could not place, no body
    # "Many countries of the world denounced ...", "The international community criticized":
    # others we cannot name, whom a speaker quotes or a report tells of
    others = _UNNAMED_OTHERS.finditer(text, max(0, start - 80), start + _VERB_WITHIN)
    return any(found.end() == start for found in others)


def _branded(text: str, low: str, others: list[Local], cue: re.Pattern[str]) -> Local | None:
    """The actor a cue word is stuck to: "the puppet ROK", "the Ukrainian puppet clique",
    "Japan's crimes" brand that actor, whoever else the sentence names first."""
    for match in cue.finditer(low):
        for m in others:
            if m.mention.kind == "pronoun":
                continue
            if _STUCK_BEFORE.fullmatch(text, m.end, match.start()) or _STUCK_AFTER.fullmatch(
                text, match.end(), m.start
            ):
                return m
    return None


def anaphoric_topic(
    text: str, local: list[Local], before: str, topic: list[Local], writer: Actor
) -> Local | None:
    """The actor that "This is a dangerous act ..." denounces: a sentence that opens with
    "this", "it" or "such" and names no one else goes on about the subject that opens the
    sentence `before` ("The U.S. staged another drill. This is a reckless provocation.")."""
    if not _ANAPHOR.match(text) or any(writer.code not in m.codes for m in local):
        return None
    if not topic or writer.code in topic[0].codes or topic[0].mention.kind == "pronoun":
        return None
    subject = topic[0]
    if subject.start > _SUBJECT_WITHIN or not free_mentions([subject], before):
        return None
    return subject


_LEAD_SENTENCES = 3
_SUBJECT_WITHIN = 60  # characters: the subject opens its sentence
_HANDOVER_WITHIN = 12  # sentences: a handover line follows a short background
_ANAPHOR = re.compile(
    r"\s*(?:This|That|It|Such (?:an? )?[\w-]+)\b"
    r"(?! is (?:why|because|how|what|when|where|not|no)\b)"
)
_DATELINE = re.compile(
    r"\s*[A-Z][\w .'’-]{1,40},\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?\s*\(([^)]{2,40})\)"
)
_DATELINE_END = re.compile(
    r"\s*[A-Z][\w .'’-]{1,40},\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?\s*"
    r"(?:\([^)]{2,40}\))?\s*(?:--|—|–)"
)
_REPORTED = re.compile(
    r"\b(?:said|says|reported|reports|noted|wrote|told|claimed|quoted|according to|"
    r"commented|stated|remarked|argued|pointed out|disclosed|stressed)\b",
    re.IGNORECASE,
)
_NO_DEMAND = re.compile(
    r"\b(?:should|must|has to|have to)\s+(?:not\s+|no longer\s+|never\s+)?be\b|"
    r"\bif\s+(?:it|they|he|she|we)\s+(?:is|are|was|were)\s+to\b",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
# "..., he (the minister) said.": a report that closes on its speaker
_REPORTED_AFTER = re.compile(
    r",\s+(?:[\w.'’-]+\s+){1,6}?(?:said|says|noted|stressed|added|claimed|told|insisted)\b",
    re.IGNORECASE,
)
_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_STUCK_BEFORE = re.compile(r"(?:'s|’s)?\s+")
_OWNS = re.compile(r"['’]s\s")  # "Israel's massacre": the owner of the branded act
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:through|by|with|of|in|on|from|against|to|via|under|for|at|into|over|about)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_DEED_WITHIN = 160  # characters from the relative pronoun to the accused
# "who gave", "who had defeated", "who helped ... repulse": a relative clause in the past
_PAST_DEED = re.compile(
    r"\b(?:who|that)\s+(?:\w+ly\s+)?(?:had\s+)?(?:\w+ed|gave|won|beat|fought|drove|made|"
    r"took|struck|smote|brought|led|dealt|broke|threw)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:and|but|while|as)\b|\b(?:is|are|was|were|has|have|will|that)\b"
)
_STUCK_AFTER = re.compile(r"\s+")
# the words of others and who voices them (framing.py reads the same words as the subject of
# a statement that goes on from the last one)
OTHERS_WORDS = (
    r"(?:speakers?|participants?|appeals?|letters?|resolutions?|declarations?|messages?|"
    r"speech(?:es)?)"
)
# speakers who are no actor of ours: "the speakers disclosed", "the appeal said", "they
# stressed" (the writer's own article or commentary is its own voice)
_OTHERS_SPEAK = re.compile(
    rf"\b(?:{OTHERS_WORDS}|they|he|she|it)\s+(?:\w+ly\s+)?(?:also\s+)?(?:said|says|disclosed|stressed|noted|"
    r"emphasi[sz]ed|underlined|pointed out|declared|added|called|urged|demanded|"
    r"denounced|condemned|referred|held|expressed|claimed|wrote|accused|branded|"
    r"termed|described)\b",
    re.IGNORECASE,
)
_ISSUER_SPEAKS = re.compile(
    r"\b(?:it|the (?:statement|memorandum|bulletin|notice|communiqu\w+|commentary|editorial|"
    r"article|report|white paper))\s+(?:\w+ly\s+)?(?:also\s+)?(?:said|says|stressed|noted|"
    r"emphasi[sz]ed|pointed out|declared|added)\b",
    re.IGNORECASE,
)
# "the letter said, and went on:", "the statement continued:": others' words follow
_GOES_ON = re.compile(
    r"\b(?:went on|goes on|continued|continues|added|adding|reads|read as follows)\s*:\s*$",
    re.IGNORECASE,
)
# an epithet before a building or mission: "the puppet ROK embassy", "puppet consulate"
_PLACE_AFTER = re.compile(r"(?:\s+[\w.'’-]+){0,2}?\s+(?:embassy|consulate|legation|mission)\b")
# "Many countries of the world", "the international community", "Even the world media"
# right before a verb in the past (not "we denounce", the speaker's own present words)
_VERB_WITHIN = 20  # characters: the verb in the past that follows them
_UNNAMED_OTHERS = re.compile(
    r"(?:^|[,;:\"“]\s*|\b(?:However|But|Then|And|Meanwhile),?\s+)(?:Even\s+|Also\s+)?"
    r"(?:(?:the|many|some|several|all|other|most)\s+)+(?:[\w-]+\s+){0,2}?(?:community|countries|"
    r"nations|public|media|press|experts|analysts|observers|critics|scholars|personages|"
    r"circles)(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:world|globe|region|continent))?\s+"
    r"(?:\w+ly\s+)?(?:also\s+)?(?=\w+ed\b)",
    re.IGNORECASE,
)
# "Saitama Prefecture", "the Okinawa Prefectural Assembly", "Nago City" opening a sentence
_LOCAL_BODY_OPENS = re.compile(
    r"\s*(?:The\s+)?(?:[A-Z][\w-]+\s+){1,3}(?:Prefecture|Prefectural\s+\w+|City|County|"
    r"Municipality|Province|Provincial\s+\w+)\b"
)
# "the prefectural authorities", "the city mayor", "its police" right before the verb
# "He even promised to ...": a person the actor finder left unresolved is someone told of
_PERSON_PRONOUN_SUBJECT = re.compile(
    r"(?:^|[,;]\s+)(?:He|She)\s+(?:\w+ly\s+)?(?:(?:also|even)\s+)?$", re.IGNORECASE
)
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|[,;]\s+|\b(?:However|But|Then|And|Meanwhile),?\s+)(?:the|its|their|local)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:authorities|officials?|mayor|governor|police|court|council|"
    r"assembly|prefecture|administration|company|organi[sz]ers?|management)\s+"
    r"(?:\w+ly\s+)?(?:also\s+)?$",
    re.IGNORECASE,
)
