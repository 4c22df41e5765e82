"""read/clean.py: boilerplate goes, article paragraphs stay, offsets trace back to raw."""

from __future__ import annotations

import pytest

from peninsula.read import read_paths
from peninsula.read.clean import Cleaned, clean_text, to_raw_offset

SEED_004 = "seeds/004_f312bc0429002b9a.txt"


@pytest.fixture
def seed_004(shared):
    [article] = list(read_paths([str(shared / SEED_004)]))
    return article


def _maps_back(raw: str, cleaned: Cleaned | object, text: str, phrase: str) -> None:
    start = text.index(phrase)
    raw_start = to_raw_offset(cleaned, start)
    raw_end = to_raw_offset(cleaned, start + len(phrase) - 1) + 1
    assert raw[raw_start:raw_end] == phrase


# --- seed 004: every kind of boilerplate at once ----------------------------------------


@pytest.mark.parametrize(
    "gone",
    [
        "Voice is AI-generated",
        "Inconsistencies may occur",
        "North, Korea, Kim, South, Korea, Moon, summit",
        "(2nd L)",
        "Above, Kim",
        "Getty Images",
        "About the writer",
        "Staten Island",
        "Follow @",
        "with tips",
        "Read more",
    ],
)
def test_seed_004_boilerplate_is_gone(seed_004, gone):
    assert gone not in seed_004.text
    assert gone in seed_004.raw


@pytest.mark.parametrize(
    "kept",
    [
        "After Missile Tests, Kim Jong Un Says He Wants to Soon Restore Communication",
        "North Korean Supreme Leader Kim Jong Un has announced his willingness",
        "Communication lines were cut 15 months ago, restored this past July",
        "It was the third launch this month",
        "Kim Yo Jong, vice department director of the ruling Korean Workers' Party",
        "Kim Jong Un said Wednesday he evaluated Wednesday",
        "Kim was reported to have also tasked his foreign affairs team",
        'the rapidly-changing relations of international forces."',
    ],
)
def test_seed_004_article_paragraphs_survive(seed_004, kept):
    assert kept in seed_004.text


def test_seed_004_every_paragraph_maps_back_to_raw(seed_004):
    for paragraph in seed_004.text.split("\n\n"):
        _maps_back(seed_004.raw, seed_004, seed_004.text, paragraph)
    _maps_back(seed_004.raw, seed_004, seed_004.text, "cut 15 months ago")


def test_seed_004_removed_spans_name_their_reasons(seed_004):
    reasons = {why for _, _, why in seed_004.removed}
    assert reasons == {"audio banner", "tag line", "photo caption", "author bio"}
    for start, end, _ in seed_004.removed:
        assert seed_004.raw[start:end].strip()
        assert seed_004.raw[start:end] not in seed_004.text
    assert seed_004.text.endswith('international forces."')


# --- single rules --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("\U0001f399\ufe0f Voice is AI-generated. Inconsistencies may occur.", "audio banner"),
        ("Listen to this article", "audio banner"),
        ("Share this article", "share prompt"),
        ("Follow @someone for breaking news.", "share prompt"),
        ("Email desk@example.com with tips.", "share prompt"),
        ("Jane Doe covers the two Koreas from Seoul ... Read more", "author bio"),
        ("Kim Jong Un inspects a factory in this undated photo. KCNA via Reuters", "photo caption"),
        ("Soldiers stand guard at the border village of Panmunjom. Yonhap", "photo caption"),
        ("Officials pose for a photo (3rd R) after the meeting in Seoul.", "photo caption"),
        ("Above, a test launch at an undisclosed location.", "photo caption"),
        ("Missile, Launch, Pyongyang, Defence, Japan", "tag line"),
    ],
)
def test_boilerplate_line_is_removed(line, reason):
    body = "North Korea fired a missile on Monday, officials said."
    raw = f"{body}\n\n{line}\n\nThe launch was the fifth this year."
    cleaned = clean_text(raw)
    assert line not in cleaned.text
    assert cleaned.text == f"{body}\n\nThe launch was the fifth this year."
    assert [why for _, _, why in cleaned.removed] == [reason]


@pytest.mark.parametrize(
    "line",
    [
        "The launch was first reported by South Korea's news agency Yonhap.",
        "Above all, the two sides agreed to restore the hotline.",
        "Among the audience were Kim Jong Un, Ri Yong Ho, Kim Yong Chun, Choe Ryong Hae",
        "The festival opened in eight theatres of the capital (FAAAP).",
        "Talks, Seoul said, would resume soon.",
        "North Korea fires missile: Yonhap",
    ],
)
def test_article_lines_that_look_like_boilerplate_stay(line):
    raw = f"{line}\n\nA second paragraph follows here."
    assert line in clean_text(raw).text


def test_about_the_writer_drops_heading_and_following_paragraph_only():
    raw = (
        "Seoul said talks would resume.\n\nAbout the writer\n\nJane Doe is a reporter in Seoul."
        "\nShe has covered Korea for ten years.\n\nA later paragraph stays."
    )
    cleaned = clean_text(raw)
    assert cleaned.text == "Seoul said talks would resume.\n\nA later paragraph stays."


# --- state-media repairs --------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Respected ComradeKim Jong Unsaid that", "Respected Comrade Kim Jong Un said that"),
        ("a rally was held atKim Il SungSquare.", "a rally was held at Kim Il Sung Square."),
        ("Then,Kim Jong Unvisited a farm.", "Then, Kim Jong Un visited a farm."),
        ("General SecretaryKim Jong Il's start", "General Secretary Kim Jong Il's start"),
        ("Chairman Kim Jong Illed the meeting.", "Chairman Kim Jong Il led the meeting."),
        ("the Kim Il Sung-Kim Jong IlFoundation", "the Kim Il Sung-Kim Jong Il Foundation"),
        ("Particular isGeneral Secretary", "Particular is General Secretary"),
        ("met ComradeRi Pyong Chol there", "met Comrade Ri Pyong Chol there"),
        # any known Korean name of three parts, not only the leaders'
        ("Kim Jong Unexpressed thanks", "Kim Jong Un expressed thanks"),
        ("Kim Jong Unpaid a visit", "Kim Jong Un paid a visit"),
        ("Choe Ryong Haesaid that", "Choe Ryong Hae said that"),
        ("ComradeChoe Ryong Haesent a letter", "Comrade Choe Ryong Hae sent a letter"),
        ("greeted byPak Pong Juon arrival", "greeted by Pak Pong Ju on arrival"),
    ],
)
def test_glued_names_are_separated(raw, expected):
    cleaned = clean_text(raw)
    assert cleaned.text == expected
    last = expected.split()[-1]
    _maps_back(raw, cleaned, cleaned.text, last)


@pytest.mark.parametrize(
    "raw",
    [
        "Steve McDonald and Douglas MacArthur visited.",
        "The DPRK and the ROK met.",
        "an iPhone and a WikiLeaks cable, an MoU in 12 kWh",
        "Kim Jong Ung, a farmer, spoke.",
        "Kim Jong Un's speech and Kim Il Sungism",
        "President Moon and Chairman Kim met.",
        "Kim Il Sungists and Kim Jong Ilian studies",
        "Choe Ryong Haeng and Pak Pong Jung met.",  # longer names of their own
        "Kim Jong Unbk",  # no vowel: not a word
    ],
)
def test_ordinary_tokens_are_not_split(raw):
    assert clean_text(raw).text == raw


def test_a_known_longer_name_is_not_split(monkeypatch):
    from peninsula.read import clean

    names = clean._names()
    known = clean._Names(names.pattern, names.known | {"Kim Jong Unison"})
    monkeypatch.setattr(clean, "_names", lambda: known)
    assert clean_text("Kim Jong Unison spoke").text == "Kim Jong Unison spoke"
    assert clean_text("Kim Jong Unsaid").text == "Kim Jong Un said"


def test_kcna_2011_comma_artefacts_are_removed():
    raw = (
        "Kim Jong Il sent a message to the president.\n"
        ",  The message said:, ,  I extend warm congratulations to you.\n"
        ", \n"
        ", The Korean people are pleased.\n"
        ",\u3000He wished the president good health. "
    )
    cleaned = clean_text(raw)
    assert cleaned.text == (
        "Kim Jong Il sent a message to the president.\n"
        "The message said:\nI extend warm congratulations to you.\n\n"
        "The Korean people are pleased.\n"
        "He wished the president good health."
    )
    _maps_back(raw, cleaned, cleaned.text, "I extend warm congratulations")
    _maps_back(raw, cleaned, cleaned.text, "He wished the president")


def test_whitespace_is_collapsed_and_paragraph_breaks_kept():
    raw = "  One   two\u00a0three.\t\r\nFour\u200b five.\n\n\n\n  Six seven.  \n"
    cleaned = clean_text(raw)
    assert cleaned.text == "One two three.\nFour five.\n\nSix seven."
    _maps_back(raw, cleaned, cleaned.text, "Six seven.")
    _maps_back(raw, cleaned, cleaned.text, "five.")


def test_to_raw_offset_takes_an_article_a_cleaned_or_pairs(seed_004):
    cleaned = clean_text(seed_004.raw)
    offset = seed_004.text.index("Communication lines")
    expected = seed_004.raw.index("Communication lines")
    assert to_raw_offset(seed_004, offset) == expected
    assert to_raw_offset(cleaned, offset) == expected
    assert to_raw_offset(list(cleaned.offset_map), offset) == expected


def test_clean_text_of_clean_text_is_identity():
    raw = "Kim Jong Un visited a farm.\n\nHe gave guidance."
    cleaned = clean_text(raw)
    assert cleaned.text == raw
    assert cleaned.offset_map == ((0, 0),)
    assert cleaned.removed == ()


def test_drop_spans_remove_the_lines_they_touch():
    raw = "date 2021-09-30 Title\nBody text here."
    cleaned = clean_text(raw, drop=[(0, 21, "date header")])
    assert cleaned.text == "Body text here."
    assert cleaned.removed == ((0, 21, "date header"),)
    assert to_raw_offset(cleaned, 0) == 22
