"""Briefings: what happened between two dates, in an analyst's shape, as HTML or Markdown.

Needs: a `Repository` and the analyse functions (timeline, relations index, shifts, status
trackers). Adds: a `ReportContext` (headline developments, military activity by kind,
diplomacy and communication channels, trackers, changes since the previous period of equal
length), and files: HTML with its charts embedded as base64 PNG, or Markdown with the PNGs
written beside it. Every statement carries the ids of its fused events and articles.
"""

from __future__ import annotations

import base64
import io
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from peninsula.analyse.relations import relations_index
from peninsula.analyse.shifts import detect_shifts
from peninsula.analyse.status import track_status
from peninsula.analyse.timeline import event_span, filter_timeline, timeline_rows
from peninsula.errors import InputError
from peninsula.models import FusedEvent
from peninsula.store import Repository

MILITARY = frozenset(
    """missile_launch satellite_launch nuclear_test weapons_test artillery_fire
    military_exercise military_buildup troop_deployment incursion attack balloon_launch
    jamming_or_cyber""".split()
)
CHANNELS = frozenset(
    "liaison_line_cut liaison_line_restore loudspeaker_start loudspeaker_stop".split()
)
DIPLOMACY = frozenset(
    """summit talks proposal agreement_signed agreement_suspended relations_downgrade
    relations_upgrade exchange cooperation aid concession release_or_withdrawal praise
    rejection demand sanctions""".split()
)
PAIRS = ("PRK-KOR", "KOR-PRK")
HEADLINES = 5
LISTED = 12
DEFAULT_BASE_URL = "http://127.0.0.1:8000"  # where `peninsula serve` shows the linked pages


@dataclass(slots=True)
class Item:
    """One fused event as the briefing cites it."""

    id: str
    date: str | None
    kind: str
    modality: str
    source: str | None
    target: str | None
    intensity: float | None
    summary: str
    articles: list[str]


@dataclass(slots=True)
class Statement:
    """A sentence of the briefing and the evidence behind it."""

    text: str
    event_ids: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ReportContext:
    since: date
    until: date
    previous_since: date
    previous_until: date
    generated: str
    totals: dict[str, int]
    headline: list[Item]
    military_counts: list[tuple[str, int, int]]  # kind, this period, previous period
    military: list[Item]
    diplomacy: list[Item]
    channels: list[Item]
    trackers: list[dict[str, Any]]
    changes: list[Statement]
    charts: dict[str, bytes] = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("charts")
        for key in ("since", "until", "previous_since", "previous_until"):
            data[key] = data[key].isoformat()
        return data


def build_report(repo: Repository, since: date, until: date) -> ReportContext:
    """The briefing for [since, until], compared with the period of equal length before it."""
    if until < since:
        raise InputError(f"--until {until} is before --since {since}: swap them")
    length = (until - since).days + 1
    prev_until = since - timedelta(days=1)
    prev_since = prev_until - timedelta(days=length - 1)
    history = repo.fused_events(until=until.isoformat())  # trackers and shifts need the past
    now = _inside(filter_timeline(history, since=since, until=until), since, until)
    before = filter_timeline(history, since=prev_since, until=prev_until)
    before = _inside(before, prev_since, prev_until)
    military_now = [f for f in now if f.event.kind in MILITARY]
    by_kind_now = Counter(f.event.kind for f in military_now)
    by_kind_before = Counter(f.event.kind for f in before if f.event.kind in MILITARY)
    kinds = sorted(set(by_kind_now) | set(by_kind_before), key=lambda k: (-by_kind_now[k], k))
    headline = sorted(
        (f for f in now if f.event.intensity is not None),
        key=lambda f: (-abs(f.event.intensity or 0.0), -f.sources, f.id),
    )[:HEADLINES]
    trackers = _trackers(history, before_end=prev_until, since=since)
    context = ReportContext(
        since=since,
        until=until,
        previous_since=prev_since,
        previous_until=prev_until,
        generated=datetime.now().strftime("%Y-%m-%d %H:%M"),
        totals={
            "events": len(now),
            "previous_events": len(before),
            "articles": len({m.doc for f in now for m in f.mentions}),
        },
        headline=_items(headline),
        military_counts=[(k, by_kind_now[k], by_kind_before[k]) for k in kinds],
        military=_items(military_now[-LISTED:]),
        diplomacy=_items([f for f in now if f.event.kind in DIPLOMACY][-LISTED:]),
        channels=_items([f for f in now if f.event.kind in CHANNELS]),
        trackers=trackers,
        changes=_changes(now, before, by_kind_now, by_kind_before, trackers, history, since, until),
    )
    context.charts = _charts(context, history, prev_since, until)
    return context


def _inside(events: list[FusedEvent], since: date, until: date) -> list[FusedEvent]:
    """The events of [since, until], each placed by the middle of its own period.

    `filter_timeline` keeps every event whose period overlaps the window. An event whose
    period is longer than the window ("in 2023" in a briefing on a quarter) may have happened
    outside it, so it is left out; one that straddles an edge belongs to the window holding
    its middle, so that briefings on consecutive windows count it once.
    """
    window = until - since
    kept = []
    for fused in events:
        span = event_span(fused)
        if span is None or span[1] - span[0] > window:
            continue
        middle = span[0] + (span[1] - span[0]) / 2
        if since <= middle <= until:
            kept.append(fused)
    return kept


def render_report(
    context: ReportContext, path: str | Path, base_url: str | None = DEFAULT_BASE_URL
) -> Path:
    """Write the briefing: HTML for .html/.htm, Markdown for .md/.markdown (charts beside)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".html", ".htm", ".md", ".markdown"):
        raise InputError(f"cannot write a report to {path}: name it .html or .md")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if suffix in (".html", ".htm"):
            path.write_text(_html(context, base_url), encoding="utf-8")
        else:
            for name, png in context.charts.items():
                (path.parent / f"{path.stem}_{name}.png").write_bytes(png)
            path.write_text(_markdown(context, path.stem, base_url), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def _items(events: list[FusedEvent]) -> list[Item]:
    return [
        Item(
            id=row["id"],
            date=row["date"],
            kind=row["kind"],
            modality=row["modality"],
            source=row["source"],
            target=row["target"],
            intensity=row["intensity"],
            summary=row["summary"],
            articles=sorted({m.doc for m in fused.mentions}),
        )
        for row, fused in zip(timeline_rows(events), events, strict=True)
    ]


def _trackers(history: list[FusedEvent], before_end: date, since: date) -> list[dict[str, Any]]:
    """Each tracker's state now and at the end of the previous period, with the changes."""
    earlier = {s.tracker.id: s for s in track_status(filter_timeline(history, until=before_end))}
    by_id = {f.id: f for f in history}
    out = []
    for status in track_status(history):
        old = earlier.get(status.tracker.id)
        moves = [h for h in status.history if h.changed and h.date and h.date >= since.isoformat()]
        out.append(
            {
                "title": status.tracker.title,
                "state": status.state,
                "since": status.since,
                "previous_state": old.state if old else status.tracker.initial,
                "changes": [
                    {
                        "date": h.date,
                        "state": h.state,
                        "event_id": h.event_id,
                        "evidence": h.evidence,
                        "articles": sorted({m.doc for m in by_id[h.event_id].mentions})
                        if h.event_id in by_id
                        else [],
                    }
                    for h in moves
                ],
            }
        )
    return out


def _changes(
    now: list[FusedEvent],
    before: list[FusedEvent],
    kinds_now: Counter[str],
    kinds_before: Counter[str],
    trackers: list[dict[str, Any]],
    history: list[FusedEvent],
    since: date,
    until: date,
) -> list[Statement]:
    """Statements of what is different from the previous period, each with its evidence."""
    out = []
    total_now, total_before = sum(kinds_now.values()), sum(kinds_before.values())
    military = [f for f in now if f.event.kind in MILITARY]
    out.append(
        Statement(
            f"Military events: {total_now} (previous period {total_before}).",
            [f.id for f in military],
            sorted({m.doc for f in military for m in f.mentions}),
        )
    )
    for kind in sorted(set(kinds_now) | set(kinds_before)):
        if kinds_now[kind] and not kinds_before[kind]:
            found = [f for f in military if f.event.kind == kind]
            out.append(Statement(f"New this period: {kind} ({kinds_now[kind]}).", *_refs(found)))
    for pair in PAIRS:
        a = _mean(relations_index(now, pair=pair, freq="day"))
        b = _mean(relations_index(before, pair=pair, freq="day"))
        if a is None and b is None:
            continue
        driving = sorted(
            (f for f in now if f.id in _ids(relations_index(now, pair=pair, freq="day"))),
            key=lambda f: -abs(f.event.intensity or 0.0),
        )[:5]
        out.append(
            Statement(
                f"{pair.replace('-', ' → ')} mean intensity {_fmt(a)} (previous {_fmt(b)}).",
                *_refs(driving),
            )
        )
    for t in trackers:
        if t["state"] != t["previous_state"]:
            ids = [c["event_id"] for c in t["changes"]]
            docs = sorted({d for c in t["changes"] for d in c["articles"]})
            when = t["changes"][-1]["date"] if t["changes"] else t["since"]
            out.append(
                Statement(
                    f"{t['title']}: {t['previous_state']} → {t['state']} ({when}).", ids, docs
                )
            )
    for shift in detect_shifts(history, pairs=list(PAIRS)):
        if since <= shift.date <= until:
            found = [f for f in history if f.id in set(shift.event_ids)]
            out.append(
                Statement(
                    f"Shift in {shift.pair}: toward {shift.direction} from {shift.period}, "
                    f"{shift.summary}.",
                    *_refs(found),
                )
            )
    return out


def _refs(events: list[FusedEvent]) -> tuple[list[str], list[str]]:
    return [f.id for f in events], sorted({m.doc for f in events for m in f.mentions})


def _ids(series: Any) -> set[str]:
    return {i for p in series.points for i in p.event_ids}


def _mean(series: Any) -> float | None:
    count = sum(p.count for p in series.points)
    return sum(p.total for p in series.points) / count if count else None


def _fmt(value: float | None) -> str:
    return "no events" if value is None else f"{value:+.2f}"


def _charts(
    context: ReportContext, history: list[FusedEvent], start: date, end: date
) -> dict[str, bytes]:
    import matplotlib

    matplotlib.use("Agg")  # no display; safe in servers and tests
    import matplotlib.pyplot as plt

    charts = {}
    if context.military_counts:
        kinds = [k for k, _, _ in context.military_counts]
        fig, ax = plt.subplots(figsize=(7, 0.45 * len(kinds) + 1.4), dpi=110)
        ys = range(len(kinds))
        ax.barh(
            [y + 0.2 for y in ys],
            [n for _, n, _ in context.military_counts],
            0.4,
            label="this period",
            color="#b5562b",
        )
        ax.barh(
            [y - 0.2 for y in ys],
            [p for _, _, p in context.military_counts],
            0.4,
            label="previous period",
            color="#c9ced3",
        )
        ax.set_yticks(list(ys), kinds)
        ax.invert_yaxis()
        ax.set_xlabel("fused events")
        ax.legend(frameon=False, loc="lower right")
        ax.set_title("Military activity by kind", loc="left", fontsize=11)
        charts["military"] = _png(fig)
    freq = "week" if (end - start).days <= 240 else "month"
    fig, ax = plt.subplots(figsize=(7, 3), dpi=110)
    drawn = False
    for pair, color in zip(PAIRS, ("#b5562b", "#1f5f8b"), strict=True):
        series = relations_index(history, pair=pair, freq=freq, since=start, until=end)
        points = [p for p in series.points if p.count]
        if points:
            drawn = True
            ax.plot(
                [p.start for p in points],
                [p.mean for p in points],
                "o-",
                ms=3,
                color=color,
                label=pair.replace("-", " → "),
            )
    if drawn:
        ax.axvline(context.since, color="#777", ls="--", lw=1)
        ax.axhline(0, color="#bbb", lw=0.8)
        ax.set_ylabel(f"mean intensity per {freq}")
        ax.legend(frameon=False)
        ax.set_title("Relations index (dashed: start of this period)", loc="left", fontsize=11)
        fig.autofmt_xdate()
        charts["index"] = _png(fig)
    else:
        plt.close(fig)
    return charts


def _png(fig: Any) -> bytes:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def _html(context: ReportContext, base_url: str | None) -> str:
    from peninsula.show.web.deps import templates

    images = {k: base64.b64encode(v).decode("ascii") for k, v in context.charts.items()}
    template = templates.env.get_template("report.html")
    return template.render(r=context, images=images, base=(base_url or "").rstrip("/") or None)


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#"})


def _md(text: object) -> str:
    """Text made inert for Markdown: no emphasis, links, tables or raw HTML from articles."""
    return " ".join(str(text).split()).translate(_MD_SPECIAL).replace("&", "&amp;")


def _md_refs(event_ids: list[str], article_ids: list[str], base: str | None) -> str:
    def link(kind: str, i: str) -> str:
        return f"[{_md(i)}]({base}/{kind}/{i})" if base else f"`{i}`"

    base = (base or "").rstrip("/") or None
    parts = [link("events", i) for i in event_ids[:8]] + [
        link("articles", a) for a in article_ids[:8]
    ]
    more = max(0, len(event_ids) - 8) + max(0, len(article_ids) - 8)
    return " — " + ", ".join(parts) + (f" (+{more} more)" if more else "") if parts else ""


def _markdown(context: ReportContext, stem: str, base_url: str | None) -> str:
    r = context
    lines = [
        f"# Briefing: {r.since} to {r.until}",
        "",
        f"Compared with {r.previous_since} to {r.previous_until}. {r.totals['events']} fused events "
        f"from {r.totals['articles']} articles (previous period {r.totals['previous_events']} "
        f"events). Generated {r.generated}.",
        "",
        "## Headline developments",
        "",
    ]

    def item(i: Item) -> str:
        who = f"{i.source or '?'} → {i.target or '–'}"
        tone = f", intensity {i.intensity:+.1f}" if i.intensity is not None else ""
        return (
            f"- **{i.date or 'undated'}** {i.kind} ({i.modality}), {_md(who)}{tone}: {_md(i.summary)}"
            + _md_refs([i.id], i.articles, base_url)
        )

    lines += [item(i) for i in r.headline] or ["- No events with an intensity."]
    lines += ["", "## Military activity", ""]
    if "military" in r.charts:
        lines += [f"![Military activity by kind]({stem}_military.png)", ""]
    lines += ["| kind | this period | previous |", "| --- | ---: | ---: |"]
    lines += [f"| {_md(k)} | {n} | {p} |" for k, n, p in r.military_counts] or ["| none | 0 | 0 |"]
    lines += [""] + [item(i) for i in r.military]
    lines += ["", "## Diplomacy", ""] + ([item(i) for i in r.diplomacy] or ["- None reported."])
    lines += ["", "## Communication channels", ""]
    lines += [item(i) for i in r.channels] or [
        "- No change reported to liaison lines or loudspeakers."
    ]
    lines += [
        "",
        "## Trackers",
        "",
        "| tracker | state | since | at previous period's end |",
        "| --- | --- | --- | --- |",
    ]
    for t in r.trackers:
        lines.append(
            f"| {_md(t['title'])} | {t['state']} | {t['since'] or '—'} | {t['previous_state']} |"
        )
    for t in r.trackers:
        for c in t["changes"]:
            lines.append(
                f"- {_md(t['title'])}: {c['state']} on {c['date']}: {_md(c['evidence'])}"
                + _md_refs([c["event_id"]], c["articles"], base_url)
            )
    lines += ["", "## What changed since the previous period", ""]
    if "index" in r.charts:
        lines += [f"![Relations index]({stem}_index.png)", ""]
    lines += [
        f"- {_md(s.text)}" + _md_refs(s.event_ids, s.article_ids, base_url) for s in r.changes
    ]
    return "\n".join(lines) + "\n"
