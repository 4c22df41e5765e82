"""tag_timexes: relative expressions inside a story told of the past take the story's time
(TimeML's reference time), state-media idioms, and words TimeML leaves untagged."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import Timex, TimexType
from peninsula.understand.timex import load_timewords, tag_timexes
from peninsula.understand.timex_calendar import _State
from peninsula.understand.timex_story import note_story, story_time

DCT = date(2024, 7, 20)


def found(text: str, dct: date = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (str(t.type), t.value) for t in tag_timexes(text, dct) if not t.is_name}


def test_story_anchors_relative_expressions() -> None:
    text = (
        "One day in May 1978, the premier inspected a brickworks. The previous year it had "
        "lagged behind, and he said next year it would double its output. That year the "
        "spring came late. In June he returned."
    )
    got = found(text)
    assert "One day" not in got  # opens the anecdote; no stretch of one day
    assert got["May 1978"] == ("DATE", "1978-05")
    assert got["The previous year"] == ("DATE", "1977")
    assert got["next year"] == ("DATE", "1979")
    assert got["That year"] == ("DATE", "1978")
    assert got["the spring"] == ("DATE", "1978-SP")
    assert got["June"] == ("DATE", "1978-06")


def test_quoted_speech_in_a_story_speaks_from_the_story() -> None:
    text = (
        'In August 1981, the minister toured a dam site. He told the builders: "Last year '
        'you fell short. Next month the river will rise."'
    )
    got = found(text)
    assert got["Last year"] == ("DATE", "1980")
    assert got["Next month"] == ("DATE", "1981-09")


def test_story_ends_when_the_text_turns_to_the_present() -> None:
    text = (
        "In March 1990, the factory was rebuilt from its ruins. "
        "Today its workers are producing more than ever. Last year they met their plan early."
    )
    assert found(text)["Last year"] == ("DATE", "2023")


def test_news_keeps_the_article_date() -> None:
    # a side mention of an old year is no story; a date told in the story's own voice
    # with "last year" speaks from the article
    got = found("The firm, founded in 1980, was sold last year. It reported a loss in May.")
    assert got["last year"] == ("DATE", "2023")
    assert got["May"] == ("DATE", "2024-05")
    got = found("In July 1976 the minister set new tasks. On Nov. 24 last year he opened a shop.")
    assert got["Nov. 24 last year"] == ("DATE", "2023-11-24")


def test_a_participle_date_before_a_present_verb_opens_no_story() -> None:
    text = "The essay, written on May 2, 1994, explains the policy. It was reprinted on July 9."
    assert found(text)["July 9"] == ("DATE", "2024-07-09")


def test_month_with_the_year_told_after_it() -> None:
    got = found("The survey began in 1969. In November that year, a camp was set up.")
    assert got["November that year"] == ("DATE", "1969-11")
    got = found("Talks stalled in 1998; in May of the following year they resumed.")
    assert got["May of the following year"] == ("DATE", "1999-05")


def test_next_day_without_the_follows_the_day_told() -> None:
    got = found("On March 3, 1985 the delegation arrived. Next day it left for the coast.")
    assert got["Next day"] == ("DATE", "1985-03-04")


@pytest.mark.parametrize(
    ("text", "expr", "typ", "value"),
    [
        ("Shortly ago, the ministry issued a notice.", "Shortly ago", "DATE", "PAST_REF"),
        ("Not long ago, a ferry sank.", "Not long ago", "DATE", "PAST_REF"),
        ("Some time ago the club moved.", "Some time ago", "DATE", "PAST_REF"),
        ("The bridge had been closed shortly before.", "shortly before", "DATE", "PAST_REF"),
        ("The talks were put off for a while.", "a while", "DURATION", "PXX"),
        ("The roads were worse in the past.", "the past", "DATE", "PAST_REF"),
        ("Its current share is small.", "current", "DATE", "PRESENT_REF"),
        ("They may one day meet again.", "one day", "DATE", "FUTURE_REF"),
        ("The fair lasted one day.", "one day", "DURATION", "P1D"),
        ("It was a one-day strike.", "one-day", "DURATION", "P1D"),
        ("They toured the farms for some days.", "some days", "DURATION", "PXD"),
    ],
)
def test_idioms(text: str, expr: str, typ: str, value: str) -> None:
    assert found(text).get(expr) == (typ, value)


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("The goods should arrive as soon as possible.", "as soon as possible"),
        ("Japan must settle the past before talks.", "the past"),
        ("They recalled the past crimes of the empire.", "the past"),
        ("He left shortly before the vote.", "shortly before"),
        ("The current situation is tense.", "current"),
        ("The current of the river is strong.", "current"),
        ("It was a day when everyone sang.", "a day"),
        ("Now, the fields are green.", "Now"),
        ("One day, the boy found a nest.", "One day"),
        ("Wait a while here.", "a while"),
    ],
)
def test_untagged(text: str, expr: str) -> None:
    assert expr not in found(text)


def test_clock_time_on_a_date_is_two_expressions() -> None:
    got = found("The ship sailed at 10:00 on July 16.")
    assert got["10:00"] == ("TIME", "2024-07-16T10:00")
    assert got["July 16"] == ("DATE", "2024-07-16")
    got = found("The shelling began at 04:00 on June 25, 1950.")
    assert got["04:00"] == ("TIME", "1950-06-25T04:00")
    assert got["June 25, 1950"] == ("DATE", "1950-06-25")


def test_story_time_asks_and_note_story_ends() -> None:
    text = "In May 1975, the envoy toured a mill. The mill is a museum today. Next year he"
    st = _State(text, DCT, load_timewords())
    st.story_value, st.story_at, st.story_framed = "1975-05", 3, True
    assert story_time(st, text.index("toured")) == date(1975, 5, 1)
    at = text.index("Next")
    assert story_time(st, at) is None  # the tense turned present
    assert st.story_value == "1975-05"  # asking changes nothing
    note_story(st, Timex(at, at + 9, "Next year", TimexType.DATE, "2025", True, True))
    assert st.story_value is None  # noting the next expression ends the story


def test_yaml_words_that_read_as_booleans_stay_words() -> None:
    assert "on" in load_timewords().past_clause_words  # "in the past on ...": quoted in YAML
