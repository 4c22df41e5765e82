"""Precision classes found on unseen state-media news of 2011-2012: people who denounce
their own country's authorities address their own state (not no one), acts told as part
of a past war carry the war's year, "as demanded by X" is no demand, and an act said to be
absent is no act. Texts of our own."""

from __future__ import annotations

import pytest

from peninsula.models import Modality

PUBLISHED = "2011-10-12"


def test_activists_denouncing_their_police_address_their_own_state(undatelined) -> None:
    text = (
        "Dozens of civic groups of south Korea held a news conference in Seoul on October 10 "
        "denouncing the police for the violent dispersal of a sit-in."
    )
    accusations = undatelined.of_kind(text, "accusation")
    assert accusations
    assert all(e.source and e.target and e.target.code == "KOR" for e in accusations)


def test_a_party_accusing_its_president_by_name_addresses_its_state(undatelined) -> None:
    text = (
        "A spokesman for the Democratic Labor Party of south Korea on October 9 accused "
        "Lee Myung Bak of ruining the livelihood of farmers."
    )
    accusations = undatelined.of_kind(text, "accusation")
    assert accusations and accusations[0].target and accusations[0].target.code == "KOR"


def test_foreign_authorities_after_the_verb_are_not_made_the_speakers_own(undatelined) -> None:
    text = (
        "Students of a Korean school in Japan held a rally on October 7 denouncing the "
        "Japanese authorities for cutting subsidies."
    )
    for e in undatelined.events(text):
        if e.kind == "accusation" and e.target is not None:
            assert e.target.code == "JPN"


@pytest.mark.parametrize("war", ["the Korean War", "the Korean war", "the KOREAN WAR"])
def test_an_act_told_inside_a_past_war_carries_the_wars_year(undatelined, war: str) -> None:
    text = (
        f"During {war} the U.S. troops killed thousands of civilians in Sinchon, "
        "a museum guide told visitors."
    )
    attacks = undatelined.of_kind(text, "attack")
    assert attacks and all(e.date.value == "1950" for e in attacks)


def test_a_war_named_only_beside_a_fresh_act_dates_nothing(undatelined) -> None:
    text = (
        "The U.S., which ignited the Korean War, fired artillery shells near the border on Monday."
    )
    for e in undatelined.events(text):
        assert e.date.value != "1950"


def test_a_demand_named_as_the_motive_of_another_act_is_no_demand(undatelined) -> None:
    text = "Australia, as demanded by the U.S., is sending warships to the joint drills."
    assert not undatelined.of_kind(text, "demand")


def test_an_act_said_to_be_absent_did_not_occur(undatelined) -> None:
    text = "The ministry asserted the absence of a missile launch by Iran last month."
    launches = undatelined.of_kind(text, "missile_launch")
    assert all(e.modality is Modality.DENIED for e in launches)


def test_a_seoul_daily_denouncing_a_named_ministry_addresses_its_state(undatelined) -> None:
    text = (
        "The south Korean daily Hankyoreh on May 3 ran an editorial denouncing the "
        "corruption committed by the Ministry of Unification."
    )
    accusations = undatelined.of_kind(text, "accusation")
    assert accusations and all(e.target and e.target.code == "KOR" for e in accusations)


def test_a_party_criticising_lawmakers_of_a_rival_party_addresses_its_state(undatelined) -> None:
    text = (
        "A lawmaker from the Democratic Party of Japan criticized the reckless attempt of "
        "the Dietmen from the Liberal Democratic Party to visit the shrine."
    )
    accusations = undatelined.of_kind(text, "accusation")
    assert accusations and all(e.target and e.target.code == "JPN" for e in accusations)


def test_students_denouncing_the_authorities_after_a_statement_address_their_state(
    undatelined,
) -> None:
    text = (
        "The Students Union of south Korea issued a statement on April 2 denouncing the "
        "authorities for their flunkeyism."
    )
    accusations = undatelined.of_kind(text, "accusation")
    assert accusations and all(e.target and e.target.code == "KOR" for e in accusations)
