"""Holidays: the day a holiday's name stands for ("Labor Day 2021" is 2021-09-06, "last
Thanksgiving" the latest before the anchor), from the table `holidays` of
briefgen/lexicons/timeml.toml, as HeidelTime values its holiday names."""

from __future__ import annotations

import datetime as dt
from functools import cache

from spacy.tokens import Span

from briefgen.extract.calendar_rules import Result
from briefgen.extract.labels import MODIFIERS
from briefgen.extract.rules import rule
from briefgen.timewords import HOLIDAYS, YEAR_STEPS

_WEEK = "week"  # "Easter week": the ISO week that holds the day


@cache
def _holidays() -> dict[tuple[str, ...], str]:
    """The table keyed by each name's words as the dates layer reads an expression."""
    from briefgen.extract.dates import words_of  # the layer's own reading of words

    return {tuple(words_of(name)): rule_text for name, rule_text in HOLIDAYS.items()}


def holiday_in(year: int, rule_text: str) -> dt.date:
    """The day of a holiday in a year, by its table entry."""
    if rule_text == "election":  # the Tuesday after the first Monday of November
        first_monday = _nth_weekday(year, 11, 1, 1)
        return first_monday + dt.timedelta(days=1)
    if rule_text.startswith("easter:"):
        return _easter(year) + dt.timedelta(days=int(rule_text.split(":")[1]))
    if rule_text.count(":") == 2:
        month, nth, weekday = (int(part) for part in rule_text.split(":"))
        return _nth_weekday(year, month, nth, weekday)
    month, day = (int(part) for part in rule_text.split("-"))
    return dt.date(year, month, day)


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> dt.date:
    """The `nth` ISO `weekday` (Monday 1) of a month; `nth` -1 is the last."""
    if nth < 0:
        after = dt.date(year + month // 12, month % 12 + 1, 1)
        last = after - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def _easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month = (h + weekday_shift - 7 * m + 90) // 25
    return dt.date(year, month, (h + weekday_shift - 7 * m + 33 * month + 19) % 32)


@rule(
    "date",
    example="There is no rest for an under-pressure White House this Labor Day as President Joe "
    "Biden tackles health, economic and legislative challenges.",
)
def holiday(words: list[str], anchor: dt.date, clause_tense: str, _: object) -> Result:
    """A holiday's name is its day: in the year the expression gives ("Labor Day 2021"),
    the one before or after the anchor a step says ("last Thanksgiving", "next Christmas"),
    the anchor's year's ("this Labor Day"), else the one the clause's tense points to (the
    latest on or before the anchor in a past clause, the next in a future one, the nearest
    otherwise); with "week", the ISO week that holds it ("Easter week")."""
    years = [w for w in words if len(w) == 4 and w.isdecimal()]
    steps = [w for w in words if w in YEAR_STEPS]
    name = [w for w in words if w not in years and w not in steps]
    week = name[-1:] == [_WEEK]
    rule_text = _holidays().get(tuple(name[:-1] if week else name))
    if rule_text is None or len(years) + len(steps) > 1:
        return None
    day = _day(rule_text, anchor, clause_tense, years, steps)
    if week:
        iso = day.isocalendar()
        return f"{iso.year}-W{iso.week:02d}", "DATE"
    return day.isoformat(), "DATE"


def _day(
    rule_text: str, anchor: dt.date, clause_tense: str, years: list[str], steps: list[str]
) -> dt.date:
    if years:
        return holiday_in(int(years[0]), rule_text)
    around = [holiday_in(anchor.year + shift, rule_text) for shift in (-1, 0, 1)]
    step = YEAR_STEPS[steps[0]] if steps else None
    if step == 0:
        return around[1]
    if step is not None:
        return (
            max(d for d in around if d < anchor)
            if step < 0
            else min(d for d in around if d > anchor)
        )
    if clause_tense == "past":
        return max(d for d in around if d <= anchor)
    if clause_tense == "future":
        return min(d for d in around if d >= anchor)
    return min(around, key=lambda d: abs((d - anchor).days))


@rule(
    "date",
    example="This fact is explained by great demand enjoyed by Apple's iPod digital music "
    "players during the Christmas and New Year sales period.",
)
def holiday_as_modifier(span: Span) -> bool:
    """A holiday's name before a noun ("the Christmas sales period", "the long Memorial Day
    weekend") names the time around it, not its day: no date of its own."""
    from briefgen.extract.dates import words_of

    if tuple(words_of(span.text)) not in _holidays():
        return False
    head = span.root.head
    modifies = span.root.dep_ in MODIFIERS and head.i >= span.end
    return modifies and head.pos_ == "NOUN"
