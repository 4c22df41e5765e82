"""Shifts: turns in a relation, found by change-point detection on the relations index.

Needs `FusedEvent`s with intensities (see `relations.py`) and the `shift_*` fields of
`Settings`. Adds `Shift` alerts: where a pair's relation moved, from what to what, whether
toward hostility or a thaw, and the events that drove it.

Two measures are watched, because a relation can turn in two ways (docs/analysis.md):

- **level**, the mean intensity of the pair's events (its tone). The per-period mean, empty
  periods holding the last known mean (silence is not a change), divided by a robust
  estimate of its noise, is segmented with ruptures' Pelt (l2 cost).
- **pressure**, the net intensity per period (the index's `total`): the same tone with twice
  the events is twice the pressure. Segmented the same way over regimes of at least
  `shift_pressure_min_size` periods, so that one busy month is not a regime.

Adjacent segments whose difference is below the threshold are merged, smallest first, so
that one turn split into small steps is reported once. A boundary left between two segments
with at least `_MIN_SIDE_EVENTS` events each is a shift. A turn seen in both measures is
reported once, as a level shift.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from statistics import median

import numpy as np

from peninsula.analyse.relations import ImplicitTargets, IndexPoint, period_start, relations_index
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
    magnitude: float  # the change in the shift's own measure
    event_ids: tuple[str, ...]  # the events that drove it, strongest first
    measure: str = "level"  # "level" (mean intensity) or "pressure" (net intensity per period)
    pressure_before: float = 0.0
    pressure_after: float = 0.0

    @property
    def summary(self) -> str:
        """What moved, in words: "level -3.8 -> +1.0" or "pressure -6.2 -> -18.6 per month"."""
        if self.measure == "pressure":
            return (
                f"pressure {self.pressure_before:+.1f} → {self.pressure_after:+.1f} per "
                f"{self.freq} at a level of {self.level_after:+.1f}"
            )
        return f"level {self.level_before:+.1f} → {self.level_after:+.1f}"

    def to_dict(self) -> dict[str, object]:
        return {
            "pair": self.pair,
            "freq": self.freq,
            "period": self.period,
            "date": self.date.isoformat(),
            "measure": self.measure,
            "summary": self.summary,
            "level_before": self.level_before,
            "level_after": self.level_after,
            "pressure_before": self.pressure_before,
            "pressure_after": self.pressure_after,
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
    coverage = _coverage(events)
    found: list[Shift] = []
    for pair in chosen:
        series = relations_index(
            events,
            pair=pair,
            freq=freq,
            settings=settings,
            implicit_targets=implicit_targets,
        )
        found.extend(
            _shifts_in(series.pair, freq, series.points, by_id, settings, min_change, coverage)
        )
    return sorted(found, key=lambda s: (s.date, s.pair))


def _coverage(events: list[FusedEvent]) -> tuple[date, date] | None:
    """The first and last publication days of the reports: the span the corpus watched."""
    days = sorted(f.first_reported[:10] for f in events if f.first_reported)
    if not days:
        return None
    try:
        return date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    except ValueError:
        return None


def _active_pairs(events: list[FusedEvent], implicit_targets: ImplicitTargets | None) -> list[str]:
    ranked = pair_counts(events, directed=True, implicit_targets=implicit_targets)
    return [pair for pair, count in ranked if count >= _MIN_PAIR_EVENTS][:_MAX_PAIRS]


Segment = tuple[int, int]  # [lo, hi) into the series' points


def _shifts_in(
    pair: str,
    freq: str,
    points: Sequence[IndexPoint],
    by_id: dict[str, FusedEvent],
    settings: Settings,
    min_change: float,
    coverage: tuple[date, date] | None = None,
) -> list[Shift]:
    if _events(points) < 2 * _MIN_SIDE_EVENTS:
        return []  # too few events to hold two levels: no alert rather than a guess

    def level_gap(before: Sequence[IndexPoint], after: Sequence[IndexPoint]) -> float:
        a, b = _level(before), _level(after)
        return 0.0 if a is None or b is None else abs(b - a)

    def pressure_gap(before: Sequence[IndexPoint], after: Sequence[IndexPoint]) -> float:
        a, b = _pressure(before), _pressure(after)
        strong = _ratio(a, b) >= settings.shift_pressure_ratio
        if not strong or _pressure_z(before, after, by_id) < settings.shift_pressure_z:
            return 0.0
        return abs(b - a)

    level_size = max(1, settings.shift_min_size)
    pressure_size = max(level_size, settings.shift_pressure_min_size)
    by_level = _segments(points, _tone_signal(points), level_size, level_gap, settings, min_change)
    # pressure counts reports, so it is read only where the corpus was reporting: before its
    # first article, events are remembered in retrospect and the count is bound to rise
    watched = _watched(points, coverage, freq)
    by_pressure = _segments(
        watched, _pressure_signal(watched), pressure_size, pressure_gap, settings, min_change
    )
    shifts = [_shift(pair, freq, points, seg, "level", by_id, settings) for seg in by_level]
    level_turns = [(seg[1][0], s.direction) for seg, s in zip(by_level, shifts, strict=True)]
    offset = points.index(watched[0]) if watched else 0
    for seg in by_pressure:
        shift = _shift(pair, freq, watched, seg, "pressure", by_id, settings)
        seen = any(
            direction == shift.direction and abs(mid - offset - seg[1][0]) < pressure_size
            for mid, direction in level_turns
        )
        if not seen:  # a turn seen in both measures is reported once, by its level
            shifts.append(shift)
    return sorted(shifts, key=lambda s: s.date)


def _watched(
    points: Sequence[IndexPoint], coverage: tuple[date, date] | None, freq: str
) -> Sequence[IndexPoint]:
    if coverage is None:
        return points
    first, last = period_start(coverage[0], freq), coverage[1]
    return [p for p in points if first <= p.start <= last]


def _segments(
    points: Sequence[IndexPoint],
    signal: np.ndarray,
    min_size: int,
    gap: Callable[[Sequence[IndexPoint], Sequence[IndexPoint]], float],
    settings: Settings,
    min_change: float,
) -> list[tuple[Segment, Segment]]:
    """Pairs of neighbouring segments whose measure differs by at least `min_change`."""
    if len(points) < 2 * min_size:
        return []
    bounds = _change_points(signal, settings.shift_penalty, min_size)
    segments = _merge_small_steps(points, [0, *bounds, len(points)], gap, min_change)
    return [
        (before, after)
        for before, after in zip(segments, segments[1:], strict=False)
        if gap(points[slice(*before)], points[slice(*after)]) >= min_change
    ]


def _shift(
    pair: str,
    freq: str,
    points: Sequence[IndexPoint],
    segments: tuple[Segment, Segment],
    measure: str,
    by_id: dict[str, FusedEvent],
    settings: Settings,
) -> Shift:
    (lo, mid), (_, hi) = segments
    before, after = points[lo:mid], points[mid:hi]
    level_before, level_after = _level(before) or 0.0, _level(after) or 0.0
    pressure_before, pressure_after = _pressure(before), _pressure(after)
    if measure == "level":
        change = level_after - level_before
    else:
        change = pressure_after - pressure_before
    direction = "hostile" if change < 0 else "thaw"
    reach = max(1, settings.shift_min_size)
    window = points[max(lo, mid - reach) : min(hi, mid + reach)]
    return Shift(
        pair=pair,
        freq=freq,
        period=points[mid].period,
        date=points[mid].start,
        level_before=round(level_before, 3),
        level_after=round(level_after, 3),
        direction=direction,
        magnitude=round(abs(change), 3),
        event_ids=_drivers(window, by_id, direction),
        measure=measure,
        pressure_before=round(pressure_before, 3),
        pressure_after=round(pressure_after, 3),
    )


def _tone_signal(points: Sequence[IndexPoint]) -> np.ndarray:
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


def _pressure_signal(points: Sequence[IndexPoint]) -> np.ndarray:
    """Period totals (silence is no pressure) in units of their spread."""
    totals = np.asarray([p.total for p in points], dtype=float)
    # the median step is 0 in a series of mostly quiet periods, so the spread is taken from
    # the root-mean-square step instead: larger, which only makes the segmentation cautious
    steps = np.diff(totals)
    sigma = float(np.sqrt(np.mean(steps**2) / 2)) if len(steps) else 0.0
    return totals.reshape(-1, 1) / (sigma if sigma > 1e-6 else 1.0)


def _change_points(signal: np.ndarray, penalty: float, min_size: int) -> list[int]:
    import ruptures as rpt  # imported here: it is slow to import and only shifts need it

    class SummedL2(rpt.base.BaseCost):  # type: ignore[misc]
        """ruptures' l2 cost from running sums: O(1) a segment instead of a variance."""

        model = "l2"
        min_size = 1

        def fit(self, signal: np.ndarray) -> SummedL2:
            self.signal = signal
            self.sums = np.vstack([np.zeros(signal.shape[1]), np.cumsum(signal, axis=0)])
            self.squares = np.concatenate([[0.0], np.cumsum((signal**2).sum(axis=1))])
            return self

        def error(self, start: int, end: int) -> float:
            if end - start < self.min_size:
                raise rpt.exceptions.NotEnoughPoints
            total = self.sums[end] - self.sums[start]
            squares = self.squares[end] - self.squares[start]
            return float(squares - (total**2).sum() / (end - start))

    try:
        pelt = rpt.Pelt(custom_cost=SummedL2(), min_size=min_size, jump=1)
        ends = pelt.fit(signal).predict(pen=penalty)
    except rpt.exceptions.BadSegmentationParameters:
        return []
    return [end for end in ends if end < len(signal)]


def _merge_small_steps(
    points: Sequence[IndexPoint],
    edges: list[int],
    gap: Callable[[Sequence[IndexPoint], Sequence[IndexPoint]], float],
    min_change: float,
) -> list[Segment]:
    """Join neighbouring segments whose `gap` is less than `min_change`; thin ones first."""
    segments = [(lo, hi) for lo, hi in zip(edges, edges[1:], strict=False) if hi > lo]
    while len(segments) > 1:
        gaps = []
        for i in range(len(segments) - 1):
            before, after = points[slice(*segments[i])], points[slice(*segments[i + 1])]
            thin = min(_events(before), _events(after)) < _MIN_SIDE_EVENTS
            gaps.append((0.0 if thin else gap(before, after), i))
        smallest, i = min(gaps)
        if smallest >= min_change:
            break
        segments[i : i + 2] = [(segments[i][0], segments[i + 1][1])]
    return segments


def _level(points: Sequence[IndexPoint]) -> float | None:
    count = _events(points)
    return sum(p.total for p in points) / count if count else None


def _pressure(points: Sequence[IndexPoint]) -> float:
    return sum(p.total for p in points) / len(points) if points else 0.0


def _pressure_z(
    before: Sequence[IndexPoint], after: Sequence[IndexPoint], by_id: dict[str, FusedEvent]
) -> float:
    """How many standard errors apart the two pressures are, were events a Poisson stream.

    Under that null both sides share one rate of events per period, and a period's net
    intensity has variance rate * mean(intensity^2). News comes in bursts, which makes this
    noise estimate low; the z threshold (Settings.shift_pressure_z) leaves room for that.
    """
    ids = [i for p in (*before, *after) for i in p.event_ids if i in by_id]
    if not ids or not before or not after:
        return 0.0
    rate = len(ids) / (len(before) + len(after))
    square = sum(float(by_id[i].event.intensity or 0.0) ** 2 for i in ids) / len(ids)
    spread = (rate * square * (1 / len(before) + 1 / len(after))) ** 0.5
    change = abs(_pressure(after) - _pressure(before))
    return change / spread if spread > 0 else float("inf")


def _ratio(a: float, b: float) -> float:
    """How many times stronger the stronger pressure is; a change of sign is infinite."""
    if a * b <= 0:
        return float("inf")
    return max(abs(a), abs(b)) / min(abs(a), abs(b))


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
