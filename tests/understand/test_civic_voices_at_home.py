"""South Korean civic voices relayed by state media: bodies named for who their members are
or told as the South's are the South's people, their words aim at their own state (also the
bare "authorities" a guess placed abroad), and a state body's arrest of no one named from
another side holds its own country's people. Texts of our own."""

from __future__ import annotations

PUBLISHED = "2012-04-20"
SOURCE = "KCNA"


def _sides(events, kind: str) -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None) for e in events if e.kind == kind}


def test_a_solidarity_of_the_south_denounces_its_authorities(undatelined) -> None:
    text = (
        "The Farmers' Solidarity of south Korea held a news conference in Seoul on Monday "
        "denouncing the authorities for cutting rice subsidies."
    )
    assert ("KOR", "KOR") in _sides(undatelined.events(text), "accusation")


def test_a_korea_named_body_told_as_the_souths_is_not_the_norths(undatelined) -> None:
    text = (
        "The Korea Alliance for Fair Elections of south Korea issued a statement on April 17 "
        "denouncing the conservative group for buying votes."
    )
    assert _sides(undatelined.events(text), "accusation") == {("KOR", "KOR")}


def test_a_students_committee_demanding_the_authorities_addresses_its_state(undatelined) -> None:
    text = (
        "The Students Committee of the Alliance for Carrying Out the October 4 Declaration "
        "of south Korea issued a statement on April 18. The statement demanded that the "
        "authorities scrap at once the plan to sign an arms deal with Japan."
    )
    assert ("KOR", "KOR") in _sides(undatelined.events(text), "demand")


def test_the_one_accused_right_after_the_verb_is_addressed_not_a_later_country(
    undatelined,
) -> None:
    text = (
        "The Teachers Union of south Korea in a commentary on April 16 accused the "
        '"government" of planning to buy fighter jets from the United States.'
    )
    assert _sides(undatelined.events(text), "accusation") == {("KOR", "KOR")}


def test_an_arrest_by_the_prosecution_holds_its_own_countrys_people(undatelined) -> None:
    text = (
        "A civic group of south Korea held a press conference in Seoul on April 16. Speakers "
        'accused the prosecution of arresting a union leader under the "Security Law".'
    )
    assert ("KOR", "KOR") in _sides(undatelined.events(text), "arrest_or_seizure")


def test_officials_detained_by_the_prosecution_are_their_states_people(undatelined) -> None:
    text = (
        "A Seoul daily on April 17 carried an editorial denouncing the bribery scandal of the "
        "Ministry of Unification. Four officials of the ministry were detained by the "
        "prosecution for taking bribes, it said."
    )
    assert ("KOR", "KOR") in _sides(undatelined.events(text), "arrest_or_seizure")


def test_an_arrest_of_named_foreigners_keeps_them(undatelined) -> None:
    text = "Israeli police on Tuesday arrested six Palestinians near Hebron."
    for source, target in _sides(undatelined.events(text), "arrest_or_seizure"):
        assert target != source
