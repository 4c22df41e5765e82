"""Acts that a sentence names but does not report: demanded, intended, feared or rehearsed.

Needs: the sentence text and the trigger's span in it. Adds nothing to the document;
`framing.framed` asks these questions of every trigger that is not a statement, and a
trigger they claim yields no event.

- demanded: the act is what someone calls for, demands or says should be done ("called
  for the withdrawal of the U.S. forces", "they should cancel the projected exercises"):
  the demand is the event (a statement, coded on its own words), its object is not.
- intended: the act lies in what an intention, ambition or scheme is said to aim at, a
  few words into it ("the crafty intention of Japan to paralyse vigilance by putting the
  dispatch of troops on a regular footing"); the verb right after "to" is a plan and is
  left to `modality.py`.
- feared: an attack that is only a spectre ("any sudden attack", "a nuclear attack", "a
  preemptive strike"), named by the nouns of threat-talk rather than told as done.
- unsaid: a statement that someone should make ("the government should demand ...").
- rehearsed: an attack that names the kind of a drill ("a combined strike drill",
  "shelling exercises"): the drill is the act.
"""

from __future__ import annotations

import re

from peninsula.understand.modality import clause_before


def unreal(sentence: str, start: int, end: int, kind: str) -> bool:
    """Whether the trigger at sentence[start:end] names an act the sentence does not
    report as done (see the module's docstring)."""
    clause_start = start - len(clause_before(sentence, start))
    if _DEMANDED.search(sentence, clause_start, start) or _TALKED_OF.search(
        sentence, max(0, start - 60), start
    ):
        return True
    if _DEMANDED_LIST.search(sentence, clause_start, start):
        return True
    should = _SHOULD.search(sentence, clause_start, start)
    if should is not None and not _GOES_ON.match(sentence, should.end()):
        return True
    if _MOVES_TOWARD.search(sentence, max(0, start - 40), start):
        return True  # "as part of its moves to seize the islets": the aim of moves
    if _INTENDED.search(sentence, max(0, start - 220), start):
        return True
    if kind != "attack":
        return False
    if _FEARED.search(sentence, max(0, start - 40), start) and not _DONE.match(sentence, end):
        return True
    return _DRILL_AFTER.match(sentence, end) is not None


def unsaid(sentence: str, start: int) -> bool:
    """Whether a statement is only one that should be made: "the government should demand
    the UN take steps", "must condemn": no one has said it."""
    return _OUGHT.search(sentence, max(0, start - 30), start) is not None


_OUGHT = re.compile(r"\b(?:should|must|ought to)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "called for the withdrawal of", "demanding an end to the", "urged Japan to stop": the
# act is the object of the demand (a handful of words at most, in the same clause)
_DEMANDED = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|insist(?:s|ed|ing)?\s+on|"
    r"appeal(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|"
    r"(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|"
    r"instigat(?:e|es|ed|ing)|incit(?:e|es|ed|ing)|goad(?:s|ed|ing)?|egg(?:s|ed|ing)?\s+on)\s+(?:[\w.'’-]+\s+){1,6}?to)\s+"
    r"(?:[\w.'’\"“”-]+\s+){0,6}$",
    re.IGNORECASE,
)
# "urged the authorities to set free all the detainees, stop the project and get the police
# withdrawn": every act of the list after "to" is asked for, up to an act the subject does
# itself ("... to respect the accord and expressed support for ...") or a time it is set in
# ("... to respond to the dialogue in the wake of the talks with the U.S.")
_DEMANDED_LIST = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|ask(?:s|ed|ing)?|"
    r"demand(?:s|ed|ing)?)\s+(?:[\w.'’-]+\s+){1,6}?to\s+"
    r"(?:(?!and\s+(?:\w+ly\s+)?(?:expressed|said|stressed|noted|declared|vowed|pledged|"
    r"praised|called|urged|denounced|condemned|warned|held|staged|was|were)\b|"
    r"in\s+the\s+wake\s+of\b|during\b|amid\b|in\s+the\s+course\s+of\b)"
    r"[\w.'’\"“”,-]+\s+){0,24}$",
    re.IGNORECASE,
)
# "talking about 'precision strike' at targets", "crying out for 'reunification by
# absorption'": an act the subject's rhetoric names, not one it does
_TALKED_OF = re.compile(
    r"\b(?:talk(?:s|ed|ing)?\s+(?:about|of)|clamou?r(?:s|ed|ing)?\s+(?:about|for)|"
    r"cr(?:y|ies|ied|ying)\s+(?:out\s+)?(?:about|for)|prattl(?:e|es|ed|ing)\s+about|"
    r"touting|ballyhoo(?:s|ed|ing)?)\s+(?:(?:a|an|the)\s+)?[\"“]?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "The U.S. should show its will by cancelling the projected exercises": what should be
# done (not "it should be noted", which opens a report, nor "must continue its aid",
# which tells of an act going on)
_SHOULD = re.compile(
    r"\b(?:should|must|had better)\s+(?!be\s+(?:noted|recalled|remembered|mentioned|"
    r"stressed|pointed out|emphasi[sz]ed)\b)(?:[\w.'’\"“”-]+\s+){0,30}$",
    re.IGNORECASE,
)
_GOES_ON = re.compile(r"(?:\w+ly\s+)?(?:continue|keep|go on)\b", re.IGNORECASE)
# "the (crafty) intention of Japan to paralyse ... through frequent dispatch of troops":
# at least two words between "to" and the trigger, all in one clause
_INTENDED = re.compile(
    r"\b(?:intentions?|ambitions?|schemes?|plots?|designs?|calculations?)\s+"
    r"(?:of\s+[^,;:.]{1,60}?\s+)?to\s+(?:[\w'’\"“”-]+\s+){2,}[^,;:.]*$",
    re.IGNORECASE,
)
# "its moves to seize", "the moves toward annexing": what someone's moves aim at
_MOVES_TOWARD = re.compile(
    r"\b(?:its|their|his|her|the|these|such)\s+(?:[\w-]+\s+)?moves?\s+(?:to|toward|towards)\s+$",
    re.IGNORECASE,
)
# the spectre of an attack: "any sudden attack", "a nuclear attack", "preemptive strike"
_FEARED = re.compile(
    r"\b(?:any|nuclear|preemptive|pre-emptive|surprise|first|sudden)\s+"
    r"(?:(?:surprise|sudden|nuclear|preemptive|pre-emptive|military)\s+)?[\"“]?$",
    re.IGNORECASE,
)
# ... unless it is told as done: "the preemptive strike killed", "was carried out"
_DONE = re.compile(
    r"[\"”]?\s+(?:was|were|has been|had been)?\s*(?:carried out|launched|conducted|"
    r"made|killed|hit|destroyed)\b",
    re.IGNORECASE,
)
_DRILL_AFTER = re.compile(
    r"[\"”]?\s+(?:drills?|exercises?|training|practices?|maneuvers?|manoeuvres?|"
    r"rehearsals?|war ?games?)\b",
    re.IGNORECASE,
)
