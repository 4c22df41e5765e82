"""Timeline evaluation: reference days found within +/-1 day, precision of fused events."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from peninsula.errors import InputError
from peninsula.evaluate.timeline import evaluate_timeline
from peninsula.models import Actor, DateBasis, Event, EventDate, Evidence, FusedEvent, Modality
from peninsula.models import Precision as P

CSV = """date,date_precision,category,actors,summary,source,confidence
2024-01-14,day,missile_launch,DPRK,"IRBM, solid fuel",x,high
2024-01-24,day,cruise_missile_launch,DPRK,cruise,x,high
2024-01-24,day,missile_launch,DPRK,same day twice,x,high
2024-02-14,day,cruise_missile_launch,DPRK,cruise,x,high
2024-03,month,missile_launch,DPRK,some day in March,x,medium
2024-03-18,day,missile_launch,DPRK,SRBMs,x,high
2024-05-28,day,trash_balloons,DPRK,balloons,x,high
"""


def fused(
    id: str,
    day: str,
    kind: str = "missile_launch",
    precision: P = P.DAY,
    modality: Modality = Modality.OCCURRED,
) -> FusedEvent:
    event = Event(
        doc="d-" + id,
        kind=kind,
        modality=modality,
        source=Actor("PRK"),
        target=None,
        date=EventDate(day, precision, DateBasis.EXPLICIT),
        evidence=Evidence("d-" + id, "A launch.", 0, 9),
    )
    return FusedEvent(id=id, event=event, mentions=(), first_reported=day, sources=1)


@pytest.fixture
def reference(tmp_path: Path) -> Path:
    path = tmp_path / "ref.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


EVENTS = [
    fused("a", "2024-01-15"),  # a day late (KST/UTC): finds 01-14
    fused("a2", "2024-01-14"),  # a second report of the same launch
    fused("b", "2024-01-24"),
    fused("wrong", "2024-02-01"),  # no launch that day
    fused("coarse", "2024-03", precision=P.MONTH),
    fused("planned", "2024-03-18", modality=Modality.PLANNED),
    fused("balloon", "2024-05-28", kind="balloon_launch"),
]


def test_recall_precision_and_lists(reference):
    report = evaluate_timeline(EVENTS, reference, ["missile_launch"])
    assert report.categories == ["cruise_missile_launch", "missile_launch", "sam_launch"]
    assert (report.reference_days, report.found_days) == (4, 2)
    assert report.recall == 0.5
    assert (report.events, report.correct_events) == (4, 3)
    assert report.precision == 0.75
    assert report.missed_days == [date(2024, 2, 14), date(2024, 3, 18)]
    assert report.unmatched_events == [("wrong", date(2024, 2, 1))]
    assert report.events_per_found_day == 1.5
    assert (report.coarse_events, report.skipped_rows) == (1, 1)
    data = report.as_dict()
    assert data["recall"] == 0.5 and data["missed_days"][0] == "2024-02-14"
    assert data["f1"] == pytest.approx(2 * 0.5 * 0.75 / 1.25, abs=1e-4)


def test_categories_override_and_other_kinds(reference):
    only = evaluate_timeline(EVENTS, reference, ["missile_launch"], ["cruise_missile_launch"])
    assert (only.reference_days, only.found_days) == (2, 1)
    assert [i for i, _ in only.unmatched_events] == ["a2", "a", "wrong"]  # by date
    balloons = evaluate_timeline(EVENTS, reference, ["balloon_launch"])
    assert (balloons.categories, balloons.recall, balloons.precision) == (
        ["trash_balloons"],
        1.0,
        1.0,
    )


def test_since_until(reference):
    report = evaluate_timeline(
        EVENTS, reference, ["missile_launch"], since=date(2024, 1, 16), until=date(2024, 2, 29)
    )
    assert (report.reference_days, report.found_days) == (2, 1)
    # "a" (01-15) lies in the margin before `since` and matches nothing inside: not scored
    assert [i for i, _ in report.unmatched_events] == ["wrong"]
    assert report.events == 2


def test_nothing_to_score_gives_zeros(reference):
    report = evaluate_timeline([], reference, ["summit"])
    assert (report.reference_days, report.recall, report.precision, report.f1) == (0, 0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    "text, message",
    [
        ("when,what\n2024-01-01,x\n", "missing column(s) date, date_precision, category"),
        ("date,date_precision,category\n2024-13-01,day,x\n", "line 2: bad date '2024-13-01'"),
        ("date,date_precision,category\n2024-01-01,daily,x\n", "line 2: bad date_precision"),
        (
            "date,date_precision,category\n2024-01-01,month,x\n",
            "bad date '2024-01-01' for precision month",
        ),
        ("date,date_precision,category\n2024-01-01,day,\n", "line 2: empty category"),
    ],
)
def test_malformed_reference_is_one_line_naming_the_file(tmp_path, text, message):
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        evaluate_timeline([], path, ["missile_launch"])
    assert str(raised.value).startswith(str(path)) and message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_missing_reference(tmp_path):
    with pytest.raises(InputError, match="cannot read reference timeline"):
        evaluate_timeline([], tmp_path / "nope.csv", ["missile_launch"])


@pytest.mark.shared
def test_shared_reference_parses(shared):
    path = shared / "data" / "kcna-2024-dev" / "reference_timeline.csv"
    report = evaluate_timeline([], path, ["missile_launch"], since=date(2024, 1, 1))
    assert report.reference_days > 10 and report.found_days == 0


def test_actor_keeps_only_events_of_that_source(reference):
    russian = fused("ru", "2024-02-14")
    russian = replace(russian, event=replace(russian.event, source=Actor("RUS")))
    joint = fused("joint", "2024-03-18")
    joint = replace(joint, event=replace(joint.event, source=Actor("USA;KOR")))
    events = [*EVENTS, russian, joint]
    everyone = evaluate_timeline(events, reference, ["missile_launch"])
    assert everyone.found_days == 4
    north = evaluate_timeline(events, reference, ["missile_launch"], actor="prk")
    assert (north.found_days, north.events) == (2, 4)
    assert north.missed_days == [date(2024, 2, 14), date(2024, 3, 18)]
    assert evaluate_timeline(events, reference, ["missile_launch"], actor="KOR").events == 1


def test_reported_only_scores_the_days_a_corpus_could_report(reference):
    # articles on launches appeared on 01-16 and 03-20: 01-14 (2 days before) and 03-18 are
    # reportable, 01-24 and 02-14 are not (nothing published up to 3 days after them)
    reported = {date(2024, 1, 16), date(2024, 3, 20), date(2024, 2, 20)}
    report = evaluate_timeline(EVENTS, reference, kinds=["missile_launch"], reported=reported)
    assert (report.reference_days, report.unreported_days) == (2, 2)
    assert report.found_days == 1 and report.missed_days == [date(2024, 3, 18)]
    # the launch found on the unreportable 01-24 is still a correct event, not a false one
    assert (report.correct_events, report.events) == (3, 4)
    # an article dated the (UTC) day before a (Korean) reference day reports it too
    early = evaluate_timeline(
        EVENTS, reference, kinds=["missile_launch"], reported={date(2024, 3, 17)}
    )
    assert (early.reference_days, early.found_days) == (1, 0)


def test_report_words_fall_back_to_the_kind_name():
    from peninsula.evaluate.timeline import report_words

    assert "missile" in report_words(["missile_launch"])
    assert report_words(["summit"]) == ["summit"]
