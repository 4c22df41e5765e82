"""Acts that state media report of others: vetoes, ministers' meetings, summit documents,
firing drills, drills with a partner, conditional pledges, rallies at embassies, camps.

Every sentence here is invented for the test.
"""

from __future__ import annotations


def test_a_veto_rejects_the_uns_resolution(kcna) -> None:
    events = kcna.coded_with_modality("France and Russia vetoed the draft on Libya at the Council.")
    assert ("rejection", "occurred", ("FRA", "RUS"), ("UN",)) in events
    events = kcna.coded_with_modality("China cast its veto on the resolution submitted by Britain.")
    assert ("rejection", "occurred", ("CHN",), ("UN",)) in events


def test_a_meeting_of_a_bodys_ministers_is_talks(kcna) -> None:
    events = kcna.coded_with_modality(
        "The ASEAN Foreign Ministers' Meeting was held in Manila on Monday."
    )
    assert ("talks", "occurred", ("ASEAN",), ()) in events
    events = kcna.coded_with_modality(
        "A meeting of defence ministers of NATO member states was held on Friday."
    )
    assert ("talks", "occurred", ("NATO",), ()) in events


def test_a_bodys_officials_visiting_a_school_are_no_talks(kcna) -> None:
    assert "talks" not in kcna.kinds("Officials of the EU visited a school in Kaesong.")


def test_the_parties_of_a_summit_sign_its_declaration(kcna) -> None:
    text = "A joint communique was issued at the summit of Brazil and Argentina."
    assert ("agreement_signed", "occurred", ("ARG", "BRA"), ()) in kcna.coded_with_modality(text)
    text = "Talks between the delegations of Laos and Cambodia were held on Monday."
    assert ("talks", "occurred", ("KHM", "LAO"), ()) in kcna.coded_with_modality(text)


def test_a_declaration_named_by_its_day_is_recalled(kcna) -> None:
    text = "The May 3 joint declaration was adopted by Chile and Peru."
    assert "agreement_signed" not in kcna.kinds(text)


def test_joining_anothers_programme_is_cooperation(kcna) -> None:
    events = kcna.coded_with_modality("Australia decided to join the U.S. missile defence program.")
    assert ("cooperation", "planned", ("AUS",), ("USA",)) in events


def test_firing_drills_are_artillery_fire(kcna) -> None:
    text = "The south Korean army staged live-shell firing drills on the islands on Monday."
    assert "artillery_fire" in kcna.kinds(text)
    assert "military_exercise" not in kcna.kinds(text)
    text = "The south Korean navy will stage naval firing exercises near the border next month."
    assert ("artillery_fire", "planned") in {(k, m) for k, m, *_ in kcna.coded_with_modality(text)}
    assert "artillery_fire" not in kcna.kinds("Japan staged missile firing drills.")


def test_drills_with_another_navy_are_joint(kcna) -> None:
    text = "Japan plans to stage a naval drill with an aircraft carrier of France in October."
    assert ("military_exercise", "planned", ("FRA", "JPN"), ()) in kcna.coded_with_modality(text)
    text = "Japan staged naval drills with the aim of pressuring the DPRK on Monday."
    assert ("military_exercise", "occurred", ("JPN",), ()) in kcna.coded_with_modality(text)


def test_armed_forces_pledge_on_a_condition_is_a_threat(kcna) -> None:
    text = (
        "The south Korean puppets staged reckless provocations. The Korean People's Army "
        "will take decisive action at once if the enemy violates the sovereignty of the DPRK."
    )
    assert ("threat", "occurred", ("PRK",), ("KOR",)) in kcna.coded_with_modality(text)


def test_a_gathering_at_an_embassy_protests_at_its_state(kcna) -> None:
    text = "Civic groups of Nepal held the 20th action outside the Japanese embassy on Monday."
    assert ("protest", "occurred", ("NPL",), ("JPN",)) in kcna.coded_with_modality(text)


def test_a_participle_shares_the_subject_of_its_clause(kcna) -> None:
    text = "People of Chile staged a rally in Santiago on Monday, denouncing the U.S."
    assert ("accusation", "occurred", ("CHL",), ("USA",)) in kcna.coded_with_modality(text)


def test_a_friendship_camp_of_two_countries_is_an_exchange(kcna) -> None:
    text = "A friendship camp for students of Mongolia and the DPRK opened on Friday."
    assert ("exchange", "occurred", ("MNG", "PRK"), ()) in kcna.coded_with_modality(text)
