"""Exports of fused events: JSON lines, CSV and Parquet carry the same fields."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from peninsula.errors import StoreError
from peninsula.store import Repository, export_fused_events

from .builders import doc, ev
from .test_repository import corpus

EXTRACT_FIELDS = [
    "doc", "kind", "modality", "source", "target", "date", "precision", "date_basis",
    "planned_for", "attrs", "plover", "quad", "intensity", "evidence", "confidence",
]  # fmt: skip
FIELDS = EXTRACT_FIELDS + ["id", "mentions", "first_reported", "sources", "conflicts"]


@pytest.fixture
def repo(db_url):
    r = Repository(db_url)
    r.ingest(corpus())
    yield r
    r.close()


def _expected(repo):
    return sorted((f.to_dict() for f in repo.fused_events()), key=lambda d: d["id"])


def test_jsonl_round_trips(repo, tmp_path):
    path = tmp_path / "events.jsonl"
    assert export_fused_events(repo, "jsonl", path) == 4
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(list(r) == FIELDS for r in records)
    assert records == _expected(repo)
    launch = next(r for r in records if r["kind"] == "missile_launch")
    assert launch["mentions"] == ["kcna-1", "nk-3", "yonhap-2"]


def test_csv_encodes_nested_fields_as_json(repo):
    out = io.BytesIO()
    export_fused_events(repo, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"))))
    assert list(rows[0]) == FIELDS
    expected = _expected(repo)
    for row, want in zip(rows, expected, strict=True):
        assert json.loads(row["mentions"]) == want["mentions"]
        assert json.loads(row["attrs"]) == want["attrs"]
        assert json.loads(row["source"]) == want["source"]
        assert row["date"] == (want["date"] or "")


def test_parquet_keeps_structs_and_lists(repo, tmp_path):
    path = tmp_path / "events.parquet"
    export_fused_events(repo, "parquet", path)
    table = pq.read_table(path)
    assert table.column_names == FIELDS
    records = table.to_pylist()
    for record in records:
        record["attrs"] = json.loads(record["attrs"])
    assert records == _expected(repo)


def test_text_stream_and_bad_format(repo):
    out = io.StringIO()
    export_fused_events(repo, "jsonl", out)
    assert len(out.getvalue().splitlines()) == 4
    with pytest.raises(StoreError, match="unknown export format"):
        export_fused_events(repo, "xml", out)
    with pytest.raises(StoreError, match="binary"):
        export_fused_events(repo, "parquet", io.StringIO())


def test_empty_store_exports_headers_only(sqlite_url, tmp_path):
    with Repository(sqlite_url) as repo:
        export_fused_events(repo, "parquet", tmp_path / "e.parquet")
        assert pq.read_table(tmp_path / "e.parquet").num_rows == 0
        assert export_fused_events(repo, "csv", tmp_path / "e.csv") == 0
    assert (tmp_path / "e.csv").read_text().strip() == ",".join(FIELDS)


def test_many_events_are_paged(sqlite_url):
    with Repository(sqlite_url) as repo:
        days = [f"2022-{m:02d}-{d:02d}" for m in range(1, 13) for d in (1, 10, 20)]
        repo.ingest(doc(f"d{i}", ev(when=day)) for i, day in enumerate(days))
        out = io.StringIO()
        export_fused_events(repo, "jsonl", out)
        assert len(out.getvalue().splitlines()) == len(days) == repo.count_fused_events()
        paged = [f.id for f in repo.iter_fused_events(batch_size=5)]
        assert paged == sorted(set(paged)) and len(paged) == len(days)
