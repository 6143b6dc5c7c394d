"""Calendar expressions: month-days, months, years, decades, quarters, seasons, clock times.

Each rule takes the expression's words (lower case, hyphens split, articles and
prepositions dropped), the anchor, the clause tense and the value last mentioned, and
returns a TimeML value and type, or None when the rule does not apply. The rules of a
calendar expression ("October 19", "the third quarter of 2009") read its words without
the parts of a period ("mid", "late", "the end of") and ordinal suffixes ("19th").
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.extract.rules import Rule, rule
from briefgen.model import TimexType
from briefgen.timewords import MONTHS, PERIOD_PARTS, QUARTERS, SEASONS, WEEKDAYS, YEAR_STEPS

_ARTICLES = frozenset({"a", "an"})
_SECOND = {"last": "second", "latter": "second"}  # "the last half of 1989" is its H2

Result = tuple[str | None, TimexType] | None


def calendar_words(words: list[str]) -> list[str]:
    """An expression's words without parts of a period, articles, a weekday beside a date
    ("Friday Oct. 13") and ordinal suffixes."""
    skipped = PERIOD_PARTS | _ARTICLES | (frozenset(WEEKDAYS) if len(words) > 1 else frozenset())
    return [re.sub(r"(?<=\d)(st|nd|rd|th)$", "", w) for w in words if w not in skipped]


def _only_calendar(words: list[str]) -> bool:
    """Every word a month, a number or a decade ("19 October 2025", "the 1990s")."""
    return all(w in MONTHS or w.isdecimal() or _decade(w) for w in words)


def _decade(word: str) -> str | None:
    return word if re.fullmatch(r"(\d{2})?\d0s", word) else None


def _fields(words: list[str]) -> tuple[list[int], list[int], list[int], list[str]]:
    """The months, years, days and decades of a calendar expression."""
    months = [MONTHS[w] for w in words if w in MONTHS]
    years = [int(w) for w in words if len(w) == 4 and w.isdecimal() and 1000 <= int(w) <= 2999]
    days = [int(w) for w in words if len(w) <= 2 and w.isdecimal() and 1 <= int(w) <= 31]
    decades = [w for w in words if _decade(w)]
    return months, years, days, decades


def _one_date(words: list[str]) -> tuple[int, int | None, int | None] | None:
    """(month, day, year) of an expression naming one month, at most one day and one year."""
    if not _only_calendar(words):
        return None
    months, years, days, decades = _fields(words)
    if (decades and not months) or len(months) != 1 or len(days) > 1 or len(years) > 1:
        return None
    return months[0], (days[0] if days else None), (years[0] if years else None)


def _date_value(year: int, month: int, day: int | None) -> Result:
    if day is None:
        return f"{year:04d}-{month:02d}", "DATE"
    try:
        return dt.date(year, month, day).isoformat(), "DATE"
    except ValueError:
        return None, "DATE"


@rule("date", example="The A380 made its maiden flight on April 27, 2005 from Toulouse.")
def calendar_date(words: list[str], *_: object) -> Result:
    """A month, or a month-day, with its year: 'April 27, 2005', '19 October 2025', 'March 2008'."""
    found = _one_date(calendar_words(words))
    if found is None:
        return None
    month, day, year = found
    return _date_value(year, month, day) if year is not None else None


@rule(
    "date",
    example="The first, a 48-hour ceasefire, collapsed quickly, prompting a second temporary "
    "truce on October 19 after emergency talks in Doha.",
)
def month_day_by_tense(words: list[str], anchor: dt.date, clause_tense: str, _: object) -> Result:
    """A month or month-day without a year ('October 19', 'mid-October'): the year that puts
    it on the side of the anchor the tense points to."""
    found = _one_date(calendar_words(words))
    if found is None or found[2] is not None:
        return None
    month, day, _year = found
    return _date_value(infer_year(anchor, month, day, clause_tense), month, day)


@rule(
    "date",
    example="The breakdown marks another setback in Pakistan-Afghanistan relations, which have "
    "steadily deteriorated since the Taliban’s return to power in 2021.",
)
def bare_year(words: list[str], *_: object) -> Result:
    """A year alone: '2021'."""
    words = calendar_words(words)
    if len(words) != 1 or not _only_calendar(words) or _one_date(words) is not None:
        return None
    _months, years, _days, decades = _fields(words)
    return (str(years[0]), "DATE") if len(years) == 1 and not decades else None


@rule(
    "date",
    example="The Ford Taurus was originally introduced in 1986, and was a revolutionary car "
    "that rewrote the rules for creating a sedan, leading to a design revolution in the 80s.",
)
def decade(words: list[str], anchor: dt.date, *_: object) -> Result:
    """A decade: 'the 1990s' is 199; 'the 70s' the most recent such decade not after the anchor."""
    words = calendar_words(words)
    if not _only_calendar(words):
        return None
    months, _years, _days, decades = _fields(words)
    return (decade_value(decades[0], anchor), "DATE") if decades and not months else None


def decade_value(word: str, anchor: dt.date) -> str:
    """'1990s' -> '199'; '70s' -> the most recent such decade not after the anchor."""
    digits = word[:-1]
    if len(digits) == 4:
        return digits[:3]
    century = 20 if 2000 + int(digits) <= anchor.year else 19
    return f"{century}{digits[0]}"


def infer_year(anchor: dt.date, month: int, day: int | None, clause_tense: str) -> int:
    """The year that puts a month(-day) where the tense points, compared by month as
    HeidelTime does: a month after the anchor's in a past clause is last year's, one before
    it in a future clause next year's, and a day of the anchor's own month is in the anchor's
    year whatever the tense ('had been set to expire Nov. 6', 'has set Nov. 10 as the
    deadline', written Nov. 2); in a present clause (or a date that dates a noun, "payable
    Dec. 7"), the nearest one (news dates lie close to their publication)."""
    if clause_tense == "future":
        return anchor.year + (month < anchor.month)
    if clause_tense == "past":
        return anchor.year - (month > anchor.month)
    here = _days((anchor.year, anchor.month, anchor.day if day else 15))
    return min(
        (anchor.year, anchor.year - 1, anchor.year + 1),
        key=lambda year: abs(_days((year, month, day or 15)) - here),
    )


def _days(ymd: tuple[int, int, int]) -> int:
    year, month, day = ymd
    return year * 372 + month * 31 + day  # an order, not a calendar: close enough to compare


def _period_words(words: list[str], anchor: dt.date) -> tuple[list[str], int] | None:
    """A period of a year ("the third quarter of 2009"): its words other than the year, and
    the year; None for an expression of calendar words only."""
    words = calendar_words(words)
    if _only_calendar(words):
        return None
    rest = [w for w in words if not w.isdecimal() and w not in YEAR_STEPS and w != "year"]
    return rest, _year_in(words, anchor)


@rule(
    "date",
    example="iCloud and iOS 5 will be released in the fall of 2011; Apple announced no new "
    "hardware products.",
)
def season_of_year(words: list[str], anchor: dt.date, *_: object) -> Result:
    """A season: 'spring', 'next summer', 'the winter of 2009'."""
    found = _period_words(words, anchor)
    if found is None:
        return None
    rest, year = [w for w in found[0] if w != "past"], found[1]  # "this past spring"
    if not rest or not all(w in SEASONS for w in rest):
        return None
    return f"{year:04d}-{SEASONS[rest[0]]}", "DATE"


@rule(
    "date",
    example="In the meantime, it will face stiff competition from the completely new Holden "
    "Commodore (the Falcon's major competitor) which will be released in the second half of "
    "this year.",
)
def half_year(words: list[str], anchor: dt.date, clause_tense: str, _: object) -> Result:
    """A half of a year: 'the first half of 2009', 'the second half of this year', 'the last
    half of 1989' (H2, as HeidelTime's normPartOfYear); a half of a month or of a decade is
    the month or the decade, TimeML having no code for it ('the second half of July', 'the
    last half of the '80s')."""
    words = [_SECOND.get(w, w) if words[i + 1 : i + 2] == ["half"] else w
             for i, w in enumerate(words)]  # fmt: skip
    found = _period_words(words, anchor)
    if found is None or found[0][:2] not in (["first", "half"], ["second", "half"]):
        return None
    rest, year = found
    if len(rest) == 3 and _decade(rest[2]):
        return decade_value(rest[2], anchor), "DATE"
    if len(rest) == 3 and rest[2] in MONTHS:
        known = any(w.isdecimal() or w in YEAR_STEPS for w in calendar_words(words))
        month = MONTHS[rest[2]]
        year = year if known else infer_year(anchor, month, None, clause_tense)
        return f"{year:04d}-{month:02d}", "DATE"
    return (f"{year:04d}-H{QUARTERS[rest[0]]}", "DATE") if len(rest) == 2 else None


@rule(
    "date",
    example="In the first quarter of last year, GM had reported a loss of $381 million, "
    "or $0.67 per share.",
)
def ordinal_quarter(words: list[str], anchor: dt.date, *_: object) -> Result:
    """A quarter by its ordinal: 'the third quarter of 2009', 'the first quarter of last year'."""
    found = _period_words(words, anchor)
    if found is None or "quarter" not in found[0] or len(found[0]) != 2:
        return None
    rest, year = found
    ordinal = next((QUARTERS[w] for w in rest if w in QUARTERS), None)
    return (f"{year:04d}-Q{ordinal}", "DATE") if ordinal else None


@rule(
    "date",
    example="The American computer company Apple has reached 78 percent increase in its profits "
    "during the last quarter, which ended December 30, 2006.",
)
def relative_quarter(words: list[str], anchor: dt.date, *_: object) -> Result:
    """A quarter counted from the anchor's: 'the last quarter', 'next quarter'."""
    found = _period_words(words, anchor)
    if found is None or found[0] != ["quarter"] or "year" in words:
        return None
    steps = [YEAR_STEPS[w] for w in calendar_words(words) if w in YEAR_STEPS]
    if not steps:
        return None
    index = anchor.year * 4 + (anchor.month - 1) // 3 + steps[0]
    return f"{index // 4:04d}-Q{index % 4 + 1}", "DATE"


def _year_in(words: list[str], anchor: dt.date) -> int:
    years = [int(w) for w in words if len(w) == 4 and w.isdecimal()]
    if years:
        return years[0]
    if "year" in words:
        return anchor.year + next((YEAR_STEPS[w] for w in words if w in YEAR_STEPS), 0)
    return anchor.year


@rule(
    "date",
    example="Instead, dealerships whose franchises won't be renewed after October of next year "
    "will receive a private letter telling them of the decision.",
)
def month_of_relative_year(words: list[str], anchor: dt.date, *_: object) -> Result:
    """A month, or a month-day, in a year relative to the anchor: 'October of next year',
    'March last year', 'On 22 June last year' (2009-06-22 in 2010)."""
    words = calendar_words(words)
    months = [MONTHS[w] for w in words if w in MONTHS]
    shifts = [YEAR_STEPS[w] for w in words if w in YEAR_STEPS]
    days = [int(w) for w in words if w.isdecimal() and 1 <= int(w) <= 31 and len(w) <= 2]
    if len(months) != 1 or len(shifts) != 1 or "year" not in words or len(days) > 1:
        return None
    if len(words) != 3 + len(days):
        return None
    return _date_value(anchor.year + shifts[0], months[0], days[0] if days else None)


@rule(
    "date",
    example="Sunday was chosen as its date matches the aircraft's designation number when "
    "written in the American format, 7/8/07.",
)
def numeric_date(words: list[str], *_: object) -> Result:
    """'7/8/07': month/day/year, the order of the American news this reads; '2025-10-29'."""
    if len(words) == 3 and all(w.isdecimal() for w in words) and len(words[0]) == 4:
        year, month, day = (int(w) for w in words)
    elif len(words) == 1 and re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2,4}", words[0]):
        month, day, year = (int(part) for part in words[0].split("/"))
    else:
        return None
    year += 2000 if year < 100 else 0
    try:
        return dt.date(year, month, day).isoformat(), "DATE"
    except ValueError:
        return None, "DATE"


def clock(words: list[str], day: str) -> Result:
    """'08:30 UTC', '6:40 p.m.': a time of `day`; UTC and GMT give the zone 'Z'."""
    times = [w for w in words if re.fullmatch(r"\d{1,2}:\d{2}", w)]
    if len(times) != 1:
        return None
    hour, minute = (int(part) for part in times[0].split(":"))
    if any(w.startswith("p.m") for w in words) and hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return None, "TIME"
    zone = "Z" if {"utc", "gmt"} & set(words) else ""
    return f"{day}T{hour:02d}:{minute:02d}{zone}", "TIME"


# The calendar rules in the order they are tried (after the relative ones, see dates.py).
CALENDAR_RULES: list[Rule[..., Result]] = [
    numeric_date, month_of_relative_year, season_of_year, half_year, ordinal_quarter,
    relative_quarter, decade, bare_year, calendar_date, month_day_by_tense,
]  # fmt: skip
