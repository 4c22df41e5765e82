"""Clean article text while keeping every offset traceable to the raw text.

Needs: the raw text of one article, as read from a file, a JSONL field, a page or a feed.
Adds: the cleaned text every later stage works on, an offset map back to the raw text, and
the raw spans dropped as boilerplate with the reason for each.

What goes: audio banners ("Voice is AI-generated"), author bios ("About the writer" and its
paragraph, "... Read more"), photo captions and credit lines, keyword/tag lines, share
prompts. What is repaired: the ",  " line prefixes and ", , " breaks of the KCNA 2011-2012
archive, words glued to the gazetteer's Korean names and to honorifics ("ComradeKim Jong
Unsaid", "Choe Ryong Haesaid"), runs of spaces, odd white space and invisible characters. Paragraphs are separated by "\\n" where the
raw text had a single line break and by "\\n\\n" where it had blank lines.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from peninsula.models import Article


@dataclass(frozen=True, slots=True)
class Cleaned:
    """Cleaned text, (clean_offset, raw_offset) pairs at each segment start, dropped spans."""

    text: str
    offset_map: tuple[tuple[int, int], ...]
    removed: tuple[tuple[int, int, str], ...]


def clean_text(raw: str, drop: Sequence[tuple[int, int, str]] = ()) -> Cleaned:
    """Clean `raw`; lines that overlap a span in `drop` are removed with its reason."""
    lines = _split_lines(raw)
    reasons = _classify(raw, lines, drop)
    edits = _inline_edits(raw)
    out: list[str] = []
    pairs: list[tuple[int, int]] = []
    removed: list[tuple[int, int, str]] = []
    clen = 0
    prev_end = -1  # raw end of the last line copied, -1 before the first
    blank_since = False
    k = 0  # index into edits
    for (start, end, s, e), reason in zip(lines, reasons, strict=True):
        if reason:
            removed.append((start, end, reason))
            continue
        if s >= e:
            blank_since = True
            continue
        if prev_end >= 0:
            sep = "\n\n" if blank_since else "\n"
            if pairs[-1][1] - pairs[-1][0] != prev_end - clen:
                pairs.append((clen, prev_end))
            out.append(sep)
            clen += len(sep)
        blank_since = False
        while k < len(edits) and edits[k][0] < s:
            k += 1
        pos = s
        while k < len(edits) and edits[k][0] < e:
            a, b, rep = edits[k]
            k += 1
            if a < pos:  # overlaps an edit already applied
                continue
            if b >= e and rep == "\n":  # a ", ," break at the end of a line: just drop it
                rep, b = "", e
            if a > pos:
                clen = _copy(raw, pos, a, out, pairs, clen)
            if rep:
                pairs.append((clen, a))
                out.append(rep)
                clen += len(rep)
            pos = min(b, e)
        if pos < e:
            clen = _copy(raw, pos, e, out, pairs, clen)
        prev_end = e
    return Cleaned("".join(out), tuple(pairs), tuple(removed))


def to_raw_offset(source: Article | Cleaned | Sequence[tuple[int, int]], clean_offset: int) -> int:
    """The raw offset of `clean_offset` (an offset into the cleaned text)."""
    pairs = source.offset_map if isinstance(source, Article | Cleaned) else source
    if not pairs:
        return clean_offset
    i = bisect.bisect_right(pairs, (clean_offset, float("inf"))) - 1
    if i < 0:
        return pairs[0][1]
    clean_start, raw_start = pairs[i]
    return raw_start + (clean_offset - clean_start)


# --- lines -------------------------------------------------------------------------------

# a KCNA 2011-2012 line prefix (",  ", ", ", ",\u3000") and leading white space
_LEAD = re.compile(r"(?:\s*,)*\s*")


def _split_lines(raw: str) -> list[tuple[int, int, int, int]]:
    """(line start, line end, content start, content end) for each line."""
    lines = []
    start = 0
    for part in raw.split("\n"):
        end = start + len(part)
        s = _LEAD.match(raw, start, end).end()
        e = end
        while e > s and raw[e - 1].isspace():
            e -= 1
        lines.append((start, end, s, e))
        start = end + 1
    return lines


def _copy(raw: str, a: int, b: int, out: list[str], pairs: list[tuple[int, int]], clen: int) -> int:
    if not pairs or pairs[-1][1] - pairs[-1][0] != a - clen:
        pairs.append((clen, a))
    out.append(raw[a:b])
    return clen + (b - a)


# --- boilerplate ---------------------------------------------------------------------------

_CREDITS = (
    r"Getty Images|AFP|Reuters|Yonhap|Pool|AP|AP Photo|EPA|EPA-EFE|Xinhua|KCNA|News1|Newsis"
    r"|Shutterstock|Bloomberg|Photo|Handout"
)
# a credit after "/", "(", "via", "Photo:" or "©": a caption wherever the line ends
_CREDIT_MARKED = re.compile(
    rf"(?:/|\(|\bvia |\bPhoto(?:graph)?(?: by)?:? |\bCredit:? |©\s?)[^/()]{{0,40}}\b(?:{_CREDITS})\)?\.?$"
)
# a bare credit at the very end, with no sentence punctuation after it
_CREDIT_BARE = re.compile(rf"\b(?:{_CREDITS})$")
_POSITION = re.compile(
    r"\((?:\d(?:st|nd|rd|th) )?(?:from )?(?:L|R|C|left|right|center|centre)(?:\)|\.\.\.)"
)
_CAPTION_START = re.compile(
    r"(?:Above|Pictured|Photo)[,:]\s|FILE PHOTO\b|In this (?:photo|image)\b"
)
_CAPTION_INSIDE = re.compile(r"[.!?] (?:Above|Pictured), ")
_AUDIO = re.compile(
    r"\W{0,6}(?:Voice is AI-generated|Audio (?:is|was) AI-generated|Listen to this (?:article|story)"
    r"|Listen to the article|Listen \d+ min|Inconsistencies may occur)",
    re.I,
)
_SHARE_START = re.compile(
    r"(?:Share this (?:article|story|page)|Share on (?:Facebook|Twitter|X|LinkedIn)|Follow (?:us|@)"
    r"|Sign up (?:for|to)|Subscribe (?:to|for|now)|Click here to)",
    re.I,
)
_SHARE_INSIDE = re.compile(r"\bFollow @\w+|\bEmail \S+@\S+\.\w+ with tips")
_READ_MORE = re.compile(r"(?:\.\.\.|…)\s*Read more\W*$|^Read more\W*$", re.I)
_BIO_HEADINGS = {"about the writer", "about the author", "about the authors", "about the reporter"}
_TAG_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]{0,19}")
_END_PUNCT = ".!?\"'”’:;)]…"


def _classify(
    raw: str, lines: list[tuple[int, int, int, int]], drop: Sequence[tuple[int, int, str]]
) -> list[str | None]:
    """For each line, why it is dropped, or None to keep it."""
    reasons: list[str | None] = [None] * len(lines)
    first_content = True
    bio = 0  # 1 after an "About the writer" heading, 2 inside the paragraph that follows
    for i, (start, end, s, e) in enumerate(lines):
        if s >= e:
            if bio == 2:
                bio = 0
            continue
        for a, b, why in drop:
            if a < end and start < b:
                reasons[i] = why
                break
        if reasons[i]:
            continue
        line = raw[s:e]
        if bio:
            reasons[i] = "author bio"
            bio = 2
            continue
        if line.lower().rstrip(":") in _BIO_HEADINGS:
            reasons[i] = "author bio"
            bio = 1
            continue
        reasons[i] = _line_reason(line, first_content)
        first_content = False
    return reasons


def _line_reason(line: str, first: bool) -> str | None:
    if len(line) < 300 and _AUDIO.match(line):
        return "audio banner"
    if len(line) < 300 and _SHARE_START.match(line):
        return "share prompt"
    if "@" in line and _SHARE_INSIDE.search(line):
        return "share prompt"
    tail = line[-60:]
    if "Read more" in tail and _READ_MORE.search(tail):
        return "author bio"
    if _CAPTION_START.match(line) or (
        ("Above, " in line or "Pictured, " in line) and _CAPTION_INSIDE.search(line)
    ):
        return "photo caption"
    if "(" in line and len(line) < 600 and _POSITION.search(line):
        return "photo caption"
    if _CREDIT_MARKED.search(tail):
        return "photo caption"
    if tail[-1] not in _END_PUNCT:
        if not first and len(line.split()) >= 6 and _CREDIT_BARE.search(tail):
            return "photo caption"
        if "," in line and len(line) < 200 and _is_tag_line(line):
            return "tag line"
    return None


def _is_tag_line(line: str) -> bool:
    """A comma-separated list of one- or two-word keywords, mostly capitalised."""
    items = [item.strip() for item in line.split(",")]
    if len(items) < 4:
        return False
    capitalised = 0
    for item in items:
        words = item.split()
        if not 1 <= len(words) <= 2 or not all(_TAG_WORD.fullmatch(w) for w in words):
            return False
        capitalised += item[0].isupper()
    return capitalised * 2 >= len(items)


# --- inline repairs ------------------------------------------------------------------------

# runs of spaces, odd spaces, invisible characters, and the KCNA ", , " paragraph break
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ODD_SPACE = "\t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000"
_INLINE = re.compile(
    r"[ \t\r\u00a0\u3000]*,(?:[ \t\r\u00a0\u3000]*,)+[ \t\r\u00a0\u3000]*"
    rf"|[ {_ODD_SPACE}{_ZERO_WIDTH}]{{2,}}"
    rf"|[{_ODD_SPACE}{_ZERO_WIDTH}]"
)
HONORIFICS = (
    "Comrade",
    "President",
    "Chairman",
    "Secretary",
    "Marshal",
    "Premier",
    "Commander",
    "General",
    "Leader",
    "Minister",
)
# a lower-case letter (or a comma) touching a capital: the only place a glue can hide
_CASE_BOUNDARY = re.compile(r"[a-z,;:](?=[A-Z])")
# English function words short enough to look like the end of a name ("Kim Jong Unon")
_SHORT_WORDS = frozenset({"on", "as", "in", "to", "by", "at", "of", "is", "an", "or"})
# words derived from a name, not a word glued to it: "Kim Il Sungism", "Kimilsungia"
_DERIVED = re.compile(r"(?:is[mt]|ian|ite|ia)s?$")
_VOWEL = re.compile(r"[aeiouy]")


@dataclass(frozen=True, slots=True)
class _Names:
    """The known Korean names of three parts or more, compiled once into one pattern."""

    pattern: re.Pattern[str]  # any of the names
    known: frozenset[str]  # every actor alias: "Kim Jong Ung" may be a name of its own


@cache
def _names() -> _Names:
    from peninsula.knowledge.gazetteer import load_gazetteer
    from peninsula.knowledge.gazetteer_build import trie_pattern

    g = load_gazetteer()
    names = [n for n in g.glue_names if " " in n]
    return _Names(re.compile(trie_pattern(names)), frozenset(g.aliases))


def _inline_edits(raw: str) -> list[tuple[int, int, str]]:
    """(raw start, raw end, replacement) edits, sorted; insertions have start == end."""
    edits: list[tuple[int, int, str]] = []
    for m in _INLINE.finditer(raw):
        a, b = m.span()
        if "," in raw[a:b]:
            if b < len(raw) and raw[b].islower():
                edits.append((a, b, ", "))  # a break inside a sentence: keep one comma
            else:
                edits.append((a, b, "\n"))
        else:
            visible = any(c not in _ZERO_WIDTH for c in raw[a:b])
            edits.append((a, b, " " if visible else ""))
    glued = _glue_edits(raw)
    if glued:
        edits.extend(glued)
        edits.sort(key=lambda edit: (edit[0], edit[1]))
    return edits


def _glue_edits(raw: str) -> list[tuple[int, int, str]]:
    """Spaces to insert where state-media text glued a word to a name or an honorific."""
    names = _names()
    spots: set[int] = set()
    for m in _CASE_BOUNDARY.finditer(raw):
        at = m.end()
        if names.pattern.match(raw, at):
            spots.add(at)  # "ComradeKim", "atKim", ",Choe Ryong Hae"
        elif raw[m.start()].isalpha() and _honorific_at(raw, at):
            spots.add(at)  # "isGeneral Secretary"
        elif _honorific_before(raw, at) and raw[at + 1 : at + 2].islower():
            spots.add(at)  # "ComradeRi Pyong Chol"
    for m in names.pattern.finditer(raw):
        end = m.end()
        if end < len(raw) and raw[end].isalpha() and _glued_after(raw, m.start(), end, names.known):
            spots.add(m.end())  # "Kim Jong Unsaid", "Choe Ryong Haesaid", "Kim Il SungSquare"
    return [(at, at, " ") for at in spots]


def _glued_after(raw: str, start: int, end: int, known: frozenset[str]) -> bool:
    """Whether the letters after a name at [start, end) are a word glued to it.

    A capitalised word ("SungSquare") always is. Lower-case letters are one only when they
    form a word-like run of three letters or more (or a short function word), not a
    derivation ("Sungism"), and the name with them is not itself a known name.
    """
    if raw[end].isupper():
        return end + 1 < len(raw) and raw[end + 1].islower()
    stop = end
    while stop < len(raw) and raw[stop].isalpha() and raw[stop].islower():
        stop += 1
    if stop < len(raw) and raw[stop].isalpha():
        return False  # "Kim Jong UnHo..." mixed case: not a plain glue
    word = raw[end:stop]
    if len(word) < 3:
        return word in _SHORT_WORDS
    if not _VOWEL.search(word) or _DERIVED.match(word):
        return False
    return raw[start:stop] not in known


def _honorific_at(raw: str, at: int) -> bool:
    for word in HONORIFICS:
        if raw.startswith(word, at):
            after = raw[at + len(word) : at + len(word) + 1]
            return not after.islower()
    return False


def _honorific_before(raw: str, at: int) -> bool:
    head = raw[max(0, at - 9) : at]
    return any(head.endswith(word) for word in HONORIFICS)
