"""Resolve relative expressions, durations and sets to TIMEX3 values.

Needs: a regex match from `timex_patterns` and the shared `_State` (document date, last
date mentioned). Adds: one `Timex` per match: "last month", "the following day",
"three days ago", "two years", "every week", "the latest quarter", "now".
"""

from __future__ import annotations

import re
from datetime import timedelta

from peninsula.models import Timex, TimexType
from peninsula.understand.timex_calendar import (
    _UNIT_NAMES,
    _duration,
    _mk,
    _mod,
    _number,
    _shift_value,
    _State,
    _unknown,
    _year_start,
)


def _r_relunit(m: re.Match[str], st: _State) -> Timex | None:
    rel = " ".join((m.group("rel") or "").lower().split())
    unit = m.group("unit").lower()
    mod = _mod(st.lex, m.groupdict().get("mod"))
    if rel in ("the following", "the next", "the previous", "the preceding", "the same", "that"):
        shift = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(
            rel, 0
        )
        if rel == "the next" and unit != "day":
            anchor = st.dct  # "the next month" speaks from now unless a day anchors it
        else:
            anchor = st.last_day or _year_start(st.last_value) or st.dct
        if anchor is None:
            return _mk(m, TimexType.DATE, _unknown(unit), rel=True, anchored=False, mod=mod)
        return _mk(m, TimexType.DATE, _shift_value(anchor, unit, shift), rel=True, mod=mod)
    if st.dct is None:
        value = {
            "last": "PAST_REF",
            "the past": "PAST_REF",
            "next": "FUTURE_REF",
            "the coming": "FUTURE_REF",
        }.get(rel, _unknown(unit))
        return _mk(m, TimexType.DATE, value, rel=True, anchored=False, mod=mod)
    shift = {
        "last": -1,
        "the past": -1,
        "the last": -1,
        "the previous": -1,
        "next": 1,
        "the coming": 1,
        "this coming": 1,
    }.get(rel, 0)
    if unit == "quarter" and rel in ("the latest", "the most recent", "the"):
        shift = -1
    if unit == "day" and rel in ("this", "the", "the current", "current", "the present"):
        return None  # "this day" is rarely a date in news prose
    if unit == "weekend":
        base = st.dct - timedelta(
            days=st.dct.weekday() + 7 if st.dct.weekday() < 4 else st.dct.weekday()
        )
        base += timedelta(days=7 * shift)
        iso = base.isocalendar()
        return _mk(m, TimexType.DATE, f"{iso[0]}-W{iso[1]:02d}-WE", rel=True, mod=mod)
    return _mk(m, TimexType.DATE, _shift_value(st.dct, unit, shift), rel=True, mod=mod)


def _r_anchored(m: re.Match[str], st: _State) -> Timex | None:
    unit = m.group("unit").lower()
    shift = -1 if m.group("dir").lower() in ("before", "earlier") else 1
    anchor = st.last_day or st.dct
    if anchor is None:
        return _mk(m, TimexType.DATE, _unknown(unit), rel=True, anchored=False)
    return _mk(m, TimexType.DATE, _shift_value(anchor, unit, shift), rel=True)


_FEW_DAYS = 3  # how far back "a few days ago" is read; `dating` centres its week there


def _r_ago(m: re.Match[str], st: _State) -> Timex | None:
    n = _number(st.lex.numbers, m.group("n"))
    unit = st.lex.units[m.group("unit").lower()]
    direction = m.group("dir").lower().split()[0]
    mod = st.lex.approx.get(" ".join((m.group("ap") or "").lower().split()))
    sign = 1 if direction in ("later", "from", "hence") else -1
    if n is None and unit == "D" and sign < 0 and st.dct is not None:
        # "a few days ago", "several days ago", "days ago": the week around three days back
        iso = (st.dct - timedelta(days=_FEW_DAYS)).isocalendar()
        return _mk(m, TimexType.DATE, f"{iso[0]}-W{iso[1]:02d}", rel=True, mod=mod)
    if n is None or n != int(n) or unit in ("S", "TM", "TH", "WE"):
        return _mk(m, TimexType.DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", rel=True, mod=mod)
    anchored_on_text = direction in ("earlier", "later", "previously")
    anchor_value = st.last_value if anchored_on_text or unit == "Y" else None
    near = m.start() - st.last_end < 300
    if anchor_value and unit == "Y" and near and ("Q" in anchor_value or anchored_on_text):
        y = int(anchor_value[:4]) + sign * int(n)  # "a year earlier": same quarter, month or day
        if anchor_value[4:] != "-02-29":
            return _mk(m, TimexType.DATE, f"{y}{anchor_value[4:]}", rel=True, mod=mod)
    if anchored_on_text and st.last_day is not None:
        anchor = st.last_day  # "a day earlier": the last day mentioned, however far back
    else:
        anchor = st.dct
    if anchor is None:
        return _mk(
            m,
            TimexType.DATE,
            "PAST_REF" if sign < 0 else "FUTURE_REF",
            rel=True,
            anchored=False,
            mod=mod,
        )
    return _mk(
        m, TimexType.DATE, _shift_value(anchor, _UNIT_NAMES[unit], sign * int(n)), rel=True, mod=mod
    )


def _r_dur(m: re.Match[str], st: _State) -> Timex | None:
    raw_n = " ".join(m.group("n").lower().split())
    unit = st.lex.units[m.group("unit").lower()]
    if unit in ("S", "TM") and not raw_n[0].isdigit():
        return None  # "a second round", "a minute" as idiom
    n = _number(st.lex.numbers, raw_n)
    if n is None and raw_n not in st.lex.numbers:
        return None
    mod = st.lex.approx.get(" ".join((m.group("ap") or "").lower().split()))
    start = m.start()
    if m.group("det") and not m.group("adj") and raw_n in ("a", "an"):
        return None
    if m.group("ap") and m.group("det"):  # "over the next year": a preposition, not "more than"
        mod, start = None, m.start("det")
    if unit == "Q" and re.fullmatch(r"(?:1[6-9]|20)\d\d", raw_n):
        last = st.last_value if st.last_value and "-Q" in st.last_value else "XXXX-QX"
        return _mk(m, TimexType.DATE, raw_n + last[4:], rel=True)  # "the 1988 quarter"
    if (
        unit == "Q"
        and not (m.group("det") or m.group("adj"))
        and raw_n in ("a", "an", "one", "two", "three")
        and re.match(r"\s+of\b", st.text[m.end() : m.end() + 4])
    ):
        return None  # "three-quarters of the vote": a fraction
    return _mk(m, TimexType.DURATION, _duration(n, unit), mod=mod, start=start)


def _r_durplural(m: re.Match[str], st: _State) -> Timex | None:
    word = (m.group("unit") or m.group("unit2")).lower().rstrip("s").replace("centurie", "century")
    return _mk(m, TimexType.DURATION, _duration(None, st.lex.units[word]))


def _r_qrel(m: re.Match[str], st: _State) -> Timex | None:
    last = st.last_value if st.last_value and "-Q" in st.last_value else None
    adj = (m.group("adj") or m.group("ya") or "").lower()
    if adj.startswith("year"):
        if last is None:
            return None if m.group("ya") else _mk(m, TimexType.DATE, "XXXX-QX", anchored=False)
        return _mk(m, TimexType.DATE, f"{int(last[:4]) - 1}{last[4:]}", rel=True)
    if last is not None and adj in ("", "same"):
        return _mk(m, TimexType.DATE, last, rel=True)
    if st.dct is None:
        return _mk(m, TimexType.DATE, "XXXX-QX", rel=True, anchored=False)
    return _mk(m, TimexType.DATE, _shift_value(st.dct, "quarter", -1), rel=True)


def _r_ref(m: re.Match[str], st: _State) -> Timex | None:
    value = st.lex.refs[" ".join(m.group("w").lower().split())]
    if m.group("w") == "Now" and st.text[m.end() : m.end() + 1] == ",":
        return None  # "Now, he says, ...": a discourse marker opening the sentence
    if value.startswith("P") and not value.endswith(
        "_REF"
    ):  # "recent months": an unspecified stretch, TimeML "PXM"
        return _mk(m, TimexType.DURATION, value)
    return _mk(m, TimexType.DATE, value, rel=True)


def _r_soon(m: re.Match[str], st: _State) -> Timex | None:
    """ "may soon seek", "soon will begin": a near future, TIMEX3 FUTURE_REF."""
    g = "s" if m.group("s") else "s2"
    return _mk(m, TimexType.DATE, "FUTURE_REF", rel=True, start=m.start(g), end=m.end(g))


_ADVERBIAL = re.compile(
    r"\s*(?:[.,;:!?)\"'’”]|$|(?:basis|outside|inside|for|in|at|since|through|until|on|from|to|"
    r"and|or|by|during)\b)"
)


def _r_set(m: re.Match[str], st: _State) -> Timex | None:
    if m.group("adv"):  # "rallies held almost daily", "on a daily basis"
        if not m.group("adv").islower() or not _ADVERBIAL.match(st.text, m.end()):
            return None  # "daily volume", "the People's Daily": an adjective or a name
        return _mk(m, TimexType.SET, st.lex.freqs[m.group("adv").lower()])
    word = (m.group("unit") or m.group("unit2")).lower()
    if word in st.lex.weekdays:
        return _mk(m, TimexType.SET, f"XXXX-WXX-{st.lex.weekdays[word] + 1}")
    n = _number(st.lex.numbers, m.group("n")) if m.group("n") else 1
    return _mk(m, TimexType.SET, _duration(n, st.lex.units[word]))
