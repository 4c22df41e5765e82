"""Score `understand/timex.py` against TimeML-annotated news, as TempEval-3 did.

Needs: a directory (searched recursively) of .tml files. Adds: a `TimexReport` with relaxed
span P/R/F1 (spans overlap), strict span P/R/F1 (same offsets) and value P/R/F1 (spans
overlap and the normalised values are equal), overall and per top-level folder, and a
per-document list of errors for inspection. Name-like dates (`is_name`) are not times and
are left out of the system side.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from peninsula.errors import InputError
from peninsula.evaluate.scores import PRF
from peninsula.evaluate.timeml import GoldTimex, TimeMLDoc, read_timeml
from peninsula.models import Timex
from peninsula.understand.timex import tag_timexes


@dataclass(slots=True)
class TimexScores:
    relaxed: PRF = field(default_factory=PRF)
    strict: PRF = field(default_factory=PRF)
    value: PRF = field(default_factory=PRF)
    docs: int = 0

    def add(self, other: TimexScores) -> None:
        for name in ("relaxed", "strict", "value"):
            mine, theirs = getattr(self, name), getattr(other, name)
            mine.tp, mine.fp, mine.fn = (
                mine.tp + theirs.tp,
                mine.fp + theirs.fp,
                mine.fn + theirs.fn,
            )
        self.docs += other.docs


@dataclass(slots=True)
class TimexReport:
    total: TimexScores = field(default_factory=TimexScores)
    parts: dict[str, TimexScores] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)

    def rows(self) -> list[dict[str, object]]:
        """Printable rows: part, documents, measure, precision, recall, F1."""
        out: list[dict[str, object]] = []
        for name, scores in [("all", self.total), *sorted(self.parts.items())]:
            for measure in ("relaxed", "strict", "value"):
                prf: PRF = getattr(scores, measure)
                out.append(
                    {
                        "part": name,
                        "docs": scores.docs,
                        "measure": measure,
                        "precision": prf.precision,
                        "recall": prf.recall,
                        "f1": prf.f1,
                    }
                )
        return out

    def as_dict(self) -> dict[str, object]:
        def scores(s: TimexScores) -> dict[str, object]:
            return {
                "docs": s.docs,
                **{m: getattr(s, m).as_dict() for m in ("relaxed", "strict", "value")},
            }

        return {"total": scores(self.total), "parts": {k: scores(v) for k, v in self.parts.items()}}


def evaluate_timex(path: Path, files: Iterable[Path] | None = None) -> TimexReport:
    """Tag every .tml file under `path` (or the given `files`) and score against its gold."""
    if files is None:
        if not path.is_dir():
            raise InputError(f"{path}: not a directory of TimeML files")
        files = sorted(path.rglob("*.tml"))
    report = TimexReport()
    for file in files:
        doc = read_timeml(file)
        system = [t for t in tag_timexes(doc.text, doc.dct) if not t.is_name]
        scores, errors = score_document(doc, system)
        rel = file.relative_to(path) if file.is_relative_to(path) else Path(file.name)
        part = rel.parts[0] if len(rel.parts) > 1 else "."
        report.total.add(scores)
        report.parts.setdefault(part, TimexScores()).add(scores)
        if errors:
            report.errors[doc.id] = errors
    return report


def score_document(doc: TimeMLDoc, system: list[Timex]) -> tuple[TimexScores, list[str]]:
    """Match system to gold one-to-one by overlap (largest overlap first) and count."""
    gold = sorted(doc.timexes, key=lambda g: g.start)
    pairs = sorted(
        (
            (min(s.end, g.end) - max(s.start, g.start), i, j)
            for i, s in enumerate(system)
            for j, g in enumerate(gold)
            if s.start < g.end and g.start < s.end
        ),
        reverse=True,
    )
    used_s: set[int] = set()
    used_g: dict[int, int] = {}
    for _, i, j in pairs:
        if i not in used_s and j not in used_g:
            used_s.add(i)
            used_g[j] = i
    scores = TimexScores(docs=1)
    errors: list[str] = []
    n_sys, n_gold = len(system), len(gold)
    strict = sum(
        1
        for j, i in used_g.items()
        if (system[i].start, system[i].end) == (gold[j].start, gold[j].end)
    )
    value = 0
    for j, i in sorted(used_g.items()):
        if system[i].value == gold[j].value:
            value += 1
        else:
            errors.append(f"value {_show(gold[j])} got {system[i].text!r}={system[i].value}")
    for j, g in enumerate(gold):
        if j not in used_g:
            errors.append(f"missed {_show(g)}")
    for i, s in enumerate(system):
        if i not in used_s:
            errors.append(f"extra {s.text!r}={s.value}")
    for prf, tp in ((scores.relaxed, len(used_g)), (scores.strict, strict), (scores.value, value)):
        prf.tp, prf.fp, prf.fn = tp, n_sys - tp, n_gold - tp
    return scores, errors


def _show(g: GoldTimex) -> str:
    return f"{g.text!r}={g.value} ({g.type})"
