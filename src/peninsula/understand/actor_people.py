"""Resolve people by title and surname, reading an article left to right.

Needs: the mentions found so far in text order (`actor_context.Found`), the gazetteer and
the publication day. Adds nothing itself: `actors._Resolver` inherits these rules. "the
president" alone is the last president named (else Seoul's in Korean news); a role with
a country is its holder on the day; a surname alone is the person last named in full, or
after a title the one holding it; "Kim" alone in Korean news is the leader of the day.
"""

from __future__ import annotations

import re
from datetime import date

from peninsula.knowledge.gazetteer import Gazetteer, Meaning, Person
from peninsula.understand.actor_context import LEADER_ROLES, Found

_GIVEN_NAME = re.compile(r"[ \u00a0]+[A-Z][a-z]")
# "the President" with a capital and no "of ...": the title the story gave someone
# ("President Kim Il Sung"), not "the president of the Committee"
_BARE_TITLE = re.compile(r"[A-Z][a-z]+(?![\w-]| of\b)")


class PeopleResolution:
    """Title and surname rules of the actor resolver; the resolver supplies its state."""

    g: Gazetteer
    text: str
    day: date | None
    korean: bool
    out: list[Found]
    by_surname: dict[str, Person]

    def _introduces(self, nxt: tuple[int, int, Meaning]) -> bool:
        """Whether the next match is a known person a title could introduce; not "Pak"
        of "Pak Myong Ho", someone unknown who shares a known surname."""
        kind, ref = nxt[2].kind, nxt[2].ref
        if kind == "surname" and ref in self.g.surname_first:
            return _GIVEN_NAME.match(self.text, nxt[1]) is None
        return kind in ("name", "surname")

    def _role_holder(self, code: str | None, role: str) -> Person | None:
        if code is None:
            # "the president" alone: the last president named, else Seoul's in Korean news
            for m in reversed(self.out):
                if m.person and any(r.endswith("." + role) for r in m.person.roles_on(self.day)):
                    return m.person
            if role == "president" and self.korean:
                return self.g.holder_person("KOR.president", self.day)
            return None
        roles = LEADER_ROLES if role == "leader" else (role,)
        for suffix in roles:
            person = self.g.holder_person(f"{code}.{suffix}", self.day)
            if person is not None:
                return person
        return None

    def _last_titled(self, role: str, start: int) -> Person | None:
        """The person a bare "the President" at `start` stands for when the text has given
        someone that very title ("President Kim Il Sung ... the President laid bare"): in a
        story of 1937 he is meant, though he holds no presidency on the day and the story
        names Japan."""
        if not _BARE_TITLE.match(self.text, start):
            return None
        for m in reversed(self.out):
            if m.person is None:
                continue
            before = self.text[max(0, m.start - len(role) - 2) : m.start].lower().rstrip()
            span = self.text[m.start : m.end].lower()
            if before.endswith(role) or span.startswith(role + " "):
                return m.person
        return None

    def _surname(self, surname: str, start: int, titled: str | None) -> Person | None:
        names = self.g.surnames.get(surname, ())
        people = [self.g.people[n] for n in names]
        if titled:
            for person in people:
                if any(r.endswith("." + titled) for r in person.roles_on(self.day)):
                    return person
        known = self.by_surname.get(surname)
        if known is not None:
            return known
        if titled is not None:
            holding = [p for p in people if p.roles_on(self.day)] if self.day else []
            if len(holding) == 1:
                return holding[0]
        if surname in self.g.surname_alone and len(people) == 1:
            return people[0]
        if surname == "Kim" and self.korean:
            return self.g.holder_person("PRK.leader", self.day)
        return None
