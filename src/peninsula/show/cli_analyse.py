"""Commands that ask questions of the stored, fused events: timeline, index, shifts, status."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from typing import Annotated, Any

import typer

from peninsula.show import console
from peninsula.show.options import (
    DbOption,
    SinceOption,
    UntilOption,
    open_repository,
    parse_day,
    settings_for,
)

Since = SinceOption
Until = UntilOption


def register(app: typer.Typer) -> None:
    """Add the analysis commands to `app` (kept apart so cli.py stays short)."""

    @app.command()
    def timeline(
        kind: Annotated[str | None, typer.Option("--kind", help="Only this event kind.")] = None,
        actor: Annotated[str | None, typer.Option("--actor", help="Actor code or name.")] = None,
        since: Since = None,
        until: Until = None,
        format: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
        db: DbOption = None,
    ) -> None:
        """Fused events in date order, with how many sources reported each."""
        from peninsula.analyse.timeline import timeline_rows

        if format not in {"table", "jsonl", "csv"}:
            raise typer.BadParameter("use table, jsonl or csv", param_hint="--format")
        events = stored_events(
            db,
            kind=kind,
            actor=actor,
            since=parse_day(since, "--since"),
            until=parse_day(until, "--until"),
        )
        if format == "table":
            console.print_timeline(events)
            return
        rows = timeline_rows(events)
        _write_rows(rows, format)

    @app.command()
    def index(
        pair: Annotated[
            str, typer.Option("--pair", help="PRK-KOR (directed) or PRK~KOR (both ways).")
        ] = "PRK-KOR",
        freq: Annotated[str, typer.Option("--freq", help="day, week or month.")] = "month",
        since: Since = None,
        until: Until = None,
        format: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
        db: DbOption = None,
    ) -> None:
        """The cooperation/conflict index of a pair of actors, per period."""
        from peninsula.analyse.relations import relations_index

        if freq not in {"day", "week", "month"}:
            raise typer.BadParameter("use day, week or month", param_hint="--freq")
        events = stored_events(db)
        series = relations_index(
            events,
            pair=pair,
            freq=freq,
            since=parse_day(since, "--since"),
            until=parse_day(until, "--until"),
        )
        rows = series.rows()
        if format == "table":
            console.print_rows(rows, title=f"Relations index {series.pair} per {freq}")
        else:
            _write_rows(rows, format)

    @app.command()
    def shifts(
        pair: Annotated[
            list[str] | None, typer.Option("--pair", help="Pairs to watch (repeatable).")
        ] = None,
        freq: Annotated[str, typer.Option("--freq", help="day, week, month or year.")] = "month",
        format: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
        db: DbOption = None,
    ) -> None:
        """Detected shifts of stance: when, which pair, what moved (level or pressure), why."""
        from peninsula.analyse.shifts import detect_shifts

        if freq not in ("day", "week", "month", "year"):
            raise typer.BadParameter("use day, week, month or year", param_hint="--freq")

        events = stored_events(db)
        found = detect_shifts(events, pairs=pair or None, freq=freq, settings=settings_for(db))
        rows = [s.to_dict() for s in found]
        if format == "table":
            console.print_rows(rows, title="Shifts")
        else:
            _write_rows(rows, "jsonl")

    @app.command()
    def status(
        format: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
        history: Annotated[
            bool, typer.Option("--history/--no-history", help="Show each tracker's history.")
        ] = True,
        db: DbOption = None,
    ) -> None:
        """Status trackers (liaison lines, military agreement, loudspeakers, test moratorium)."""
        from peninsula.analyse.status import track_status

        events = stored_events(db)
        trackers = track_status(events)
        if format == "jsonl":
            _write_rows([t.to_dict() for t in trackers], "jsonl")
            return
        console.print_rows(
            [{"tracker": t.tracker.title, "state": t.state, "since": t.since} for t in trackers],
            title="Status",
        )
        if history:
            for t in trackers:
                console.print_rows(
                    [
                        {
                            "date": h.date,
                            "state": h.state,
                            "changed": h.changed,
                            "evidence": h.evidence[:140],
                        }
                        for h in t.history
                    ],
                    title=t.tracker.title,
                )


def stored_events(db: str | None, **filters: Any) -> list:
    """The fused events of the database `db`, filtered as `Repository.fused_events` allows."""
    repo = open_repository(db)
    try:
        return repo.fused_events(**filters)
    finally:
        repo.close()


def reported_days(db: str | None, words: list[str]) -> set[date]:
    """Publication days of the stored articles that mention any of `words`."""
    repo = open_repository(db)
    try:
        return repo.publication_days(words)
    finally:
        repo.close()


def _write_rows(rows: list[dict[str, Any]], format: str) -> None:
    if format == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    if not rows:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {k: json.dumps(v) if isinstance(v, dict | list) else v for k, v in row.items()}
        )
