"""Words that go on with a dated statement or gathering: the same day, not the report's.

Needs: the events coded so far, the sentence, the event's source and the date found so far.
Adds nothing; the event coder asks `statement_date` for every statement, and this module
gives one whose sentence has no time of its own the day of the telling it goes on with. "The Arab League on Tuesday called on ... . The statement added ...", "X held a press
conference on Thursday ... . The organizations accused the authorities ...", "Y in an
interview on October 2 accused ... . He condemned ...": the second sentence tells more of
the same telling, so it is of the day the first one gives, not of the day of the report.
Only where the same source spoke or rallied in one of the two sentences just before, on a
day of its own, and the sentence gives no sign of an earlier time ("has repeatedly denounced").
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from peninsula.models import Actor, DateBasis, Document, Event, EventDate, Sentence
from peninsula.understand.dating import historic_in_speech, published_date
from peninsula.understand.relay import relayed_date

if TYPE_CHECKING:
    from peninsula.understand.own_words import CoderContext


def statement_date(
    context: CoderContext, sentence: Sentence, source: Actor, found: EventDate, start: int
) -> EventDate:
    """A statement's own date: the day of the issue it relays (`relay.py`), of the telling
    it goes on with, and the report's day where the date found is of the history it tells
    ("said the Korean people defeated the U.S. in 1953 and denounced ...")."""
    doc = context.doc
    found = relayed_date(context.relay, sentence, source, found, doc)
    found = follow_on_date(context.events, doc, sentence, source, found)
    if historic_in_speech(doc, found, sentence, start):
        return published_date(doc)
    return found


def follow_on_date(
    earlier: list[Event], doc: Document, sentence: Sentence, source: Actor, found: EventDate
) -> EventDate:
    """The date of the telling this sentence goes on with; `found` where there is none."""
    if found.basis is not DateBasis.PUBLICATION or _EARLIER_TIME.search(sentence.text):
        return found
    before = [s for s in doc.sentences if s.end <= sentence.start][-_REACH:]
    if not before:
        return found
    for event in reversed(earlier):
        if event.evidence.start >= sentence.start:
            continue
        if event.evidence.start < before[0].start:
            break
        if event.source is None or set(event.source.codes) != set(source.codes):
            continue
        if not (event.quad or "").startswith("verbal") and event.kind != "protest":
            continue  # "launched a satellite on Monday. I express contempt ...": no telling
        if _own_day(event.date, doc.article.published):
            return event.date
    return found


def _own_day(found: EventDate, published: date | None) -> bool:
    """A day the text gives (not the report's), within a few weeks before the report."""
    if found.basis not in (DateBasis.EXPLICIT, DateBasis.RELATIVE) or found.value is None:
        return False
    if published is None or len(found.value) != len("2011-01-01"):
        return False
    gap = (published - date.fromisoformat(found.value)).days
    return 0 < gap <= _RECENT_DAYS


_REACH = 2  # sentences: the telling goes on right after it is dated
_RECENT_DAYS = 31  # a telling dated earlier than this is history, not the news of the report
# a sign that the words are of another, earlier time than the telling just dated
_EARLIER_TIME = re.compile(
    r"\b(?:earlier|previously|before|already|repeatedly|ago|last|once|often|always|recent(?:ly)?|"
    r"has|have|had)\b",
    re.IGNORECASE,
)
