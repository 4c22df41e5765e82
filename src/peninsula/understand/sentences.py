"""Split cleaned article text into sentences with character offsets.

Needs: `Article.text` (cleaned). Adds: `Document.sentences`, each with its paragraph number.
A rule-based splitter: news prose is regular enough, and it is orders of magnitude faster
than a statistical parser. Paragraph breaks always end a sentence, unless a single line break
falls inside one (the next line goes on in lower case, or the line ends with a title such
as "Gen."); inside a paragraph a
sentence ends at . ! or ? (optionally followed by closing quotes or brackets) followed by
space and an uppercase letter, a digit or an opening quote, unless the period ends a known
abbreviation or an initial.
"""

from __future__ import annotations

import re

from peninsula.models import Sentence

# Abbreviations that end with a period without ending the sentence (lower-cased, no period).
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cmdr adm sgt rep sen gov pres st jr sr rev fr
    no nos vol fig art sec dept est approx inc corp ltd co bros vs etc al
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n e.u d.c s.k n.k p.m a.m
    """.split()
)

# Abbreviations that also end sentences ("... sanctions by the U.S. The North said ...");
# they end one when a word that typically opens a sentence follows.
_FINAL_ABBREVIATIONS = frozenset("u.s u.k u.n e.u d.c etc inc corp ltd co jr sr".split())
_OPENERS = frozenset(
    """
    the a an it its he she they we i this that these those there in on at as after before
    but however meanwhile according also earlier later last since while when if his her their
    our such some many more most no so yet still then now one two three
    """.split()
)
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?([A-Za-z]+)")

_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*\S)")
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_NEXT_LINE = re.compile(r"[ \t]*([A-Za-z])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def split_sentences(text: str) -> list[Sentence]:
    """Return the sentences of `text` in order, offsets into `text`, blank runs dropped."""
    sentences: list[Sentence] = []
    paragraph = 0
    position = 0
    for match in _PARAGRAPH.finditer(text):
        if _wrapped(text, match.start(), match.end()):
            continue
        if _add_paragraph(text, position, match.start(), paragraph, sentences):
            paragraph += 1
        position = match.end()
    _add_paragraph(text, position, len(text), paragraph, sentences)
    return sentences


def _wrapped(text: str, start: int, end: int) -> bool:
    """Whether a single line break falls inside a sentence, as where a site broke its lines
    after abbreviations ("co-sponsored by the U.S.\nnuclear war mastermind", "of the C.C.\nthe
    Union"): the next line goes on in lower case, or the line ends with an abbreviation that
    never ends a sentence ("Gen.\nKim")."""
    if text.count("\n", start, end) > 1:
        return False
    following = _NEXT_LINE.match(text, end)
    if following is None:
        return False
    if following.group(1).islower():
        return True
    if start == 0 or text[start - 1] != ".":
        return False
    word = _WORD_BEFORE.search(text, max(0, start - 40), start - 1)
    if word is None:
        return False
    # "from A to Z.", "the U.S.\nFar from ...": a letter, or an abbreviation that may end a
    # sentence, ends its line's sentence before a capital
    token = word.group(1).lower().rstrip(".")
    return token in _ABBREVIATIONS and token not in _FINAL_ABBREVIATIONS


def _add_paragraph(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> bool:
    chunk = text[start:end]
    if not chunk.strip():
        return False
    cut = 0
    for match in _BOUNDARY.finditer(chunk):
        if _is_abbreviation(chunk, match.start()):
            continue
        _append(text, start + cut, start + match.end(), paragraph, out)
        cut = match.end()
    _append(text, start + cut, end, paragraph, out)
    return True


def _is_abbreviation(chunk: str, dot: int) -> bool:
    if chunk[dot] != ".":
        return False
    word = _WORD_BEFORE.search(chunk, 0, dot)
    if word is None:
        return False
    token = word.group(1).lower().rstrip(".")
    if token in _FINAL_ABBREVIATIONS:
        following = _NEXT_WORD.match(chunk, dot + 1)
        return not (following and following.group(1).lower() in _OPENERS)
    if len(token) == 1 and token.isalpha():
        return True  # an initial: "Kim J. Un", "U.S." pieces
    return token in _ABBREVIATIONS


def _append(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, text[start:end], paragraph, len(out)))


def tag_line(low: str) -> bool:
    """A tag or keyword line ("North, Korea, Kim, South, Korea, summit"): words, no sentence."""
    return _TAG_LINE.fullmatch(low) is not None


# its last item is as short as the others ("A, B, C and D will take part" is a sentence)
_TAG_LINE = re.compile(
    r"\s*(?:[\w.'’-]+(?:\s+[\w.'’-]+)?\s*,\s*){3,}(?:and\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?\s*"
)
