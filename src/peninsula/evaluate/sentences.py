"""Sentence-level scorers: PLOVER gold records and ConfliBERT quad-class sentences.

PLOVER: a record is found when the system codes an event with the record's root (gold
DEMAND counts as REQUEST, DISAPPROVE and INVESTIGATE as ACCUSE, FIGHT as ASSAULT) and a
source among the gold sources. Events that match no gold record are reported as extra.

ConfliBERT: a sentence's class is the quad class of its strongest event (largest absolute
intensity), 0 when it has none; the score is macro-F1 over the five classes.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from peninsula.errors import InputError
from peninsula.evaluate.scores import PRF
from peninsula.models import Actor, Article, Document

ROOT_ALIASES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}
QUAD_CLASSES = {
    None: 0,
    "verbal_cooperation": 1,
    "material_cooperation": 2,
    "verbal_conflict": 3,
    "material_conflict": 4,
}


@dataclass(slots=True)
class PloverReport:
    records: int = 0
    found: int = 0
    extra: int = 0
    system_events: int = 0
    by_root: dict[str, list[int]] = field(default_factory=dict)  # root -> [found, total]
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # id, root, text

    @property
    def found_share(self) -> float:
        return self.found / self.records if self.records else 0.0

    @property
    def extra_share(self) -> float:
        return self.extra / self.system_events if self.system_events else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "records": self.records,
            "found": self.found,
            "found_share": round(self.found_share, 4),
            "system_events": self.system_events,
            "extra": self.extra,
            "extra_share": round(self.extra_share, 4),
            "by_root": {k: {"found": v[0], "total": v[1]} for k, v in sorted(self.by_root.items())},
        }


@dataclass(slots=True)
class QuadReport:
    sentences: int = 0
    per_class: dict[int, PRF] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)  # (gold, system) -> n

    @property
    def macro_f1(self) -> float:
        return (
            sum(p.f1 for p in self.per_class.values()) / len(self.per_class)
            if self.per_class
            else 0.0
        )

    @property
    def accuracy(self) -> float:
        right = sum(n for (g, s), n in self.confusion.items() if g == s)
        return right / self.sentences if self.sentences else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "sentences": self.sentences,
            "macro_f1": round(self.macro_f1, 4),
            "accuracy": round(self.accuracy, 4),
            "per_class": {str(k): v.as_dict() for k, v in sorted(self.per_class.items())},
        }


def evaluate_plover(path: Path) -> PloverReport:
    from peninsula.pipeline import Pipeline

    pipeline = Pipeline()
    report = PloverReport()
    for number, row in _json_lines(path):
        root = ROOT_ALIASES.get(row.get("event", ""), row.get("event", ""))
        sources = {s.get("code") for s in row.get("source") or [] if isinstance(s, dict)}
        doc = pipeline(_article(f"{path.name}:{number}", row.get("text", ""), row.get("date")))
        report.records += 1
        report.system_events += len(doc.events)
        hit = [e for e in doc.events if e.plover == root and _plover_codes(e.source) & sources]
        counts = report.by_root.setdefault(root, [0, 0])
        counts[1] += 1
        if hit:
            report.found += 1
            counts[0] += 1
        else:
            report.misses.append((str(row.get("id")), root, row.get("text", "")))
        report.extra += sum(1 for e in doc.events if e not in hit[:1])
    return report


def evaluate_conflibert(path: Path) -> QuadReport:
    from peninsula.pipeline import Pipeline

    pipeline = Pipeline()
    report = QuadReport(per_class={k: PRF() for k in range(5)})
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read sentence file ({exc})") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        text, _, label = line.rpartition("\t")
        if not label.strip().isdigit():
            raise InputError(f"{path}:{number}: expected 'sentence<TAB>label 0-4'")
        gold = int(label)
        system = strongest_quad(pipeline(_article(f"s{number}", text, None)))
        report.sentences += 1
        report.confusion[(gold, system)] += 1
        if gold == system:
            report.per_class[gold].tp += 1
        else:
            report.per_class[gold].fn += 1
            report.per_class[system].fp += 1
    return report


def _plover_codes(actor: Actor | None) -> set[str]:
    """Our codes for an actor, plus the generic code PLOVER's gold gives such bodies.

    The gold codes international bodies (the UN and its organs, the Red Cross, the European
    Community) and NGOs such as Amnesty International all as `IGO`.
    """
    if actor is None:
        return set()
    codes = set(actor.codes)
    if actor.sector in {"IGO", "NGO"} or codes & {"UN", "NGO"}:
        codes.add("IGO")
    return codes


def strongest_quad(doc: Document) -> int:
    """The quad class (0-4) of the document's event with the largest |intensity|."""
    best = max(doc.events, key=lambda e: abs(e.intensity or 0.0), default=None)
    return QUAD_CLASSES.get(best.quad if best else None, 0)


def _article(doc_id: str, text: str, published: str | None) -> Article:
    try:
        day = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        day = None
    return Article(id=doc_id, text=text, published=day)


def _json_lines(path: Path):
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from exc
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
