"""Build a Gazetteer from the parsed knowledge tables, checking every entry.

Needs: the parsed countries.yaml, actors.yaml, weapons.yaml, places.yaml and name_words.yaml
(file name -> data). Adds: the filled `Gazetteer` with its compiled alias patterns, or one KnowledgeError
listing every problem (unknown codes, bad dates, overlapping terms of one role, an alias
with two meanings, missing fields), each with its file and entry number.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from peninsula.knowledge.alias_forms import compass_variant, korean_variants, trie_pattern
from peninsula.knowledge.gazetteer import (
    KOREAN_CODES,
    SECTORS,
    BodyWord,
    Gazetteer,
    Generic,
    Meaning,
    Person,
    Term,
    Thing,
    _normalise_key,
    fold,
)
from peninsula.knowledge.load import Problems
from peninsula.models import Actor

__all__ = ["Builder", "parse_day", "trie_pattern"]  # trie_pattern: read/clean.py builds on it

_NOT_NAME_LISTS = ("everywhere", "after_title", "before_body")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]*")


def parse_day(value: Any, where: str, problems: Problems) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems.add(where, f"not an ISO date: {value!r}")
        return None


class Builder:
    """Checks the tables entry by entry and fills a Gazetteer; problems are collected."""

    def __init__(self, tables: dict[str, Any]) -> None:
        self.tables = tables
        self.problems = Problems()
        self.g = Gazetteer()
        self.origin: dict[str, str] = {}  # alias -> where it was first defined
        self.flexible: list[str] = []  # person names matched even when glued to a word

    def build(self) -> Gazetteer:
        countries = self._table("countries.yaml", ("countries", "organisations", "not_typos"))
        actors = self._table(
            "actors.yaml",
            ("roles", "people", "bodies", "generic", "pronouns", "unknown_bodies", "body_markers"),
        )
        weapons = self._table("weapons.yaml", ("weapons", "spellings"))
        places = self._table("places.yaml", ("places",))
        name_words = self._table("name_words.yaml", ())
        self._countries(countries)
        self._actors(actors)
        self._things("weapons.yaml", weapons, self.g.weapons)
        self._things("places.yaml", places, self.g.places)
        self._name_words(name_words)
        self.problems.raise_if_any()
        g = self.g
        g.glue_names = tuple(dict.fromkeys(self.flexible))
        flexible = set(self.flexible)
        strict = sorted(a for a in g.aliases if a not in flexible)
        g.actor_pattern = re.compile(
            f"(?:{trie_pattern(self.flexible)})|(?<!\\w)(?:{trie_pattern(strict)})(?!\\w)"
        )
        heads = sorted(g.body_heads)
        g.head_pattern = re.compile(f"\\b(?:{trie_pattern(heads)})(?![\\w-])")
        end = r"(?![\w]|[\-\u2013][A-Za-z0-9])"
        for attr, table in (("weapon_pattern", g.weapons), ("place_pattern", g.places)):
            pattern = f"(?<![\\w\\-])(?:{trie_pattern(sorted(table))})s?{end}"
            setattr(g, attr, re.compile(pattern, re.IGNORECASE))
        return g

    # -- helpers -------------------------------------------------------------------------

    def _table(self, name: str, sections: tuple[str, ...]) -> dict[str, Any]:
        data = self.tables.get(name)
        if not isinstance(data, dict):
            self.problems.add(name, "not a mapping with a version and sections")
            return {}
        if not isinstance(data.get("version"), int):
            self.problems.add(f"{name} -> version", "missing or not an integer")
        for section in sections:
            if not isinstance(data.get(section, []), list):
                self.problems.add(f"{name} -> {section}", "not a list")
                data = {**data, section: []}
        return data

    def _entries(self, name: str, data: dict[str, Any], section: str, required: tuple[str, ...]):
        for number, entry in enumerate(data.get(section) or [], 1):
            where = f"{name} {section} entry {number}"
            if not isinstance(entry, dict):
                self.problems.add(where, "not a mapping")
                continue
            missing = [f for f in required if entry.get(f) in (None, "", [])]
            for f in missing:
                self.problems.add(f"{where} -> {f}", "missing required field")
            if not missing:
                yield where, entry

    def _alias(self, alias: str, meaning: Meaning, where: str, flexible: bool = False) -> None:
        # the text is scanned with its diacritics folded: "Erdoğan" is also "Erdogan"
        variants = [alias, alias.replace("'", "\u2019"), fold(alias)]
        compass = compass_variant(alias)
        if compass:
            variants += [compass, compass.replace("'", "\u2019")]
        for variant in dict.fromkeys(variants):
            known = self.g.aliases.get(variant)
            if known is not None and known != meaning:
                if variant == alias:
                    self.problems.add(
                        f"{where} -> aliases",
                        f"'{alias}' already means {_describe(known)} ({self.origin[variant]})",
                    )
                continue
            self.g.aliases[variant] = meaning
            self.origin.setdefault(variant, where)
            if flexible:
                self.flexible.append(variant)

    def _code(self, code: Any, where: str) -> str | None:
        if not isinstance(code, str) or not self.g.is_code(code):
            self.problems.add(f"{where} -> code", f"unknown country code {code!r}")
            return None
        return code

    def _placed(self, placed: Any, where: str) -> str | None:
        if placed is not None and placed not in ("sentence", "definite"):
            self.problems.add(
                f"{where} -> placed", f"must be 'sentence' or 'definite', not {placed!r}"
            )
            return None
        return placed

    def _sector(self, sector: Any, where: str) -> str | None:
        if sector is not None and sector not in SECTORS:
            self.problems.add(f"{where} -> sector", f"unknown sector {sector!r}")
            return None
        return sector

    # -- name_words.yaml -----------------------------------------------------------------

    def _name_words(self, data: dict[str, Any]) -> None:
        """Words that are no part of a name: those in none, and those after a title or
        before a body's name."""
        table = data.get("not_names")
        if not isinstance(table, dict):
            self.problems.add("name_words.yaml -> not_names", "missing mapping of word lists")
            return
        words = {key: self._capitalised_words(table, key) for key in _NOT_NAME_LISTS}
        everywhere = words["everywhere"]
        self.g.not_names_after_title = everywhere | words["after_title"]
        self.g.not_names_in_body = everywhere | words["before_body"]

    def _capitalised_words(self, table: dict[str, Any], key: str) -> frozenset[str]:
        where = f"name_words.yaml -> not_names -> {key}"
        value = table.get(key)
        if not isinstance(value, str) or not value.split():
            self.problems.add(where, "must be one string of words separated by spaces")
            return frozenset()
        for word in value.split():
            if not _CAPITALISED_WORD.fullmatch(word):
                self.problems.add(where, f"{word!r} is not one capitalised word")
        return frozenset(value.split())

    # -- countries.yaml ------------------------------------------------------------------

    def _countries(self, data: dict[str, Any]) -> None:
        name = "countries.yaml"
        rows = list(self._entries(name, data, "countries", ("code", "name")))
        for where, row in rows:
            code = str(row["code"])
            if not re.fullmatch(r"[A-Z]{3}", code):
                self.problems.add(f"{where} -> code", f"not an ISO 3166 alpha-3 code: {code!r}")
            elif code in self.g.countries:
                self.problems.add(f"{where} -> code", f"{code} defined twice")
            self.g.countries[code] = row["name"]
        orgs = list(self._entries(name, data, "organisations", ("code", "name")))
        for _, row in orgs:
            self.g.organisations.setdefault(str(row["code"]), row["name"])
        self.g.national_societies = frozenset(
            str(row["code"]) for _, row in orgs if row.get("national_societies")
        )
        for where, row in rows:
            code = row["code"]
            country = Actor(code)
            for alias in [row["name"], *row.get("names", [])]:
                self._alias(alias, Meaning("country", country), where)
            for alias in row.get("demonyms", []):
                self._alias(alias, Meaning("demonym", country), where)
            government = Actor(code, "GOV")
            metonyms = list(row.get("metonyms", []))
            if row.get("capital") and row.get("capital_metonym", True):
                metonyms.insert(0, row["capital"])
            for alias in metonyms:
                self._alias(alias, Meaning("metonym", government), where)
            for alias in row.get("korean_context", []):
                self._alias(alias, Meaning("metonym", government, korean_only=True), where)
        for where, row in orgs:
            code = self._code(row["code"], where)
            sector = self._sector(row.get("sector", "IGO"), where)
            if code:
                actor = Actor(code, sector, row["name"])
                for alias in [row["name"], *row.get("aliases", [])]:
                    self._alias(alias, Meaning("body", actor, noun=row.get("noun", "")), where)
        self._typo_index(rows)
        for number, word in enumerate(data.get("not_typos") or [], 1):
            if not isinstance(word, str):
                self.problems.add(f"{name} not_typos entry {number}", "not a word")
        self.g.not_typos = frozenset(w for w in data.get("not_typos") or [] if isinstance(w, str))
        for word in data.get("not_actors") or []:
            # "Indian hemp", "Chinese cabbage": the country word names a thing, not an actor
            self._alias(str(word), Meaning("thing"), f"{name} not_actors")
        for where, row in self._entries(name, data, "joint", ("alias", "codes")):
            codes = [c for c in row["codes"] if self._code(c, where)]
            # "the north and the south": names both Koreas only in an article about them
            korean = bool(row.get("korean_context"))
            meaning = Meaning("country", Actor(";".join(codes)), korean_only=korean)
            self._alias(row["alias"], meaning, where)

    def _typo_index(self, rows: list[tuple[str, dict[str, Any]]]) -> None:
        """Index the one-word names and demonyms of sovereign countries (those with a
        capital) by every form with one letter dropped, to find misspellings of them."""
        index: dict[str, set[str]] = {}
        for _, row in rows:
            if not row.get("capital"):
                continue
            for word in [row["name"], *row.get("names", []), *row.get("demonyms", [])]:
                if not (isinstance(word, str) and word.isalpha() and len(word) >= 5):
                    continue
                index.setdefault(word, set()).add(word)
                for i in range(1, len(word)):
                    index.setdefault(word[:i] + word[i + 1 :], set()).add(word)
        self.g.typo_index = {k: tuple(sorted(v)) for k, v in index.items()}

    # -- actors.yaml ---------------------------------------------------------------------

    def _actors(self, data: dict[str, Any]) -> None:
        name = "actors.yaml"
        for where, row in self._entries(name, data, "roles", ("id", "title")):
            self._code(str(row["id"]).split(".")[0], where)
            self.g.roles[row["id"]] = row["title"]
        for where, row in self._entries(name, data, "generic", ("nouns",)):
            generic = Generic(
                self._sector(row.get("sector"), where),
                row.get("role"),
                row.get("body"),
                row.get("default") and self._code(row["default"], where),
                self._placed(row.get("placed"), where),
            )
            for noun in row["nouns"]:
                self.g.generic[noun.lower()] = generic
                for variant in _case_variants(noun):
                    self._alias(variant, Meaning("generic", ref=noun.lower()), where)
        for where, row in self._entries(name, data, "pronouns", ("words", "need")):
            for word in row["words"]:
                for variant in dict.fromkeys([word, word[:1].upper() + word[1:]]):
                    self._alias(variant, Meaning("pronoun", ref=row["need"]), where)
        for where, row in self._entries(name, data, "collective", ("words", "codes")):
            self._collective(where, row)
        for where, row in self._entries(name, data, "unknown_bodies", ("heads", "sector")):
            word = BodyWord(self._sector(row["sector"], where))
            for head in row["heads"]:
                self.g.body_heads[head] = word
        for where, row in self._entries(name, data, "body_markers", ("words",)):
            code = row.get("code") and self._code(row["code"], where)
            campaign, people = bool(row.get("campaign")), bool(row.get("people"))
            word = BodyWord(self._sector(row.get("sector"), where), code or None, campaign, people)
            for marker in row["words"]:
                self.g.body_markers[marker] = word
        modifiers = data.get("group_modifiers") or []
        if not all(isinstance(w, str) for w in modifiers):
            self.problems.add(f"{name} -> group_modifiers", "a list of words")
        self.g.group_modifiers = frozenset(w for w in modifiers if isinstance(w, str))
        for where, row in self._entries(name, data, "titles", ("words",)):
            # a title with a sector also introduces a stranger: "General Michel Aoun"
            sector = self._sector(row.get("sector"), where) or ""
            for word in row["words"]:
                self._alias(word, Meaning("title", sector=sector), where)
        for where, row in self._entries(name, data, "people", ("name", "code", "sector", "gender")):
            self._person(where, row)
        for where, row in self._entries(name, data, "bodies", ("name", "code", "sector")):
            code, sector = self._code(row["code"], where), self._sector(row["sector"], where)
            if code:
                actor = Actor(code, sector, row["name"])
                self.g.bodies.setdefault(row["name"], actor)
                meaning = Meaning("body", actor, noun=row.get("noun", ""))
                for alias in [row["name"], *row.get("aliases", [])]:
                    self._alias(alias, meaning, where)
        self._check_terms()

    def _collective(self, where: str, row: dict[str, Any]) -> None:
        """Words for a group of countries that the context names: "the hostile forces"."""
        codes = row["codes"]
        if codes == "nearby":
            actor = None
        elif isinstance(codes, list) and all(self._code(c, where) for c in codes):
            actor = Actor(";".join(codes), self._sector(row.get("sector"), where))
        else:
            self.problems.add(f"{where} -> codes", "a list of codes, or 'nearby'")
            return
        count = row.get("count", 0)
        if actor is None and not (isinstance(count, int) and count >= 2):
            self.problems.add(f"{where} -> count", "'nearby' needs a count of 2 or more")
        meaning = Meaning("collective", actor, ref=f"{row.get('source', '')}:{count}")
        for word in row["words"]:
            for variant in dict.fromkeys([word, word[:1].upper() + word[1:]]):
                self._alias(variant, meaning, where)

    def _person(self, where: str, row: dict[str, Any]) -> None:
        code, sector = self._code(row["code"], where), self._sector(row["sector"], where)
        if row["gender"] not in ("m", "f"):
            self.problems.add(f"{where} -> gender", f"must be m or f, not {row['gender']!r}")
        terms = []
        for number, term in enumerate(row.get("terms", []), 1):
            at = f"{where} -> terms[{number}]"
            if not isinstance(term, dict) or not term.get("role") or not term.get("start"):
                self.problems.add(at, "needs role and start")
                continue
            if term["role"] not in self.g.roles:
                self.problems.add(f"{at}.role", f"unknown role {term['role']!r}")
            start = parse_day(term["start"], f"{at}.start", self.problems)
            end = term.get("end") and parse_day(term["end"], f"{at}.end", self.problems)
            if start and end and end <= start:
                self.problems.add(f"{at}.end", "ends before it starts")
            if start:
                terms.append(Term(term["role"], start, end or None))
        if not code:
            return
        full = row["name"]
        korean = code in KOREAN_CODES or row.get("korean_name", False)
        first = korean or code == "CHN"
        surname = row.get("surname") or (full.split()[0] if first else full.split()[-1])
        if first:
            self.g.surname_first.add(surname)
        if row.get("surname_alone"):
            self.g.surname_alone.add(surname)
        person = Person(full, code, sector or "GOV", row["gender"], surname, tuple(terms))
        if full in self.g.people:
            self.problems.add(f"{where} -> name", f"{full!r} defined twice")
        self.g.people[full] = person
        meaning = Meaning("name", person.actor, ref=full)
        names = [full, *row.get("aliases", [])]
        if korean:
            names = [v for n in names for v in korean_variants(n)]
        for alias in dict.fromkeys(names):
            self._alias(alias, meaning, where, flexible=korean and len(alias.split()) >= 3)
        self.g.surnames[surname] = (*self.g.surnames.get(surname, ()), full)
        if surname not in self.g.aliases:
            self.g.aliases[surname] = Meaning("surname", ref=surname)
            self.origin[surname] = where
        for term in terms:
            self.g._holders.setdefault(term.role, []).append((term, person))

    def _check_terms(self) -> None:
        for role, holders in self.g._holders.items():
            holders.sort(key=lambda pair: pair[0].start)
            for (a, pa), (b, pb) in zip(holders, holders[1:], strict=False):
                if a.end is None or b.start < a.end:
                    self.problems.add(
                        f"actors.yaml people '{pb.name}' -> terms",
                        f"{role} from {b.start} overlaps {pa.name}'s term from {a.start}",
                    )

    # -- weapons.yaml, places.yaml --------------------------------------------------------

    def _things(self, name: str, data: dict[str, Any], table: dict[str, Thing]) -> None:
        section = "weapons" if name == "weapons.yaml" else "places"
        spellings: dict[str, list[str]] = {}
        for _where, row in self._entries(name, data, "spellings", ("stem", "variants")):
            spellings[row["stem"]] = list(row["variants"])
        for where, row in self._entries(name, data, section, ("name", "category")):
            code = row.get("code") and self._code(row["code"], where)
            thing = Thing(row["name"], row["category"], code or None)
            for alias in [row["name"], *row.get("aliases", [])]:
                for variant in _spelled(alias, spellings):
                    key = _normalise_key(variant)
                    known = table.get(key)
                    if known is not None and known != thing:
                        self.problems.add(
                            f"{where} -> aliases", f"'{variant}' already means {known.name}"
                        )
                    table[key] = thing


def _spelled(alias: str, spellings: dict[str, list[str]]) -> list[str]:
    for stem, variants in spellings.items():
        if alias.startswith(stem):
            return [v + alias[len(stem) :] for v in [stem, *variants]]
    return [alias]


def _case_variants(noun: str) -> list[str]:
    """ "minister of defence", "Minister of defence", "Minister of Defence" and, as KCNA
    writes after a prefix ("vice-minister of Defence"), "minister of Defence"."""
    title = " ".join(w[:1].upper() + w[1:] if w not in ("of", "the") else w for w in noun.split())
    tail = title[:1].lower() + title[1:] if noun[:1].islower() else title
    return list(dict.fromkeys([noun, noun[:1].upper() + noun[1:], title, tail]))


def _describe(meaning: Meaning) -> str:
    if meaning.actor is not None:
        return f"{meaning.kind} {meaning.actor.code}" + (
            f" {meaning.actor.name}" if meaning.actor.name else ""
        )
    return f"{meaning.kind} {meaning.ref}".strip()
