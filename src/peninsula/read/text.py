"""Read a plain-text file as one article.

Needs: a `.txt` path. Adds: an `Article` whose id is the file name without extension.

A first non-empty line `date YYYY-MM-DD Title words` gives the publication date and title and
is left out of the text. Otherwise a short first line without a final period, followed by a
blank line, is taken as the headline: it becomes the title and stays in the text, because
headlines report events too.
"""

from __future__ import annotations

import re
from pathlib import Path

from peninsula.errors import DateError, InputError
from peninsula.models import Article, Skipped
from peninsula.read.clean import clean_text
from peninsula.read.dates import parse_published

_HEADER = re.compile(r"[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+(\S[^\n]*?)[ \t\r]*$")
_BLANK_AFTER = re.compile(r"[ \t\r]*\n[ \t\r\u00a0]*\n")
_HEADLINE_MAX_CHARS = 200
_HEADLINE_MAX_WORDS = 30


def read_text_file(path: Path) -> Article | Skipped:
    """One `Article` from a text file, or a `Skipped` saying why it cannot be read."""
    try:
        raw = decode_text(path.read_bytes())
    except InputError as exc:
        return Skipped(str(path), str(exc))
    except OSError as exc:
        return Skipped(str(path), f"cannot read file: {exc.strerror or exc}")
    return article_from_text(raw, id=path.stem, path=str(path))


def read_plain(path: Path) -> str:
    """The text of a file as it is, for commands that report offsets into their input.

    Raises `InputError` for a missing, unreadable, binary or non-UTF-8 file.
    """
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror or exc})") from None
    try:
        return decode_text(data, allow_empty=True)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None


def article_from_text(raw: str, id: str, path: str | None = None) -> Article | Skipped:
    """An `Article` from the text of a `.txt` document (header and headline rules above)."""
    first = _first_line(raw)
    title = None
    published = None
    how = None
    drop: list[tuple[int, int, str]] = []
    if first is not None:
        start, end = first
        header = _HEADER.match(raw, start, end)
        if header:
            try:
                published = parse_published(header.group(1))
            except DateError as exc:
                return Skipped(path or id, str(exc))
            title = header.group(2)
            how = "header"
            drop.append((start, end, "date header"))
        elif _is_headline(raw, start, end):
            title = raw[start:end].strip()
    cleaned = clean_text(raw, drop)
    if not cleaned.text.strip():
        return Skipped(path or id, "no text left after the header and boilerplate")
    return Article(
        id=id,
        text=cleaned.text,
        title=title,
        published=published,
        published_how=how,
        path=path,
        raw=raw,
        offset_map=cleaned.offset_map,
        removed=cleaned.removed,
    )


def decode_text(data: bytes, allow_empty: bool = False) -> str:
    """Bytes as UTF-8 text; raises `InputError` for binary, non-UTF-8 or empty data."""
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text; convert it to UTF-8 text first")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8, e.g. with iconv -f latin1 -t utf-8"
        ) from None
    if not allow_empty and not text.strip():
        raise InputError("empty file")
    return text


def _first_line(raw: str) -> tuple[int, int] | None:
    """Start and end of the first line that is not blank."""
    start = 0
    for part in raw.split("\n"):
        if part.strip():
            return start, start + len(part)
        start += len(part) + 1
    return None


def _is_headline(raw: str, start: int, end: int) -> bool:
    line = raw[start:end].strip()
    if len(line) > _HEADLINE_MAX_CHARS or len(line.split()) > _HEADLINE_MAX_WORDS:
        return False
    if line.endswith((".", ",", ";")):
        return False
    return _BLANK_AFTER.match(raw, end) is not None
