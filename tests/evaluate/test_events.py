import json

import pytest

from peninsula.errors import InputError
from peninsula.evaluate.events import score_events
from peninsula.evaluate.gold import dates_agree, read_gold
from peninsula.models import Actor, DateBasis, Event, EventDate, Evidence, Modality, Precision


def event(
    kind="missile_launch",
    date="2021-09-28",
    precision="day",
    source="PRK",
    target=None,
    modality=Modality.OCCURRED,
    doc="d1",
):
    return Event(
        doc=doc,
        kind=kind,
        modality=modality,
        source=Actor(source),
        target=Actor(target) if target else None,
        date=EventDate(date, Precision(precision) if precision else None, DateBasis.EXPLICIT),
        evidence=Evidence(doc, "s", 0, 1),
    )


@pytest.fixture
def gold_file(tmp_path):
    rows = [
        {
            "doc": "d1",
            "kind": "missile_launch",
            "modality": "occurred",
            "source": ["PRK"],
            "target": [],
            "date": "2021-09-28",
            "precision": "day",
            "attrs": {},
            "optional": False,
        },
        {
            "doc": "d1",
            "kind": "liaison_line_cut",
            "modality": "occurred",
            "source": ["PRK"],
            "target": ["KOR"],
            "date": "2020-06",
            "precision": "month",
            "attrs": {},
            "optional": False,
        },
        {
            "doc": "d1",
            "kind": "summit",
            "modality": "occurred",
            "source": ["PRK", "KOR"],
            "target": [],
            "date": "2018",
            "precision": "year",
            "attrs": {},
            "optional": True,
        },
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


@pytest.mark.parametrize(
    "system, sys_precision, gold, gold_precision, expected",
    [
        ("2021-09-29", "day", "2021-09-28", "day", True),
        ("2021-09-30", "day", "2021-09-28", "day", False),
        ("2021-09-20", "week", "2021-09-23", "week", True),
        ("2021-09-27", "day", "2021-09-23", "week", True),
        ("2021-09-28", "day", "2021-09-23", "week", False),
        ("2020-06-09", "day", "2020-06", "month", True),
        ("2020-06", "month", "2020-06-09", "day", False),
        ("2018-04-27", "day", "2018", "year", True),
        (None, None, "2018", "year", False),
    ],
)
def test_dates_agree_at_their_precisions(system, sys_precision, gold, gold_precision, expected):
    assert dates_agree(system, sys_precision, gold, gold_precision) is expected


def test_perfect_system_scores_one(gold_file):
    gold = read_gold(gold_file)
    system = [event(), event("liaison_line_cut", "2020-06", "month", target="KOR")]
    report = score_events(system, gold)
    assert (report.events.tp, report.events.fp, report.events.fn) == (2, 0, 0)
    assert report.events.f1 == 1.0
    assert report.date_accuracy == 1.0


def test_optional_gold_costs_nothing_and_repeats_count_once(gold_file):
    gold = read_gold(gold_file)
    system = [event(), event(), event("summit", "2018-04-27", "day", source="KOR")]
    report = score_events(system, gold)
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 0, 1)
    assert [g.kind for g in report.misses] == ["liaison_line_cut"]


def test_wrong_date_is_a_miss_and_a_false_positive_but_kind_matched(gold_file):
    gold = read_gold(gold_file)
    report = score_events([event(date="2021-09-30")], gold)
    assert (report.events.tp, report.events.fp) == (0, 1)
    assert report.kind_matched == 1
    assert report.date_accuracy == 0.0


def test_wrong_target_and_wrong_modality_do_not_match(gold_file):
    gold = read_gold(gold_file)
    system = [
        event("liaison_line_cut", "2020-06", "month", target="USA"),
        event(modality=Modality.PLANNED),
    ]
    report = score_events(system, gold)
    assert report.events.tp == 0 and report.events.fp == 2


def test_plover_level_matches_across_kinds_with_the_same_root(gold_file):
    gold = read_gold(gold_file)
    roots = {"missile_launch": "MOBILIZE", "weapons_test": "MOBILIZE"}
    report = score_events(
        [event("weapons_test")], gold, plover_of=lambda kind, modality: roots.get(kind)
    )
    assert report.events.tp == 0
    assert report.plover.tp == 1


def test_bad_gold_line_names_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc": "d1", "kind": "summit"}\nnot json\n')
    with pytest.raises(InputError, match=r"gold.jsonl:2: not valid JSON"):
        read_gold(path)
