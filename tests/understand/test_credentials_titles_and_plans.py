"""Meetings, plans and pledges as KCNA 2011-2012 tells them: credentials received or
presented are talks of both states, an unknown official acts for the body of his title,
a guest of an international body makes talks of one party, a drill with a quoted name is
still planned, a hyphenated name is no antecedent of "it", a host city in a document's
name is aimed at by no one, and "the army of the DPRK will ..." pledges for the DPRK.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from peninsula.models import Modality


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        pytest.param(
            "The Namibian government values the friendship, said President Hage Geingob of this "
            "country on Monday when receiving credentials from DPRK Ambassador Ri Chol Su.",
            ("NAM", "PRK"),
            id="a-president-receiving-credentials-holds-talks-with-the-envoys-state",
        ),
        pytest.param(
            "The DPRK ambassador presented his credentials to the President of Ghana on Friday.",
            ("GHA", "PRK"),
            id="an-envoy-presenting-credentials-holds-talks",
        ),
        pytest.param(
            "Pak Sung Chol, vice-chairman of the Supreme People's Assembly of the DPRK, Tuesday "
            "met and had a talk with the Nepalese minister of culture.",
            ("NPL", "PRK"),
            id="an-unknown-official-acts-for-the-body-of-his-title",
        ),
        pytest.param(
            "Pak Sung Chol, secretary of the Central Committee of the Workers' Party of Korea, "
            "Friday met Anna Berg, president of the International Friendship Fund, and her party.",
            ("PRK",),
            id="a-guest-of-an-international-body-makes-talks-of-one-party",
        ),
    ],
)
def test_the_meeting_is_talks_of_its_parties(kcna, text, parties):
    assert ("talks", parties, ()) in kcna.coded(text)


def test_a_visit_to_a_factory_is_still_no_talks(kcna):
    text = (
        "Pak Sung Chol, secretary of the Central Committee of the Workers' Party of Korea, "
        "Friday visited the Ryongsong Machine Complex."
    )
    assert "talks" not in kcna.kinds(text)


def test_a_drill_with_a_quoted_name_that_is_planned_to_be_staged_is_planned(kcna):
    text = 'The south Korean military plans to stage "Hwarang" exercises from August 3 to 7.'
    drills = [e for e in kcna.events(text) if e.kind == "military_exercise"]
    assert [(e.modality, e.source.codes) for e in drills] == [(Modality.PLANNED, ("KOR",))]


def test_a_hyphenated_name_is_no_antecedent_of_it(kcna):
    text = (
        "Through anti-DPRK joint drills over decades Japan gained a strike capability against "
        "the north. Now it is staging frantic drills near the DPRK-claimed waters."
    )
    drills = [e for e in kcna.events(text) if e.kind == "military_exercise"]
    assert all("PRK" not in e.source.codes for e in drills)


def test_the_city_a_declaration_is_named_after_is_not_its_target(kcna):
    text = "NATO leaders adopted the Riga Summit Declaration on Thursday."
    assert all(target == () for _, _, target in kcna.coded(text))


def test_the_army_of_the_dprk_pledges_against_the_one_its_condition_names(kcna):
    text = (
        "If Japan keeps on its reckless moves, the army of the DPRK will take resolute "
        "countermeasures."
    )
    assert ("threat", ("PRK",), ("JPN",)) in kcna.coded(text)
