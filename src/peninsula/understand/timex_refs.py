"""Resolve fuzzy references to TIMEX3 values: "now", "recently", "the past", "current".

Needs: a regex match from `timex_patterns` and the shared `_State`. Adds: one `Timex` per
reference that stands as a time where it is; "the past crimes", "settle the past", "the
current situation", "wait a while" and "Now, he says" are left untagged, as TimeBank does.
"""

from __future__ import annotations

import re

from peninsula.models import Timex, TimexType
from peninsula.understand.timex_calendar import _IRREGULAR_PAST, _mk, _State

# "for a while", "after quite a while": the only places "a while" is a stretch of time
_WHILE_BEFORE = re.compile(r"\b(?:for|after|in|within)\s+(?:quite\s+)?$", re.I)
# "the past" as a time: after "in", "than", "from" ...; "the past crimes", "settle the past"
# are a noun's adjective and a plain noun (TimeBank tags "in the past" 11 times in 12)
_PAST_BEFORE = re.compile(r"\b(?:in|than|from|since|during|throughout|like|unlike|as)\s+$", re.I)
_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?")
# "the past three summers", "the past 30 odd years", "the past more than six decades"
_NUMBER_AFTER = re.compile(
    r"\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|few|several|many|more|"
    r"some|half|dozen)\b)",
    re.I,
)


def _r_ref(m: re.Match[str], st: _State) -> Timex | None:
    key = " ".join(m.group("w").lower().split())
    value = st.lex.refs[key]
    if m.group("w") == "Now" and st.text[m.end() : m.end() + 1] == ",":
        return None  # "Now, he says, ...": a discourse marker opening the sentence
    if not _ref_is_time(key, m, st):
        return None
    if value.startswith("P") and not value.endswith(
        "_REF"
    ):  # "recent months": an unspecified stretch, TimeML "PXM"
        return _mk(m, TimexType.DURATION, value)
    return _mk(m, TimexType.DATE, value, rel=True)


def _ref_is_time(key: str, m: re.Match[str], st: _State) -> bool:
    """Whether a fuzzy reference word stands as a time where it is."""
    after = _WORD_AFTER.match(st.text, m.end())
    if key == "a while":
        return _WHILE_BEFORE.search(st.text, max(0, m.start() - 16), m.start()) is not None
    if key == "shortly before":  # an adverb, not a preposition: "shortly before, he had ..."
        return after is None
    if key == "the past":
        if _NUMBER_AFTER.match(st.text, m.end()):
            return True  # "over the past three summers": the start of a longer time
        return _PAST_BEFORE.search(st.text, max(0, m.start() - 12), m.start()) is not None and (
            after is None or _clause_goes_on(after, st.lex.past_clause_words)
        )
    if key == "current":
        return _current_is_time(m, st, after)
    return True


_IRREGULAR = re.compile(rf"(?:{_IRREGULAR_PAST})", re.I)  # "in the past took place"


def _clause_goes_on(after: re.Match[str], clause_words: frozenset[str]) -> bool:
    """Whether the words after "in the past" go on with the clause ("in the past the
    papers lied", "in the past Japan invaded") rather than naming a thing it qualifies
    ("the past crimes", "the past Korean War")."""
    word, second = after.group(1), after.group(2)
    if word.lower() in clause_words or word.endswith("ed") or _IRREGULAR.fullmatch(word):
        return True
    return word[0].isupper() and not (second and second[0].isupper())


# "current" after "the" only points at what the story is about ("the current situation");
# after "electric" it is a noun
_CURRENT_NOT_TIME_BEFORE = re.compile(r"\b(?:the|electric|direct|alternating)\s+$")


def _current_is_time(m: re.Match[str], st: _State, after: re.Match[str] | None) -> bool:
    """Whether "current" is tagged, as TimeBank does about half the time: qualifying a
    holder's or a bare noun ("its current share", "current market conditions"), but not
    after "the" ("the current situation", "the current visit"), which only points at what
    the story is about; "the current year" is a relative date matched elsewhere."""
    if after is None or after.group(1).lower() in st.lex.current_terms:
        return False  # a noun or a term: "the current of history", "current account"
    before = st.text[max(0, m.start() - 12) : m.start()].lower()
    return _CURRENT_NOT_TIME_BEFORE.search(before) is None
