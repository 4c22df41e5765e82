"""Meetings and visits told as background: recalled, not reported.

Needs: the sentence text and the trigger's span in it. Adds nothing; `framing.framed` asks
it of every meeting trigger (talks, summit) and reads a recalled one as no event.

State media tell a past visit or meeting as the thing a statement is about or the setting
of another act: "a statement congratulating the leader on his successful visit to China",
"X's repeated China visit clearly shows ...", "during his visit to the DPRK he ...",
"recalled with emotion the day he was received by the leader". Coded, the visit would
carry the day of the statement that tells it, which is not its own. A visit named as
somebody's and done ("his successful", "X's repeated"), judged ("X's visit was a landmark")
or set in "during ..." is recalled, unless its own time is given ("his visit to China in
May", "his April visit"); a meeting after "recalled" or "the fact that" is one too. A visit under way ("on an official visit to Tanzania") or
paid ("paid a visit") is the news and is not touched.
"""

from __future__ import annotations

import re


def recalled_meeting(sentence: str, start: int, end: int) -> bool:
    """Whether the meeting trigger at sentence[start:end] tells a meeting of another time."""
    if _OWN_TIME.match(sentence, end) or _TIME_BEFORE.search(sentence, 0, start):
        return False  # "his visit to China in May 2010": dated, told as what it was
    head = sentence[start:end]
    window = sentence[max(0, start - _WINDOW) : start]
    if _UNDER_WAY.search(window):
        return False  # "Kim, on his official visit to Tanzania, met ...": the news
    if _NOUN.fullmatch(head) and (_POSSESSED.search(window) or _SETTING.search(window)):
        return True
    if _NOUN.fullmatch(head) and _OWNER.search(window) and _JUDGED.match(sentence, end):
        return True  # "Kim's Russia visit was a landmark event": a done visit judged
    if _NOUN.fullmatch(head) and _HABITUAL.search(window):
        return True  # "the leaders' regular exchange of visits": a custom, not one meeting
    return _RECALLING.search(window) is not None


def anniversary_day(sentence: str, start: int) -> bool:
    """Whether the trigger is the act a memorial day names: "July 11 is the day when the two
    countries signed the treaty", "the date on which the war broke out". The act is decades
    old; the sentence dates the day, not the act, so it is no event of the article's time."""
    return _DAY_WHEN.search(sentence, max(0, start - 160), start) is not None


def credited_feat(sentence: str, start: int, end: int) -> bool:
    """Whether the trigger tells a feat in general, credited to someone: "thanks to the
    foundation he laid, the country launched satellites by its own efforts". A bare plural
    object names launches over years, not one; the credit frame says it is told as praise."""
    if not _BARE_PLURAL.match(sentence, end):
        return False
    return _CREDIT.search(sentence, 0, start) is not None


_WINDOW = 120  # characters before the trigger
# "regular exchange of visits", "their frequent meetings": a custom of meeting
_HABITUAL = re.compile(
    r"\b(?:regular|frequent|periodic|routine|habitual|annual)\s+(?:exchanges?\s+of\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "<date> is the day when", "marks the day on which", "the anniversary of the day that"
_DAY_WHEN = re.compile(
    r"\b(?:is|was|marks|marked)\s+the\s+(?:[\w-]+\s+)?(?:day|date)\s+(?:when|on which|that)\b"
    r"[^;:]{0,140}$",
    re.IGNORECASE,
)
# "launched satellites", "launched rockets": a bare plural object
_BARE_PLURAL = re.compile(r"\s+(?:satellites|rockets|missiles)\b(?!\s+(?:on|in|at)\b)", re.I)
# the feat credited to someone: "thanks to", "owing to", "by its own efforts"
_CREDIT = re.compile(
    r"\b(?:thanks to|owing to|indebted to|under the (?:[\w-]+\s+){0,2}(?:leadership|guidance))\b",
    re.IGNORECASE,
)
# the trigger as a noun: "visit", "visits", "talks", "summit", "meeting"
_NOUN = re.compile(r"(?:visits?|talks|summits?|meetings?)", re.IGNORECASE)
# "his successful ", "Kim Jong Il's repeated China ", "their historic ": a possessive and a
# few modifiers right before the noun, one of which tells a visit done (not "Premier Li's
# visit to Germany will push forward ...": under way; not "paid his first visit": told)
_POSSESSED = re.compile(
    r"(?<!\bpaid )(?<!\bpaying )(?<!\bmade )(?<!\bmaking )"
    r"\b(?:his|her|their|its|[\w.-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:successful|historic|"
    r"repeated|recent|previous|last|earlier|past|former|memorable|unforgettable|fruitful|"
    r"significant|first|second|third)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_OWNER = re.compile(r"\b(?:his|her|their|its|[\w.-]+['’]s)\s+(?:[\w-]+\s+){0,2}$", re.I)
# what is said of a done visit: "was a landmark event", "marked an epoch", "clearly shows"
_JUDGED = re.compile(
    r"(?:\s+(?:to|of|the|and|[A-Z][\w.'’-]*)){0,5}\s+(?:was|has been|marked|made|indicates|"
    r"showed|shows|demonstrated|demonstrates|proved|proves|clearly)\b"
)
# a visit the subject is on now: "X, on his visit to Y, ...", "X, who is on a visit to"
_UNDER_WAY = re.compile(
    r"(?:^|,\s*|\b(?:who|which)\s+(?:is|was|are|were)\s+)on\s+(?:his|her|their|its|an?)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "during the visit", "in the course of his stay and visit": the setting of another act
_SETTING = re.compile(
    r"\b(?:during|in the course of|at the time of|on the occasion of)\s+(?:the|this|that|"
    r"his|her|their|its|[\w.-]+['’]s)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "recalled with deep emotion the day he was received by ...", "recalling that the two
# leaders met", "referred to the fact that he met": what a speaker recalls (a few words up to the meeting verb)
_RECALLING = re.compile(
    r"\b(?:recall(?:ed|s|ing)?|remember(?:ed|s|ing)?|reminisc(?:ed|es|ing)|the fact that)\b"
    r"[^;:.]{0,90}$",
    re.IGNORECASE,
)
# the meeting's own time as its modifier: "during his April visit", "their 2009 talks"
_TIME_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|\d{4})\s+(?:[\w-]+\s+)?$"
)
# the meeting's own time right after it, within its phrase ("his visit to China in May
# 2010", "their talks in Beijing last year", "his visit to Russia ten years ago"), not the
# time of the statement that tells it ("visit to China in a statement on June 27")
_OWN_TIME = re.compile(
    r"(?:(?!\b(?:statements?|articles?|messages?|letters?|interviews?|speech|press|rall(?:y|ies)|"
    r"conferences?|meetings?|homepages?)\b)[^,;:]){0,60}?\s(?:(?:in|on|from|during|"
    r"early|late)\s+(?:the\s+)?(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|"
    r"\d{4}\b)|last\s+(?:year|month|week|\w+day)\b|(?:[\w-]+\s+){1,2}ago\b)"
)
