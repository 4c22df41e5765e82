"""Read one TimeML (.tml) file: document id, creation date, plain text and gold TIMEX3s.

The plain text is the content of the TEXT element with every tag removed; gold offsets
refer to it. A file that is not well-formed XML, lacks TEXT, or whose DCT is not a date
raises `InputError` or `DateError` with a one-line message naming the file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from peninsula.errors import DateError, InputError


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""


@dataclass(frozen=True, slots=True)
class TimeMLDoc:
    id: str
    dct: date
    text: str
    timexes: tuple[GoldTimex, ...]
    path: str = ""


def read_timeml(path: Path) -> TimeMLDoc:
    """Parse `path`; raises InputError (unreadable, malformed) or DateError (bad DCT)."""
    try:
        root = ET.fromstring(path.read_bytes())
    except OSError as exc:
        raise InputError(f"{path}: cannot read TimeML file ({exc.strerror})") from exc
    except ET.ParseError as exc:
        raise InputError(f"{path}: not well-formed TimeML ({exc})") from exc
    body = root.find("TEXT")
    if body is None:
        raise InputError(f"{path}: TimeML file has no TEXT element")
    doc_id = (root.findtext("DOCID") or path.stem).strip()
    dct_el = root.find("DCT/TIMEX3")
    raw = dct_el.get("value", "") if dct_el is not None else ""
    try:
        dct = date.fromisoformat(raw[:10])
    except ValueError:
        raise DateError(f"{path}: DCT {raw!r} is not a date (expected YYYY-MM-DD...)") from None
    parts: list[str] = []
    gold: list[GoldTimex] = []
    _walk(body, parts, gold, 0)
    text = "".join(parts)
    return TimeMLDoc(doc_id, dct, text, tuple(gold), str(path))


def _walk(el: ET.Element, parts: list[str], gold: list[GoldTimex], depth: int) -> None:
    """Append the text under `el` to `parts`, recording TIMEX3 offsets on the way."""
    start = sum(len(p) for p in parts)
    if el.text:
        parts.append(el.text)
    for child in el:
        _walk(child, parts, gold, depth + 1)
        if child.tail:
            parts.append(child.tail)
    if depth and el.tag == "TIMEX3":
        end = sum(len(p) for p in parts)
        covered = "".join(parts)[start:end]
        gold.append(
            GoldTimex(
                start, end, covered, el.get("type", "DATE"), el.get("value", ""), el.get("tid", "")
            )
        )
