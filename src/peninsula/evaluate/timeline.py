"""Timeline recovery: how many reference days a set of fused events finds (spec/EVALUATION.md).

Needs fused events and a reference CSV (columns `date`, `date_precision`, `category`; one
row per real event). Adds a `TimelineReport`: recall of reference days, precision of the
fused events, fused events per found day, and the lists of missed days and unmatched events.

Rules:
- Reference days are the distinct dates of day-precision rows whose category is chosen and
  whose date lies in [since, until]; rows of coarser precision are counted in
  `skipped_rows`, not scored.
- Categories are chosen by `categories`, else by `CATEGORY_KINDS`: every category mapped to
  one of the requested kinds (the reference names categories, the system names kinds).
- System events are the fused events of the requested kinds with modality `occurred` (a
  planned launch is no launch) and day precision: a month cannot be placed within +/-1 day.
  Coarser ones are counted in `coarse_events`. With `actor`, only events whose source
  includes that country code are taken (before any counting).
- With `reported` (the publication days of the corpus's articles that mention the kind, see
  `REPORT_WORDS`), only the reference days the corpus could have reported are scored: those
  with such an article published from the day before (Korean and UTC days differ) to
  `REPORT_LAG_DAYS` after it. The others
  are counted in `unreported_days`. This approximates "the days the corpus itself reports"
  from above (an article of the 3rd that mentions a missile makes the 1st and 2nd reportable
  too), so recall over them is a lower bound.
- A reference day is found when a system event lies within `TOLERANCE_DAYS` of it (the
  reference mixes Korean and UTC dates). A system event is correct when it lies within the
  tolerance of some reference day. Events in the tolerance margin just outside
  [since, until] are used to find days but are not scored when they match nothing.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from peninsula.errors import InputError
from peninsula.evaluate.scores import PRF
from peninsula.models import FusedEvent, Modality, Precision

TOLERANCE_DAYS = 1
REPORT_LAG_DAYS = 3

# Words an article about an event of the kind can hardly avoid (any case): they decide which
# reference days a corpus could have reported. Kinds not listed use their own name's words.
REPORT_WORDS: dict[str, tuple[str, ...]] = {
    "missile_launch": ("missile", "projectile", "rocket"),
    "satellite_launch": ("satellite",),
    "artillery_fire": ("artillery", "shell", "firing"),
    "balloon_launch": ("balloon", "leaflet"),
    "weapons_test": ("test",),
    "military_exercise": ("drill", "exercise", "manoeuvre", "maneuver"),
    "liaison_line_cut": ("line", "channel", "hotline"),
    "liaison_line_restore": ("line", "channel", "hotline"),
    "loudspeaker_start": ("loudspeaker",),
    "loudspeaker_stop": ("loudspeaker",),
    "jamming_or_cyber": ("jamming", "gps", "cyber", "hack"),
    "incursion": ("drone", "cross", "incursion", "intru"),
}
REQUIRED_COLUMNS = ("date", "date_precision", "category")

# Reference categories -> the ontology kinds a system reports them as. Categories that stand
# for statements or mixed episodes (leader statements, party meetings, doctrines) map to no
# kind: they are scored only when named in `categories`.
CATEGORY_KINDS: dict[str, tuple[str, ...]] = {
    "missile_launch": ("missile_launch",),
    "cruise_missile_launch": ("missile_launch",),
    "sam_launch": ("missile_launch",),
    "satellite_launch": ("satellite_launch",),
    "artillery_fire": ("artillery_fire",),
    "trash_balloons": ("balloon_launch",),
    "engine_test": ("weapons_test",),
    "underwater_drone_test": ("weapons_test",),
    "summit": ("summit",),
    "talks": ("talks",),
    "exercises": ("military_exercise",),
    "military_exercise": ("military_exercise",),
    "air_force_exercise": ("military_exercise",),
    "communication_lines": ("liaison_line_cut", "liaison_line_restore"),
    "liaison_office": ("liaison_line_restore", "demolition"),
    "loudspeakers": ("loudspeaker_start", "loudspeaker_stop"),
    "military_agreement": ("agreement_signed", "agreement_suspended"),
    "agreement": ("agreement_signed",),
    "hostile_two_states": ("relations_downgrade",),
    "sanctions": ("sanctions",),
    "drone_incursion": ("incursion",),
    "border_incident": ("incursion", "attack"),
    "gps_jamming": ("jamming_or_cyber",),
    "nuclear_moratorium": ("concession",),
    "nuclear_test_site": ("demolition",),
    "inter_korean_exchange": ("exchange",),
}


@dataclass(slots=True)
class TimelineReport:
    kinds: list[str]
    categories: list[str]
    reference_days: int = 0
    found_days: int = 0
    events: int = 0  # scored system events
    correct_events: int = 0
    events_per_found_day: float = 0.0
    coarse_events: int = 0  # events of the kinds whose date is coarser than a day
    skipped_rows: int = 0  # reference rows of the categories coarser than a day
    unreported_days: int = 0  # reference days no article of the corpus could have reported
    missed_days: list[date] = field(default_factory=list)
    unmatched_events: list[tuple[str, date]] = field(default_factory=list)  # (id, date)

    @property
    def recall(self) -> float:
        return PRF(tp=self.found_days, fn=self.reference_days - self.found_days).recall

    @property
    def precision(self) -> float:
        return PRF(tp=self.correct_events, fp=self.events - self.correct_events).precision

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "kinds": self.kinds,
            "categories": self.categories,
            "reference_days": self.reference_days,
            "found_days": self.found_days,
            "recall": round(self.recall, 4),
            "events": self.events,
            "correct_events": self.correct_events,
            "precision": round(self.precision, 4),
            "f1": round(self.f1, 4),
            "events_per_found_day": round(self.events_per_found_day, 3),
            "coarse_events": self.coarse_events,
            "skipped_rows": self.skipped_rows,
            "unreported_days": self.unreported_days,
            "missed_days": [d.isoformat() for d in self.missed_days],
            "unmatched_events": [
                {"id": i, "date": d.isoformat()} for i, d in self.unmatched_events
            ],
        }


def evaluate_timeline(
    events: Iterable[FusedEvent],
    reference: Path,
    kinds: list[str],
    categories: list[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    actor: str | None = None,
    reported: set[date] | None = None,
) -> TimelineReport:
    """Score fused events of `kinds` against the reference days of the chosen categories.

    `actor`, a country code, keeps only events whose source includes it (a reference of
    North Korean launches is scored against North Korean launches, not Russian ones).
    `reported`, publication days of articles on the kind, keeps only the reference days the
    corpus could have reported (see `report_words` and `Repository.publication_days`).
    """
    wanted = actor.strip().upper() if actor else None
    kind_set = set(kinds)
    chosen = (
        sorted(set(categories))
        if categories is not None
        else sorted(c for c, mapped in CATEGORY_KINDS.items() if kind_set & set(mapped))
    )
    report = TimelineReport(kinds=sorted(kind_set), categories=chosen)
    rows = read_reference(reference)
    low, high = since or date.min, until or date.max
    days: set[date] = set()
    for day, precision, category in rows:
        if category not in chosen or not _overlaps(day, precision, low, high):
            continue
        if precision != Precision.DAY:
            report.skipped_rows += 1
            continue
        days.add(day)
    every_day = set(days)  # an event on an unreported day is still a correct event
    if reported is not None:
        # from the day before (the reference mixes Korean and UTC days) to the lag after
        lag = [timedelta(days=n) for n in range(-TOLERANCE_DAYS, REPORT_LAG_DAYS + 1)]
        reportable = {d for d in days if any(d + n in reported for n in lag)}
        report.unreported_days = len(days - reportable)
        days = reportable

    tolerance = timedelta(days=TOLERANCE_DAYS)
    wide_low = low - tolerance if low > date.min + tolerance else low
    wide_high = high + tolerance if high < date.max - tolerance else high
    system: list[tuple[str, date]] = []
    for fused in events:
        e = fused.event
        if e.kind not in kind_set or e.modality != Modality.OCCURRED or not e.date.value:
            continue
        if wanted and (e.source is None or wanted not in e.source.codes):
            continue
        if e.date.precision != Precision.DAY:
            report.coarse_events += 1
            continue
        try:
            day = date.fromisoformat(e.date.value[:10])
        except ValueError:
            continue
        if wide_low <= day <= wide_high:
            system.append((fused.id, day))

    matched_per_day = {d: 0 for d in days}
    for event_id, day in sorted(system, key=lambda item: (item[1], item[0])):
        near = [d for d in (day - tolerance, day, day + tolerance) if d in every_day]
        for d in near:
            if d in matched_per_day:
                matched_per_day[d] += 1
        if near:
            report.events += 1
            report.correct_events += 1
        elif low <= day <= high:
            report.events += 1
            report.unmatched_events.append((event_id, day))

    found = [d for d, n in matched_per_day.items() if n]
    report.reference_days = len(days)
    report.found_days = len(found)
    report.missed_days = sorted(d for d, n in matched_per_day.items() if not n)
    report.events_per_found_day = (
        sum(matched_per_day[d] for d in found) / len(found) if found else 0.0
    )
    return report


def report_words(kinds: Iterable[str]) -> list[str]:
    """The words whose articles could report events of `kinds` (`REPORT_WORDS`)."""
    words = {w for k in kinds for w in REPORT_WORDS.get(k, tuple(k.split("_")))}
    return sorted(words)


def read_reference(path: Path) -> list[tuple[date, Precision, str]]:
    """(first day, precision, category) per row; `InputError` naming the file and line."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(
                    f"{path}: not a reference timeline: missing column(s) {', '.join(missing)}"
                )
            rows = []
            for row in reader:
                rows.append(_parse_row(row, path, reader.line_num))
            return rows
    except OSError as exc:
        raise InputError(f"{path}: cannot read reference timeline ({exc.strerror})") from exc
    except (csv.Error, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a readable CSV file ({exc})") from exc


def _parse_row(row: dict[str, str | None], path: Path, line: int) -> tuple[date, Precision, str]:
    value = (row.get("date") or "").strip()
    precision = (row.get("date_precision") or "").strip()
    category = (row.get("category") or "").strip()
    if precision not in {p.value for p in Precision}:
        raise InputError(
            f"{path} line {line}: bad date_precision {precision!r} (use day, week, month or year)"
        )
    if not category:
        raise InputError(f"{path} line {line}: empty category")
    try:
        parts = value.split("-")
        if precision in (Precision.DAY, Precision.WEEK):
            day = date.fromisoformat(value)
        elif precision == Precision.MONTH and len(parts) == 2:
            day = date(int(parts[0]), int(parts[1]), 1)
        elif precision == Precision.YEAR and len(parts) == 1:
            day = date(int(parts[0]), 1, 1)
        else:
            raise ValueError(value)
    except ValueError:
        raise InputError(
            f"{path} line {line}: bad date {value!r} for precision {precision}"
        ) from None
    return day, Precision(precision), category


def _overlaps(day: date, precision: Precision, low: date, high: date) -> bool:
    """Does the period starting at `day` at `precision` overlap [low, high]?"""
    if precision == Precision.DAY:
        end = day
    elif precision == Precision.WEEK:
        end = day + timedelta(days=6)
    elif precision == Precision.MONTH:
        end = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    else:
        end = date(day.year, 12, 31)
    return end >= low and day <= high
