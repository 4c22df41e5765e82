"""Terminal output shared by the commands: error lines, progress, tables."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from peninsula.models import Document, FusedEvent, Skipped

# Piped output keeps long rows readable instead of wrapping at rich's default of 80 columns.
out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False, soft_wrap=True)
DEBUG = False


def error(message: str) -> None:
    """One line on standard error, never markup-interpreted."""
    sys.stderr.write(f"error: {message}\n")
    sys.stderr.flush()


def report_skipped(item: Document | Skipped) -> bool:
    if isinstance(item, Skipped):
        error(str(item))
        return True
    return False


def drop_skipped(items: Iterable[Document | Skipped], skipped: list[int]) -> Iterator[Document]:
    """Report each skipped document and pass the rest on; `skipped` collects a count."""
    for item in items:
        if report_skipped(item):
            skipped.append(1)
        else:
            yield item  # type: ignore[misc]


def progress(items: Iterable[Any], label: str) -> Iterator[Any]:
    """A progress bar on standard error when it is a terminal; the items pass through."""
    if not err.is_terminal:
        yield from items
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task(label, total=None)
        for item in items:
            yield item
            bar.advance(task)


def print_ingest(report: Any, db_url: str) -> None:
    fields = dataclasses.asdict(report) if dataclasses.is_dataclass(report) else vars(report)
    parts = [f"{name.replace('_', ' ')} {value}" for name, value in fields.items()]
    out.print(f"ingested into {_safe_url(db_url)}: " + ", ".join(parts))


def _safe_url(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def print_timeline(events: list[FusedEvent], limit: int | None = None) -> None:
    table = Table(title="Timeline", show_lines=False, expand=False)
    for column in ("date", "kind", "modality", "source", "target", "src", "evidence"):
        table.add_column(column, overflow="fold", max_width=70 if column == "evidence" else None)
    for fused in events[:limit] if limit else events:
        e = fused.event
        table.add_row(
            e.date.value or "?",
            e.kind,
            str(e.modality),
            _actor(e.source),
            _actor(e.target),
            str(fused.sources),
            _clip(e.evidence.sentence, 140),
        )
    out.print(table)


def print_counts(counts: dict[str, Any]) -> None:
    by_kind = counts.get("by_kind", {})
    table = Table(title="Fused events by kind")
    table.add_column("kind")
    table.add_column("events", justify="right")
    for kind, n in sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(kind, str(n))
    out.print(table)
    totals = {k: v for k, v in counts.items() if k != "by_kind"}
    out.print(", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in totals.items()))


def print_rows(rows: list[dict[str, Any]], title: str | None = None) -> None:
    if not rows:
        out.print("(nothing)")
        return
    table = Table(title=title)
    for key in rows[0]:
        table.add_column(key, overflow="fold")
    for row in rows:
        table.add_row(*[_cell(v) for v in row.values()])
    out.print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    return str(value)


def _actor(actor: Any) -> str:
    if actor is None:
        return ""
    return f"{actor.code} ({actor.name})" if actor.name else actor.code


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
