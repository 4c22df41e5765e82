"""Fill kind-specific event attributes from the trigger's sentence.

Needs: the sentence text, the trigger span in it, the kind's attribute names (kinds.yaml)
and the gazetteer (weapons, places). Adds nothing to the document; the event coder calls
`extract_attrs` per event. Every attribute is optional: a value is given only when the
sentence states it (weapon and missile class, count from number words, outcome, site,
channel, the object of a statement, the name of an exercise or agreement).
"""

from __future__ import annotations

import re
from typing import Any

MISSILE_CLASSES = (
    "icbm",
    "irbm",
    "srbm",
    "ballistic",
    "cruise",
    "hypersonic",
    "slbm",
    "mlrs",
    "sam",
)


def extract_attrs(
    kind: str, sentence: str, start: int, end: int, names: tuple[str, ...], gazetteer: Any = None
) -> dict[str, Any]:
    """Attributes named in `names` that the sentence states around sentence[start:end]."""
    attrs: dict[str, Any] = {}
    after = sentence[end : end + 120]
    if "weapon" in names or "missile_class" in names:
        weapon, klass = _weapon(sentence, start, gazetteer)
        if weapon and "weapon" in names:
            attrs["weapon"] = weapon
        if "missile_class" in names:
            klass = _missile_class(sentence) or klass
            if klass:
                attrs["missile_class"] = klass
    if "count" in names:
        count = _count(sentence[max(0, start - 40) : end + 80])
        if count is not None:
            attrs["count"] = count
    if "outcome" in names:
        outcome = _outcome(sentence)
        if outcome:
            attrs["outcome"] = outcome
    if "site" in names or "place" in names:
        place = _place(sentence, start, gazetteer)
        if place:
            attrs["site" if "site" in names else "place"] = place
    if "channel" in names:
        match = _CHANNEL.search(sentence)
        if match:
            attrs["channel"] = match.group(0)
    if "name" in names:
        match = _NAME.search(sentence)
        if match:
            attrs["name"] = match.group(0).strip()
    if "about" in names:
        about = _object_phrase(after)
        if about:
            attrs["about"] = about
    if "casualties" in names:
        match = _CASUALTIES.search(sentence)
        if match:
            attrs["casualties"] = _number(match.group(1))
    return attrs


def _weapon(sentence: str, start: int, gazetteer: Any) -> tuple[str | None, str | None]:
    if gazetteer is None or not hasattr(gazetteer, "find_weapons"):
        match = _WEAPON_NAME.search(sentence)
        return (match.group(0), None) if match else (None, None)
    found = gazetteer.find_weapons(sentence)
    if not found:
        return None, None
    best = min(found, key=lambda t: abs(t.start - start))
    category = str(getattr(best, "category", "") or "").lower()
    klass = category if category in MISSILE_CLASSES else None
    return getattr(best, "text", None) or getattr(best, "name", None), klass


def _missile_class(sentence: str) -> str | None:
    for pattern, klass in _CLASS_WORDS:
        if pattern.search(sentence):
            return klass
    return None


def _count(window: str) -> int | None:
    match = _COUNT.search(window)
    return _number(match.group(1)) if match else None


def _number(word: str) -> int | None:
    word = word.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)


def _outcome(sentence: str) -> str | None:
    if _FAILURE.search(sentence):
        return "failure"
    if _SUCCESS.search(sentence):
        return "success"
    return None


def _place(sentence: str, start: int, gazetteer: Any) -> str | None:
    if gazetteer is None or not hasattr(gazetteer, "find_places"):
        return None
    found = gazetteer.find_places(sentence)
    if not found:
        return None
    best = min(found, key=lambda t: abs(t.start - start))
    return getattr(best, "name", None) or getattr(best, "text", None)


def _object_phrase(after: str) -> str | None:
    text = _LEAD.sub("", after)
    match = _PHRASE.match(text)
    if not match:
        return None
    words = match.group(0).split()[:8]
    phrase = " ".join(words).strip(" ,.")
    return phrase or None


_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozens": 24,
    "several": 3,
    "multiple": 2,
    "a pair of": 2,
    "pair": 2,
}
_COUNT = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+"
    r"(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?|projectiles?|satellites?|shells?|rounds|"
    r"balloons?|drones?|ICBMs?|SRBMs?|IRBMs?|SLBMs?|cruise missiles?)\b",
    re.IGNORECASE,
)
_CLASS_WORDS = tuple(
    (re.compile(p, re.IGNORECASE), k)
    for p, k in (
        (r"\bhypersonic\b", "hypersonic"),
        (r"\bICBMs?\b|intercontinental", "icbm"),
        (r"\bIRBMs?\b|intermediate-range", "irbm"),
        (r"\bSLBMs?\b|submarine-launched", "slbm"),
        (r"\bSRBMs?\b|short-range ballistic", "srbm"),
        (r"\bcruise missiles?\b", "cruise"),
        (r"\bmultiple rocket|\bMRLs?\b|super-large", "mlrs"),
        (r"\bsurface-to-air|anti-aircraft\b", "sam"),
        (r"\bballistic\b", "ballistic"),
    )
)
_WEAPON_NAME = re.compile(
    r"\b(?:Hwasong|Pukguksong|Haesong|Hwasal|Chollima|Malligyong|Unha|KN|Kwangmyongsong)-?[\w-]*",
)
_FAILURE = re.compile(
    r"\b(?:failed|failure|exploded (?:shortly|soon|mid-air)|crashed|fell into the sea)\b",
    re.IGNORECASE,
)
_SUCCESS = re.compile(r"\bsuccess(?:ful|fully)?\b", re.IGNORECASE)
_CHANNEL = re.compile(
    r"(?:(?:inter-Korean|military|communication|liaison|telephone|hot)[\s-]+)+"
    r"(?:communication\s+)?(?:liaison\s+)?(?:lines?|channels?|hotlines?|office)|hotlines?",
    re.IGNORECASE,
)
_NAME = re.compile(
    r"(?:[A-Z][\w'-]+\s+){1,4}(?:exercises?|drills?|Declaration|Agreement|Treaty|Accord|Statement)"
    r"|\b(?:Ulchi|Freedom|Foal|Key|Vigilant)\s+[A-Z][\w ]{2,30}?(?=\s+(?:exercise|drill)|[,.])",
)
_CASUALTIES = re.compile(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:at least\s+)?"
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens)\b",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^\s*(?:(?:for|on|of|to|that|with|against|as|about)\s+)?")
_PHRASE = re.compile(r"[^,.;:\"“”()]{3,120}")
