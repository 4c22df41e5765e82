"""Decide which event mentions report the same real event.

Needs: `Event`s with kinds, modalities, actors, dates at a precision and attributes, plus
each mention's publication date and outlet. Adds: groups of mentions (`Cluster`), each with
a running representative; `merge.py` turns a finished group into a fused event.

A mention joins a group when kind and modality are equal, actor codes intersect (or one side
is unknown) and the dates agree at their precisions: a month-precision mention joins a
day-precision event inside that month; two day-precision mentions lie within
`Settings.fuse_day_window` days (a week covers Monday to Sunday around its stored day);
a year-precision one joins anything in that year. One article that gives two different days,
or names two different weapons or agreements, tells of two events. A
historical mention (an old event recalled in a later article) carries its own date, so it
meets the original event through the same rules. Mentions without a resolved date join
only an identical kind, modality and actors within their own article.

Candidates are found through blocking keys (kind, modality, month), so each mention is
compared with a handful of groups, never with all of them: fusion stays linear.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from peninsula.models import Actor, Event, EventDate

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_BASIS_RANK = {"explicit": 0, "relative": 1, "publication": 2, "unresolved": 3}
# attributes that name what the event is about: two values in one article are two events
_IDENTITY_ATTRS = ("weapon", "name")

Canon = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Member:
    """One mention as fusion sees it: the event, its article's date and outlet."""

    event: Event
    published: str | None = None
    outlet: str | None = None
    seq: int = 0  # the event's position among its article's events


@dataclass(slots=True)
class Cluster:
    """A group being built: its representative event and the mentions added in this run."""

    id: str
    rep: Event
    new: list[Member] = field(default_factory=list)
    stored: bool = False  # already a row in the database

    @property
    def new_docs(self) -> set[str]:
        return {m.event.doc for m in self.new}


class Fuser:
    """Assigns mentions to clusters; `load(keys)` fetches stored clusters under those keys."""

    def __init__(
        self,
        window_days: int,
        canon: Canon,
        load: Callable[[set[str]], Iterable[Cluster]] | None = None,
    ) -> None:
        self.window = window_days
        self.canon = canon
        self.load = load
        self._index: dict[str, dict[str, Cluster]] = {}
        self._key_of: dict[str, str] = {}
        self._loaded: set[str] = set()

    def prefetch(self, events: Iterable[Event]) -> None:
        """Load every stored cluster a batch of events could join, in one call."""
        keys: set[str] = set()
        for event in events:
            keys.update(lookup_keys(event, self.window))
        missing = keys - self._loaded
        self._loaded |= missing
        if self.load and missing:
            for cluster in self.load(missing):
                if cluster.id not in self._key_of:
                    self._put(cluster)

    def add(self, member: Member) -> Cluster:
        event = member.event
        self.prefetch([event])
        seen: dict[str, Cluster] = {}
        for key in lookup_keys(event, self.window):
            seen.update(self._index.get(key, {}))
        fits = [c for c in seen.values() if joins(c, event, self.window, self.canon)]
        if fits:
            cluster = min(fits, key=lambda c: _rank(c.rep, event, self.canon) + (c.id,))
            self._drop(cluster)
            cluster.rep = absorb(cluster.rep, event)
        else:
            cluster = Cluster(new_cluster_id(event, member.seq), event)
        cluster.new.append(member)
        self._put(cluster)
        return cluster

    def settle(self, cluster: Cluster, rep: Event) -> None:
        """Record a cluster as stored with its final representative (after a write)."""
        self._drop(cluster)
        cluster.rep, cluster.new, cluster.stored = rep, [], True
        self._put(cluster)

    def forget(self, cluster_id: str) -> None:
        key = self._key_of.pop(cluster_id, None)
        if key is not None:
            self._index.get(key, {}).pop(cluster_id, None)

    def __len__(self) -> int:
        return len(self._key_of)

    def clusters(self) -> Iterator[Cluster]:
        for bucket in self._index.values():
            yield from bucket.values()

    def _put(self, cluster: Cluster) -> None:
        key = cluster_key(cluster.rep)
        self._index.setdefault(key, {})[cluster.id] = cluster
        self._key_of[cluster.id] = key

    def _drop(self, cluster: Cluster) -> None:
        self._index.get(self._key_of.get(cluster.id, ""), {}).pop(cluster.id, None)


def members_of(events: Iterable[Event], published: str | None, outlet: str | None) -> list[Member]:
    return [Member(e, published, outlet, seq) for seq, e in enumerate(events)]


def cluster_key(event: Event) -> str:
    """The blocking key a cluster is stored under: kind, modality and its first day
    (day and week precision), its month or its year."""
    head = f"{event.kind}|{event.modality}"
    span = date_span(event.date)
    if span is None:
        return f"{head}|?|{event.doc}"
    if event.date.precision == "year":
        return f"{head}|{span[0].year:04d}"
    if event.date.precision == "month":
        return f"{head}|{span[0].year:04d}-{span[0].month:02d}"
    return f"{head}|{span[0].isoformat()}"


def lookup_keys(event: Event, window_days: int) -> list[str]:
    """Every key under which a cluster this event could join may be stored.

    Day keys cover the span widened by the day window, and by six more days before it,
    because a week cluster is keyed by its Monday. Month and year clusters overlap only
    inside their month or year (no window between coarse dates), so only those touched.
    A day-precision event has about ten keys, a month one forty, a year one under 400.
    """
    head = f"{event.kind}|{event.modality}"
    span = date_span(event.date)
    if span is None:
        return [f"{head}|?|{event.doc}"]
    return [f"{head}|{k}" for k in _span_keys(span, window_days)]


@lru_cache(maxsize=4096)
def _span_keys(span: tuple[date, date], window_days: int) -> tuple[str, ...]:
    keys = [f"{y:04d}" for y in range(span[0].year, span[1].year + 1)]
    year, month = span[0].year, span[0].month
    while (year, month) <= (span[1].year, span[1].month):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    day = span[0] - timedelta(days=window_days + 6)
    while day <= span[1] + timedelta(days=window_days):
        keys.append(day.isoformat())
        day += timedelta(days=1)
    return tuple(keys)


def joins(cluster: Cluster, event: Event, window_days: int, canon: Canon) -> bool:
    """Whether `event` reports the same real event as the cluster's representative."""
    rep = cluster.rep
    if rep.kind != event.kind or rep.modality != event.modality:
        return False
    span_a, span_b = date_span(rep.date), date_span(event.date)
    if span_a is None or span_b is None:
        # undated: only the very same kind and actors, inside one article
        return (
            span_a is None
            and span_b is None
            and rep.doc == event.doc
            and _code(rep.source) == _code(event.source)
            and _code(rep.target) == _code(event.target)
        )
    if not (_actors_fit(rep.source, event.source) and _actors_fit(rep.target, event.target)):
        return False
    fine = {rep.date.precision, event.date.precision} <= {"day", "week"}
    if not _overlap(span_a, span_b, window_days if fine else 0):
        return False
    if rep.planned_for and event.planned_for:
        plan_a, plan_b = _parse_span(rep.planned_for), _parse_span(event.planned_for)
        if plan_a and plan_b and not _overlap(plan_a, plan_b, 0):
            return False
    if event.doc in cluster.new_docs and _other_day_in_doc(cluster, event):
        return False
    # two different weapons (or agreements, exercises) named in one article are two
    # events; across articles they are conflicting reports of one event
    for attr in _IDENTITY_ATTRS:
        value_a, value_b = rep.attrs.get(attr), event.attrs.get(attr)
        if value_a and value_b and canon(str(value_a)) != canon(str(value_b)):
            return event.doc not in cluster.new_docs
    return True


def _other_day_in_doc(cluster: Cluster, event: Event) -> bool:
    """Whether the event's own article already gave this cluster another day.

    The day window absorbs disagreement between outlets (time zones, late reports); one
    article that dates two mentions to different days is telling of two events.
    """
    if event.date.precision != "day":
        return False
    return any(
        m.event.doc == event.doc
        and m.event.date.precision == "day"
        and m.event.date.value != event.date.value
        for m in cluster.new
    )


def absorb(rep: Event, event: Event) -> Event:
    """The representative after one more mention: a finer date wins, missing parts filled."""
    better = date_rank(event) < date_rank(rep)
    base, other = (event, rep) if better else (rep, event)
    attrs = dict(other.attrs) | dict(base.attrs)
    return replace(
        base,
        source=merge_actor(base.source, other.source),
        target=merge_actor(base.target, other.target),
        planned_for=base.planned_for or other.planned_for,
        attrs=attrs,
    )


def new_cluster_id(event: Event, seq: int = 0, salt: str = "") -> str:
    """A stable id from the founding mention (document, position, kind)."""
    raw = f"{event.doc}\x1f{seq}\x1f{event.kind}\x1f{event.modality}\x1f{salt}"
    return "fe-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def make_canon(gazetteer: Any = None) -> Canon:
    """A weapon-name normaliser: the gazetteer's canonical name when it knows one."""

    @lru_cache(maxsize=8192)
    def canon(name: str) -> str:
        if gazetteer is not None:
            found = _gazetteer_name(gazetteer, name)
            if found:
                return _fold(found)
        return _fold(name)

    return canon


@lru_cache(maxsize=65536)
def date_span(d: EventDate) -> tuple[date, date] | None:
    """The first and last day an event date covers at its precision; None if unresolved."""
    if not d.value or d.precision is None:
        return None
    span = _parse_span(d.value)
    if span is None:
        return None
    if d.precision == "week" and span[0] == span[1]:
        # a week is stored by one of its days (its Thursday, see understand/dating.py):
        # it covers Monday to Sunday around that day
        monday = span[0] - timedelta(days=span[0].weekday())
        return monday, monday + timedelta(days=6)
    return span


@lru_cache(maxsize=65536)
def _parse_span(value: str) -> tuple[date, date] | None:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = date.fromisoformat(value)
            return day, day
        if re.fullmatch(r"\d{4}-\d{2}", value):
            first = date(int(value[:4]), int(value[5:7]), 1)
            nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
        week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
        if week:
            monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
            return monday, monday + timedelta(days=6)
    except ValueError:
        return None
    return None


def _overlap(a: tuple[date, date], b: tuple[date, date], tolerance: int) -> bool:
    slack = timedelta(days=tolerance)
    return a[0] - slack <= b[1] and b[0] - slack <= a[1]


def _codes(actor: Actor | None) -> frozenset[str]:
    if actor is None or not actor.code:
        return frozenset()
    return _split_codes(actor.code)


@lru_cache(maxsize=4096)
def _split_codes(code: str) -> frozenset[str]:
    return frozenset(c for c in code.split(";") if c)


def _code(actor: Actor | None) -> str:
    return ";".join(sorted(_codes(actor)))


def _actors_fit(a: Actor | None, b: Actor | None) -> bool:
    codes_a, codes_b = _codes(a), _codes(b)
    return not codes_a or not codes_b or bool(codes_a & codes_b)


def merge_actor(base: Actor | None, other: Actor | None) -> Actor | None:
    if base is None or not base.code:
        return other if other is not None and other.code else base
    if other is None or not (_codes(base) & _codes(other)):
        return base
    return Actor(base.code, base.sector or other.sector, base.name or other.name)


def date_rank(event: Event) -> tuple[int, int]:
    if date_span(event.date) is None:
        return 9, 9
    return _PRECISION_RANK[str(event.date.precision)], _BASIS_RANK.get(str(event.date.basis), 3)


def _rank(rep: Event, event: Event, canon: Canon) -> tuple[Any, ...]:
    """Order candidate clusters: agreeing weapon or name, same actors, nearest date."""
    clash = any(
        rep.attrs.get(a)
        and event.attrs.get(a)
        and canon(str(rep.attrs[a])) != canon(str(event.attrs[a]))
        for a in _IDENTITY_ATTRS
    )
    span_a, span_b = date_span(rep.date), date_span(event.date)
    gap = 0
    if span_a and span_b:
        mid_a = span_a[0] + (span_a[1] - span_a[0]) / 2
        mid_b = span_b[0] + (span_b[1] - span_b[0]) / 2
        gap = abs((mid_a - mid_b).days)
    same_actors = _code(rep.source) == _code(event.source)
    return clash, not same_actors, gap, rep.date.precision != event.date.precision


def _fold(name: str) -> str:
    folded = name.casefold().replace("pho", "")
    return re.sub(r"[\W_]+", "", folded)


def _gazetteer_name(gazetteer: Any, name: str) -> str | None:
    """Ask `gazetteer.find_weapons(name)` for a canonical name; tolerate its exact shape."""
    finder = getattr(gazetteer, "find_weapons", None)
    if finder is None:
        return None
    try:
        found = finder(name)
    except Exception:  # a lookup failure must not stop fusion; fall back to folding
        return None
    if isinstance(found, (list, tuple)):
        found = found[0] if found else None
    if found is None or isinstance(found, str):
        return found
    for attr in ("canonical", "name", "id"):
        value = getattr(found, attr, None)
        if isinstance(value, str) and value:
            return value
    return None
