"""Actor names the gazetteer does not hold: misspelt countries and unknown bodies.

Needs: the article text (diacritics folded), the gazetteer, and the alias matches of the
trie scan in text order. Adds matches to that list, in text order:

- a capitalised word one letter from a country name or demonym ("Ethopia", "Quatar's")
  stands for that country (`Gazetteer.corrected`), unless a capitalised word follows it
  ("Columbia University" is no misspelt Colombia);
- a capitalised name ending in a body word ("the Ogaden National Liberation Front", "the
  Liberian Peace Council", "the Umma party", "Movement for Democratic Change") is a body.
  Its country is a country word inside the name; else, in a state-media dispatch, a
  "Korean" one is the DPRK's; else a marker ("International", "Ceasefire") makes it an
  NGO; else its sentence will tell (`Meaning.actor.code` left ""). A name a known alias
  already covers, or that holds a person or a known body, is left to them. An
  abbreviation given after the name ("(LPC)") names the same body later in the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from peninsula.knowledge.gazetteer import Gazetteer, Meaning
from peninsula.models import Actor

Match = tuple[int, int, Meaning]

_COUNTRY_KINDS = frozenset({"country", "demonym", "metonym"})
# kinds a new body's name may swallow: country words, titles ("General Federation ...")
_ABSORBED = _COUNTRY_KINDS | {"title"}
_GROUP_CODES = frozenset({"NGO", "IGO"})  # codes of bodies of no one state
_CAPITALISED = re.compile(r"[A-Z][a-z]{4,}")
_CAPITALISED_AT = re.compile(r"(?<![\w'\u2019\-])[A-Z][a-z]{4,}(?![\w\-])")
_WORD_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019.\-]*|\([A-Z][a-z]+\)) $")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_NAME_WORD = re.compile(r"[A-Z][\w'\u2019.\-]*$|\([A-Z][a-z]+\)$")
# inside a name before its head ("Front for Democracy and Justice Party"); "the" ends it
# ("members of the Sudanese ... Army"), it belongs only after the head ("of the Congo")
_CONNECTORS = frozenset({"of", "for", "and", "&"})
# the name's words after its head: "Front for the Liberation of the Enclave of Cabinda".
# Bounded; state media name societies of 16 words after the head ("... for the Study of
# the Juche Idea and Songun Policy in East European and Central Asian Regions"), so a
# tighter bound would cut their names short
# ... but a day or month after it is when the body acted ("the Institute of Statistics on
# Monday", "the Institute for Unification Studies Tuesday"), no word of its name
_NOT_TIME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun"
    r"|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
)
# ... unless a day names what the body stands for: "for Implementing the June 15 Joint
# Declaration", "the October 4 Declaration"
_DATED_NAME = r"[A-Z][a-z]+\s+\d{1,2}\s+(?:Joint\s+)?(?:Declaration|Statement|Agreement)"
_TAIL = re.compile(
    r"\s+(?:of|for|against)\s+(?:the\s+)?[A-Z][\w'\u2019\-]*"
    r"(?:\s+(?:(?:of|and|the|for|in|on)\s+){0,3}(?:"
    + _DATED_NAME
    + "|"
    + _NOT_TIME
    + r"[A-Z][\w'\u2019\-]*)){0,16}"
)
_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Z0-9]{1,7})\)")
# a word that may be an abbreviation, standing alone: "LPC", not "LPC-led" nor "NLPC"
_ABBREVIATION_USE = re.compile(r"(?<![\w\-])[A-Z][A-Z0-9]{1,7}(?![\w\-])")
_POSSESSOR = re.compile(r"^(?:the\s+)?[A-Z][\w.\-]*['\u2019]s\s+|^the\s+")
_KOREAN = re.compile(r"\bKorean?\b|\bDPRK\b")
# the North's and the South's halves of an all-Korean body ("the North Side Committee for
# Implementing the June 15 Joint Declaration", "the South Headquarters of the Alliance")
_NEXT_WORD = re.compile(r" ([A-Z][\w'’-]*)")
# a name told as the South's right after it ("... of south Korea", "... in S. Korea")
_OF_THE_SOUTH = re.compile(r"\s+(?:of|in)\s+(?:south|South|S\.)\s+Korea\b")
_KOREAN_SIDE = re.compile(r"\b(North|South)(?:ern)?\s+(?:Side|Headquarters|Branch)\b")


def misspelt_countries(g: Gazetteer, text: str, found: list[Match]) -> list[Match]:
    """Matches for misspelt country names in the gaps between known matches."""
    # each word's verdict is memoised by the gazetteer (bounded): most are found clean
    typos = {word for word in set(_CAPITALISED.findall(text)) if g.corrected(word) is not None}
    if not typos:
        return found
    starts = [m[0] for m in found]
    added: list[Match] = []
    for m in _CAPITALISED_AT.finditer(text):
        name = g.corrected(m.group()) if m.group() in typos else None
        if name is None or _CAPITAL_NEXT.match(text, m.end()):
            continue
        meaning = g.aliases.get(name)
        if meaning is not None and not _overlaps(found, starts, m.start(), m.end()):
            added.append((m.start(), m.end(), meaning))
    return _merged(found, added) if added else found


def unknown_bodies(g: Gazetteer, text: str, found: list[Match], kcna: bool) -> list[Match]:
    """Matches for bodies the gazetteer does not know, replacing the country words inside
    them; their meaning's kind is "body" (code "" when only the sentence can tell)."""
    out = found
    for head in g.head_pattern.finditer(text):
        at = head.start()
        if at and text[at - 1] in "-'\u2019":
            continue  # "Inter-Party": not the head of a name
        if not _WORD_BEFORE.search(text, max(0, at - 40), at) and not _TAIL.match(text, head.end()):
            continue  # "the Party", "a council": no name before it or after it (most heads)
        after = _NEXT_WORD.match(text, head.end())
        if after is not None and after.group(1) in g.body_heads:
            continue  # "the International Solidarity Council": the name's head comes next
        span = _name_span(g, text, head.start(), head.end())
        if span is None:
            continue
        start, end = span
        starts = [m[0] for m in out]
        first = bisect_left(starts, start)
        if first and out[first - 1][1] > start:
            continue  # a known alias reaches into it from before
        inner = out[first : bisect_left(starts, end)]
        if inner and inner[-1][1] > end:
            continue  # a known alias reaches out past its end
        body = _body(g, text, (start, end), inner, kcna, head)
        if body is None:
            continue
        kept = out[:first] + out[first + len(inner) :]
        added = [(start, end, body), *_abbreviated(text, end, kept, body)]
        out = _merged(kept, added)
    return out


def _name_span(g: Gazetteer, text: str, head_start: int, head_end: int) -> tuple[int, int] | None:
    """The span of a capitalised name ending in (or continuing after) a body word."""
    words = text[max(0, head_start - 90) : head_start].split(" ")
    if words and words[-1] == "":
        words.pop()
    else:
        return None  # the head is glued to something before it
    name: list[str] = []
    for word in reversed(words):
        if _NAME_WORD.match(word) or word in _CONNECTORS:
            name.insert(0, word)
            continue
        break
    while name and (name[0] in _CONNECTORS or name[0].rstrip(".") in g.not_names_in_body):
        name.pop(0)
    head = text[head_start:head_end]
    if head[0].islower() and not any(w[0].isupper() for w in name):
        return None  # "the party": no name
    if head[0].islower() and head_start - len(" ".join(name)) - 1 <= 0:
        return None
    tail = _TAIL.match(text, head_end)
    end = tail.end() if tail else head_end
    if not name and tail is None:
        return None  # a bare "Front", "Council"
    start = head_start - len(" ".join(name)) - (1 if name else 0)
    return start, end


def _body(
    g: Gazetteer,
    text: str,
    span: tuple[int, int],
    inner: list[Match],
    kcna: bool,
    head_match: re.Match[str],
) -> Meaning | None:
    """The meaning of the name at `span`; None when it is a known alias, or holds a
    person, a known body or a generic noun phrase, which are theirs."""
    start, end = span
    name, head, head_start = text[start:end], head_match.group(), head_match.start()
    if len(inner) == 1 and inner[0][0] == start and inner[0][1] == end:
        return None  # a known alias names it all
    codes: list[str] = []
    for s, _e, meaning in inner:
        single = " " not in meaning.ref
        if s == head_start and meaning.kind in ("generic", "body") and single:
            continue  # "Liberation Army", "National Congress": the head word alone is known
        if meaning.kind == "generic" and single and s > start:
            continue  # "Forestry Workers Union"; but "Government Forces" is the generic's
        if meaning.kind == "generic" and single and g.generic[meaning.ref].sector == "CVL":
            continue  # "Journalists Union of Korea": people who name their own union
        if meaning.kind == "body" and codes and meaning.actor and meaning.actor.code not in codes:
            continue  # "Sudan People's Liberation Army" is not China's
        if meaning.kind not in _ABSORBED:
            return None
        if meaning.kind in _COUNTRY_KINDS and meaning.actor is not None:
            codes.extend(c for c in meaning.actor.codes if c not in codes)
    sector, code = _sector_and_code(g, name, head, codes)
    if code is None and kcna and _OF_THE_SOUTH.match(text, end):
        code = "KOR"  # "the Korea Solidarity for ... of south Korea": a body of the South
    if code is None and kcna and _KOREAN.search(name) and not _campaign(g, name):
        code = "PRK"
    side = _KOREAN_SIDE.search(name) if code is None and kcna else None
    if side is not None:  # "the North Side Committee" of an all-Korean body
        code = "PRK" if side.group(1) == "North" else "KOR"
        sector = sector if code == "PRK" else "CVL"  # the South's half: a people's movement
    clean = _POSSESSOR.sub("", name)  # "Iraq's Revolutionary Command Council"
    return Meaning("body", Actor(code or "", sector, clean), ref="unknown", noun=head.lower())


def _sector_and_code(
    g: Gazetteer, name: str, head: str, codes: list[str]
) -> tuple[str | None, str | None]:
    """The sector its head gives, unless a marker changes it ("Liberation Front": REB,
    not for a council or a ministry); its code from the country words inside it, else
    from a marker ("World ... Forum": NGO)."""
    head_sector = g.body_heads[head].sector
    markers = [g.body_markers[w] for w in name.replace("-", " ").split() if w in g.body_markers]
    sector = None
    if any(m.campaign or m.people for m in markers):
        sector = "CVL"  # "the Civic ... Committee against ...": people's, not the state's
    elif head_sector not in ("GOV", "LEG"):
        sector = next((m.sector for m in markers if m.sector and m.code is None), None)
    if codes and sector is None and head in ("Army", "Forces"):
        sector = "MIL"  # "Sudanese Armed Forces": a state's own
    if codes:
        return sector or head_sector, codes[0]
    # a state's creed ("Juche") never makes a body that state's: see `cause_served`
    marked = next((m for m in markers if m.code in _GROUP_CODES), None)
    if marked is not None:
        return marked.sector, marked.code
    return sector or head_sector, None


def _campaign(g: Gazetteer, name: str) -> bool:
    """Whether a word of the name marks a people's campaign ("Repeal", "Civic")."""
    words = name.replace("-", " ").split()
    return any(g.body_markers[w].campaign for w in words if w in g.body_markers)


def _abbreviated(text: str, end: int, found: list[Match], body: Meaning) -> list[Match]:
    """ "the Liberian Peace Council (LPC) ... the LPC": later uses of the abbreviation."""
    m = _ABBREVIATION.match(text, end)
    if m is None:
        return []
    abbreviation = m.group(1)
    starts = [f[0] for f in found]
    return [
        (a.start(), a.end(), body)
        for a in _ABBREVIATION_USE.finditer(text, m.end())
        if a.group() == abbreviation and not _overlaps(found, starts, a.start(), a.end())
    ]


def _overlaps(found: list[Match], starts: list[int], start: int, end: int) -> bool:
    i = bisect_left(starts, start)
    if i < len(found) and found[i][0] < end:
        return True
    return i > 0 and found[i - 1][1] > start


def _merged(found: list[Match], added: list[Match]) -> list[Match]:
    return sorted([*found, *added], key=lambda m: m[0])


def cause_served(g: Gazetteer, actor: Actor | None) -> Actor | None:
    """A body of no one state whose name says it serves one state's creed ("the
    International Institute of the Juche Idea") stands for that state when it is aimed at:
    support of its decision is support of the DPRK. As a doer (a party to talks) it stays
    a body of its own."""
    if actor is None or actor.code not in _GROUP_CODES or not actor.name:
        return actor
    for word in actor.name.replace("-", " ").split():
        marker = g.body_markers.get(word)
        if marker is not None and marker.code and marker.code not in _GROUP_CODES:
            return Actor(marker.code, actor.sector, actor.name)
    return actor
