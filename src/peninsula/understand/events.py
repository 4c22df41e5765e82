"""Code events: who did what to whom, with modality and date, proved by a sentence.

Needs: `Document.sentences`, `Document.mentions` (actors) and, through `dating`,
`Document.timexes`. Adds: `Document.events` (the pipeline assigns what `code` returns).

Per sentence: one precompiled regex over every trigger head skips sentences that evoke no
event (most of them); then each trigger of `triggers.yaml` is tried in order and
overlapping hits go to the kind written first. Per hit: the modality from the words around
it (`modality.py`), the source (the speaker for statements, the doer for actions: the
nearest actor before the trigger that is not in a prepositional phrase, the agent of a
passive, or the actor of the previous sentences when the sentence names none), the target
(the first other actor after the trigger, else between source and trigger), attributes
(`attributes.py`), PLOVER root, quad and intensity from the lexicon, and the date from
`dating.date_event`. Mentions of one event in one article are merged at the end.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from peninsula.knowledge.lexicon import KindInfo, Lexicon, Trigger, lower_text
from peninsula.models import (
    Actor,
    DateBasis,
    Document,
    Event,
    EventDate,
    Evidence,
    Mention,
    Modality,
    Precision,
    Sentence,
    Span,
)
from peninsula.understand.attributes import extract_attrs
from peninsula.understand.modality import modality_of


class EventCoder:
    """Holds the compiled lexicon and gazetteer; `code(doc)` returns the document's events."""

    def __init__(self, gazetteer: Any, lexicon: Lexicon) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self._order = {t: i for i, t in enumerate(lexicon.triggers)}

    def code(self, doc: Document) -> list[Event]:
        mentions = sorted(doc.mentions, key=lambda m: m.start)
        starts = [m.start for m in mentions]
        dominant = _dominant(mentions)
        events: list[Event] = []
        for sentence in doc.sentences:
            low = lower_text(sentence.text)
            if not self.lexicon.prefilter.search(low) or _LIST.fullmatch(low):
                continue
            hits = self._hits(low)
            if not hits:
                continue
            lo = bisect_left(starts, sentence.start)
            hi = bisect_left(starts, sentence.end)
            local = [
                _Local(m, m.start - sentence.start, m.end - sentence.start) for m in mentions[lo:hi]
            ]
            for hit in hits:
                event = self._event(doc, sentence, hit, local, events, dominant)
                if event is not None:
                    events.append(event)
        return _merge(events)

    def _hits(self, text: str) -> list[_Hit]:
        found: list[_Hit] = []
        for trigger in self.lexicon.triggers:
            for match in trigger.head.finditer(text):
                if _context_ok(trigger, text, match.start(), match.end()):
                    found.append(_Hit(trigger, match.start(), match.end()))
        if len(found) < 2:
            return found
        found.sort(key=lambda h: (self._order[h.trigger], h.start))
        kept: list[_Hit] = []
        for hit in found:  # the kind written first in triggers.yaml claims the words
            if all(hit.end <= k.start or hit.start >= k.end for k in kept):
                kept.append(hit)
        kept.sort(key=lambda h: h.start)
        return kept

    def _event(
        self,
        doc: Document,
        sentence: Sentence,
        hit: _Hit,
        local: list[_Local],
        earlier: list[Event],
        dominant: Actor | None,
    ) -> Event | None:
        text = sentence.text
        kind = hit.trigger.kind
        info = self.lexicon.info(kind)
        reading = modality_of(text, hit.start, hit.end, statement=info.statement)
        if reading.speculative or reading.background:
            return None
        confidence = hit.trigger.confidence * reading.confidence
        source, target, _how = _actors(text, hit, local, info)
        if source is None:
            source = _recent_source(earlier, sentence) or (dominant if not local else None)
            confidence *= 0.7
        if source is None:
            return None
        if hit.trigger.needs_target and (target is None or set(target.codes) <= set(source.codes)):
            return None
        target = self._check_target(kind, info, source, target, text, earlier, sentence)
        if kind == "talks" and target is None and len(source.codes) < 2:
            return None  # a visit to a factory is not talks: talks need a counterpart
        modality = reading.modality
        date, planned_for = _date(doc, sentence, hit, modality)
        attrs = extract_attrs(kind, text, hit.start, hit.end, info.attrs, self.gazetteer)
        return Event(
            doc=doc.id,
            kind=kind,
            modality=modality,
            source=source,
            target=target,
            date=date,
            evidence=Evidence(doc.id, text, sentence.start, sentence.end),
            planned_for=planned_for,
            attrs=attrs,
            plover=self.lexicon.plover(kind, modality),
            quad=self.lexicon.quad(kind, modality),
            intensity=self.lexicon.intensity(kind, modality),
            confidence=round(min(confidence, 1.0), 3),
            trigger=text[hit.start : hit.end],
        )

    def _check_target(
        self,
        kind: str,
        info: KindInfo,
        source: Actor,
        target: Actor | None,
        text: str,
        earlier: list[Event],
        sentence: Sentence,
    ) -> Actor | None:
        if not info.has_target:
            return None
        if target is not None and set(target.codes) <= set(source.codes):
            target = None
        if target is None and (kind in self.lexicon.inter_korean or _INTER_KOREAN.search(text)):
            other = {"PRK": "KOR", "KOR": "PRK"}.get(source.codes[0])
            if other and len(source.codes) == 1:
                return Actor(other)
        if target is None and info.statement:
            # "She said ... must be removed": the statement goes on addressing the same side.
            last = _recent(earlier, sentence, 1)
            if last and last.source and last.source.codes == source.codes and last.target:
                return last.target
        return target


@dataclass(frozen=True, slots=True)
class _Hit:
    trigger: Trigger
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Local:
    """A mention with offsets relative to its sentence."""

    mention: Mention
    start: int
    end: int

    @property
    def codes(self) -> tuple[str, ...]:
        return self.mention.actor.codes


def _context_ok(trigger: Trigger, text: str, start: int, end: int) -> bool:
    if trigger.not_near is not None:
        if trigger.not_near.search(text, max(0, start - 40), min(len(text), end + 40)):
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


def _actors(
    text: str, hit: _Hit, local: list[_Local], info: KindInfo
) -> tuple[Actor | None, Actor | None, str]:
    """Source and target mentions of the hit, and how the source was found."""
    if not local:
        return None, None, "none"
    before = [m for m in local if m.end <= hit.start]
    after = [m for m in local if m.start >= hit.end]
    agent = _by_agent(text, hit.end, after)
    if agent is not None and _PASSIVE.search(text, max(0, hit.start - 30), hit.start):
        group = _group(agent, local, text)
        subject = _nearest_free(before, text)
        return _actor(group), _actor(_group(subject, local, text)) if subject else None, "passive"
    speech = None
    for match in _SPEECH.finditer(text, 0, hit.start):
        speech = match
    source: _Local | None = None
    how = "subject"
    if info.statement and _in_quote(text, hit.start):
        # Inside a quotation "it" and "they" are what the speaker talks about; the source
        # is the speaker, named after the quote or carried from the sentence before.
        opening = max((m.start() for m in _QUOTE.finditer(text, 0, hit.start)), default=0)
        said = None
        for match in _SPEECH.finditer(text, 0, opening):
            said = match
        found = _nearest_free([m for m in before if m.end <= said.start()], text) if said else None
        found = found or _speaker_after(text, hit.end, after)
        if found is not None:
            group = _group(found, local, text)
            codes = {c for m in group for c in m.codes}
            inside = [m for m in before if m.start >= opening]
            return _actor(group), _target(text, hit, group, inside, after, codes, local), "speaker"
        if opening == 0:  # the quote goes on from an earlier sentence: carry its speaker
            return None, None, "none"
    if text[hit.end - 3 : hit.end].lower() == " of" and after and after[0].start - hit.end < 30:
        # "the deployment of powerful U.S. military assets": the owner is the doer
        source = after[0]
    if source is None and speech is not None and info.statement:
        source = _nearest_free([m for m in before if m.end <= speech.start()], text)
        how = "speaker"
    if source is None:
        free = (
            before
            if speech is None or info.statement
            else [m for m in before if m.start >= speech.end()]
        )
        source = _modifier(free, text, hit.start) or _nearest_free(free, text)
        how = "subject"
    if source is None and speech is not None and not info.statement:
        # "Kim announced he intends to restore ...": an action reported without a doer of
        # its own is the speaker's, unless it is an agentless passive ("were fired").
        if not _PASSIVE.search(text, max(0, hit.start - 30), hit.start):
            source = _nearest_free([m for m in before if m.end <= speech.start()], text)
            how = "speaker"
    if source is None:
        # "The declaration by North Korea's leader, which rules out ...": a nominal's agent.
        source = next(
            (m for m in reversed(before) if _BY.search(text, max(0, m.start - 16), m.start)), None
        )
    if source is None and info.statement:
        source = _speaker_after(text, hit.end, after)
        how = "speaker"
    if source is None:
        source = _according_to(text, local)
        how = "speaker"
    if source is None:
        return None, None, "none"
    group = _group(source, local, text)
    codes = {c for m in group for c in m.codes}
    target = _target(text, hit, group, before, after, codes, local)
    return _actor(group), target, how


def _target(
    text: str,
    hit: _Hit,
    group: list[_Local],
    before: list[_Local],
    after: list[_Local],
    codes: set[str],
    local: list[_Local],
) -> Actor | None:
    stop = _STOP.search(text, hit.end)
    limit = stop.start() if stop else len(text)
    for m in after:
        if m.start > limit:
            break
        if not set(m.codes) <= codes and m not in group:
            return _actor(_group(m, local, text))
    source_end = max(m.end for m in group)
    for m in before:
        if m.start >= source_end and not set(m.codes) <= codes and m not in group:
            return _actor(_group(m, local, text))
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


def _nearest_free(candidates: list[_Local], text: str) -> _Local | None:
    """The nearest mention that is not the object of a preposition."""
    for m in reversed(candidates):
        if not _OBLIQUE.search(text, max(0, m.start - 40), m.start):
            return m
    return None


def _modifier(candidates: list[_Local], text: str, head: int) -> _Local | None:
    """An actor right before a nominal trigger: "U.S.-South Korea military exercises"."""
    if not candidates:
        return None
    last = candidates[-1]
    gap = text[last.end : head]
    if len(gap) <= 30 and _MODIFIER_GAP.fullmatch(gap):
        return last
    return None


def _by_agent(text: str, end: int, after: list[_Local]) -> _Local | None:
    for m in after:
        if m.start - end > 60:
            return None
        if _BY.search(text, max(end, m.start - 16), m.start):
            return m
    return None


def _speaker_after(text: str, end: int, after: list[_Local]) -> _Local | None:
    """'"...," Kim argued.' / '..., said Kim.'"""
    for m in after:
        if _SPEECH.match(text, m.end, min(len(text), m.end + 40)) or _SPEECH.search(
            text, max(end, m.start - 12), m.start
        ):
            return m
    return None


def _according_to(text: str, local: list[_Local]) -> _Local | None:
    match = _ACCORDING.search(text)
    if not match:
        return None
    for m in local:
        if m.start >= match.end() and m.start - match.end() < 10:
            return m
    return None


def _group(m: _Local, local: list[_Local], text: str) -> list[_Local]:
    """A mention with the ones joined to it by 'and', commas or hyphens: joint actors."""
    i = local.index(m)
    lo = hi = i
    while lo > 0 and _JOINT_GAP.fullmatch(text[local[lo - 1].end : local[lo].start]):
        lo -= 1
    while hi + 1 < len(local) and _JOINT_GAP.fullmatch(text[local[hi].end : local[hi + 1].start]):
        hi += 1
    return local[lo : hi + 1]


def _actor(group: list[_Local]) -> Actor:
    if len(group) == 1:
        return group[0].mention.actor
    codes: list[str] = []
    for m in group:
        for code in m.codes:
            if code not in codes:
                codes.append(code)
    if len(codes) == 1:
        return group[0].mention.actor
    sectors = {m.mention.actor.sector for m in group}
    return Actor(";".join(codes), sectors.pop() if len(sectors) == 1 else None, None)


def _dominant(mentions: list[Mention]) -> Actor | None:
    counts = Counter(m.actor.code for m in mentions if ";" not in m.actor.code)
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return Actor(code) if n >= 2 else None


def _recent(events: list[Event], sentence: Sentence, back: int) -> Event | None:
    if not events:
        return None
    last = events[-1]
    here = sentence.start
    # evidence offsets tell how far back the last event's sentence lies
    if last.evidence.start == here or here - last.evidence.end <= 400 * back:
        return last
    return None


def _recent_source(events: list[Event], sentence: Sentence) -> Actor | None:
    last = _recent(events, sentence, 3)
    return last.source if last else None


def _date(
    doc: Document, sentence: Sentence, hit: _Hit, modality: Modality
) -> tuple[EventDate, str | None]:
    span = Span(sentence.start + hit.start, sentence.start + hit.end)
    try:
        from peninsula.understand.dating import date_event
    except ImportError:  # dating not installed yet: fall back on the article date
        published = doc.article.published
        if published is None:
            return EventDate.unresolved(), None
        return EventDate(published.isoformat(), Precision.DAY, DateBasis.PUBLICATION), None
    return date_event(doc, sentence, span, modality)


_BASIS_RANK = {DateBasis.EXPLICIT: 3, DateBasis.RELATIVE: 2, DateBasis.PUBLICATION: 1}


def _merge(events: list[Event]) -> list[Event]:
    """One event per (kind, modality, source, target) and compatible date, most precise kept."""
    kept: list[Event] = []
    for event in events:
        for i, other in enumerate(kept):
            if _same(event, other) and _compatible(event.date, other.date):
                kept[i] = _better(other, event)
                break
        else:
            kept.append(event)
    return kept


def _same(a: Event, b: Event) -> bool:
    return (
        a.kind == b.kind
        and a.modality == b.modality
        and (a.source.code if a.source else None) == (b.source.code if b.source else None)
        and (a.target.code if a.target else None) == (b.target.code if b.target else None)
    )


def _compatible(a: EventDate, b: EventDate) -> bool:
    if a.value is None or b.value is None:
        return a.value == b.value
    if a.value.startswith(b.value) or b.value.startswith(a.value):
        return True
    # The article date is only a default: a mention dated by it belongs to a same-key
    # mention with a found date a day or two away (a statement reported the next day).
    if DateBasis.PUBLICATION in (a.basis, b.basis) and len(a.value) == len(b.value) == 10:
        return abs((date.fromisoformat(a.value) - date.fromisoformat(b.value)).days) <= 2
    return False


def _better(a: Event, b: Event) -> Event:
    def rank(e: Event) -> tuple[int, int, float]:
        return (len(e.date.value or ""), _BASIS_RANK.get(e.date.basis, 0), e.confidence)

    best, other = (a, b) if rank(a) >= rank(b) else (b, a)
    attrs = {**other.attrs, **best.attrs}
    return replace(
        best,
        attrs=attrs,
        confidence=max(a.confidence, b.confidence),
        planned_for=best.planned_for or other.planned_for,
    )


_SPEECH = re.compile(
    r"\b(?:said|says|say|announced|stated|told|added|argued|declared|noted|stressed|"
    r"claimed|insisted|warned|evaluated|affirmed|emphasi[sz]ed|asserted|remarked|wrote|"
    r"made clear|pointed out|reiterated|maintained)\b",
    re.IGNORECASE,
)
_OBLIQUE = re.compile(
    r"\b(?:with|against|to|toward|towards|on|at|from|of|by|for|in|into|over|upon|about|"
    r"between|among|than|including|like|during|under|via|across|near|within|onto|despite|"
    r"through|amid|inside|outside|beyond)\s+(?:(?:the|a|an|his|her|its|their|our|this|"
    r"that|these|those)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_MODIFIER_GAP = re.compile(
    r"(?:\s*(?:'s|’s))?(?:[\s-]+(?:military|joint|combined|naval|air|"
    r"large-scale|annual|new|latest|nuclear|missile|war|armed|army|"
    r"forces?|summer|spring|fall|autumn|winter|trilateral|allied))*[\s-]*",
    re.IGNORECASE,
)
_JOINT_GAP = re.compile(r"\s*(?:,|and|, and|&|-|–|/)\s*", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?", re.IGNORECASE)
_STOP = re.compile(r"[;]|\b(?:but|while|whereas)\b", re.IGNORECASE)
_INTER_KOREAN = re.compile(r"\binter-Korean\b", re.IGNORECASE)
# A tag or keyword line ("North, Korea, Kim, South, Korea, summit"): words, no sentence.
_LIST = re.compile(r"\s*(?:[\w.'’-]+(?:\s+[\w.'’-]+)?\s*,\s*){3,}[\w.'’ -]+\s*")
_QUOTE = re.compile(r"[\"“”]")
