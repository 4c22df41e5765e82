"""Meetings, visits, deployments and plans as KCNA 2011-2012 tells them: a meeting's
parties are its joint source, courtesy calls and departures are visits, a summit still to
be hosted is planned, ships sent to a port are deployed, and lines broken inside a sentence
do not end it.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from peninsula.analyse.relations import pairs
from peninsula.models import Actor, EventDate, Modality, Precision
from peninsula.understand.sentences import split_sentences


def test_either_sides_account_of_a_meeting_is_one_event_of_both_parties(kcna):
    text = (
        "Kim Jong Un met the governor of the Amur Region of Russia on Monday. "
        "The governor of the Amur Region of Russia met Kim Jong Un on Monday."
    )
    meetings = [e for e in kcna.events(text) if e.kind in ("talks", "summit")]
    assert {(tuple(sorted(e.source.codes)), e.target) for e in meetings} == {(("PRK", "RUS"), None)}


def test_a_courtesy_call_is_talks_not_a_demand(kcna):
    text = "Ri Chol, DPRK ambassador to Ghana, paid a courtesy call on the Prime Minister of Ghana."
    assert kcna.coded(text) == {("talks", ("GHA", "PRK"), ())}


def test_a_courtesy_call_on_him_retells_the_meeting_of_its_sentence(kcna):
    text = (
        "The DPRK foreign minister met the new Fijian ambassador, who paid a courtesy call "
        "on him, and the Iranian ambassador on Monday."
    )
    assert "demand" not in kcna.kinds(text)
    assert all("IRN" not in src or "FJI" not in src for _, src, _ in kcna.coded(text))


def test_a_delegation_told_after_its_departure_visits_the_host_of_its_congress(kcna):
    text = (
        "Also leaving here on the same day was a delegation of the Democratic Women's Union "
        "of Korea to attend a congress to be held in Peru."
    )
    assert ("talks", ("PER", "PRK"), ()) in kcna.coded(text)


def test_a_summit_to_be_hosted_is_planned_and_its_hosts_are_parties(kcna):
    text = "The summit to be co-hosted by Japan and Canada in Tokyo was denounced by many."
    assert ("summit", "planned", ("CAN", "JPN"), ()) in kcna.coded_with_modality(text)


def test_the_summit_named_again_is_no_new_summit(kcna):
    text = (
        "The summit to be co-hosted by Japan and Canada in Tokyo was denounced by many. "
        'Japan and Canada plan to stage naval drills days ahead of the "summit".'
    )
    summits = [e for e in kcna.events(text) if e.kind == "summit"]
    assert [e.modality for e in summits] == [Modality.PLANNED]


def test_a_news_agency_meeting_a_guest_interviews_him(kcna):
    assert "talks" not in kcna.kinds("KCNA met a Swiss film director at the studio.")


def test_a_gathering_that_vows_to_wipe_out_a_foe_does_not_meet_it(kcna):
    text = "Workers of the DPRK met to vow to wipe out the south Korean puppet group."
    assert not any(kind == "talks" for kind, *_ in kcna.coded(text))


@pytest.mark.parametrize(
    "text",
    [
        "On May 3 Japan sent two destroyers to Indonesia.",
        "On May 9 a fleet of the Japanese navy entered the port of Chennai.",
    ],
)
def test_warships_sent_to_a_port_are_deployed(kcna, text):
    assert ("troop_deployment", ("JPN",), ()) in kcna.coded(text)


def test_warships_sent_to_a_drill_take_part_in_the_drill(kcna):
    text = "Japan sent two destroyers to the joint naval drills off Hawaii on May 3."
    assert "troop_deployment" not in kcna.kinds(text)


def test_a_power_keen_to_deploy_interceptors_plans_a_buildup(kcna):
    text = "The U.S. is keen to deploy an interceptor missile system in Europe."
    assert ("military_buildup", "planned", ("USA",), ()) in kcna.coded_with_modality(text)


def test_a_list_of_countries_taking_part_is_a_sentence_not_a_tag_line(kcna):
    text = "Chile, Peru, Norway and Canada will take part in the joint naval exercises."
    events = kcna.coded_with_modality(text)
    assert ("military_exercise", "planned", ("CAN", "CHL", "NOR", "PER"), ()) in events


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The drill was co-sponsored by the U.S.\nwarmonger, and its allies.", 1),
        ("Talks were held with the vice-chairman of the C.C.\nthe Union.", 1),
        ("Japan bowed to the U.S.\nFar from resisting, it obeyed.", 2),
        ("It runs from A to Z.\nOwing to this, all failed.", 2),
    ],
)
def test_a_line_broken_inside_a_sentence_does_not_end_it(text, count):
    assert len(split_sentences(text)) == count


def test_a_meeting_counts_toward_the_pair_of_its_parties(fused_event):
    talks = fused_event("talks", Actor("PRK;RUS"))
    assert dict(pairs([talks], directed=False)) == {"PRK~RUS": 1}


@pytest.fixture
def fused_event():
    from peninsula.models import DateBasis, Event, Evidence, FusedEvent

    def make(kind: str, source: Actor) -> FusedEvent:
        event = Event(
            doc="d",
            kind=kind,
            modality=Modality.OCCURRED,
            source=source,
            target=None,
            date=EventDate("2030-07-20", Precision.DAY, DateBasis.EXPLICIT),
            evidence=Evidence("d", "", 0, 0),
            intensity=2.0,
        )
        return FusedEvent(id="f1", event=event, mentions=(), first_reported="2030-07-20", sources=1)

    return make
