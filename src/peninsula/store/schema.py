"""The tables of the event store, and the conversions between rows and models.

Needs: SQLAlchemy 2.x Core. Adds: `metadata` with `articles`, `events` (one row per extracted
event mention), `fused_events` (one row per real event) and `schema_version`. Only portable
types and SQL are used, so SQLite and PostgreSQL behave the same. This module describes the
current shape; `migrations.py` builds it step by step, and a test checks that both agree.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from peninsula.models import (
    Actor,
    Article,
    DateBasis,
    Event,
    EventDate,
    Evidence,
    Modality,
    Precision,
)

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("published_how", sa.String),
    sa.Column("published_evidence", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("source", sa.String),
    sa.Column("path", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("metadata", sa.JSON),
    sa.Column("ingested_at", sa.DateTime(timezone=True)),
    sa.Index("ix_articles_published", "published"),
)


def _actor_columns(side: str) -> list[sa.Column]:
    return [
        sa.Column(f"{side}_code", sa.String),
        sa.Column(f"{side}_sector", sa.String),
        sa.Column(f"{side}_name", sa.Text),
    ]


def _event_columns() -> list[sa.Column]:
    """Columns an extracted event and a fused event share (the fields of `Event.to_dict`)."""
    return [
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("modality", sa.String, nullable=False),
        *_actor_columns("source"),
        *_actor_columns("target"),
        sa.Column("date", sa.String(10)),
        sa.Column("precision", sa.String(8)),
        sa.Column("date_basis", sa.String(12), nullable=False),
        sa.Column("planned_for", sa.String(10)),
        sa.Column("attrs", sa.JSON),
        sa.Column("plover", sa.String),
        sa.Column("quad", sa.String),
        sa.Column("intensity", sa.Float),
        sa.Column("evidence_sentence", sa.Text),
        sa.Column("evidence_start", sa.Integer),
        sa.Column("evidence_end", sa.Integer),
        sa.Column("confidence", sa.Float),
    ]


fused_events = sa.Table(
    "fused_events",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    *_event_columns(),
    sa.Column("evidence_doc", sa.String),
    sa.Column("first_reported", sa.String(10)),
    sa.Column("sources", sa.Integer, nullable=False),
    sa.Column("conflicts", sa.JSON),
    sa.Column("block_key", sa.String, nullable=False),
    sa.Column("outlets", sa.Integer),
    sa.Column("mention_count", sa.Integer),
    sa.Index("ix_fused_block_key", "block_key"),
    sa.Index("ix_fused_kind_date", "kind", "date"),
    sa.Index("ix_fused_date", "date"),
    sa.Index("ix_fused_source_code", "source_code"),
    sa.Index("ix_fused_target_code", "target_code"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String, sa.ForeignKey("articles.id"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    *_event_columns(),
    sa.Column("trigger", sa.Text),
    sa.Column("fused_id", sa.String, sa.ForeignKey("fused_events.id")),
    sa.Index("ix_events_article", "article_id"),
    sa.Index("ix_events_fused", "fused_id"),
)

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)


def now() -> datetime:
    return datetime.now(UTC)


def article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "content_hash": article.content_hash,
        "title": article.title,
        "published": article.published,
        "published_how": article.published_how,
        "published_evidence": article.published_evidence,
        "url": article.url,
        "source": article.source,
        "path": article.path,
        "text": article.text,
        "metadata": _jsonable(article.metadata),
        "ingested_at": now(),
    }


def row_article(row: Any) -> Article:
    published = row.published
    if isinstance(published, str):  # defensive: a value written by hand into SQLite
        published = date.fromisoformat(published[:10])
    return Article(
        id=row.id,
        text=row.text,
        title=row.title,
        published=published,
        published_how=row.published_how,
        published_evidence=row.published_evidence,
        url=row.url,
        source=row.source,
        path=row.path,
        metadata=dict(row.metadata or {}),
    )


def event_values(event: Event) -> dict[str, Any]:
    """The shared event columns for one event."""
    return {
        "kind": event.kind,
        "modality": str(event.modality),
        **_actor_values("source", event.source),
        **_actor_values("target", event.target),
        "date": event.date.value,
        "precision": str(event.date.precision) if event.date.precision else None,
        "date_basis": str(event.date.basis),
        "planned_for": event.planned_for,
        "attrs": _jsonable(dict(event.attrs)),
        "plover": event.plover,
        "quad": event.quad,
        "intensity": event.intensity,
        "evidence_sentence": event.evidence.sentence,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        "confidence": event.confidence,
    }


def row_event(row: Any, doc: str) -> Event:
    """Rebuild an `Event` from an `events` or `fused_events` row."""
    return Event(
        doc=doc,
        kind=row.kind,
        modality=Modality(row.modality),
        source=_row_actor(row, "source"),
        target=_row_actor(row, "target"),
        date=EventDate(
            row.date,
            Precision(row.precision) if row.precision else None,
            DateBasis(row.date_basis),
        ),
        evidence=Evidence(
            doc, row.evidence_sentence or "", row.evidence_start or 0, row.evidence_end or 0
        ),
        planned_for=row.planned_for,
        attrs=dict(row.attrs or {}),
        plover=row.plover,
        quad=row.quad,
        intensity=row.intensity,
        confidence=row.confidence if row.confidence is not None else 0.5,
        trigger=getattr(row, "trigger", None),
    )


def _actor_values(side: str, actor: Actor | None) -> dict[str, Any]:
    return {
        f"{side}_code": actor.code if actor else None,
        f"{side}_sector": actor.sector if actor else None,
        f"{side}_name": actor.name if actor else None,
    }


def _row_actor(row: Any, side: str) -> Actor | None:
    code = getattr(row, f"{side}_code")
    if code is None:
        return None
    return Actor(code, getattr(row, f"{side}_sector"), getattr(row, f"{side}_name"))


def _jsonable(value: Any) -> Any:
    """Make metadata and attributes JSON-safe (dates become ISO strings, sets lists)."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
