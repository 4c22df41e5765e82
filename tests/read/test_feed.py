"""read/feed.py: RSS and Atom entries become articles; feeds are parsed from bytes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from peninsula.models import Article, Skipped
from peninsula.read.feed import read_feed_bytes, read_feed_file, sniff_feed, strip_html

RESOURCES = Path(__file__).parent / "resources"


def test_rss_entries():
    path = RESOURCES / "news.rss"
    first, second, no_text, bad_date = list(read_feed_file(path))
    assert isinstance(first, Article)
    assert first.id == "https://example.org/news/1"
    assert first.title == "North Korea fires two ballistic missiles"
    assert first.url == "https://example.org/news/1"
    assert first.source == "Peninsula Test Wire"
    # 18:00 GMT on the 15th is 03:00 on the 16th in Seoul
    assert first.published == date(2021, 9, 16)
    assert first.published_how == "metadata"
    assert first.text == (
        "North Korea fired two ballistic missiles into the sea on Wednesday, the South Korean "
        "military said.\n\nThe launch came hours after a rail-borne test."
    )
    assert second.published == date(2021, 9, 16)
    assert no_text == Skipped(
        f"{path}#https://example.org/news/3", "feed entry has no text (no content or summary)"
    )
    assert bad_date == Skipped(
        f"{path}#https://example.org/news/4",
        "unparsable published value 'sometime last spring'; use an ISO date YYYY-MM-DD",
    )


def test_atom_entries():
    hotline, statement = list(read_feed_file(RESOURCES / "news.atom"))
    assert hotline.id == "urn:example:hotline"
    assert hotline.url == "https://example.org/atom/hotline"
    assert hotline.published == date(2021, 10, 4)
    assert hotline.text == "The inter-Korean communication lines were restored on Monday morning."
    assert [why for _, _, why in hotline.removed] == ["share prompt"]
    # no <published>: the <updated> time is used, 20:00Z is the next day in Seoul
    assert statement.published == date(2021, 10, 6)
    assert statement.text == "Kim Yo Jong issued a statement criticising the South."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02", "binary file, not a feed; convert it to UTF-8 text first"),
        (b"<rss version='2.0'><channel><title>T</title></channel></rss>", "feed has no entries"),
        (b"this is not xml at all", "not a readable RSS/Atom feed"),
    ],
)
def test_bad_feeds(data, reason):
    [item] = list(read_feed_bytes(data, "feed.xml"))
    assert isinstance(item, Skipped)
    assert item.document == "feed.xml"
    assert item.reason.startswith(reason)


def test_sniff_feed():
    assert sniff_feed((RESOURCES / "news.rss").read_bytes())
    assert sniff_feed((RESOURCES / "news.atom").read_bytes())
    assert not sniff_feed((RESOURCES / "page.html").read_bytes())


def test_strip_html():
    html = "<p>One &amp; two<br/>three</p><script>x()</script><div>Four</div>"
    assert strip_html(html) == "One & two\nthree\n\nFour\n\n"
    assert strip_html("plain &lt;text&gt;") == "plain <text>"
