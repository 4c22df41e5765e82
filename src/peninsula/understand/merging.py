"""Merge the mentions of one event in one article into one event.

Needs: the events the coder made for one document. Adds nothing to the document; the event
coder calls `merge_mentions` last. Two mentions are one event when kind, modality and source
agree, the targets agree (or one names none), and the dates are compatible: one contains the
other, or one is only the article date and the other a found date a day or two away (for
actions, up to a week before the article: "The rally took place" and "the rally held on
July 27"; a veto or refusal is such an act too). The most precise date is kept, attributes and targets are pooled.
One partner's mention of an act listed in kinds.yaml `joint_acts` (the U.S.-ROK drills) is
part of the joint act told beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from peninsula.models import DateBasis, Event, EventDate, Modality

_VERBAL_ROOTS = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE"})
_ONE_DECISION = frozenset({"REJECT"})


def merge_mentions(
    events: list[Event], joint_acts: Mapping[str, frozenset[str]] | None = None
) -> list[Event]:
    """One event per (kind, modality, source, target) and compatible date; `joint_acts`
    maps a kind to the partners whose one-sided mention of it joins their joint act."""
    kept: list[Event] = []
    for event in events:
        for i, other in enumerate(kept):
            if _same(event, other) and _compatible(event.date, other.date, _repeatable(event)):
                kept[i] = _better(other, event)
                break
        else:
            kept.append(event)
    return _into_joint(kept, joint_acts or {})


def _into_joint(events: list[Event], joint_acts: Mapping[str, frozenset[str]]) -> list[Event]:
    """A statement toward "the U.S. and the ROK" and one toward the ROK alone, by the same
    source on the same day, are one statement toward both (the joint one is kept); so are
    one by "meetings in Algeria, Denmark and Italy" and one by a speaker in Algeria."""
    merged = list(events)
    for event in events:
        if event.kind in joint_acts:
            _into_joint_act(merged, event, joint_acts[event.kind])
            continue
        if not _is_verbal(event):
            continue
        joint = next((o for o in merged if _joins(o, event) or _joins_source(o, event)), None)
        if joint is not None and event in merged:
            merged.remove(event)
            i = merged.index(joint)
            merged[i] = replace(joint, confidence=max(joint.confidence, event.confidence))
    return merged


def _into_joint_act(merged: list[Event], single: Event, partners: frozenset[str]) -> None:
    """ "South Korea staged drills" and "the U.S. and south Korea kicked off the drills" in
    one article are one joint drill, when dated alike: the joint doer is kept, with the
    better date."""
    if single not in merged or single.source is None:
        return
    for i, joint in enumerate(merged):
        if (
            joint is not single
            and joint.source is not None
            and set(joint.source.codes) == partners
            and set(single.source.codes) < partners
            and joint.kind == single.kind
            and joint.modality == single.modality
            and _compatible(joint.date, single.date)
        ):
            better = _better(joint, single)
            merged[i] = replace(better, source=joint.source, target=joint.target or better.target)
            merged.remove(single)
            return


def _joins(joint: Event, single: Event) -> bool:
    return (
        joint is not single
        and joint.target is not None
        and single.target is not None
        and len(joint.target.codes) > 1
        and set(single.target.codes) < set(joint.target.codes)
        and joint.kind == single.kind
        and joint.modality == single.modality
        and (joint.source.code if joint.source else None)
        == (single.source.code if single.source else None)
        and joint.date.value == single.date.value
    )


def _joins_source(joint: Event, single: Event) -> bool:
    """Whether `single` is said by one of the joint speakers of `joint`, to the same
    target, on a day within the joint statement's date."""
    return (
        joint is not single
        and joint.source is not None
        and single.source is not None
        and single.modality is Modality.OCCURRED  # a plan of one side is its own event
        and len(single.source.codes) == 1
        and set(single.source.codes) < set(joint.source.codes)
        and joint.kind == single.kind
        and joint.modality == single.modality
        and (joint.target.code if joint.target else None)
        == (single.target.code if single.target else None)
        and single.date.value is not None
        and joint.date.value is not None
        and single.date.value.startswith(joint.date.value)
    )


_BASIS_RANK = {DateBasis.EXPLICIT: 3, DateBasis.RELATIVE: 2, DateBasis.PUBLICATION: 1}


def _same(a: Event, b: Event) -> bool:
    """Same kind, modality and source, and the same target or one side names none."""
    return (
        a.kind == b.kind
        and a.modality == b.modality
        and (a.source.code if a.source else None) == (b.source.code if b.source else None)
        and (a.target is None or b.target is None or a.target.code == b.target.code)
    )


def _is_verbal(event: Event) -> bool:
    return event.plover in _VERBAL_ROOTS


def _repeatable(event: Event) -> bool:
    """Whether the act is words that may well be said again on other days; a refusal or a
    veto is one decision, so its mention on the report's day is the same act."""
    return _is_verbal(event) and event.plover not in _ONE_DECISION


def _compatible(a: EventDate, b: EventDate, verbal: bool = False) -> bool:
    if a.value is None or b.value is None:
        return a.value == b.value
    if a.value.startswith(b.value) or b.value.startswith(a.value):
        return True
    # The article date is only a default: a mention dated by it belongs to a same-key
    # mention with a found date a day or two away (a statement reported the next day).
    if DateBasis.PUBLICATION in (a.basis, b.basis) and len(a.value) == len(b.value) == 10:
        gap = (date.fromisoformat(a.value) - date.fromisoformat(b.value)).days
        if a.basis is DateBasis.PUBLICATION:
            gap = -gap
        # "The rally took place" (no date) and "the rally held on July 27": the found date
        # may lie up to a week before the article, never after it
        # (a statement may be repeated on other days: only actions are merged so)
        return -2 <= gap <= 2 or (not verbal and b.basis is not a.basis and -7 <= gap < 0)
    return False


def _better(a: Event, b: Event) -> Event:
    def rank(e: Event) -> tuple[int, int, float]:
        return (len(e.date.value or ""), _BASIS_RANK.get(e.date.basis, 0), e.confidence)

    best, other = (a, b) if rank(a) >= rank(b) else (b, a)
    attrs = {**other.attrs, **best.attrs}
    return replace(
        best,
        target=best.target or other.target,
        attrs=attrs,
        confidence=max(a.confidence, b.confidence),
        planned_for=best.planned_for or other.planned_for,
    )
