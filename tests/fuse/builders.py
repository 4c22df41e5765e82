"""Hand-made events and documents for fusion and storage tests (no extraction stages)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from peninsula.models import (
    Actor,
    Article,
    DateBasis,
    Document,
    Event,
    EventDate,
    Evidence,
    Modality,
    Precision,
)


def ev(
    kind: str = "missile_launch",
    when: str | None = "2022-03-24",
    precision: str | None = "day",
    basis: str = "explicit",
    source: str | None = "PRK",
    target: str | None = None,
    modality: str = "occurred",
    confidence: float = 0.6,
    sentence: str = "North Korea fired a missile.",
    start: int = 0,
    name: str | None = None,
    **attrs: Any,
) -> Event:
    """An event without its document; `doc()` sets the document id."""
    if when is None:
        precision, basis = None, "unresolved"
    return Event(
        doc="",
        kind=kind,
        modality=Modality(modality),
        source=Actor(source, "GOV", name) if source else None,
        target=Actor(target, "GOV") if target else None,
        date=EventDate(when, Precision(precision) if precision else None, DateBasis(basis)),
        evidence=Evidence("", sentence, start, start + len(sentence)),
        attrs=attrs,
        plover="MOBILIZE",
        quad="material_conflict",
        intensity=-6.0,
        confidence=confidence,
    )


def doc(
    id: str,
    *events: Event,
    published: str | None = "2022-03-25",
    outlet: str | None = None,
    text: str | None = None,
) -> Document:
    article = Article(
        id=id,
        text=text
        if text is not None
        else f"Article {id}. " + " ".join(e.evidence.sentence for e in events),
        title=f"Title of {id}",
        published=date.fromisoformat(published) if published else None,
        source=outlet,
        metadata={"lang": "en"},
    )
    placed = [replace(e, doc=id, evidence=replace(e.evidence, doc=id)) for e in events]
    return Document(article, events=placed)
