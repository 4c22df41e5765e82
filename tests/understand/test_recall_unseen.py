"""Recall classes found on unseen state-media items: monuments removed, leaflets sent or
strewn, defectors, warnings of what will befall the addressee, others' accusations told with
scorn, a commentary that hands over after a background paragraph, the enemy's coordinated
plans.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import Article


def test_a_monument_removed_is_a_demolition(kcna) -> None:
    text = "Last month the city authorities of Japan forcibly removed a memorial to Korean workers."
    assert ("demolition", ("JPN",), ()) in kcna.coded(text)
    text = "The mayor of Japan's Osaka pulled down the statue of a Korean girl."
    assert "demolition" in kcna.kinds(text)
    assert "demolition" not in kcna.kinds("The removal of sanctions was discussed in Geneva.")


def test_leaflets_sent_over_the_border_fly_on_balloons(kcna) -> None:
    text = "Defectors from the North sent leaflets across the border to our side on Sunday."
    assert ("balloon_launch", ("KOR",), ("PRK",)) in kcna.coded(text)
    text = "A south Korean drone sent leaflets over Pyongyang."
    assert "balloon_launch" not in kcna.kinds(text)


def test_ground_littered_with_wastepaper_was_hit_by_the_other_korea(kcna) -> None:
    text = "The frontline villages of the DPRK were littered with filthy wastepaper again."
    assert ("balloon_launch", ("KOR",), ("PRK",)) in kcna.coded(text)


def test_defectors_act_from_the_south(kcna) -> None:
    text = "The defectors, human scum, will be punished for their base acts."
    assert ("accusation", ("PRK",), ("KOR",)) in kcna.coded(text)


def test_a_habit_of_taking_issue_is_no_accusation(kcna) -> None:
    text = "The U.S., often taking issue with the rights of others, keeps silent about Israel."
    assert ("accusation", ("USA",), ("ISR",)) not in kcna.coded(text)


def test_scornful_speech_verbs_name_the_speaker(kcna) -> None:
    text = "The Japanese defence minister blustered that any provocation will pay a dear price."
    assert ("threat", ("PRK",), ("JPN",)) not in kcna.coded(text)


def test_a_commentary_handed_over_to_after_a_background_paragraph_speaks_for_its_state(
    pipeline,
) -> None:
    text = (
        "The south Korean military staged a drill near the border on Monday.\n"
        "Minju Joson Wednesday observes in a bylined commentary in this regard:\n"
        "This is a reckless provocation by the south Korean warmongers.\n"
    )
    article = Article(
        id="t", text=text, title="Drill Slammed", published=date(2030, 7, 20), source="KCNA"
    )
    events = pipeline(article).events
    coded = {(e.kind, e.source.code if e.source else None) for e in events}
    assert ("accusation", "PRK") in coded


def test_the_enemys_plan_covers_its_coordinated_verbs(kcna) -> None:
    text = (
        "The ROK army staged firing drills on Monday. Not content with this, the enemy "
        "announced a plan to stage firing drills near the border of the DPRK and kick off "
        "other military exercises."
    )
    assert ("military_exercise", "planned", ("KOR",), ()) in kcna.coded_with_modality(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param(
            "If the ROK persists in its provocations, it will not escape a miserable end.",
            "KOR",
            id="a-miserable-end-befalls-the-addressee",
        ),
        pytest.param(
            "Japan will have to face a stern counteraction of our army.",
            "JPN",
            id="the-addressee-will-face-a-counteraction",
        ),
        pytest.param(
            "The U.S. will soon be paying a dear price for its hostile acts.",
            "USA",
            id="the-addressee-will-pay-a-dear-price",
        ),
        pytest.param(
            "If the ROK repeats such acts, the counteraction of the DPRK will be different.",
            "KOR",
            id="the-counteraction-will-be-different",
        ),
        pytest.param(
            "The ROK puppets are despicable scum. "
            "There will be trouble as they did again what they were told not to do.",
            "KOR",
            id="a-vague-warning-of-trouble-is-a-threat",
        ),
        pytest.param(
            "If the south Korean warmongers ignore the warning of the DPRK, they will not escape "
            "a stern punishment.",
            "KOR",
            id="a-comma-before-a-pronoun-lists-no-one",
        ),
        pytest.param(
            "Japan staged reckless drills. Should the Japanese reactionaries dare ignite a war, "
            "the army and people of the DPRK will deal merciless crushing blows at the enemy.",
            "JPN",
            id="a-deadly-counter-strike-is-a-threat",
        ),
    ],
)
def test_a_warning_of_what_will_befall_the_addressee_is_a_threat(kcna, text, target) -> None:
    assert ("threat", ("PRK",), (target,)) in kcna.coded(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "Last week the Japanese reactionaries pulled up the DPRK over its satellite launch.",
            "JPN",
            id="pulled-up",
        ),
        pytest.param(
            "Politicians of the U.S. spread groundless rumors about the DPRK in Tel Aviv.",
            "USA",
            id="spread-groundless-rumors",
        ),
        pytest.param(
            "A forum in Peru noted that Japan is slandering the DPRK.",
            "JPN",
            id="slandering",
        ),
    ],
)
def test_others_accusations_told_with_scorn(kcna, text, source) -> None:
    assert ("accusation", (source,), ("PRK",)) in kcna.coded(text)
