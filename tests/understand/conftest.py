"""Fixtures shared by the understand tests.

- `pipeline`: one whole pipeline for the session (it keeps no state between articles);
- `kcna`: the whole pipeline on an invented KCNA dispatch, its events as plain tuples;
- `undatelined`: the whole pipeline on an item with no dateline (state media relaying a
  paper, a statement or a speech), with an optional title;
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


def _sides(e: Event) -> tuple[tuple[str, ...], tuple[str, ...]]:
    source = tuple(sorted(e.source.codes)) if e.source else ()
    return source, tuple(sorted(e.target.codes)) if e.target else ()


class KcnaDispatch:
    """Runs the pipeline on a text after a KCNA dateline of its publication day."""

    def __init__(self, pipeline: Pipeline, published: date) -> None:
        self.pipeline = pipeline
        self.published = published
        self.dateline = f"Pyongyang, {published:%B} {published.day} (KCNA) -- "

    def document(self, text: str) -> Document:
        return self.pipeline(Article(id="t", text=self.dateline + text, published=self.published))

    def events(self, text: str) -> list[Event]:
        return self.document(text).events

    def coded(self, text: str) -> set[tuple]:
        """(kind, source codes, target codes) of each event."""
        return {(e.kind, *_sides(e)) for e in self.events(text)}

    def coded_with_modality(self, text: str) -> set[tuple]:
        """(kind, modality, source codes, target codes) of each event."""
        return {(e.kind, e.modality.value, *_sides(e)) for e in self.events(text)}

    def kinds(self, text: str) -> set[str]:
        return {e.kind for e in self.events(text)}

    def sides_of(self, text: str, kind: str) -> set[tuple]:
        """(source codes, target codes) of each event of `kind`."""
        return {(source, target) for k, source, target in self.coded(text) if k == kind}


class UndatelinedItems:
    """Runs the pipeline on an item with no dateline, published on a fixed day and credited
    to `source` (the outlet's name, which tells the coder whose voice an item may be)."""

    def __init__(self, pipeline: Pipeline, published: date, source: str | None) -> None:
        self.pipeline = pipeline
        self.published = published
        self.source = source

    def events(self, text: str, title: str | None = None) -> list[Event]:
        article = Article(
            id="t", text=text, title=title, source=self.source, published=self.published
        )
        return self.pipeline(article).events

    def of_kind(self, text: str, kind: str) -> list[Event]:
        return [e for e in self.events(text) if e.kind == kind]

    def brief(self, text: str, title: str | None = None) -> set[tuple]:
        """(kind, source code, target code) of each event; a missing side is None."""
        return {(e.kind, *_codes(e)) for e in self.events(text, title)}

    def sides(self, text: str, title: str | None = None) -> set[tuple]:
        """(kind, source code, target code, date) of each event; a missing side is None."""
        return {(e.kind, *_codes(e), e.date.value) for e in self.events(text, title)}


def _codes(e: Event) -> tuple[str | None, str | None]:
    return e.source.code if e.source else None, e.target.code if e.target else None


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


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def kcna(pipeline: Pipeline, request: pytest.FixtureRequest) -> KcnaDispatch:
    """Dispatches published on the test module's KCNA_PUBLISHED day, else on 2030-07-20."""
    day = getattr(request.module, "KCNA_PUBLISHED", "2030-07-20")
    return KcnaDispatch(pipeline, date.fromisoformat(day))


@pytest.fixture(scope="module")
def undatelined(pipeline: Pipeline, request: pytest.FixtureRequest) -> UndatelinedItems:
    """Items published on the test module's PUBLISHED day, credited to its SOURCE (no
    outlet unless it names one)."""
    module = request.module
    day = date.fromisoformat(module.PUBLISHED)
    return UndatelinedItems(pipeline, day, getattr(module, "SOURCE", None))


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder(None, load_lexicon())


@pytest.fixture(scope="module")
def make_doc(request: pytest.FixtureRequest) -> TableDocs:
    """Documents whose actors are the test module's ACTORS (name -> code), published on its
    PUBLISHED day unless a call names another."""
    return TableDocs(request.module.ACTORS, request.module.PUBLISHED)
