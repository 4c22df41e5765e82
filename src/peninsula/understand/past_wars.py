"""Acts told as part of a past war, and accords adopted long ago: dated to their own time.

Needs: a sentence, the trigger span, the date found so far. Adds nothing; the event coder
asks it for a material act that has no time of its own ("In the past Korean War the U.S.
committed barbarous bombings", "After starting the Korean War the U.S. imperialists killed
millions"): the act belongs to the war's year (`timewords.yaml` past_wars), which is what
an annotator writes, not the day the article was published. A war merely named beside a
fresh act ("the U.S., which ignited the Korean War, is staging drills") dates nothing: the
war must frame the act's clause ("in", "during", "after starting", ...). Likewise the
signing of an accord known by its date, or the summit that adopted it ("Kim Jong Il adopted
the October 4 declaration", `timewords.yaml` past_accords), takes the accord's day whatever
its kind's quad, and so does what the accord's relative clause tells ("the June 15
declaration in which the north and the south agreed to ...").
"""

from __future__ import annotations

import re
from functools import cache

from peninsula.knowledge.load import read_table
from peninsula.models import DateBasis, EventDate, Precision

# kinds whose event an accord's adoption is: the signing and the meeting that adopted it
_ACCORD_KINDS = frozenset({"agreement_signed", "summit", "talks"})


def dated_by_past(date: EventDate, text: str, start: int, kind: str, material: bool) -> EventDate:
    """The war's year for a material act with no date of its own (`material`: a material
    conflict not told by a state-media voice), the accord's day for the adoption of an
    accord known by its date; `date` otherwise."""
    if date.basis not in (DateBasis.PUBLICATION, DateBasis.UNRESOLVED):
        return date
    if kind in _ACCORD_KINDS:
        adopted = accord_date(text)
        if adopted is not None:
            return adopted
    agreed = agreed_in_accord(text, start)
    if agreed is not None:
        return agreed
    return (war_date(text, start) if material else None) or date


def accord_date(text: str) -> EventDate | None:
    """The day of the accord the sentence tells adopted or signed ("Kim Jong Il adopted
    the October 4 declaration", "the summit ... signed the June 15 joint declaration")."""
    pattern, days = _accords()
    found = pattern.search(text)
    if found is None:
        return None
    name = " ".join(w for w in found.group("accord").split() if w.lower() not in _OPTIONAL)
    return EventDate(days[name.lower()], Precision.DAY, DateBasis.EXPLICIT)


def agreed_in_accord(text: str, start: int) -> EventDate | None:
    """The day of the accord in whose relative clause the trigger stands: "the June 15
    joint declaration in which the north and the south agreed to ...", "the October 4
    declaration on which both sides agreed": what the accord holds was agreed when it was
    adopted, not on the day an article recalls it."""
    _, days = _accords()
    for found in _accord_relatives().finditer(text, 0, start):
        near = found.end() <= start <= found.end() + _RELATIVE_REACH
        if near and not _CLAUSE_BREAK.search(text, found.end(), start):
            name = " ".join(w for w in found.group("accord").split() if w.lower() not in _OPTIONAL)
            return EventDate(days[name.lower()], Precision.DAY, DateBasis.EXPLICIT)
    return None


def war_date(text: str, start: int) -> EventDate | None:
    """The year of the past war that frames the act whose trigger starts at `start`."""
    pattern, years = _wars()
    for match in pattern.finditer(text):
        if match.start() > start + 80:
            break
        if match.end() > start and match.start() > start + 2:
            # after the trigger: "killed ... during the Korean War"
            if _STOP.search(text, start, match.start()):
                continue
        elif _STOP.search(text, match.end(), start):
            continue  # "In the Korean War, ...; today the U.S. ...": another clause
        return EventDate(
            str(years[" ".join(match.group("war").split()).lower()]),
            Precision.YEAR,
            DateBasis.EXPLICIT,
        )
    return None


@cache
def _wars() -> tuple[re.Pattern[str], dict[str, int]]:
    table = read_table("timewords.yaml").get("past_wars") or {}
    # matched case-insensitively ("the Korean war"), so looked up in lower case
    years = {" ".join(str(k).split()).lower(): int(v) for k, v in table.items()}
    names = "|".join(
        re.escape(k).replace(r"\ ", r"\s+") for k in sorted(years, key=len, reverse=True)
    )
    pattern = re.compile(
        rf"\b(?:in|during|after\s+(?:starting|igniting|provoking|unleashing)|through|"
        rf"in\s+the\s+course\s+of|in\s+the\s+days\s+of)\s+the\s+(?:past\s+|last\s+)?"
        rf"(?P<war>{names})\b",
        re.IGNORECASE,
    )
    return pattern, years


@cache
def _accords() -> tuple[re.Pattern[str], dict[str, str]]:
    days, names = _accord_names()
    pattern = re.compile(
        rf"\b(?:adopt|sign|conclud|issu|publish|produc|announc)(?:ed|ing|es|e|s)?\s+"
        rf"(?:the\s+)?(?:historic\s+)?(?P<accord>(?:{_OPTIONAL_WORDS}\s+)*(?:{names}))\b",
        re.IGNORECASE,
    )
    return pattern, days


@cache
def _accord_relatives() -> re.Pattern[str]:
    """An accord's name, then (past a short predicate: "is the supreme programme of the
    nation") a relative pronoun that opens what the accord holds."""
    _, names = _accord_names()
    return re.compile(
        rf"(?P<accord>(?:{_OPTIONAL_WORDS}\s+)*(?:{names}))\b[^,;:.]{{0,50}}?\s"
        rf"(?:(?:in|on|upon|under|by)\s+which|which|where)\s",
        re.IGNORECASE,
    )


@cache
def _accord_names() -> tuple[dict[str, str], str]:
    table = read_table("timewords.yaml").get("past_accords") or {}
    days = {" ".join(str(k).split()).lower(): str(v) for k, v in table.items()}
    names = "|".join(
        r"\s+".join(rf"{re.escape(w)}(?:\s+{_OPTIONAL_WORDS})*" for w in k.split())
        for k in sorted(days, key=len, reverse=True)
    )
    return days, names


# words an accord's name may hold or leave out: "the June 15 North-South joint declaration"
_OPTIONAL = frozenset({"north-south", "inter-korean", "joint", "historic"})
_OPTIONAL_WORDS = r"(?:North-South|inter-Korean|joint|historic)"
# a clause break between the war and the act: a semicolon, a contrast, another time
# ("five years after it dropped them")
_STOP = re.compile(
    r"[;]|\b(?:but|while|whereas|now|today|still|these days|at present|after|before|since|"
    r"later|ago)\b",
    re.IGNORECASE,
)
# how far the trigger may stand from the relative pronoun: its own clause's verb ("in which
# the north and the south agreed"), not one after the clause ends
_RELATIVE_REACH = 45
# the end of a relative clause before the trigger: "..., which they agreed on; now ..."
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|and|while|now|today)\b", re.IGNORECASE)
