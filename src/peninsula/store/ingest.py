"""Store documents in batches and fuse their events into the stored fused events.

Needs: an engine whose schema is current, `Document`s with events. Adds: rows in
`articles`, `events` and `fused_events`. Each batch is one transaction: it reads which
articles are known (one query), replaces the events of changed articles, fetches the fused
events its events could join through their blocking keys (one query per batch), fuses in
memory, and writes with bulk inserts and updates. An unchanged article costs one lookup.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

import sqlalchemy as sa

from peninsula.fuse.match import (
    Canon,
    Cluster,
    Fuser,
    Member,
    cluster_key,
    members_of,
    new_cluster_id,
)
from peninsula.fuse.merge import Summary, summarise
from peninsula.models import Document, Skipped
from peninsula.store.schema import (
    article_row,
    articles,
    event_values,
    events,
    fused_events,
    row_event,
)

# Keep IN lists well below every driver's limit on bound parameters.
CHUNK = 500


@dataclass(slots=True)
class IngestReport:
    articles_added: int = 0
    articles_unchanged: int = 0
    articles_updated: int = 0
    events_added: int = 0
    fused_created: int = 0
    fused_updated: int = 0
    fused_removed: int = 0  # fused events left without mentions after an article changed
    skipped: list[Skipped] = field(default_factory=list)

    def add(self, other: IngestReport) -> None:
        for f in fields(self):
            if f.name != "skipped":
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def ingest(
    engine: sa.Engine,
    docs: Iterable[Document | Skipped],
    batch_size: int,
    window_days: int,
    canon: Canon,
) -> IngestReport:
    """Store every document; a batch is written whole or not at all."""
    report = IngestReport()
    created: set[str] = set()
    updated: set[str] = set()
    state = _State(Fuser(window_days, canon), canon)
    for batch in _batches(docs, max(1, batch_size), report.skipped):
        delta = IngestReport()
        with engine.begin() as conn:
            new_ids, changed_ids = _write_batch(conn, batch, state, delta)
        report.add(delta)  # counted only once the batch is committed
        created |= new_ids
        updated |= changed_ids
        state.trim()
    report.fused_created = len(created)
    report.fused_updated = len(updated - created)
    return report


@dataclass(slots=True)
class _State:
    """What one ingest run keeps between its batches, so that nothing is read twice.

    Stored clusters fetched for one batch stay in the fuser's index, and their mentions in
    `members`, updated after every write; this run is assumed to be the only writer.
    Both are dropped when they grow past `limit` clusters and reloaded on demand.
    """

    fuser: Fuser
    canon: Canon
    members: dict[str, list[Member]] = field(default_factory=dict)
    limit: int = 200_000

    def trim(self) -> None:
        if len(self.fuser) > self.limit:
            self.fuser = Fuser(self.fuser.window, self.canon)
            self.members = {}


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def load_members(conn: sa.Connection, fused_ids: Iterable[str]) -> dict[str, list[Member]]:
    """Every stored mention of these fused events, with its article's date and outlet."""
    out: dict[str, list[Member]] = defaultdict(list)
    query = sa.select(events, articles.c.published, articles.c.source.label("outlet")).join(
        articles, articles.c.id == events.c.article_id
    )
    for part in chunks(sorted(set(fused_ids))):
        rows = conn.execute(
            query.where(events.c.fused_id.in_(part)).order_by(events.c.article_id, events.c.seq)
        )
        for row in rows:
            published = row.published.isoformat() if row.published else None
            event = row_event(row, row.article_id)
            out[row.fused_id].append(Member(event, published, row.outlet, row.seq))
    return out


def _batches(
    docs: Iterable[Document | Skipped], size: int, skipped: list[Skipped]
) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in docs:
        if isinstance(doc, Skipped):
            skipped.append(doc)
            continue
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write_batch(
    conn: sa.Connection, docs: list[Document], state: _State, delta: IngestReport
) -> tuple[set[str], set[str]]:
    latest = {doc.id: doc for doc in docs}  # a repeated id within a batch: the last one wins
    known: dict[str, str] = {}
    for part in chunks(list(latest)):
        q = sa.select(articles.c.id, articles.c.content_hash).where(articles.c.id.in_(part))
        known.update((i, h) for i, h in conn.execute(q))
    new = [d for i, d in latest.items() if i not in known]
    changed = [d for i, d in latest.items() if i in known and known[i] != d.article.content_hash]
    delta.articles_unchanged += len(latest) - len(new) - len(changed)
    delta.articles_added += len(new)
    delta.articles_updated += len(changed)
    if not new and not changed:
        return set(), set()

    changed_ids = {d.id for d in changed}
    affected = _drop_old_events(conn, sorted(changed_ids))
    for fused_id in affected & set(state.members):
        state.members[fused_id] = [
            m for m in state.members[fused_id] if m.event.doc not in changed_ids
        ]
    if new:
        conn.execute(articles.insert(), [article_row(d.article) for d in new])
    for doc in changed:
        row = article_row(doc.article)
        conn.execute(articles.update().where(articles.c.id == row.pop("id")).values(row))

    fuser = state.fuser
    fuser.load = lambda keys: _load_clusters(conn, keys)
    pairs: list[tuple[Document, Member]] = []
    for doc in new + changed:
        published = doc.article.published.isoformat() if doc.article.published else None
        pairs += [(doc, m) for m in members_of(doc.events, published, doc.article.source)]
    fuser.prefetch(m.event for _, m in pairs)
    assigned = [fuser.add(m) for _, m in pairs]

    touched = {c.id: c for c in assigned}
    hashes = {d.id: d.article.content_hash for d in new + changed}
    _avoid_id_clashes(conn, touched, hashes, fuser)
    stored_ids = {i for i, c in touched.items() if c.stored} | affected
    unknown = stored_ids - set(state.members)
    state.members.update({i: [] for i in unknown})
    state.members.update(load_members(conn, unknown))

    inserts, updates, removed, settled = [], [], [], []
    for fused_id in sorted(set(touched) | affected):
        cluster = touched.get(fused_id)
        members = state.members.get(fused_id, []) + (cluster.new if cluster else [])
        if not members:
            removed.append(fused_id)
            continue
        summary = summarise(members, state.canon)
        row = _fused_row(fused_id, summary, len(members))
        (updates if fused_id in stored_ids else inserts).append(row)
        settled.append((fused_id, cluster, summary, members))
    if inserts:
        conn.execute(fused_events.insert(), inserts)
    if updates:
        _bulk_update(conn, updates)
    for part in chunks(removed):
        conn.execute(fused_events.delete().where(fused_events.c.id.in_(part)))
    delta.fused_removed += len(removed)

    rows = []
    for (doc, member), cluster in zip(pairs, assigned, strict=True):
        values = event_values(member.event)
        values.update(article_id=doc.id, seq=member.seq, trigger=member.event.trigger)
        values["fused_id"] = cluster.id
        rows.append(values)
    if rows:
        conn.execute(events.insert(), rows)
    delta.events_added += len(rows)

    # the cache follows the database; if the commit fails, the run stops with it
    for fused_id in removed:
        fuser.forget(fused_id)
        state.members.pop(fused_id, None)
    for fused_id, cluster, summary, members in settled:
        state.members[fused_id] = members
        # an affected cluster that got no new mention is settled too: its key may be loaded
        fuser.settle(cluster or Cluster(fused_id, summary.rep), summary.rep)
    return {r["id"] for r in inserts}, {r["id"] for r in updates}


def _drop_old_events(conn: sa.Connection, article_ids: list[str]) -> set[str]:
    """Delete the events of changed articles; return the fused events they belonged to."""
    affected: set[str] = set()
    for part in chunks(article_ids):
        q = sa.select(events.c.fused_id).where(events.c.article_id.in_(part)).distinct()
        affected |= {fid for (fid,) in conn.execute(q) if fid}
        conn.execute(events.delete().where(events.c.article_id.in_(part)))
    return affected


def _load_clusters(conn: sa.Connection, keys: set[str]) -> list[Cluster]:
    out = []
    for part in chunks(sorted(keys)):
        for row in conn.execute(sa.select(fused_events).where(fused_events.c.block_key.in_(part))):
            out.append(Cluster(row.id, row_event(row, row.evidence_doc or ""), stored=True))
    return out


def _avoid_id_clashes(
    conn: sa.Connection, touched: dict[str, Cluster], hashes: dict[str, str], fuser: Fuser
) -> None:
    """Rename new clusters whose id is taken (an article edited back to an older text)."""
    fresh = [c for c in touched.values() if not c.stored]
    taken: set[str] = set()
    for part in chunks([c.id for c in fresh]):
        taken |= set(
            conn.execute(sa.select(fused_events.c.id).where(fused_events.c.id.in_(part))).scalars()
        )
    for cluster in fresh:
        if cluster.id not in taken:
            continue
        fuser.forget(cluster.id)
        first = cluster.new[0]
        salt = 0
        while cluster.id in taken or cluster.id in touched:
            salt += 1
            cluster.id = new_cluster_id(
                first.event, first.seq, f"{hashes.get(first.event.doc)}{salt}"
            )
            taken |= set(
                conn.execute(
                    sa.select(fused_events.c.id).where(fused_events.c.id == cluster.id)
                ).scalars()
            )
        touched[cluster.id] = cluster
    for old in [i for i, c in touched.items() if c.id != i]:
        del touched[old]


def _fused_row(fused_id: str, s: Summary, mention_count: int) -> dict[str, Any]:
    row = event_values(s.rep)
    row.update(
        id=fused_id,
        evidence_doc=s.rep.doc,
        first_reported=s.first_reported,
        sources=s.sources,
        outlets=s.outlets,
        confidence=s.confidence,
        conflicts=list(s.conflicts),
        block_key=cluster_key(s.rep),
        mention_count=mention_count,
    )
    return row


def _bulk_update(conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
    names = [k for k in rows[0] if k != "id"]
    stmt = (
        fused_events.update()
        .where(fused_events.c.id == sa.bindparam("_id"))
        .values({name: sa.bindparam(f"v_{name}") for name in names})
    )
    conn.execute(stmt, [{"_id": r["id"], **{f"v_{n}": r[n] for n in names}} for r in rows])
