"""tag_timexes: expressions of wire copy beyond the TimeBank years: 24-hour clock times with
a zone, spans of years, plural units without a number, the turn of the century, fiscal
years and weekdays that are parts of names (TimeML TIMEX3 values)."""

from __future__ import annotations

from datetime import date

import pytest

from peninsula.understand.timex import tag_timexes

WED = date(2019, 3, 6)  # a Wednesday


def found(text: str, dct: date = WED) -> dict[str, tuple[str, str]]:
    return {t.text: (str(t.type), t.value) for t in tag_timexes(text, dct) if not t.is_name}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 24-hour time told by its zone is a clock time, not a year
        (
            "Polls will close at 9 p.m. (1200 GMT) Sunday.",
            {
                "9 p.m.": ("TIME", "2019-03-10T21:00"),
                "1200 GMT": ("TIME", "2019-03-10T12:00"),
                "Sunday": ("DATE", "2019-03-10"),
            },
        ),
        (
            "The shelling stopped at 0630 local time.",
            {"0630 local time": ("TIME", "2019-03-06T06:30")},
        ),
        ("The ferry docked at 17:45 near the pier.", {"17:45": ("TIME", "2019-03-06T17:45")}),
        # a gloss in another zone can fall on the day before the local one
        (
            "The tremor hit at 7:20 a.m. (2220 GMT) Tuesday.",
            {
                "7:20 a.m.": ("TIME", "2019-03-05T07:20"),
                "2220 GMT": ("TIME", "2019-03-04T22:20"),
                "Tuesday": ("DATE", "2019-03-05"),
            },
        ),
        # four digits with no zone stay what they were
        ("The bridge was finished in 1900 and rebuilt in 1952.", {"1900": ("DATE", "1900")}),
    ],
)
def test_clock_times_with_zones(text: str, expected: dict[str, tuple[str, str]]) -> None:
    got = found(text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veterans of the 1950-53 war gathered.", {"1950": "1950", "53": "1953"}),
        ("The 2017-2018 budget was cut.", {"2017": "2017", "2018": "2018"}),
        ("Rice output rose in the 2009/10 harvest.", {"2009": "2009", "10": "2010"}),
        ("The 1999-00 season was short.", {"1999": "1999", "00": "2000"}),
    ],
)
def test_a_span_of_years_gives_each_end(text: str, expected: dict[str, str]) -> None:
    got = {k: v for k, (_, v) in found(text).items()}
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "The report is dated 2016-05.",  # a year and a month, no span
        "Prices of 1998-12 were revised.",
        "He served from 1960-1999 in the army.",  # longer than any span of news interest
    ],
)
def test_what_is_no_span_of_years(text: str) -> None:
    assert not [v for _, v in found(text).values() if v.endswith(("05", "12", "99"))]


@pytest.mark.parametrize(
    ("text", "expr", "typ", "value"),
    [
        ("It was the biggest strike in decades.", "decades", "DURATION", "PXY"),
        ("For the first time in years the river froze.", "years", "DURATION", "PXY"),
        ("A ruling is expected within days.", "days", "DURATION", "PXD"),
        ("The deal came after months of haggling.", "months", "DURATION", "PXM"),
        ("The crew was rescued hours later.", "hours", "DURATION", "PTXH"),
        ("The mine closed years ago.", "years ago", "DATE", "PAST_REF"),
        ("A few days later the talks resumed.", "A few days", "DURATION", "PXD"),
        ("Several weeks earlier, the dam had cracked.", "Several weeks", "DURATION", "PXW"),
    ],
)
def test_plural_units_without_a_number(text: str, expr: str, typ: str, value: str) -> None:
    assert found(text)[expr] == (typ, value)


@pytest.mark.parametrize(
    "text",
    [
        "Rents will rise in years to come.",
        "The rains came in months of drought.",  # no superlative: "in" is no stretch of time
    ],
)
def test_plural_units_that_stay_untagged(text: str) -> None:
    assert found(text) == {}


def test_the_turn_of_the_century_is_the_nearest_hundredth_year() -> None:
    assert found("Trade boomed at the turn of the century.") == {
        "the turn of the century": ("DATE", "2000")
    }


def test_fiscal_and_calendar_years_keep_their_words() -> None:
    got = found("Revenue fell in fiscal year 2018 and in calendar year 2017.")
    assert got == {"fiscal year 2018": ("DATE", "2018"), "calendar year 2017": ("DATE", "2017")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crowds filled the square on Palm Sunday.", {"Palm Sunday": ("DATE", "2019-04-14")}),
        ("The fast began on Ash Wednesday.", {"Ash Wednesday": ("DATE", "2019-03-06")}),
        ("Shops opened late on Good Friday.", {"Good Friday": ("DATE", "2019-04-19")}),
        # a weekday inside a name is no day at all
        ("The film recalls Bloody Sunday in Derry.", {}),
        ("Candidates campaigned ahead of Super Tuesday.", {}),
    ],
)
def test_weekdays_in_feast_days_and_names(text: str, expected: dict[str, tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday joined to the one before lies beside it, whichever way the verbs point
        (
            "Snow should arrive late Wednesday or early Thursday.",
            {"late Wednesday": "2019-03-06", "early Thursday": "2019-03-07"},
        ),
        (
            "Statements were issued Tuesday and Monday.",
            {"Tuesday": "2019-03-05", "Monday": "2019-03-04"},
        ),
        (
            "The museum stays shut Saturday through Monday.",
            {"Saturday": "2019-03-02", "Monday": "2019-03-04"},
        ),
        # a day set with "is" is still ahead
        ("The runoff is Sunday.", {"Sunday": "2019-03-10"}),
        ("The hearing is on Friday.", {"Friday": "2019-03-08"}),
        # a clock time after a day named just before falls on that day
        (
            "Ballots are due Friday at noon.",
            {"Friday": "2019-03-08", "noon": "2019-03-08T12:00"},
        ),
        (
            "The march began on March 2 at 10 a.m.",
            {"March 2": "2019-03-02", "10 a.m.": "2019-03-02T10:00"},
        ),
        # ... but not after a year
        ("He arrived in 1998 at 10 a.m. sharp.", {"1998": "1998", "10 a.m.": "2019-03-06T10:00"}),
        # "p.m." before a bracket ends no sentence: the verbs before it still count
        (
            "Doors will open at 8 p.m. (1300 GMT) Friday.",
            {"8 p.m.": "2019-03-08T20:00", "1300 GMT": "2019-03-08T13:00", "Friday": "2019-03-08"},
        ),
    ],
)
def test_days_read_from_their_neighbours(text: str, expected: dict[str, str]) -> None:
    assert {k: v for k, (_, v) in found(text).items()} == expected
