"""Decide an event's modality from the words around its trigger.

Needs: the sentence text and the trigger's span in it. Adds nothing to the document; the
event coder calls `modality_of` per trigger. Cues are read in the trigger's own clause (back
to the nearest clause break: "but", "citing", "after", a semicolon ...), nearest first:

- denied: a negation right before the trigger ("did not", "never", "no longer"), a denial
  verb ("denied"), or "no ... at all" around it;
- threatened: "threatened to", "warned it would", or "will/would ... if/unless";
- planned: "vowed to", "will", "plans to", "set forth plans to", "intends to",
  "expressed a will to", "willingness to" ...;
- occurred otherwise. Verbal kinds (statements) are always occurred: the statement is the
  event.

Hedges ("may", "reportedly", "allegedly") lower confidence; speculation by the writer
("could", "is expected to") marks the trigger as `speculative`, so it yields no event.
A trigger inside a pluperfect relative clause ("which had been cut off") is `background`:
it restates a known state rather than reporting an event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from peninsula.models import Modality


@dataclass(frozen=True, slots=True)
class ModalityReading:
    modality: Modality
    confidence: float = 1.0  # multiplier for the event's confidence
    speculative: bool = False
    background: bool = False


def modality_of(sentence: str, start: int, end: int, statement: bool = False) -> ModalityReading:
    """Read the modality of the trigger at sentence[start:end]."""
    clause = _clause_before(sentence, start)
    after = _clause_after(sentence, end)
    hedge = 0.75 if _HEDGE.search(clause) else 1.0
    if statement:
        # "has neither courage nor intention to condemn", "is not entitled to blame": a
        # statement that was not made is no statement
        if _NEGATION.search(clause) or _NOT_ENTITLED.search(clause):
            return ModalityReading(Modality.DENIED, hedge)
        if _CONDITION_OPEN.search(clause):
            # "if the ROK refuses to respect the border, ...": a refusal only supposed
            return ModalityReading(Modality.OCCURRED, 0.5, speculative=True)
        if _HABITUAL.match(after):
            # "which the DPRK has demanded a stop for years": said again and again, on no
            # day of its own
            return ModalityReading(Modality.OCCURRED, hedge, background=True)
        return ModalityReading(Modality.OCCURRED, hedge)
    if (
        _BACKGROUND.search(sentence, max(0, start - 40), start)
        or _STANCE.search(clause)
        or _SUCH.search(sentence, max(0, start - 40), start)
    ):
        # "our stand on the scattering": a stance on an act is not the act; "such frequent
        # intrusion": the act told before, named again
        return ModalityReading(Modality.OCCURRED, hedge, background=True)
    if _past_victims(sentence, end):
        return ModalityReading(Modality.OCCURRED, hedge, background=True)
    denial = _DENIAL.search(sentence, max(0, start - 80), start)
    if (
        _NEGATION.search(clause)
        or denial
        or _NO_AT_ALL.search(sentence, max(0, start - 80), min(len(sentence), end + 80))
    ):
        return ModalityReading(Modality.DENIED, hedge)
    if _PLEDGED_NOT.search(clause):
        # "had promised not to carry out missile tests", "will stop nuclear tests": a pledge
        # to refrain is no launch (the pledge is a concession, coded on its own words)
        return ModalityReading(Modality.DENIED, hedge, speculative=True)
    if _CONDITION_OPEN.search(clause):
        # "If the ROK resumes the leaflet scattering, ...": the condition did not happen
        return ModalityReading(Modality.PLANNED, 0.5, speculative=True)
    if _POLICY.search(clause):
        # "we will continue to send balloons": a standing policy, no act of its own
        return ModalityReading(Modality.PLANNED, 0.5, speculative=True)
    future = _FUTURE.search(clause)
    if _THREAT.search(clause) or (future and _CONDITION.search(after)):
        return ModalityReading(Modality.THREATENED, hedge)
    if future and _CONDITION.search(clause, 0, future.start()):
        # "if they resume ..., we will scatter a hundred times more": a conditional pledge
        return ModalityReading(Modality.THREATENED, hedge)
    if _SPECULATION.search(clause) or _PURPOSE.search(clause) or _CONSEQUENCE.search(clause):
        # "may lead to clashes", "if they lead to military clashes": a feared outcome
        return ModalityReading(Modality.PLANNED, 0.5, speculative=True)
    pledged = _PLAN.search(clause) or _PLAN.match(sentence, start)
    if _ATTEMPT.search(clause) or (not pledged and _TRAILING_CONDITION.match(after)):
        # "running amuck to attack the DPRK", "destroy them by strikes if it moves": an aim
        # or an order for a case that has not come
        return ModalityReading(Modality.PLANNED, 0.5, speculative=True)
    if pledged or _FUTURE_AFTER.match(after) or _TO_COME.match(sentence, end):
        return ModalityReading(Modality.PLANNED, hedge)
    return ModalityReading(Modality.OCCURRED, hedge)


def _past_victims(sentence: str, end: int) -> bool:
    """Whether "<victims> killed by X" is told of the past with no year to date it: "a
    memorial for the draftees killed by Japan" restates old deaths, which get no day of the
    report (with a year in the sentence the dating gives the year)."""
    return (
        _BY_AGENT.match(sentence, end) is not None
        and _VICTIM_VERB.search(sentence, max(0, end - 14), end) is not None
        and _HISTORIC_CUE.search(sentence) is not None
        and _YEAR.search(sentence) is None
    )


def clause_before(sentence: str, start: int) -> str:
    """The trigger's own clause up to the trigger: back to the nearest clause break."""
    return _clause_before(sentence, start)


def _clause_before(sentence: str, start: int) -> str:
    window = sentence[max(0, start - 160) : start]
    cut = 0
    for match in _BOUNDARY.finditer(_QUOTED_NAME.sub(_blank_quotes, window)):
        cut = match.end()
    return window[cut:]


# a quoted name of a word or three ('plan to stage "Thaeguk" exercises'): its quotes
# mark the name, they end no clause
_QUOTED_NAME = re.compile(r"[\"“](?:[\w-]+ ?){1,3}[\"”](?=\s*(?:[a-z]|$))")


def _blank_quotes(match: re.Match[str]) -> str:
    return " " + match.group(0)[1:-1] + " "


def _clause_after(sentence: str, end: int) -> str:
    window = sentence[end : end + 160]
    match = _AFTER_BOUNDARY.search(window)
    return window[: match.start()] if match else window


_BOUNDARY = re.compile(
    # "As you will see, we have ...": an aside to the reader ends where the clause begins
    r"\bas (?:you|we) (?:will |can |may |would |should |already |all |well )*"
    r"(?:see|know|noticed?|recall|remember|understand)\b,?|"
    r"[;:\"“”()]|\s[–—]\s|\b(?:but|citing|after|amid|following|because|since|while|although|"
    r"though|whereas|before|despite|as|when|where|who|which|that|said|says|added|reached|"
    r"signed|adopted|concluded|"
    r"reported|according to)\b",
    re.IGNORECASE,
)
_AFTER_BOUNDARY = re.compile(r"[;:\"“”]|\b(?:but|citing|after|amid|following)\b", re.IGNORECASE)
# A negation governing the trigger: at most two words between it and the trigger.
_NEGATION = re.compile(
    r"\b(?:did not|didn't|does not|doesn't|do not|don't|has not|hasn't|have not|haven't|"
    r"had not|hadn't|was not|wasn't|were not|weren't|will not|won't|would not|never|"
    r"not|no longer|neither|nor|fail(?:ed|s)? to|refus(?:ed|es|ing) to|"
    r"no (?:intention|plan|plans) (?:of|to)|"
    # "asserted the absence of a nuclear test": an act said not to exist
    r"(?:absence|lack|non-?existence) of|non-?existent)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_DENIAL = re.compile(r"\b(?:den(?:y|ied|ies|ying)|refuted|dismissed reports)\b", re.IGNORECASE)
_NO_AT_ALL = re.compile(r"\bno\s+(?:\w+\s+){0,8}?at all\b", re.IGNORECASE)
_THREAT = re.compile(
    r"\b(?:threat(?:en(?:ed|s|ing)?)? to|warn(?:ed|s|ing)? (?:that )?\w+ (?:would|will|could))\b",
    re.IGNORECASE,
)
# a condition whose clause the trigger is in: "if" with no comma or main verb after it
_CONDITION_OPEN = re.compile(r"\b(?:if|unless|in case)\b[^,;]*$", re.IGNORECASE)
_PLEDGED_NOT = re.compile(
    r"\bnot to "
    r"(?:\w+ ){0,2}(?:carry out|conduct|stage|hold|launch|fire|test)\b|\b(?:stop|halt|suspend|"
    r"freeze|refrain from|moratorium on|cease|end)(?:s|ed|ping|ing)? (?:[\w-]+ ){0,6}$",
    re.IGNORECASE,
)
_FUTURE = re.compile(r"\b(?:will|would|shall)\b|'ll\b", re.IGNORECASE)
_HABITUAL = re.compile(
    r"[^,;.]{0,30}?\b(?:for (?:many |several |long )?(?:years|decades)|over the (?:years|decades)|"
    r"time and again|again and again|on many occasions)\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"\b(?:if|unless|should the|in case)\b", re.IGNORECASE)
# ("On May 3", "in May 2012", "since 13 May" name the month, not a modal)
_SPECULATION = re.compile(
    r"\b(?:could|might|(?<!\bin )(?<!\bof )(?<!\bsince )(?<!\b\d )(?<!\b\d\d )may(?! \d)|(?:is|are|was|were) (?:widely )?(?:expected|likely|poised|"
    r"believed|feared) to|likely to|possibility of|likelihood of|capable of|ability to)\b",
    re.IGNORECASE,
)
_PLAN = re.compile(
    r"\b(?:will|would|shall|vow(?:ed|s)? to|pledg(?:ed|es)? to|promis(?:ed|es)? to|"
    r"plan(?:s|ned|ning)? to|plans? (?:\w+ ){0,2}to|intend(?:s|ed)? to|intention to|"
    r"aim(?:s|ed)? to|decid(?:ed|es) to|decision to|agreed(?: on \w+day)? to|agree to|"
    r"expressed (?:\w+ ){0,2}(?:will|willingness|readiness|intention|determination) to|"
    r"willing(?:ness)? to|ready to|readiness to|prepared to|going to|(?:is|are) to|"
    r"scheduled to|set to|seek(?:s|ing)? to|sought to|determined to|committed to|"
    r"commitment to|wants? to|wanted to|hopes? to|(?:keen|eager) to|upcoming|to be held|schem(?:e|es|ing) to|"
    r"requir(?:e|es|ed) (?:\w+ ){0,3}to|needs? to|contemplat(?:e|es|ed|ing)|"
    r"mull(?:s|ed|ing)?|(?:an?|the|their|its|his|her) attempts? to|bid to|"
    r"cannot but (?:re)?consider|(?:re)?consider(?:s|ed|ing)? (?:the )?(?:[\w-]+ ){0,2}"
    r"(?:measures|steps|options) (?:necessary |needed )?for)\b|'ll\b",
    re.IGNORECASE,
)
# A purpose clause tells what was sought, not what was done: "in a bid to seize its edge".
_PURPOSE = re.compile(
    r"\b(?:in a bid to|in an? (?:attempt|effort|move) to|in order to|so as to|aimed at|"
    r"aiming to|with a view to)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# an outcome told in the present or infinitive: "they lead to military clashes",
# "(would) result in war"; "led to clashes" tells what happened
_CONSEQUENCE = re.compile(
    r"\b(?:lead|leads|result|results|develop|develops|escalate|escalates|turn|turns|"
    r"spiral|spirals)\s+(?:up\s+)?(?:in|into|to)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# a frenzy toward an act: "running amuck to attack", "are trying to seize" ("attempted to
# kill" tells of a real attempt)
_ATTEMPT = re.compile(
    r"\b(?:tries|trying|run(?:s|ning)? amuck|ran amuck|"
    r"(?:hell-)?bent on|desperate|desperately|zealous)\s+(?:to\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# a condition right after the act, in its own clause: "by merciless strikes if it moves"
_TRAILING_CONDITION = re.compile(
    r"[^,;.]{0,60}?(?<!\bas )(?<!\beven )\b(?:if|unless|in case|should (?:the|they|it|any))\s+"
    r"(?!necessary|needed|required|possible|any\b)",
    re.IGNORECASE,
)
# a nominal head whose verb follows: "the exercises would be staged from 2013"
_FUTURE_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:will|would|shall|(?:is|are) (?:to|scheduled to|set to|slated "
    r"to))\s+(?:also\s+)?be\s+(?:staged|held|conducted|launched|carried out|started|kicked off)\b",
    re.IGNORECASE,
)
# "the "summit" to be co-sponsored by ...": a meeting or drill still to come (read past
# the closing quote, which ends the clause)
_TO_COME = re.compile(
    r"[\"”’']?\s+to\s+be\s+(?:co-?)?(?:held|hosted|sponsored|organi[sz]ed|convened|staged|"
    r"conducted|opened)\b",
    re.IGNORECASE,
)
_NOT_ENTITLED = re.compile(r"\b(?:not entitled|no right|no courage|no intention) to\s+$", re.I)
_HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|apparently|suspected|presumably|possibly|seemingly|"
    r"appears? to|seems? to|said to have)\b",
    re.IGNORECASE,
)
_POLICY = re.compile(
    r"\b(?:will|shall|would) (?:\w+ ){0,2}(?:continue|keep on|go on) (?:to )?(?:[\w-]+ ){0,2}$",
    re.IGNORECASE,
)
_BY_AGENT = re.compile(r"\s+by\s")
_VICTIM_VERB = re.compile(
    r"\b(?:killed|massacred|murdered|slaughtered|butchered|abducted|kidnapped|tortured|"
    r"wounded|shot|drafted)$",
    re.IGNORECASE,
)
# words that tell of old victims: their memory, remains, graves, the war or colonial rule
_HISTORIC_CUE = re.compile(
    r"\b(?:memor(?:y|ial|ials)|remains|monuments?|graves?|bereaved|commemorat\w+|mourn\w*|"
    r"anniversary|at that time|in those days|wartime|during the (?:\w+ )?war|colonial|"
    r"the past|draftees|martyrs?)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20[0-4]\d)s?\b")
_SUCH = re.compile(r"\bsuch (?!as\b)(?:[\w-]+ ){0,2}$", re.IGNORECASE)
# a nominal stance whose object the trigger is in: "clarified our stand on the scattering"
_STANCE = re.compile(
    r"\b(?:stand|stance|position|attitude|standpoint|view)s? (?:on|toward|towards|regarding|"
    r"about) (?:[\w-]+ ){0,6}$",
    re.IGNORECASE,
)
_BACKGROUND = re.compile(r"\b(?:which|that) had (?:been )?(?:\w+ )?$", re.IGNORECASE)
