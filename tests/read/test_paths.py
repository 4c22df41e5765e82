"""read/__init__.py: dispatch by path kind, --published filling, Skipped for every problem."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from peninsula.models import Article, Skipped
from peninsula.read import SUPPORTED_SUFFIXES, read_paths

RESOURCES = Path(__file__).parent / "resources"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "nested").mkdir()
    (tmp_path / "a.txt").write_text("Seoul said talks would resume.")
    (tmp_path / "b" / "c.jsonl").write_text(
        json.dumps({"id": "j1", "text": "One.", "published": "2020-06-16"}) + "\n"
    )
    (tmp_path / "b" / "nested" / "d.txt").write_text("Pyongyang said no.")
    (tmp_path / "b" / "notes.md").write_text("ignored")
    (tmp_path / ".hidden.txt").write_text("ignored too")
    shutil.copy(RESOURCES / "news.atom", tmp_path / "b" / "z.atom")
    return tmp_path


def test_directory_is_read_recursively_in_order(tree):
    ids = [item.id for item in read_paths([str(tree)])]
    assert ids == ["a", "j1", "d", "urn:example:hotline", "urn:example:statement"]


def test_published_fills_only_missing_dates(tree):
    items = {a.id: a for a in read_paths([str(tree)], published=date(2021, 9, 30))}
    assert (items["a"].published, items["a"].published_how) == (date(2021, 9, 30), "user")
    assert (items["j1"].published, items["j1"].published_how) == (date(2020, 6, 16), "metadata")


def test_header_date_is_not_overridden(shared):
    [article] = read_paths([str(shared / "seeds/000_96b0e9d7105981fe.txt")], date(2021, 1, 1))
    assert (article.published, article.published_how) == (date(2023, 12, 31), "header")


def test_directory_without_supported_files(tmp_path):
    (tmp_path / "readme.md").write_text("nothing")
    [item] = list(read_paths([str(tmp_path)]))
    assert item == Skipped(
        str(tmp_path),
        f"no supported files in directory (supported: {', '.join(SUPPORTED_SUFFIXES)})",
    )
    assert ".jsonl.gz" in item.reason


def test_missing_path_does_not_stop_reading(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Kim met Moon.")
    items = list(read_paths([str(tmp_path / "nope.txt"), str(good)]))
    assert items[0] == Skipped(str(tmp_path / "nope.txt"), "no such file or directory")
    assert isinstance(items[1], Article) and items[1].id == "good"


def test_unsupported_file(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4 ...")
    [item] = list(read_paths([str(path)]))
    assert isinstance(item, Skipped)
    assert item.reason.startswith("unsupported file type; supported: .txt")


def test_feed_is_sniffed_whatever_its_name(tmp_path):
    path = tmp_path / "download.dat"
    shutil.copy(RESOURCES / "news.rss", path)
    items = list(read_paths([str(path)]))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Skipped", "Skipped"]


def test_every_kind_dispatches(tmp_path):
    shutil.copy(RESOURCES / "page.html", tmp_path / "page.htm")
    shutil.copy(RESOURCES / "news.rss", tmp_path / "news.xml")
    kinds = {
        type(i).__name__ + ":" + (i.id if isinstance(i, Article) else "")
        for i in read_paths([str(tmp_path)])
    }
    assert "Article:page" in kinds
    assert "Article:https://example.org/news/1" in kinds


class _Response:
    def __init__(self, data: bytes) -> None:
        self._data = data

    def read(self) -> bytes:
        return self._data

    def __enter__(self) -> _Response:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def test_url_is_fetched_and_read_as_feed(monkeypatch):
    data = (RESOURCES / "news.atom").read_bytes()
    seen = []

    def fake_urlopen(request, timeout):
        seen.append(request.full_url)
        return _Response(data)

    monkeypatch.setattr("urllib.request.urlopen", fake_urlopen)
    items = list(read_paths(["https://example.org/feed.atom"], published=date(2021, 1, 1)))
    assert seen == ["https://example.org/feed.atom"]
    assert [a.id for a in items] == ["urn:example:hotline", "urn:example:statement"]
    assert items[0].published == date(2021, 10, 4)


def test_url_that_fails_is_skipped(monkeypatch):
    def fail(request, timeout):
        raise OSError("network is unreachable")

    monkeypatch.setattr("urllib.request.urlopen", fail)
    [item] = list(read_paths(["http://example.org/rss"]))
    assert item == Skipped("http://example.org/rss", "cannot fetch: network is unreachable")


def test_url_serving_html_is_read_as_one_article(monkeypatch):
    data = (RESOURCES / "page.html").read_bytes()
    monkeypatch.setattr("urllib.request.urlopen", lambda request, timeout: _Response(data))
    [item] = list(read_paths(["https://example.org/news/cruise-missile"]))
    assert isinstance(item, Article)
    assert item.id == "cruise-missile"
    assert item.published == date(2021, 9, 13)
