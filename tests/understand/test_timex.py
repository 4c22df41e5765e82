"""tag_timexes: TIMEX3 values for news expressions, names that are not times, no crashes."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.models import TimexType
from peninsula.understand.timex import tag_timexes

THU = date(2021, 9, 30)  # a Thursday


def values(text: str, dct: date | None = THU) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, dct) if not t.is_name}


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The test took place on Sept. 28.", "Sept. 28", "2021-09-28"),
        ("It was signed on 28 September 2021 in Seoul.", "28 September 2021", "2021-09-28"),
        ("It was signed on September 28, 2021 in Seoul.", "September 28, 2021", "2021-09-28"),
        ("The date was 2021-09-28.", "2021-09-28", "2021-09-28"),
        ("Launches resumed in Dec. 2023 after a pause.", "Dec. 2023", "2023-12"),
        ("He spoke Wednesday at the assembly.", "Wednesday", "2021-09-29"),
        ("Talks will be held next Tuesday.", "next Tuesday", "2021-10-05"),
        ("He will visit China on Saturday.", "Saturday", "2021-10-02"),
        ("The ministry said today it was ready.", "today", "2021-09-30"),
        ("Pyongyang fired a missile yesterday.", "yesterday", "2021-09-29"),
        ("The envoy arrives tomorrow.", "tomorrow", "2021-10-01"),
        ("The lines were cut last month.", "last month", "2021-08"),
        ("He spoke at the UN last week.", "last week", "2021-W38"),
        ("It was the third launch this month.", "this month", "2021-09"),
        ("Exports rose this year.", "this year", "2021"),
        ("Elections are due next year.", "next year", "2022"),
        ("The lines were cut 15 months ago.", "15 months ago", "2020-06"),
        ("They met three days ago.", "three days ago", "2021-09-27"),
        ("The lines were restored this past July.", "this past July", "2021-07"),
        ("The war began in the 1950s.", "the 1950s", "195"),
        ("The process began in 2018.", "2018", "2018"),
        ("Ties have been cut since 2018.", "2018", "2018"),
        ("Prices rose in the third quarter.", "the third quarter", "2021-Q3"),
        ("Drills are held this summer.", "this summer", "2021-SU"),
        ("Now the relations are at a crossroads.", "Now", "PRESENT_REF"),
        ("The line is currently down.", "currently", "PRESENT_REF"),
        ("The North recently tested a missile.", "recently", "PAST_REF"),
        ("This happened in the past as well.", "the past", "PAST_REF"),
        ("Peace will come in the future.", "the future", "FUTURE_REF"),
    ],
)
def test_values(text: str, expr: str, value: str) -> None:
    assert values(text).get(expr) == value


def test_modifiers() -> None:
    tx = {t.text: t for t in tag_timexes("Lines will reopen from early October.", THU)}
    assert tx["early October"].value == "2021-10" and tx["early October"].mod == "START"
    tx = {t.text: t for t in tag_timexes("Sales fell earlier this year and late last year.", THU)}
    assert tx["earlier this year"].value == "2021" and tx["earlier this year"].mod == "START"
    assert tx["late last year"].value == "2020" and tx["late last year"].mod == "END"
    assert {t.text: t.mod for t in tag_timexes("They met in mid-October.", THU)}[
        "mid-October"
    ] == "MID"


@pytest.mark.parametrize(
    ("text", "expr", "typ", "value"),
    [
        ("Prices fell in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
        (
            "It began in January nineteen ninety-seven.",
            "January nineteen ninety-seven",
            "DATE",
            "1997-01",
        ),
        ("Plans for the year two thousand were made.", "the year two thousand", "DATE", "2000"),
        ("Flights leave on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
        (
            "Shares fell in mid-afternoon yesterday.",
            "mid-afternoon yesterday",
            "TIME",
            "2021-09-29TAF",
        ),
        ("Sales rose in the year ended June 30.", "the year", "DURATION", "P1Y"),
        ("Sales will rise for the full year.", "the full year", "DATE", "2021"),
        ("Prices rose in recent months.", "recent months", "DURATION", "PXM"),
        ("Peace may come in the near future.", "the near future", "DATE", "FUTURE_REF"),
        (
            "The editorial ran on Saturday, April 25: the court erred.",
            "Saturday, April 25",
            "DATE",
            "2021-04-25",
        ),
        ("He will be named commander for a mission in August.", "August", "DATE", "2022-08"),
        ("He will succeed the chairman Feb. 1.", "Feb. 1", "DATE", "2022-02-01"),
    ],
)
def test_more_news_forms(text: str, expr: str, typ: str, value: str) -> None:
    got = {t.text: (str(t.type), t.value) for t in tag_timexes(text, THU)}
    assert got.get(expr) == (typ, value), got


def test_anchored_on_last_date() -> None:
    text = "The launch came on Sept. 20. The following day, Seoul protested. A day earlier, drills ended."
    got = values(text)
    assert got["The following day"] == "2021-09-21"
    assert got["A day earlier"] == "2021-09-20"
    assert values("On Monday they met. The same day, talks ended.")["The same day"] == "2021-09-27"


def test_durations_and_sets() -> None:
    got = {
        t.text: (t.type, t.value)
        for t in tag_timexes(
            "The lines were cut for 15 months under a two-year plan. Drills are held every year, "
            "and patrols twice a day.",
            THU,
        )
    }
    assert got["15 months"] == (TimexType.DURATION, "P15M")
    assert got["two-year"] == (TimexType.DURATION, "P2Y")
    assert got["every year"] == (TimexType.SET, "P1Y")
    assert got["twice a day"] == (TimexType.SET, "P1D")


@pytest.mark.parametrize(
    "text",
    [
        "Both sides must honour the 9.19 military agreement.",
        "They praised the April 27 Panmunjom Declaration.",
        "Workers of the February 8 Jikdong Youth Coal Mine met.",
        "It opened the 14th Supreme People's Assembly.",
        "They recalled the June 15 Joint Declaration.",
        "The North tested a Hwasong-17 missile.",
    ],
)
def test_names_are_not_times(text: str) -> None:
    for t in tag_timexes(text, THU):
        assert t.is_name or t.type is not TimexType.DATE or not t.value.startswith("2021"), t


def test_without_dct_values_stay_open() -> None:
    tx = {t.text: t for t in tag_timexes("On Sept. 28 and last month, and on Wednesday.", None)}
    assert tx["Sept. 28"].value == "XXXX-09-28" and not tx["Sept. 28"].anchored
    assert tx["Wednesday"].value.startswith("XXXX") and not tx["Wednesday"].anchored
    assert tx["last month"].value == "PAST_REF"


def test_impossible_date_is_unresolved() -> None:
    tx = tag_timexes("The meeting on February 30, 2021 and on February 30 never happened.", THU)
    assert all("02-30" not in t.value or t.value.startswith("XXXX") for t in tx)
    assert all(not t.anchored for t in tx if "February" in t.text)


def test_sorted_and_non_overlapping() -> None:
    tx = tag_timexes("On Tuesday, September 28, 2021, two days after last week's talks, ...", THU)
    assert [t.start for t in tx] == sorted(t.start for t in tx)
    assert all(a.end <= b.start for a, b in zip(tx, tx[1:], strict=False))
    assert all(
        t.text
        == "On Tuesday, September 28, 2021, two days after last week's talks, ..."[t.start : t.end]
        for t in tx
    )


def test_seed_expressions(shared) -> None:
    text = (shared / "seeds/004_f312bc0429002b9a.txt").read_text(encoding="utf-8")
    got = values(text, date(2021, 9, 30))
    assert got["15 months ago"] == "2020-06"
    assert got["this past July"] == "2021-07"
    assert got["last month"] == "2021-08"
    assert got["last week"] == "2021-W38"
    assert got["Monday"] == "2021-09-27"
    assert got["Wednesday"] == "2021-09-29"
    assert got["early October"] == "2021-10"
    assert got["a day earlier"] == "2021-09-28"
    assert got["2018"] == "2018"
    text = (shared / "seeds/000_96b0e9d7105981fe.txt").read_text(encoding="utf-8")
    got = values(text, date(2023, 12, 31))
    assert got["next year"] == "2024" and got["2024"] == "2024"
    assert got["April"] == "2024-04" and got["November"] == "2024-11"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The works began in May Juche 70 (1981) under his guidance.",
            ("May Juche 70 (1981)", "1981-05"),
        ),
        ("The ban holds from April 21, Juche 107.", ("April 21, Juche 107", "2018-04-21")),
        ("It was fixed in Juche 101 by the congress.", ("Juche 101", "2012")),
        ("Pyongyang, April 15, Juche 112 (2023) --", ("April 15, Juche 112 (2023)", "2023-04-15")),
    ],
)
def test_juche_years_are_read_in_the_gregorian_calendar(text, expected):
    found = [(t.text, t.value) for t in tag_timexes(text, date(2024, 7, 20))]
    assert expected in found
    assert all(text[t.start : t.end] == t.text for t in tag_timexes(text, date(2024, 7, 20)))


def test_juche_year_glossed_with_its_gregorian_year_is_one_expression():
    found = tag_timexes("It opened on April 15, Juche 112 (2023).", date(2024, 1, 1))
    assert [(t.text, t.value) for t in found] == [("April 15, Juche 112 (2023)", "2023-04-15")]


def test_words_found_by_a_quick_scan_are_found_in_capitals_too():
    lower = [t.value for t in tag_timexes("It was popular in the sixties.", date(2024, 1, 1))]
    upper = [t.value for t in tag_timexes("IT WAS POPULAR IN THE SIXTIES.", date(2024, 1, 1))]
    assert lower == upper == ["196"]
