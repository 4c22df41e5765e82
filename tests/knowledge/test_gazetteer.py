"""The gazetteer files load, hold the facts the coder relies on, and reject bad entries."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from peninsula.errors import KnowledgeError
from peninsula.knowledge.gazetteer import FILES, build_gazetteer, load_gazetteer
from peninsula.knowledge.load import read_table


@pytest.fixture
def tables() -> dict:
    return copy.deepcopy({name: read_table(name) for name in FILES})


def test_every_file_loads_and_has_a_version(tables):
    for name in FILES:
        assert isinstance(tables[name]["version"], int), name
    g = load_gazetteer()
    assert g is load_gazetteer()  # cached
    assert "countries" in g.summary()


def test_every_iso_country_is_there():
    g = load_gazetteer()
    assert len(g.countries) >= 249
    for code in ("PRK", "KOR", "USA", "CHN", "RUS", "JPN", "UKR", "ZAF", "BRA", "FJI"):
        assert code in g.countries


@pytest.mark.parametrize(
    "alias, code, sector",
    [
        ("Pyongyang", "PRK", "GOV"),
        ("Seoul", "KOR", "GOV"),
        ("Washington", "USA", "GOV"),
        ("the Kremlin", "RUS", "GOV"),
        ("Cheong Wa Dae", "KOR", "GOV"),
        ("Zhongnanhai", "CHN", "GOV"),
        ("Kyiv", "UKR", "GOV"),
        ("DPRK", "PRK", None),
        ("ROK", "KOR", None),
        ("the two Koreas", "PRK;KOR", None),
        ("North Korean", "PRK", None),
        ("south Korea", "KOR", None),
        ("KCNA", "PRK", "MED"),
        ("Rodong Sinmun", "PRK", "MED"),
        ("Korean People's Army", "PRK", "MIL"),
        ("Korean Workers’ Party", "PRK", "PTY"),
        ("Supreme People's Assembly", "PRK", "LEG"),
        ("Yonhap", "KOR", "MED"),
        ("USFK", "USA", "MIL"),
        ("Security Council", "UN", "IGO"),
        ("IAEA", "UN", "IGO"),
        ("NATO", "NATO", "IGO"),
    ],
)
def test_alias_lookup(alias, code, sector):
    actor = load_gazetteer().actor(alias)
    assert actor is not None, alias
    assert (actor.code, actor.sector) == (code, sector)


@pytest.mark.parametrize(
    "role, day, name",
    [
        ("KOR.president", date(2021, 9, 21), "Moon Jae-in"),
        ("KOR.president", date(2023, 1, 1), "Yoon Suk Yeol"),
        ("KOR.president", date(2025, 7, 1), "Lee Jae-myung"),
        ("KOR.president", date(2016, 6, 1), "Park Geun-hye"),
        ("USA.president", date(2018, 6, 12), "Donald Trump"),
        ("USA.president", date(2022, 1, 1), "Joe Biden"),
        ("USA.president", date(2025, 3, 1), "Donald Trump"),
        ("PRK.leader", date(2010, 1, 1), "Kim Jong Il"),
        ("PRK.leader", date(2020, 1, 1), "Kim Jong Un"),
        ("JPN.prime_minister", date(2022, 1, 1), "Fumio Kishida"),
        ("JPN.prime_minister", date(2025, 1, 1), "Shigeru Ishiba"),
        ("KOR.unification_minister", date(2021, 1, 1), "Lee In-young"),
        ("KOR.defense_minister", date(2024, 10, 1), "Kim Yong-hyun"),
        ("RUS.president", date(2010, 1, 1), "Dmitry Medvedev"),
        ("UN.secretary_general", date(2015, 1, 1), "Ban Ki-moon"),
    ],
)
def test_holder_by_date(role, day, name):
    actor = load_gazetteer().holder(role, day)
    assert actor is not None and actor.name == name


def test_holder_gaps_and_unknown_roles():
    g = load_gazetteer()
    assert g.holder("KOR.unification_minister", date(2020, 7, 1)) is None  # vacancy
    assert g.holder("XXX.president", date(2020, 1, 1)) is None
    assert g.holder("PRK.leader", None).name == "Kim Jong Un"  # latest


@pytest.mark.parametrize(
    "text, name, category",
    [
        ("fired a Hwasongpho-19 on Thursday", "Hwasong-19", "icbm"),
        ("the Hwasong-19 ICBM", "Hwasong-19", "icbm"),
        ("a new Hwasong 18", "Hwasong-18", "icbm"),
        ("the hypersonic Hwasong-8", "Hwasong-8", "hypersonic"),
        ("two KN23 missiles", "KN-23", "srbm"),
        ("a Pukguksong-3 SLBM", "Pukguksong-3", "slbm"),
        ("the Chollima-1 rocket", "Chollima-1", "vehicle"),
        ("satellite Malligyong-1", "Malligyong-1", "satellite"),
        ("600mm super-large multiple rocket launchers", "KN-25", "mlrs"),
        ("Pulhwasal-3-31 cruise missiles", "Pulhwasal-3-31", "cruise"),
    ],
)
def test_find_weapons(text, name, category):
    found = load_gazetteer().find_weapons(text)
    assert [(w.name, w.category) for w in found] == [(name, category)]
    assert text[found[0].start : found[0].end] == found[0].text


def test_weapon_numbers_do_not_match_inside_longer_numbers():
    assert [w.name for w in load_gazetteer().find_weapons("Hwasong-17 and Hwasong-1")] == [
        "Hwasong-17"
    ]


def test_find_places():
    found = load_gazetteer().find_places(
        "from Tongchang-ri toward the East Sea, north of the NLL near Yeonpyeong Island"
    )
    assert [(p.name, p.code) for p in found] == [
        ("Tongchang-ri", "PRK"),
        ("East Sea", None),
        ("Northern Limit Line", "KOR"),
        ("Yeonpyeong", "KOR"),
    ]
    assert load_gazetteer().find_places("Musudan-ri")[0].category == "launch_site"


def _problems(tables) -> str:
    with pytest.raises(KnowledgeError) as caught:
        build_gazetteer(tables)
    return str(caught.value)


def test_unknown_country_code_is_reported_with_its_place(tables):
    tables["actors.yaml"]["people"][0]["code"] = "PRKK"
    message = _problems(tables)
    assert "actors.yaml people entry 1 -> code: unknown country code 'PRKK'" in message


def test_overlapping_terms_of_one_role_are_reported(tables):
    people = tables["actors.yaml"]["people"]
    moon = next(p for p in people if p["name"] == "Moon Jae-in")
    moon["terms"][0]["end"] = date(2022, 12, 31)
    message = _problems(tables)
    assert "actors.yaml" in message and "Yoon Suk Yeol" in message and "overlaps" in message


def test_duplicate_alias_with_two_meanings_is_reported(tables):
    tables["countries.yaml"]["countries"][2].setdefault("names", []).append("Pyongyang")
    message = _problems(tables)
    assert "countries.yaml countries entry 1 -> aliases: 'Pyongyang' already means" not in message
    assert "countries.yaml countries entry" in message and "'Pyongyang' already means" in message


def test_missing_required_field_is_reported(tables):
    del tables["weapons.yaml"]["weapons"][3]["category"]
    message = _problems(tables)
    assert "weapons.yaml weapons entry 4 -> category: missing required field" in message


def test_every_problem_is_listed_at_once(tables):
    tables["actors.yaml"]["people"][0]["gender"] = "x"
    tables["places.yaml"]["places"][0]["code"] = "ZZZ"
    del tables["countries.yaml"]["version"]
    message = _problems(tables)
    assert message.startswith("3 problem(s)")
    assert "places.yaml places entry 1 -> code" in message
    assert "countries.yaml -> version" in message


def test_bad_dates_are_reported(tables):
    tables["actors.yaml"]["people"][2]["terms"][0]["start"] = "2011-13-45"
    assert "not an ISO date" in _problems(tables)


@pytest.mark.parametrize(
    "role, day, name",
    [
        ("ISR.prime_minister", date(2022, 9, 1), "Yair Lapid"),
        ("IRN.president", date(2025, 1, 1), "Masoud Pezeshkian"),
        ("DEU.chancellor", date(2023, 1, 1), "Olaf Scholz"),
        ("BRA.president", date(2024, 1, 1), "Luiz Inacio Lula da Silva"),
        ("VNM.leader", date(2025, 1, 1), "To Lam"),
        ("SYR.president", date(2025, 2, 1), "Ahmed al-Sharaa"),
    ],
)
def test_world_leaders_by_date(role, day, name):
    actor = load_gazetteer().holder(role, day)
    assert actor is not None and actor.name == name


def test_glue_names_are_korean_names_of_three_parts():
    names = load_gazetteer().glue_names
    assert "Choe Ryong Hae" in names and "Kim Jong Un" in names
    assert "Moon Jae-in" not in names and "Kim Song" not in names


def test_collective_words_need_codes_or_a_count(tables):
    tables["actors.yaml"]["collective"] = [
        {"words": ["hostile camp"], "codes": ["USA", "XXX"]},
        {"words": ["quadrilateral"], "codes": "nearby"},
    ]
    message = _problems(tables)
    assert "actors.yaml collective entry 1 -> code: unknown country code 'XXX'" in message
    assert "actors.yaml collective entry 2 -> count" in message


def test_a_generic_noun_placed_otherwise_than_by_sentence_is_reported(tables):
    generic = tables["actors.yaml"]["generic"]
    entry = next(g for g in generic if "rebels" in g["nouns"])
    entry["placed"] = "paragraph"
    message = _problems(tables)
    assert (
        "actors.yaml generic entry" in message
        and "placed: must be 'sentence' or 'definite'" in message
    )


def test_lone_nouns_placed_by_sentence():
    g = load_gazetteer()
    assert g.generic["police"].placed == "sentence"
    # "military effect": often an adjective, so only "the military" is placed
    assert g.generic["military"].placed == "definite"
    assert g.generic["forces"].placed is None


def test_misspelt_country_names_are_corrected_once_and_real_words_are_not():
    g = load_gazetteer()
    assert g.corrected("Afganistan") == "Afghanistan"  # a letter dropped
    assert g.corrected("Quatar") == "Qatar"  # a letter added
    assert g.corrected("Isreal") == "Israel"  # two swapped
    assert g.corrected("Bahrein") == "Bahrain"  # one changed, in a long name
    assert g.corrected("Susan") is None  # one changed in a short name: too close to call
    assert g.corrected("Columbia") is None  # listed under not_typos
    assert g.corrected("Iberia") is None  # the first letter is never wrong


def test_names_with_diacritics_match_folded_and_plain():
    g = load_gazetteer()
    assert g.lookup("Cote d'Ivoire").actor.code == "CIV"
    assert g.lookup("Erdogan") is not None and g.lookup("Erdoğan") is not None


def test_a_body_name_with_a_country_word_inside_names_its_country():
    g = load_gazetteer()
    assert g.names_country("National Union for the Total Independence of Angola")
    assert not g.names_country("Workers' Party of Korea")


def test_a_title_that_is_also_a_generic_noun_is_reported(tables):
    tables["actors.yaml"]["titles"].append({"words": ["Prime Minister"], "sector": "GOV"})
    with pytest.raises(KnowledgeError, match="titles entry .* 'Prime Minister' already means"):
        build_gazetteer(tables)


def test_unknown_body_heads_need_a_known_sector(tables):
    tables["actors.yaml"]["unknown_bodies"].append({"heads": ["Cartel"], "sector": "GANG"})
    with pytest.raises(KnowledgeError, match="unknown_bodies entry .* unknown sector 'GANG'"):
        build_gazetteer(tables)
