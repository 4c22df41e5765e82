import re

import pytest

from peninsula.knowledge.anchors import AnchorIndex, anchors


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:launch(?:ed|es)?|fire)\b", {"launch", "fire"}),
        (r"\b(?:held|had) (?:\w+ ){0,3}talks\b", {"talks"}),
        (r"\bmissile (?:launch|test)s?\b", {"missile "}),
        (r"(?:a|b+)c", {"c"}),
        (r"(?:x|\w)+", None),  # a branch without a literal: nothing is required
        (r"(?i)fire", None),  # case-insensitive: a literal test would miss "Fire"
    ],
)
def test_anchors(pattern: str, expected: set[str] | None) -> None:
    found = anchors(re.compile(pattern))
    assert found == (frozenset(expected) if expected is not None else None)


def test_index_reports_overlapping_and_nested_anchors() -> None:
    index = AnchorIndex(["fire", "fir", "ceasefire", "test-fir", "talks"])
    assert index.present("a ceasefire was test-fired") == {
        "ceasefire",
        "fire",
        "fir",
        "test-fir",
    }
    assert index.present("no words here") == set()
    assert AnchorIndex([]).present("anything") == set()


def test_a_text_without_anchors_never_matches() -> None:
    texts = ["launch", "launched it", "the fire", "firewall", "held long talks", "a b c"]
    for source in (r"\b(?:launch(?:ed|es)?|fire)\b", r"\b(?:held|had) (?:\w+ ){0,3}talks\b"):
        pattern = re.compile(source)
        needed = anchors(pattern)
        assert needed is not None
        for text in texts:
            if pattern.search(text):
                assert any(word in text for word in needed)
