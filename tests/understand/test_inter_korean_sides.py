"""Inter-Korean reports as KCNA tells them: "the south side" and "the north side" name the
two Koreas, "the puppet army" is Seoul's military, and talks are told in the passive with
their parties before the noun ("The DPRK-Laos trade talks were held") or after it
("Negotiations of those concerned in the north and the south were held"). The names add no
wrong doers: the object of a first participle is no subject of a second one joined by
"and", and the speaker named right before "said" after an opening participle speaks.

Every sentence here is invented for the test.
"""

from __future__ import annotations


def test_the_south_side_is_accused_by_the_north_side(kcna):
    text = (
        "Pyongyang and Seoul met at Kaesong. The north side strongly accused the south side "
        "of its insincere attitude at the working contact."
    )
    assert ("accusation", ("PRK",), ("KOR",)) in kcna.coded(text)


def test_a_second_participle_shares_the_first_ones_subject(kcna):
    text = (
        "The DPRK side sent a message to Seoul on Friday, blaming the south side for the "
        "delay and demanding that it return the fishing boat at once."
    )
    coded = kcna.coded(text)
    assert ("demand", ("PRK",), ("KOR",)) in coded
    assert not any(kind == "demand" and source == ("KOR",) for kind, source, _ in coded)


def test_the_speaker_right_before_said_after_an_opening_participle(kcna):
    text = (
        "The DPRK and south Korea met. Sharply accusing the officials of the south side of "
        "their arrogance, the north side said that it would consider the next step."
    )
    assert ("accusation", ("PRK",), ("KOR",)) in kcna.coded(text)


def test_the_puppet_army_alone_is_seouls_military(kcna):
    text = "The puppet army staged a live-fire drill on an island near the border on Tuesday."
    assert {kind for kind, source, _ in kcna.coded(text) if source == ("KOR",)}


def test_a_puppet_army_named_with_its_country_is_that_countrys(kcna):
    text = "The Afghan puppet army staged a live-fire drill in Kandahar on Tuesday."
    sources = {source for _, source, _ in kcna.coded(text)}
    assert ("KOR",) not in sources


def test_lifting_steps_for_confiscating_is_no_confiscation_by_the_asker(kcna):
    text = (
        "The south Korean authorities refused the offer. They then set conditions for "
        "lifting the steps for confiscating and freezing the buildings of the south side."
    )
    assert not any(kind == "arrest_or_seizure" for kind, _, _ in kcna.coded(text))


def test_complaining_of_ones_own_plight_is_no_accusation(kcna):
    text = (
        "Businessmen from south Korea attended the meeting with the DPRK side. They "
        "complained of their difficult situation at the meeting."
    )
    assert not any(kind == "accusation" for kind, _, _ in kcna.coded(text))


def test_a_hyphenated_pair_before_passive_talks_are_their_parties(kcna):
    text = "The DPRK-Laos trade talks were held in Vientiane from Monday to Wednesday."
    assert ("talks", ("LAO", "PRK"), ()) in kcna.coded(text)


def test_negotiations_of_those_concerned_in_the_north_and_the_south(kcna):
    text = (
        "Negotiations of those concerned in the north and the south were held at Kaesong "
        "on Thursday to discuss the joint industrial zone."
    )
    assert ("talks", ("KOR", "PRK"), ()) in kcna.coded(text)


def test_the_north_and_the_south_outside_korea_names_no_one(kcna):
    text = "Fighting between the north and the south of Sudan flared up in Abyei on Monday."
    sources = {source for _, source, _ in kcna.coded(text)}
    assert ("KOR", "PRK") not in sources
