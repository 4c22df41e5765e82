"""Read JSON lines (optionally gzip-compressed): one article per line.

Needs: a `.jsonl` or `.jsonl.gz` path. Adds: one `Article` per line, streamed, so a corpus of
any size is never held in memory.

Fields: `id` (else "<file stem>-<line>"), `text` (required), `title`, `published` (ISO date or
datetime), `url`, `source`; any other field is kept in `Article.metadata`. A bad line becomes a
`Skipped` named "path:line" and the lines after it are still read. An id repeated within a
file gets "-<line>" appended (the given id stays in metadata["given_id"]).
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from peninsula.errors import DateError
from peninsula.models import Article, Skipped
from peninsula.read.clean import clean_text
from peninsula.read.dates import parse_published

KNOWN_FIELDS = frozenset({"id", "text", "title", "published", "url", "source"})


def read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    """Each line of a JSONL file as an `Article`, or a `Skipped` naming "path:line"."""
    gz = path.name.endswith(".gz")
    try:
        handle: IO[bytes] = gzip.open(path, "rb") if gz else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield Skipped(str(path), f"cannot read file: {exc.strerror or exc}")
        return
    stem = _stem(path)
    seen = False
    ids: set[str] = set()  # ids already given in this file: only ids, never texts, are kept
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if number == 1 and b"\x00" in line[:8192]:
                    yield Skipped(
                        str(path), "binary file, not JSON lines; convert it to UTF-8 text"
                    )
                    return
                if not line.strip():
                    continue
                seen = True
                item = record_to_article(line, f"{stem}-{number}", f"{path}:{number}")
                if isinstance(item, Article):
                    item = _unique_id(item, ids, number)
                yield item
        except (OSError, EOFError, zlib.error) as exc:
            # a truncated or corrupt gzip stream: what was read is kept, the rest is skipped
            yield Skipped(str(path), f"cannot read compressed data: {exc}")
            return
    if not seen:
        yield Skipped(str(path), "empty file")


def record_to_article(line: bytes | str, default_id: str, where: str) -> Article | Skipped:
    """One JSON line as an `Article`; `where` ("path:line") names it when it is skipped."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            return Skipped(
                where,
                f"not UTF-8 (byte 0x{line[exc.start]:02x}); convert the file to UTF-8",
            )
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Skipped(where, f"not valid JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(record, dict):
        return Skipped(where, f"not a JSON object but a {type(record).__name__}")
    return article_from_record(record, default_id, where)


def article_from_record(record: dict[str, Any], default_id: str, where: str) -> Article | Skipped:
    """An `Article` from a decoded record with the fields listed in the module docstring."""
    raw = record.get("text")
    if not isinstance(raw, str) or not raw.strip():
        return Skipped(where, "no non-empty 'text' field")
    published = None
    value = record.get("published")
    if value not in (None, ""):
        try:
            published = parse_published(value)
        except DateError as exc:
            return Skipped(where, str(exc))
    ident = record.get("id")
    ident = str(ident) if ident not in (None, "") else default_id
    cleaned = clean_text(raw)
    if not cleaned.text:
        return Skipped(where, "no text left after removing boilerplate")
    return Article(
        id=ident,
        text=cleaned.text,
        title=_str_or_none(record.get("title")),
        published=published,
        published_how="metadata" if published else None,
        url=_str_or_none(record.get("url")),
        source=_str_or_none(record.get("source")),
        path=where,
        raw=raw,
        offset_map=cleaned.offset_map,
        removed=cleaned.removed,
        metadata={k: v for k, v in record.items() if k not in KNOWN_FIELDS},
    )


def _unique_id(article: Article, ids: set[str], number: int) -> Article:
    """A repeated id gets its line number appended, so a store keyed by id keeps both.

    Some corpora derive ids from a URL prefix and give many articles one id (kcna-2024-dev);
    the id as given is kept in `metadata["given_id"]`.
    """
    if article.id not in ids:
        ids.add(article.id)
        return article
    new_id = f"{article.id}-{number}"
    ids.add(new_id)
    return replace(article, id=new_id, metadata={**article.metadata, "given_id": article.id})


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".jsonl.gz", ".gz", ".jsonl"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _str_or_none(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value)
