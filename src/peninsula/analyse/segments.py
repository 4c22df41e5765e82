"""Segments of an index series: ruptures' Pelt, then merging until every step matters.

Needs a series of `IndexPoint`s, a signal built from it (one row per point), and a `gap`
function saying how far apart two stretches of points are in some measure. Gives the pairs
of neighbouring segments whose gap is at least a threshold. `shifts.py` runs it once per
measure (level, pressure); the statistics of each measure stay there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import numpy as np

from peninsula.analyse.relations import IndexPoint

Segment = tuple[int, int]  # [lo, hi) into the series' points
Gap = Callable[[Sequence[IndexPoint], Sequence[IndexPoint]], float]

# a level or pressure resting on one or two events is an anecdote, not a level
MIN_SIDE_EVENTS = 3


def turns(
    points: Sequence[IndexPoint],
    signal: np.ndarray,
    min_size: int,
    penalty: float,
    gap: Gap,
    threshold: float,
) -> list[tuple[Segment, Segment]]:
    """Neighbouring segments, each with enough events, whose `gap` is at least `threshold`."""
    if len(points) < 2 * min_size:
        return []
    bounds = change_points(signal, penalty, min_size)
    segments = _merge_small_steps(points, [0, *bounds, len(points)], gap, threshold)
    # merging stops once the smallest remaining gap reaches the threshold, so every
    # boundary left separates two segments that differ enough and hold enough events
    return list(zip(segments, segments[1:], strict=False))


def change_points(signal: np.ndarray, penalty: float, min_size: int) -> list[int]:
    """Pelt with the l2 cost: the indices where a new segment starts."""
    import ruptures as rpt  # imported here: it is slow to import and only shifts need it

    try:
        pelt = rpt.Pelt(custom_cost=_summed_l2()(), min_size=min_size, jump=1)
        ends = pelt.fit(signal).predict(pen=penalty)
    except rpt.exceptions.BadSegmentationParameters:
        return []
    return [end for end in ends if end < len(signal)]


@cache
def _summed_l2() -> type:
    """ruptures' l2 cost from running sums: O(1) a segment instead of a variance each time.

    Built once, on first use, so that ruptures is imported only by those who segment.
    """
    import ruptures as rpt

    class SummedL2(rpt.base.BaseCost):  # type: ignore[misc]
        model = "l2"
        min_size = 1

        def fit(self, signal: np.ndarray) -> Any:
            self.signal = signal
            # centred, so that the difference of large running sums keeps its precision
            centred = signal - signal.mean(axis=0)
            self.sums = np.vstack([np.zeros(signal.shape[1]), np.cumsum(centred, axis=0)])
            self.squares = np.concatenate([[0.0], np.cumsum((centred**2).sum(axis=1))])
            return self

        def error(self, start: int, end: int) -> float:
            if end - start < self.min_size:
                raise rpt.exceptions.NotEnoughPoints
            total = self.sums[end] - self.sums[start]
            squares = self.squares[end] - self.squares[start]
            return float(squares - (total**2).sum() / (end - start))

    return SummedL2


def _merge_small_steps(
    points: Sequence[IndexPoint], edges: list[int], gap: Gap, threshold: float
) -> list[Segment]:
    """Join neighbouring segments whose `gap` is below `threshold`; thin ones first."""
    segments = [(lo, hi) for lo, hi in zip(edges, edges[1:], strict=False) if hi > lo]
    while len(segments) > 1:
        gaps = []
        for i in range(len(segments) - 1):
            before, after = points[slice(*segments[i])], points[slice(*segments[i + 1])]
            thin = min(events_in(before), events_in(after)) < MIN_SIDE_EVENTS
            gaps.append((0.0 if thin else gap(before, after), i))
        smallest, i = min(gaps)
        if smallest >= threshold:
            break
        segments[i : i + 2] = [(segments[i][0], segments[i + 1][1])]
    return segments


def events_in(points: Sequence[IndexPoint]) -> int:
    return sum(p.count for p in points)
