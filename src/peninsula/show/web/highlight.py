"""Spans to highlight in an article: actors, time expressions and event sentences.

Needs: an `Article` with its cleaned text, and (optionally) the pipeline, whose understand
stages are run again on the stored text to find actor mentions and time expressions; the
stored events give the event sentences. Adds: a flat list of segments, each a piece of text
with the layers it belongs to, which a template renders without ever building markup from
article text (every piece is escaped by Jinja).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from peninsula.models import Article, Mention, Timex
from peninsula.settings import Settings

log = logging.getLogger(__name__)

# characters of article text shown around a mention on the event page
CONTEXT_CHARS = 320


@dataclass(slots=True)
class Layer:
    start: int
    end: int
    kind: str  # "event", "actor" or "timex"
    label: str  # what a tooltip says
    ref: str | None = None  # the fused event id an event sentence links to
    index: int = 0  # the number shown beside an event sentence


@dataclass(slots=True)
class Segment:
    text: str
    classes: list[str] = field(default_factory=list)
    title: str = ""
    ref: str | None = None
    marker: int | None = None  # an event number to show after this piece

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "classes": self.classes,
            "title": self.title,
            "ref": self.ref,
            "marker": self.marker,
        }


class SpanFinder:
    """Runs the understand stages on one article; the pipeline is built on first use."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._pipeline: Any = None
        self._failed = False
        self._lock = threading.Lock()

    def find(self, article: Article) -> tuple[list[Mention], list[Timex]]:
        """Actor mentions and time expressions of the article; empty if the pipeline fails."""
        pipeline = self._get()
        if pipeline is None:
            return [], []
        try:
            doc = pipeline(article)
        except Exception as exc:  # a page must still show the text when a stage breaks
            log.warning("cannot re-read article %s: %s", article.id, exc)
            return [], []
        return list(doc.mentions), [t for t in doc.timexes if not t.is_name]

    def _get(self) -> Any:
        with self._lock:
            if self._pipeline is None and not self._failed:
                try:
                    from peninsula.pipeline import Pipeline

                    self._pipeline = Pipeline(self.settings)
                except Exception as exc:  # knowledge missing or broken: show plain text
                    log.warning("no pipeline for highlighting: %s", exc)
                    self._failed = True
            return self._pipeline


def segments(text: str, layers: list[Layer]) -> list[Segment]:
    """Cut `text` at every layer boundary; each piece carries the layers covering it."""
    size = len(text)
    kept = [lay for lay in layers if 0 <= lay.start < lay.end <= size]
    cuts = sorted({0, size, *(lay.start for lay in kept), *(lay.end for lay in kept)})
    out: list[Segment] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        covering = [lay for lay in kept if lay.start <= lo and hi <= lay.end]
        seg = Segment(text[lo:hi])
        titles = []
        for lay in sorted(covering, key=lambda x: ("event", "actor", "timex").index(x.kind)):
            seg.classes.append(f"hl-{lay.kind}")
            titles.append(lay.label)
            if lay.kind == "event":
                seg.ref = seg.ref or lay.ref
                if lay.end == hi:
                    seg.marker = lay.index
        seg.title = " | ".join(titles)
        out.append(seg)
    return out


def article_layers(
    events: list[tuple[int, int, str, str | None]],
    mentions: list[Mention],
    timexes: list[Timex],
) -> list[Layer]:
    """Layers from (start, end, label, fused id) event sentences, mentions and timexes.

    Event sentences that overlap an earlier one are dropped (two events in one sentence
    share its highlight and both are listed under the text).
    """
    layers: list[Layer] = []
    taken: list[tuple[int, int]] = []
    for number, (start, end, label, ref) in enumerate(events, 1):
        if any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        layers.append(Layer(start, end, "event", f"event {number}: {label}", ref, number))
    for m in mentions:
        label = f"actor {m.actor.code}" + (f" ({m.actor.name})" if m.actor.name else "")
        layers.append(Layer(m.start, m.end, "actor", label))
    busy = [(m.start, m.end) for m in mentions]
    for t in timexes:
        if any(t.start < b and a < t.end for a, b in busy):
            continue  # an actor span wins; nested marks would break the segments
        layers.append(Layer(t.start, t.end, "timex", f"{t.type} {t.value}"))
    return layers


def context_window(text: str, start: int, end: int) -> dict[str, str]:
    """The sentence [start, end) with up to CONTEXT_CHARS of its paragraph on each side."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    para_lo = text.rfind("\n\n", 0, start)
    para_hi = text.find("\n\n", end)
    lo = max(para_lo + 2 if para_lo >= 0 else 0, start - CONTEXT_CHARS)
    hi = min(para_hi if para_hi >= 0 else len(text), end + CONTEXT_CHARS)
    para_end = para_hi if para_hi >= 0 else len(text)
    before, after = text[lo:start], text[end:hi]
    if lo > (para_lo + 2 if para_lo >= 0 else 0):  # cut inside the paragraph: cut at a word
        before = "…" + before.split(" ", 1)[-1]
    if hi < para_end:
        after = after.rsplit(" ", 1)[0] + "…"
    return {"before": before, "sentence": text[start:end], "after": after}
