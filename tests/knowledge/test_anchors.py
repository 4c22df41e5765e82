import re

import pytest

from peninsula.knowledge.anchors import AnchorIndex, anchors
from peninsula.knowledge.trie import trie_alternation


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:launch(?:ed|es)?|fire)\b", {"launch", "launched", "launches", "fire"}),
        # a run of nodes with few forms spells them all: "ended" or "ends", not "end"
        (r"\b(?:end(?:ed|s)|sen[dt])\b", {"ended", "ends", "send", "sent"}),
        (r"\b(?:held|had) (?:\w+ ){0,3}talks\b", {"talks"}),
        (
            r"\bmissile (?:launch|test)s?\b",
            {"missile launch", "missile launchs", "missile test", "missile tests"},
        ),
        (r"(?<!no )talks\b", {"talks"}),  # lookarounds consume nothing
        (r"(?:a|b+)c", {"c"}),
        (r"(?:x|\w)+", None),  # a branch without a literal: nothing is required
        (r"(?i)fire", None),  # case-insensitive: a literal test would miss "Fire"
    ],
)
def test_anchors(pattern: str, expected: set[str] | None) -> None:
    found = anchors(re.compile(pattern))
    assert found == (frozenset(expected) if expected is not None else None)


def test_index_finds_overlapping_and_nested_anchors() -> None:
    needs = [
        frozenset({"ceasefire"}),
        frozenset({"fir"}),
        frozenset({"test-fir"}),
        frozenset({"talks"}),
        None,
        frozenset({"fire", "talks"}),
    ]
    index = AnchorIndex(needs)
    assert index.candidates("a ceasefire was test-fired") == [0, 1, 2, 4, 5]
    assert index.candidates("no words here") == [4]
    assert AnchorIndex([]).candidates("anything") == []


def test_a_text_without_anchors_never_matches() -> None:
    texts = ["launch", "launched it", "the fire", "firewall", "held long talks", "a b c"]
    for source in (r"\b(?:launch(?:ed|es)?|fire)\b", r"\b(?:held|had) (?:\w+ ){0,3}talks\b"):
        pattern = re.compile(source)
        needed = anchors(pattern)
        assert needed is not None
        for text in texts:
            if pattern.search(text):
                assert any(word in text for word in needed)


@pytest.mark.parametrize("text", ["Sept. 5", "September 5", "sept", "the days ahead", "dayx"])
def test_trie_matches_as_the_alternation_longest_first(text: str) -> None:
    words = ["Sept", "September", "day", "days", "daily", "the days ahead", "the day"]
    plain = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])
    trie = trie_alternation(words, {" ": r"\s+"})
    for flags in (0, re.IGNORECASE):
        expected = [m.span() for m in re.finditer(rf"\b(?:{plain})", text, flags)]
        assert [m.span() for m in re.finditer(rf"\b(?:{trie})", text, flags)] == expected
