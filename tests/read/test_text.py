"""read/text.py: plain-text files, the `date YYYY-MM-DD Title` header, headlines, bad files."""

from __future__ import annotations

import json
from datetime import date

import pytest

from peninsula.errors import InputError
from peninsula.models import Article, Skipped
from peninsula.read.clean import to_raw_offset
from peninsula.read.text import read_plain, read_text_file

SEED_000 = "seeds/000_96b0e9d7105981fe.txt"


def test_seed_000_header_gives_date_and_title(shared):
    article = read_text_file(shared / SEED_000)
    assert isinstance(article, Article)
    assert article.id == "000_96b0e9d7105981fe"
    assert article.published == date(2023, 12, 31)
    assert article.published_how == "header"
    assert article.title == (
        "North Korea Rules Out Unification with South Korea: A Shift in Inter-Korean Relations"
    )
    assert article.raw.startswith(" date 2023-12-31")
    assert article.text.startswith("In a significant stride")
    assert "date 2023" not in article.text
    assert [why for _, _, why in article.removed] == ["date header"]


def test_seed_000_text_matches_the_seed_record(shared):
    records = [json.loads(line) for line in (shared / "seeds/seeds.jsonl").open()]
    expected = next(r for r in records if r["id"] == "000_96b0e9d7105981fe")
    article = read_text_file(shared / SEED_000)
    assert article.text == expected["text"]
    offset = article.text.index("Kim Jong Un set forth plans")
    raw = to_raw_offset(article, offset)
    assert article.raw[raw : raw + 27] == "Kim Jong Un set forth plans"


def test_header_without_leading_space(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("date 2021-09-30 Kim Speaks\n\nKim Jong Un spoke on Wednesday.\n")
    article = read_text_file(path)
    assert (article.id, article.published, article.title) == (
        "note",
        date(2021, 9, 30),
        "Kim Speaks",
    )
    assert article.text == "Kim Jong Un spoke on Wednesday."


def test_header_with_impossible_date_is_skipped(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("date 2021-02-30 Title\n\nBody.\n")
    item = read_text_file(path)
    assert isinstance(item, Skipped)
    assert item.reason.startswith("unparsable published value '2021-02-30'")


def test_headline_becomes_title_and_stays_in_text(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("North Korea Fires Missile\n\nNorth Korea fired a missile on Tuesday.\n")
    article = read_text_file(path)
    assert article.title == "North Korea Fires Missile"
    assert article.published is None
    assert article.text == "North Korea Fires Missile\n\nNorth Korea fired a missile on Tuesday."


@pytest.mark.parametrize(
    "first",
    [
        "North Korea fired a missile on Tuesday.",  # a sentence, not a headline
        "North Korea fired a missile on Tuesday\nand Japan protested",  # no blank line after
    ],
)
def test_no_headline(tmp_path, first):
    path = tmp_path / "story.txt"
    path.write_text(f"{first}\n\nMore text.\n")
    assert read_text_file(path).title is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n \t\n", "empty file"),
        (b"abc\x00\x01\x02", "binary file, not text; convert it to UTF-8 text first"),
        (
            "Pyongyang caf\u00e9".encode("latin-1"),
            "not UTF-8 (byte 0xe9 at offset 13); convert it to UTF-8, "
            "e.g. with iconv -f latin1 -t utf-8",
        ),
        (b"date 2021-09-30 Only a header\n", "no text left after the header and boilerplate"),
    ],
)
def test_bad_text_files_are_skipped_with_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert read_text_file(path) == Skipped(str(path), reason)


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffSeoul said so.".encode())
    assert read_text_file(path).text == "Seoul said so."


def test_read_plain_returns_text_unchanged(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("  On Monday,   Seoul said.\n")
    assert read_plain(path) == "  On Monday,   Seoul said.\n"


def test_read_plain_raises_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_plain(tmp_path / "missing.txt")
    bad = tmp_path / "latin.txt"
    bad.write_bytes(b"caf\xe9")
    with pytest.raises(InputError, match="convert it to UTF-8"):
        read_plain(bad)
