"""Wrong-event classes of state-media news: deaths and "attacks" with no foe (weather,
disease, sport), figures of speech with "strike", a capitalised "the President" of a history
story, Juche years before the act, and acts shown on stamps and in pictures.

Every sentence here is invented for the test.
"""

from __future__ import annotations

KCNA_PUBLISHED = "2031-09-17"


def _kinds(kcna, text: str) -> set[str]:
    return {e.kind for e in kcna.events(text)}


# -- no foe: weather, disease, sport, figures of speech -----------------------------------


def test_deaths_in_heavy_rain_are_no_attack(kcna):
    text = "Eleven people were killed and twenty wounded on Sunday in Xanadu Province hit by heavy rain."
    assert "attack" not in _kinds(kcna, text)


def test_a_typhoon_that_left_people_dead_is_no_attack(kcna):
    text = (
        "The minister said the typhoon which swept the coast left many villagers dead and wounded."
    )
    assert "attack" not in _kinds(kcna, text)


def test_a_disease_attacking_children_is_no_attack(kcna):
    text = "A new virus attacking the lungs of children has spread in three provinces of Peru."
    assert "attack" not in _kinds(kcna, text)


def test_attacks_in_a_football_match_are_no_attack(kcna):
    text = "The Korean team launched fierce attacks in the second half of the match against Japan."
    assert "attack" not in _kinds(kcna, text)


def test_struck_with_admiration_and_striking_roots_are_no_attack(kcna):
    assert "attack" not in _kinds(
        kcna, "The new bridge struck the visiting foreign guests with admiration."
    )
    assert "attack" not in _kinds(
        kcna, "The idea is striking its roots deep among the popular masses of Africa."
    )


def test_a_raid_in_a_rainy_night_is_still_an_attack_without_weather_words(kcna):
    # the veto needs a cause in the sentence itself: a plain air raid stays
    text = "U.S. drones killed nine civilians in an air raid on a village of Pakistan on Monday."
    assert "attack" in _kinds(kcna, text)


# -- "the President" of a history story -----------------------------------------------


HISTORY = (
    "President Kim Il Sung made public a speech to the guerrillas on May 3, Juche 28 (1939).\n"
    "In the speech the President exposed the aggressive designs of the Japanese imperialists "
    "and called on the Korean people to defeat them.\n"
)


def test_the_president_of_a_history_story_is_the_one_titled_so(kcna):
    sources = {e.source.name for e in kcna.events(HISTORY) if e.source}
    assert "Kim Il Sung" in sources
    assert not any(e.source and e.source.code == "KOR" for e in kcna.events(HISTORY))


def test_a_president_of_a_body_is_not_taken_from_a_titled_leader(kcna):
    text = (
        "A seminar marked the birth anniversary of President Kim Il Sung in Lima.\n"
        "The president of the Peruvian Juche Idea Study Group called on the adherents to "
        "expose the moves of the U.S. to stifle the DPRK.\n"
    )
    named = {e.source.name for e in kcna.events(text) if e.source}
    assert "Kim Il Sung" not in named


def test_a_juche_year_before_the_act_keeps_its_date(kcna):
    text = "In April Juche 28, the President called on the Koreans to rise against the Japanese."
    text = "President Kim Il Sung led the guerrillas.\n" + text
    dated = {e.date.value for e in kcna.events(text) if e.kind == "demand"}
    assert dated == {"1939-04"}


# -- acts on stamps and in pictures ---------------------------------------------------


def test_a_stamp_commemorating_a_visit_codes_no_visit_on_its_issue_day(kcna):
    text = (
        "The State Stamp Bureau issued a new stamp in commemoration of leader Kim Jong Un's "
        "spring visit to Laos."
    )
    assert not {"summit", "talks"} & _kinds(kcna, text)


def test_pictures_of_a_meeting_are_no_meeting_on_the_day(kcna):
    text = "The sheet carries photos of Kim Jong Un meeting with the Lao president in Vientiane."
    assert not {"summit", "talks"} & _kinds(kcna, text)


def test_a_stamp_that_dates_the_visit_keeps_it(kcna):
    text = (
        "The State Stamp Bureau issued stamps to mark Kim Jong Un's visit to Laos "
        "(April 3-6, 2031)."
    )
    visits = [e for e in kcna.events(text) if e.kind in ("summit", "talks")]
    assert visits and all(e.date.value.startswith("2031-04") for e in visits)
