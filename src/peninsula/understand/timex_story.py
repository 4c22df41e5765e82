"""The time a story told in the past speaks from, for relative expressions inside it.

Needs: the shared `_State` and each resolved `Timex`. Adds: `note_story`, which opens (or
moves, or ends) a narrative reference time, and `story_time`, which gives the date that
"last year", "next year", "this year", a month or a season without its year are read
against at a position: the story's time inside a past-tense narrative ("One day in May
1975, he visited ... He said next year ..."), else None and the caller keeps the article
date. TimeML anchors such expressions to the reference time, not the publication date.

A story opens at a date whose year is written and lies well before the article date
(`_STORY_YEARS`), in a sentence told in the past, where the date frames the sentence
("In May 1975, ...", "One day in 1963 ...") and holds until the tense turns, or names a
month or day ("visited the farm on May 5, 1975") and holds for the next sentence only; a
bare year mid-sentence ("fought Spain in 1898", "since 1985") is a side mention. Later
dates of the story move its time on; a date written near the article date, or a sentence
whose main verb is in the present ("Poland has been ...", "The people are ..."), ends it.
Quoted speech is left out when reading a sentence's tense, so words quoted inside the
story are read against the story's time too. `story_time` and `spoken_time` only ask;
`note_story`, called once per expression, is what opens, moves and ends a story.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from peninsula.models import Timex, TimexType
from peninsula.understand.timex_calendar import _CUES, _SENTENCE_END, _State, _value_start

_STORY_YEARS = 3  # how many years before the article a story's date must lie
# how many sentences after its own a date that does not open its sentence is read against
_UNFRAMED_REACH = 2
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
# what may stand before a date that frames its sentence: "In", "One day in", "Early in",
# "At the end of", "In the spring of"; not "since" or "until", which reach to the present
_FRAME = re.compile(
    r"[\W_]*(?:(?:but|and|then|so)\s+)?(?:(?:one|some|a)\s+(?:[a-z]+\s+){0,2}"
    r"(?:day|night|morning|evening|afternoon)\s+)?(?:(?:early|late)\s+)?"
    r"(?:(?:in|on|at|during|around|about|by|towards?)\s+)?"
    r"(?:the\s+(?:[a-z]+\s+){0,2}of\s+)?",
    re.I,
)
# quoted speech, which may run over several sentences but not over a whole article
_QUOTED = re.compile(r"\"[^\"]{0,800}\"|“[^”]{0,800}”")


def note_story(st: _State, timex: Timex) -> None:
    """Open, move or end the story whose time relative expressions are read against."""
    if st.story_value is not None and timex.start >= st.story_at:
        if story_time(st, timex.start) is None:
            st.story_value = None  # the tense turned, or an unframed date's reach ran out
    if st.dct is None or timex.is_name or timex.type not in (TimexType.DATE, TimexType.TIME):
        return
    if not timex.value[:4].isdigit():
        return
    old = int(timex.value[:4]) <= st.dct.year - _STORY_YEARS
    written = _WRITTEN_YEAR.search(timex.text) is not None
    if written and not old:
        st.story_value = None  # back to the present: "in 2023", "on March 3, 2024"
    elif old and written:
        going_on = story_time(st, timex.start) is not None
        opens = _opens_story(st, timex)
        if going_on or opens:
            st.story_framed = (going_on and st.story_framed) or opens == "framed"
            st.story_value, st.story_at = timex.value, timex.start
    elif old and _calendar_words(st, timex.text) and story_time(st, timex.start) is not None:
        # "on March 8" told in the story moves its time on; "the previous year" does not
        st.story_value, st.story_at = timex.value, timex.start


def _calendar_words(st: _State, text: str) -> bool:
    """Whether an expression names a month or a day of one ("March 8", "June")."""
    return any(w.lower().rstrip(".") in st.lex.months for w in text.split())


def story_time(st: _State, pos: int) -> date | None:
    """The story's time if `pos` lies inside a past-tense narrative, else None.

    Once None at a position it stays None further on (a sentence in the present, or an
    unframed date's reach, lies behind), so `note_story` may end the story there."""
    if st.story_value is None or st.dct is None or pos < st.story_at:
        return None
    sentences = _sentences(st)
    first, last = sentences.index_range(st.story_at, pos)
    if not st.story_framed and last - first > _UNFRAMED_REACH:
        return None  # "visited the farm on May 5, 1975": read against for a sentence more
    if any(sentences.tense(st, i) == "present" for i in range(first, last)):
        return None
    return _value_start(st.story_value)


# a present verb right after the date: the date was in a phrase before the main verb
_VERB_AFTER = re.compile(r"[\s,)]*(is|has|[a-z]{2,}[^s\W]s)\b")
# a date after "since" or "until" reaches to the present: no story of its own
_TO_NOW_BEFORE = re.compile(r"\b(?:since|until|till|to|through)\s+$", re.I)


def spoken_time(st: _State, pos: int, ahead: bool = False) -> date | None:
    """The story's time for "last year", "this month", "next year" at `pos`: only when they
    stand in words quoted or reported inside the story, or look ahead ("he came again next
    year"); told in the story's own voice, "on Nov. 24 last year" speaks from the article."""
    story = story_time(st, pos)
    if story is None or ahead:
        return story
    lo, _ = _sentences(st).at(pos)
    quoted = _unquoted(st)[pos] != st.text[pos]
    return story if quoted or st.lex.said.search(st.text, lo, pos) else None


def _opens_story(st: _State, timex: Timex) -> str | None:
    """ "framed" where the date opens a past-tense sentence, "dated" where it names the
    month or day of a past event inside one, else None."""
    sentences = _sentences(st)
    n = sentences.index_at(timex.start)
    if sentences.tense(st, n) != "past":
        return None
    lo, _ = sentences.at(timex.start)
    before = st.text[lo : timex.start]
    if _TO_NOW_BEFORE.search(before):
        return None
    verb = _VERB_AFTER.match(st.text, timex.end)
    if verb and verb.group(1).lower() not in st.lex.not_verbs:
        return None  # "The work, published on May 5, 1975, clarifies ...": told of now
    if _FRAME.fullmatch(before):
        return "framed"
    return "dated" if len(timex.value) >= 7 else None  # a month or a day, not a bare year


def _unquoted(st: _State) -> str:
    """The text with quoted speech blanked out (offsets kept), computed once."""
    if st.unquoted is None:
        st.unquoted = _QUOTED.sub(lambda m: " " * len(m.group(0)), st.text)
    return st.unquoted


def _tense_of(bare: str, present: re.Pattern[str]) -> str | None:
    """ "past" or "present" from the first verb cue of a sentence, None without one."""
    past = next((c.start() for c in _CUES.finditer(bare) if c.group("p")), None)
    now = present.search(bare)
    if now is not None and (past is None or now.start() < past):
        return "present"
    return "past" if past is not None else None


@dataclass(slots=True)
class _Sentences:
    """The sentence spans of a text, found once, with each one's tense read when asked."""

    starts: list[int]
    ends: list[int]
    tenses: dict[int, str | None] = field(default_factory=dict)

    def index_at(self, pos: int) -> int:
        """The number of the sentence holding `pos`, -1 where none does."""
        n = bisect_right(self.starts, pos) - 1
        return n if n >= 0 and pos < self.ends[n] else -1

    def at(self, pos: int) -> tuple[int, int]:
        """The span of the sentence holding `pos` (the whole text where none does)."""
        n = self.index_at(pos)
        return (self.starts[n], self.ends[n]) if n >= 0 else (0, self.ends[-1])

    def index_range(self, start: int, pos: int) -> tuple[int, int]:
        """The sentences from the one holding `start` through the one holding `pos`, as
        a range of their numbers (first, past the last)."""
        return bisect_right(self.ends, start), bisect_right(self.starts, pos)

    def tense(self, st: _State, n: int) -> str | None:
        """The tense of sentence `n` outside quoted speech ("past", "present" or None);
        the whole text's where `n` is -1."""
        if n not in self.tenses:
            lo, hi = (self.starts[n], self.ends[n]) if n >= 0 else (0, self.ends[-1])
            self.tenses[n] = _tense_of(_unquoted(st)[lo:hi], st.lex.present)
        return self.tenses[n]


def _sentences(st: _State) -> _Sentences:
    if st.sentences is None:
        starts, ends, at = [], [], 0
        for m in _SENTENCE_END.finditer(st.text):
            if m.end() > at:
                starts.append(at)
                ends.append(m.end())
                at = m.end()
        starts.append(at)
        ends.append(len(st.text))
        st.sentences = _Sentences(starts, ends)
    return st.sentences
