"""Shifts: turns in a relation, found by change-point detection on the relations index.

Needs `FusedEvent`s with intensities (see `relations.py`) and the `shift_*` fields of
`Settings`. Adds `Shift` alerts: where a pair's relation moved, from what to what, whether
toward hostility or a thaw, and the events that drove it.

Two measures are watched, because a relation can turn in two ways (docs/analysis.md):

- **level**, the mean intensity of the pair's events (its tone). The per-period mean, empty
  periods holding the last known mean (silence is not a change), divided by a robust
  estimate of its noise, is segmented (`segments.py`).
- **pressure**, the net intensity per period (the index's `total`): the same tone with twice
  the events is twice the pressure. Segmented the same way over regimes of at least
  `shift_pressure_min_size` periods, inside the span the corpus was reporting, and kept only
  when the change is large against the noise of bursty news.

A turn seen in both measures is reported once, as a level shift.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

import numpy as np

from peninsula.analyse.relations import (
    ImplicitTargets,
    IndexPoint,
    next_period,
    relations_index,
)
from peninsula.analyse.relations import pairs as pair_counts
from peninsula.analyse.segments import MIN_SIDE_EVENTS, Segment, events_in, turns
from peninsula.models import FusedEvent
from peninsula.settings import Settings

# the smallest level change (intensity points, on the -10..+10 scale) worth an alert
MIN_LEVEL_CHANGE = Settings().shift_min_change  # kept for callers of the old name
# pairs scanned when none are named: those with at least this many events, most active first
_MIN_PAIR_EVENTS = 6
_MAX_PAIRS = 20
_TOP_EVENTS = 5
# `shift_min_change` is read per month for pressure and scaled to the period's length
_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4, "year": 365.0}


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
        """What moved: "level -3.8 → +1.0", "pressure -6.2 → -18.6 per month at a level of -4.4"."""
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
    watch = _Watch(freq, settings, min_change, {f.id: f for f in events}, _coverage(events))
    found: list[Shift] = []
    for pair in chosen:
        series = relations_index(
            events, pair=pair, freq=freq, settings=settings, implicit_targets=implicit_targets
        )
        found.extend(watch.shifts(series.pair, series.points))
    return sorted(found, key=lambda s: (s.date, s.pair))


def _active_pairs(events: list[FusedEvent], implicit_targets: ImplicitTargets | None) -> list[str]:
    ranked = pair_counts(events, directed=True, implicit_targets=implicit_targets)
    return [pair for pair, count in ranked if count >= _MIN_PAIR_EVENTS][:_MAX_PAIRS]


def _coverage(events: list[FusedEvent]) -> tuple[date, date] | None:
    """The first and last publication days of the reports: the span the corpus watched."""
    days = []
    for fused in events:
        try:
            days.append(date.fromisoformat((fused.first_reported or "")[:10]))
        except ValueError:
            continue  # an unreadable day says nothing of the span; the others still do
    return (min(days), max(days)) if days else None


@dataclass(frozen=True, slots=True)
class _Watch:
    """One detection run's settings, shared by every pair."""

    freq: str
    settings: Settings
    min_change: float
    by_id: dict[str, FusedEvent]
    coverage: tuple[date, date] | None

    def shifts(self, pair: str, points: Sequence[IndexPoint]) -> list[Shift]:
        if events_in(points) < 2 * MIN_SIDE_EVENTS:
            return []  # too few events to hold two levels: no alert rather than a guess
        by_level = self._level_shifts(pair, points)
        position = {p.start: i for i, p in enumerate(points)}

        def seen(shift: Shift) -> bool:
            """A turn seen in both measures is reported once, by its level."""
            return any(
                other.direction == shift.direction
                and abs(position[other.date] - position[shift.date]) < self.pressure_size
                for other in by_level
            )

        by_pressure = [s for s in self._pressure_shifts(pair, points) if not seen(s)]
        return sorted(by_level + by_pressure, key=lambda s: s.date)

    @property
    def level_size(self) -> int:
        return max(1, self.settings.shift_min_size)

    @property
    def pressure_size(self) -> int:
        return max(self.level_size, self.settings.shift_pressure_min_size)

    def _level_shifts(self, pair: str, points: Sequence[IndexPoint]) -> list[Shift]:
        def gap(before: Sequence[IndexPoint], after: Sequence[IndexPoint]) -> float:
            a, b = _level(before), _level(after)
            return 0.0 if a is None or b is None else abs(b - a)

        found = turns(
            points,
            _tone_signal(points),
            self.level_size,
            self.settings.shift_penalty,
            gap,
            self.min_change,
        )
        return [self._shift(pair, points, seg, "level") for seg in found]

    def _pressure_shifts(self, pair: str, points: Sequence[IndexPoint]) -> list[Shift]:
        watched = self._watched(points)
        floor = self.min_change * _DAYS[self.freq] / _DAYS["month"]

        def gap(before: Sequence[IndexPoint], after: Sequence[IndexPoint]) -> float:
            a, b = _pressure(before), _pressure(after)
            change = abs(b - a)
            if _ratio(a, b) < self.settings.shift_pressure_ratio or change < floor:
                return 0.0
            if _pressure_z(before, after, self.by_id) < self.settings.shift_pressure_z:
                return 0.0
            return change

        found = turns(
            watched,
            _pressure_signal(watched),
            self.pressure_size,
            self.settings.shift_penalty,
            gap,
            max(floor, 1e-9),  # `gap` is 0 below every threshold, the change above them
        )
        return [self._shift(pair, watched, seg, "pressure") for seg in found]

    def _watched(self, points: Sequence[IndexPoint]) -> Sequence[IndexPoint]:
        """The whole periods the corpus was reporting.

        Pressure counts reports: before the first article, events are remembered in
        retrospect and bound to look sparse; a period the corpus saw only in part holds
        only part of its events.
        """
        if self.coverage is None:
            return points
        first, last = self.coverage
        return [
            p
            for p in points
            if p.start >= first and next_period(p.start, self.freq) - timedelta(days=1) <= last
        ]

    def _shift(
        self,
        pair: str,
        points: Sequence[IndexPoint],
        segments: tuple[Segment, Segment],
        measure: str,
    ) -> Shift:
        (lo, mid), (_, hi) = segments
        before, after = points[lo:mid], points[mid:hi]
        level_before, level_after = _level(before) or 0.0, _level(after) or 0.0
        pressure_before, pressure_after = _pressure(before), _pressure(after)
        if measure == "level":
            change = level_after - level_before
            # the periods on either side of the step
            window = points[max(lo, mid - self.level_size) : min(hi, mid + self.level_size)]
        else:
            change = pressure_after - pressure_before
            # a change of pressure is made by the events of the new regime; when it fell
            # silent, the last events of the old one show what stopped
            window = points[mid : min(hi, mid + self.pressure_size)]
            if not events_in(window):
                window = points[max(lo, mid - self.pressure_size) : mid]
        direction = "hostile" if change < 0 else "thaw"
        return Shift(
            pair=pair,
            freq=self.freq,
            period=points[mid].period,
            date=points[mid].start,
            level_before=round(level_before, 3),
            level_after=round(level_after, 3),
            direction=direction,
            magnitude=round(abs(change), 3),
            event_ids=_drivers(window, self.by_id, direction),
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


def _level(points: Sequence[IndexPoint]) -> float | None:
    count = events_in(points)
    return sum(p.total for p in points) / count if count else None


def _pressure(points: Sequence[IndexPoint]) -> float:
    return sum(p.total for p in points) / len(points) if points else 0.0


def _pressure_z(
    before: Sequence[IndexPoint], after: Sequence[IndexPoint], by_id: dict[str, FusedEvent]
) -> float:
    """How many standard errors apart the two pressures are (quasi-Poisson).

    Under the null both sides share one rate r of events per period, and a period's net
    intensity has variance r * mean(intensity^2) if events arrive as a Poisson stream. News
    comes in bursts, so that variance is scaled by the dispersion actually seen: the pooled
    variance of the period totals around their own side's mean, over the Poisson one (at
    least 1).
    """
    ids = [i for p in (*before, *after) for i in p.event_ids if i in by_id]
    n1, n2 = len(before), len(after)
    if not ids or not n1 or not n2:
        return 0.0
    rate = len(ids) / (n1 + n2)
    poisson = rate * sum(float(by_id[i].event.intensity or 0.0) ** 2 for i in ids) / len(ids)
    if poisson <= 0:
        return float("inf")
    mean1, mean2 = _pressure(before), _pressure(after)
    residual = sum((p.total - mean1) ** 2 for p in before)
    residual += sum((p.total - mean2) ** 2 for p in after)
    pooled = residual / (n1 + n2 - 2) if n1 + n2 > 2 else poisson
    dispersion = max(1.0, pooled / poisson)
    spread = (dispersion * poisson * (1 / n1 + 1 / n2)) ** 0.5
    return abs(mean2 - mean1) / spread


def _ratio(a: float, b: float) -> float:
    """How many times stronger the stronger pressure is; a change of sign is infinite."""
    if a * b <= 0:
        return float("inf")
    return max(abs(a), abs(b)) / min(abs(a), abs(b))


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
