"""Events that a speaker's own words make without a trigger verb of their own.

A state-media writer's denunciations ("This is a dangerous act") accuse whom they name
(`voice.py`), and a relayed issuer's "The U.S. should ..." is its demand (`relay.py`).
Also holds `CoderContext`, what the event coder knows of one document while it reads it.

Needs: a sentence, its actor mentions and the coder's context. Adds: the events to
`CoderContext.events`, made through the coder's `Make` callable (so that dating, attributes
and the lexicon's codes stay in one place).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Protocol

from peninsula.knowledge.lexicon import Lexicon, lower_text
from peninsula.models import Actor, Document, Event, Mention, Modality, Sentence
from peninsula.understand.addressees import addressed_demand
from peninsula.understand.agent_phrases import subject_in_head
from peninsula.understand.dating import published_date
from peninsula.understand.gathering import speakers_named
from peninsula.understand.local_mentions import Local, joint_actor
from peninsula.understand.own_forces import pledging_side
from peninsula.understand.relay import Relay, hostile_title, last_speaker
from peninsula.understand.targets import HOSTILE_QUADS
from peninsula.understand.voice import (
    anaphoric_topic,
    denounced,
    no_demand,
    own_sentence,
    quote_goes_on,
)


@dataclass(slots=True)
class CoderContext:
    """What the coder knows of one document while it reads it sentence by sentence."""

    doc: Document
    dominant: Actor | None
    writer: Actor | None  # the state that a voice outlet's article speaks for
    filed: int = 0  # where the dateline ends
    addressee: Actor | None = None  # whom the writer last denounced
    host: Actor | None = None  # the writer, else the state of the outlet that filed it
    events: list[Event] = field(default_factory=list)
    relay: Relay | None = None  # whose statement the text relays, where no writer speaks

    def speaker_at(self, sentence: Sentence) -> Actor | None:
        """The writer, else the issuer of the statement this sentence relays."""
        if self.writer is not None or self.relay is None or sentence.start < self.relay.start:
            return self.writer
        return self.relay.speaker

    def pledger(self, sentence: Sentence, start: int, end: int, local: list[Local]) -> Actor | None:
        """Who pledges in a head that names its doer: "the army of the DPRK will" names it,
        "our armed forces will" is the speaker's side (`own_forces.py`)."""
        named = subject_in_head(sentence.text, start, end, local)
        if named is not None:
            return named
        speaker = self.speaker_at(sentence)
        head = sentence.text[start:end]
        return pledging_side(head, speaker, lambda: last_speaker(self.doc, sentence), self.host)

    def spoken_by_holders(self, sentence: Sentence, mentions: list[Mention]) -> list[Local]:
        """The sentence's mentions; "They accused ..." after "X held a meeting" are the
        speakers, who speak for the holders."""
        local = [Local(m, m.start - sentence.start, m.end - sentence.start) for m in mentions]
        gathering = self.relay is not None and self.relay.gathering
        home = self.host is not None and self.relay is not None
        if home and set(self.relay.speaker.codes) <= set(self.host.codes):
            gathering = False  # a gathering at home: its calls on its own people are none
        return speakers_named(self.speaker_at(sentence), gathering, sentence, local)

    def gathered(self) -> bool:
        """Whether the text tells the speeches at a gathering (`gathering.py`)."""
        return self.writer is None and self.relay is not None and self.relay.gathering

    def still_addressed(
        self, lexicon: Lexicon, kind: str, source: Actor, sentence: Sentence
    ) -> Actor | None:
        """Whom a hostile statement with no target of its own goes on addressing: the one
        the commentary last denounced, or, at a gathering, the one its speakers last
        accused or denounced ("They denounced the police for ... They called for an
        abolition of the law": the police are called on)."""
        if lexicon.quad(kind, Modality.OCCURRED) not in HOSTILE_QUADS:
            return None
        if self.writer is not None:
            return self.addressee if source.codes == self.writer.codes else None
        relay = self.relay
        if relay is None or not relay.gathering or sentence.start < relay.start:
            return None
        if source.codes != relay.speaker.codes:
            return None
        said = (e for e in reversed(self.events) if e.evidence.start >= relay.start)
        own = (e for e in said if e.source is not None and e.source.codes == source.codes)
        last = next((e for e in own if e.quad in HOSTILE_QUADS and e.target is not None), None)
        return last.target if last is not None else None


class Make(Protocol):
    """The coder's event maker: kind, modality, source, target and the cue's span."""

    def __call__(
        self,
        context: CoderContext,
        sentence: Sentence,
        kind: str,
        modality: Modality,
        source: Actor,
        target: Actor | None,
        span: tuple[int, int],
    ) -> Event: ...


def relayed_demand(
    make: Make, context: CoderContext, sentence: Sentence, local: list[Local], speaker: Actor
) -> None:
    """ "The U.S. should bear in mind ...", said in a relayed statement or in the writer's
    own commentary: the speaker's demand. The writer's sentence must be its own words, not a
    report of another's ("Japan should ..., the minister said")."""
    own = speaker is context.writer
    if own and (not own_sentence(sentence.text, local, speaker) or no_demand(sentence.text)):
        return
    told = addressed_demand(sentence.text, local, speaker, relayed=not own)
    if told is None:
        return
    if not own and context.host and set(told.codes) & set(context.host.codes):
        return
    span = (local[0].start, local[0].end) if local else (0, 0)
    made = make(context, sentence, "demand", Modality.OCCURRED, speaker, told, span)
    if own:
        made = replace(made, date=published_date(context.doc))
    context.events.append(made)


def writer_voice(
    make: Make,
    lexicon: Lexicon,
    context: CoderContext,
    writer: Actor,
    sentence: Sentence,
    local: list[Local],
    before: Sentence | None,
    locals_of: Callable[[Sentence], list[Local]],
) -> Event | None:
    """The writer's own denunciation: an accusation by its state (see `voice.py`);
    "This is a dangerous act" denounces the subject of the sentence `before`."""
    low = lower_text(sentence.text)
    relayed = writer is not context.writer
    speakers = context.gathered() and _SPEAKERS_TELL.match(sentence.text) is not None
    if relayed and not speakers and not hostile_title(context.doc, lexicon):
        return None  # "Beninese Party Supports ...": the statement's war story accuses none
    if before is not None and quote_goes_on(before.text) and not relayed:
        return None  # "..., the letter said, and went on:": the letter's words follow
    relayed_by = (context.host or writer) if relayed else None
    accused = denounced(sentence.text, low, local, writer, lexicon, relayed_by)
    if accused is None and before is not None:
        topic = locals_of(before)
        accused = anaphoric_topic(sentence.text, local, before.text, topic, writer)
    if accused is None or (relayed_by and set(accused.codes) & set(relayed_by.codes)):
        return None
    target = joint_actor([accused])
    context.addressee = target
    cue = lexicon.denunciation.search(low) if lexicon.denunciation else None
    span = (cue.start(), cue.end()) if cue else (0, 0)
    event = make(context, sentence, "accusation", Modality.OCCURRED, writer, target, span)
    if not relayed:
        event = replace(event, date=published_date(context.doc))
    context.events.append(event)
    return event


# "They noted that the U.S. aggression goes on": the speakers at a gathering denounce in
# their own words, whatever the title says of the gathering
_SPEAKERS_TELL = re.compile(
    r"\W*(?:They|The speakers|Speakers)\s+(?:also\s+)?(?:noted|said|stressed|pointed out|"
    r"referred to|charged|declared)\s+(?:that|to)\b"
)
