"""Resolve pronouns to the actors they stand for, reading an article left to right.

Needs: the mentions found so far in text order (`actor_context.Found`), the sentence
starts and the publication day. Adds each resolved pronoun as a mention, through the
resolver's `_add`. `actors._Resolver` inherits this: "it" and "they" continue the subject
of their sentence or of the one before, but not an actor that sentence names only as an
object or far from its opening ("The appeal condemned the crimes of the U.S. It stressed
..."); "he" and "she" may reach back two paragraphs; "rejects it" is the most recent
other actor, not its clause's own subject.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from peninsula.knowledge.gazetteer import Meaning, Person
from peninsula.models import Actor
from peninsula.understand.actor_context import PERSON_NOUN, Found, compatible, object_position

Match = tuple[int, int, Meaning]  # a scanned name: span and meaning


class PronounResolution:
    """Pronoun rules of the actor resolver; the resolver supplies its state and `_add`."""

    text: str
    day: date | None
    out: list[Found]
    starts: list[int]
    filed: int  # where the dateline ends: its place and agency are no one "it" refers to

    def _where(self, offset: int) -> tuple[int, int]:
        raise NotImplementedError

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

    def _pronoun(self, start: int, end: int, need: str, nxt: Match | None = None) -> None:
        """A pronoun mostly continues the subject: the first fitting actor of its sentence
        (before it), else of the sentence before; else the most recent one nearby."""
        sentence, paragraph = self._where(start)
        day = self.day
        if need == "thing" and object_position(self.text, start, end):
            self._object_pronoun(start, end, sentence)
            return
        if need in ("m", "f") and _SAYS_AFTER.match(self.text, end):
            spoke = self._last_speaker(sentence, need)
            if spoke is not None:  # "Hu said: I met Kim twice ... , he added": Hu
                self._add(start, end, spoke.actor, "pronoun", spoke.person, noun=spoke.noun)
                return
            titled = self._titled_speaker(start)
            if titled is not None:  # "..., the chairman said. ..., he added": his party's
                self._add(start, end, titled.actor, "pronoun", None, noun=PERSON_NOUN)
                return
        first: dict[int, Found] = {}  # sentence -> its first fitting actor
        for m in reversed(self.out):
            if m.sentence < sentence - 1 or m.start < self.filed:
                break
            if compatible(m, need, day) and not self._in_compound(m):
                first[m.sentence] = m
        if need in ("thing", "group") and self._reporting(start, end):
            first.pop(sentence, None)  # "The U.S. is the culprit, it said": not the U.S.
        m = first.get(sentence) or first.get(sentence - 1)
        if m is not None and m.sentence < sentence and need == "thing" and self._oblique(m):
            return  # "The appeal condemned the crimes of the U.S. It stressed ...": the appeal
        if m is not None and need in ("thing", "group") and self._own_object(end, m, nxt):
            return  # "It urged the U.S. to ...": whoever "it" is, not the U.S.
        if m is not None:
            noun = PERSON_NOUN if need in ("m", "f") and m.person is None else m.noun
            self._add(start, end, m.actor, "pronoun", m.person, noun=noun)
            return
        if need in ("group", "thing"):
            return
        for m in reversed(self.out):
            if m.paragraph < paragraph - 2 or m.start < self.filed:
                return
            if compatible(m, need, day):
                self._add(start, end, m.actor, "pronoun", m.person, noun=m.noun)
                return

    def _last_speaker(self, sentence: int, need: str) -> Found | None:
        """The most recent fitting person of this or the two sentences before who is the
        subject of a speech verb ("Hu said", "said the president")."""
        for m in reversed(self.out):
            if m.sentence < sentence - 2:
                return None
            if not compatible(m, need, self.day):
                continue
            if named_as_speaker(self.text, m.start, m.end):
                return m
        return None

    def _titled_speaker(self, start: int) -> Found | None:
        """The body of a speaker last called by title alone ("..., the chairman said"), as
        the article introduced him ("Ri, chairman of the Workers' Party of X, issued ...")."""
        found = list(_TITLE_SAYS.finditer(self.text, max(0, start - _TITLE_SAYS_WITHIN), start))
        if not found:
            return None
        said = found[-1]
        title = re.search(r"\b" + said.group(1) + r"\s+of\b", self.text, re.IGNORECASE)
        if title is None or title.start() >= said.start():
            return None
        clause = _CLAUSE_END.search(self.text, title.end())
        stop = min(clause.start() if clause else len(self.text), title.end() + _TITLE_REACH)
        bodies = [m for m in self.out if title.end() <= m.start < stop and m.kind in _TITLE_BODIES]
        return bodies[-1] if bodies else None

    def _in_compound(self, m: Found) -> bool:
        """ "anti-DPRK drills", "a DPRK-targeted war": a name inside a hyphenated modifier
        is no subject that "it" could continue."""
        return _HYPHEN_BEFORE.search(self.text, max(0, m.start - 12), m.start) is not None or bool(
            _HYPHEN_AFTER.match(self.text, m.end)
        )

    def _oblique(self, m: Found) -> bool:
        """Whether a mention is not its sentence's subject: the object of a preposition or
        of a verb of judging or asking ("The resolution denounced the U.S. policy"), or far
        into a sentence that opens on something else ("Such activities ... demanding the
        U.S. withdrawal ..., the appeal said")."""
        index = bisect_right(self.starts, m.start) - 1
        opening = self.starts[index] if index >= 0 else 0
        if m.start - opening > _SUBJECT_WITHIN:
            return True
        if _ADDRESSING_VERB.search(self.text, opening, m.start):
            return True
        return _PREPOSITION_BEFORE.search(self.text[max(0, m.start - 24) : m.start]) is not None

    def _reporting(self, start: int, end: int) -> bool:
        """ "..., it said", "..., they stressed": a reporting clause after what was said; the
        actors of the words reported are not who reports them."""
        before = self.text[max(0, start - 3) : start]
        return "," in before and _SAYS_AFTER.match(self.text, end) is not None

    def _own_object(self, end: int, m: Found, nxt: Match | None) -> bool:
        """ "It urged the U.S.", "They accused Japan": a pronoun never names the object of
        its own verb, so an antecedent that is the object (its state as a whole, or the
        same part or person of it) is the wrong one."""
        if nxt is None or nxt[2].actor is None or not nxt[2].actor.code:
            return False
        if _ADDRESSING_GAP.fullmatch(self.text, end, nxt[0]) is None:
            return False
        them = nxt[2].actor
        if them.code != m.actor.code or them.name not in (None, m.actor.name):
            return False  # "They (workers) denounced Park": one country, two sides
        return them.sector in (None, m.actor.sector)

    def _object_pronoun(self, start: int, end: int, sentence: int) -> None:
        """ "denounces and rejects it": not the clause's own subject, but the most recent
        other fitting actor of the sentence or the one before."""
        subject: Found | None = None
        for m in reversed(self.out):
            if m.sentence != sentence:
                break
            if not _PREPOSITION_BEFORE.search(self.text[max(0, m.start - 24) : m.start]):
                subject = m
                break
        for m in reversed(self.out):
            if m.sentence < sentence - 1 or m.start < self.filed:
                return
            if m is subject or (subject is not None and m.actor.code == subject.actor.code):
                continue
            if compatible(m, "thing", self.day):
                self._add(start, end, m.actor, "pronoun", m.person, noun=m.noun)
                return


# "anti-DPRK", "U.S.-led": a name joined to a common word; not a dash ("(KCNA) --Kim")
# nor a pair of parties ("the south Korea-U.S. alliance")
_HYPHEN_BEFORE = re.compile(r"\b[a-z]+-$")
_HYPHEN_AFTER = re.compile(r"-[a-z]")
_SUBJECT_WITHIN = 60  # characters: a sentence's subject stands near its opening
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|by|to|with|at|in|on|from|for|against|toward|towards|between|among)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# verbs of judging or asking whose object is an actor: "denounced the U.S."
_ADDRESSING = (
    r"(?:denounced|condemned|urged|accused|called\s+(?:on|upon)|blamed|criticized|criticised|"
    r"slammed|warned|praised|lauded|hailed|welcomed|rejected|demanded|asked|requested|"
    r"told|informed|thanked|supported|censured|castigated|assailed|charged)"
)
_ADDRESSING_VERB = re.compile(r"\b" + _ADDRESSING + r"\b", re.IGNORECASE)
# the pronoun's own verb right before the next actor: "It urged the U.S."
_ADDRESSING_GAP = re.compile(
    r"\s+(?:\w+ly\s+)?(?:also\s+)?" + _ADDRESSING + r"\s+(?:the\s+)?", re.IGNORECASE
)


def named_as_speaker(text: str, start: int, end: int) -> bool:
    """Whether the mention at `start:end` is who speaks: "Hu said", "Hu also added",
    "..., said the president". Also what relayed statements ask of their speakers."""
    if _SAYS_AFTER.match(text, end):
        return True
    return _SAYS_BEFORE.search(text, max(0, start - _SAYS_BEFORE_WITHIN), start) is not None


# "the chairman said": a speaker known by title alone, within a few sentences before
_TITLE_SAYS = re.compile(
    r"\bthe\s+(chairman|chairwoman|chairperson|president|secretary-general|general secretary|"
    r"director|leader)\s+(?:also\s+)?(?:said|added|stressed|noted|continued|went on)\b"
)
_TITLE_SAYS_WITHIN = 600  # characters
_CLAUSE_END = re.compile(r",\s|;|\b(?:said|issued|sent|made)\b")
_TITLE_BODIES = ("body", "country", "demonym")  # "of the Socialist Party of Chile": Chile
_TITLE_REACH = 100  # characters: "chairman of the C.C. of the Workers' Party of X"
_SPEECH_VERBS = (
    r"(?:said|says|added|adds|stressed|noted|continued|went on|recalled|declared|pointed out)"
)
# "he said", "Hu added": the speaker right before a speech verb
_SAYS_AFTER = re.compile(r",?\s+(?:also\s+|further\s+)?" + _SPEECH_VERBS + r"\b")
# "..., said Hu": the speaker right after it
_SAYS_BEFORE = re.compile(_SPEECH_VERBS + r"\s+(?:the\s+)?$")
_SAYS_BEFORE_WITHIN = 12  # characters: "said the " before the name
