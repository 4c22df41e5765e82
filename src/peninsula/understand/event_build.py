"""Build an event from a coded hit: its own date, attributes and the lexicon's codes.

Needs: the document and sentence a hit was found in, its kind, modality, source and target.
The date starts from `dating.date_event` and is corrected where the text tells it: a
dateline's day is the report's, a statement is of the day of the issue it relays or the
telling it goes on with (`follow_on.py`), an act framed by a past war or accord is of its
time (`past_wars.py`).
"""

from __future__ import annotations

from typing import Any

from peninsula.knowledge.lexicon import Lexicon
from peninsula.models import Actor, Event, Evidence, Modality, Sentence, Span
from peninsula.understand.attributes import extract_attrs
from peninsula.understand.dating import date_event, dated_by_dateline, published_date
from peninsula.understand.follow_on import statement_date
from peninsula.understand.own_words import CoderContext
from peninsula.understand.past_wars import dated_by_past


def build_event(
    lexicon: Lexicon,
    gazetteer: Any,
    context: CoderContext,
    sentence: Sentence,
    kind: str,
    modality: Modality,
    source: Actor,
    target: Actor | None,
    span: tuple[int, int],
) -> Event:
    """The event of one hit, with its own date (dateline, relayed statement, past war or
    accord), attributes, PLOVER root, quad and intensity."""
    doc = context.doc
    text = sentence.text
    info = lexicon.info(kind)
    date, planned_for = date_event(
        doc, sentence, Span(sentence.start + span[0], sentence.start + span[1]), modality
    )
    if sentence.start < context.filed and date == dated_by_dateline(doc, date):
        date = published_date(doc)  # the dateline's day is when it was reported
    if info.statement:  # relayed, going on with a dated telling, or telling history
        date = statement_date(context, sentence, source, date, span[0])
    # "in the Korean War the U.S. bombed" (a voice's war stories are rhetoric: settle)
    material = lexicon.quad(kind, modality) == "material_conflict"
    date = dated_by_past(date, text, span[0], kind, material and context.writer is None)
    attrs = extract_attrs(kind, text, span[0], span[1], info.attrs, gazetteer)
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
        plover=lexicon.plover(kind, modality),
        quad=lexicon.quad(kind, modality),
        intensity=lexicon.intensity(kind, modality),
        confidence=0.8,
        trigger=text[span[0] : span[1]],
    )
