"""Resolve generic nouns ("the foreign ministry", "the president", "police") and titles
before unknown names, reading an article left to right.

Needs: the mentions found so far in text order (`actor_context.Found`), the gazetteer, the
publication day and, in state media, the story's role scope. `actors._Resolver` inherits
these rules: a generic noun takes its country from a possessor ("Russia's foreign
ministry"), an "of"-phrase ("the president of Guyana") or "in"-phrase ("security forces in
Guinea"); a role without one is the holder named or titled before it, else the holder of
the scope's country on the day; a lone "police" waits for its sentence's sole country.
"""

from __future__ import annotations

import re

from peninsula.knowledge.gazetteer import Meaning, Person
from peninsula.models import Actor
from peninsula.understand.actor_context import (
    COUNTRYLIKE,
    FOREIGN_BODY,
    INTERNATIONAL_BODY,
    Found,
    envoy_antecedent,
    led_by,
    looks_korean,
    title_antecedent,
    unknown_name_after,
)
from peninsula.understand.actor_deferred import Unplaced, named_otherwise
from peninsula.understand.actor_people import PeopleResolution
from peninsula.understand.actor_scope import RoleScope

_POSSESSOR_GAP = re.compile(
    r"^(?:['\u2019]s?)?\s*(?:(?P<mod>(?:top|senior|ruling|state|state-run|official|new|"
    r"current|hardline|conservative|liberal|chief|main|former|then|vice|deputy|first|late|junior|"
    r"acting|ex-|puppet|so-called)(?:\s+|-)){0,2})"
    # "Nicaragua's Sandinista government": a possessor's own party or faction names it
    r"(?:(?<=['\u2019]s\s)(?-i:[A-Z][a-z]+)\s+)?$",
    re.IGNORECASE,
)
_NO_PERSON = re.compile(r"\b(former|then|vice|deputy|first|late|acting|ex-)\b", re.IGNORECASE)
# "the mayor of Yangon City of Myanmar", "the governor of Quneitra Province of Syria": a
# town or province told before its country
_LOCALITY = (
    r"(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:City|Province|Prefecture|Region|County|District|"
    r"Municipality|Governorate|Oblast|State)\s+of\s+(?:the\s+)?"
)
# "foreign minister of the Republic of Belarus": the country word may follow its form
_OF_GAP = re.compile(
    r"^\s+of\s+(?:the\s+)?(?:(?:(?:Federal|Islamic|People's|Democratic|Socialist|Arab|"
    r"United)\s+)*(?:Republic|Kingdom|State|Federation|Sultanate|Principality)\s+of\s+"
    r"(?:the\s+)?|" + _LOCALITY + r")?$"
)
# "security forces in Guinea", "rebels in the Ivory Coast": a group named by where it acts
_IN_GAP = re.compile(r"^\s+in\s+(?:the\s+)?$")
TITLE_GAP = re.compile(r"^\s*$")
_THE = re.compile(r"\b[Tt]he\s+$")
# "the army said", "the military, which ...": the noun acts; "the military effect" is an adjective
_ACTS = re.compile(
    r"\s*[.,;:)'\u2019\"]|\s*$|\s+(?:said|says|say|has|have|had|was|were|is|are|will|would|"
    r"could|can|may|might|must|should|did|does|also|then|\w+ed)\b"
)


class GenericResolution(PeopleResolution):
    """Generic-noun rules of the actor resolver; the resolver supplies its state, `_add`,
    `_where` and `_gap`."""

    kcna: bool
    scope: RoleScope | None
    unplaced: list[Unplaced]
    _titled: str | None

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
        raise NotImplementedError

    def _where(self, offset: int) -> tuple[int, int]:
        raise NotImplementedError

    def _gap(self, a: int, b: int) -> str:
        raise NotImplementedError

    def _generic(self, start: int, end: int, meaning: Meaning, nxt) -> int:
        generic = self.g.generic[meaning.ref]
        code: str | None = None
        owner: Found | None = None
        consumed = 0
        no_person = False
        prev = self.out[-1] if self.out else None
        if prev is not None and prev.kind in COUNTRYLIKE and prev.actor.name is None:
            gap = _POSSESSOR_GAP.match(self._gap(prev.end, start))
            if gap is not None:
                owner, code = prev, prev.actor.code
                no_person = bool(gap.group("mod") and _NO_PERSON.search(gap.group("mod")))
        if (
            code is None
            and generic.role
            and prev is not None
            and (prev.kind in COUNTRYLIKE or prev.kind == "body")
            and led_by(self.text, prev.end, start)
        ):
            code = prev.actor.code  # "a delegation of Russia led by Vice-Minister ..."
        if code is None and nxt is not None:
            n_start, n_end, n_meaning = nxt
            if n_meaning.kind in COUNTRYLIKE and _OF_GAP.match(self._gap(end, n_start)):
                assert n_meaning.actor is not None
                code, consumed = n_meaning.actor.code, 1
                end = n_end
            elif (
                n_meaning.kind in COUNTRYLIKE
                and not generic.role
                and not generic.body
                and _IN_GAP.match(self._gap(end, n_start))
            ):
                assert n_meaning.actor is not None
                code, consumed = n_meaning.actor.code, 1  # "security forces in Guinea"
                end = n_end
        if nxt is not None and not consumed and generic.role:
            if self._introduces(nxt) and TITLE_GAP.match(self._gap(end, nxt[0])):
                self._titled = generic.role  # "President Moon": the title introduces a name
                return 0
        self._titled = None
        before = self.text[max(0, start - 12) : start].lower()
        no_person = no_person or bool(_NO_PERSON.search(before[-10:]))
        named = unknown_name_after(self.text, end, self.g) if generic.role else None
        if named is not None:
            # a title that introduces someone the gazetteer does not know: his own country
            # is unknown, so only a country word around the title (or a Korean name in a
            # state-media dispatch) gives one; never the holder of the title
            if code is None and self.kcna and looks_korean(named[0], self.g):
                code = "PRK"
            code = code or generic.default  # "U.N. Secretary-General Kofi Annan"
            if code is None:
                # the country the sentence (or paragraph) alone names, once all are read
                self.unplaced.append(
                    Unplaced(start, named[1], Actor("", generic.sector, named[0]), "role")
                )
                return consumed
            span_start = owner.start if owner else start
            if owner:
                self.out.pop()
            actor = Actor(code, generic.sector, named[0])
            self._add(span_start, named[1], actor, "role", None, worded=bool(owner or consumed))
            return consumed
        if code is None and generic.role and _of_foreign_body(self.text, end):
            return consumed  # "the chairman of the Socialist Party of Chile": not Kim's title
        if code is None and generic.role:  # "... president of Guyana. The president said"
            code = title_antecedent(self.out, self.text, start, end, self._where(start)[0])
        if code is None and generic.role and not no_person:
            titled = self._last_titled(generic.role, start)
            if titled is not None:
                self._add(start, end, titled.actor, "role", titled)
                return consumed
        if code is None and generic.body == "Embassy":
            code = envoy_antecedent(self.out, self.text, self._where(start)[0])
        if code is None and (generic.role or generic.body):
            # a state agency's "the foreign ministry" is its own country's, unless the
            # story is about another country's (`actor_scope.py`)
            code = generic.default or (self.scope.place(start) if self.scope else None)
        if generic.role:
            person = None if no_person else self._role_holder(code, generic.role)
            if person is None and code is None:
                return consumed
            actor = person.actor if person else Actor(code or "", generic.sector)
            span_start = owner.start if owner else start
            if owner:
                self.out.pop()
            self._add(span_start, end, actor, "role", person, worded=bool(owner or consumed))
            return consumed
        code = code or generic.default  # "defectors": they act from the South
        if code is None:
            # "police", "the rebels" with no country word beside them: the sole country
            # their sentence names, once all are read; "the Korean people", "Tamil
            # rebels": a name we do not know says they are someone else's
            lone = generic.placed == "sentence" or (
                generic.placed == "definite"
                and _THE.search(self.text, max(0, start - 4), start) is not None
                and _ACTS.match(self.text, end) is not None
            )
            if lone and not named_otherwise(self.text, start, self.g.group_modifiers):
                self.unplaced.append(Unplaced(start, end, Actor("", generic.sector), "country"))
            return consumed
        actor = Actor(code, generic.sector, generic.body)
        kind = "body" if generic.body else (owner.kind if owner else "country")
        span_start = owner.start if owner else start
        if owner:
            self.out.pop()
        noun = meaning.ref.split()[-1]
        self._add(span_start, end, actor, kind, None, noun, worded=bool(owner or consumed))
        return consumed

    def _stranger(self, start: int, end: int, sector: str, nxt) -> int:
        """ "General Michel Aoun": a title with a sector before a name we do not know is
        someone of the sentence's sole country (a Korean name in state media: the DPRK)."""
        named = unknown_name_after(self.text, end, self.g)
        if named is None:
            return 0
        actor = Actor("PRK" if self.kcna and looks_korean(named[0], self.g) else "", sector)
        actor = Actor(actor.code, sector, named[0])
        if actor.code:
            self._add(start, named[1], actor, "role", None)
        else:
            self.unplaced.append(Unplaced(start, named[1], actor, "role"))
        return 1 if nxt is not None and nxt[0] < named[1] else 0


def _of_foreign_body(text: str, end: int) -> bool:
    """Whether a title is followed by the name of a foreign or international body ("the
    chairman of the Socialist Party of Chile"): that body's officer, not the title's holder."""
    return bool(FOREIGN_BODY.match(text, end) or INTERNATIONAL_BODY.match(text, end))
