"""Calendar expressions: month-days, months, years, decades, quarters, seasons, clock times.

Each rule takes the expression's words (lower case, hyphens split, articles and
prepositions dropped), the anchor, the clause tense and the value last mentioned, and
returns a TimeML value and type, or None when the rule does not apply.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.extract import lexicon
from briefgen.model import TimexType

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
PART_OF_PERIOD = lexicon.words("period_parts")
# A year relative to the anchor, inside a larger expression ("the first quarter of last year").
_YEAR_SHIFT = {"this": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}

Result = tuple[str | None, TimexType] | None


def calendar(words: list[str], anchor: dt.date, clause_tense: str, last: str | None) -> Result:
    """'October 19', '19 October 2025', 'October', 'mid-October', '2021', 'the 2020s', 'Q3'."""
    words = [re.sub(r"(?<=\d)(st|nd|rd|th)$", "", w) for w in words if w not in PART_OF_PERIOD]
    if any(w not in MONTHS and not w.isdecimal() and not _decade(w) for w in words):
        return quarter_or_season(words, anchor)
    months = [MONTHS[w] for w in words if w in MONTHS]
    years = [int(w) for w in words if len(w) == 4 and w.isdecimal() and 1000 <= int(w) <= 2999]
    days = [int(w) for w in words if len(w) <= 2 and w.isdecimal() and 1 <= int(w) <= 31]
    decades = [_decade(w) for w in words if _decade(w)]
    if decades and not months:
        return decade_value(decades[0] or "", anchor), "DATE"
    if len(months) != 1 or len(days) > 1 or len(years) > 1:
        return (str(years[0]), "DATE") if len(years) == 1 and len(words) == 1 else None
    day = days[0] if days else None
    year = years[0] if years else infer_year(anchor, months[0], day, clause_tense)
    if day is None:
        return f"{year:04d}-{months[0]:02d}", "DATE"
    try:
        return dt.date(year, months[0], day).isoformat(), "DATE"
    except ValueError:
        return None, "DATE"


def _decade(word: str) -> str | None:
    return word if re.fullmatch(r"(\d{2})?\d0s", word) else None


def decade_value(word: str, anchor: dt.date) -> str:
    """'1990s' -> '199'; '70s' -> the most recent such decade not after the anchor."""
    digits = word[:-1]
    if len(digits) == 4:
        return digits[:3]
    century = 20 if 2000 + int(digits) <= anchor.year else 19
    return f"{century}{digits[0]}"


def infer_year(anchor: dt.date, month: int, day: int | None, clause_tense: str) -> int:
    """The year that puts a month(-day) on the side of the anchor the tense points to."""
    candidate = (month, day or 1)
    if clause_tense == "future" and candidate < (anchor.month, anchor.day if day else 1):
        return anchor.year + 1
    if clause_tense == "past" and candidate > (anchor.month, anchor.day):
        return anchor.year - 1
    return anchor.year


def quarter_or_season(words: list[str], anchor: dt.date) -> Result:
    """'the third quarter of 2009', 'the first quarter of last year', 'the first half of
    2009', 'spring', 'Q3'."""
    year = _year_in(words, anchor)
    rest = [w for w in words if not w.isdecimal() and w not in _YEAR_SHIFT and w != "year"]
    if rest and all(w in SEASONS for w in rest):
        return f"{year:04d}-{SEASONS[rest[0]]}", "DATE"
    if rest in (["first", "half"], ["second", "half"]):
        return f"{year:04d}-H{QUARTERS[rest[0]]}", "DATE"
    if "quarter" in rest:
        ordinal = next((QUARTERS[w] for w in rest if w in QUARTERS), None)
        if ordinal and len(rest) == 2:
            return f"{year:04d}-Q{ordinal}", "DATE"
        if rest == ["quarter"] and any(w in _YEAR_SHIFT for w in words) and "year" not in words:
            shift = next(_YEAR_SHIFT[w] for w in words if w in _YEAR_SHIFT)
            index = anchor.year * 4 + (anchor.month - 1) // 3 + shift
            return f"{index // 4:04d}-Q{index % 4 + 1}", "DATE"
    quarter = next((w for w in rest if re.fullmatch(r"q[1-4]", w)), None)
    return (f"{year:04d}-{quarter.upper()}", "DATE") if quarter and len(rest) == 1 else None


def _year_in(words: list[str], anchor: dt.date) -> int:
    years = [int(w) for w in words if len(w) == 4 and w.isdecimal()]
    if years:
        return years[0]
    if "year" in words:
        return anchor.year + next((_YEAR_SHIFT[w] for w in words if w in _YEAR_SHIFT), 0)
    return anchor.year


def month_of_year(words: list[str], anchor: dt.date, *_: object) -> Result:
    """'October of next year', 'March last year': a month in a year relative to the anchor."""
    months = [MONTHS[w] for w in words if w in MONTHS]
    shifts = [_YEAR_SHIFT[w] for w in words if w in _YEAR_SHIFT]
    if len(months) == 1 and len(shifts) == 1 and len(words) == 3 and "year" in words:
        return f"{anchor.year + shifts[0]:04d}-{months[0]:02d}", "DATE"
    return None


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


def clock(words: list[str], day: str, *_: object) -> Result:
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
