"""Give an event its own date, and for planned or threatened events the date it is meant for.

Needs: `Document.timexes`, `Document.sentences`, the trigger span and
the modality decided by the event coder. Adds: an `EventDate` (value, precision, basis)
and `planned_for`, used by `understand/events.py` when it builds each `Event`.

Choice of the governing time expression, in order:
1. a time expression in the trigger's own clause (between clause breaks: , ; : and quotes),
   nearest to the trigger; names ("the April 27 Declaration") and durations never govern;
2. one in a sentence-initial phrase ("On Tuesday, the North fired ...") or in a phrase set
   off by commas just before the trigger's clause ("This being so, a few days ago, the U.S.
   made ...");
3. the nearest one elsewhere in the sentence;
4. the date that governed one of the two previous sentences of the same paragraph, when
   the text goes on with the same episode ("It was the third launch ..." has its own time);
5. the publication date (basis `publication`) for fresh news, else unresolved.
For planned and threatened events a time after the article date (or pointing forward:
"next year", "from early October") is `planned_for`; the event date is then the time of
the announcement: a past or present time in the sentence, step 4, or the publication date.
Anchored expressions ("a day earlier", "the following day") were already resolved
against the last date mentioned before them by `understand/timex.py`.

Precision: YYYY-MM-DD day, YYYY-Www week, YYYY-MM month, YYYY or a quarter, half or
season of a year: year. A week is reported as the ISO date of its Thursday, the middle
of the week, which `spec/EVALUATION.md` reads with +/-4 days: every day of that week
then falls within tolerance. "A few days ago" ("several", "some" or no number) is a week
centred three days before the article date.
"""

from __future__ import annotations

import re

from peninsula.models import (
    DateBasis,
    Document,
    EventDate,
    Modality,
    Precision,
    Sentence,
    Span,
    Timex,
    TimexType,
)
from peninsula.understand.event_dates import (
    event_date,
    few_days_back,
    in_earlier_year,
    is_ahead,
    wholly_after,
)

_BREAK = re.compile(r"[,;:()\"“”]|\s(?:but|while|whereas|and then|after|before)\s")
# words telling that what the sentence reports is of an earlier time, so it takes no report's
# day. Not "stop at once", "once again" or "once more" (now); not "history" where it names
# a span or a judge rather than the time of the act ("the worst in the history of ...",
# "history will judge", "criticism by history", "the trend of history", "distorting history");
# not "the historic cause of reunification" (a goal ahead, no past act)
_HISTORICAL = re.compile(
    r"\b(?:in the past|previously|formerly|(?<!\bat )once(?! again\b| more\b)|"
    r"historic(?! (?:cause|task|mission|undertaking|juncture|turning point))|"
    r"(?<!\bby )(?<!\btrend of )(?<!distorting )(?<!distortion of )history(?! of\b| will\b))\b",
    re.I,
)
_REPORTING = re.compile(
    r"\b(?:expressed|said|stated|announced|declared|noted|told|added|stressed|vowed|pledged|"
    r"promised|warned|threatened|made\s+clear|reaffirmed)\b",
    re.I,
)
# "In the message, ...", "In his speech, ...": the sentence goes on with the words just told of
_IN_THAT = re.compile(
    r"\s*(?:In|Through) (?:the|his|her|its|their|this|that) (?:[\w-]+ )?(?:message|letter|"
    r"speech|address|report|statement|talks?|conversation|interview|telegram|reply|note)s?\b"
)
# "on the occasion of the June 25-July 27 month of anti-U.S. struggle": the time names
# the occasion, not when the event marking it took place
_OCCASION_BEFORE = re.compile(
    r"\b(?:on the occasion of|in commemoration of|in celebration of|to mark|marking|"
    r"to commemorate|commemorating|to celebrate|celebrating)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def date_event(
    doc: Document, sentence: Sentence, trigger: Span, modality: Modality
) -> tuple[EventDate, str | None]:
    """The event's date and, for planned/threatened events, when it is meant to happen.

    A tally over a year ("capped a year in which North Korea launched a record number of
    missiles") is no one event of the day: it keeps only the year."""
    recalled = _anniversary_year(doc, trigger)
    if recalled is not None:
        # "the 10th anniversary of Kim Jong Il's visit to Russia": a visit ten years back
        return EventDate(recalled, Precision.YEAR, DateBasis.RELATIVE), None
    found, planned_for = _date_event(doc, sentence, trigger, modality)
    if found.value is not None and len(found.value) > 4 and _over_a_year(doc.text, trigger):
        return EventDate(found.value[:4], Precision.YEAR, found.basis), planned_for
    return found, planned_for


def _anniversary_year(doc: Document, trigger: Span) -> str | None:
    """The year of an act named as what an anniversary marks: the report's year less the
    anniversary's count ("the 10th anniversary of the leader's visit", "the thirtieth
    anniversary of the signing of the treaty")."""
    published = doc.article.published
    found = _ANNIVERSARY.search(doc.text, max(0, trigger.start - 120), trigger.start)
    if published is None or found is None:
        return None
    count = (found.group("count") or found.group("count_word")).lower()
    years = int(count) if count.isdigit() else _ORDINALS.index(count) + 1
    return str(published.year - years) if 0 < years < published.year else None


_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ANNIVERSARY = re.compile(
    r"\b(?:(?P<count>\d{1,3})(?:st|nd|rd|th)|(?P<count_word>" + "|".join(_ORDINALS) + r"))"
    r"\s+anniversary\s+of\s+(?:[^,;.()\"“”]|(?<=\b[A-Z])\.|\.(?!\s)){0,100}$",
    re.IGNORECASE,
)


def _over_a_year(text: str, trigger: Span) -> bool:
    return bool(
        _YEAR_TALLY_BEFORE.search(text, max(0, trigger.start - 60), trigger.start)
        or _YEAR_TALLY_AFTER.match(text, trigger.end, trigger.end + 60)
    )


_YEAR_TALLY_BEFORE = re.compile(
    r"\b(?:a|the) year (?:in which|when|that)\b[^.;,]*$|\b(?:so far|earlier) this year\b[^.;]*$",
    re.IGNORECASE,
)
_YEAR_TALLY_AFTER = re.compile(
    r"[^.;]{0,20}?\b(?:a record number of|a record \d+|so far this year|this year alone|"
    r"throughout the year)\b",
    re.IGNORECASE,
)


def _date_event(
    doc: Document, sentence: Sentence, trigger: Span, modality: Modality
) -> tuple[EventDate, str | None]:
    dct = doc.article.published
    here = [t for t in doc.timexes if sentence.start <= t.start and t.end <= sentence.end]
    usable = [
        t
        for t in here
        if _governs(t)
        and not _modifies_other_noun(t, trigger, doc.text)
        and not _OCCASION_BEFORE.search(doc.text, max(0, t.start - 40), t.start)
    ]
    planned_for: str | None = None
    if modality in (Modality.PLANNED, Modality.THREATENED):
        ahead = [t for t in usable if is_ahead(t, dct, doc.text)]
        target = _choose(ahead, sentence, trigger, doc.text)
        if target is not None:
            planned_for = event_date(target).value
        usable = [t for t in usable if t not in ahead]
    elif modality is Modality.OCCURRED:
        # what happened cannot lie wholly after the article: "next year" in the clause
        # belongs to a plan mentioned beside it, not to the event
        usable = [t for t in usable if not wholly_after(t, dct)]
    chosen = _choose(usable, sentence, trigger, doc.text)
    if chosen is None:
        chosen = _inherit(doc, sentence)
        if chosen is not None and planned_for and in_earlier_year(chosen, dct):
            # "Last year, the U.S. deployed ... It is planning to stage drills in August":
            # the past year dates the act before; the plan for August is today's
            chosen = None
    if chosen is None and (
        modality in (Modality.PLANNED, Modality.THREATENED) or _said_in_that(sentence, trigger)
    ):
        chosen = _inherit_episode(doc, sentence)
    if chosen is not None:
        found = few_days_back(chosen, event_date(chosen), dct)
        if found.value is not None:
            return found, planned_for
    if dct is not None and not _HISTORICAL.search(sentence.text):
        return EventDate(dct.isoformat(), Precision.DAY, DateBasis.PUBLICATION), planned_for
    return EventDate.unresolved(), planned_for


def _said_in_that(sentence: Sentence, trigger: Span) -> bool:
    """ "In the message, he expressed thanks ...": words said in the message dated just
    before; not what those words tell of ("In the statement he said that the drills ...")."""
    before = sentence.text[: max(0, trigger.start - sentence.start)]
    return _IN_THAT.match(sentence.text) is not None and not _SPEECH_BEFORE.search(before)


def _governs(t: Timex) -> bool:
    """Names, durations, sets, centuries and vague past/future references date no event."""
    century = re.fullmatch(r"\d\d", t.value)  # "the 21st Century": in a name
    if t.is_name or century or t.type not in (TimexType.DATE, TimexType.TIME):
        return False
    return t.value == "PRESENT_REF" or t.value[:1].isdigit() or t.value.startswith("XXXX")


_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that)|'s)\s+$", re.I)
_NOUN_PHRASE_GAP = re.compile(r"\s+(?:[A-Za-z][\w'-]*\s+){0,3}$")


def _modifies_other_noun(t: Timex, trigger: Span, text: str) -> bool:
    """A year used as a modifier ("suspended the 2018 military agreement") names a thing.

    It dates the noun it modifies, so it may date the event only when the trigger is that
    noun ("the 2018 summit"), never another action in the clause.
    """
    if not (t.value.isdigit() and len(t.value) in (3, 4)):
        return False
    if not _DETERMINER_BEFORE.search(text[max(0, t.start - 8) : t.start]):
        return False
    if (
        not text[t.end : t.end + 2].startswith((" ", "-"))
        or not text[t.end + 1 : t.end + 2].isalpha()
    ):
        return False
    if trigger.start >= t.end and _NOUN_PHRASE_GAP.fullmatch(text[t.end : trigger.start] or " "):
        return False
    return True


def _choose(cands: list[Timex], sentence: Sentence, trigger: Span, text: str) -> Timex | None:
    if not cands:
        return None
    clause = _clause_of(text, sentence, trigger)
    after = any(trigger.end <= t.start and t.end <= clause[1] for t in cands)

    def cost(t: Timex) -> tuple[int, int]:
        distance = max(t.start - trigger.end, trigger.start - t.end, 0)
        if clause[0] <= t.start and t.end <= clause[1]:
            # "a drill on June 5, talks on June 10 and the air drill staged on June 17": a
            # date before "and" is the earlier item's when the trigger has one of its own
            listed = t.end <= trigger.start and _NEXT_ITEM.fullmatch(text, t.end, trigger.start)
            return (1 if after and listed else 0, distance)
        if _LEADS_INTO.fullmatch(text, t.end, clause[0]):
            return (1, distance)  # "This being so, a few days ago, the U.S. made ...": a
            # phrase of its own set off just before the trigger's clause is its adverbial
        intro = _BREAK.search(text, sentence.start, t.start) is None and _BREAK.search(
            text, t.end, trigger.start
        )
        return (1 if intro else 2, distance)

    return min(cands, key=cost)


_LEADS_INTO = re.compile(r"\s*,\s*")
# from a date to a trigger noun that opens the next item of a list: ", and the special air"
_NEXT_ITEM = re.compile(r"\s*,?\s*and\s+(?:(?:the|a|an)\s+)?(?:[\w\"“”'-]+\s+){0,4}")


def _clause_of(text: str, sentence: Sentence, trigger: Span) -> tuple[int, int]:
    start = sentence.start
    for m in _BREAK.finditer(text, sentence.start, trigger.start):
        start = m.end()
    m = _BREAK.search(text, trigger.end, sentence.end)
    return start, (m.start() if m else sentence.end)


def _inherit(doc: Document, sentence: Sentence) -> Timex | None:
    """The date governing the closest of the two previous sentences of the paragraph."""
    before = [
        s for s in doc.sentences if s.paragraph == sentence.paragraph and s.end <= sentence.start
    ][-2:]
    for s in reversed(before):
        usable = _past_times_in(doc, s)
        if usable:
            return usable[-1]
    return None


def _inherit_episode(doc: Document, sentence: Sentence) -> Timex | None:
    """For an announcement that a report goes on with across a paragraph break.

    "The remarks came in a speech delivered Wednesday ..." then, in the next paragraph,
    '"Kim expressed a will to restore ..."': the will was expressed in that speech. Only
    when the sentence reports speech (a reporting verb or an opening quote) and the time
    comes from the sentence just before, so that a new topic does not inherit a stale date.
    """
    quoted = sentence.text.lstrip()[:1] in ('"', "“")
    if not quoted and not _REPORTING.search(sentence.text):
        return None
    before = [s for s in doc.sentences if s.end <= sentence.start][-1:]
    for s in before:
        usable = _past_times_in(doc, s)
        if usable:
            return usable[-1]
    return None


def _past_times_in(doc: Document, sentence: Sentence) -> list[Timex]:
    """The times of `sentence` that may date an event and do not lie after the article."""
    return [
        t
        for t in doc.timexes
        if sentence.start <= t.start
        and t.end <= sentence.end
        and _governs(t)
        and not is_ahead(t, doc.article.published, doc.text)
    ]


def published_date(doc: Document) -> EventDate:
    """A statement of the article's own voice is dated by its dateline."""
    published = doc.article.published
    if published is None:
        return EventDate.unresolved()
    return EventDate(published.isoformat(), Precision.DAY, DateBasis.PUBLICATION)


def dated_by_dateline(doc: Document, found: EventDate) -> EventDate | None:
    """`found` when it is the article's own day (the dateline's day), else None."""
    published = doc.article.published
    if published is None or found.value != published.isoformat():
        return None
    return found


def historic_in_speech(doc: Document, found: EventDate, sentence: Sentence, trigger: int) -> bool:
    """Whether a statement got a date years before the report from what it is about: after
    a speech verb ("said the Korean people defeated the U.S. in 1953 and denounced ...") or
    in its object ("praised the victory of 1953"). That date is of what was told, not of the
    telling; "In 1994, the U.S. promised ..." keeps its year."""
    published = doc.article.published
    if published is None or found.value is None or found.basis is DateBasis.PUBLICATION:
        return False
    year = found.value[:4]
    if int(year) >= published.year - 1:
        return False
    text = sentence.text
    if int(year) < published.year - _HISTORY_YEARS and not _year_told_before(
        doc, sentence, trigger, year
    ):
        return True  # "praised the victory won on July 27, 1953": the date of what is praised
    return _SPEECH_BEFORE.search(text, 0, trigger) is not None


def _year_told_before(doc: Document, sentence: Sentence, trigger: int, year: str) -> bool:
    """Whether the sentence gives the act's year before the act: "In 1994 the U.S. ...",
    "In Juche 26 the President ...", or a time of that year anchored on the story told
    ("In September that year he issued ...", "The following year he ...")."""
    before = sentence.text[:trigger]
    if year in before or f"Juche {int(year) - _JUCHE_EPOCH}" in before:
        return True
    return any(
        t.value.startswith(year) and sentence.start <= t.start and t.end <= sentence.start + trigger
        for t in doc.timexes
    )


_JUCHE_EPOCH = 1911  # Juche 1 is 1912
_HISTORY_YEARS = 10  # a date this far back in a statement's object is history it recalls
# a verb after which the words are what was told, so an old date there is of the told past.
# Not `_REPORTING`, which tells whether a sentence reports speech at all: with its "told",
# "expressed", "vowed" here, "In 1946 ... Kim told officials that ..." lost its year to the
# report's day (their union changed dates and merges on unlabelled KCNA 2011-2012 items)
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|stressed|noted|recalled|pointed out|declared|stated|added|emphasi[sz]ed)\b",
    re.IGNORECASE,
)
