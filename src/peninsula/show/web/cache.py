"""Analysis results kept per database state, so a page does not reload every fused event.

Needs: a `Repository` and the analyse functions. Adds: an `AnalysisCache` that loads the
fused events once, answers the relations index, shifts and tracker states from memory, and
starts over when the database's row counts change (checked at most every `recheck_s`).
A KCNA-sized database holds tens of thousands of fused events: loading them takes seconds,
answering from memory takes milliseconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from peninsula.analyse.relations import (
    IndexSeries,
    parse_pair,
    relations_index,
)
from peninsula.analyse.relations import (
    pairs as pair_counts,
)
from peninsula.analyse.shifts import Shift, detect_shifts
from peninsula.analyse.status import TrackerStatus, track_status
from peninsula.analyse.timeline import date_order, event_span
from peninsula.errors import InputError
from peninsula.models import FusedEvent
from peninsula.settings import Settings
from peninsula.store import Repository

T = TypeVar("T")


class AnalysisCache:
    """Fused events and what was computed from them, valid for one database state."""

    def __init__(self, settings: Settings | None = None, recheck_s: float = 2.0) -> None:
        self.settings = settings or Settings()
        self.recheck_s = recheck_s
        self._lock = threading.RLock()
        self._state: tuple[Any, ...] | None = None
        self._checked = 0.0
        self._events: list[FusedEvent] = []
        self._memo: dict[Hashable, Any] = {}

    def events(self, repo: Repository) -> list[FusedEvent]:
        """Every fused event, in timeline order (dated first)."""
        with self._lock:
            self._refresh(repo)
            return self._events

    def index(
        self,
        repo: Repository,
        pair: str,
        freq: str = "month",
        since: str | None = None,
        until: str | None = None,
    ) -> IndexSeries:
        return self._memo_get(
            repo,
            ("index", pair, freq, since, until),
            lambda ev: relations_index(
                ev, pair=pair, freq=freq, since=since, until=until, settings=self.settings
            ),
        )

    def chart(
        self, repo: Repository, pair: str, freq: str = "month", since: str | None = None
    ) -> dict[str, Any]:
        """The index as a chart needs it: plain points without their event ids."""

        def build(_: list[FusedEvent]) -> dict[str, Any]:
            series = self.index(repo, pair, freq, since)
            return {"pair": series.pair, "freq": series.freq, "points": series.rows()}

        return self._memo_get(repo, ("chart", pair, freq, since), build)

    def shifts(
        self, repo: Repository, pairs: tuple[str, ...] | None = None, freq: str = "month"
    ) -> list[Shift]:
        return self._memo_get(
            repo,
            ("shifts", pairs, freq),
            lambda ev: detect_shifts(
                ev,
                pairs=list(pairs) if pairs else _active_pairs(ev),
                freq=freq,
                settings=self.settings,
            ),
        )

    def status(self, repo: Repository) -> list[TrackerStatus]:
        return self._memo_get(repo, ("status",), track_status)

    def latest(self, repo: Repository, n: int = 10) -> list[FusedEvent]:
        """The `n` most recent dated fused events, newest first.

        Events dated after the newest report (plans for a later year) are left out: the list
        shows what happened lately, not what was announced for the future.
        """
        dated = self._memo_get(repo, ("dated",), _happened)
        return list(reversed(dated[-n:]))

    def first_reported(self, repo: Repository) -> str | None:
        """The month of the earliest report: the index starts there, since events dated
        decades before it are history recalled in the articles, not news."""
        return self._memo_get(
            repo,
            ("first_reported",),
            lambda ev: min((f.first_reported for f in ev if f.first_reported), default=None),
        )

    def by_id(self, repo: Repository) -> dict[str, FusedEvent]:
        return self._memo_get(repo, ("by_id",), lambda ev: {f.id: f for f in ev})

    def by_article(self, repo: Repository) -> dict[str, list[tuple[int, int, str]]]:
        """For each article id: (start, end, fused id) of every mention it holds."""

        def build(ev: list[FusedEvent]) -> dict[str, list[tuple[int, int, str]]]:
            out: dict[str, list[tuple[int, int, str]]] = {}
            for fused in ev:
                for m in fused.mentions:
                    out.setdefault(m.doc, []).append((m.start, m.end, fused.id))
            return out

        return self._memo_get(repo, ("by_article",), build)

    def clear(self) -> None:
        with self._lock:
            self._state, self._events, self._memo = None, [], {}

    def _memo_get(self, repo: Repository, key: Hashable, compute: Callable[[Any], T]) -> T:
        with self._lock:
            self._refresh(repo)
            if key not in self._memo:
                self._memo[key] = compute(self._events)
            return self._memo[key]

    def _refresh(self, repo: Repository) -> None:
        now = time.monotonic()
        if self._state is not None and now - self._checked < self.recheck_s:
            return
        self._checked = now
        counts = repo.counts()
        state = (counts["articles"], counts["events"], counts["fused_events"])
        if state != self._state:
            self._events = sorted(repo.fused_events(), key=date_order)
            self._memo = {}
            self._state = state


def _happened(events: list[FusedEvent]) -> list[FusedEvent]:
    """Dated events whose period starts no later than the newest first report."""
    newest = max((f.first_reported for f in events if f.first_reported), default=None)
    out = []
    for fused in events:
        span = event_span(fused)
        if span is not None and (newest is None or span[0].isoformat() <= newest):
            out.append(fused)
    return out


# as detect_shifts picks pairs when none are named; kept here only because its pair parser
# rejects codes longer than three letters (NATO), which would fail the whole page
_MIN_PAIR_EVENTS, _MAX_PAIRS = 6, 20


def _active_pairs(events: list[FusedEvent]) -> list[str]:
    out = []
    for pair, count in pair_counts(events, directed=True):
        if count < _MIN_PAIR_EVENTS or len(out) >= _MAX_PAIRS:
            break
        try:
            parse_pair(pair)
        except InputError:
            continue
        out.append(pair)
    return out
