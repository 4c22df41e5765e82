"""Status trackers: the shipped definitions load, events move them in date order."""

from __future__ import annotations

from dataclasses import replace

import pytest

from peninsula.analyse.status import load_trackers, parse_trackers, track_status
from peninsula.errors import KnowledgeError
from peninsula.models import (
    Actor,
    DateBasis,
    Event,
    EventDate,
    Evidence,
    FusedEvent,
    MentionRef,
    Modality,
)
from peninsula.models import Precision as P


def fused(
    id: str,
    kind: str,
    day: str,
    sentence: str = "",
    source: str = "PRK",
    target: str | None = "KOR",
    modality: Modality = Modality.OCCURRED,
    precision: P = P.DAY,
    **attrs: str,
) -> FusedEvent:
    event = Event(
        doc="d-" + id,
        kind=kind,
        modality=modality,
        source=Actor(source),
        target=Actor(target) if target else None,
        date=EventDate(day, precision, DateBasis.EXPLICIT),
        evidence=Evidence("d-" + id, sentence or f"{kind.replace('_', ' ')} on {day}.", 0, 10),
        attrs=attrs,
    )
    return FusedEvent(id=id, event=event, mentions=(), first_reported=day, sources=1)


def status_of(events: list[FusedEvent], tracker: str):
    return next(s for s in track_status(events) if s.tracker.id == tracker)


def test_shipped_trackers_load():
    ids = {t.id for t in load_trackers()}
    assert ids == {"liaison_lines", "military_agreement", "loudspeakers", "test_moratorium"}


def test_liaison_lines_follow_cuts_and_restores_in_date_order():
    events = [
        fused("r2", "liaison_line_restore", "2021-10-04"),
        fused("c1", "liaison_line_cut", "2020-06-09", "North Korea cut all lines at noon."),
        fused("r1", "liaison_line_restore", "2021-07-27"),
        fused("c2", "liaison_line_cut", "2023-04", precision=P.MONTH),
        fused("p", "liaison_line_restore", "2024-01-02", modality=Modality.PLANNED),
    ]
    status = status_of(events, "liaison_lines")
    assert status.state == "cut" and status.since == "2023-04"
    assert [h.event_id for h in status.history] == ["c1", "r1", "r2", "c2"]
    assert status.history[0].evidence == "North Korea cut all lines at noon."
    assert status.history[0].changed


def test_untouched_tracker_keeps_its_initial_state():
    status = status_of([fused("x", "accusation", "2020-01-01")], "liaison_lines")
    assert (status.state, status.since, status.history) == ("unknown", None, [])


def test_military_agreement_signed_suspended_scrapped():
    events = [
        fused("decl", "agreement_signed", "2018-09-19", name="Pyongyang Joint Declaration"),
        fused("cma", "agreement_signed", "2018-09-19", name="Comprehensive Military Agreement"),
    ]
    assert status_of(events, "military_agreement").state == "in_force"
    events.append(
        fused(
            "part",
            "agreement_suspended",
            "2023-11-22",
            "Seoul suspended part of the September 19 military agreement.",
            source="KOR",
            target="PRK",
        )
    )
    assert status_of(events, "military_agreement").state == "suspended"
    events.append(
        fused(
            "void",
            "agreement_suspended",
            "2023-11-23",
            "The DPRK will never be bound by the north-south military agreement.",
        )
    )
    events.append(
        fused(
            "full",
            "agreement_suspended",
            "2024-06-04",
            "It fully suspended the 9.19 military agreement.",
            source="KOR",
        )
    )
    status = status_of(events, "military_agreement")
    # a later suspension by the other side does not undo the scrapping
    assert (status.state, status.since) == ("scrapped", "2023-11-23")
    assert [h.event_id for h in status.history] == ["cma", "part", "void"]


def test_named_agreement_decides_over_the_sentence():
    other = fused(
        "x",
        "agreement_signed",
        "2018-09-19",
        "Beside the military agreement they signed a joint declaration.",
        name="Pyongyang Joint Declaration",
    )
    assert status_of([other], "military_agreement").state == "not_signed"


def test_loudspeakers_and_moratorium():
    events = [
        fused("stop", "loudspeaker_stop", "2018-05-01", source="KOR", target="PRK"),
        fused(
            "m-on",
            "concession",
            "2018-04-20",
            "The DPRK will stop nuclear tests and ICBM launches.",
            modality=Modality.PLANNED,
            target=None,
        ),
        fused("srbm", "missile_launch", "2019-05-04", target=None, missile_class="srbm"),
        fused("start", "loudspeaker_start", "2024-06-09", source="KOR", target="PRK"),
    ]
    assert status_of(events, "loudspeakers").state == "on"
    assert status_of(events, "test_moratorium").state == "on"
    events.append(fused("icbm", "missile_launch", "2022-03-24", target=None, missile_class="ICBM"))
    status = status_of(events, "test_moratorium")
    assert (status.state, status.since) == ("off", "2022-03-24")


def test_planned_and_denied_events_do_not_move_plain_trackers():
    events = [
        fused("a", "loudspeaker_start", "2024-06-01", source="KOR", modality=Modality.THREATENED),
        fused("b", "nuclear_test", "2024-06-02", modality=Modality.DENIED),
    ]
    assert status_of(events, "loudspeakers").state == "unknown"
    assert status_of(events, "test_moratorium").state == "off"
    assert status_of(events, "test_moratorium").history == []


GOOD = {
    "id": "t",
    "title": "T",
    "states": ["a", "b"],
    "initial": "a",
    "transitions": [{"kind": "summit", "to": "b"}],
}


def test_parse_accepts_a_minimal_tracker():
    (tracker,) = parse_trackers([GOOD], "x.yaml")
    assert tracker.transitions[0].modalities == frozenset({"occurred"})


@pytest.mark.parametrize(
    "change, message",
    [
        ({"transitions": [{"kind": "summitt", "to": "b"}]}, "unknown kind 'summitt'"),
        ({"transitions": [{"kind": "summit", "to": "c"}]}, "to: 'c' is not one of the states"),
        ({"initial": "z"}, "initial: unknown state 'z'"),
        ({"states": ["a", True]}, "is not a string (quote on/off"),
        ({"transitions": [{"kind": "summit", "to": "b", "form": ["a"]}]}, "unknown key 'form'"),
        (
            {"transitions": [{"kind": "summit", "to": "b", "from": ["q"]}]},
            "from: unknown state 'q'",
        ),
        ({"transitions": [{"kind": "summit", "to": "b", "modality": "maybe"}]}, "unknown modality"),
    ],
)
def test_parse_names_the_file_the_entry_and_the_problem(change, message):
    with pytest.raises(KnowledgeError) as raised:
        parse_trackers([GOOD, {**GOOD, "id": "bad", **change}], "x.yaml")
    text = str(raised.value)
    assert "x.yaml entry 2 (bad)" in text and message in text
    assert "\n" not in text


def test_parse_collects_every_problem():
    bad = {**GOOD, "initial": "z", "transitions": [{"kind": "nope", "to": "q"}]}
    with pytest.raises(KnowledgeError, match=r"^3 problem\(s\)"):
        parse_trackers([bad], "x.yaml")


def test_background_clause_of_a_sentence_does_not_move_the_tracker():
    lead = "The Koreas restored their lines on Tuesday, 13 months after Pyongyang severed them."
    silent = "The North did not answer calls on Tuesday, two weeks after the lines were restored."
    events = [
        fused("c0", "liaison_line_cut", "2020-06-09", "The North cut all lines."),
        fused("r", "liaison_line_restore", "2021-07-27", lead, source="KOR"),
        fused("r-bg", "liaison_line_cut", "2021-07-27", lead),  # misdated background
        fused("c", "liaison_line_cut", "2021-08-10", silent),
        fused("c-bg", "liaison_line_restore", "2021-08-10", silent),  # misdated background
    ]
    status = status_of(events, "liaison_lines")
    changes = [(h.date, h.state) for h in status.history if h.changed]
    assert changes == [("2020-06-09", "cut"), ("2021-07-27", "open"), ("2021-08-10", "cut")]
    assert {h.event_id for h in status.history} == {"c0", "r", "c"}


def test_opposite_readings_on_different_dates_both_count():
    text = "The lines were restored in July, after being cut in June."
    events = [
        fused("r", "liaison_line_restore", "2021-07", text, precision=P.MONTH),
        fused("c", "liaison_line_cut", "2021-06", text, precision=P.MONTH),
    ]
    status = status_of(events, "liaison_lines")
    assert [h.state for h in status.history] == ["cut", "open"]


def test_liaison_events_need_evidence_for_their_transition():
    events = [fused("x", "liaison_line_restore", "2021-07-27", "The lines were discussed.")]
    assert status_of(events, "liaison_lines").history == []


def test_agreement_cannot_be_suspended_or_scrapped_before_it_was_signed():
    # a year read from the name ("the 2018 military agreement") puts the scrapping first
    scrap = "North Korea said it would no longer abide by the 2018 military agreement."
    events = [
        fused("misdated", "agreement_suspended", "2018", scrap, precision=P.YEAR),
        fused("sign", "agreement_signed", "2018-09-19", "They signed a military agreement."),
    ]
    status = status_of(events, "military_agreement")
    assert [(h.event_id, h.state) for h in status.history] == [("sign", "in_force")]
    assert (status.state, status.since) == ("in_force", "2018-09-19")


def test_each_report_of_a_fused_event_is_asked_about_the_topic():
    named = fused(
        "f", "agreement_signed", "2018-09-19", "They signed a declaration.", name="Pyongyang Joint"
    )
    unnamed = MentionRef(
        doc="other",
        sentence="The two Koreas signed a military agreement.",
        start=0,
        end=10,
        date="2018-09-19",
        precision="day",
        published="2018-09-20",
    )
    assert status_of([named], "military_agreement").state == "not_signed"
    merged = replace(named, mentions=(unnamed,))
    assert status_of([merged], "military_agreement").state == "in_force"
