"""Rules that read an event against its article: commentary rhetoric, meetings of leaders.

Needs: the events the coder made for one document, the state the article speaks for (see
`voice.py`) and the document's date. Adds nothing to the document; the event coder calls
`settle` on its events before merging them.

- A state-media commentary is full of rhetoric ("the chieftain of aggression and massacre",
  "the Korean war forced by the U.S."): an attack it names without a time of its own is a
  figure of speech or history, not news, so it is dropped. A material event without any
  date at all is dropped too; the outlet's own statements fall back on its dateline.
- Talks between two heads of state or government ("Prime Minister X had a talk with his
  German counterpart") are a summit.
- A joint statement of one country's bodies is no agreement (`joint_papers.py`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from peninsula.knowledge.lexicon import Lexicon
from peninsula.models import Actor, DateBasis, Event, EventDate, Modality
from peninsula.understand.joint_papers import one_sided_paper

_UNDATED = (DateBasis.PUBLICATION, DateBasis.UNRESOLVED)


def settle(
    events: list[Event], lexicon: Lexicon, writer: Actor | None, published: EventDate
) -> list[Event]:
    """The events kept, with commentary rules and leader meetings applied."""
    kept: list[Event] = []
    for event in events:
        info = lexicon.info(event.kind)
        if info.statement and event.modality is Modality.DENIED:
            continue  # "has neither courage nor intention to condemn": nothing was said
        if one_sided_paper(event):
            continue  # "parties of Ruritania issued a joint statement": no agreement
        if writer is not None:
            if event.kind == "attack" and (
                event.date.basis in _UNDATED or event.date.value == published.value
            ):
                continue  # a commentary comments on strikes of earlier days
            if event.date.basis is DateBasis.UNRESOLVED:
                if not info.statement:
                    continue
                if event.source is not None and event.source.codes == writer.codes:
                    event = replace(event, date=published)
        if event.kind == "talks" and _leaders_met(event):
            event = replace(
                event,
                kind="summit",
                plover=lexicon.plover("summit", event.modality),
                quad=lexicon.quad("summit", event.modality),
                intensity=lexicon.intensity("summit", event.modality),
            )
        kept.append(event)
    return kept


def _leaders_met(event: Event) -> bool:
    """Whether the talks are between heads of state or government: a leader meeting "his
    counterpart", or a phone call with a head of state or government by someone who holds
    no minister's or envoy's title ("Biden held a phone conversation with the Israeli prime
    minister"; the ontology's summit, a leaders' call included)."""
    sentence = event.evidence.sentence
    if _LEADERS.search(sentence):
        return True
    call = _LEADERS_CALL.search(sentence)
    return call is not None and not _AIDE.search(sentence, 0, call.start())


# A head of state or government meeting "his counterpart" is a summit; a foreign or
# defence minister meeting a counterpart is not (the title must not be a minister's).
_LEADERS = re.compile(
    r"\b(?<!vice )(?<!deputy )(?:prime minister|president|chancellor|premier|king|emperor|"
    r"chairman kim|general secretary)\b(?:\s+[\w.'’-]+){0,4}?\s+(?:met|meets|had|held|holds|"
    r"hold)\b[^.;]{0,40}?\b(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?\b",
    re.IGNORECASE,
)
# a phone call with a head of state or government: "had a telephone conversation with the
# Brazilian president"
_LEADERS_CALL = re.compile(
    r"\b(?:tele)?phone (?:talks?|calls?|conversations?) with (?:the |his |her )?"
    r"(?:[\w.'’-]+ ){0,2}?(?<!vice )(?<!deputy )(?:prime minister|president|chancellor|premier|"
    r"king|emperor)\b",
    re.IGNORECASE,
)
# a caller who is a minister, envoy or official, not a leader
_AIDE = re.compile(
    r"\b(?:(?<!prime )minister|secretary|envoy|ambassador|adviser|advisor|spokes\w+|"
    r"official|officials|director|chief|vice president|deputy)\b",
    re.IGNORECASE,
)
