"""Relative expressions: durations, sets, references, deictic and narrative dates, weekdays.

Each rule takes the expression's words (lower case, hyphens split, articles and
prepositions dropped), the anchor, the clause tense and the value the text mentioned last,
and returns a TimeML value and type, or None when the rule does not apply. Direction comes
from the tense: a past-tense "on Wednesday" is the last Wednesday on or before the anchor,
a future one the next. Narrative expressions ("two days later", "the previous year", "that
day") resolve against the value the text mentioned last.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.extract.calendar_rules import Result
from briefgen.extract.rules import Rule, rule
from briefgen.timewords import (
    CADENCES,
    DAYS_FROM_TODAY,
    DURATION_HEDGES,
    MONTHS,
    NUMBERS,
    PARTS_OF_DAY,
    PERIOD_PARTS,
    REFERENCES,
    SEASONS,
    UNIT_STEPS,
    UNITS,
    VAGUE_AMOUNTS,
    WEEKDAY_COMPANIONS,
    WEEKDAYS,
)


def number(word: str) -> int | None:
    """An amount written in digits or words ('48', 'two')."""
    return int(word) if word.isdecimal() else NUMBERS.get(word)


def unit(word: str) -> str | None:
    """The TimeML unit of a unit word, singular or plural ('days' -> 'D', 'centuries' -> 'CE')."""
    if word in ("is", "was"):
        return None
    if word.endswith("ies"):
        return UNITS.get(word[:-3] + "y")
    return UNITS.get(word[:-1] if word.endswith("s") else word)


def period(amount: str, code: str) -> str:
    """A TimeML duration: ('4', 'D') -> 'P4D', ('48', 'TH') -> 'PT48H', ('2', 'DE') -> 'P20Y'."""
    if code == "DE" and amount != "X":
        return f"P{int(amount) * 10}Y"
    return f"PT{amount}{code[1]}" if code.startswith("T") else f"P{amount}{code}"


class Reference(str):
    """The value a text named last, remembering the last day it named: 'later in the day'
    after 'on Tuesday ... in February' is that Tuesday."""

    day: str | None = None
    quarter: str | None = None


def as_day(value: str | None) -> dt.date | None:
    """The day of a value that names one ('2025-10-19', '2025-10-19T22:00'); of a
    `Reference`, the last day the text named."""
    value = getattr(value, "day", None) or value
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}(T[\w:]+)?", value):
        return dt.date.fromisoformat(value[:10])
    return None


@rule("date", example="GM posts first annual loss since 1992")
def annual(words: list[str], *_: object) -> Result:
    """'annual' is a year, in MEANTIME's convention: P1Y."""
    return ("P1Y", "DURATION") if words == ["annual"] else None


def _duration_core(words: list[str]) -> list[str]:
    """An amount of time without its hedges ('more than', 'the past') and the article of a
    vague amount ('a few days', 'a couple of years')."""
    core = [w for w in words if w not in DURATION_HEDGES and w != "now"]
    if len(core) == 3 and unit(core[1]) and (core[2] == "year" or re.fullmatch(r"\d{4}", core[2])):
        core = core[:2]  # "the first nine months of 1997": the year is a date of its own
    if len(core) > 1 and core[0] in ("a", "an") and (core[1] in VAGUE_AMOUNTS or number(core[1])):
        core = core[1:]
    return core


@rule(
    "date",
    example="Efforts to broker a lasting ceasefire between Pakistan and Afghanistan ended in "
    "failure this week, as Islamabad declared that the four-day talks in Istanbul had failed.",
)
def counted_duration(words: list[str], *_: object) -> Result:
    """An amount of time: 'four-day', '48-hour', 'the past two decades', 'several years'."""
    core = _duration_core(words)
    if len(core) != 2 or not unit(core[1]):
        return None
    amount = number(core[0])
    if core[0] not in VAGUE_AMOUNTS and not (amount and amount < 1000):
        return None  # "the 1988 quarter" counts no quarters
    return period(str(amount) if amount else "X", unit(core[1]) or ""), "DURATION"


@rule(
    "date",
    example="However it has in recent years been struggling with poor profitability and "
    "shrinking market shares.",
)
def unit_duration(words: list[str], *_: object) -> Result:
    """A unit alone: 'years' (PXY), 'recent years', 'the past year' (P1Y)."""
    core = _duration_core(words)
    if len(core) == 1 and unit(core[0]) and (core[0].endswith("s") or "past" in words):
        return period("X" if core[0].endswith("s") else "1", unit(core[0]) or ""), "DURATION"
    return None


@rule(
    "date",
    example='During the keynote, Schiller said, "The Mac has outpaced the PC industry every '
    'quarter for five years running and with OS X Lion we plan to keep extending our lead."',
)
def every_unit(words: list[str], *_: object) -> Result:
    """A set: 'every Friday' (XXXX-WXX-5), 'each July' (XXXX-07), 'each year' (P1Y), 'every
    night' (XXXX-XX-XXTNI), 'every summer' (XXXX-SU), as HeidelTime's set_r1 writes them."""
    if words[0] not in ("every", "each") or len(words) != 2:
        return None
    if words[1] in WEEKDAYS:
        return f"XXXX-WXX-{WEEKDAYS.index(words[1]) + 1}", "SET"
    if words[1] in MONTHS:
        return f"XXXX-{MONTHS[words[1]]:02d}", "SET"
    if words[1] in PARTS_OF_DAY:
        return f"XXXX-XX-XXT{PARTS_OF_DAY[words[1]]}", "SET"
    if words[1] in SEASONS:
        return f"XXXX-{SEASONS[words[1]]}", "SET"
    return (period("1", unit(words[1]) or ""), "SET") if unit(words[1]) else None


@rule(
    "date",
    example="In a joint statement with Tourism Minister Andrew Thomson, it said two new flights "
    "would leave Bombay on Monday and Tuesday nights from March 30.",
)
def plural_weekday(words: list[str], *_: object) -> Result:
    """A weekday in the plural is a set: 'Fridays' (XXXX-WXX-5), 'Tuesday nights'
    (XXXX-WXX-2TNI)."""
    if len(words) == 1 and words[0].endswith("s") and words[0][:-1] in WEEKDAYS:
        return f"XXXX-WXX-{WEEKDAYS.index(words[0][:-1]) + 1}", "SET"
    if len(words) != 2 or words[0] not in WEEKDAYS or not words[1].endswith("s"):
        return None
    part = PARTS_OF_DAY.get(words[1][:-1])
    return (f"XXXX-WXX-{WEEKDAYS.index(words[0]) + 1}T{part}", "SET") if part else None


@rule(
    "date",
    example="For weeks the communist government has held such rallies almost daily.",
)
def cadence_word(words: list[str], *_: object) -> Result:
    """A set in one word: 'daily' (P1D), 'weekly', 'annually'."""
    return (CADENCES[words[0]], "SET") if len(words) == 1 and words[0] in CADENCES else None


@rule(
    "date",
    example="Pre-orders of the recently announced iPhone 4 began Tuesday, overwhelming Apple "
    "and AT&T.",
)
def reference_word(words: list[str], *_: object) -> Result:
    """'now', 'recently', 'the past', 'the long term': PRESENT_REF, PAST_REF, FUTURE_REF."""
    core = [w for w in words if w not in ("more", "most", "very", "in", "history", "until")]
    phrase = " ".join(core)
    return (REFERENCES[phrase], "DATE") if phrase in REFERENCES else None


def _deictic_core(words: list[str]) -> list[str]:
    """A deictic expression without the words that narrow it ('late yesterday')."""
    return [
        w for w in words if w not in ("earlier", "later", "this", "same") and w not in PERIOD_PARTS
    ]


@rule(
    "date",
    example="A large asteroid is heading towards Earth, measuring half a kilometre wide, and is "
    "expected to come closer to us than the moon tonight.",
)
def tonight(words: list[str], anchor: dt.date, *_: object) -> Result:
    """'tonight': the anchor's night."""
    return (f"{anchor.isoformat()}TNI", "TIME") if _deictic_core(words) == ["tonight"] else None


@rule(
    "date",
    example="Representatives at several Apple Stores in the United States said that buyers "
    "should try again tomorrow.",
)
def deictic_day(words: list[str], anchor: dt.date, *_: object) -> Result:
    """'today', 'earlier today', 'yesterday', 'tomorrow': a day counted from the anchor."""
    core = _deictic_core(words)
    if len(core) != 1 or core[0] not in DAYS_FROM_TODAY:
        return None
    return (anchor + dt.timedelta(days=DAYS_FROM_TODAY[core[0]])).isoformat(), "DATE"


@rule(
    "date",
    example="The change in policy will occur within the next six months, Apple announced this "
    "morning.",
)
def part_of_day(words: list[str], anchor: dt.date, _: str, last: str | None) -> Result:
    """'this morning' (the anchor's), 'evening' (of the day the text last named)."""
    core = _deictic_core(words)
    if len(core) != 1 or core[0] not in PARTS_OF_DAY:
        return None
    day = anchor if "this" in words else as_day(last) or anchor
    return f"{day.isoformat()}T{PARTS_OF_DAY[core[0]]}", "TIME"


@rule(
    "date",
    example="Some banks are expected to reopen over the weekend.",
)
def weekend_by_tense(words: list[str], anchor: dt.date, clause_tense: str, _: object) -> Result:
    """'the weekend': of the week the tense points to; a past one read on a Monday is the
    one just gone."""
    if words != ["weekend"]:
        return None
    saturday = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7)
    if clause_tense != "future" and saturday > anchor:
        saturday -= dt.timedelta(weeks=1)
    year, week, _day = saturday.isocalendar()
    return f"{year}-W{week:02d}-WE", "DATE"


@rule(
    "date",
    example="According to Fiat's announcement, the company has told the US Treasury that it "
    "intends to use its option to buy the share in Chrysler held by the US government, a deal "
    "that will be finalized by June 10. If a price is not agreed on by that time, Fiat will pay "
    "the average of the estimates of two investment banks.",
)
def same_day_anaphor(words: list[str], _: dt.date, __: str, last: str | None) -> Result:
    """'that day', 'the same day': the day the text last named; 'that time': the value it
    last named. A day after none is named has no value ("strong redemptions that day", a
    day of no date: not the year or the week last named)."""
    if words not in (["that", "day"], ["same", "day"], ["that", "time"]) or not last:
        return None
    day = as_day(last)
    if day is None and words[-1] == "day":
        return None
    return (day.isoformat() if day else str(last)), "DATE"


@rule(
    "date",
    example="The negotiations were the latest attempt to calm rising tensions following deadly "
    "border clashes earlier this month.",
)
def relative_unit(words: list[str], anchor: dt.date, *_: object) -> Result:
    """'this week', 'earlier this month', 'last year', 'next weekend', 'this summer': a unit
    counted from the anchor's; 'this past weekend' is the last one ('this past spring' may
    be the anchor's own: `season_of_year`; 'the past week', up to the anchor, a duration)."""
    core = [w for w in words if w not in ("earlier", "later", "early", "late", "end", "beginning")]
    core = core if core[-1:] and core[-1] in SEASONS else _past_as_last(core)
    if len(core) != 2 or core[0] not in UNIT_STEPS:
        return None
    step, name = UNIT_STEPS[core[0]], core[1]
    if name in ("week", "weekend"):
        year, week, _day = (anchor + dt.timedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if name == "weekend" else ""), "DATE"
    if name == "month":
        month = anchor.year * 12 + anchor.month - 1 + step
        return f"{month // 12:04d}-{month % 12 + 1:02d}", "DATE"
    if name == "year":
        return f"{anchor.year + step:04d}", "DATE"
    if name == "decade":
        return f"{anchor.year // 10 + step:03d}", "DATE"  # "the last decade" of 1998: 198
    return (f"{anchor.year + step:04d}-{SEASONS[name]}", "DATE") if name in SEASONS else None


def _past_as_last(words: list[str]) -> list[str]:
    """'this past' steps back as 'last' does: ['this', 'past', 'weekend'] -> ['last',
    'weekend']."""
    return ["last", *words[2:]] if words[:2] == ["this", "past"] else words


# Words that move within a period the text named without leaving it: "earlier in the year".
_NARRATIVE_STEPS = frozenset({"earlier", "later"})
# The words after an amount that step from a time, with the step's sign: "two years later".
STEP_SIGNS = {"later": 1, "after": 1, "earlier": -1, "before": -1}


def _last_year(anchor: dt.date, last: str | None) -> int:
    return int(last[:4]) if last else anchor.year


@rule(
    "date",
    example="The company had cut its costs to $118.3 billion last year, $19.8 billion than the "
    "year previous.",
)
def previous_year(words: list[str], anchor: dt.date, _: str, last: str | None) -> Result:
    """'the previous year', 'the year before': the year before the one the text last named."""
    if words in (["previous", "year"], ["year", "previous"], ["year", "before"]):
        return str(_last_year(anchor, last) - 1), "DATE"
    return None


@rule(
    "date",
    example="2007 was the year of the iPhone smartphone, then the iPad tablet computer in 2010.",
)
def narrative_year(words: list[str], anchor: dt.date, _: str, last: str | None) -> Result:
    """'the year', 'the end of the year': the year the text last named, else the anchor's."""
    if [w for w in words if w not in PERIOD_PARTS and w not in _NARRATIVE_STEPS] == ["year"]:
        return str(_last_year(anchor, last)), "DATE"
    return None


@rule(
    "date",
    example="Ford Motor Company said on Tuesday that its sales in the United States rose 43% in "
    "February compared to the same period last year. The increase was better than analysts had "
    "predicted, and Ford's stock rose to a five-year high in morning trading, before declining "
    "later in the day.",
)
def narrative_day(words: list[str], anchor: dt.date, _: str, last: str | None) -> Result:
    """'the day', 'later in the day': the day the text last named, else the anchor's."""
    if [w for w in words if w not in _NARRATIVE_STEPS] != ["day"]:
        return None
    return (as_day(last) or anchor).isoformat(), "DATE"


@rule(
    "date",
    example="It is expected that the Airbus 380 will wear the livery of Singapore Airlines when "
    "it arrives on November 11, three days later than originally planned.",
)
def days_later(words: list[str], anchor: dt.date, _: str, last: str | None) -> Result:
    """'two days later', 'a week earlier': counted from the day the text last named, else
    from the anchor."""
    if len(words) != 3 or words[2] not in STEP_SIGNS:
        return None
    amount, code = number(words[0]), unit(words[1])
    if not amount or code not in ("D", "W"):
        return None
    days = amount * (7 if code == "W" else 1) * STEP_SIGNS[words[2]]
    return ((as_day(last) or anchor) + dt.timedelta(days=days)).isoformat(), "DATE"


@rule(
    "date",
    example="Pakistan’s Information Minister Attaullah Tarar confirmed on Wednesday that the "
    "discussions had yielded no progress.",
)
def weekday_by_tense(words: list[str], anchor: dt.date, clause_tense: str, _: object) -> Result:
    """'Wednesday', 'last Friday', 'Tuesday night': the nearest such day the tense points to;
    in a future clause, the article's own weekday is that day ('officials expected to update
    that figure Friday', written on a Friday), as a week ahead is 'next Friday' or a date; in
    a plan told in the past ("near", dates.py `plan_told_in_past`), the nearest such day."""
    days = [w for w in words if w in WEEKDAYS]
    rest = _past_as_last([w for w in words if w not in WEEKDAYS])  # "this past Friday"
    if len(days) != 1 or any(w not in PARTS_OF_DAY and w not in WEEKDAY_COMPANIONS for w in rest):
        return None
    target = WEEKDAYS.index(days[0])
    if "next" in rest or "coming" in rest:
        offset = (target - anchor.weekday()) % 7 or 7
    elif clause_tense == "future" and "last" not in rest:
        offset = (target - anchor.weekday()) % 7
    elif clause_tense == "near" and "last" not in rest:
        ahead, back = (target - anchor.weekday()) % 7, (anchor.weekday() - target) % 7
        offset = ahead if ahead < back else -back
    else:
        offset = -((anchor.weekday() - target) % 7)
        if "last" in rest and offset == 0:
            offset = -7
    day = anchor + dt.timedelta(days=offset)
    part = next((PARTS_OF_DAY[w] for w in rest if w in PARTS_OF_DAY), None)
    return (f"{day.isoformat()}T{part}", "TIME") if part else (day.isoformat(), "DATE")


# Relative rules in the order they are tried (after clock times, see dates.py).
RelativeRules = list[Rule[..., Result]]
DURATION_RULES: RelativeRules = [annual, counted_duration, unit_duration]
SET_RULES: RelativeRules = [every_unit, plural_weekday, cadence_word]
DEICTIC_RULES: RelativeRules = [
    tonight,
    deictic_day,
    part_of_day,
    weekend_by_tense,
    same_day_anaphor,
]
NARRATIVE_RULES: RelativeRules = [
    previous_year, narrative_year, narrative_day, days_later,
]  # fmt: skip
