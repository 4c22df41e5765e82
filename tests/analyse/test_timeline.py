"""Timeline: filtering, date order across precisions, and flat rows."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.analyse.timeline import event_span, filter_timeline, parse_span, timeline_rows
from peninsula.errors import DateError
from peninsula.models import Actor, DateBasis, Event, EventDate, Evidence, FusedEvent, Modality
from peninsula.models import Precision as P


def fused(
    id: str,
    kind: str,
    day: str | None,
    precision: P | None = P.DAY,
    source: str = "PRK",
    target: str | None = "KOR",
    first: str | None = "2024-01-01",
    sentence: str = "Something happened.",
) -> FusedEvent:
    event = Event(
        doc="d-" + id,
        kind=kind,
        modality=Modality.OCCURRED,
        source=Actor(source, name="Kim Yo Jong" if source == "PRK" else None),
        target=Actor(target) if target else None,
        date=EventDate(day, precision, DateBasis.EXPLICIT if day else DateBasis.UNRESOLVED),
        evidence=Evidence("d-" + id, sentence, 0, len(sentence)),
        intensity=-3.0,
    )
    return FusedEvent(id=id, event=event, mentions=(), first_reported=first, sources=2)


EVENTS = [
    fused("late", "threat", "2024-03-09"),
    fused("undated", "threat", None, None),
    fused("month", "missile_launch", "2024-03", P.MONTH),
    fused("early", "missile_launch", "2024-03-01", first="2024-03-01"),
    fused("early2", "missile_launch", "2024-03-01", first="2024-02-28"),
    fused("week", "balloon_launch", "2024-02-26", P.WEEK),
    fused("joint", "military_exercise", "2024-01-10", source="USA;KOR", target="PRK"),
    fused("year", "summit", "2023", P.YEAR),
]


def test_order_is_period_start_then_finer_then_first_reported():
    ids = [f.id for f in filter_timeline(EVENTS)]
    assert ids == ["year", "joint", "week", "early2", "early", "month", "late", "undated"]


def test_filters():
    assert [f.id for f in filter_timeline(EVENTS, kind="missile_launch")] == [
        "early2",
        "early",
        "month",
    ]
    kinds = {"threat", "summit"}
    assert [f.id for f in filter_timeline(EVENTS, kind=kinds)] == ["year", "late", "undated"]
    assert [f.id for f in filter_timeline(EVENTS, actor="usa")] == ["joint"]
    assert [f.id for f in filter_timeline(EVENTS, actor="Kim Yo Jong", kind="threat")] == [
        "late",
        "undated",
    ]


def test_bounds_keep_overlapping_periods_and_drop_undated():
    ids = [f.id for f in filter_timeline(EVENTS, since="2024-03-05")]
    assert ids == ["month", "late"]  # March overlaps 5 March onwards
    ids = [f.id for f in filter_timeline(EVENTS, until="2024-02")]
    assert ids == ["year", "joint", "week"]
    ids = [f.id for f in filter_timeline(EVENTS, since=date(2024, 2, 28), until=date(2024, 2, 29))]
    assert ids == ["week"]
    with pytest.raises(DateError, match="bad date '2024-13'"):
        filter_timeline(EVENTS, since="2024-13")


def test_rows():
    long = "Word " * 80
    row = timeline_rows([fused("x", "threat", "2024-03", P.MONTH, sentence=long)])[0]
    assert row["date"] == "2024-03" and row["precision"] == "month"
    assert (row["kind"], row["modality"], row["source"], row["target"]) == (
        "threat",
        "occurred",
        "PRK",
        "KOR",
    )
    assert row["sources"] == 2 and row["id"] == "x"
    assert len(row["summary"]) <= 200 and row["summary"].endswith("…")
    (row,) = timeline_rows([fused("u", "threat", None, None, target=None)])
    assert row["date"] is None and row["precision"] is None and row["target"] is None


def test_spans():
    assert parse_span("2024-02", P.MONTH) == (date(2024, 2, 1), date(2024, 2, 29))
    assert parse_span("2024-W09", None) == (date(2024, 2, 26), date(2024, 3, 3))
    assert parse_span("2024-02-28", P.WEEK) == (date(2024, 2, 26), date(2024, 3, 3))
    assert parse_span("garbage", P.DAY) is None
    assert event_span(EVENTS[1]) is None
