"""Read RSS and Atom feeds: one article per entry.

Needs: feed bytes, from a file or fetched from an http(s) URL. Adds: one `Article` per entry,
with its id (entry id, else link), title, publication date, link, and text taken from the
entry's content or summary with the HTML stripped.

Parsing is done by feedparser on bytes, so tests never touch the network; only
`read_feed_url` fetches, and a page it fetches that is HTML, not a feed, is read as one article.
"""

from __future__ import annotations

import html
import re
import urllib.request
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from peninsula.errors import DateError, InputError
from peninsula.models import Article, Skipped
from peninsula.read.clean import clean_text
from peninsula.read.dates import check_plausible, parse_published, to_korean_date

FETCH_TIMEOUT_S = 20
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")
_HTML_ROOT = re.compile(rb"<(?:!doctype html|html)[\s>]", re.I)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_BREAK = re.compile(r"<br\s*/?>", re.I)
_BLOCK_END = re.compile(r"</(?:p|div|li|h[1-6]|blockquote|tr|section|article|figure)\s*>", re.I)
_TAG = re.compile(r"<[^>]+>")


def looks_like_feed(path: Path) -> bool:
    """True when the start of the file holds an RSS, Atom or RDF root element."""
    try:
        with open(path, "rb") as handle:
            return sniff_feed(handle.read(4096))
    except OSError:
        return False


def sniff_feed(head: bytes) -> bool:
    return _FEED_ROOT.search(head[:4096]) is not None


def read_feed_file(path: Path) -> Iterator[Article | Skipped]:
    """Every entry of a feed file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(str(path), f"cannot read file: {exc.strerror or exc}")
        return
    yield from read_feed_bytes(data, str(path))


def read_feed_url(url: str) -> Iterator[Article | Skipped]:
    """Fetch `url` and read it as a feed (or, if it is an HTML page, as one article)."""
    request = urllib.request.Request(url, headers={"User-Agent": "peninsula"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
            data = response.read()
    except (OSError, ValueError) as exc:
        yield Skipped(url, f"cannot fetch: {exc}")
        return
    if not sniff_feed(data) and _HTML_ROOT.search(data[:4096]):
        from peninsula.read.html import article_from_html, decode_html

        try:
            page = decode_html(data)
        except InputError as exc:
            yield Skipped(url, str(exc))
            return
        yield article_from_html(page, id=_url_id(url), url=url)
        return
    yield from read_feed_bytes(data, url)


def read_feed_bytes(data: bytes, document: str) -> Iterator[Article | Skipped]:
    """Every entry of a feed given as bytes; `document` names it in `Skipped` items."""
    if not data.strip():
        yield Skipped(document, "empty file")
        return
    if b"\x00" in data[:8192]:
        yield Skipped(document, "binary file, not a feed; convert it to UTF-8 text first")
        return
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo") and not parsed.get("version"):
            problem = parsed.get("bozo_exception")
            yield Skipped(document, f"not a readable RSS/Atom feed: {problem}")
        else:
            yield Skipped(document, "feed has no entries")
        return
    source = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, 1):
        yield _entry_article(entry, number, document, source)


def strip_html(fragment: str) -> str:
    """Plain text of an HTML fragment; block ends become paragraph breaks."""
    if "<" not in fragment:
        return html.unescape(fragment)
    text = _SCRIPT.sub("", fragment)
    text = _BREAK.sub("\n", text)
    text = _BLOCK_END.sub("\n\n", text)
    return html.unescape(_TAG.sub("", text))


def _entry_article(entry: Any, number: int, document: str, source: str | None) -> Article | Skipped:
    ident = entry.get("id") or entry.get("link") or f"{_url_id(document)}-{number}"
    where = f"{document}#{ident}"
    raw = _entry_text(entry)
    if not raw.strip():
        return Skipped(where, "feed entry has no text (no content or summary)")
    try:
        published = _entry_date(entry)
    except DateError as exc:
        return Skipped(where, str(exc))
    cleaned = clean_text(raw)
    if not cleaned.text:
        return Skipped(where, "no text left after removing boilerplate")
    return Article(
        id=str(ident),
        text=cleaned.text,
        title=entry.get("title") or None,
        published=published,
        published_how="metadata" if published else None,
        url=entry.get("link") or None,
        source=source,
        path=document,
        raw=raw,
        offset_map=cleaned.offset_map,
        removed=cleaned.removed,
        metadata={"author": entry["author"]} if entry.get("author") else {},
    )


def _entry_text(entry: Any) -> str:
    """The longest content value, else the summary, as plain text."""
    contents = [c.get("value", "") for c in entry.get("content") or []]
    best = max(contents, key=len, default="")
    if not best.strip():
        best = entry.get("summary") or entry.get("description") or ""
    return strip_html(best)


def _entry_date(entry: Any) -> date | None:
    """The entry's date in Korean time; None when it gives none."""
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if not value:
            continue
        try:
            return parse_published(value)
        except DateError:
            parsed = entry.get(f"{key}_parsed")
            if not parsed:
                raise
            # feedparser read a form our parser does not know; it gives UTC
            day = to_korean_date(datetime(*parsed[:6], tzinfo=UTC))
            check_plausible(day, value)
            return day
    return None


def _url_id(name: str) -> str:
    tail = name.rstrip("/").rsplit("/", 1)[-1]
    return re.sub(r"\.[A-Za-z0-9]+$", "", tail) or "feed"
