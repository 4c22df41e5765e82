"""Fixtures shared by every test module. Keep them small and obvious."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from peninsula.models import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PENINSULA_SHARED", ROOT.parent / "shared"))


@pytest.fixture
def shared() -> Path:
    """The shared data folder beside the project; tests that need it skip without it."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


def make_article(text: str, published: str | None = "2021-09-30", id: str = "t1") -> Article:
    return Article(id=id, text=text, published=date.fromisoformat(published) if published else None)


@pytest.fixture
def article_factory():
    return make_article


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


def _pg_url() -> str | None:
    return os.environ.get("PENINSULA_TEST_PG_URL")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path: Path) -> str:
    """Each storage test runs on a fresh SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    base = _pg_url()
    if not base:
        if os.environ.get("CI"):
            pytest.fail("PENINSULA_TEST_PG_URL must be set in CI")
        pytest.skip("PENINSULA_TEST_PG_URL not set")
    import uuid

    import sqlalchemy as sa

    name = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    yield base.rsplit("/", 1)[0] + "/" + name
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
