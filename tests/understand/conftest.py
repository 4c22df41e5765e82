"""Fixtures shared by the understand tests.

- `kcna`: the whole pipeline on an invented KCNA dispatch, its events as plain tuples;
- `coder` and `make_doc`: the event coder alone, on documents whose actors a small table
  stands in for, so that those tests do not depend on the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

import pytest

from peninsula.knowledge.lexicon import load_lexicon
from peninsula.models import Actor, Article, Document, Event, Mention, Sentence
from peninsula.pipeline import Pipeline
from peninsula.understand.events import EventCoder
from peninsula.understand.timex import tag_timexes

KCNA_DATELINE = "Pyongyang, July 20 (KCNA) -- "


def _sides(e: Event) -> tuple[tuple[str, ...], tuple[str, ...]]:
    source = tuple(sorted(e.source.codes)) if e.source else ()
    return source, tuple(sorted(e.target.codes)) if e.target else ()


class KcnaDispatch:
    """Runs the pipeline on a text after a KCNA dateline (published 2030-07-20)."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def events(self, text: str) -> list[Event]:
        article = Article(id="t", text=KCNA_DATELINE + text, published=date(2030, 7, 20))
        return self.pipeline(article).events

    def coded(self, text: str) -> set[tuple]:
        """(kind, source codes, target codes) of each event."""
        return {(e.kind, *_sides(e)) for e in self.events(text)}

    def coded_with_modality(self, text: str) -> set[tuple]:
        """(kind, modality, source codes, target codes) of each event."""
        return {(e.kind, e.modality.value, *_sides(e)) for e in self.events(text)}

    def kinds(self, text: str) -> set[str]:
        return {e.kind for e in self.events(text)}


class TableDocs:
    """Documents of one sentence per part, whose actor mentions are the names of `actors`
    (name -> country code) found in the text, with their times tagged."""

    def __init__(self, actors: Mapping[str, str], published: str) -> None:
        self.actors = dict(actors)
        self.published = published
        names = sorted(self.actors, key=len, reverse=True)
        self._find = re.compile("|".join(re.escape(name) for name in names))

    def __call__(self, *parts: str, published: str | None = None) -> Document:
        text = " ".join(parts)
        day = date.fromisoformat(published or self.published)
        doc = Document(Article(id="t", text=text, published=day))
        doc.sentences, start = [], 0
        for part in parts:
            doc.sentences.append(Sentence(start, start + len(part), part))
            start += len(part) + 1
        doc.timexes = tag_timexes(text, day)
        doc.mentions = self.mentions(text)
        return doc

    def mentions(self, text: str) -> list[Mention]:
        return [
            Mention(m.start(), m.end(), m.group(0), Actor(self.actors[m.group(0)]))
            for m in self._find.finditer(text)
        ]


@pytest.fixture(scope="module")
def kcna() -> KcnaDispatch:
    return KcnaDispatch(Pipeline())


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder(None, load_lexicon())


@pytest.fixture(scope="module")
def make_doc(request: pytest.FixtureRequest) -> TableDocs:
    """Documents whose actors are the test module's ACTORS (name -> code), published on its
    PUBLISHED day unless a call names another."""
    return TableDocs(request.module.ACTORS, request.module.PUBLISHED)
