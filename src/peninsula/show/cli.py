"""The `peninsula` command line: thin commands over the library.

Each command reads its options, calls one library function and formats the result. Errors
of the library (`PeninsulaError`) are caught in `main` and printed as one `error:` line.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import click
import typer
from typer.core import TyperGroup

from peninsula.errors import PeninsulaError
from peninsula.show import console
from peninsula.show.cli_analyse import register as register_analyse
from peninsula.show.cli_evaluate import evaluate_app
from peninsula.show.options import (
    DbOption,
    PathsArgument,
    PublishedOption,
    open_repository,
    parse_day,
    settings_for,
)


class _Group(TyperGroup):
    """Turns library errors into one `error:` line and exit status 2, in one place."""

    def invoke(self, ctx: typer.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except PeninsulaError as exc:
            if console.DEBUG:
                raise
            console.error(str(exc))
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            console.error("interrupted; stored batches are complete, rerun to finish")
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort, typer.TyperException, click.ClickException):
            raise  # usage errors (typer ships its own click, hence both) print themselves
        except Exception as exc:  # a bug must still end in one line, not a traceback
            if console.DEBUG:
                raise
            console.error(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug)")
            raise typer.Exit(3) from None


app = typer.Typer(
    cls=_Group,
    name="peninsula",
    help="Read news about the Korean peninsula; extract, date, fuse and analyse its events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
export_app = typer.Typer(help="Write stored data to files.", no_args_is_help=True)
knowledge_app = typer.Typer(help="Inspect and validate the knowledge files.", no_args_is_help=True)
app.add_typer(export_app, name="export")
app.add_typer(evaluate_app, name="evaluate")
app.add_typer(knowledge_app, name="knowledge")


@app.callback()
def _root(
    verbose: Annotated[int, typer.Option("-v", "--verbose", count=True, help="More logging.")] = 0,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    console.DEBUG = debug


@app.command()
def extract(
    paths: PathsArgument,
    published: PublishedOption = None,
    format: Annotated[str, typer.Option("--format", help="Output format: jsonl.")] = "jsonl",
) -> None:
    """Extract events from documents and print one JSON object per event (no database)."""
    from peninsula.pipeline import Pipeline
    from peninsula.read import read_paths

    if format != "jsonl":
        raise typer.BadParameter("only jsonl is supported", param_hint="--format")
    day = parse_day(published, "--published")
    pipeline = Pipeline()
    out = sys.stdout
    skipped = 0
    for item in pipeline.run(read_paths(paths, published=day)):
        if console.report_skipped(item):
            skipped += 1
            continue
        given = item.article.given_id
        for event in item.events:
            out.write(json.dumps(event.to_dict(given), ensure_ascii=False) + "\n")
    out.flush()
    if skipped:
        raise typer.Exit(1)


@app.command()
def timex(
    file: Annotated[
        Path | None, typer.Argument(help="Plain-text file; standard input if absent.")
    ] = None,
    dct: Annotated[str, typer.Option("--dct", help="Document creation time, YYYY-MM-DD.")] = ...,
) -> None:
    """Print the temporal expressions of a text as JSON lines with TIMEX3 values."""
    from peninsula.read.text import read_plain
    from peninsula.understand.timex import tag_timexes

    day = parse_day(dct, "--dct")
    text = read_plain(file) if file else sys.stdin.read()
    for t in tag_timexes(text, day):
        if t.is_name:
            continue
        row = {
            "start": t.start,
            "end": t.end,
            "text": t.text,
            "type": str(t.type),
            "value": t.value,
        }
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


@app.command()
def ingest(paths: PathsArgument, db: DbOption = None, published: PublishedOption = None) -> None:
    """Extract events from documents and store articles, events and fused events."""
    from peninsula.pipeline import Pipeline
    from peninsula.read import read_paths

    settings = settings_for(db)
    day = parse_day(published, "--published")
    repo = open_repository(db)
    skipped: list[int] = []
    unchanged: list[str] = []
    try:
        fresh = repo.not_stored(read_paths(paths, published=day), unchanged)
        docs = console.progress(Pipeline(settings).run(fresh), "ingest")
        report = repo.ingest(console.drop_skipped(docs, skipped), batch_size=settings.batch_size)
        report.articles_unchanged += len(unchanged)
    finally:
        repo.close()
    console.print_ingest(report, settings.db_url)
    if skipped:
        raise typer.Exit(1)


@app.command()
def demo(db: DbOption = None) -> None:
    """Ingest the bundled demo corpus and print its timeline and counts by kind."""
    from peninsula.demo import demo_path

    ingest([str(demo_path())], db=db)
    repo = open_repository(db)
    try:
        console.print_timeline(repo.fused_events())
        console.print_counts(repo.counts())
    finally:
        repo.close()


@export_app.command("events")
def export_events(
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", help="jsonl, csv or parquet.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File; stdout if absent.")
    ] = None,
) -> None:
    """Write the fused events, each with the ids of the articles that reported it."""
    from peninsula.store.export import export_fused_events

    if format not in {"jsonl", "csv", "parquet"}:
        raise typer.BadParameter("use jsonl, csv or parquet", param_hint="--format")
    if format == "parquet" and output is None:
        raise typer.BadParameter("parquet needs -o FILE", param_hint="--format")
    repo = open_repository(db)
    try:
        export_fused_events(repo, format, output if output else sys.stdout)
    finally:
        repo.close()


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to bind; 127.0.0.1 keeps it local.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
) -> None:
    """Serve the read-only dashboard: overview, timeline, events, articles, shifts, JSON API."""
    from peninsula.show.web.app import serve as run_server

    console.out.print(f"peninsula dashboard on http://{host}:{port}/ (Ctrl+C to stop)")
    run_server(settings_for(db), host=host, port=port)


@app.command()
def report(
    since: Annotated[str, typer.Option("--since", help="First day, YYYY-MM-DD.")],
    until: Annotated[str, typer.Option("--until", help="Last day, YYYY-MM-DD.")],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="File: .html, or .md with charts beside it.")
    ],
    db: DbOption = None,
) -> None:
    """Write a briefing for a period: headline, military, diplomacy, trackers, what changed."""
    from peninsula.show.report import build_report, render_report

    start, end = parse_day(since, "--since"), parse_day(until, "--until")
    repo = open_repository(db)
    try:
        context = build_report(repo, start, end)
    finally:
        repo.close()
    path = render_report(context, output)
    console.out.print(
        f"wrote {path}: {context.totals['events']} events, {len(context.changes)} changes"
    )


@knowledge_app.command("check")
def knowledge_check() -> None:
    """Load and validate every knowledge file; print what each holds."""
    from peninsula.knowledge.check import check_all

    for name, summary in check_all():
        console.out.print(f"[green]ok[/green] {name}: {summary}")


register_analyse(app)


def main() -> None:
    app()
