"""An undatelined state-media commentary speaks for its state: titles ("KCNA Rebukes ...",
"Rodong Sinmun on ..."), leads ("Rodong Sinmun Friday warns this in a bylined article.")
and the writer's own "X should ...", "is well advised to" and blame sentences. Reports of
others' words in such an item stay theirs. Texts of our own."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import Article, Event
from peninsula.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def code(pipeline: Pipeline, text: str, title: str | None = None) -> list[Event]:
    article = Article(id="t", text=text, published=date(2024, 5, 20), title=title)
    return pipeline(article).events


def brief(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.kind, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events
    }


@pytest.mark.parametrize(
    "title",
    [
        "KCNA Scolds Japanese Minister's Talk",
        "KCNA on Japan's Naval Drills near Korea",
        "Rodong Sinmun on Japan's Naval Drills",
        "Japan's Naval Drills Denounced: KCNA Commentary:",
    ],
)
def test_a_title_that_names_the_outlet_as_doer_makes_it_the_voice(
    pipeline: Pipeline, title: str
) -> None:
    text = "Japan held naval drills off Kyushu last week. This is a reckless provocation."
    assert ("accusation", "PRK", "JPN") in brief(code(pipeline, text, title))
    assert ("accusation", "PRK", "JPN") not in brief(code(pipeline, text, "Naval Drills Held"))


@pytest.mark.parametrize(
    "title", ["KCNA Delegation Leaves for Laos", "KCNA Reports about Harvest in Japan"]
)
def test_news_about_the_outlet_is_no_commentary(pipeline: Pipeline, title: str) -> None:
    text = "Japan held naval drills off Kyushu last week. This is a reckless provocation."
    assert ("accusation", "PRK", "JPN") not in brief(code(pipeline, text, title))


@pytest.mark.parametrize(
    "lead",
    [
        "Rodong Sinmun Friday warns this in a signed article.",
        "Minju Joson Monday observes so in a by-lined commentary.",
        "Rodong Sinmun Tuesday in a commentator's article dismisses the claim.",
    ],
)
def test_a_lead_line_after_the_words_owns_them(pipeline: Pipeline, lead: str) -> None:
    text = f"The Japanese reactionaries must stop the reckless naval drills at once.\n{lead}"
    coded = brief(code(pipeline, text, "Naval Drills Rebuffed"))
    assert ("demand", "PRK", "JPN") in coded


def test_the_writers_should_sentence_is_its_demand(pipeline: Pipeline) -> None:
    text = (
        "Japan sent warships toward the Korean waters last week.\n"
        "Japan should stop at once its dangerous military moves."
    )
    coded = brief(code(pipeline, text, "KCNA Censures Japan's Military Moves"))
    assert ("demand", "PRK", "JPN") in coded


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan should stop the naval drills, the Chinese foreign ministry said.",
        "According to the paper, Japan should stop the naval drills.",
        'The speaker noted: "Japan should stop the naval drills."',
        "Japan should be aware that the naval drills will only boomerang on it.",
        "Japan has to rely on its allies if it is to keep the islands.",
    ],
)
def test_others_words_and_mere_necessity_are_no_demand_of_the_writer(
    pipeline: Pipeline, sentence: str
) -> None:
    text = f"Japan sent warships toward the Korean waters last week.\n{sentence}"
    coded = brief(code(pipeline, text, "KCNA Censures Japan's Military Moves"))
    assert ("demand", "PRK", "JPN") not in coded


def test_is_well_advised_to_is_a_demand(pipeline: Pipeline) -> None:
    text = "Japan is well advised to drop its plan for new warships."
    coded = brief(code(pipeline, text, "KCNA Ridicules Japan's Warship Plan"))
    assert ("demand", "PRK", "JPN") in coded


@pytest.mark.parametrize(
    "sentence",
    [
        "The tension in the region is attributable to Japan.",
        "The blame for the tension in the region rests with Japan.",
    ],
)
def test_the_writers_blame_accuses_whom_it_names(pipeline: Pipeline, sentence: str) -> None:
    coded = brief(code(pipeline, sentence, "KCNA Censures Japan's Military Moves"))
    assert ("accusation", "PRK", "JPN") in coded


def test_a_speaker_who_holds_a_country_responsible_accuses_it(pipeline: Pipeline) -> None:
    text = "The Malaysian senator held Japan responsible for the tension in the region."
    assert ("accusation", "MYS", "JPN") in brief(code(pipeline, text))


def test_a_local_body_that_opens_the_sentence_speaks_for_itself(pipeline: Pipeline) -> None:
    text = (
        "Japan keeps hurling abuse at the DPRK.\n"
        "Nagano Prefecture announced on Monday that a river was polluted and urged farmers "
        "to stop using its water."
    )
    coded = brief(code(pipeline, text, "KCNA Mocks Japan's Fuss"))
    assert ("demand", "PRK", "JPN") not in coded
