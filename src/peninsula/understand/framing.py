"""What frames a trigger so that it names no event of its own: an aim, a habit, a name.

Needs: the sentence text and the trigger's span in it. Adds nothing to the document;
`modality.py` asks these questions per trigger and reads a framed trigger as no event.

- rehearsed: the trigger names what a drill rehearses, a plan prepares, a capability or a
  weapon is for ("drills for a preemptive strike", "the capability of attacking enemy
  bases", "provocations aiming at an attack", "missiles designed to attack warships"); a
  statement named as the aim of another act ("petitioning for proposing a bill") or voiced
  by no one ("voices calling for a ceasefire") or the purpose of a summit is no statement
  either.
- habitual: the trigger tells of a habit, a campaign or a long span, not of one act
  ("staging frequent drills", "exercises held for the past seven decades", "war
  maneuvers almost every day"), or of a past told in the pluperfect ("the U.S. had
  infiltrated saboteurs"), unless the sentence names the day.
- named incident: the trigger names a known past event ("the Yonphyong Island shelling
  incident", "the bombing case"), recalled rather than reported.
- recalled meeting: a visit or meeting named as somebody's or as the setting of another
  act, or recalled, with no time of its own (`recalled.py`).
- topic: the trigger names what a lecture, an article or a book is about ("a lecture on
  his visit to the DPRK"), an act told before.
- epithet: the trigger names what someone is called ("the chieftain of aggression and
  massacre", "the den of terrorism"), not something done.
- example: the trigger names an example of a kind of act ("provocations such as joint
  military exercises") with no day in the sentence.
- owned act: a launch or test named as somebody's ("the DPRK's nuclear test", "Iran's
  satellite launch") with no time in the sentence is a known act recalled months later,
  not one reported; in the article's lead it is the news ("South Korea condemned North
  Korea's missile launch"), unless the wording makes it a standing view ("they regard the
  DPRK's nuclear test as ...") or a past one ("the DPRK's previous test").

When the sentence says its acts happened is read from `Document.timexes` (`told_in`); the
dateline's day is never the time of the sentence's acts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from peninsula.models import Document, Sentence, TimexType
from peninsula.understand.modality import clause_before
from peninsula.understand.recalled import anniversary_day, credited_feat, recalled_meeting
from peninsula.understand.unreal import unreal, unsaid
from peninsula.understand.voice import OTHERS_WORDS, dateline_end

_LEAD_SENTENCES = 2  # the article's lead: its first sentence or two


@dataclass(frozen=True, slots=True)
class Told:
    """What a sentence says of when its acts happened, and whether it is the lead."""

    day: bool = False  # a day or a clock time is named ("on Monday", "May 3", "today")
    time: bool = False  # any date or time is named ("in 2016", "last month")
    lead: bool = False


def told_in(doc: Document, sentence: Sentence) -> Told:
    """The times the sentence names beyond its dateline, and whether it opens the article."""
    filed = sentence.start + dateline_end(sentence.text)
    times = [
        t
        for t in doc.timexes
        if filed <= t.start
        and t.end <= sentence.end
        and not t.is_name
        and t.type in (TimexType.DATE, TimexType.TIME)
    ]
    return Told(
        day=any(_TO_THE_DAY.match(t.value) for t in times),
        time=bool(times),
        lead=sentence in doc.sentences[:_LEAD_SENTENCES],
    )


def framed(
    sentence: str, start: int, end: int, kind: str, statement: bool, told: Told = Told()
) -> bool:
    """Whether the trigger names no act of its own: the aim of a drill or a capability
    (a drill is itself the act its aim names), a habit or a long span, an incident recalled."""
    if _TOPIC.search(sentence, max(0, start - 60), start):
        return True  # "gave a lecture on his visit to the DPRK": the act is a topic
    if kind in _MEETING_KINDS and recalled_meeting(sentence, start, end):
        return True  # "congratulated him on his successful visit to China": told before
    if anniversary_day(sentence, start) or credited_feat(sentence, start, end):
        return True  # "July 11 is the day when they signed the treaty": decades-old act
    if statement:
        if _UNOWNED_NOUN.search(sentence, max(0, start - 60), start) and _NOUN_HEAD.match(
            sentence, start, end
        ):
            return True  # "amid protests and accusations": whose accusations, it does not say
        if unsaid(sentence, start):
            return True  # "the government should demand ...": not said yet
        return rehearsed(sentence, start, end, statement=True)
    depicted = _DEPICTED.search(sentence, max(0, start - 90), start)
    if depicted and not _DIGIT.search(sentence, depicted.start()):
        return True  # "a stamp in commemoration of his August visit": issued now, done before
    if kind != "military_exercise" and rehearsed(sentence, start, end):
        return True
    if unreal(sentence, start, end, kind):
        return True  # "called for the withdrawal of the U.S. forces": demanded, not done
    if named_incident(sentence, end) or owned_act(sentence, start, end, kind, told):
        return True
    if _EPITHET.search(sentence, max(0, start - 60), start):
        return True  # "the chieftain of aggression and massacre": a name, not an act
    if _WISHED_AWAY.search(sentence, max(0, start - 40), start):
        return True  # "a world free from massacre": what is wished away is no act
    return habitual(sentence, start, end, clause_before(sentence, start), told)


def rehearsed(sentence: str, start: int, end: int, statement: bool = False) -> bool:
    """Whether the trigger is the aim of a drill, plan, capability or weapon; a statement,
    whether it is the aim of another act or voiced by no one."""
    window = sentence[max(0, start - 90) : start]
    if statement:
        # "petitioning for proposing a bill", "voices calling for a ceasefire"
        gerund = sentence[start:end].split(" ", 1)[0].lower().endswith("ing")
        if _SUMMIT_AIM.search(window):
            return True  # "held a summit in Manila to call for cooperation": its purpose
        return bool((gerund and _STATEMENT_AS_AIM.search(window)) or _VOICELESS.search(window))
    return bool(_AIMED.search(window) or _CAPABLE.search(window))


def habitual(sentence: str, start: int, end: int, clause: str, told: Told = Told()) -> bool:
    """Whether the trigger tells of a habit, a campaign, a long span or a pluperfect past,
    with no day named in the sentence to make it one act (the dateline's day is none)."""
    if told.day:
        return False
    near = sentence[max(0, start - 80) : min(len(sentence), end + 60)]
    if _SPAN.search(near):
        return True  # a long span is never one act, even with a year named
    if _EXAMPLE.search(sentence, max(0, start - 60), start):
        return True  # "moves such as joint military exercises": a kind of act, not one act
    after = _CLAUSE_END.split(sentence[end : end + 60], 1)[0]
    if _HABIT.search(clause) or _HABIT.search(after) or _HABIT_AFTER.match(sentence, end):
        return True
    if _AS_YEARLY.search(sentence, max(0, start - 80), start):
        return True
    return _PLUPERFECT.search(clause) is not None and not told.time


def refers_back(sentence: str, start: int, statement: bool) -> bool:
    """Whether the trigger's subject points back to an actor of an earlier sentence: a
    pronoun ("It also urged ..."), or for a statement the document or speakers of the
    last statement ("The statement denounced ...", "Speakers at the rally accused ...")."""
    before = sentence[:start]
    if _PRONOUN_SUBJECT.match(before):
        return True
    if not statement:
        return False
    if _OPENS.fullmatch(before):
        # "Condemning the group ..., the statement demanded ...": the subject follows
        return _SUBJECT_AFTER.search(sentence, start, start + 240) is not None
    if _DOCUMENT_SUBJECT.match(before) is not None:
        return True
    return _SPEAKERS_AND.search(before) is not None


def enemy_subject(sentence: str, start: int) -> bool:
    """Whether the subject is "the (impudent) enemy", the side whose acts were just told;
    unlike a pronoun, it points back even where the sentence names other actors."""
    return _ENEMY_SUBJECT.match(sentence[:start]) is not None


def named_incident(sentence: str, end: int) -> bool:
    """Whether the trigger is the name of a known incident: "the shelling incident"."""
    return _INCIDENT.match(sentence, end) is not None


def owned_act(sentence: str, start: int, end: int, kind: str, told: Told = Told()) -> bool:
    """Whether a launch or test is named as somebody's, with no time in the sentence:
    "regard the DPRK's nuclear test as a provocation" recalls a known act; the article's
    lead tells the news, unless its wording makes the act background."""
    if kind not in _OWNABLE or not _ACT_NOUN.search(sentence, start, end):
        return False
    if told.time or _WHEN.search(sentence, dateline_end(sentence)):
        return False
    if _OWNER.search(sentence, max(0, start - 60), start) is None:
        return False
    return not told.lead or _BACKGROUND.search(sentence) is not None


# what a drill rehearses, a plan prepares, a weapon or a capability is for
_HOLDER = (
    r"(?:drills?|exercises?|maneuvers?|manoeuvres?|war ?games?|rehearsals?|training|"
    r"simulations?|plans?|planning|preparations?|scenarios?|strateg(?:y|ies)|doctrines?|"
    r"capabilit(?:y|ies)|capacit(?:y|ies)|abilit(?:y|ies)|means|weapons?|hardware|"
    r"equipment|posture|readiness|schemes?|plots?|attempts?|moves?|designs?|ambitions?|"
    r"pretexts?|excuses?|conditions|missions?|tactics|operation plans?|OPLAN[\w-]*|"
    r"provocations?|hysteria|frenzy|racket|rehearsal|missiles?|rockets?|fighters?|bombers?|"
    r"drones?|arms|munitions?|warships?|submarines?|aircraft)"
)
_AIMED = re.compile(
    rf"\b(?:{_HOLDER}\s+(?:for|of|at|toward|towards)|aim(?:ed|ing|s)?\s+(?:at|to)|"
    r"target(?:ed|ing)|simulat(?:ed|ing)|rehears(?:ed|ing)|practi[cs](?:ed|ing)|mock|"
    r"designed\s+(?:for|to)|intended\s+(?:for|to)|geared\s+(?:to|toward|for)|"
    r"prepar(?:ed|ing|ations?)\s+for|ready\s+for|intentions?\s+of)"
    r"\s+[\"“]?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "the capability to attack", "capable of striking", "means to destroy"
_CAPABLE = re.compile(
    r"\b(?:capabilit(?:y|ies)|capacit(?:y|ies)|abilit(?:y|ies)|means|weapons?|capable|"
    r"designed|intended|power)\s+(?:to|of)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# a statement named as the aim of another act: "petitioning for proposing a bill"
_STATEMENT_AS_AIM = re.compile(r"\b(?:for|of)\s+$", re.IGNORECASE)
# a summit's purpose: "held a tripartite summit ... to call for" (a meeting held "to
# denounce" is its participants' statement, and stays one)
_SUMMIT_AIM = re.compile(r"\bsummits?\b[^,;.]{0,80}?\bto\s+$", re.IGNORECASE)
# words voiced by no one: "voices calling for", "slogans demanding"
_VOICELESS = re.compile(
    r"\b(?:voices?|calls?|slogans?|placards?|banners?|posters?|shouts?|cries|chants?|"
    r"songs?|public opinion)\s+(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?$",
    re.IGNORECASE,
)
_HABIT = re.compile(
    r"\b(?:frequent(?:ly)?|ceaseless(?:ly)?|incessant(?:ly)?|constant(?:ly)?|"
    r"continuous(?:ly)?|endless(?:ly)?|successive(?:ly)?|one after another|"
    r"(?:almost |nearly )?every (?:day|week|month|year|time)|daily|routinely|"
    r"habitual(?:ly)?|all sorts of|all kinds of|various (?:forms|kinds|types|sorts) of|"
    r"time and again|again and again|year after year|day after day|on end|"
    r"more than once|(?:several|many|numerous) times|on many occasions|from time to time|"
    r"whenever|each time|"
    r"(?:is|are) (?:now )?(?:[\w-]+ly )?resorting to|the frequency (?:and \w+ )?of)\b",
    re.IGNORECASE,
)
# "As NATO stages annual drills, ...": a yearly habit in the present, setting the scene
_AS_YEARLY = re.compile(
    r"\bAs\s+(?:[\w.'’-]+\s+){1,4}?(?:stages|holds|conducts|carries out|mounts)\s+"
    r"(?:its\s+|their\s+)?(?:annual|yearly|regular|routine)\b[^,;]*$",
    re.IGNORECASE,
)
_HABIT_AFTER = re.compile(
    r"[^,;.]{0,40}?\b(?:are|is) (?:daily|common|frequent|routine) (?:occurrences?|"
    r"practices?|events?)\b",
    re.IGNORECASE,
)
_SPAN = re.compile(
    r"\b(?:for|over|during|in) (?:the )?(?:past|last) (?:[\w-]+ )?(?:years|decades|centur"
    r"(?:y|ies))\b|\bfor (?:many|several|long|some) (?:years|decades)\b|"
    r"\b(?:for|over) (?:[\w-]+ )?decades\b|\byear after year\b",
    re.IGNORECASE,
)
# "the U.S. had infiltrated saboteurs": a past told in the pluperfect, behind the news
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?(?!to\b)\w+(?:ed|en|wn|ght|nt|ept)\b", re.IGNORECASE
)
_OPENER = (
    r"[\s,\"“]*(?:(?:But|And|Then|Later|Also|However|Meanwhile|Moreover|Furthermore|"
    r"Now|Earlier|Afterwards|At the same time|Not content with (?:this|that|it)),?\s+)?"
)
_OPENS = re.compile(_OPENER)
# the words or speakers of the last statement ("the statement", "speakers") and the bodies
# that issue statements
_DOCUMENTS = (
    rf"(?:{OTHERS_WORDS}|statements?|editorials?|articles?|commentar(?:y|ies)|reports?|"
    r"spokes(?:man|woman|person)|memorandum|communiqu[eé]|documents?|bulletins?|petitions?|"
    r"paper|organi[sz]ations?|associations?|committees?|federations?|confederations?|unions?|"
    r"alliances?|groups?|parties|party|ministry|minister|government|authorities)"
)
_SUBJECT_AFTER = re.compile(
    rf",\s+(?:it|they|he|she|(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?{_DOCUMENTS})\s",
    re.IGNORECASE,
)
# "the (impudent) enemy": state media's name for the side whose acts it has just told; its
# clause runs on over coordinated verbs ("announced their plan to stage ... and kick off
# various other military exercises") up to a punctuation mark
_ENEMY = r"[Tt]he (?:[\w-]+ )?enem(?:y|ies)\s+(?:[\w'’-]+\s+){0,30}"
_ENEMY_SUBJECT = re.compile(rf"{_OPENER}{_ENEMY}$")
# "It also strongly urged ...": a pronoun subject opens the sentence, a few words before
_PRONOUN_SUBJECT = re.compile(rf"{_OPENER}(?:It|They|He|She)\s+(?:[\w'’-]+\s+){{0,5}}$")
# "..., the speakers disclosed its crimes and strongly demanded ...": the speakers of the
# last statement are the subject of a verb that the trigger is coordinated with
_SPEAKERS_AND = re.compile(
    r"(?:^|,\s+)(?:the\s+)?(?:speakers|participants)\s+[^,;:]{0,90}\band\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# "The statement denounced ...", "Speakers at the rally accused ...": the words or the
# speakers of the last statement, not a person in a role at home ("The Chairman ...")
_DOCUMENT_SUBJECT = re.compile(
    rf"{_OPENER}(?:(?:at|in|on) (?:the|a|an|its|their) [\w'’-]+(?: [\w'’-]+)?,?\s+)?"
    r"(?:(?:the|its|their|this)\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"{_DOCUMENTS}\b(?:\s+(?:at|of|in)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:]")
_MEETING_KINDS = frozenset({"talks", "summit"})
_OWNABLE = frozenset({"missile_launch", "satellite_launch", "nuclear_test", "weapons_test"})
_ACT_NOUN = re.compile(r"(?:tests?|launch(?:es)?|firings?)$", re.IGNORECASE)
# "the DPRK's ", "Iran's peaceful ": an owner just before the noun
_OWNER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}$")  # not "conducted its sixth test"
_TO_THE_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# wording that makes a named act background even in the lead: a standing view of it
# ("they regard the DPRK's nuclear test as ...") or an earlier one ("its previous test")
_BACKGROUND = re.compile(
    r"\b(?:regards?|considers?|views?|sees?|deems?|treats?)\b[^.;]{1,80}\bas\b|"
    r"\b(?:previous|earlier|past|former|prior)\b",
    re.IGNORECASE,
)
_WHEN = re.compile(
    r"\b(?:recent(?:ly)?|latest|last|this (?:week|month|year)|yesterday|today|ago|days?|weeks?)\b",
    re.IGNORECASE,
)
_INCIDENT = re.compile(r"\s+(?:incidents?|case|cases|affair|accident)\b", re.IGNORECASE)
# "the chieftain of aggression and massacre", "a den of terrorism": what someone is called
_EPITHET = re.compile(
    r"\b(?:chieftains?|boss(?:es)?|ringleaders?|kingpins?|masterminds?|symbols?|embodiments?|"
    r"dens?|bulwarks?|citadels?|strongholds?|empires?|harbingers?|henchm[ae]n|heirs?|"
    r"advocates?|champions?|instigators?|vanguards?|cradles?|hotbeds?|breeding grounds?|"
    r"spearheads?|incarnations?|personifications?|root|roots|source)\s+of\s+"
    r"(?:(?:the|a|an|all)\s+)?(?:[\w-]+\s+(?:and\s+)?){0,2}$",
    re.IGNORECASE,
)
_WISHED_AWAY = re.compile(
    r"\b(?:free|freed|freedom|rid)\s+(?:from|of)\s+(?:(?:all|any|the)\s+)?"
    r"(?:[\w-]+\s+(?:and\s+)?){0,2}$",
    re.IGNORECASE,
)
# "provocations such as large-scale joint military exercises": examples of a kind of act
_EXAMPLE = re.compile(r"\bsuch as\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# "a lecture on his visit", "impressions of their visit": what is talked or written about
# an act shown on a stamp, in a photo or a painting, or that a stamp commemorates: done
# some time before the issue or the showing, which is the only day the report gives
# ("the sheet contains pictures of Kim meeting with ...", "a stamp in commemoration of
# his August visit"); a sentence with a number of its own ("visit to China (May 20-26)")
# dates the act itself and is kept
_DEPICTED = re.compile(
    r"\b(?:stamps?|sheets?|pictures?|photos?|photographs?|portraits?|paintings?|posters?|"
    r"murals?|mosaics?)\s+(?:[\w-]+\s+){0,3}?(?:in\s+commemoration\s+of|commemorating|"
    r"to\s+commemorate|to\s+mark|marking|of|showing|depicting|portraying|featuring)\s+"
    r"(?:[\w'’.-]+\s+){0,6}$",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_TOPIC = re.compile(
    r"\b(?:(?:lectures?|speech|seminars?|books?|articles?|essays?|reminiscences|memoirs?|"
    r"accounts?|photos?|photographs?|exhibitions?|films?|documentar(?:y|ies)|reports?)\s+"
    r"(?:(?:in|at|on)\s+[^,;:]{1,30}?\s+)?(?:on|about)|impressions\s+of)\s+"
    r"(?:his|her|their|its|the|this|that)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a statement named as a noun with no owner: "under an avalanche of international protests
# and accusations", "amid condemnation" (not "the American accusations", "Japan's criticism")
_NOUN_HEAD = re.compile(r"(?:accusations?|condemnations?|denunciations?|criticisms?)\b", re.I)
_UNOWNED_NOUN = re.compile(
    r"\b(?:of|and|amid|under|despite|with|to|against|over)\s+(?:(?:the|an?|international|"
    r"worldwide|widespread|strong|growing|mounting|such|all|these|those|baseless|groundless)"
    r"\s+)*$",
    re.IGNORECASE,
)
