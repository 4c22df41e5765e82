"""Read gold event annotations (spec/EVALUATION.md) and compare dates at their precisions."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from peninsula.errors import InputError

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True, slots=True)
class GoldEvent:
    doc: str
    kind: str
    modality: str
    source: frozenset[str]
    target: frozenset[str]
    date: str | None
    precision: str | None
    optional: bool = False
    note: str = ""
    attrs: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    line: int = 0


def read_gold(path: Path) -> list[GoldEvent]:
    """Parse a gold JSON-lines file; any bad line raises one InputError naming file:line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read gold file ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: gold file is not UTF-8 text") from exc
    gold = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            gold.append(
                GoldEvent(
                    doc=str(row["doc"]),
                    kind=row["kind"],
                    modality=row.get("modality", "occurred"),
                    source=frozenset(_codes(row.get("source"))),
                    target=frozenset(_codes(row.get("target"))),
                    date=row.get("date"),
                    precision=row.get("precision"),
                    optional=bool(row.get("optional", False)),
                    note=row.get("note", ""),
                    attrs=row.get("attrs") or {},
                    line=number,
                )
            )
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        except (KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}: gold event lacks field {exc}") from exc
    return gold


def _codes(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [c for c in value.split(";") if c]
    if isinstance(value, dict):
        return _codes(value.get("code"))
    return [c for item in value for c in _codes(item)]


def parse_partial(value: str) -> date:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD value."""
    parts = value.split("-")
    return date(
        int(parts[0]),
        int(parts[1]) if len(parts) > 1 else 1,
        int(parts[2]) if len(parts) > 2 else 1,
    )


def week_middle(day: date) -> date:
    """The Thursday of the ISO week holding `day`."""
    return day - timedelta(days=day.weekday()) + timedelta(days=3)


def dates_agree(
    system: str | None, sys_precision: str | None, gold: str | None, gold_precision: str | None
) -> bool:
    """EVALUATION.md: the system date, read at its own precision, lies within the gold tolerance.

    Tolerances: day +/-1 day; week +/-4 days around the middle of the week; month the same
    month; year the same year. The system's precision may not be coarser than the gold's.
    """
    if not system or not sys_precision:
        return False
    if not gold or not gold_precision:
        return True  # the gold leaves the date open
    if PRECISION_RANK[sys_precision] > PRECISION_RANK[gold_precision]:
        return False
    try:
        sys_day = parse_partial(system)
        gold_day = parse_partial(gold)
    except ValueError:
        return False
    if sys_precision == "week":
        sys_day = week_middle(sys_day)
    if gold_precision == "day":
        return abs((sys_day - gold_day).days) <= 1
    if gold_precision == "week":
        return abs((sys_day - week_middle(gold_day)).days) <= 4
    if gold_precision == "month":
        return (sys_day.year, sys_day.month) == (gold_day.year, gold_day.month)
    return sys_day.year == gold_day.year
