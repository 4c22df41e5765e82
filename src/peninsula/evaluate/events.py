"""Score extracted events against gold annotations, as spec/EVALUATION.md describes.

System events are reduced to distinct (doc, kind, modality, source, target, date) tuples;
each non-optional gold event is matched to at most one system tuple, closest date first.
A system tuple that matches no non-optional gold event counts as a false positive unless it
is compatible with an optional gold event (optional events cost nothing either way).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from peninsula.evaluate.gold import GoldEvent, dates_agree, parse_partial, read_gold
from peninsula.evaluate.scores import PRF
from peninsula.models import DateBasis, Event, EventDate, Precision, Skipped


@dataclass(frozen=True, slots=True)
class SystemTuple:
    doc: str
    kind: str
    modality: str
    source: frozenset[str]
    target: frozenset[str]
    date: str | None
    precision: str | None
    sentence: str = field(default="", compare=False, hash=False)


@dataclass(slots=True)
class EventReport:
    events: PRF
    plover: PRF
    date_accuracy: float
    kind_matched: int
    misses: list[GoldEvent]
    false_positives: list[SystemTuple]
    documents: int

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "events": self.events.as_dict(),
            "plover": self.plover.as_dict(),
            "date_accuracy": round(self.date_accuracy, 4),
            "kind_matched": self.kind_matched,
        }


def reduce_events(events: Iterable[Event]) -> list[SystemTuple]:
    seen: dict[tuple, SystemTuple] = {}
    for e in events:
        item = SystemTuple(
            doc=e.doc,
            kind=e.kind,
            modality=str(e.modality),
            source=frozenset(e.source.codes) if e.source else frozenset(),
            target=frozenset(e.target.codes) if e.target else frozenset(),
            date=e.date.value,
            precision=str(e.date.precision) if e.date.precision else None,
            sentence=e.evidence.sentence,
        )
        seen.setdefault(
            (item.doc, item.kind, item.modality, item.source, item.target, item.date), item
        )
    return list(seen.values())


def score_events(
    system: Iterable[Event],
    gold: list[GoldEvent],
    documents: set[str] | None = None,
    plover_of: Callable[[str, str], str | None] | None = None,
) -> EventReport:
    """Precision, recall and F1 over events and over PLOVER roots, and date accuracy.

    `documents` limits scoring to the documents that were run (gold of other documents is
    ignored). `plover_of(kind, modality)` maps a kind to its root; without it the PLOVER
    score equals the event score.
    """
    tuples = reduce_events(system)
    if documents is None:
        documents = {t.doc for t in tuples} | {g.doc for g in gold}
    gold = [g for g in gold if g.doc in documents]
    tuples = [t for t in tuples if t.doc in documents]

    events, misses, false_positives = _match(tuples, gold, lambda k, m: k, check_date=True)
    kind_only, _, _ = _match(tuples, gold, lambda k, m: k, check_date=False)
    root = plover_of or (lambda k, m: k)
    plover, _, _ = _match(tuples, gold, root, check_date=True)
    date_accuracy = events.tp / kind_only.tp if kind_only.tp else 0.0
    return EventReport(
        events=events,
        plover=plover,
        date_accuracy=date_accuracy,
        kind_matched=kind_only.tp,
        misses=misses,
        false_positives=false_positives,
        documents=len(documents),
    )


def _compatible(
    s: SystemTuple, g: GoldEvent, label: Callable[[str, str], str | None], check_date: bool
) -> bool:
    if s.doc != g.doc or s.modality != g.modality:
        return False
    system_label = label(s.kind, s.modality)
    if system_label is None or system_label != label(g.kind, g.modality):
        return False
    if not s.source & g.source:
        return False
    if g.target and not s.target & g.target:
        return False
    return not check_date or dates_agree(s.date, s.precision, g.date, g.precision)


def _distance(s: SystemTuple, g: GoldEvent) -> tuple[int, int]:
    if not s.date or not g.date:
        return (1, 10**6)
    try:
        days = abs((parse_partial(s.date) - parse_partial(g.date)).days)
    except ValueError:
        days = 10**6
    return (0 if s.precision == g.precision else 1, days)


def _match(
    tuples: list[SystemTuple],
    gold: list[GoldEvent],
    label: Callable[[str, str], str | None],
    check_date: bool,
) -> tuple[PRF, list[GoldEvent], list[SystemTuple]]:
    required = [g for g in gold if not g.optional]
    optional = [g for g in gold if g.optional]
    pairs = [
        (_distance(s, g), si, gi)
        for gi, g in enumerate(required)
        for si, s in enumerate(tuples)
        if _compatible(s, g, label, check_date)
    ]
    pairs.sort()
    used_system: set[int] = set()
    used_gold: set[int] = set()
    for _, si, gi in pairs:
        if si not in used_system and gi not in used_gold:
            used_system.add(si)
            used_gold.add(gi)
    misses = [g for gi, g in enumerate(required) if gi not in used_gold]
    false_positives = [
        s
        for si, s in enumerate(tuples)
        if si not in used_system and not any(_compatible(s, g, label, check_date) for g in optional)
    ]
    return PRF(tp=len(used_gold), fp=len(false_positives), fn=len(misses)), misses, false_positives


@dataclass(slots=True)
class Extracted:
    """What a run over documents gives a scorer: events under the ids their sources gave."""

    events: list[Event] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    skipped: list[Skipped] = field(default_factory=list)
    # each event's article date, in the order of `events` (ids may repeat across articles)
    published: list[date | None] = field(default_factory=list)

    def publication_baseline(self) -> list[Event]:
        """The same events stamped with their article's date, as GDELT-style coders do."""
        stamped = []
        for e, day in zip(self.events, self.published, strict=True):
            stamp = EventDate(
                day.isoformat() if day else None,
                Precision.DAY if day else None,
                DateBasis.PUBLICATION,
            )
            stamped.append(replace(e, date=stamp))
        return stamped


def extract_for_scoring(paths: list[str], published: date | None = None) -> Extracted:
    """Run the pipeline over `paths`, keeping what scoring needs."""
    from peninsula.pipeline import Pipeline
    from peninsula.read import read_paths

    run = Extracted()
    for item in Pipeline().run(read_paths(paths, published=published)):
        if isinstance(item, Skipped):
            run.skipped.append(item)
            continue
        given = item.article.given_id
        run.documents.add(given)
        run.events.extend(replace(e, doc=given) for e in item.events)
        run.published.extend(item.article.published for _ in item.events)
    return run


def evaluate_paths(
    gold_path: Path, paths: list[str], published: date | None = None
) -> tuple[EventReport, list[Skipped]]:
    """Run the pipeline over `paths` and score its events against the gold file."""
    from peninsula.knowledge.lexicon import load_lexicon

    gold = read_gold(gold_path)
    run = extract_for_scoring(paths, published)
    report = score_events(run.events, gold, run.documents, plover_of=load_lexicon().plover)
    return report, run.skipped
