"""Names the gazetteer does not hold: misspellings, unknown bodies, strangers with titles,
minorities and groups placed by their sentence. Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.knowledge.gazetteer import load_gazetteer
from peninsula.models import Article, Document, Mention
from peninsula.understand.actors import ActorFinder
from peninsula.understand.sentences import split_sentences


@pytest.fixture(scope="module")
def finder() -> ActorFinder:
    return ActorFinder(load_gazetteer())


def find(finder: ActorFinder, text: str, source: str | None = None) -> list[Mention]:
    article = Article(id="t", text=text, published=date(2024, 5, 2), source=source)
    doc = Document(article)
    doc.sentences = split_sentences(text)
    return finder.find(doc)


def coded(finder: ActorFinder, text: str, source: str | None = None) -> dict[str, tuple]:
    return {m.text: (m.actor.code, m.actor.sector) for m in find(finder, text, source)}


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Ethopia reopened its border crossings on Tuesday.", "Ethopia", "ETH"),
        ("Quatar's envoy arrived for the talks.", "Quatar", "QAT"),
        ("Officials in Isreal denied the report.", "Isreal", "ISR"),
        ("The Portugese government recalled its envoy.", "Portugese", "PRT"),
        ("Venezuala closed its airspace.", "Venezuala", "VEN"),
    ],
)
def test_a_misspelt_country_is_still_that_country(finder, text, word, code):
    got = coded(finder, text)
    assert [c for t, (c, _) in got.items() if word in t] == [code], got


@pytest.mark.parametrize(
    "text",
    [
        "She studied at Columbia University before the war.",  # a real name, not Colombia
        "Susan said the plan was good.",  # one letter from Sudan, but short names need more
        "Siberia had a cold winter.",  # the first letter never changes
        "The Americas summit opened on Monday.",  # a plural of a name is no misspelling
    ],
)
def test_real_words_near_a_country_name_are_not_taken_for_it(finder, text):
    assert not any(m.kind == "country" for m in find(finder, text))


def test_diacritics_do_not_hide_a_known_name(finder):
    got = coded(finder, "Presidént Erdoğan met the Kremlın envoy in Ankara.")
    assert got["Erdoğan"] == ("TUR", "GOV")
    assert got["Ankara"] == ("TUR", "GOV")


def test_an_unknown_front_takes_its_country_from_the_sentence(finder):
    got = coded(finder, "The Kaldera Liberation Front attacked a police post in Ghana.")
    assert got["Kaldera Liberation Front"] == ("GHA", "REB")


def test_an_unknown_body_with_a_country_word_inside_is_that_country_s(finder):
    got = coded(finder, "The Malawian Peace Council said talks would resume.")
    assert got["Malawian Peace Council"] == ("MWI", "GOV")
    got = coded(finder, "Leaders of the Socialist Party of Chile met in the capital.")
    assert got["Socialist Party of Chile"][0] == "CHL"


def test_a_named_party_in_lower_case_is_a_body(finder):
    got = coded(finder, "The hardline Veritas party vowed to boycott Algeria's vote.")
    assert got["Veritas party"] == ("DZA", "PTY")


def test_an_international_forum_without_a_country_is_an_ngo(finder):
    got = coded(finder, "The Fifth World Rivers Forum urged rich nations to pay more.")
    assert got["Fifth World Rivers Forum"] == ("NGO", "CVL")
    got = coded(finder, "The Ceasefire Monitoring Committee visited the front line.")
    assert got["Ceasefire Monitoring Committee"][0] == "NGO"


def test_a_body_of_a_region_s_states_is_an_igo(finder):
    got = coded(finder, "The Andean Trade Union asked for calm.")
    assert got["Andean Trade Union"] == ("IGO", "IGO")


def test_an_abbreviation_names_the_same_body_later(finder):
    text = "The Kenyan Farmers Association (KFA) called a strike. The KFA said it would march."
    got = find(finder, text)
    kfa = [m for m in got if m.text == "KFA"]
    assert kfa and kfa[0].actor.code == "KEN"


def test_a_known_body_inside_a_longer_name_of_another_country_gives_way(finder):
    got = coded(finder, "Soldiers of the Zambian People's Liberation Army crossed the river.")
    assert got["Zambian People's Liberation Army"][0] == "ZMB"


def test_known_bodies_and_people_are_not_rewritten(finder):
    got = coded(finder, "The Workers' Party of Korea and the Korean People's Army met.")
    assert got["Workers' Party of Korea"] == ("PRK", "PTY")
    assert got["Korean People's Army"] == ("PRK", "MIL")


def test_a_korean_body_in_state_media_is_the_dprk_s(finder):
    text = "Pyongyang, May 2 (KCNA) -- The Korean Forestry Workers Union held a meeting."
    assert coded(finder, text, "KCNA")["Korean Forestry Workers Union"][0] == "PRK"


def test_a_military_title_introduces_a_stranger_of_the_sentence_s_country(finder):
    got = coded(finder, "In Beirut, General Tomas Aderi rejected the truce.")
    assert got["General Tomas Aderi"] == ("LBN", "MIL")


def test_a_minister_with_a_nationality_and_a_name_we_do_not_know(finder):
    got = coded(finder, "Egyptian Interior Minister Samir el-Faruk said arrests were made.")
    assert got["Egyptian Interior Minister Samir el-Faruk"] == ("EGY", "GOV")
    got = coded(finder, "The Iraqi interior minister condemned the bombing.")
    assert got["Iraqi interior minister"] == ("IRQ", "GOV")


def test_a_monarch_by_his_country(finder):
    assert coded(finder, "Jordan's king met the Saudi emir.")["Jordan's king"] == ("JOR", "GOV")


def test_ethnic_minorities_are_coded_by_the_country_they_live_in(finder):
    got = coded(finder, "Ethnic Hungarians in Romania protested against the new law.")
    assert got["Hungarians"][0] == "ROU"


def test_faith_or_people_does_not_stop_a_group_being_placed(finder):
    assert coded(finder, "Hutu militias attacked a camp in Burundi.")["militias"] == ("BDI", "REB")


def test_the_army_is_the_sentence_s_army_but_army_officers_are_no_one(finder):
    assert coded(finder, "Gunmen killed two guards in Niger, the army said.")["army"] == (
        "NER",
        "MIL",
    )
    got = coded(finder, "Gunmen killed two guards in Niger, army officers said.")
    assert not [text for text in got if "army" in text.lower() or "officers" in text]


def test_pro_and_backed_describe_someone_else(finder):
    got = coded(finder, "The pro-Iranian group fought the Syrian-backed militia in Lebanon.")
    assert "Iranian" not in got and "Syrian" not in got


def test_older_names_and_regions(finder):
    got = coded(finder, "The Soviet Union sent envoys to Chechnya. Rebels in Darfur fled.")
    assert got["Soviet Union"][0] == "RUS"
    assert got["Chechnya"][0] == "RUS"
    assert got["Rebels in Darfur"] == ("SDN", "REB")


def test_a_campaign_body_of_the_south_is_civic_and_the_south_s(finder):
    # a body named for abolishing something is people's, not the state's, and a
    # "Korea" inside its name does not make it the DPRK's in a state-media item
    text = (
        "The Civic Joint Committee against the Suppression of the National Alliance for "
        "Korea's Reunification and other organizations of south Korea held a press "
        "conference in Seoul."
    )
    name = text[4 : text.index(" and other")]
    assert coded(finder, text, "KCNA")[name] == ("KOR", "CVL")


def test_a_state_committee_keeps_its_sector(finder):
    text = "Pyongyang, May 2 (KCNA) -- The Korean Committee for Cultural Relations met."
    assert coded(finder, text, "KCNA")["Korean Committee for Cultural Relations"][0] == "PRK"
