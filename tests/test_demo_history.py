"""End to end on the demo corpus and the seeds: read, extract, store, fuse, then analyse.

The demo corpus (src/peninsula/demo) is written from the public record, so the history the
analyses show can be checked against what really happened: the liaison lines were cut in
June 2020, restored in July 2021, unanswered from August 2021, restored in October 2021 and
unanswered again from April 2023; relations thawed at the turn of 2017-2018.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from peninsula.analyse.shifts import detect_shifts
from peninsula.analyse.status import track_status
from peninsula.evaluate.timeline import evaluate_timeline, report_words
from peninsula.models import FusedEvent
from peninsula.pipeline import Pipeline
from peninsula.read import read_paths
from peninsula.store.repository import Repository

DEMO = Path(__file__).resolve().parents[1] / "src" / "peninsula" / "demo"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    from tests.conftest import SHARED

    seeds = SHARED / "seeds" / "seeds.jsonl"
    if not seeds.is_file():
        pytest.skip("../shared is not present")
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
    with Repository(url) as repo:
        repo.ingest(Pipeline().run(read_paths([DEMO, seeds])))
    return url


@pytest.fixture(scope="module")
def demo_events(demo_db: str) -> list[FusedEvent]:
    with Repository(demo_db) as repo:
        return repo.fused_events()


def test_north_korean_launches_the_corpus_reports_are_found_once_each(demo_db, demo_events):
    from tests.conftest import SHARED

    reference = SHARED / "data" / "kcna-2024-dev" / "reference_timeline.csv"
    if not reference.is_file():
        pytest.skip("the reference timeline is not present")
    with Repository(demo_db) as repo:
        reported = repo.publication_days(report_words(["missile_launch"]))
    report = evaluate_timeline(
        demo_events,
        reference,
        kinds=["missile_launch"],
        since=date(2018, 1, 1),
        until=date(2024, 7, 31),
        actor="PRK",
        reported=reported,
    )
    # the bar for unseen corpora: recall and precision 0.9, at most 1.25 per day
    assert report.reference_days >= 8
    assert report.recall >= 0.9 and report.precision >= 0.9, report.as_dict()
    assert report.events_per_found_day <= 1.25


def test_liaison_lines_show_the_real_sequence(demo_events):
    status = next(s for s in track_status(demo_events) if s.tracker.id == "liaison_lines")
    changes = [(h.date[:7], h.state) for h in status.history if h.changed and h.date]
    since_2020 = [c for c in changes if c[0] >= "2020"]
    assert since_2020 == [
        ("2020-06", "cut"),
        ("2021-07", "open"),
        ("2021-08", "cut"),
        ("2021-10", "open"),
        ("2023-04", "cut"),
    ]
    assert status.state == "cut" and status.since.startswith("2023-04")


def test_shifts_find_the_thaw_of_2018(demo_events):
    shifts = detect_shifts(demo_events, pairs=["PRK-KOR", "PRK~KOR"])
    # the thaw began with Seoul's offer to delay drills (December 2017) and Kim's New Year
    # speech; its first month of the new level lies between 2017-12 and 2018-03
    thaws = [s for s in shifts if s.direction == "thaw" and "2017-12" <= s.period <= "2018-03"]
    assert thaws, [s.to_dict() for s in shifts]
    assert thaws[0].level_before < 0 < thaws[0].level_after
    assert thaws[0].event_ids


def test_shifts_find_the_hostile_turn_of_2023_2024(demo_events):
    shifts = detect_shifts(demo_events, pairs=["PRK-KOR", "PRK~KOR"])
    # by tone, 2022-23 was already as hostile as 2024; what turned is the pressure: the
    # military agreement fell in November 2023, Kim declared two hostile states at the end of
    # December, and hostile acts tripled. The new regime's first month is 2023-11 to 2024-01
    turns = [s for s in shifts if s.direction == "hostile" and "2023-11" <= s.period <= "2024-01"]
    assert turns, [s.to_dict() for s in shifts]
    by_id = {f.id: f for f in demo_events}
    for turn in turns:
        assert turn.pressure_after < 2 * turn.pressure_before < 0
        drivers = [by_id[i].event for i in turn.event_ids]
        declared = [e for e in drivers if e.kind == "relations_downgrade"]
        assert declared and "2023-12" <= declared[0].date.value[:7] <= "2024-01"


def test_shifts_report_no_turn_inside_the_thaw_of_2018(demo_events):
    shifts = detect_shifts(demo_events, pairs=["PRK~KOR"])
    assert not [s for s in shifts if "2018-01" <= s.period <= "2018-09"], shifts
    # after the Pyongyang summit of September the summits stop and the corpus goes on to the
    # launches of 2019: a turn there can only be the thaw cooling, never a second thaw
    later = [s for s in shifts if "2018-10" <= s.period <= "2018-12"]
    assert all(s.direction == "hostile" for s in later), later
