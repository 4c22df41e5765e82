"""Read documents from paths and URLs into `Article`s.

Needs: file paths, directories or http(s) feed URLs. Adds: a stream of cleaned `Article`s, and
a `Skipped` (document, one-line reason) for every document that cannot be read; reading goes
on after a bad document and never raises for one.

Dispatch: a directory is walked (recursively, sorted) for supported files; `.txt` -> text.py,
`.html`/`.htm` -> html.py, `.jsonl`/`.jsonl.gz` -> jsonl.py, `.xml`/`.rss`/`.atom`, URLs and any
file whose content sniffs as RSS/Atom -> feed.py. `published` (the user's `--published`) fills
the date of articles that carry none; it never overrides a date an article carries.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from peninsula.models import Article, Skipped
from peninsula.read.clean import Cleaned, clean_text, to_raw_offset
from peninsula.read.dates import parse_published

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Cleaned",
    "clean_text",
    "parse_published",
    "read_path",
    "read_paths",
    "to_raw_offset",
]

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES


def read_paths(
    paths: Sequence[str | os.PathLike[str]], published: date | None = None
) -> Iterator[Article | Skipped]:
    """Every article in `paths`, in order; problems come out as `Skipped` items."""
    for item in paths:
        for result in read_path(item):
            if published is not None and isinstance(result, Article) and result.published is None:
                result = replace(result, published=published, published_how="user")
            yield result


def read_path(item: str | os.PathLike[str]) -> Iterator[Article | Skipped]:
    """The articles of one path or URL (no `--published` filling)."""
    name = os.fspath(item)
    if name.startswith(("http://", "https://")):
        from peninsula.read.feed import read_feed_url

        yield from read_feed_url(name)
        return
    path = Path(name)
    try:
        if path.is_dir():
            yield from _read_directory(path)
            return
        if not path.exists():
            yield Skipped(name, "no such file or directory")
            return
    except OSError as exc:
        yield Skipped(name, f"cannot access: {exc.strerror or exc}")
        return
    yield from _read_file(path)


def _read_directory(root: Path) -> Iterator[Article | Skipped]:
    found = False
    for path in _walk(root):
        found = True
        yield from _read_file(path)
    if not found:
        yield Skipped(
            str(root),
            f"no supported files in directory (supported: {', '.join(SUPPORTED_SUFFIXES)})",
        )


def _walk(root: Path) -> Iterator[Path]:
    """Supported files below `root`, sorted by path; hidden files and folders are passed by."""
    try:
        entries = sorted(root.iterdir(), key=lambda p: p.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.name.lower().endswith(SUPPORTED_SUFFIXES):
            yield entry


def _read_file(path: Path) -> Iterator[Article | Skipped]:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        from peninsula.read.jsonl import read_jsonl

        yield from read_jsonl(path)
    elif name.endswith(TEXT_SUFFIXES):
        from peninsula.read.text import read_text_file

        yield read_text_file(path)
    elif name.endswith(HTML_SUFFIXES):
        from peninsula.read.html import read_html_file

        yield read_html_file(path)
    else:
        from peninsula.read.feed import looks_like_feed, read_feed_file

        if name.endswith(FEED_SUFFIXES) or looks_like_feed(path):
            yield from read_feed_file(path)
        else:
            yield Skipped(
                str(path),
                f"unsupported file type; supported: {', '.join(SUPPORTED_SUFFIXES)} "
                "or an RSS/Atom feed",
            )
