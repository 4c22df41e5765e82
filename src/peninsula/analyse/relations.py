"""Cooperation/conflict index: how the relation between two actors moves over time.

Needs `FusedEvent`s with `intensity` (-10 most hostile .. +10 most cooperative), a source and
a target. Adds nothing to them; it returns an `IndexSeries`: one point per day, week, month or
year, with the sum, count and mean of the intensities of the pair's events in that period and
an exponentially smoothed mean. The formulas are written out in docs/analysis.md.

Pairs: "PRK-KOR" (or "PRK->KOR") is directed, PRK acting on KOR; "PRK~KOR", or any pair with
`directed=False`, takes events in both directions. A joint actor "USA;KOR" counts for each of
its members; a meeting (summit, talks) names all its parties as source and no target, and
counts toward each pair of them. Other events without a target, without an intensity or
without a date are left out.

Implicit targets: a missile launch, a nuclear test or a drill names no target, yet it is
aimed at someone. Such an event without a target counts toward the pairs of its source with
the neighbours it threatens, by reach (`IMPLICIT_TARGETS`: a North Korean ICBM toward the
United States, a short-range launch toward South Korea and Japan, a nuclear test toward all
three). Callers may pass their own table, or `{}` for none.

Precision: an event enters a series only when its date is at least as fine as the series'
periods (no spreading: a month-precision event does not invent daily activity). A week-
precision event enters a monthly or yearly series by its Thursday, as ISO weeks belong to
the month and year holding their Thursday. What was left out is counted in `coarse`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from peninsula.analyse.timeline import as_date, event_span, precision_rank
from peninsula.errors import InputError
from peninsula.models import FusedEvent
from peninsula.settings import Settings

FREQS = ("day", "week", "month", "year")
# Whom a show of force threatens when the text names no one, by source: the key is the
# event's `missile_class` when the table has it, else its kind; kinds absent from a
# source's table keep no target. Reach decides: an ICBM test is a message to the United
# States, an intermediate-range missile also to Japan (Guam lies in its range), a
# short-range or unclassified launch to the South and Japan, whose waters it lands
# between; a nuclear test threatens all three. Editorial choices, see docs/analysis.md.
ImplicitTargets = Mapping[str, Mapping[str, tuple[str, ...]]]
IMPLICIT_TARGETS: ImplicitTargets = {
    "PRK": {
        "nuclear_test": ("KOR", "USA", "JPN"),
        "icbm": ("USA",),
        "irbm": ("USA", "JPN"),
        "hypersonic": ("USA", "JPN"),
        "sam": (),
        "missile_launch": ("KOR", "JPN"),
        "artillery_fire": ("KOR",),
        "military_exercise": ("KOR",),
    },
    "KOR": {
        "missile_launch": ("PRK",),
        "artillery_fire": ("PRK",),
        "military_exercise": ("PRK",),
    },
    "USA": {"military_exercise": ("PRK",)},
}
# A meeting lists all its parties as its source and names no target: each party meets
# each other one.
MUTUAL_KINDS = frozenset({"summit", "talks"})
_FREQ_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_PAIR = re.compile(r"^\s*([A-Za-z]{2,4})\s*(->|-|~)\s*([A-Za-z]{2,4})\s*$")


@dataclass(frozen=True, slots=True)
class IndexPoint:
    period: str  # "2024-01-15", "2024-W03", "2024-01" or "2024"
    start: date
    total: float
    count: int
    mean: float
    smoothed: float
    event_ids: tuple[str, ...] = ()


@dataclass(slots=True)
class IndexSeries:
    pair: str
    freq: str
    directed: bool
    points: list[IndexPoint] = field(default_factory=list)
    coarse: int = 0  # events of the pair left out because their date is coarser than freq

    def rows(self) -> list[dict[str, Any]]:
        """One printable row per period (event ids as a count, for tables and CSV)."""
        return [
            {
                "period": p.period,
                "start": p.start.isoformat(),
                "total": p.total,
                "count": p.count,
                "mean": p.mean,
                "smoothed": p.smoothed,
            }
            for p in self.points
        ]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for point in data["points"]:
            point["start"] = point["start"].isoformat()
            point["event_ids"] = list(point["event_ids"])
        return data


def relations_index(
    events: Iterable[FusedEvent],
    pair: str = "PRK-KOR",
    freq: str = "month",
    directed: bool = True,
    since: date | str | None = None,
    until: date | str | None = None,
    settings: Settings | None = None,
    implicit_targets: ImplicitTargets | None = None,
) -> IndexSeries:
    """The index of one pair at one frequency, empty periods filled with zeros.

    The series runs from `since` (else the first event's period) to `until` (else the last
    event's period). `smoothed` carries its last value across empty periods. Events of
    `SHOW_OF_FORCE_KINDS` without a target count toward `implicit_targets` (default
    `IMPLICIT_TARGETS`; `{}` turns the rule off).
    """
    implicit = IMPLICIT_TARGETS if implicit_targets is None else implicit_targets
    settings = settings or Settings()
    a, b, directed = parse_pair(pair, directed)
    _check_freq(freq)
    low, high = as_date(since), as_date(until, end=True)
    label = f"{a}-{b}" if directed else f"{a}~{b}"
    series = IndexSeries(pair=label, freq=freq, directed=directed)

    buckets: dict[date, list[FusedEvent]] = {}
    for fused in events:
        if not _in_pair(fused, a, b, directed, implicit) or fused.event.intensity is None:
            continue
        day = placement_day(fused, freq)
        if day is None:
            if event_span(fused) is not None:
                series.coarse += 1
            continue
        if (low is not None and day < low) or (high is not None and day > high):
            continue
        buckets.setdefault(period_start(day, freq), []).append(fused)

    if not buckets and (low is None or high is None):
        return series
    first = period_start(low, freq) if low is not None else min(buckets)
    last = period_start(high, freq) if high is not None else max(buckets)
    alpha = settings.index_smoothing
    smoothed: float | None = None
    start = first
    while start <= last:
        members = sorted(buckets.get(start, []), key=lambda f: f.id)
        count = len(members)
        total = sum(float(f.event.intensity or 0.0) for f in members)
        mean = total / count if count else 0.0
        if count:
            smoothed = mean if smoothed is None else alpha * mean + (1 - alpha) * smoothed
        series.points.append(
            IndexPoint(
                period=period_label(start, freq),
                start=start,
                total=round(total, 4),
                count=count,
                mean=round(mean, 4),
                smoothed=round(smoothed or 0.0, 4),
                event_ids=tuple(f.id for f in members),
            )
        )
        start = next_period(start, freq)
    return series


def pairs(
    events: Iterable[FusedEvent],
    directed: bool = True,
    implicit_targets: ImplicitTargets | None = None,
) -> list[tuple[str, int]]:
    """Every actor pair with its number of events (with an intensity), most active first."""
    implicit = IMPLICIT_TARGETS if implicit_targets is None else implicit_targets
    counts: Counter[str] = Counter()
    for fused in events:
        e = fused.event
        if e.source is None or e.intensity is None:
            continue
        seen = set()
        for s in e.source.codes:
            for t in _targets(fused, s, implicit):
                if s == t:
                    continue
                seen.add(f"{s}-{t}" if directed else "~".join(sorted((s, t))))
        counts.update(seen)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def parse_pair(pair: str, directed: bool = True) -> tuple[str, str, bool]:
    """("PRK", "KOR", directed) from "PRK-KOR", "PRK->KOR" or "PRK~KOR" (always undirected)."""
    found = _PAIR.match(pair)
    if not found:
        raise InputError(f"bad pair {pair!r}: write SRC-TGT (directed) or SRC~TGT, e.g. PRK-KOR")
    return found[1].upper(), found[3].upper(), directed and found[2] != "~"


def placement_day(fused: FusedEvent, freq: str) -> date | None:
    """The day that places the event in a series of `freq`, or None if its date is coarser."""
    span = event_span(fused)
    if span is None or precision_rank(fused) > _FREQ_RANK[freq]:
        return None
    if precision_rank(fused) == 1 and freq != "week":
        return span[0] + timedelta(days=3)  # an ISO week belongs where its Thursday lies
    return span[0]


def period_start(day: date, freq: str) -> date:
    if freq == "day":
        return day
    if freq == "week":
        return day - timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    return date(day.year, 1, 1)


def next_period(start: date, freq: str) -> date:
    if freq == "day":
        return start + timedelta(days=1)
    if freq == "week":
        return start + timedelta(days=7)
    if freq == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def period_label(start: date, freq: str) -> str:
    if freq == "day":
        return start.isoformat()
    if freq == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if freq == "month":
        return f"{start.year}-{start.month:02d}"
    return str(start.year)


def _in_pair(fused: FusedEvent, a: str, b: str, directed: bool, implicit: ImplicitTargets) -> bool:
    source = fused.event.source
    if source is None:
        return False
    if a in source.codes and b in _targets(fused, a, implicit):
        return True
    return not directed and b in source.codes and a in _targets(fused, b, implicit)


def _targets(fused: FusedEvent, source: str, implicit: ImplicitTargets) -> tuple[str, ...]:
    """The event's target codes; for a targetless show of force, the source's implicit ones;
    for a meeting, its other parties."""
    e = fused.event
    if e.target is not None:
        return e.target.codes
    if e.kind in MUTUAL_KINDS and e.source is not None:
        return tuple(code for code in e.source.codes if code != source)
    table = implicit.get(source, {})
    key = str(e.attrs.get("missile_class") or "").lower()
    return table[key] if key in table else table.get(e.kind, ())


def _check_freq(freq: str) -> None:
    if freq not in FREQS:
        raise InputError(f"bad frequency {freq!r}: use one of {', '.join(FREQS)}")
