"""read/jsonl.py: one article per line; every bad line is a Skipped named path:line."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from peninsula.models import Article, Skipped
from peninsula.read.jsonl import read_jsonl

GOOD = {
    "id": "a1",
    "text": "Kim Jong Un visited a farm.",
    "title": "Farm visit",
    "published": "2021-09-29",
    "url": "https://example.org/a1",
    "source": "KCNA",
    "lang": "en",
}


def _write(tmp_path: Path, lines: list[str], name: str = "articles.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_fields_and_metadata(tmp_path):
    [article] = list(read_jsonl(_write(tmp_path, [json.dumps(GOOD)])))
    assert isinstance(article, Article)
    assert article.id == "a1"
    assert article.title == "Farm visit"
    assert article.published == date(2021, 9, 29)
    assert article.published_how == "metadata"
    assert (article.url, article.source) == ("https://example.org/a1", "KCNA")
    assert article.metadata == {"lang": "en"}
    assert article.path.endswith("articles.jsonl:1")


def test_missing_id_uses_stem_and_line(tmp_path):
    lines = ["", json.dumps({"text": "First."}), json.dumps({"id": "", "text": "Second."})]
    ids = [a.id for a in read_jsonl(_write(tmp_path, lines, "feed.jsonl"))]
    assert ids == ["feed-2", "feed-3"]


def test_datetime_with_zone_is_korean_date(tmp_path):
    record = {"text": "Text.", "published": "2021-09-29T20:00:00-05:00"}
    [article] = list(read_jsonl(_write(tmp_path, [json.dumps(record)])))
    assert article.published == date(2021, 9, 30)


def test_text_is_cleaned_and_raw_kept(tmp_path):
    record = {"text": "ComradeKim Jong Unsaid so.\n,  He left."}
    [article] = list(read_jsonl(_write(tmp_path, [json.dumps(record)])))
    assert article.text == "Comrade Kim Jong Un said so.\nHe left."
    assert article.raw == record["text"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "{not json",
            "not valid JSON: Expecting property name enclosed in double quotes at column 2",
        ),
        ("[1, 2]", "not a JSON object but a list"),
        (json.dumps({"id": "x"}), "no non-empty 'text' field"),
        (json.dumps({"id": "x", "text": "   "}), "no non-empty 'text' field"),
        (json.dumps({"id": "x", "text": 5}), "no non-empty 'text' field"),
        (
            json.dumps({"id": "x", "text": "T.", "published": "last week"}),
            "unparsable published value 'last week'; use an ISO date YYYY-MM-DD",
        ),
        (
            json.dumps({"id": "x", "text": "T.", "published": "1850-01-01"}),
            "implausible published date '1850-01-01'",
        ),
    ],
)
def test_bad_line_is_skipped_and_reading_goes_on(tmp_path, line, reason):
    path = _write(tmp_path, [json.dumps(GOOD), line, json.dumps({**GOOD, "id": "a3"})])
    first, bad, last = list(read_jsonl(path))
    assert (first.id, last.id) == ("a1", "a3")
    assert isinstance(bad, Skipped)
    assert bad.document == f"{path}:2"
    assert bad.reason.startswith(reason)


def test_non_utf8_line(tmp_path):
    path = tmp_path / "latin.jsonl"
    path.write_bytes(b'{"text": "caf\xe9"}\n' + json.dumps(GOOD).encode() + b"\n")
    bad, good = list(read_jsonl(path))
    assert bad == Skipped(f"{path}:1", "not UTF-8 (byte 0xe9); convert the file to UTF-8")
    assert good.id == "a1"


def test_gzip_file(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": "One."}) + "\n" + json.dumps({"text": "Two."}) + "\n")
    assert [a.id for a in read_jsonl(path)] == ["corpus-1", "corpus-2"]


def test_truncated_gzip_keeps_what_was_read(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress(
        ("".join(json.dumps({"text": f"Line {i}."}) + "\n" for i in range(2000))).encode()
    )
    path.write_bytes(data[: len(data) // 2])
    items = list(read_jsonl(path))
    assert isinstance(items[-1], Skipped)
    assert items[-1].reason.startswith("cannot read compressed data")
    assert all(isinstance(i, Article) for i in items[:-1]) and len(items) > 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"\n  \n", "empty file"),
        (b"\x00\x01binary", "binary file, not JSON lines; convert it to UTF-8 text"),
    ],
)
def test_bad_files(tmp_path, content, reason):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    assert list(read_jsonl(path)) == [Skipped(str(path), reason)]


def test_not_gzip_despite_suffix(tmp_path):
    path = tmp_path / "fake.jsonl.gz"
    path.write_bytes(b'{"text": "plain"}\n')
    [item] = list(read_jsonl(path))
    assert isinstance(item, Skipped) and item.reason.startswith("cannot read compressed data")


def test_repeated_ids_are_made_unique(tmp_path):
    lines = [json.dumps({"id": "k", "text": t}) for t in ("One.", "Two.", "Three.")]
    articles = list(read_jsonl(_write(tmp_path, lines)))
    assert [a.id for a in articles] == ["k", "k-2", "k-3"]
    assert articles[1].metadata == {"given_id": "k"}


def test_kcna_2011_2012_reads_without_skips(shared):
    from itertools import islice

    path = shared / "data/kcna-2011-2012/articles.jsonl.gz"
    items = list(islice(read_jsonl(path), 3000))
    assert all(isinstance(i, Article) for i in items)
    assert not any(t.startswith(",") or "\n," in t for t in (a.text for a in items))
    assert all(a.published is not None for a in items)
    # nothing in a state-media archive is a caption, a tag line or a share prompt
    assert sum(bool(a.removed) for a in items) == 0


def test_kcna_2024_glued_names_are_repaired(shared):
    items = list(read_jsonl(shared / "data/kcna-2024-dev/articles.jsonl"))
    assert all(isinstance(i, Article) for i in items) and len(items) == 160
    assert len({a.id for a in items}) == 160
    texts = "\n".join(a.text for a in items)
    assert "ComradeKim" not in texts and "Jong Unvisited" not in texts
    assert "Comrade Kim Jong Un" in texts
