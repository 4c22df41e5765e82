"""Acts told as part of a past war: dated to the war, not to the report.

Needs: a sentence, the trigger span, the date found so far. Adds nothing; the event coder
asks it for a material act that has no time of its own ("In the past Korean War the U.S.
committed barbarous bombings", "After starting the Korean War the U.S. imperialists killed
millions"): the act belongs to the war's year (`timewords.yaml` past_wars), which is what
an annotator writes, not the day the article was published. A war merely named beside a
fresh act ("the U.S., which ignited the Korean War, is staging drills") dates nothing: the
war must frame the act's clause ("in", "during", "after starting", ...).
"""

from __future__ import annotations

import re
from functools import cache

from peninsula.knowledge.load import read_table
from peninsula.models import DateBasis, EventDate, Precision


def dated_by_war(date: EventDate, text: str, start: int) -> EventDate:
    """The war's year for a material act with no date of its own; `date` otherwise."""
    if date.basis not in (DateBasis.PUBLICATION, DateBasis.UNRESOLVED):
        return date
    return war_date(text, start) or date


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
            str(years[" ".join(match.group("war").split())]), Precision.YEAR, DateBasis.EXPLICIT
        )
    return None


@cache
def _wars() -> tuple[re.Pattern[str], dict[str, int]]:
    table = read_table("timewords.yaml").get("past_wars") or {}
    years = {" ".join(str(k).split()): int(v) for k, v in table.items()}
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


# a clause break between the war and the act: a semicolon, a contrast, another time
# ("five years after it dropped them")
_STOP = re.compile(
    r"[;]|\b(?:but|while|whereas|now|today|still|these days|at present|after|before|since|"
    r"later|ago)\b",
    re.IGNORECASE,
)
