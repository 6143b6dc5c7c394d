"""Times named without a number or a calendar word, and steps the text cannot count, as TimeML
writes them: 'for a while' and 'for a fairly lengthy period' are an unknown amount (PXX), 'at
this crucial moment' is the present (PRESENT_REF); 'two years later' is the year two on from
the one the text last named, and a step no point can be counted from ('a few days later', 'a
minute and a half later') is its amount of time, the duration TimeML annotates. Each rule
takes the expression's words, the anchor, the clause tense and the value the text named last,
like the other date rules."""

from __future__ import annotations

import datetime as dt
import re

from briefgen.extract.calendar_rules import Result
from briefgen.extract.relative_rules import (
    STEP_SIGNS,
    counted_duration,
    number,
    unit,
    unit_duration,
)
from briefgen.extract.rules import Rule, first, rule
from briefgen.extract.timeml_rules import half_duration
from briefgen.timewords import REFERENCES

# Adjectives that say how long a period is without measuring it: "a fairly lengthy period".
_LENGTHS = frozenset({"long", "lengthy", "short", "brief", "extended"})


@rule(
    "date",
    example="In Maine, about a half million people still don't have power and they're going to "
    "have to live without it for a while.",
)
def unmeasured_period(words: list[str], *_: object) -> Result:
    """'for a while', 'for a fairly lengthy period', 'a short period': an amount of time no
    number measures, PXX (TimeBank's gold)."""
    if words[:1] != ["a"]:
        return None
    if words[1:] == ["while"]:
        return "PXX", "DURATION"
    core = words[1:]
    if len(core) in (2, 3) and core[-1] == "period" and core[-2] in _LENGTHS:
        return "PXX", "DURATION"
    return None


@rule(
    "date",
    example="At this moment, Rubio is seen as the candidate with the best chance to emerge from "
    "the establishment lane.",
)
def present_moment(words: list[str], *_: object) -> Result:
    """'this moment', 'this crucial moment', 'the present moment': the time of writing,
    PRESENT_REF, as HeidelTime writes 'at this moment'."""
    if words[-1:] != ["moment"] or words[0] not in ("this", "present") or len(words) > 3:
        return None
    return REFERENCES["now"], "DATE"


@rule(
    "date",
    example="President Barack Obama won the state in 2008 but lost it to Mitt Romney four years "
    "later.",
)
def periods_later(words: list[str], anchor: dt.date, _: str, last: str | None) -> Result:
    """'two years later', 'a year earlier' (not a comparison: `year_before_compared` comes
    first), 'three months later': the year or month the text last named (else the anchor's)
    moved by the amount, at the unit's granularity, as 'two days later' counts days
    (`days_later`); a month step from a text that named only a year is left to
    `amount_of_step`."""
    if len(words) != 3 or words[2] not in STEP_SIGNS or unit(words[1]) not in ("Y", "M"):
        return None
    amount = 1 if words[0] in ("a", "an") else number(words[0])
    if not amount or amount >= 1000:
        return None
    step = amount * STEP_SIGNS[words[2]]
    named = last if last and last[:4].isdecimal() else None
    if unit(words[1]) == "Y":
        return f"{(int(named[:4]) if named else anchor.year) + step:04d}", "DATE"
    month = re.match(r"(\d{4})-(\d{2})\b", named) if named else None
    if named and month is None:
        return None
    year, month_of_year = (int(month[1]), int(month[2])) if month else (anchor.year, anchor.month)
    index = year * 12 + month_of_year - 1 + step
    return f"{index // 12:04d}-{index % 12 + 1:02d}", "DATE"


@rule(
    "date",
    example="But a minute and a half later, a pilot from a nearby flight calls in.",
)
def amount_of_step(words: list[str], *_: object) -> Result:
    """'a few days later', 'a minute and a half later', 'hours later': a step no point can be
    counted from (a vague amount, a unit finer than the day the text names) is its amount of
    time, the duration TimeML annotates before 'later' (TimeBank: PXD, PT1M30S)."""
    if len(words) < 2 or words[-1] not in STEP_SIGNS:
        return None
    found = first([half_duration, counted_duration, unit_duration], words[:-1])
    return found[1] if found and found[1] and found[1][1] == "DURATION" else None


# Tried after the TimeML rules and before the durations (dates.py).
VAGUE_RULES: list[Rule[..., Result]] = [unmeasured_period, present_moment]
# Tried after the narrative rules (`days_later` counts days first).
STEP_RULES: list[Rule[..., Result]] = [periods_later, amount_of_step]
