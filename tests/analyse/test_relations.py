"""Relations index: per-period sums, counts, means and a smoothed line for an actor pair."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from peninsula.analyse.relations import pairs, relations_index
from peninsula.errors import InputError
from peninsula.models import Actor, DateBasis, Event, EventDate, Evidence, FusedEvent, Modality
from peninsula.models import Precision as P
from peninsula.settings import Settings


def fused(
    id: str,
    day: str,
    intensity: float | None,
    source: str = "PRK",
    target: str | None = "KOR",
    precision: P = P.DAY,
) -> FusedEvent:
    event = Event(
        doc="d-" + id,
        kind="accusation",
        modality=Modality.OCCURRED,
        source=Actor(source),
        target=Actor(target) if target else None,
        date=EventDate(day, precision, DateBasis.EXPLICIT),
        evidence=Evidence("d-" + id, "A sentence.", 0, 10),
        intensity=intensity,
    )
    return FusedEvent(id=id, event=event, mentions=(), first_reported=day, sources=1)


EVENTS = [
    fused("a", "2024-01-05", -6.0),
    fused("b", "2024-01-20", -2.0),
    fused("c", "2024-03-02", 4.0),
    fused("back", "2024-02-10", 3.0, source="KOR", target="PRK"),
    fused("joint", "2024-03-15", -4.0, source="USA;KOR", target="PRK"),
    fused("month", "2024-03", -8.0, precision=P.MONTH),
    fused("year", "2024", -9.0, precision=P.YEAR),
    fused("notarget", "2024-01-07", -5.0, target=None),
    fused("nointensity", "2024-01-08", None),
]


def test_monthly_directed_series_fills_gaps_and_smooths_across_them():
    series = relations_index(EVENTS, "PRK-KOR", settings=Settings(index_smoothing=0.5))
    assert [p.period for p in series.points] == ["2024-01", "2024-02", "2024-03"]
    jan, feb, mar = series.points
    assert (jan.total, jan.count, jan.mean, jan.smoothed) == (-8.0, 2, -4.0, -4.0)
    assert (feb.total, feb.count, feb.mean, feb.smoothed) == (0.0, 0, 0.0, -4.0)
    # March: c (+4) and the month-precision event (-8): mean -2, smoothed 0.5*-2 + 0.5*-4
    assert (mar.count, mar.mean, mar.smoothed) == (2, -2.0, -3.0)
    assert set(mar.event_ids) == {"c", "month"} and mar.start == date(2024, 3, 1)
    assert series.coarse == 1  # the year-precision event


def test_undirected_and_joint_actors():
    series = relations_index(EVENTS, "PRK~KOR", since="2024-01", until="2024-03")
    assert [p.count for p in series.points] == [2, 1, 3]
    assert series.pair == "PRK~KOR" and not series.directed
    same = relations_index(EVENTS, "PRK-KOR", directed=False, since="2024-01", until="2024-03")
    assert same.points == series.points
    usa = relations_index(EVENTS, "USA-PRK")
    assert [p.event_ids for p in usa.points] == [("joint",)]


def test_daily_and_weekly_series_leave_out_coarse_dates():
    daily = relations_index(EVENTS, "PRK-KOR", freq="day")
    assert daily.points[0].period == "2024-01-05" and daily.points[-1].period == "2024-03-02"
    assert len(daily.points) == 58 and sum(p.count for p in daily.points) == 3
    assert daily.coarse == 2
    weekly = relations_index(EVENTS, "PRK-KOR", freq="week")
    assert weekly.points[0].period == "2024-W01" and weekly.points[0].start == date(2024, 1, 1)
    assert all(p.start.weekday() == 0 for p in weekly.points)


def test_week_precision_goes_to_the_month_of_its_thursday():
    week = fused("w", "2024-01-29", -3.0, precision=P.WEEK)  # Mon 29 Jan, Thu 1 Feb
    (point,) = relations_index([week], "PRK-KOR").points
    assert point.period == "2024-02"
    assert relations_index([week], "PRK-KOR", freq="day").points == []


def test_bounds_give_zeros_even_without_events():
    series = relations_index([], "PRK-KOR", since="2024-01-01", until="2024-03-31")
    assert [(p.period, p.count, p.smoothed) for p in series.points] == [
        ("2024-01", 0, 0.0),
        ("2024-02", 0, 0.0),
        ("2024-03", 0, 0.0),
    ]
    assert relations_index([], "PRK-KOR").points == []


def test_yearly_series_and_to_dict():
    series = relations_index(EVENTS, "PRK-KOR", freq="year")
    (point,) = series.points
    assert point.count == 5 and point.period == "2024"
    assert series.to_dict()["points"][0]["start"] == "2024-01-01"


def test_pairs_ranks_the_most_active():
    ranked = pairs(EVENTS)
    assert ranked[0] == ("PRK-KOR", 5)
    assert ("USA-PRK", 1) in ranked and ("KOR-PRK", 2) in ranked
    assert pairs(EVENTS, directed=False)[0] == ("KOR~PRK", 7)


@pytest.mark.parametrize("pair", ["PRK", "PRK/KOR", "NORTH-SOUTH"])
def test_bad_pair(pair):
    with pytest.raises(InputError, match="bad pair"):
        relations_index(EVENTS, pair)


def test_bad_freq():
    with pytest.raises(InputError, match="bad frequency 'quarter'"):
        relations_index(EVENTS, freq="quarter")


def _launch(id: str, day: str, missile_class: str | None = None, source: str = "PRK"):
    base = fused(id, day, -6.0, source=source, target=None)
    attrs = {"missile_class": missile_class} if missile_class else {}
    return replace(base, event=replace(base.event, kind="missile_launch", attrs=attrs))


def test_targetless_show_of_force_counts_toward_the_neighbours_in_reach():
    events = [
        _launch("srbm", "2024-01-14", "srbm"),
        _launch("icbm", "2024-01-20", "icbm"),
        _launch("south", "2024-01-21", source="KOR"),
        fused("talk", "2024-01-22", -2.0, target=None),  # a statement without target: out
    ]
    prk_kor = relations_index(events, "PRK-KOR")
    assert prk_kor.points[0].event_ids == ("srbm",)
    assert relations_index(events, "PRK-USA").points[0].event_ids == ("icbm",)
    assert relations_index(events, "KOR-PRK").points[0].event_ids == ("south",)
    assert relations_index(events, "PRK-KOR", implicit_targets={}).points == []
    counted = dict(pairs(events))
    assert counted["PRK-KOR"] == 1 and counted["PRK-JPN"] == 1 and counted["PRK-USA"] == 1
