"""Shifts: change points in a pair's index become hostile/thaw alerts."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from peninsula.analyse.shifts import detect_shifts
from peninsula.models import Actor, DateBasis, Event, EventDate, Evidence, FusedEvent, Modality
from peninsula.models import Precision as P
from peninsula.settings import Settings


def fused(
    id: str,
    day: str,
    intensity: float,
    kind: str = "accusation",
    source: str = "PRK",
    target: str = "KOR",
    precision: P = P.DAY,
) -> FusedEvent:
    event = Event(
        doc="d-" + id,
        kind=kind,
        modality=Modality.OCCURRED,
        source=Actor(source),
        target=Actor(target),
        date=EventDate(day, precision, DateBasis.EXPLICIT),
        evidence=Evidence("d-" + id, f"{kind} on {day}.", 0, 10),
        intensity=intensity,
    )
    return FusedEvent(id=id, event=event, mentions=(), first_reported=day, sources=1)


def history(seed: int = 7) -> list[FusedEvent]:
    """2017-2024 of PRK->KOR, shaped like the real one, with noise and quiet months."""
    rng = random.Random(seed)
    events: list[FusedEvent] = []

    def month(y: int, m: int, level: float, n: int, kind: str = "accusation") -> None:
        for k in range(n):
            value = max(-10.0, min(10.0, level + rng.uniform(-1.5, 1.5)))
            events.append(fused(f"{kind}-{y}{m:02d}-{k}", f"{y}-{m:02d}-{k + 3:02d}", value, kind))
        if rng.random() < 0.2:  # a contrary voice now and then: a praise in hard times, ...
            events.append(fused(f"odd-{y}{m:02d}", f"{y}-{m:02d}-25", -level * 0.6, "praise"))

    for m in range(1, 13):  # 2017: threats and accusations
        month(2017, m, -5.5, rng.randint(1, 4), "threat")
    for m in range(1, 13):  # 2018: talks, summits, agreements, lines restored
        month(2018, m, 5.0, rng.randint(2, 4), "summit" if m in (4, 5, 9) else "talks")
    for y in range(2019, 2024):  # cool and sparse years, some months silent
        for m in range(1, 13):
            if (y, m) == (2023, 12):
                break
            if rng.random() < 0.6:
                month(y, m, -1.5, rng.randint(1, 2))
    for y, m in [(2023, 12), (2024, 1), (2024, 2), (2024, 3), (2024, 4), (2024, 5), (2024, 6)]:
        month(y, m, -7.5, rng.randint(2, 4), "relations_downgrade" if m in (12, 1) else "threat")
    return events


@pytest.mark.parametrize("seed", [1, 7, 42])
def test_realistic_history_has_a_thaw_in_2018_and_a_hostile_turn_in_winter_2023(seed):
    shifts = detect_shifts(history(seed), pairs=["PRK-KOR"])
    thaws = [s for s in shifts if s.direction == "thaw"]
    hostile = [s for s in shifts if s.direction == "hostile"]
    assert any(date(2017, 11, 1) <= s.date <= date(2018, 3, 1) for s in thaws), shifts
    assert any(date(2023, 11, 1) <= s.date <= date(2024, 2, 1) for s in hostile), shifts
    # the 2019 cooling is real too, but nothing is reported inside the flat stretches
    assert not [s for s in shifts if date(2020, 6, 1) <= s.date <= date(2023, 6, 1)]


def test_shift_fields_and_drivers():
    shifts = detect_shifts(history(), pairs=["PRK-KOR"])
    turn = next(s for s in shifts if s.direction == "hostile" and s.date.year >= 2023)
    assert turn.pair == "PRK-KOR" and turn.freq == "month"
    assert turn.level_after < turn.level_before - 2
    assert turn.magnitude == pytest.approx(turn.level_before - turn.level_after, abs=1e-3)
    assert 1 <= len(turn.event_ids) <= 5
    # drivers pull the way the turn went: the hostile ones near the change
    assert all(i.startswith(("relations_downgrade", "threat")) for i in turn.event_ids)
    assert turn.to_dict()["date"] == turn.date.isoformat()


def test_small_level_changes_are_not_reported():
    events = [fused(f"a{m}", f"2020-{m:02d}-05", -2.0) for m in range(1, 7)]
    events += [fused(f"b{m}", f"2020-{m:02d}-05", -3.5) for m in range(7, 13)]
    assert detect_shifts(events, pairs=["PRK-KOR"]) == []
    assert detect_shifts(events, pairs=["PRK-KOR"], min_change=1.0)[0].direction == "hostile"


def test_a_clean_step_is_found_where_it_happens():
    events = [fused(f"a{m}", f"2020-{m:02d}-05", 4.0) for m in range(1, 7)]
    events += [fused(f"b{m}", f"2020-{m:02d}-05", -6.0) for m in range(7, 13)]
    (shift,) = detect_shifts(events, pairs=["PRK-KOR"])
    assert (shift.period, shift.direction, shift.magnitude) == ("2020-07", "hostile", 10.0)
    assert (shift.level_before, shift.level_after) == (4.0, -6.0)


def test_short_or_empty_series_give_no_shift_and_no_error():
    assert detect_shifts([], pairs=["PRK-KOR"]) == []
    two = [fused("a", "2020-01-05", 5.0), fused("b", "2020-02-05", -5.0)]
    assert detect_shifts(two, pairs=["PRK-KOR"]) == []
    big = Settings(shift_min_size=10)
    steps = [fused(f"a{m}", f"2020-{m:02d}-05", 4.0 if m < 7 else -6.0) for m in range(1, 13)]
    assert detect_shifts(steps, pairs=["PRK-KOR"], settings=big) == []


def test_default_pairs_are_the_active_ones():
    events = [fused(f"a{m}", f"2020-{m:02d}-05", 4.0 if m < 7 else -6.0) for m in range(1, 13)]
    events += [fused("x", "2020-01-01", 9.0, source="USA", target="JPN")]
    assert [s.pair for s in detect_shifts(events)] == ["PRK-KOR"]


def test_a_single_outlier_month_is_not_a_shift():
    events = [
        fused(f"a{m}-{k}", f"2020-{m:02d}-0{k + 1}", -2.0) for m in range(1, 13) for k in range(2)
    ]
    events.append(fused("spike", "2020-06-20", 9.0))
    assert detect_shifts(events, pairs=["PRK-KOR"]) == []


def steady_tone(counts: dict[tuple[int, int], int], level: float = -5.0) -> list[FusedEvent]:
    """The same tone every month; only the number of events changes."""
    return [
        fused(f"e{y}{m:02d}-{k}", f"{y}-{m:02d}-{k + 2:02d}", level)
        for (y, m), n in counts.items()
        for k in range(n)
    ]


def months(first: tuple[int, int], n: int) -> list[tuple[int, int]]:
    y, m = first
    out = []
    for _ in range(n):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def test_more_hostile_acts_at_the_same_tone_are_a_pressure_shift():
    counts = {ym: 1 for ym in months((2022, 1), 12)} | {ym: 4 for ym in months((2023, 1), 12)}
    (shift,) = detect_shifts(steady_tone(counts), pairs=["PRK-KOR"])
    assert (shift.measure, shift.direction, shift.period) == ("pressure", "hostile", "2023-01")
    assert shift.level_before == shift.level_after == -5.0
    assert (shift.pressure_before, shift.pressure_after) == (-5.0, -20.0)
    assert shift.magnitude == 15.0
    assert shift.to_dict()["measure"] == "pressure"


def test_pressure_that_merely_wobbles_is_not_a_shift():
    for seed in range(5):
        rng = random.Random(seed)
        counts = {ym: rng.choice([0, 1, 2, 3]) for ym in months((2020, 1), 36)}
        assert detect_shifts(steady_tone(counts), pairs=["PRK-KOR"]) == [], seed


def test_pressure_rising_less_than_threefold_is_not_a_shift():
    counts = {ym: 2 for ym in months((2022, 1), 12)} | {ym: 5 for ym in months((2023, 1), 12)}
    assert detect_shifts(steady_tone(counts), pairs=["PRK-KOR"]) == []
    lenient = Settings(shift_pressure_ratio=2.0)
    assert detect_shifts(steady_tone(counts), pairs=["PRK-KOR"], settings=lenient)


def test_a_pressure_shift_is_driven_by_the_events_of_the_new_regime():
    counts = {ym: 1 for ym in months((2022, 1), 12)} | {ym: 4 for ym in months((2023, 1), 12)}
    events = steady_tone(counts)
    events.append(fused("loud-2022-11", "2022-11-20", -8.0))  # strong, but before the turn
    (shift,) = detect_shifts(events, pairs=["PRK-KOR"])
    assert shift.measure == "pressure" and shift.period == "2023-01"
    assert all(i.startswith("e2023") for i in shift.event_ids), shift.event_ids


def test_pressure_is_read_per_month_whatever_the_period():
    # one event every 10 days, then one every 2 days: found by week as by month
    days = [date(2022, 1, 1) + timedelta(days=10 * k) for k in range(36)]
    days += [date(2023, 1, 1) + timedelta(days=2 * k) for k in range(180)]
    events = [fused(f"e{d}", d.isoformat(), -5.0) for d in days]
    for freq in ("week", "month"):
        found = detect_shifts(events, pairs=["PRK-KOR"], freq=freq)
        assert [(s.measure, s.direction) for s in found] == [("pressure", "hostile")], freq
        assert date(2022, 12, 1) <= found[0].date <= date(2023, 2, 1)


def test_an_unreadable_publication_day_does_not_lift_the_watched_span():
    counts = {ym: 1 for ym in months((2022, 1), 12)} | {ym: 4 for ym in months((2023, 1), 12)}
    events = [
        replace(f, first_reported=max(f.first_reported or "", "2023-01-10"))
        for f in steady_tone(counts)
    ]
    events[0] = replace(events[0], first_reported="unknown")
    assert detect_shifts(events, pairs=["PRK-KOR"]) == []


def test_the_running_sums_cost_equals_ruptures_own():
    import numpy as np
    import ruptures as rpt

    from peninsula.analyse.segments import _summed_l2

    rng = np.random.default_rng(0)
    for signal in (rng.normal(size=(60, 2)), rng.integers(-9, 9, size=(60, 1)) + 1e6):
        signal = signal.astype(float)
        ours, theirs = _summed_l2()().fit(signal), rpt.costs.CostL2().fit(signal)
        for start, end in [(0, 60), (3, 9), (10, 11), (25, 59)]:
            assert ours.error(start, end) == pytest.approx(theirs.error(start, end), abs=1e-6)


def test_no_pressure_is_read_before_the_corpus_began_reporting():
    # events of 2022 known only from articles of 2023: their sparseness is memory, not calm
    counts = {ym: 1 for ym in months((2022, 1), 12)} | {ym: 4 for ym in months((2023, 1), 12)}
    events = [
        replace(f, first_reported=max(f.first_reported or "", "2023-01-10"))
        for f in steady_tone(counts)
    ]
    assert detect_shifts(events, pairs=["PRK-KOR"]) == []


def test_a_turn_seen_in_tone_and_pressure_is_reported_once():
    events = [fused(f"a{m}", f"2020-{m:02d}-05", 4.0) for m in range(1, 13)]
    events += [
        fused(f"b{m}-{k}", f"2021-{m:02d}-0{k + 1}", -6.0) for m in range(1, 13) for k in range(3)
    ]
    (shift,) = detect_shifts(events, pairs=["PRK-KOR"])
    assert (shift.measure, shift.direction, shift.period) == ("level", "hostile", "2021-01")
    assert (shift.pressure_before, shift.pressure_after) == (4.0, -18.0)


def test_pressure_that_falls_silent_is_shown_by_the_last_events_before_it():
    counts = {ym: 4 for ym in months((2022, 1), 12)} | {ym: 0 for ym in months((2023, 1), 5)}
    counts |= {(2023, 6): 1, (2023, 8): 1, (2023, 10): 1, (2023, 12): 1, (2024, 2): 1}
    (shift,) = detect_shifts(steady_tone(counts), pairs=["PRK-KOR"])
    assert (shift.measure, shift.direction, shift.period) == ("pressure", "thaw", "2023-01")
    assert shift.event_ids and all(i.startswith("e2022") for i in shift.event_ids)
