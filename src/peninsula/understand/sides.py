"""Which side a mention is on when it stands near a nominal event: its doer or not.

Needs: the sentence text and its actor mentions (`participants.Local`). Adds nothing to
the document; `participants.py` asks these questions while it looks for a source:

- aimed at: "anti-DPRK exercises", "DPRK-targeted drills": the one a drill or a campaign
  is aimed at is never its doer;
- aside: "The U.S., disregarding the DPRK's warning, kicked off ...": a mention inside a
  comma-bounded aside between a subject and its verb is not the subject;
- owner: "the joint exercises of the U.S. and the ROK": a nominal event's owner follows it;
- judged: "They denounced the war drills": the one who denounces a drill, a launch or an
  attack named as a noun is not its doer;
- earned: "such moves deserve condemnation", "came under fire from Mexico": the subject
  is the one condemned; the doer is named after "from" or "by", else is the speaker;
- answered: "will answer the U.S. provocation with a blow": whom the head answers;
- home target: a rebel group's or an opposition's other side in its own country;
- struck: "killed in a NATO air strike in eastern Afghanistan": where an attack hit is
  whose people suffered it, when the victims name no actor.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from peninsula.models import Actor
from peninsula.understand.agent_phrases import is_passive

if TYPE_CHECKING:
    from peninsula.understand.local_mentions import Local


def aimed_at(text: str, m: Local) -> bool:
    """Whether the mention names whom something is aimed at: "anti-DPRK", "DPRK-targeted"."""
    before = text[max(0, m.start - 5) : m.start].lower()
    return before == "anti-" or _TARGETED_AFTER.match(text, m.end) is not None


def in_aside(text: str, m: Local, candidates: list[Local]) -> bool:
    """Whether the mention lies in an aside that follows an earlier mention: "The U.S.,
    disregarding the DPRK's warning, kicked off ...", or names the place an earlier one
    visits to do the act: "A delegation of Angola visited the DPRK embassy to express
    condolences" (the visitors condole, not the embassy)."""
    if (
        m.mention.kind != "pronoun"
        and _VISITED.search(text, max(0, m.start - 100), m.start)
        and _PURPOSE_AFTER.match(text, m.end)
        and any(other.end <= m.start for other in candidates)
    ):
        return True
    for other in candidates:
        if other.end <= m.start:
            aside = _ASIDE.match(text, other.end)
            if aside is not None and aside.end() > m.start:
                return True
    return False


def closes_aside(text: str, start: int, before: list[Local]) -> bool:
    """Whether the comma right before `start` closes a short aside opened right after a
    mention: "The DPRK, however, urged", "China, for its part, condemned". The mention is
    the verb's subject, not what a postposed speaker said."""
    return any(_SHORT_ASIDE.fullmatch(text, m.end, start) for m in before)


def owner_after(text: str, end: int, after: list[Local]) -> Local | None:
    """The owner named right after a nominal head: "the exercises of the U.S. forces"."""
    link = _OF_OWNER.match(text, end)
    if link is None:
        return None
    return next((m for m in after if m.start == link.end()), None)


def judged(text: str, source_end: int, start: int) -> bool:
    """Whether a verb of judgement stands between the source and a nominal head that is
    its object: the source denounces or opposes the act, it does not do it ("denounced
    the drills"; not "denounced the U.S. and staged a rally")."""
    verbs = list(_JUDGEMENT.finditer(text, source_end, start))
    if not verbs or is_passive(text, verbs[-1].start(), verbs[-1].end()):
        return False  # "China was accused of ethnic cleansing": the accused did it
    return _NOUN_PHRASE.fullmatch(text, verbs[-1].end(), start) is not None


def answered(text: str, m: Local, start: int) -> bool:
    """Whether the mention is the one answered by the head: "The KPA will answer the U.S.
    provocation with a merciless blow", "will respond to Japan's moves with strong
    counter-measures": what is answered is the other side's, the blow the subject's."""
    verb = _ANSWER_VERB.search(text, max(0, m.start - 40), m.start)
    return verb is not None and _ANSWERED_WITH.fullmatch(text, m.end, start) is not None


def earned(text: str, start: int, end: int, after: list[Local]) -> Local | None | bool:
    """For a head that the subject earns or draws ("deserve condemnation", "came under
    criticism from"): the doer named after "from" or "by", None when none is named; False
    when the head is no such thing."""
    if _EARNS.search(text, max(0, start - 60), start) is None:
        return False
    for m in after:
        if m.start - end > 60:
            break
        if _FROM_BY.search(text, max(end, m.start - 10), m.start):
            return m
    return None


def home_target(
    text: str, end: int, source: Actor, after: list[Local], between: list[Local]
) -> Actor | None:
    """The other side at home of a rebel group, an opposition or civilians: the first
    actor of their own country but of another sector after the head ("the opposition
    demanded that President X resign"), else between the source and the head ("rebels
    announced that President X must ...")."""
    stop = _STOP.search(text, end)
    limit = min(stop.start() if stop else len(text), end + 120)
    for m in [*(m for m in after if m.start <= limit), *between]:
        actor = m.mention.actor
        if actor.sector not in (None, source.sector) and set(m.codes) <= set(source.codes):
            return actor
    return None


# "visited the DPRK embassy", "visited the mission in Luanda and stations set up at offices
# of DPRK delegations": the place visited, a dozen words at most
_VISITED = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|called\s+at|went\s+to|came\s+to|arrived\s+at)\s+"
    r"(?:the\s+)?(?:[\w.-]+\s+){0,12}?$",
    re.IGNORECASE,
)
# "... in Luanda on Dec. 23 to express condolences": what the visitors came to do
_PURPOSE_AFTER = re.compile(
    r"(?:[^.;:]|\.(?=\s+\d)){0,140}?\bto\s+(?:\w+ly\s+)?"
    r"(?:express|pay|offer|convey|mourn|lay|extend)\b",
    re.IGNORECASE,
)
_TARGETED_AFTER = re.compile(r"-(?:targeted|targeting|bound)\b", re.IGNORECASE)
# ", disregarding the DPRK's warning, " / ", despite the protests of China, " + a verb
_ASIDE = re.compile(
    r"\s*,\s+(?:[a-z]+ing|despite|in spite of|ignoring|unlike|like|after|before|"
    r"following)\b[^,;:\"“”()]{1,80},\s+(?=[a-z])"
)
_SHORT_ASIDE = re.compile(r"\s*,\s+[^,;:\"“”()]{1,40},\s*")
# the owner of a nominal act: "exercises of the U.S.", not "of the south" (a place word)
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
# the words between a verb and its object's head: no clause break, no second verb
_NOUN_PHRASE = re.compile(r"(?:(?!\b(?:and|but|then|while|to|that|who|which)\b)[^,;:.])*")
_JUDGEMENT = re.compile(
    r"\b(?:denounc|condemn|slam|censur|assail|blast|lambast|oppos|reject|decr[iy]|deplor|"
    r"critici[sz]|accus|rebuk|castigat|protest|disapprov|object(?:ed|s|ing) to|"
    # "conditions for lifting the steps for confiscating ...": whose steps are lifted
    # did them; who asks for their lifting did not
    r"lift(?:ing)? (?:the |its |their )?(?:steps|measures) (?:for|of|on)|"
    r"(?:call|urg|demand)\w* (?:for )?(?:an? |the )?(?:immediate )?(?:halt|stop|end|"
    r"suspension|cancellation|discontinuation) (?:to|of))\w*",
    re.IGNORECASE,
)
# what the subject earns or draws: "deserve condemnation", "came under fire", "drew sharp
# criticism", "is subjected to denunciation"
_EARNS = re.compile(
    r"\b(?:deserv(?:e|es|ed|ing)|merit(?:s|ed)?|worthy of|(?:came|come|comes|coming) under|"
    r"(?:drew|draws?|drawing|invit(?:ed|es|ing)|spark(?:ed|s|ing)|fac(?:ed|es|ing)|"
    r"me(?:t|ets?|eting) with)|(?:is|are|was|were|be|been) subjected to)\s+"
    r"(?:(?:an?|the|strong|sharp|harsh|bitter|severe|stern|international|worldwide|"
    r"universal|public|wide|widespread|fierce|due|just|heavy|growing|mounting)\s+){0,3}$",
    re.IGNORECASE,
)
_FROM_BY = re.compile(r"\b(?:from|by)\s+(?:(?:the|an?)\s+)?$", re.IGNORECASE)
_STOP = re.compile(r"[;]|\b(?:but|while|whereas)\b", re.IGNORECASE)


# "answer the ", "respond to any ", "react to their ": the verb of a response, its object next
_ANSWER_VERB = re.compile(
    r"\b(?:answer(?:s|ed)?|(?:respond|react|reply|retaliate)(?:s|ed)?\s+(?:to|against)|"
    r"counter(?:s|ed)?|repa(?:y|id))\s+(?:(?:the|their|its|any|such|this|these)\s+)?$",
    re.IGNORECASE,
)
# what is answered, then "with" and the head: "'s provocations with a merciless "
_ANSWERED_WITH = re.compile(
    r"(?:['’]s)?(?:\s+[\w\"“”-]+){0,4}?\s+with\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}",
    re.IGNORECASE,
)


def struck_after(text: str, end: int, local: list[Local], doer: Actor) -> Actor | None:
    """The place an attack hit, named in the phrase after its head or agent: "(killed in a
    NATO) air strike in eastern Afghanistan", "(drone strikes) targeting the Pakistani
    tribal area" — whose people were hurt when the victims name no actor."""
    own = set(doer.codes)
    for m in local:
        if m.start >= end and not own & set(m.codes):
            return m.mention.actor if _STRUCK_PLACE.fullmatch(text, end, m.start) else None
    return None


# between the head (or its agent) and the place it hit, within one phrase: " air strike in
# eastern ", " targeting the northwestern ", " on the outskirts of the "; no comma, clause
# or relative pronoun between
_STRUCK_PLACE = re.compile(
    r"(?:\s+(?!(?:who|which|that|and|said|says|was|were|is|are)\b)[\w-]+){0,3}?"
    r"\s+(?:on|at|in|near|targeting|against)"
    r"(?:\s+(?:on|in|of|the|a|an|northern|southern|eastern|western|north\w*|south\w*|"
    r"east\w*|west\w*|central|restive|tribal|outskirts|border|area|region|province|city|"
    r"town|village|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)){0,5}\s+",
    re.IGNORECASE,
)


def other_korea(text: str, end: int, source: Actor) -> Actor | None:
    """Whom one Korea's threat or accusation is aimed at when the text names the other only
    as "the north" or "the south" right after the head ("vowed stronger retaliation if the
    north provokes", "blamed the north for the attack"). These lowercase words name no
    actor elsewhere: as a subject, an owner or a place ("praising the north", "the policy
    toward the north", "Koreans in the north and the south") they mislead more than help."""
    other = _OTHER_HALF.get(frozenset(source.codes))
    if other is None:
        return None
    word, code = other
    found = word.search(text, end, end + _HALF_WITHIN)
    if found is None or _NOT_AIMED_BEFORE.search(text, max(0, found.start() - 12), found.start()):
        return None
    return Actor(code, "GOV")


_HALF_WITHIN = 80  # characters after the head
_OTHER_HALF = {
    frozenset({"KOR"}): (re.compile(r"\bthe north\b(?!\s+(?:of|and|side)\b|-|,)"), "PRK"),
    frozenset({"PRK"}): (re.compile(r"\bthe south\b(?!\s+(?:of|and|side|Korea\w*)\b|-|,)"), "KOR"),
}
# "toward the north", "visit to the north", "war against the north": a place, a policy's
# or a war's object, not whom the words accuse
_NOT_AIMED_BEFORE = re.compile(r"\b(?:in|to|toward|towards|and|with|of|against)\s+$")
