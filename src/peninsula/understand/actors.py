"""Find who is named in an article: countries, people, bodies, titles, metonyms, pronouns.

Needs: `Document.article` (text, published date) and `Document.sentences` (for paragraphs);
a `Gazetteer` loaded once. Adds: `Document.mentions`, each an `Actor` with a `kind`.

One precompiled trie regex finds every alias in a single pass; the matches are then read
left to right, so each can be resolved from what came before it:

- a generic noun takes its country from its neighbour: "South Korea's foreign ministry",
  "the North Korean leader", "the president of Russia" (roles are resolved by date);
- a title or role directly before a name only introduces it: "North Korean leader Kim
  Jong Un" gives a demonym ("North Korean") and a name ("Kim Jong Un"), nothing for
  "leader";
- a surname alone ("Moon", "Biden") is the person last named in full, or, after a title
  ("President Moon"), the holder of that title on the publication day; "Kim" alone is the
  last Kim named (not one named only as "sister of Kim Jong Un");
- pronouns and "the leader", "the ministry", "the agency" take the most recent compatible
  actor of the paragraph or the one before ("it" and "they": the sentence or the one
  before);
- neighbouring countries joined by "and" or a hyphen become one joint actor ("USA;KOR").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from peninsula.knowledge.gazetteer import Gazetteer, Meaning, Person, fold
from peninsula.models import Actor, Document, Mention
from peninsula.understand.actor_context import (
    Found,
    fallback_sentences,
    given_name,
    join_countries,
    namesake,
    national_society,
    organ_of,
)
from peninsula.understand.actor_deferred import (
    Unplaced,
    place_collectives,
    place_diaspora,
    place_ethnic,
    place_unplaced,
)
from peninsula.understand.actor_generic import TITLE_GAP, GenericResolution
from peninsula.understand.actor_names import misspelt_countries, unknown_bodies
from peninsula.understand.actor_pronouns import PronounResolution
from peninsula.understand.actor_scope import RoleScope

_APPOSITIVE = re.compile(r"\b(?:of|to|with)\s+$")
_NOT_KOREAN_ONLY = re.compile(r"\s*[-\u2013]?\s*[A-Z]")
_EXPLETIVE = re.compile(r"\s+(?:is|was|'s)\s+(?!\w+ing\b)")
_GIVEN_NAME = re.compile(r"[ \u00a0]+[A-Z][a-z]")
_PARENTHESIS = re.compile(r"\s*\(")
# a country word that only describes someone else: "pro-Iranian", "Syrian-backed"
_PRO = re.compile(r"\b[Pp]ro-$")
_BACKED = re.compile(r"-(?:backed|sponsored|supported|funded|allied)\b")
_KOREAN_HINT = re.compile(r"Korea|Pyongyang|Seoul|DPRK|\bROK\b")
# "Pyongyang, July 20 (KCNA) --": where and by whom an item was filed
_DATELINE = re.compile(r"[^()\n]{0,60}\([\w ]{2,20}\)\s*(?:--|\u2014)")


class ActorFinder:
    """Holds the gazetteer; `find` is pure and may be called on many documents."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer

    def find(self, doc: Document) -> list[Mention]:
        text = doc.text
        return _Resolver(self.g, doc, text).run()


class _Resolver(PronounResolution, GenericResolution):
    def __init__(self, g: Gazetteer, doc: Document, text: str) -> None:
        self.g = g
        self.text = text
        self.day: date | None = doc.article.published
        self.korean = bool(_KOREAN_HINT.search(text))
        head = text[:300]
        self.kcna = (doc.article.source or "").upper() == "KCNA" or "(KCNA)" in head
        sentences = doc.sentences or fallback_sentences(text)
        self.starts = [s.start for s in sentences]
        dateline = _DATELINE.match(text)
        self.filed = dateline.end() if dateline else 0
        self.sentences = sentences
        self.out: list[Found] = []
        self.by_surname: dict[str, Person] = {}
        self._titled: str | None = None
        self.collective: list[tuple[int, int, Meaning]] = []  # resolved once all are read
        self.unplaced: list[Unplaced] = []  # strangers and lone nouns, country unknown
        self.title = doc.article.title if isinstance(doc.article.title, str) else ""
        self.scope: RoleScope | None = None

    # -- main loop --------------------------------------------------------------------

    def run(self) -> list[Mention]:
        raw = self._scan()
        if self.kcna:
            self.scope = RoleScope(self.g, raw, self.text, self.sentences, self.title)
        i = 0
        while i < len(raw):
            start, end, meaning = raw[i]
            nxt = raw[i + 1] if i + 1 < len(raw) else None
            i += 1 + self._one(start, end, meaning, nxt)
        join_countries(self.out, self.text)
        countries = self.g.countries
        place_collectives(self.out, self.collective, self._where, self.kcna, countries)
        place_unplaced(self.out, self.unplaced, self._where, countries)
        place_ethnic(self.out, self.text, countries)
        place_diaspora(self.out, self.text)
        return [
            Mention(m.start, m.end, self.text[m.start : m.end], m.actor, m.kind) for m in self.out
        ]

    def _scan(self) -> list[tuple[int, int, Meaning]]:
        found: list[tuple[int, int, Meaning]] = []
        pattern, text, lookup = self.g.actor_pattern, fold(self.text), self.g.aliases
        pos = 0
        while True:
            m = pattern.search(text, pos)
            if m is None:
                found = misspelt_countries(self.g, text, found)
                return unknown_bodies(self.g, text, found, self.kcna)
            meaning = lookup.get(m.group())
            if meaning is not None and meaning.kind == "thing":
                pos = m.end()  # "Indian hemp": a thing named after a country, no actor
                continue
            if meaning is None or (
                meaning.korean_only
                and (not self.korean or _NOT_KOREAN_ONLY.match(text, m.end()) is not None)
            ):
                pos = m.start() + 1  # a shorter alias may start inside this match
                continue
            pos = m.end()
            if meaning.kind in ("country", "demonym") and (
                _PRO.search(text, max(0, m.start() - 5), m.start()) or _BACKED.match(text, m.end())
            ):
                continue  # "the pro-Iranian group", "Syrian-backed militia": not the actor
            found.append((m.start(), m.end(), meaning))

    def _one(self, start: int, end: int, meaning: Meaning, nxt) -> int:
        """Resolve one match; return how many following matches it consumed."""
        kind = meaning.kind
        if kind == "title":
            if (
                nxt
                and nxt[2].kind in ("name", "surname")
                and TITLE_GAP.match(self._gap(end, nxt[0]))
            ):
                self._titled = ""
                return 0
            return self._stranger(start, end, meaning.sector, nxt) if meaning.sector else 0
        if kind == "generic":
            return self._generic(start, end, meaning, nxt)
        if kind == "surname":
            if meaning.ref in self.g.surname_first and _GIVEN_NAME.match(self.text, end):
                self._titled = None
                return 0  # "Jo Chun Ryong": an unknown person who shares a surname
            person = self._surname(meaning.ref, start, self._titled)
            titled, self._titled = self._titled, None
            if person is not None:
                self._add(start, end, person.actor, "name", person)
            elif titled is not None:
                # "President Bush" on a day no Bush held office: the country is still known
                codes = {self.g.people[n].code for n in self.g.surnames.get(meaning.ref, ())}
                if len(codes) == 1:
                    self._add(start, end, Actor(codes.pop(), "GOV"), "name", None)
            return 0
        if kind == "collective":
            self.collective.append((start, end, meaning))
            return 0
        if kind == "pronoun":
            if meaning.ref == "thing" and _EXPLETIVE.match(self.text, end):
                return 0  # "it is clear that": no one acts
            self._pronoun(start, end, meaning.ref, nxt)
            return 0
        self._titled = None
        if kind == "demonym" and given_name(self.text, end, meaning, nxt):
            return 0  # "German Hermin Ferras Alvarez, new Cuban ambassador": a given name
        person = self.g.people.get(meaning.ref) if kind == "name" else None
        assert meaning.actor is not None
        if kind == "body" and not meaning.actor.code and organ_of(self.out, self.text, start):
            # "the Journalists Union of Korea (JUK) Central Committee": that body's organ
            organ = Actor(self.out[-1].actor.code, meaning.actor.sector, meaning.actor.name)
            self._add(start, end, organ, kind, None, noun=meaning.noun)
            return 0
        if kind == "body" and not meaning.actor.code:
            # a body we do not know, with no country word in its name: its sentence's
            self.unplaced.append(Unplaced(start, end, meaning.actor, "body"))
            return 0
        society = national_society(self.out, self.text, start, end, nxt)
        if kind == "body" and meaning.actor.code in self.g.national_societies and society:
            # "the DPRK Red Cross", "the Red Cross Society of Cuba": that country's society
            after = nxt[1] if society[1] and nxt else end
            self._add(start, after, Actor(society[0], "CVL"), "body", None)
            return 1 if society[1] else 0
        if kind == "body" and nxt and namesake(self.text, end, nxt):
            # "the Workers' Party of Belgium": another country's party of the same name
            assert nxt[2].actor is not None
            self._add(start, nxt[1], Actor(nxt[2].actor.code, meaning.actor.sector), "body", None)
            return 1
        self._add(start, end, meaning.actor, kind, person, noun=meaning.noun)
        return 0

    # -- bookkeeping ------------------------------------------------------------------

    def _add(
        self,
        start: int,
        end: int,
        actor: Actor,
        kind: str,
        person: Person | None,
        noun: str = "",
        worded: bool = False,
    ) -> None:
        """Record a mention; `worded` when its span holds a country word ("French
        National Assembly", "the president of Russia")."""
        sentence, paragraph = self._where(start)
        if (
            self.out
            and self.out[-1].actor == actor
            and _PARENTHESIS.match(self.text, self.out[-1].end)
            and start - self.out[-1].end < 4
        ):
            return  # "Workers' Party of Korea (WPK)": the abbreviation repeats the name
        # "the Total Independence of Angola", "Liberian Peace Council": a body's name that
        # holds a country word names its country, as a country word beside it would
        worded = worded or (kind == "body" and self.g.names_country(self.text[start:end]))
        m = Found(start, end, actor, kind, person, sentence, paragraph, noun, worded=worded)
        if person is not None and kind in ("name", "role"):
            m.last_kim = not _APPOSITIVE.search(self.text[max(0, start - 6) : start])
            if m.last_kim or person.surname not in self.by_surname:
                self.by_surname[person.surname] = person
        self.out.append(m)

    def _where(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self.starts, offset) - 1
        if index < 0:
            return 0, 0
        s = self.sentences[index]
        return s.index, s.paragraph

    def _gap(self, a: int, b: int) -> str:
        return self.text[a:b] if b - a < 40 else "\x00"
