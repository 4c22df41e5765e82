"""ActorFinder: each test runs a sentence or two and checks who was found, and as what."""

from __future__ import annotations

import json
from datetime import date

import pytest

from peninsula.knowledge.gazetteer import load_gazetteer
from peninsula.models import Actor, Article, Document, Mention
from peninsula.understand.actors import ActorFinder
from peninsula.understand.sentences import split_sentences


def make_article(text: str, published: str | None = "2021-09-30", id: str = "t1") -> Article:
    return Article(id=id, text=text, published=date.fromisoformat(published) if published else None)


@pytest.fixture(scope="module")
def finder() -> ActorFinder:
    return ActorFinder(load_gazetteer())


def find(finder: ActorFinder, text: str, published: str | None = "2021-09-30") -> list[Mention]:
    doc = Document(make_article(text, published))
    doc.sentences = split_sentences(text)
    return finder.find(doc)


def summary(mentions: list[Mention]) -> list[tuple[str, str, str, str | None, str | None]]:
    return [(m.text, m.kind, m.actor.code, m.actor.sector, m.actor.name) for m in mentions]


def one(finder: ActorFinder, text: str, published: str | None = "2021-09-30") -> Mention:
    mentions = find(finder, text, published)
    assert len(mentions) == 1, summary(mentions)
    return mentions[0]


def test_offsets_point_at_the_text(finder):
    text = "Pyongyang said on Monday that Seoul and Washington must stop their drills."
    for m in find(finder, text):
        assert text[m.start : m.end] == m.text


def test_metonyms_stand_for_governments(finder):
    got = summary(find(finder, "The Kremlin and Zhongnanhai backed Pyongyang against Seoul."))
    assert [(t, c, s) for t, _, c, s, _ in got] == [
        ("Kremlin and Zhongnanhai", "RUS;CHN", "GOV"),
        ("Pyongyang", "PRK", "GOV"),
        ("Seoul", "KOR", "GOV"),
    ]


def test_the_north_and_the_south_only_in_korean_news(finder):
    korean = find(finder, "North Korea fired a missile. The North said the South provoked it.")
    assert [(m.text, m.actor.code) for m in korean][:3] == [
        ("North Korea", "PRK"),
        ("The North", "PRK"),
        ("the South", "KOR"),
    ]
    assert find(finder, "Storms hit the North of the country.") == []
    assert all(m.text != "the South" for m in find(finder, "Seoul watched the South China Sea."))


def test_demonym_with_a_sector_noun_is_one_mention(finder):
    m = one(finder, "He met South Korean authorities.", None)
    assert (m.text, m.actor.code, m.actor.sector, m.kind) == (
        "South Korean authorities",
        "KOR",
        "GOV",
        "demonym",
    )
    assert one(finder, "the north Korean military").actor == Actor("PRK", "MIL")


def test_title_before_a_name_leaves_the_demonym_and_the_name(finder):
    got = summary(find(finder, "North Korean Supreme Leader Kim Jong Un spoke."))
    assert got == [
        ("North Korean", "demonym", "PRK", None, None),
        ("Kim Jong Un", "name", "PRK", "GOV", "Kim Jong Un"),
    ]


@pytest.mark.parametrize(
    "text, published, name",
    [
        ("the South Korean president said", "2021-09-21", "Moon Jae-in"),
        ("the South Korean president said", "2023-01-01", "Yoon Suk Yeol"),
        ("South Korea's president said", "2025-08-01", "Lee Jae-myung"),
        ("the North Korean leader said", "2010-05-01", "Kim Jong Il"),
        ("the U.S. president said", "2019-02-27", "Donald Trump"),
        ("the Japanese prime minister said", "2023-05-01", "Fumio Kishida"),
        ("the unification minister said", "2022-06-01", "Kwon Young-se"),
        ("the president of Russia said", "2010-06-01", "Dmitry Medvedev"),
        ("The DPRK Foreign Minister said", "2023-06-01", "Choe Son Hui"),
    ],
)
def test_role_titles_resolve_by_date(finder, text, published, name):
    m = one(finder, text, published)
    assert (m.kind, m.actor.name) == ("role", name)


def test_former_or_vice_titles_name_no_person(finder):
    m = one(finder, "South Korea's vice foreign minister said", "2023-06-01")
    assert (m.actor.code, m.actor.name) == ("KOR", None)


def test_the_president_alone_in_korean_news_is_seouls(finder):
    got = find(finder, "Relations with North Korea soured. The president said talks must resume.")
    assert got[-1].actor.name == "Moon Jae-in"


def test_foreign_ministry_takes_its_country_from_context(finder):
    got = summary(find(finder, "The DPRK Foreign Ministry and South Korea's foreign ministry met."))
    assert [(t, c, n) for t, _, c, _, n in got] == [
        ("DPRK Foreign Ministry", "PRK", "Ministry of Foreign Affairs"),
        ("South Korea's foreign ministry", "KOR", "Ministry of Foreign Affairs"),
    ]
    kcna = find(finder, "Pyongyang, May 2 (KCNA) -- A spokesperson for the Foreign Ministry said.")
    assert kcna[-1].actor.code == "PRK" and kcna[-1].kind == "body"


def test_kim_alone_is_the_last_kim_named(finder):
    text = (
        "Kim Jong Un inspected a factory. Kim Yo Jong issued a statement on Monday. "
        "Kim said Seoul was wrong."
    )
    kims = [m for m in find(finder, text) if m.text == "Kim"]
    assert kims[0].actor.name == "Kim Yo Jong"


def test_kim_after_sister_of_stays_the_sister(finder):
    text = "Kim Yo Jong, sister of Kim Jong Un, issued a statement. Kim said it was final."
    kims = [m for m in find(finder, text) if m.text == "Kim"]
    assert kims[0].actor.name == "Kim Yo Jong"


def test_surnames_after_a_full_name_or_a_title(finder):
    text = "Moon Jae-in met Joe Biden. Biden praised Moon."
    got = [(m.text, m.actor.name) for m in find(finder, text)]
    assert ("Biden", "Joe Biden") in got and ("Moon", "Moon Jae-in") in got
    m = one(finder, "President Moon flew home.", "2019-01-01")
    assert (m.text, m.actor.name) == ("Moon", "Moon Jae-in")
    assert find(finder, "The Moon was bright.") == []


def test_a_korean_surname_before_a_given_name_is_someone_else(finder):
    got = find(finder, "Jo Yong Won spoke. Jo Myong Sik listened.")
    assert [m.text for m in got] == ["Jo Yong Won"]


def test_pronouns_take_the_compatible_actor(finder):
    text = (
        "Kim Yo Jong, sister of Kim Jong Un, called the proposal admirable. "
        "But she said hostility must end first. He did not comment."
    )
    got = [(m.text, m.actor.name) for m in find(finder, text) if m.kind == "pronoun"]
    assert got == [("she", "Kim Yo Jong"), ("He", "Kim Jong Un")]


def test_the_ruler_and_the_ministry(finder):
    text = (
        "Kim Jong Un spoke at the Supreme People's Assembly.\n\n"
        "The ruler called on Seoul to change. The Ministry of Unification replied. "
        "The ministry said it regretted the remarks."
    )
    got = {m.text: m.actor for m in find(finder, text) if m.kind == "pronoun"}
    assert got["The ruler"].name == "Kim Jong Un"
    assert got["The ministry"].name == "Ministry of Unification"


def test_joint_actors(finder):
    assert one(finder, "the United States and South Korea held drills").actor.code == "USA;KOR"
    m = one(finder, "joint U.S.-South Korea military exercises")
    assert (m.actor.code, m.actor.sector) == ("USA;KOR", "MIL")
    assert one(finder, "the two Koreas").actor.code == "PRK;KOR"
    m = one(finder, "Japan, South Korea and the United States agreed")
    assert m.actor.code == "JPN;KOR;USA"
    assert len(find(finder, "Japan, which South Korea criticised")) == 2


def test_korean_words_that_are_not_countries(finder):
    got = summary(
        find(
            finder, "The Korean War and the Korean Peninsula, said the Korean Central News Agency."
        )
    )
    assert got == [
        ("Korean Central News Agency", "body", "PRK", "MED", "Korean Central News Agency")
    ]


def test_abbreviation_in_brackets_is_not_repeated(finder):
    got = find(finder, "the Workers' Party of Korea (WPK) met")
    assert [m.text for m in got] == ["Workers' Party of Korea"]


def test_names_glued_to_words_by_extraction(finder):
    got = find(finder, "The respected ComradeKim Jong Unvisited a factory.")
    assert [(m.text, m.actor.name) for m in got] == [("Kim Jong Un", "Kim Jong Un")]


def test_news_from_anywhere(finder):
    got = summary(
        find(finder, "Hungarian and Romanian officials agreed; the White House announced.")
    )
    assert got[0][2] == "HUN;ROU" and got[-1][2:4] == ("USA", "GOV")
    assert one(finder, "Sudanese government troops").actor.code == "SDN"


def test_no_sentences_still_works(finder):
    doc = Document(make_article("Seoul protested.\nPyongyang replied."))
    assert [m.actor.code for m in finder.find(doc)] == ["KOR", "PRK"]


def test_seed_article_actors(finder, shared):
    rows = [json.loads(line) for line in (shared / "seeds" / "seeds.jsonl").open()]
    row = next(r for r in rows if r["id"].startswith("004"))
    doc = Document(make_article(row["text"], "2021-09-30", row["id"]))
    doc.sentences = split_sentences(row["text"])
    got = {(m.text, m.actor.code, m.actor.name) for m in finder.find(doc)}
    assert ("Moon Jae-in", "KOR", "Moon Jae-in") in got
    assert ("The ruler", "PRK", "Kim Jong Un") in got
    assert ("she", "PRK", "Kim Yo Jong") in got
    assert ("South Korean authorities", "KOR", None) in got
    assert ("the two Koreas", "PRK;KOR", None) in got


def test_every_kcna_2024_article_is_read_without_error(finder, shared):
    """Real state-media text: every article yields mentions whose offsets point at their text."""
    rows = [json.loads(line) for line in (shared / "data/kcna-2024-dev/articles.jsonl").open()]
    for row in rows:
        doc = Document(make_article(row["text"], row["published"][:10], row["id"]))
        doc.sentences = split_sentences(row["text"])
        for mention in finder.find(doc):
            assert row["text"][mention.start : mention.end] == mention.text


def test_expletive_it_names_no_one(finder):
    got = find(finder, "Pyongyang fired a missile. It is clear that talks failed.")
    assert [m.text for m in got] == ["Pyongyang"]
    got = find(finder, "Pyongyang fired a missile. It is developing more.")
    assert [(m.text, m.actor.code) for m in got][-1] == ("It", "PRK")


def test_puppet_modifier_keeps_the_possessor(finder):
    m = one(finder, "the ROK puppet air force flew")
    assert (m.actor.code, m.actor.sector) == ("KOR", "MIL")


def kcna(finder: ActorFinder, text: str, published: str = "2024-07-19") -> list[Mention]:
    doc = Document(
        Article(id="k", text=text, published=date.fromisoformat(published), source="KCNA")
    )
    doc.sentences = split_sentences(text)
    return finder.find(doc)


def test_a_title_before_an_unknown_foreigner_takes_the_country_of_its_context(finder):
    text = "He received a delegation of Russia led by Vice-Minister of Defence Ivan Petrovsky."
    got = [(m.text, m.actor.code, m.actor.name) for m in kcna(finder, text)]
    assert got[-1] == ("Minister of Defence Ivan Petrovsky", "RUS", "Ivan Petrovsky")
    m = kcna(finder, "Bulgarian Vice-Minister of Defence Georgi Ivanov arrived.")[-1]
    assert (m.actor.code, m.actor.name) == ("BGR", "Georgi Ivanov")


def test_an_unknown_foreigner_after_a_title_is_not_north_korean(finder):
    assert kcna(finder, "Vice-Minister of Defence Ivan Petrovsky arrived here.") == []
    # a Korean name in a KCNA dispatch keeps the state's own country
    m = kcna(finder, "Vice-Minister of Foreign Affairs Pak Myong Ho spoke.")[-1]
    assert (m.actor.code, m.actor.name) == ("PRK", "Pak Myong Ho")


def test_a_known_person_after_a_title_keeps_his_own_country(finder):
    got = kcna(finder, "Minister of Defence Andrei Belousov arrived in Pyongyang.")
    assert (got[0].text, got[0].actor.code) == ("Andrei Belousov", "RUS")


def test_a_pronoun_object_is_not_the_subject_of_its_clause(finder):
    text = (
        "As regards the provocation sponsored by the ROK, the DPRK Foreign Ministry "
        "strongly denounces and rejects it as a challenge."
    )
    it = [m for m in kcna(finder, text) if m.kind == "pronoun"]
    assert [(m.text, m.actor.code) for m in it] == [("it", "KOR")]
    # a pronoun followed by its verb is a subject again: "said it would"
    got = kcna(finder, "The DPRK said it would respond to Japan.")
    assert [(m.text, m.actor.code) for m in got if m.kind == "pronoun"] == [("it", "PRK")]


def test_hostile_forces_are_the_us_and_south_korea_when_both_are_named(finder):
    text = "The U.S. and south Korea staged drills. The hostile forces are reckless."
    got = [(m.text, m.actor.code) for m in kcna(finder, text)]
    assert ("hostile forces", "USA;KOR") in got
    assert [m.text for m in kcna(finder, "Japan said the hostile forces are reckless.")] == [
        "Japan"
    ]
    assert all(m.text != "hostile forces" for m in find(finder, text))  # not KCNA: nothing


def test_tripartite_takes_the_three_countries_named_nearby(finder):
    text = "The U.S., Japan and south Korea staged the tripartite military drill."
    got = {m.text: m.actor.codes for m in kcna(finder, text)}
    assert set(got["tripartite"]) == {"USA", "JPN", "KOR"}
    two = {m.text for m in kcna(finder, "The U.S. and Japan held a tripartite drill.")}
    assert "tripartite" not in two


@pytest.mark.parametrize(
    "text, published, name",
    [
        ("Zelenskiy said", "2023-01-01", "Volodymyr Zelensky"),
        ("Zelensky said", "2023-01-01", "Volodymyr Zelensky"),
        ("the Israeli prime minister said", "2024-01-01", "Benjamin Netanyahu"),
        ("the Iranian president said", "2022-01-01", "Ebrahim Raisi"),
        ("the French president said", "2020-01-01", "Emmanuel Macron"),
        ("the Syrian president said", "2020-01-01", "Bashar al-Assad"),
        ("Lukashenko said", "2020-01-01", "Alexander Lukashenko"),
    ],
)
def test_world_leaders_by_name_and_by_title(finder, text, published, name):
    m = one(finder, text, published)
    assert m.actor.name == name


def test_a_titled_surname_out_of_office_still_gives_the_country(finder):
    m = one(finder, "President Bush spoke.", "2000-01-01")
    assert (m.actor.code, m.actor.name) == ("USA", None)


def test_an_unknown_titled_person_serves_the_one_country_of_his_sentence(finder):
    mentions = find(finder, "Judge Alejandro Rivera opened an inquiry into Chilean officials.")
    judge = next(m for m in mentions if "Rivera" in m.text)
    assert (judge.actor.code, judge.actor.name) == ("CHL", "Alejandro Rivera")


def test_an_unknown_titled_person_gets_no_country_when_several_are_named(finder):
    mentions = find(finder, "President Abdel Farouk met envoys of Chile and Peru in Lima.")
    assert not [m for m in mentions if "Farouk" in m.text], summary(mentions)


def test_a_group_in_a_country_is_that_country_s(finder):
    mention = find(finder, "Security forces in Guinea have detained dozens of students.")[0]
    assert (mention.text, mention.actor.code, mention.actor.sector) == (
        "Security forces in Guinea",
        "GIN",
        "MIL",
    )


def test_rights_groups_are_ngo_actors(finder):
    mention = one(finder, "Amnesty International said the trial was unfair.")
    assert mention.actor.code == "NGO"


# -- lone generic nouns, parliaments, armed groups, leaders of earlier decades -------------


def test_lone_police_and_rebels_serve_the_sole_country_of_their_sentence(finder) -> None:
    found = summary(find(finder, "The rebels shelled a market in Mali, police said."))
    assert ("rebels", "country", "MLI", "REB", None) in found
    assert ("police", "country", "MLI", "GOV", None) in found


def test_a_lone_noun_with_two_countries_around_is_nobody(finder) -> None:
    found = summary(find(finder, "Police said the rebels fled from Mali to Niger."))
    assert [m[2] for m in found] == ["MLI", "NER"]


def test_an_unknown_name_before_a_noun_keeps_it_unplaced(finder) -> None:
    found = summary(find(finder, "Zorvan guerrillas attacked a village in Myanmar."))
    assert [m[0] for m in found] == ["Myanmar"]
    # a people or a faith does not: "Karen guerrillas" in Myanmar are Myanmar's
    found = summary(find(finder, "Karen guerrillas attacked a village in Myanmar."))
    assert ("guerrillas", "country", "MMR", "REB", None) in found


def test_adjectival_nouns_are_never_placed(finder) -> None:
    found = summary(find(finder, "The military effect of the drills worried Japan."))
    assert [m[0] for m in found] == ["Japan"]
    found = summary(find(finder, "Japan held talks, and the military said it was ready."))
    assert ("military", "country", "JPN", "MIL", None) in found


def test_a_parliament_takes_its_country_word(finder) -> None:
    assert one(finder, "The French National Assembly voted.").actor == Actor(
        "FRA", "LEG", "National Assembly"
    )
    assert one(finder, "The National Assembly voted.").actor.code == "KOR"


def test_a_country_word_inside_a_body_counts_for_a_titled_stranger(finder) -> None:
    text = "Swedish National Assembly president Lars Holm met Chile's new government."
    found = summary(find(finder, text))
    assert not [m for m in found if m[4] == "Lars Holm" and m[2] == "CHL"]


def test_armed_groups_and_transnational_ones(finder) -> None:
    assert one(finder, "The Moro Islamic Liberation Front said so.").actor.code == "PHL"
    assert one(finder, "Al-Qaeda said so.").actor.code == "IMG"


def test_leaders_of_earlier_decades(finder) -> None:
    mention = one(finder, "President Clinton spoke.", "1998-03-02")
    assert mention.actor == Actor("USA", "GOV", "Bill Clinton")


def test_a_possessors_faction_names_its_government(finder) -> None:
    mention = one(finder, "Peru's Aprista government resigned.")
    assert (mention.actor.code, mention.actor.sector) == ("PER", "GOV")


def test_whom_an_act_is_against_is_kept_but_a_backer_is_no_actor(finder):
    # "anti-DPRK" names the side aimed at (participants decides it is never the doer);
    # "pro-Iranian" and "Syrian-backed" only describe someone else
    got = [m.text for m in find(finder, "The U.S. staged anti-DPRK war exercises.")]
    assert got == ["U.S.", "DPRK"]
    assert find(finder, "The pro-Iranian group and a Syrian-backed militia clashed.") == []
