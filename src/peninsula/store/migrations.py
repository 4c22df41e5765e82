"""Create and upgrade the database schema when a repository connects.

Needs: an open SQLAlchemy connection inside a transaction. Adds: the tables of `schema.py`.
An equivalent of Alembic, kept small: `MIGRATIONS` is an ordered list of numbered steps; each
applied step is recorded as a row of `schema_version`. On connect, every step above the
highest recorded version runs, in order, in one transaction (on SQLite too, see
`repository._sqlite_transactions`), so a failed upgrade leaves the old schema intact.

Rules for a new step: append it with the next number; never edit a released step (steps
describe history, `schema.py` describes the present); use only SQL that SQLite and
PostgreSQL both accept; update `schema.py` to match. `tests/store/test_migrations.py`
checks that the steps build exactly the tables `schema.py` declares.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from peninsula.errors import StoreError
from peninsula.store.schema import now, schema_version


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sa.Connection], None]


def current_version(conn: sa.Connection) -> int:
    """The highest applied step, 0 for an empty database."""
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    found = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar()
    return int(found or 0)


def upgrade(conn: sa.Connection, target: int | None = None) -> list[int]:
    """Apply every pending step up to `target` (default: the latest); return those applied."""
    target = LATEST if target is None else target
    have = current_version(conn)
    if have > LATEST:
        raise StoreError(
            f"database schema version {have} is newer than this peninsula supports "
            f"({LATEST}); upgrade peninsula"
        )
    if have == 0:
        schema_version.create(conn, checkfirst=True)
    applied = []
    for step in MIGRATIONS:
        if have < step.version <= target:
            step.apply(conn)
            conn.execute(
                schema_version.insert().values(
                    version=step.version, description=step.description, applied_at=now()
                )
            )
            applied.append(step.version)
    return applied


# ---------------------------------------------------------------------------------------
# Step 1: the first tables, frozen as they were (not imported from schema.py).


def _v1_tables() -> sa.MetaData:
    md = sa.MetaData()

    def event_columns() -> list[sa.Column]:
        cols = [sa.Column("kind", sa.String, nullable=False)]
        cols.append(sa.Column("modality", sa.String, nullable=False))
        for side in ("source", "target"):
            cols += [
                sa.Column(f"{side}_code", sa.String),
                sa.Column(f"{side}_sector", sa.String),
                sa.Column(f"{side}_name", sa.Text),
            ]
        cols += [
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
        return cols

    sa.Table(
        "articles",
        md,
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
    )
    sa.Table(
        "fused_events",
        md,
        sa.Column("id", sa.String, primary_key=True),
        *event_columns(),
        sa.Column("evidence_doc", sa.String),
        sa.Column("first_reported", sa.String(10)),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("conflicts", sa.JSON),
        sa.Column("block_key", sa.String, nullable=False),
    )
    sa.Table(
        "events",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String, sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        *event_columns(),
        sa.Column("trigger", sa.Text),
        sa.Column("fused_id", sa.String, sa.ForeignKey("fused_events.id")),
    )
    return md


def _v1(conn: sa.Connection) -> None:
    _v1_tables().create_all(conn)


# Step 2: count distinct outlets and mentions per fused event (shown in lists and exports).
def _v2(conn: sa.Connection) -> None:
    for column in ("outlets", "mention_count"):
        conn.execute(sa.text(f"ALTER TABLE fused_events ADD COLUMN {column} INTEGER"))
    fused = sa.table(
        "fused_events",
        sa.column("id"),
        sa.column("sources"),
        sa.column("outlets"),
        sa.column("mention_count"),
    )
    ev = sa.table("events", sa.column("fused_id"))
    counted = sa.select(sa.func.count()).where(ev.c.fused_id == fused.c.id).scalar_subquery()
    conn.execute(fused.update().values({"outlets": fused.c.sources, "mention_count": counted}))


# Step 3: indexes for candidate lookup during fusion and for the query filters.
_V3_INDEXES = (
    ("ix_articles_published", "articles", "published"),
    ("ix_events_article", "events", "article_id"),
    ("ix_events_fused", "events", "fused_id"),
    ("ix_fused_block_key", "fused_events", "block_key"),
    ("ix_fused_kind_date", "fused_events", "kind, date"),
    ("ix_fused_date", "fused_events", "date"),
    ("ix_fused_source_code", "fused_events", "source_code"),
    ("ix_fused_target_code", "fused_events", "target_code"),
)


def _v3(conn: sa.Connection) -> None:
    for name, table, columns in _V3_INDEXES:
        conn.execute(sa.text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, events, fused_events", _v1),
    Migration(2, "fused_events.outlets and mention_count", _v2),
    Migration(3, "indexes for fusion lookup and queries", _v3),
)
LATEST = MIGRATIONS[-1].version
