"""The event store: open a database, ingest documents idempotently, answer queries.

Needs: a database URL (`sqlite:///PATH`, `sqlite://` in memory, `postgresql+psycopg://...`).
Adds: nothing to the documents; it stores articles, events and fused events and returns them
as models (`Article`, `Event`, `FusedEvent`). The schema is created or upgraded on connect
(`migrations.py`). Errors are `StoreError`s with a one-line message naming the URL.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

from peninsula.errors import StoreError
from peninsula.fuse.match import Canon, make_canon
from peninsula.fuse.merge import mention_ref
from peninsula.models import Article, Document, Event, FusedEvent, Skipped
from peninsula.settings import Settings
from peninsula.store.ingest import IngestReport, chunks, ingest, load_members
from peninsula.store.migrations import upgrade
from peninsula.store.schema import articles, events, fused_events, row_article, row_event

log = logging.getLogger(__name__)

_HINT = "use sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/DB"


class Repository:
    """A connection to one database holding articles, events and fused events."""

    def __init__(self, url: str, settings: Settings | None = None, gazetteer: Any = None) -> None:
        self.settings = settings or Settings()
        self.engine, self.url = open_engine(url)
        self._gazetteer = gazetteer
        self._canon: Canon | None = None
        try:
            with self.engine.begin() as conn:
                upgrade(conn)
        except sa.exc.SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open database {self.url}: {_first_line(exc)}") from None

    # ---- writing -------------------------------------------------------------------

    def ingest(
        self, docs: Iterable[Document | Skipped], batch_size: int | None = None
    ) -> IngestReport:
        """Store documents and fuse their events; running it twice stores nothing twice.

        Each batch is one transaction, so an interruption loses at most the batch in
        progress and a rerun finishes the job. `Skipped` items are collected in the report.
        """
        size = batch_size or self.settings.batch_size
        try:
            return ingest(self.engine, docs, size, self.settings.fuse_day_window, self.canon)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot write to {self.url}: {_first_line(exc)}") from None

    @property
    def canon(self) -> Canon:
        """Weapon names through the gazetteer when it loads, else folded spelling."""
        if self._canon is None:
            gazetteer = self._gazetteer
            if gazetteer is None:
                try:
                    from peninsula.knowledge.gazetteer import load_gazetteer

                    gazetteer = load_gazetteer()
                except Exception as exc:  # fusion still works on folded spellings
                    log.debug("no gazetteer for weapon names: %s", exc)
            self._canon = make_canon(gazetteer)
        return self._canon

    # ---- reading -------------------------------------------------------------------

    def fused_events(
        self,
        kind: str | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        q: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[FusedEvent]:
        """Fused events by date (undated last), filtered; `since`/`until` are ISO prefixes."""
        query = _filtered(sa.select(fused_events), kind, actor, since, until, q)
        query = query.order_by(fused_events.c.date.asc().nulls_last(), fused_events.c.id)
        query = query.offset(offset or None).limit(limit)
        with self.engine.connect() as conn:
            return _fused(conn, list(conn.execute(query)))

    def count_fused_events(
        self,
        kind: str | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        q: str | None = None,
    ) -> int:
        query = _filtered(
            sa.select(sa.func.count()).select_from(fused_events), kind, actor, since, until, q
        )
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar() or 0)

    def given_ids(self) -> dict[str, str]:
        """Stored article id -> the id its source gave, for articles whose id was repeated."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(articles.c.id, articles.c["metadata"]))
            return {i: m["given_id"] for i, m in rows if m and m.get("given_id")}

    def iter_fused_events(self, batch_size: int = 1000) -> Iterator[FusedEvent]:
        """Every fused event, in id order, fetched page by page (for exports)."""
        last = ""
        while True:
            query = (
                sa.select(fused_events)
                .where(fused_events.c.id > last)
                .order_by(fused_events.c.id)
                .limit(batch_size)
            )
            with self.engine.connect() as conn:
                page = _fused(conn, list(conn.execute(query)))
            if not page:
                return
            yield from page
            last = page[-1].id

    def fused_event(self, id: str) -> FusedEvent | None:
        with self.engine.connect() as conn:
            rows = list(conn.execute(sa.select(fused_events).where(fused_events.c.id == id)))
            found = _fused(conn, rows)
        return found[0] if found else None

    def article(self, id: str) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == id)).first()
        return row_article(row) if row else None

    def articles(
        self, limit: int | None = None, offset: int = 0, q: str | None = None
    ) -> list[Article]:
        """Articles, newest first; `q` is a case-insensitive substring of title or text."""
        query = sa.select(articles)
        if q:
            query = query.where(
                sa.or_(
                    articles.c.title.icontains(q, autoescape=True),
                    articles.c.text.icontains(q, autoescape=True),
                )
            )
        query = query.order_by(articles.c.published.desc().nulls_last(), articles.c.id)
        with self.engine.connect() as conn:
            rows = conn.execute(query.offset(offset or None).limit(limit))
            return [row_article(r) for r in rows]

    def not_stored(
        self, items: Iterable[Article | Skipped], unchanged: list[str]
    ) -> Iterator[Article | Skipped]:
        """The items that are not stored already with the same text; their ids go to `unchanged`.

        Run before extraction, so that reading a feed again costs no extraction of what it
        already held (storing skips unchanged articles anyway).
        """
        # asked a batch at a time: a store of millions is never held in memory, and a
        # batch costs one query
        stream = iter(items)
        while batch := list(islice(stream, self.settings.batch_size)):
            ids = [item.id for item in batch if isinstance(item, Article)]
            with self.engine.connect() as conn:
                query = sa.select(articles.c.id, articles.c.content_hash)
                known = dict(conn.execute(query.where(articles.c.id.in_(ids))).all())
            for item in batch:
                if isinstance(item, Article) and known.get(item.id) == item.content_hash:
                    unchanged.append(item.id)
                    continue
                yield item

    def publication_days(self, words: Iterable[str]) -> set[date]:
        """Days on which an article with a word starting with one of `words` was published.

        Any case; "missile" finds "missiles", "line" does not find "online".
        """
        words = [w for w in words if w]
        if not words:
            return set()
        starts = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")", re.IGNORECASE)
        candidates = [articles.c.text.icontains(w, autoescape=True) for w in words]
        query = sa.select(articles.c.published, articles.c.text).where(
            sa.or_(*candidates), articles.c.published.is_not(None)
        )
        with self.engine.connect() as conn:
            return {
                date.fromisoformat(str(row.published)[:10])
                for row in conn.execute(query)
                if starts.search(row.text or "")
            }

    def events_of_article(self, id: str) -> list[Event]:
        query = sa.select(events).where(events.c.article_id == id).order_by(events.c.seq)
        with self.engine.connect() as conn:
            return [row_event(r, id) for r in conn.execute(query)]

    def counts(self) -> dict[str, Any]:
        """Rows per table and fused events per kind."""
        with self.engine.connect() as conn:

            def count(table: sa.Table) -> int:
                return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar())

            by_kind = conn.execute(
                sa.select(fused_events.c.kind, sa.func.count())
                .group_by(fused_events.c.kind)
                .order_by(fused_events.c.kind)
            )
            return {
                "articles": count(articles),
                "events": count(events),
                "fused_events": count(fused_events),
                "by_kind": {kind: int(n) for kind, n in by_kind},
            }

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_engine(url: str) -> tuple[sa.Engine, str]:
    """An engine for a SQLite or PostgreSQL URL, and the URL as shown in messages."""
    try:
        parsed = make_url(url)
    except (sa.exc.ArgumentError, ValueError, TypeError):
        raise StoreError(f"bad database URL {url!r}: {_HINT}") from None
    backend = parsed.get_backend_name()
    if backend == "postgres":  # a common spelling that SQLAlchemy rejects
        parsed, backend = parsed.set(drivername="postgresql+psycopg"), "postgresql"
    elif parsed.drivername == "postgresql":  # psycopg 3 is the installed driver
        parsed = parsed.set(drivername="postgresql+psycopg")
    shown = parsed.render_as_string(hide_password=True)
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(f"unsupported database {shown!r}: {_HINT}")
    kwargs: dict[str, Any] = {}
    if backend == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
        else:
            try:
                Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the folder for {shown}: {exc.strerror}") from None
    else:
        kwargs["connect_args"] = {"connect_timeout": 10}
    try:
        engine = sa.create_engine(parsed, **kwargs)
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"cannot use database {shown}: {_first_line(exc)}; {_HINT}") from None
    if backend == "sqlite":
        _sqlite_transactions(engine)
    return engine, shown


def _sqlite_transactions(engine: sa.Engine) -> None:
    """Make SQLite transactions real, DDL included (the sqlite3 module defers BEGIN)."""

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN")


def _filtered(
    query: sa.Select,
    kind: str | None,
    actor: str | None,
    since: str | None,
    until: str | None,
    q: str | None,
) -> sa.Select:
    f = fused_events.c
    if kind:
        query = query.where(f.kind == kind)
    if actor:
        code = actor.upper()
        matches = []
        for col in (f.source_code, f.target_code):
            matches += [col == code, col.startswith(code + ";"), col.endswith(";" + code)]
            matches.append(col.contains(";" + code + ";"))
        for col in (f.source_name, f.target_name):
            matches.append(col.icontains(actor, autoescape=True))
        query = query.where(sa.or_(*matches))
    # a coarse date ("2021-09") counts as inside a range that touches its month
    if since:
        query = query.where(sa.or_(f.date >= since, sa.literal(since).startswith(f.date)))
    if until:
        query = query.where(sa.or_(f.date <= until, f.date.startswith(until)))
    if q:
        said = sa.select(events.c.fused_id).where(
            events.c.evidence_sentence.icontains(q, autoescape=True)
        )
        query = query.where(
            sa.or_(
                f.id.in_(said),
                f.source_name.icontains(q, autoescape=True),
                f.target_name.icontains(q, autoescape=True),
            )
        )
    return query


def _fused(conn: sa.Connection, rows: list[Any]) -> list[FusedEvent]:
    """Models for fused rows, their mentions fetched in one query per chunk."""
    members: dict[str, list[Any]] = {}
    for part in chunks([r.id for r in rows]):
        members.update(load_members(conn, part))
    out = []
    for row in rows:
        mentions = sorted(
            (mention_ref(m) for m in members.get(row.id, [])),
            key=lambda m: (m.published or "9999", m.doc, m.start),
        )
        out.append(
            FusedEvent(
                id=row.id,
                event=row_event(row, row.evidence_doc or ""),
                mentions=tuple(mentions),
                first_reported=row.first_reported,
                sources=row.sources,
                conflicts=tuple(row.conflicts or ()),
            )
        )
    return out


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    return text[0] if text else type(orig).__name__
