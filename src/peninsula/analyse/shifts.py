"""Shifts: turns in a relation, found by change-point detection on the relations index.

Needs `FusedEvent`s with intensities (see `relations.py`) and `Settings.shift_penalty` and
`Settings.shift_min_size`. Adds `Shift` alerts: where the level of a pair's index moved, from
what level to what level, whether toward hostility or a thaw, and the events that drove it.

Method (written out in docs/analysis.md): the per-period mean of the pair's index, empty
periods holding the last known mean (silence is not a change), divided by a robust estimate
of its noise, is segmented with ruptures' Pelt (l2 cost). Adjacent segments whose levels (the
count-weighted mean intensity of their events) differ by less than `min_change` are merged,
smallest difference first, so that one turn split into small steps is reported once. A
boundary left between two segments with at least `_MIN_SIDE_EVENTS` events each is a shift.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from statistics import median

import numpy as np

from peninsula.analyse.relations import ImplicitTargets, IndexPoint, relations_index
from peninsula.analyse.relations import pairs as pair_counts
from peninsula.models import FusedEvent
from peninsula.settings import Settings

# the smallest level change (intensity points, on the -10..+10 scale) worth an alert
MIN_LEVEL_CHANGE = Settings().shift_min_change  # kept for callers of the old name
# a level resting on one or two events is an anecdote, not a level
_MIN_SIDE_EVENTS = 3
# pairs scanned when none are named: those with at least this many events, most active first
_MIN_PAIR_EVENTS = 6
_MAX_PAIRS = 20
_TOP_EVENTS = 5


@dataclass(frozen=True, slots=True)
class Shift:
    pair: str
    freq: str
    period: str  # the first period of the new level
    date: date  # its first day
    level_before: float
    level_after: float
    direction: str  # "hostile" or "thaw"
    magnitude: float
    event_ids: tuple[str, ...]  # the events that drove it, strongest first

    def to_dict(self) -> dict[str, object]:
        return {
            "pair": self.pair,
            "freq": self.freq,
            "period": self.period,
            "date": self.date.isoformat(),
            "level_before": self.level_before,
            "level_after": self.level_after,
            "direction": self.direction,
            "magnitude": self.magnitude,
            "event_ids": list(self.event_ids),
        }


def detect_shifts(
    events: Iterable[FusedEvent],
    pairs: list[str] | None = None,
    freq: str = "month",
    settings: Settings | None = None,
    min_change: float | None = None,
    implicit_targets: ImplicitTargets | None = None,
) -> list[Shift]:
    """Shifts of every named pair (default: the most active directed pairs), by date.

    `implicit_targets` is passed to the relations index (None: its default table).
    """
    settings = settings or Settings()
    if min_change is None:
        min_change = settings.shift_min_change
    events = list(events)
    chosen = pairs if pairs is not None else _active_pairs(events, implicit_targets)
    by_id = {f.id: f for f in events}
    found: list[Shift] = []
    for pair in chosen:
        series = relations_index(
            events,
            pair=pair,
            freq=freq,
            settings=settings,
            implicit_targets=implicit_targets,
        )
        found.extend(_shifts_in(series.pair, freq, series.points, by_id, settings, min_change))
    return sorted(found, key=lambda s: (s.date, s.pair))


def _active_pairs(events: list[FusedEvent], implicit_targets: ImplicitTargets | None) -> list[str]:
    ranked = pair_counts(events, directed=True, implicit_targets=implicit_targets)
    return [pair for pair, count in ranked if count >= _MIN_PAIR_EVENTS][:_MAX_PAIRS]


def _shifts_in(
    pair: str,
    freq: str,
    points: Sequence[IndexPoint],
    by_id: dict[str, FusedEvent],
    settings: Settings,
    min_change: float,
) -> list[Shift]:
    min_size = max(1, settings.shift_min_size)
    if len(points) < 2 * min_size or _events(points) < 2 * _MIN_SIDE_EVENTS:
        return []  # too short to hold two segments: no alert rather than a guess
    bounds = _change_points(_signal(points), settings.shift_penalty, min_size)
    segments = _merge_small_steps(points, [0, *bounds, len(points)], min_change)
    shifts = []
    for (lo, mid), (_, hi) in zip(segments, segments[1:], strict=False):
        before, after = _level(points[lo:mid]), _level(points[mid:hi])
        if before is None or after is None or abs(after - before) < min_change:
            continue
        direction = "hostile" if after < before else "thaw"
        window = points[max(lo, mid - min_size) : min(hi, mid + min_size)]
        shifts.append(
            Shift(
                pair=pair,
                freq=freq,
                period=points[mid].period,
                date=points[mid].start,
                level_before=round(before, 3),
                level_after=round(after, 3),
                direction=direction,
                magnitude=round(abs(after - before), 3),
                event_ids=_drivers(window, by_id, direction),
            )
        )
    return shifts


def _signal(points: Sequence[IndexPoint]) -> np.ndarray:
    """Period means, gaps holding the last known mean, in units of the noise level."""
    means = [p.mean if p.count else None for p in points]
    first = next(m for m in means if m is not None)
    filled, last = [], first
    for m in means:
        last = m if m is not None else last
        filled.append(last)
    observed = [m for m in means if m is not None]
    steps = [abs(b - a) for a, b in zip(observed, observed[1:], strict=False)]
    # median absolute step / (0.6745 * sqrt 2) estimates the noise sd of a piecewise-flat
    # series, and is barely moved by the few real jumps
    sigma = median(steps) / 0.954 if steps else 0.0
    return np.asarray(filled, dtype=float).reshape(-1, 1) / (sigma if sigma > 1e-6 else 1.0)


def _change_points(signal: np.ndarray, penalty: float, min_size: int) -> list[int]:
    import ruptures as rpt  # imported here: it is slow to import and only shifts need it

    try:
        ends = rpt.Pelt(model="l2", min_size=min_size, jump=1).fit(signal).predict(pen=penalty)
    except rpt.exceptions.BadSegmentationParameters:
        return []
    return [end for end in ends if end < len(signal)]


def _merge_small_steps(
    points: Sequence[IndexPoint], edges: list[int], min_change: float
) -> list[tuple[int, int]]:
    """Join neighbouring segments whose levels differ by less than `min_change`."""
    segments = [(lo, hi) for lo, hi in zip(edges, edges[1:], strict=False) if hi > lo]
    while len(segments) > 1:
        gaps = []
        for i in range(len(segments) - 1):
            before = _level(points[slice(*segments[i])])
            after = _level(points[slice(*segments[i + 1])])
            thin = _events(points[slice(*segments[i])]) < _MIN_SIDE_EVENTS or (
                _events(points[slice(*segments[i + 1])]) < _MIN_SIDE_EVENTS
            )
            gap = 0.0 if thin or before is None or after is None else abs(after - before)
            gaps.append((gap, i))
        gap, i = min(gaps)
        if gap >= min_change:
            break
        segments[i : i + 2] = [(segments[i][0], segments[i + 1][1])]
    return segments


def _level(points: Sequence[IndexPoint]) -> float | None:
    count = _events(points)
    return sum(p.total for p in points) / count if count else None


def _events(points: Sequence[IndexPoint]) -> int:
    return sum(p.count for p in points)


def _drivers(
    window: Sequence[IndexPoint], by_id: dict[str, FusedEvent], direction: str
) -> tuple[str, ...]:
    """The strongest events near the change; those pulling the way it went rank first."""
    sign = -1.0 if direction == "hostile" else 1.0
    found = [by_id[i] for p in window for i in p.event_ids if i in by_id]

    def strength(fused: FusedEvent) -> tuple[bool, float, str]:
        value = float(fused.event.intensity or 0.0)
        return (value * sign <= 0, -abs(value), fused.id)

    return tuple(f.id for f in sorted(found, key=strength)[:_TOP_EVENTS])
