"""infer_published: datelines, years from the text, and None rather than a guess."""

from __future__ import annotations

from datetime import date

from peninsula.understand.docdate import infer_published


def test_dateline_with_year() -> None:
    found = infer_published("SEOUL, Oct 15, 2019 (Reuters) - North Korea fired a missile.")
    assert found is not None and found[0] == date(2019, 10, 15) and "SEOUL" in found[1]


def test_dateline_year_from_text() -> None:
    text = "Pyongyang, December 24 (KCNA) -- On December 20, 2023 the Japanese side began."
    assert infer_published(text)[0] == date(2023, 12, 24)
    text = "Pyongyang, January 3 (KCNA) -- The meeting on December 28, 2011 decided."
    assert infer_published(text)[0] == date(2012, 1, 3)


def test_dateline_without_any_year_is_none() -> None:
    assert infer_published("SEOUL, Oct 15 (Reuters) - North Korea fired a missile.") is None


def test_latest_full_date() -> None:
    found = infer_published("Talks on September 28, 2021 failed after the March 3, 2021 round.")
    assert found == (date(2021, 9, 28), "September 28, 2021")


def test_anniversaries_are_not_publication_dates() -> None:
    assert infer_published("They marked the anniversary of June 15, 2000 with speeches.") is None


def test_header_line_and_nothing() -> None:
    assert infer_published("date 2023-12-31 North Korea Rules Out Unification")[0] == date(
        2023, 12, 31
    )
    assert infer_published("No dates here at all.") is None
    assert infer_published("Pyongyang, February 30 (KCNA) -- In 2023 ...") is None
