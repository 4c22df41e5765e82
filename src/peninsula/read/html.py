"""Read an HTML page as one article.

Needs: a `.html`/`.htm` file (or page bytes fetched from a URL). Adds: an `Article` with the
main text found by trafilatura's `bare_extraction`, and the page's title, URL and publication
date.

The date comes first from a published-time meta tag or JSON-LD `datePublished`, read with its
time zone so that it can be converted to Korean time; otherwise from htmldate (through
trafilatura), which checks candidates against a plausibility window. A page whose date cannot
be found is still read, without a date.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from peninsula.errors import DateError, InputError
from peninsula.models import Article, Skipped
from peninsula.read.clean import clean_text
from peninsula.read.dates import EARLIEST, parse_published

_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.I)
_META_DATE = re.compile(
    r"""<meta\s[^>]*(?:property|name|itemprop)=["'](?:article:published_time|og:published_time"""
    r"""|datePublished|pubdate|publishdate|date)["'][^>]*>""",
    re.I,
)
_CONTENT = re.compile(r"""content=["']([^"']+)["']""", re.I)
_MIN_PROSE_WORDS = 6
_JSONLD_DATE = re.compile(r""""datePublished"\s*:\s*"([^"]+)\"""")


def read_html_file(path: Path) -> Article | Skipped:
    """One `Article` from an HTML file, or a `Skipped` saying why not."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(str(path), f"cannot read file: {exc.strerror or exc}")
    try:
        page = decode_html(data)
    except InputError as exc:
        return Skipped(str(path), str(exc))
    return article_from_html(page, id=path.stem, path=str(path))


def decode_html(data: bytes) -> str:
    """Page bytes as text: UTF-8, else the charset the page declares; `InputError` if neither."""
    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not an HTML page; convert it to UTF-8 text first")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _CHARSET.search(data[:4096])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        raise InputError(
            f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}) and no usable "
            "declared charset; convert it to UTF-8, e.g. with iconv -f latin1 -t utf-8"
        ) from None


def article_from_html(
    page: str, id: str, path: str | None = None, url: str | None = None
) -> Article | Skipped:
    """An `Article` from the text of an HTML page."""
    from trafilatura import bare_extraction

    where = path or url or id
    try:
        doc = bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={
                "extensive_search": False,  # dates guessed from free text are too often wrong
                "original_date": True,
                "min_date": EARLIEST.isoformat(),
                "max_date": date.today().isoformat(),
            },
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return Skipped(where, f"cannot parse the HTML page: {type(exc).__name__}")
    raw = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not _has_prose(raw):
        return Skipped(where, "no article text found in the HTML page")
    cleaned = clean_text(raw)
    if not cleaned.text:
        return Skipped(where, "no article text left after removing boilerplate")
    published = _meta_date(page) or _as_date(getattr(doc, "date", None))
    return Article(
        id=id,
        text=cleaned.text,
        title=getattr(doc, "title", None) or None,
        published=published,
        published_how="html" if published else None,
        url=getattr(doc, "url", None) or url,
        source=getattr(doc, "sitename", None) or None,
        path=path,
        raw=raw,
        offset_map=cleaned.offset_map,
        removed=cleaned.removed,
    )


def _has_prose(text: str) -> bool:
    """True when some line reads like a sentence, not a menu: trafilatura falls back to
    whatever text a page has, so "Home World Politics" must not pass for an article."""
    return any(len(line.split()) >= _MIN_PROSE_WORDS for line in text.splitlines())


def _meta_date(page: str) -> date | None:
    """The publication date from a meta tag or JSON-LD, time zone respected."""
    head = page[:200_000]
    candidates = []
    for tag in _META_DATE.finditer(head):
        content = _CONTENT.search(tag.group(0))
        if content:
            candidates.append(content.group(1))
    candidates.extend(m.group(1) for m in _JSONLD_DATE.finditer(head))
    for value in candidates:
        day = _as_date(value)
        if day is not None:
            return day
    return None


def _as_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return parse_published(value)
    except DateError:
        return None
