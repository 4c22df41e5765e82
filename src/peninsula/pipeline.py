"""The only place where the order of the stages is written.

read -> understand (sentences, time expressions, actors, events) -> fuse.
Knowledge is loaded once, when a `Pipeline` is made, and passed to the stages.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace

from peninsula.errors import PeninsulaError
from peninsula.knowledge.gazetteer import load_gazetteer
from peninsula.knowledge.lexicon import load_lexicon
from peninsula.models import Article, Document, Skipped
from peninsula.settings import Settings
from peninsula.understand.actors import ActorFinder
from peninsula.understand.docdate import infer_published
from peninsula.understand.events import EventCoder
from peninsula.understand.sentences import split_sentences
from peninsula.understand.timex import tag_timexes

log = logging.getLogger(__name__)


class Pipeline:
    """Turns an `Article` into a `Document` with sentences, times, actors and events."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        gazetteer = load_gazetteer()
        self.actors = ActorFinder(gazetteer)
        self.coder = EventCoder(gazetteer, load_lexicon())

    def __call__(self, article: Article) -> Document:
        if article.published is None:
            found = infer_published(article.text)
            if found is not None:
                day, evidence = found
                article = replace(
                    article, published=day, published_how="inferred", published_evidence=evidence
                )
        doc = Document(article)
        doc.sentences = split_sentences(article.text)
        doc.timexes = tag_timexes(article.text, article.published)
        doc.mentions = self.actors.find(doc)
        doc.events = [
            e for e in self.coder.code(doc) if e.confidence >= self.settings.min_confidence
        ]
        return doc

    def run(self, items: Iterable[Article | Skipped]) -> Iterator[Document | Skipped]:
        """Process a stream; a document that fails becomes a `Skipped` and the rest go on."""
        for item in items:
            if isinstance(item, Skipped):
                yield item
                continue
            try:
                yield self(item)
            except PeninsulaError as exc:
                yield Skipped(item.path or item.id, str(exc))
            except Exception as exc:  # one broken article must not stop a batch of thousands
                log.exception("failed on %s", item.id)
                yield Skipped(item.path or item.id, f"internal error: {type(exc).__name__}: {exc}")


def process(article: Article, settings: Settings | None = None) -> Document:
    return Pipeline(settings)(article)


def extract_events(
    articles: Iterable[Article | Skipped], settings: Settings | None = None
) -> Iterator[Document | Skipped]:
    return Pipeline(settings).run(articles)
