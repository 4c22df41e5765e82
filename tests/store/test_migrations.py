"""Schema steps: a fresh database matches schema.py, an old one is upgraded in place."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from peninsula.errors import StoreError
from peninsula.store import Repository
from peninsula.store.migrations import LATEST, current_version, upgrade
from peninsula.store.repository import open_engine
from peninsula.store.schema import metadata, schema_version

from .builders import doc, ev


def _shape(engine: sa.Engine) -> dict[str, tuple[set[str], set[str]]]:
    inspector = sa.inspect(engine)
    return {
        table: (
            {c["name"] for c in inspector.get_columns(table)},
            {i["name"] for i in inspector.get_indexes(table)},
        )
        for table in inspector.get_table_names()
    }


def test_steps_build_exactly_the_declared_schema(db_url):
    Repository(db_url).close()
    engine, _ = open_engine(db_url)
    declared = {
        t.name: ({c.name for c in t.columns}, {i.name for i in t.indexes})
        for t in metadata.sorted_tables
    }
    assert _shape(engine) == declared
    with engine.connect() as conn:
        assert current_version(conn) == LATEST
        versions = conn.execute(sa.select(schema_version.c.version)).scalars().all()
    assert sorted(versions) == list(range(1, LATEST + 1))
    engine.dispose()


def test_version_1_database_is_upgraded_with_its_data(db_url):
    engine, _ = open_engine(db_url)
    with engine.begin() as conn:
        assert upgrade(conn, target=1) == [1]
        conn.execute(
            sa.text(
                "INSERT INTO articles (id, content_hash, text) VALUES ('old', 'h', 'Old text.')"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO fused_events (id, kind, modality, date, precision, date_basis,"
                " sources, block_key) VALUES ('fe-old', 'missile_launch', 'occurred',"
                " '2022-03-24', 'day', 'explicit', 1, 'missile_launch|occurred|2022-03')"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO events (article_id, seq, kind, modality, date, precision,"
                " date_basis, fused_id) VALUES ('old', 0, 'missile_launch', 'occurred',"
                " '2022-03-24', 'day', 'explicit', 'fe-old')"
            )
        )
    assert "outlets" not in {c["name"] for c in sa.inspect(engine).get_columns("fused_events")}
    engine.dispose()

    repo = Repository(db_url)  # upgrades on connect
    engine, _ = open_engine(db_url)
    with engine.connect() as conn:
        assert current_version(conn) == LATEST
        row = conn.execute(sa.text("SELECT outlets, mention_count FROM fused_events")).one()
    assert tuple(row) == (1, 1)
    engine.dispose()
    assert repo.article("old").text == "Old text."
    # the upgraded store keeps working: a new report joins the old fused event
    repo.ingest([doc("new", ev(when="2022-03-24"))])
    (fused,) = repo.fused_events()
    assert fused.id == "fe-old" and fused.sources == 2
    repo.close()


def test_newer_database_is_refused(sqlite_url):
    Repository(sqlite_url).close()
    engine, _ = open_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(
            schema_version.insert().values(
                version=LATEST + 1, description="future", applied_at=sa.func.now()
            )
        )
    engine.dispose()
    with pytest.raises(StoreError, match="newer than this peninsula"):
        Repository(sqlite_url)
