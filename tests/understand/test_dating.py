"""date_event: the governing time expression, inheritance, publication fallback, planned_for."""

from __future__ import annotations

from datetime import date

from peninsula.models import Article, DateBasis, Document, Modality, Precision, Span
from peninsula.understand.dating import date_event
from peninsula.understand.sentences import split_sentences
from peninsula.understand.timex import tag_timexes


def make_doc(text: str, published: date | None = date(2021, 9, 30)) -> Document:
    doc = Document(Article("t", text, published=published))
    doc.sentences = split_sentences(text)
    doc.timexes = tag_timexes(text, published)
    return doc


def date_of(doc: Document, trigger: str, modality: Modality = Modality.OCCURRED, nth: int = 0):
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(trigger, at + 1)
    sentence = next(s for s in doc.sentences if s.start <= at < s.end)
    return date_event(doc, sentence, Span(at, at + len(trigger)), modality)


def test_each_clause_keeps_its_own_date() -> None:
    doc = make_doc(
        "Lines were cut 15 months ago, restored this past July, and severed again last month."
    )
    assert date_of(doc, "cut")[0] == _d("2020-06", Precision.MONTH, DateBasis.RELATIVE)
    assert date_of(doc, "restored")[0].value == "2021-07"
    assert date_of(doc, "severed")[0].value == "2021-08"


def test_intro_phrase_and_inheritance() -> None:
    doc = make_doc("On Tuesday, the North fired two missiles. It called the launch a success.")
    assert date_of(doc, "fired")[0].value == "2021-09-28"
    assert date_of(doc, "called")[0] == _d("2021-09-28", Precision.DAY, DateBasis.RELATIVE)


def test_publication_fallback_and_unresolved() -> None:
    doc = make_doc("The North denounced the drills.")
    assert date_of(doc, "denounced")[0] == _d("2021-09-30", Precision.DAY, DateBasis.PUBLICATION)
    doc = make_doc("The North denounced the drills.", published=None)
    assert date_of(doc, "denounced")[0].basis is DateBasis.UNRESOLVED


def test_week_is_given_by_its_middle() -> None:
    doc = make_doc("Moon proposed a declaration at the UN last week.")
    assert date_of(doc, "proposed")[0] == _d("2021-09-23", Precision.WEEK, DateBasis.RELATIVE)


def test_explicit_date_basis() -> None:
    doc = make_doc("The two Koreas signed it on June 16, 2020 in Kaesong.")
    assert date_of(doc, "signed")[0] == _d("2020-06-16", Precision.DAY, DateBasis.EXPLICIT)


def test_planned_event_gets_planned_for() -> None:
    doc = make_doc("Kim said Wednesday he will restore the lines from early October.")
    found, planned = date_of(doc, "restore", Modality.PLANNED)
    assert found.value == "2021-09-29" and planned == "2021-10"
    doc = make_doc("Kim set forth plans to launch three satellites next year.", date(2023, 12, 31))
    found, planned = date_of(doc, "launch", Modality.PLANNED)
    assert found == _d("2023-12-31", Precision.DAY, DateBasis.PUBLICATION) and planned == "2024"


def test_occurred_event_never_takes_a_forward_time() -> None:
    doc = make_doc(
        "Kim set out plans to launch satellites next year, citing the expansion of drills.",
        date(2023, 12, 31),
    )
    found, _ = date_of(doc, "expansion")
    assert found == _d("2023-12-31", Precision.DAY, DateBasis.PUBLICATION)
    found, planned = date_of(doc, "launch", Modality.PLANNED)
    assert planned == "2024"


def test_announcement_date_carries_into_a_reported_paragraph() -> None:
    doc = make_doc(
        "The remarks came in a speech delivered Wednesday at the assembly.\n\n"
        "Kim expressed a will to restore the lines from early October."
    )
    found, planned = date_of(doc, "restore", Modality.PLANNED)
    assert found.value == "2021-09-29" and planned == "2021-10"
    doc = make_doc(
        "The remarks came in a speech delivered Wednesday at the assembly.\n\n"
        "The North plans to restore the lines from early October."
    )
    found, _ = date_of(doc, "restore", Modality.PLANNED)
    assert found.basis is DateBasis.PUBLICATION


def test_names_and_durations_do_not_govern() -> None:
    doc = make_doc("The North scrapped the April 27 Panmunjom Declaration after a two-year pause.")
    found, _ = date_of(doc, "scrapped")
    assert found.basis is DateBasis.PUBLICATION


def test_seed_dates(shared) -> None:
    text = (shared / "seeds/004_f312bc0429002b9a.txt").read_text(encoding="utf-8")
    doc = make_doc(text)
    assert date_of(doc, "cut 15")[0].value == "2020-06"
    assert date_of(doc, "restored this")[0].value == "2021-07"
    assert date_of(doc, "severed")[0].value == "2021-08"
    assert date_of(doc, "tested for")[0].value == "2021-09-28"
    assert date_of(doc, "exercises last")[0].value == "2021-08"
    assert date_of(doc, "took the opportunity")[0].value == "2021-09-23"
    assert date_of(doc, "referred")[0].value == "2021-09-27"
    assert date_of(doc, "she said")[0].value == "2021-09-27"
    assert date_of(doc, "evaluated")[0].value == "2021-09-29"
    found, planned = date_of(doc, "restore again", Modality.PLANNED)
    assert planned == "2021-10" and found.value == "2021-09-29"
    doc = make_doc(
        (shared / "seeds/000_96b0e9d7105981fe.txt").read_text(encoding="utf-8"), date(2023, 12, 31)
    )
    assert date_of(doc, "expansion")[0].value == "2023-12-31"


def _d(value: str, precision: Precision, basis: DateBasis):
    from peninsula.models import EventDate

    return EventDate(value, precision, basis)


def test_a_year_naming_another_thing_does_not_date_the_action() -> None:
    doc = make_doc(
        "The North said on Thursday that it would no longer abide by the 2018 military pact.",
        published=date(2023, 11, 24),
    )
    assert date_of(doc, "abide")[0].value == "2023-11-23"
    doc = make_doc("Seoul suspended the 2018 military pact.", published=date(2024, 6, 5))
    assert date_of(doc, "suspended")[0].basis is DateBasis.PUBLICATION


def test_a_year_modifying_the_trigger_noun_dates_it() -> None:
    doc = make_doc("The 2018 summit in Singapore produced a vague statement.", date(2021, 9, 30))
    assert date_of(doc, "summit")[0].value == "2018"


def test_a_few_days_ago_set_off_by_commas_governs_with_a_centred_week() -> None:
    text = (
        "The drills went on in July. This being so, a few days ago, the U.S. made a proposal. "
        "Several days ago, in a speech, Kim rejected it."
    )
    doc = make_doc(text, published=date(2024, 7, 26))
    # a week whose middle is three days before the article, not the ISO week's Thursday
    assert date_of(doc, "made")[0] == _d("2024-07-23", Precision.WEEK, DateBasis.RELATIVE)
    assert date_of(doc, "rejected")[0] == _d("2024-07-23", Precision.WEEK, DateBasis.RELATIVE)


def test_comma_phrase_before_the_clause_beats_a_date_further_back() -> None:
    doc = make_doc("At the July 4 meeting, on Monday, the North fired a missile.")
    assert date_of(doc, "fired")[0].value == "2021-09-27"
