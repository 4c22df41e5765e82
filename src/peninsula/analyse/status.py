"""Status trackers: the current state of things that events switch on and off.

Needs `FusedEvent`s and the tracker definitions in `knowledge/trackers.yaml` (loaded and
validated by `load_trackers`). Adds a `TrackerStatus` per tracker: its current state, since
when, and the history of the events that matched it, each with its evidence sentence.

Events are taken in date order; an event of month or year precision is placed at the start
of its period (so "in June" comes before "on June 9"). Undated events cannot be placed and
are skipped. Only `occurred` events move a tracker unless a transition names other
modalities (the moratorium declaration does; see trackers.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from peninsula.analyse.timeline import date_order, event_span
from peninsula.knowledge.load import Problems, read_table
from peninsula.models import FusedEvent, Modality

TRACKERS_FILE = "trackers.yaml"

# The kinds of spec/ONTOLOGY.md. Trackers may only name these; when the project adds kinds
# to a knowledge table, this set should be read from it instead.
ONTOLOGY_KINDS = frozenset(
    """missile_launch satellite_launch nuclear_test weapons_test artillery_fire
    military_exercise military_buildup troop_deployment incursion attack balloon_launch
    loudspeaker_start loudspeaker_stop demolition jamming_or_cyber liaison_line_cut
    liaison_line_restore summit talks proposal agreement_signed agreement_suspended
    relations_downgrade relations_upgrade threat accusation demand rejection praise sanctions
    aid exchange cooperation concession release_or_withdrawal investigation protest
    arrest_or_seizure""".split()
)
_TOPIC_ATTRS = ("name", "about", "channel")
# asks `Transition.matches` to ignore `from` (which readings could a sentence give at all)
_ANY_STATE = "\x00any"
_TRANSITION_KEYS = {"kind", "modality", "source", "target", "attrs", "topic", "words", "from", "to"}


@dataclass(frozen=True, slots=True)
class Transition:
    kinds: frozenset[str]
    to: str
    modalities: frozenset[str] = frozenset({Modality.OCCURRED.value})
    source: frozenset[str] | None = None
    target: frozenset[str | None] | None = None
    attrs: Mapping[str, frozenset[str]] = field(default_factory=dict)
    topic: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    from_states: frozenset[str] | None = None

    def matches(self, fused: FusedEvent, state: str) -> bool:
        e = fused.event
        if e.kind not in self.kinds or str(e.modality) not in self.modalities:
            return False
        if self.from_states is not None and state != _ANY_STATE and state not in self.from_states:
            return False
        if self.source is not None and not (e.source and self.source & set(e.source.codes)):
            return False
        if self.target is not None:
            codes = set(e.target.codes) if e.target else {None}
            if not self.target & codes:
                return False
        for name, accepted in self.attrs.items():
            if str(e.attrs.get(name, "")).lower() not in accepted:
                return False
        if self.topic and not any(_has_phrase(t, self.topic) for t in _topic_texts(fused)):
            return False
        return not self.words or any(
            _has_phrase(sentence, self.words) for sentence in _sentences(fused)
        )

    def word_position(self, sentence: str) -> int:
        """Where the first of the transition's words stands in a sentence (len if none)."""
        return _first_position(sentence, self.words)


@dataclass(frozen=True, slots=True)
class Tracker:
    id: str
    title: str
    states: tuple[str, ...]
    initial: str
    transitions: tuple[Transition, ...]


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    date: str | None  # the event's date at its own precision
    state: str  # the state after the event
    event_id: str
    evidence: str
    changed: bool  # False when the event confirmed the state the tracker was already in


@dataclass(slots=True)
class TrackerStatus:
    tracker: Tracker
    state: str
    since: str | None  # date of the event that set the state; None while still initial
    history: list[HistoryEntry] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.tracker.id,
            "title": self.tracker.title,
            "state": self.state,
            "since": self.since,
            "history": [
                {
                    "date": h.date,
                    "state": h.state,
                    "event_id": h.event_id,
                    "evidence": h.evidence,
                    "changed": h.changed,
                }
                for h in self.history
            ],
        }


def track_status(
    events: Iterable[FusedEvent], trackers: list[Tracker] | None = None
) -> list[TrackerStatus]:
    """Run every tracker over the events in date order; one status per tracker."""
    trackers = load_trackers() if trackers is None else trackers
    ordered = sorted((f for f in events if event_span(f) is not None), key=date_order)
    statuses = []
    for tracker in trackers:
        status = TrackerStatus(tracker=tracker, state=tracker.initial, since=None)
        for fused in _drop_background(tracker, ordered):
            _apply(status, fused)
        statuses.append(status)
    return statuses


def _apply(status: TrackerStatus, fused: FusedEvent) -> None:
    """Move one tracker by one event, if a transition matches; record it in the history."""
    step = next((t for t in status.tracker.transitions if t.matches(fused, status.state)), None)
    if step is None:
        return
    changed = step.to != status.state
    if changed:
        status.state, status.since = step.to, fused.event.date.value
    status.history.append(
        HistoryEntry(
            date=fused.event.date.value,
            state=step.to,
            event_id=fused.id,
            evidence=fused.event.evidence.sentence,
            changed=changed,
        )
    )


def _drop_background(tracker: Tracker, ordered: list[FusedEvent]) -> list[FusedEvent]:
    """Events left after settling sentences that report two opposite states on one date.

    "The lines were restored on Tuesday, 13 months after Pyongyang severed them" yields a
    restoration and a cut; when both carry the sentence's date, the later clause is
    background whose own date the extractor missed. One sentence cannot make a thing both
    open and cut on one day, so the reading whose transition words come first in the
    sentence (the news of the sentence) is kept and the other dropped for this tracker.
    """
    by_sentence: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
    for fused in ordered:
        steps = [t for t in tracker.transitions if t.matches(fused, state=_ANY_STATE)]
        if not steps:
            continue
        for sentence in _sentences(fused):
            key = (sentence, str(fused.event.date.value))
            position = min(t.word_position(sentence) for t in steps)
            by_sentence.setdefault(key, []).append((position, steps[0].to, fused.id))
    dropped: set[str] = set()
    for readings in by_sentence.values():
        first = min(readings)
        rivals = [r for r in readings if r[1] != first[1]]
        if rivals and all(r[0] > first[0] for r in rivals):  # a tie cannot be settled
            dropped |= {event_id for _, _, event_id in rivals}
    return [f for f in ordered if f.id not in dropped]


def load_trackers() -> list[Tracker]:
    """The trackers of knowledge/trackers.yaml; `KnowledgeError` listing every problem."""
    return parse_trackers(read_table(TRACKERS_FILE), TRACKERS_FILE)


def parse_trackers(data: Any, where: str = TRACKERS_FILE) -> list[Tracker]:
    """Check and build trackers from parsed YAML; `where` names the file in messages."""
    problems = Problems()
    if not isinstance(data, list):
        problems.add(where, "expected a list of trackers")
        problems.raise_if_any()
    trackers, seen = [], set()
    for number, entry in enumerate(data, 1):
        place = f"{where} entry {number}"
        if not isinstance(entry, dict):
            problems.add(place, "expected a mapping with id, title, states, initial, transitions")
            continue
        place = f"{place} ({entry.get('id', '?')})"
        tracker = _parse_tracker(entry, place, problems)
        if tracker is not None:
            if tracker.id in seen:
                problems.add(place, f"duplicate id {tracker.id!r}")
            seen.add(tracker.id)
            trackers.append(tracker)
    problems.raise_if_any()
    return trackers


def _parse_tracker(entry: dict[str, Any], place: str, problems: Problems) -> Tracker | None:
    before = len(problems.items)
    for key in ("id", "title", "initial"):
        if not isinstance(entry.get(key), str) or not entry[key]:
            problems.add(place, f"{key}: missing or not a string")
    states = entry.get("states")
    if not isinstance(states, list) or not states:
        problems.add(place, "states: expected a non-empty list")
        states = []
    for state in states:
        if not isinstance(state, str):
            problems.add(place, f"states: {state!r} is not a string (quote on/off/yes/no)")
    known = {s for s in states if isinstance(s, str)}
    if isinstance(entry.get("initial"), str) and entry["initial"] not in known:
        problems.add(place, f"initial: unknown state {entry['initial']!r}")
    raw = entry.get("transitions")
    if not isinstance(raw, list) or not raw:
        problems.add(place, "transitions: expected a non-empty list")
        raw = []
    transitions = []
    for number, item in enumerate(raw, 1):
        step = _parse_transition(item, f"{place} transition {number}", known, problems)
        if step is not None:
            transitions.append(step)
    if len(problems.items) > before:
        return None
    return Tracker(
        id=entry["id"],
        title=entry["title"],
        states=tuple(states),
        initial=entry["initial"],
        transitions=tuple(transitions),
    )


def _parse_transition(
    item: Any, place: str, states: set[str], problems: Problems
) -> Transition | None:
    if not isinstance(item, dict):
        problems.add(place, "expected a mapping with kind and to")
        return None
    before = len(problems.items)
    for key in sorted(set(item) - _TRANSITION_KEYS):
        problems.add(place, f"unknown key {key!r}")
    kinds = _strings(item.get("kind"), place, "kind", problems)
    if not kinds:
        problems.add(place, "kind: missing")
    for kind in kinds:
        if kind not in ONTOLOGY_KINDS:
            problems.add(place, f"kind: unknown kind {kind!r}")
    modalities = _strings(
        item.get("modality", [Modality.OCCURRED.value]), place, "modality", problems
    )
    for modality in modalities:
        if modality not in {m.value for m in Modality}:
            problems.add(place, f"modality: unknown modality {modality!r}")
    to = item.get("to")
    if not isinstance(to, str) or to not in states:
        problems.add(place, f"to: {to!r} is not one of the states {sorted(states)}")
    from_states = _strings(item["from"], place, "from", problems) if "from" in item else None
    for state in from_states or ():
        if state not in states:
            problems.add(place, f"from: unknown state {state!r}")
    attrs = item.get("attrs", {})
    if not isinstance(attrs, dict):
        problems.add(place, "attrs: expected a mapping of attribute to accepted values")
        attrs = {}
    parsed_attrs = {
        str(k): frozenset(v.lower() for v in _strings(vals, place, f"attrs.{k}", problems))
        for k, vals in attrs.items()
    }
    target = None
    if "target" in item:
        raw_target = item["target"] if isinstance(item["target"], list) else [item["target"]]
        target = frozenset(None if t is None else str(t).upper() for t in raw_target)
    source = _strings(item["source"], place, "source", problems) if "source" in item else None
    if len(problems.items) > before:
        return None
    return Transition(
        kinds=frozenset(kinds),
        to=to,
        modalities=frozenset(modalities),
        source=frozenset(s.upper() for s in source) if source is not None else None,
        target=target,
        attrs=parsed_attrs,
        topic=tuple(p.lower() for p in _strings(item.get("topic", []), place, "topic", problems)),
        words=tuple(p.lower() for p in _strings(item.get("words", []), place, "words", problems)),
        from_states=frozenset(from_states) if from_states is not None else None,
    )


def _strings(value: Any, place: str, key: str, problems: Problems) -> list[str]:
    """One string or a list of them; numbers are read as text ("9.19" unquoted is a float)."""
    items = value if isinstance(value, list) else [value] if value is not None else []
    out = []
    for item in items:
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            problems.add(place, f"{key}: {item!r} is not a string")
        else:
            out.append(str(item))
    return out


def _topic_texts(fused: FusedEvent) -> list[str]:
    """What each report says the event is about: its filled attribute, else its sentence.

    Fusion may merge a named report with unnamed ones ("signed the Pyongyang Joint
    Declaration" and "signed a military agreement" on one day), so every report is asked
    on its own; a report's filled name stays decisive for that report.
    """
    texts = [_topic_text(fused.event.attrs, fused.event.evidence.sentence)]
    texts += [_topic_text(m.attrs, m.sentence) for m in fused.mentions]
    return texts


def _topic_text(attrs: Mapping[str, Any], sentence: str) -> str:
    for name in _TOPIC_ATTRS:
        value = attrs.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return sentence


def _sentences(fused: FusedEvent) -> list[str]:
    """The evidence sentence of the representative and of every report, once each."""
    found = [fused.event.evidence.sentence] + [m.sentence for m in fused.mentions]
    return list(dict.fromkeys(found))


def _has_phrase(text: str, phrases: Iterable[str]) -> bool:
    """A phrase counts where a word starts with it: "scrap" finds "scrapped", not "skyscraper"."""
    return _first_position(text, phrases) < len(text)


def _first_position(text: str, phrases: Iterable[str]) -> int:
    """Where the first phrase starts (as in `_has_phrase`), or len(text) when none does."""
    lowered = text.lower()
    found = [m.start() for p in phrases if (m := re.search(r"(?<!\w)" + re.escape(p), lowered))]
    return min(found, default=len(text))
