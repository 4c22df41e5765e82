"""Statements that a report relays: the words of a body that issued them, not the outlet's.

State media without a dateline of their own (the 2011-2012 KCNA site) mostly relay others'
statements: "The CPRK Secretariat issued a memorandum on Saturday ...", "The Chinese People's
Daily carried an article ...", "... the statement said, and went on:". From the sentence that
tells the issue until the next one, the relayed text speaks for the issuer: its
denunciations are the issuer's accusations, its "we" is the issuer, and its "The U.S. should
..." is the issuer's demand; all are dated on the day of the issue, when the text gives it.
A named speaker's dated speech does the same ("Hu, president of China, said this on Feb. 14
when ...", "X, in a speech on Jan. 12, said that ..."): the words told around it are of that
day, those told before it included.

Needs: a sentence's text and its actor mentions. Adds nothing to the document: the event
coder keeps the current `Relay` and asks `issuer` (whom a relayed demand tells what to do
is `addressees.py`'s).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from peninsula.knowledge.lexicon import Lexicon, lower_text
from peninsula.models import (
    Actor,
    DateBasis,
    Document,
    Event,
    EventDate,
    Modality,
    Sentence,
    Span,
)
from peninsula.understand.actor_pronouns import named_as_speaker
from peninsula.understand.dating import date_event, published_date
from peninsula.understand.gathering import dates_gathering, held_by
from peninsula.understand.local_mentions import Local, free_mentions, group_of, joint_actor


@dataclass(frozen=True, slots=True)
class Relay:
    """Who speaks in the relayed text from `start` (a document offset) on, and when."""

    speaker: Actor
    date: EventDate
    start: int
    told_before: bool = False  # "Hu said this on Feb. 14": the words before are his too
    gathering: bool = False  # the speakers at a meeting the holders held (`gathering.py`)


def relay_after(
    doc: Document,
    sentence: Sentence,
    local: list[Local],
    current: Relay | None = None,
    earlier: list[Event] | None = None,
) -> Relay | None:
    """The relay that a sentence opens when a body issues a statement in it, dated on the
    day it gives (else the day of the report); else the `current` one. A speaker quoted at
    length ("..., he said, adding:") opens one only where no statement is relayed yet: in
    a relayed statement "he" is mostly its issuer, whom the actor finder may not know."""
    found = issuer(sentence.text, local)
    if found is None and current is None:
        found = issued_by(sentence.text, local)  # "... by a bulletin released by the CPRK"
    told = told_after(sentence.text, local) if found is None and current is None else None
    if told is not None:
        speaker, (start, end) = told
        span = Span(sentence.start + start, sentence.start + end)
        date, _ = date_event(doc, sentence, span, Modality.OCCURRED)
        back = _THIS.match(sentence.text, end) is not None
        return Relay(speaker, date if date.value else published_date(doc), sentence.end, back)
    if found is None and current is None:
        quoted = goes_on(sentence.text, local, last_speaker(doc, sentence))
        if quoted is not None:
            # "Recalling the visits last year, Hu said:": the sentence's times are of what
            # he tells, not of when he spoke
            return Relay(quoted[0], published_date(doc), sentence.end)
    if found is None and current is None and earlier:
        lead = lead_dated(doc, sentence, local, earlier)
        if lead is not None:
            return lead
    if found is None:
        return gathering_after(doc, sentence, local, current)
    speaker, (start, end) = found
    span = Span(sentence.start + start, sentence.start + end)
    date, _ = date_event(doc, sentence, span, Modality.OCCURRED)
    return Relay(speaker, date if date.value else published_date(doc), sentence.end)


def lead_dated(
    doc: Document, sentence: Sentence, local: list[Local], earlier: list[Event]
) -> Relay | None:
    """The dated telling of what the lead just summed up, by a speaker it does not name
    again: "X denounced the drills. He issued a statement on Mar. 10 which said: ...",
    "Professors accused the government ... . Prof. Y at a seminar on Jan. 19 said that
    ...". The lead's telling and the words that follow are of that day, by the lead's
    speaker (whose own words the lead sums up)."""
    found = _ISSUED.search(sentence.text) or _AT_TELLING.search(sentence.text)
    if found is None or free_mentions([m for m in local if m.end <= found.start()], sentence.text):
        return None  # "The U.S. issued a statement on ...": a speaker of its own
    if _ISSUED.search(sentence.text) and not _PRONOUN_OPENS.match(sentence.text):
        return None  # "A report released on May 2 said ...": not the lead's speaker
    speaker = _lead_speaker(doc, sentence, earlier)
    if speaker is None:
        return None
    span = Span(sentence.start + found.start(), sentence.start + found.end())
    date, _ = date_event(doc, sentence, span, Modality.OCCURRED)
    if date.basis not in (DateBasis.EXPLICIT, DateBasis.RELATIVE) or not _TIME.search(
        sentence.text, found.start(), found.end() + _DATE_WITHIN
    ):
        return None
    return Relay(speaker, date, sentence.end, told_before=True)


def _lead_speaker(doc: Document, sentence: Sentence, earlier: list[Event]) -> Actor | None:
    """The source of the last telling in the sentence just before (the lead)."""
    if sentence.index == 0:
        return None
    lead = doc.sentences[sentence.index - 1]
    for event in reversed(earlier):
        if event.evidence.start < lead.start:
            return None
        inside = event.evidence.start < sentence.start
        if inside and event.source is not None and (event.quad or "").startswith("verbal"):
            return event.source
    return None


def gathering_after(
    doc: Document, sentence: Sentence, local: list[Local], current: Relay | None
) -> Relay | None:
    """A gathering's relay that this sentence opens ("Koreans in China held a meeting") or
    dates ("The meeting was attended by ... on June 16"); else the `current` relay."""
    if current is not None and not current.gathering:
        return current
    held = held_by(sentence.text, local)
    if held is not None:
        span = Span(sentence.start + held[1][0], sentence.start + held[1][1])
        date, _ = date_event(doc, sentence, span, Modality.OCCURRED)
        dated = date if date.value else published_date(doc)
        return Relay(held[0], dated, sentence.end, gathering=True)
    undated = current is not None and current.date.basis == DateBasis.PUBLICATION
    if current is None or not undated or not dates_gathering(sentence.text):
        return current
    own = Span(sentence.start, sentence.end)
    date, _ = date_event(doc, sentence, own, Modality.OCCURRED)
    return replace(current, date=date) if date.value else current


def relayed_date(
    relay: Relay | None, sentence: Sentence, source: Actor, date: EventDate, doc: Document
) -> EventDate:
    """A statement of the issuer inside what it relays, with no date of its own, is of the
    day of the issue ("... the statement said" in a report days later); a time told in an
    earlier sentence ("my visit last year. We support ...") is not its own either."""
    if relay is None or sentence.start < relay.start or relay.speaker.codes != source.codes:
        return date
    own = any(sentence.start <= t.start < sentence.end for t in doc.timexes)
    if own and date.basis in (DateBasis.EXPLICIT, DateBasis.RELATIVE):
        return date
    return relay.date


def hostile_title(doc: Document, lexicon: Lexicon) -> bool:
    """Whether the title says the relayed statement is hostile ("... Slams Lee Group")."""
    title = doc.article.title if isinstance(doc.article.title, str) else ""
    return lexicon.relay_titles is not None and bool(lexicon.relay_titles.search(lower_text(title)))


def issuer(text: str, local: list[Local]) -> tuple[Actor, tuple[int, int]] | None:
    """The body that issues a statement in this sentence, and the span of the issue words:
    "The Federation of Koreans in Australia issued a statement titled ...".

    Only a speaker named in the sentence counts: "A statement was issued" names no one."""
    found = _ISSUED.search(text)
    if found is None:
        return None
    # the subject: the nearest actor before the verb outside a prepositional phrase ("The
    # British Branch of the Korean Friendship Association released ...": British)
    before = [m for m in local if m.end <= found.start()]
    free = free_mentions(before, text) or [m for m in before if _voiced_by(text, m)]
    if not free:
        return None
    return joint_actor(group_of(free[-1], local, text)), (found.start(), found.end())


def _voiced_by(text: str, mention: Local) -> bool:
    """Whether the mention is the body whose spokesman or secretariat speaks: "A spokesman for
    the DPRK Foreign Ministry issued ...", "The Secretariat of the CPRK released ..."."""
    return _SPEAKS_FOR.search(text, max(0, mention.start - 40), mention.start) is not None


def issued_by(text: str, local: list[Local]) -> tuple[Actor, tuple[int, int]] | None:
    """The issuer named after a passive: "... came under fire by Information Bulletin No. 997
    released by the Secretariat of the CPRK Thursday": the first actor after "by"."""
    found = _ISSUED_BY.search(text)
    if found is None:
        return None
    after = [m for m in local if found.end() <= m.start <= found.end() + _BY_WITHIN]
    if not after or after[0].mention.kind == "pronoun":
        return None
    return joint_actor(group_of(after[0], local, text)), (found.start(), found.end())


def told_after(text: str, local: list[Local]) -> tuple[Actor, tuple[int, int]] | None:
    """The named speaker of words told before and after a sentence that dates them: "Hu
    Jintao, president of China, said this on Feb. 14 when he received ...". Only a sentence
    with a time of its own counts (its date is the point)."""
    found = _SAID_THIS.search(text)
    if found is None:
        return None
    free = free_mentions([m for m in local if m.end <= found.start()], text)
    if not free or free[-1].mention.kind == "pronoun":
        return None
    group = group_of(free[-1], local, text)
    if not set(local[0].codes) & set(joint_actor(group).codes):
        return None  # "The U.S. staged drills on June 22, the statement said": no speaker
    between = text[free[-1].end : found.start()]  # "X, in a speech on Jan. 12, said"
    if not _TIME_AFTER.match(text, found.end()) and not _TIME.search(between):
        return None
    goes_on = _THIS.match(text, found.end()) or text.rstrip().endswith(":")
    person = any(m.mention.kind in ("name", "role") for m in group)
    if not (goes_on or person or _IN_SPEECH.search(text, 0, found.end() + 40)):
        return None  # "The magazine said on Jan. 9 that ...": one sentence of an outlet's
    return joint_actor(group), (found.start(), found.end())


def redated_before(events: list[Event], relay: Relay, doc: Document, start: int) -> None:
    """The issuer's words told before the sentence that dates them ("We support ...",
    then "Hu said this on Feb. 14"): dated on that day where the report's day stood in."""
    if not relay.told_before or relay.date.basis not in (DateBasis.EXPLICIT, DateBasis.RELATIVE):
        return
    for i, event in enumerate(events):
        own = event.source is not None and event.source.codes == relay.speaker.codes
        if own and event.evidence.start < start and event.date == published_date(doc):
            events[i] = replace(event, date=relay.date)


def goes_on(
    text: str, local: list[Local], named: Actor | None = None
) -> tuple[Actor, tuple[int, int]] | None:
    """The named speaker whose words the next sentences quote: "..., Hu said, adding:",
    "The president went on:"; "we" there is the speaker's side, as in an issued statement.
    "He went on:" is the speaker `named` last ("Hu said ... . He went on:")."""
    found = _GOES_ON.search(text)
    if found is None:
        return None
    free = free_mentions([m for m in local if m.end <= found.start()], text)
    if not free or text[free[-1].end : found.start()].strip(" ,"):
        return None  # "..., the statement said, adding:": the issuer already speaks
    if free[-1].mention.kind == "pronoun" and free[-1].mention.actor != named:
        return None  # "he said:" is too often resolved to a leader he speaks of
    return joint_actor(group_of(free[-1], local, text)), (found.start(), found.end())


def last_speaker(doc: Document, sentence: Sentence) -> Actor | None:
    """The person last named as a speaker ("Hu said", "said Hu") in this sentence or the
    few before it."""
    window = doc.sentences[max(0, sentence.index - _SPEAKER_WITHIN) : sentence.index + 1]
    if not window:
        return None
    found: Actor | None = None
    for m in doc.mentions:
        if m.start < window[0].start or m.start >= sentence.end:
            continue
        speaks = named_as_speaker(doc.text, m.start, m.end)
        if m.kind in ("name", "role") and m.actor.name and speaks:
            found = m.actor
    return found


# what bodies issue and outlets carry; "letter" alone is too common (letters of thanks)
_ISSUED = re.compile(
    r"\b(?:issued|made public|released|published|carried|sent|adopted|announced)\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:statements?|memorand(?:um|a)|articles?|commentar(?:y|ies)|editorials?|appeals?|"
    r"open letters?|press releases?|communiqu\w+|white papers?|indictments?|complaints?|"
    r"declarations?|notices?|reports?|(?:information\s+)?bulletins?)\b"
    # "A spokesman for the CPRK gave the following answer to a question put by KCNA"
    r"|\b(?:gave|made)\s+(?:an?\s+|the\s+)?(?:following\s+)?answers?\s+to\s+(?:an?|the)\s+"
    r"questions?\b|\banswered\s+(?:an?|the)\s+questions?\b",
    re.IGNORECASE,
)
# "a statement released by the CPRK Secretariat", "Bulletin No. 997 issued by ..."
_ISSUED_BY = re.compile(
    r"\b(?:statements?|memorand(?:um|a)|commentar(?:y|ies)|editorials?|appeals?|open letters?|"
    r"press releases?|communiqu\w+|white papers?|indictments?|declarations?|bulletins?)"
    r"(?:\s+No\.\s*\d+)?,?\s+(?:which\s+was\s+)?(?:issued|released|published|made public|"
    r"adopted|announced)\s+by\b(?:\s+the)?",
    re.IGNORECASE,
)
# whose mouth the opening words name: the body after them issues the statement
_SPEAKS_FOR = re.compile(
    r"^\s*(?:An?\s+|The\s+)?(?:spokes(?:man|woman|person)|secretariat|presidium|"
    r"central committee|standing committee|supreme command|general staff)\s+(?:for|of)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_BY_WITHIN = 40  # characters: "by the Secretariat of the Committee for ...": the issuer
# "said this on Feb. 14", "stressed this in a statement on Oct. 3": the words around
_SAID_THIS = re.compile(
    r"\b(?:said|stated|stressed|noted|declared|emphasized|underscored)\b", re.IGNORECASE
)
# "X in a statement on Nov. 7 said that ...": a statement, not a passing report
_IN_SPEECH = re.compile(
    r"\bin (?:an?|the|his|her|its|their) (?:[\w-]+ ){0,2}(?:statement|speech|message|letter|"
    r"address|interview|article)\b",
    re.IGNORECASE,
)
_THIS = re.compile(r"\s+(?:this|so)\b(?!\s+-)", re.IGNORECASE)
_TIME = re.compile(
    r"\b(?:on|last|this)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day\b|week\b|month\b)"
)
# a time right after the verb, not inside what was said: "said this on Feb. 14 when ..."
_TIME_AFTER = re.compile(r"(?:(?!\bthat\b)[^;:\"“”]){0,60}?" + _TIME.pattern)
# "at a seminar on Jan. 19 said", "at a press conference held on May 3 stressed"
_AT_TELLING = re.compile(
    r"\b(?:at|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:seminar|symposium|forum|meeting|"
    r"(?:press|news)\s+conference|conference|debate|round-?table|interview|speech|statement)"
    r"(?:\s+(?:held|given|issued|made|released))?(?:\s+in\s+[A-Z][\w-]+)?\s+on\s+"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b[^.;:]{0,60}?\b(?:said|stressed|noted|claimed|declared|"
    r"argued|asserted|pointed out|added)\b"
)
_PRONOUN_OPENS = re.compile(r"\s*(?:He|She|It|They)\s+")
_DATE_WITHIN = 40  # characters after the issue words: "issued a statement on Mar. 10"
_SPEAKER_WITHIN = 3  # sentences: "He went on:" continues a speaker named just before
# "..., he said, adding:", "The president went on:": a speaker's quoted words follow
_GOES_ON = re.compile(
    r"\b(?:said|stressed|noted|declared|continued|went on)(?:,?\s+(?:and\s+)?(?:adding|added|"
    r"went on|continued|stressing|noting))?\s*:",
    re.IGNORECASE,
)
