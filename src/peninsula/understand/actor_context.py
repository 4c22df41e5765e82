"""Context tests that `understand/actors.py` asks of the text around an actor match.

Needs: the article text and offsets of matches; the gazetteer for known names. Adds
nothing itself: each helper answers one question ("is this pronoun an object?", "does an
unknown person's name follow this title?", "which countries does this paragraph name?").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from peninsula.knowledge.gazetteer import Gazetteer, Meaning, Person
from peninsula.models import Actor, Sentence

COUNTRYLIKE = frozenset({"country", "demonym", "metonym"})
LEADER_ROLES = ("leader", "president", "prime_minister", "premier")
# the gap that joins two actors into one: "the U.S. and the ROK", "U.S.-ROK", "Japan, China"
JOINT_GAP = re.compile(r"\s*(?:and|&)\s+(?:the\s+)?|[-\u2013/]|,\s+(?:and\s+)?(?:the\s+)?")

# a name the gazetteer does not know, right after a title: "Minister Aleksey Krivoruchko"
# (later words may follow a particle: "Hamad bin Khalifa al-Thani", "Jose dos Santos")
_NAME_AFTER = re.compile(
    r"[ \u00a0]+((?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)"
    r"(?:[ \u00a0]+(?:(?:bin|ibn|abu|al|el|de|da|dos|das|do|van|von|der|di|du|la|le)[ \u00a0\-])?"
    r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,3})"
    r"(?![\w\-])"
)
# "a delegation of the Russian Federation led by" + a title: the title is that country's
_LED_BY = re.compile(
    r"^\s+(?:(?:which|that|who)\s+(?:was|were|is|are)\s+)?(?:led|headed)\s+by\s+(?:the\s+)?"
    r"(?:(?:vice|deputy|first|acting|former)[\s\-]+)*$",
    re.IGNORECASE,
)
# words before a pronoun that make it the subject of its own clause ("and it said")
_SUBJECT_BEFORE = frozenset(
    "and but or that which because if when as so while since although though whether where "
    "after before until unless then thus yet nor once".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W{0,2}$")
# a verb right after the pronoun makes it a subject: "said it would", "fears it has"
_VERB_AFTER = re.compile(
    r"\s+(?:will|would|is|was|has|had|can|could|should|must|may|might|did|does|\w+ed|\w+s)\b"
)


def unknown_name_after(text: str, end: int, g: Gazetteer) -> tuple[str, int] | None:
    """The person's name right after a title at `end`, if the gazetteer does not know it."""
    m = _NAME_AFTER.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    while words and words[-1] in g.not_names_after_title:
        words.pop()
    if len(words) < 2 or words[0] in g.not_names_after_title:
        return None
    first = g.lookup(words[0])  # a known surname may start an unknown name: "Pak Myong Ho"
    name = " ".join(words)
    if (first is not None and first.kind != "surname") or g.lookup(name) is not None:
        return None
    return name, m.start(1) + len(name)


def looks_korean(name: str, g: Gazetteer) -> bool:
    """A name that starts with a Korean surname the gazetteer knows ("Kim Chol Ho")."""
    return name.split()[0] in g.surname_first and all(len(w) <= 6 for w in name.split())


def led_by(text: str, before_end: int, start: int) -> bool:
    """Whether only "led by" / "headed by" stands between a group and a title."""
    return start - before_end < 40 and _LED_BY.match(text[before_end:start]) is not None


def object_position(text: str, start: int, end: int) -> bool:
    """A pronoun right after a verb or a preposition is an object: "rejects it", "to it".

    At the start of a sentence or after a comma or a conjunction it is a subject.
    """
    head = text[max(0, start - 24) : start]
    m = _WORD_BEFORE.search(head)
    if m is None or not head.endswith(" ") or head.rstrip().endswith((",", ";", ":", ".")):
        return False
    word = m.group(1)
    if not word[0].islower() or word in _SUBJECT_BEFORE:
        return False
    return _VERB_AFTER.match(text, end) is None


def nearby_codes(actors: Iterable[Actor], countries: dict[str, str]) -> list[str]:
    """The distinct country codes of some actors, in order of first mention."""
    seen: dict[str, None] = {}
    for actor in actors:
        for code in actor.codes:
            if code in countries:
                seen.setdefault(code)
    return list(seen)


def sole_country(
    found: list[Found], sentence: int, paragraph: int, countries: dict[str, str]
) -> str | None:
    """The one country that the country words of a sentence name, else of its paragraph;
    None when the nearest scope naming any names several (the person may serve either)."""
    countrylike = [m for m in found if m.kind in COUNTRYLIKE or m.worded]
    for scope in (
        [m.actor for m in countrylike if m.sentence == sentence],
        [m.actor for m in countrylike if m.paragraph == paragraph],
    ):
        codes = nearby_codes(scope, countries)
        if codes:
            return codes[0] if len(codes) == 1 else None
    return None


def collective_actor(
    meaning: Meaning,
    in_sentence: list[Actor],
    in_paragraph: list[Actor],
    kcna: bool,
    countries: dict[str, str],
) -> Actor | None:
    """The countries a collective word stands for here, or None when the text does not say.

    A word with fixed codes ("hostile forces": USA;KOR) needs all of them named in its
    paragraph; a "nearby" word ("tripartite") takes the `count` countries named in its
    sentence, else in its paragraph.
    """
    source, _, count = meaning.ref.partition(":")
    if source == "KCNA" and not kcna:
        return None
    if meaning.actor is not None:
        named = set(nearby_codes(in_paragraph, countries))
        return meaning.actor if set(meaning.actor.codes) <= named else None
    for actors in (in_sentence, in_paragraph):
        codes = nearby_codes(actors, countries)
        if len(codes) == int(count or 0):
            return Actor(";".join(codes))
    return None


@dataclass(slots=True)
class Found:
    """An actor match as resolved so far, with its sentence and paragraph."""

    start: int
    end: int
    actor: Actor
    kind: str
    person: Person | None
    sentence: int
    paragraph: int
    noun: str = ""
    last_kim: bool = True  # may serve as the antecedent of a bare surname
    worded: bool = False  # its span names its country: "French National Assembly"


# the noun of a "he" or "she" that stands for a titled person we do not know
PERSON_NOUN = "person"


def compatible(m: Found, need: str, day: date | None) -> bool:
    if need in ("m", "f"):
        if m.person is None:
            # "President of Laos Choummaly X", "the Lao president": a titled person we do
            # not know, of either gender, is who "he" or "she" continues before any
            # known person named further back
            return m.kind == "role" or (m.kind == "pronoun" and m.noun == PERSON_NOUN)
        return m.person.gender == need
    if need == "leader":
        return m.person is not None and any(
            r.split(".")[1] in LEADER_ROLES for r in m.person.roles_on(day)
        )
    if need in ("ministry", "agency"):
        return m.kind == "body" and (m.noun == need or need in (m.actor.name or "").lower())
    return m.person is None and m.kind != "pronoun" or (m.kind == "pronoun" and m.person is None)


def join_countries(out: list[Found], text: str) -> None:
    """Merge neighbouring country mentions into one joint actor, in place."""
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        ok = (
            a.kind in COUNTRYLIKE
            and b.kind in COUNTRYLIKE
            and a.actor.name is None
            and b.actor.name is None
            and b.start - a.end < 12
        )
        gap = text[a.end : b.start] if ok else ""
        if (
            ok
            and JOINT_GAP.fullmatch(gap)
            and (not gap.startswith(",") or _chain_ends_and(out, i + 1, text))
        ):
            codes = list(dict.fromkeys([*a.actor.codes, *b.actor.codes]))
            hyphen = gap in ("-", "\u2013", "/")
            sector = (
                b.actor.sector
                if hyphen
                else (a.actor.sector if a.actor.sector == b.actor.sector else None)
            )
            out[i] = Found(
                a.start,
                b.end,
                Actor(";".join(codes), sector),
                "country",
                None,
                a.sentence,
                a.paragraph,
            )
            del out[i + 1]
            continue
        i += 1


def _chain_ends_and(out: list[Found], j: int, text: str) -> bool:
    """A comma joins countries only in a list that ends with "and": "Japan, Korea and China"."""
    while j < len(out) - 1:
        gap = text[out[j].end : out[j + 1].start]
        if not JOINT_GAP.fullmatch(gap) or out[j + 1].kind not in COUNTRYLIKE:
            return False
        if not gap.startswith(","):
            return True
        j += 1
    return False


def fallback_sentences(text: str) -> list[Sentence]:
    """Without a sentence splitter, every line is one sentence and one paragraph."""
    out: list[Sentence] = []
    for n, m in enumerate(re.finditer(r"[^\n]+", text)):
        out.append(Sentence(m.start(), m.end(), m.group(), n, n))
    return out


def namesake(text: str, end: int, nxt: tuple[int, int, Meaning]) -> bool:
    """Whether a body's name is followed by "of" and another country than Korea: "the
    Workers' Party of Belgium" is Belgium's party of the same name."""
    n_start, n_end, n_meaning = nxt
    return (
        n_meaning.kind in COUNTRYLIKE
        and _OF_COUNTRY.fullmatch(text, end, n_start) is not None
        and not _KOREA.search(text, n_start, n_end)
    )


_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")


def national_society(
    found: list[Found], text: str, start: int, end: int, nxt: tuple[int, int, Meaning] | None
) -> tuple[str, bool] | None:
    """The country whose own society a shared name stands for, and whether the country word
    comes after the name: "the DPRK Red Cross", "the south Korean Red Cross", "the Red Cross
    (Society) of Cuba" are national bodies, not the international committee. None where the
    name stands alone ("the Red Cross said")."""
    if nxt is not None and nxt[2].kind in COUNTRYLIKE and nxt[2].actor is not None:
        if _SOCIETY_OF.fullmatch(text, end, nxt[0]) is not None:
            return nxt[2].actor.code, True
    prev = found[-1] if found else None
    if prev is not None and prev.kind in COUNTRYLIKE and prev.actor.name is None:
        if _COUNTRY_BEFORE.fullmatch(text, prev.end, start) is not None:
            return prev.actor.code, False
    return None


_SOCIETY_OF = re.compile(r"\s+(?:Society\s+)?of\s+(?:the\s+)?")
_COUNTRY_BEFORE = re.compile(r"(?:'s|\u2019s)?\s+")
_KOREA = re.compile(r"Korea|DPRK|\bROK\b")
# a title of a named body of another country: "of the Communist Party of Brazil"
FOREIGN_BODY = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,5}(?:Party|Association|Committee|Union|"
    r"Front|Movement|League|Council|Group|Society|Organi[sz]ation|Institute|Cent(?:re|er)|"
    r"Club|Congress|Forum)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?!Korea\b|DPRK\b|D\.P\.R\.K)[A-Z]"
)
# "the secretary general of the International Kim Il Sung Prize Council": the title of a
# body that spans nations, not the U.N.'s nor a state's
INTERNATIONAL_BODY = re.compile(
    r"\s+of\s+(?:the\s+)?(?:International|World|Asian|African|European|Arab|Latin American|"
    r"Pan-\w+)\b(?:\s+[A-Z][\w'\u2019.-]*){0,7}?\s+(?:Council|Institute|Committee|Association|"
    r"Federation|Organi[sz]ation|Union|Society|League|Foundation|Front|Movement|Congress|"
    r"Forum|Cent(?:re|er)|Club|Secretariat|Bureau)\b"
)


def organ_of(found: list[Found], text: str, start: int) -> bool:
    """Whether a name right after a body and its abbreviation names that body's organ ("the
    Journalists Union of Korea (JUK) Central Committee")."""
    prev = found[-1] if found else None
    if prev is None or prev.kind != "body" or start - prev.end > 12:
        return False
    return _ABBREVIATION_GAP.fullmatch(text, prev.end, start) is not None


# a body's abbreviation before the name of its organ: " (JUK) "
_ABBREVIATION_GAP = re.compile(r"\s*\([A-Z][A-Z0-9]{1,7}\)\s*")


def title_antecedent(out: list[Found], text: str, start: int, end: int, here: int) -> str | None:
    """The country of a bare "the president" (in sentence `here`) takes up from the sentence or
    two before ("... a message from Donald Ramotar, president of Guyana. The president in
    the message expressed ..."): the latest earlier mention of the same title whose words
    name its country. None when the title stands alone in the story: the story's scope
    then places it."""
    if not _THE_BEFORE.search(text, max(0, start - 4), start):
        return None
    title = text[start:end].split()[-1].lower()
    for m in reversed(out):
        if here - m.sentence > 2:
            return None
        if m.kind == "role" and m.worded and title in text[m.start : m.end].lower().split():
            return m.actor.code or None
    return None


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def envoy_antecedent(out: list[Found], text: str, here: int) -> str | None:
    """The country of a lone "the embassy" or "his embassy": that of the ambassador or
    embassy named in the few sentences before ("the Russian ambassador and his embassy
    officials ... The embassy officials handed ..."), not the host's."""
    for m in reversed(out):
        if here - m.sentence > _ENVOY_WITHIN:
            return None
        if _ENVOY.fullmatch(text, m.start, m.end):
            continue  # a bare "the ambassador" was placed by guess
        if m.actor.code and _ENVOY.search(text, m.start, m.end + _ENVOY_AFTER):
            return m.actor.code  # "Russian Ambassador Ivanov", "the Russian embassy"
    return None


_ENVOY_WITHIN = 5  # sentences: a story of an embassy's visit names it in its lead
_ENVOY_AFTER = 12  # characters: "Russian embassy", "his embassy"
_ENVOY = re.compile(r"\b(?:ambassadors?|embass(?:y|ies)|charg[eé] d.affaires)\b", re.I)


def given_name(text: str, end: int, meaning: Meaning, nxt: tuple[int, int, Meaning] | None) -> bool:
    """Whether a demonym is a person's given name: "German Hermin Ferras Alvarez, new Cuban
    ambassador": a name of two words or more follows it, and the apposition after the name
    gives the person another country."""
    found = _NAME_THEN_APPOSITION.match(text, end)
    if found is None or nxt is None or meaning.actor is None:
        return False
    n_start, _, n_meaning = nxt
    return (
        n_meaning.kind in COUNTRYLIKE
        and n_meaning.actor is not None
        and n_meaning.actor.code != meaning.actor.code
        and found.end() <= n_start < found.end() + 25
    )


# "[German] Hermin Ferras Alvarez, ": names in capitals, then the comma of an apposition
_NAME_THEN_APPOSITION = re.compile(r"\s+(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+,\s+")
