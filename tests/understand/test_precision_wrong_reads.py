"""Wrong reads of state-media news: words that look like a time of the past but are not
("stop at once", "once again", "the worst in the history of ..."), so a statement made
today stays dated by its report.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2031-05-14"


@pytest.mark.parametrize(
    "text",
    [
        "A civic group of Peru demanded that the authorities of Chile lift at once the ban "
        "on the trade union.",
        "The Chilean workers' union urged the authorities to release once again the jailed "
        "leaders of the strike.",
        "A Peruvian group demanded the Chilean authorities stop going against the trend of "
        "history.",
        "A group of Peru demanded that Chile's minister, the worst in the history of the "
        "country, resign.",
    ],
)
def test_a_demand_with_a_word_of_time_past_keeps_the_report_day(undatelined, text):
    demands = undatelined.of_kind(text, "demand")
    assert demands and all(e.date.value == PUBLISHED for e in demands)


def test_an_act_told_as_of_the_past_stays_undated(undatelined):
    text = "In the past, the Chilean navy seized a fishing boat of Peru."
    seized = undatelined.of_kind(text, "arrest_or_seizure")
    assert all(e.date.value != PUBLISHED for e in seized)


# -- a country's own body under a shared name; a demonym two states share ----------------


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Cuban Red Cross on Monday condemned Chile for the raid on the refugee camp.", "CUB"),
        ("The Red Cross Society of Cuba on Monday condemned Chile for the raid.", "CUB"),
    ],
)
def test_a_national_red_cross_is_its_country_body(undatelined, text, source):
    accusations = undatelined.of_kind(text, "accusation")
    assert accusations and {e.source.code for e in accusations} == {source}


def test_democratic_congo_is_the_kinshasa_state(undatelined):
    text = "A friendship group of Democratic Congo on Monday condemned Chile for the raid."
    assert {e.source.code for e in undatelined.of_kind(text, "accusation")} == {"COD"}


def test_congolese_alone_names_neither_congo(undatelined):
    text = "The Congolese Labour Union on Monday condemned Chile for the raid."
    assert all(
        e.source is None or "COD" not in e.source.codes
        for e in undatelined.of_kind(text, "accusation")
    )
