"""read/html.py: main text, title, URL and date from a page; pages without text are skipped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from peninsula.models import Article, Skipped
from peninsula.read.html import read_html_file

RESOURCES = Path(__file__).parent / "resources"


def test_page_text_title_url_and_date():
    article = read_html_file(RESOURCES / "page.html")
    assert isinstance(article, Article)
    assert article.id == "page"
    assert article.title == "Pyongyang test-fires a cruise missile"
    assert article.url == "https://example.org/news/cruise-missile"
    # 20:30 on the 12th at UTC-5 is 10:30 on the 13th in Seoul
    assert article.published == date(2021, 9, 13)
    assert article.published_how == "html"
    assert "tested a new long-range cruise missile" in article.text
    assert "Analysts said the test showed steady progress" in article.text
    assert "Politics" not in article.text
    assert "All rights reserved" not in article.text


def test_page_without_article_text_is_skipped():
    path = RESOURCES / "empty_page.html"
    assert read_html_file(path) == Skipped(str(path), "no article text found in the HTML page")


def test_declared_charset_is_used(tmp_path):
    body = "<p>Le ministre a d\u00e9clar\u00e9 que les pourparlers reprendront lundi \u00e0 S\u00e9oul.</p>"
    page = (
        f'<html><head><meta charset="iso-8859-1"><title>T</title></head><body>{body}</body></html>'
    )
    path = tmp_path / "latin.html"
    path.write_bytes(page.encode("latin-1"))
    article = read_html_file(path)
    assert "d\u00e9clar\u00e9" in article.text


def test_non_utf8_without_charset_is_skipped(tmp_path):
    path = tmp_path / "latin.html"
    path.write_bytes("<html><body><p>caf\u00e9</p></body></html>".encode("latin-1"))
    item = read_html_file(path)
    assert isinstance(item, Skipped)
    assert item.reason.startswith("not UTF-8 (byte 0xe9")
    assert "convert it to UTF-8" in item.reason


def test_empty_html_file(tmp_path):
    path = tmp_path / "empty.htm"
    path.write_bytes(b"")
    assert read_html_file(path) == Skipped(str(path), "empty file")
