"""Plans announced by an army, documents issued by meetings abroad, long conditional
pledges and speakers' coordinated demands, as state media report them.

Every sentence here is invented for the test.
"""

from __future__ import annotations


def _with_modality(kcna, text: str) -> set[tuple]:
    return kcna.coded_with_modality(text)


def test_the_enemys_announced_plan_is_its_planned_drill(kcna) -> None:
    text = (
        "The ROK army fired shells near the border on Monday. Not content with this, "
        "the reckless enemy announced their plan to regularly stage artillery firing drills "
        "near the border of the DPRK."
    )
    assert ("artillery_fire", "planned", ("KOR",), ()) in _with_modality(kcna, text)


def test_the_enemy_of_an_old_story_is_no_doer(kcna) -> None:
    text = "The Japanese army raided the village. The enemies attempted a wave of attacks."
    told = [e for e in kcna.events(text) if e.evidence.sentence.startswith("The enemies")]
    assert told == []


def test_a_measure_reconsidered_for_deterrence_is_a_planned_buildup(kcna) -> None:
    text = (
        "In view of this, the DPRK cannot but reconsider the steps necessary for the "
        "improvement of its nuclear deterrence posture."
    )
    assert ("military_buildup", "planned", ("PRK",), ()) in _with_modality(kcna, text)


def test_talks_that_released_a_statement_were_held(kcna) -> None:
    text = (
        "The U.S.-Japan-Philippines tripartite defence authority talks on May 3 released "
        "a joint statement on expanding maritime cooperation."
    )
    assert ("talks", "occurred", ("JPN", "PHL", "USA"), ()) in _with_modality(kcna, text)


def test_a_press_conference_that_released_a_statement_is_no_talks(kcna) -> None:
    text = "Lawmakers of south Korea at a press conference released a statement on Japan."
    assert "talks" not in kcna.kinds(text)


def test_a_summit_declaration_made_public_is_signed_by_its_parties(kcna) -> None:
    text = (
        'The "Washington Peace Declaration", drafted and made public on July 12, proves that '
        "the U.S. and NATO seek confrontation."
    )
    assert ("agreement_signed", "occurred", ("NATO", "USA"), ()) in _with_modality(kcna, text)


def test_a_declaration_adopted_in_a_past_year_is_recalled(kcna) -> None:
    text = "The Hanoi Declaration, adopted in 1998, was read out at the seminar."
    assert "agreement_signed" not in kcna.kinds(text)


def test_a_long_condition_opening_the_sentence_makes_a_threat(kcna) -> None:
    text = (
        "The ROK puppets staged drills near the border. In case it is judged by our own "
        "standards that they have encroached upon the territory of the DPRK and committed "
        "an act amounting to war, our armed forces will at once fulfil their duty."
    )
    assert ("threat", "occurred", ("PRK",), ("KOR",)) in _with_modality(kcna, text)


def test_speakers_who_disclosed_and_demanded_make_the_demand(kcna) -> None:
    text = (
        "Meetings were held in Peru and Chile to denounce the U.S. hostile policy. Referring "
        "to the crimes of the U.S. in the war, the speakers disclosed the atrocities of the "
        "aggressors and strongly demanded the withdrawal of the U.S."
    )
    assert ("demand", "occurred", ("CHL", "PER"), ("USA",)) in _with_modality(kcna, text)
