"""`peninsula evaluate ...`: score the system against gold data (spec/EVALUATION.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from peninsula.show import console
from peninsula.show.options import DbOption, JsonOption, parse_day

evaluate_app = typer.Typer(
    help="Score extraction, time and timelines against gold data.", no_args_is_help=True
)


@evaluate_app.command("events")
def evaluate_events(
    paths: Annotated[list[str], typer.Argument(help="Documents to extract from.")],
    gold: Annotated[Path, typer.Option("--gold", help="Gold events, JSON lines.")],
    published: Annotated[
        str | None, typer.Option("--published", help="YYYY-MM-DD for undated articles.")
    ] = None,
    details: Annotated[
        bool, typer.Option("--details", help="List misses and false positives.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Precision, recall and F1 of extracted events, also at PLOVER-root level; date accuracy."""
    from peninsula.evaluate.events import evaluate_paths

    report, skipped = evaluate_paths(gold, paths, parse_day(published, "--published"))
    for item in skipped:
        console.error(str(item))
    if as_json:
        console.out.print_json(json.dumps(report.as_dict()))
    else:
        rows = [
            {"level": name, **prf.as_dict()}
            for name, prf in (("events", report.events), ("plover", report.plover))
        ]
        console.print_rows(rows, title=f"Events over {report.documents} documents")
        console.out.print(
            f"date accuracy: {report.date_accuracy:.3f} ({report.kind_matched} kind-matched)"
        )
    if details:
        console.print_rows(
            [
                {
                    "doc": g.doc,
                    "kind": g.kind,
                    "modality": g.modality,
                    "source": sorted(g.source),
                    "target": sorted(g.target),
                    "date": g.date,
                    "note": g.note,
                }
                for g in report.misses
            ],
            title="Misses",
        )
        console.print_rows(
            [
                {
                    "doc": s.doc,
                    "kind": s.kind,
                    "modality": s.modality,
                    "source": sorted(s.source),
                    "target": sorted(s.target),
                    "date": s.date,
                    "sentence": s.sentence[:120],
                }
                for s in report.false_positives
            ],
            title="False positives",
        )
    if skipped:
        raise typer.Exit(1)


@evaluate_app.command("timex")
def evaluate_timex_cmd(
    path: Annotated[Path, typer.Argument(help="A TimeML file or a directory of them.")],
    as_json: JsonOption = False,
) -> None:
    """Relaxed span, strict span and value F1 of temporal expressions on TimeML files."""
    from peninsula.evaluate.timex import evaluate_timex

    report = evaluate_timex(path)
    if as_json:
        console.out.print_json(json.dumps(report.as_dict()))
    else:
        console.print_rows(report.rows(), title=f"Temporal expressions ({path})")


@evaluate_app.command("timeline")
def evaluate_timeline_cmd(
    reference: Annotated[Path, typer.Option("--reference", help="Reference timeline CSV.")],
    kind: Annotated[list[str], typer.Option("--kind", help="Event kind(s) to score.")],
    since: Annotated[str | None, typer.Option("--since", help="YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="YYYY-MM-DD")] = None,
    category: Annotated[
        list[str] | None,
        typer.Option("--category", help="Reference categories (default: those of the kind)."),
    ] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Only events whose source includes this code.")
    ] = None,
    reported_only: Annotated[
        bool,
        typer.Option(
            "--reported-only",
            help="Score only the reference days that a stored article could report "
            "(published that day or up to 3 days later, mentioning the kind).",
        ),
    ] = False,
    db: DbOption = None,
    details: Annotated[
        bool, typer.Option("--details", help="List missed days and unmatched events.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Recall of reference days, precision of fused events, fused events per found day."""
    from peninsula.evaluate.timeline import evaluate_timeline, report_words
    from peninsula.show.cli_analyse import reported_days, stored_events

    events = stored_events(db, kind=kind[0]) if len(kind) == 1 else stored_events(db)
    reported = reported_days(db, report_words(kind)) if reported_only else None
    report = evaluate_timeline(
        events,
        reference,
        kinds=kind,
        categories=category or None,
        since=parse_day(since, "--since"),
        until=parse_day(until, "--until"),
        actor=actor,
        reported=reported,
    )
    if as_json:
        console.out.print_json(json.dumps(report.as_dict(), default=str))
        return
    summary = {k: v for k, v in report.as_dict().items() if not isinstance(v, list)}
    console.print_rows([summary], title=f"Timeline of {', '.join(kind)} against {reference.name}")
    if details:
        console.print_rows(
            [{"missed day": str(d)} for d in report.missed_days], title="Missed days"
        )
        console.print_rows(
            [{"fused event": i, "date": str(d)} for i, d in report.unmatched_events],
            title="Fused events matching no reference day",
        )


@evaluate_app.command("plover")
def evaluate_plover_cmd(
    path: Annotated[Path, typer.Argument(help="PLOVER gold records, JSON lines.")],
    details: Annotated[bool, typer.Option("--details", help="List the records not found.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Share of PLOVER gold records found (root and source), and extra events."""
    from peninsula.evaluate.sentences import evaluate_plover

    report = evaluate_plover(path)
    if as_json:
        console.out.print_json(json.dumps(report.as_dict()))
        return
    summary = {k: v for k, v in report.as_dict().items() if k != "by_root"}
    console.print_rows([summary], title=f"PLOVER records ({path.name})")
    console.print_rows(
        [{"root": k, **v} for k, v in report.as_dict()["by_root"].items()], title="By root"
    )
    if details:
        console.print_rows(
            [{"id": i, "root": r, "text": t[:120]} for i, r, t in report.misses], title="Not found"
        )


@evaluate_app.command("quad")
def evaluate_quad_cmd(
    path: Annotated[Path, typer.Argument(help="Sentences with a 0-4 quad label, tab-separated.")],
    as_json: JsonOption = False,
) -> None:
    """Macro-F1 of each sentence's strongest event quad class (ConfliBERT format)."""
    from peninsula.evaluate.sentences import evaluate_conflibert

    report = evaluate_conflibert(path)
    if as_json:
        console.out.print_json(json.dumps(report.as_dict()))
        return
    console.print_rows(
        [{"class": k, **v} for k, v in report.as_dict()["per_class"].items()],
        title=f"Quad classes: macro-F1 {report.macro_f1:.3f}, accuracy {report.accuracy:.3f}",
    )
