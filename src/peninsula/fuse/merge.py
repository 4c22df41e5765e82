"""Summarise a group of mentions of one real event into a fused event.

Needs: the mentions of one cluster (`match.Member`: event, publication date, outlet). Adds:
the representative event (best date, merged actors and attributes), the first report date,
the number of distinct articles and outlets, a confidence that grows with independent
sources, and conflicts: reports that disagree on an outcome, a count or a weapon are listed
side by side ("outcome: success (kcna-1) vs failure (yonhap-2)"), never averaged.

The best date is the most precise one; among equally precise dates an explicit date beats a
relative one, which beats the publication date, and then the earliest report wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from peninsula.fuse.match import (
    Canon,
    Fuser,
    Member,
    date_rank,
    make_canon,
    members_of,
    merge_actor,
)
from peninsula.models import Document, Event, FusedEvent, MentionRef

# Attributes whose disagreement between reports is shown as a conflict, never averaged.
CONFLICT_ATTRS = ("outcome", "count", "weapon", "missile_class", "yield", "casualties", "vehicle")
# A later article from an outlet already counted adds only this share of its confidence.
_SAME_OUTLET_WEIGHT = 0.5


@dataclass(frozen=True, slots=True)
class Summary:
    rep: Event
    first_reported: str | None
    sources: int  # distinct articles
    outlets: int  # distinct outlets (an article without one counts as its own)
    confidence: float
    conflicts: tuple[str, ...]


def fuse_documents(
    docs: Iterable[Document], window_days: int = 1, gazetteer: Any = None
) -> list[FusedEvent]:
    """Fuse the events of documents held in memory (no database): one `FusedEvent` each."""
    canon = make_canon(gazetteer)
    fuser = Fuser(window_days, canon)
    for doc in docs:
        published = doc.article.published.isoformat() if doc.article.published else None
        for member in members_of(doc.events, published, doc.article.source):
            fuser.add(member)
    out = []
    for cluster in fuser.clusters():
        s = summarise(cluster.new, canon)
        out.append(to_fused(cluster.id, s, [mention_ref(m) for m in cluster.new]))
    return out


def summarise(members: Sequence[Member], canon: Canon) -> Summary:
    """The representative and the figures of a cluster, from all its mentions."""
    ordered = sorted(
        members, key=lambda m: (m.published or "9999", m.event.doc, m.event.evidence.start)
    )
    best = min(ordered, key=lambda m: (date_rank(m.event), m.published or "9999", m.event.doc))
    rep = best.event
    for m in ordered:
        if m is not best:
            rep = _fill(rep, m.event)
    published = [m.published for m in ordered if m.published]
    docs = {m.event.doc for m in ordered}
    outlets = {(m.outlet or "").casefold() or f"doc:{m.event.doc}" for m in ordered}
    return Summary(
        rep=replace(rep, confidence=_confidence(ordered)),
        first_reported=min(published) if published else None,
        sources=len(docs),
        outlets=len(outlets),
        confidence=_confidence(ordered),
        conflicts=_conflicts(ordered, canon),
    )


def to_fused(fused_id: str, summary: Summary, mentions: Sequence[MentionRef]) -> FusedEvent:
    ordered = sorted(mentions, key=lambda m: (m.published or "9999", m.doc, m.start))
    return FusedEvent(
        id=fused_id,
        event=summary.rep,
        mentions=tuple(ordered),
        first_reported=summary.first_reported,
        sources=summary.sources,
        conflicts=summary.conflicts,
    )


def mention_ref(member: Member) -> MentionRef:
    e = member.event
    return MentionRef(
        doc=e.doc,
        sentence=e.evidence.sentence,
        start=e.evidence.start,
        end=e.evidence.end,
        date=e.date.value,
        precision=str(e.date.precision) if e.date.precision else None,
        published=member.published,
        attrs=dict(e.attrs),
    )


def _fill(rep: Event, other: Event) -> Event:
    """Fill what the representative lacks from another mention; never overwrite."""
    return replace(
        rep,
        source=merge_actor(rep.source, other.source),
        target=merge_actor(rep.target, other.target),
        planned_for=rep.planned_for or other.planned_for,
        attrs=dict(other.attrs) | dict(rep.attrs),
    )


def _confidence(members: Sequence[Member]) -> float:
    """Noisy-or over articles; a second article from the same outlet counts half."""
    per_doc: dict[str, tuple[str, float]] = {}
    for m in members:
        outlet = (m.outlet or "").casefold() or f"doc:{m.event.doc}"
        old = per_doc.get(m.event.doc, (outlet, 0.0))[1]
        per_doc[m.event.doc] = (outlet, max(old, m.event.confidence))
    miss, seen = 1.0, set()
    for _doc, (outlet, conf) in sorted(per_doc.items(), key=lambda kv: -kv[1][1]):
        weight = 1.0 if outlet not in seen else _SAME_OUTLET_WEIGHT
        seen.add(outlet)
        miss *= 1.0 - min(max(conf, 0.0), 1.0) * weight
    return round(min(1.0 - miss, 0.99) if len(per_doc) > 1 else 1.0 - miss, 3)


def _conflicts(members: Sequence[Member], canon: Canon) -> tuple[str, ...]:
    out = []
    for attr in CONFLICT_ATTRS:
        groups: dict[str, tuple[str, list[str]]] = {}
        for m in members:
            value = m.event.attrs.get(attr)
            if value is None or value == "":
                continue
            key = canon(str(value)) if attr in ("weapon", "vehicle") else str(value).casefold()
            shown, docs = groups.setdefault(key, (str(value), []))
            if m.event.doc not in docs:
                docs.append(m.event.doc)
        if len(groups) > 1:
            parts = [f"{shown} ({', '.join(docs)})" for shown, docs in groups.values()]
            out.append(f"{attr}: " + " vs ".join(parts))
    return tuple(out)
