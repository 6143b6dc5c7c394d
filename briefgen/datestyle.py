"""The brief's date style, shared by the templates and the prose that shows resolved dates.

`human_date` reads every TimeML date and time value news gives (TimeBank's forms: a day, a
month, a year, a quarter or half, a week or its weekend, a season, a decade or century, a
fiscal year, a clock time or part of a day, the present, past and future references, a
weekday set, a duration), so no raw code such as "2011-W44-WE" reaches a reader."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from briefgen.timewords import PARTS_OF_DAY, SEASONS, WEEKDAYS

# A season's and a part of day's TimeML code by its first name in the vocabulary.
_SEASON_NAMES = {code: name for name, code in reversed(SEASONS.items())}
_PART_NAMES = {code: name for name, code in reversed(PARTS_OF_DAY.items())}
_REFERENCES = {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}
_CLOCK = re.compile(r"(.+)T(\d{2})(?::(\d{2}))?(?::\d{2})?(.*)")
_PART = re.compile(r"(.+)T([A-Z]{2})")
_EVERY_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])(?:T([A-Z]{2}))?")  # a set: "Tuesday nights"
_WEEKDAY_NAMES = [name.capitalize() for name in WEEKDAYS]
# A duration: "P2Y6M", "PT1M30S", "PXY"; its units in order, each a name for its amount.
_DURATION = re.compile(
    r"P(?:(\d+|X)Y)?(?:(\d+|X)M)?(?:(\d+|X)W)?(?:(\d+|X)D)?"
    r"(?:T(?:(\d+|X)H)?(?:(\d+|X)M)?(?:(\d+|X)S)?)?"
)
_DURATION_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")
# A calendar value: a day, month, week, quarter, half, season or year (a clock time aside).
_VALUE = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4])|-H([12])|-(SP|SU|FA|WI))?(?:T.*)?$"
)
_SEASON_ENDS = {"SP": 6, "SU": 9, "FA": 12, "WI": 12}  # the month a season ends in (TimeML)


def human_date(value: str | dt.date | None) -> str:
    """'29 October 2025', 'October 2025', 'week of 27 October 2025', 'Q3 2009', 'autumn 2021',
    '2021', 'the 1990s', '7 November 2011, 14:30', 'every Tuesday night', '2 years 6 months'
    from a TimeML value."""
    if value is None:
        return "date unknown"
    text = value.isoformat() if isinstance(value, dt.date) else value
    if text in _REFERENCES:
        return _REFERENCES[text]
    if match := _EVERY_WEEKDAY.fullmatch(text):
        part = f" {_PART_NAMES.get(match[2], '')}" if match[2] else ""
        return f"every {_WEEKDAY_NAMES[int(match[1]) - 1]}{part}"
    if match := _DURATION.fullmatch(text):
        return _duration(match)
    if match := _CLOCK.fullmatch(text):
        minutes = match[3] or "00"
        return f"{human_date(match[1])}, {match[2]}:{minutes}{match[4].replace('Z', ' UTC')}"
    if (match := _PART.fullmatch(text)) and match[2] in _PART_NAMES:
        return f"{human_date(match[1])}, {_PART_NAMES[match[2]]}"
    return _calendar(text)


def _duration(match: re.Match[str]) -> str:
    """'2 years 6 months', '1 minute 30 seconds', 'years' (an unknown amount): a duration."""
    said = [
        name + "s" if amount == "X" else f"{amount} {name}{'s' if amount != '1' else ''}"
        for amount, name in zip(match.groups(), _DURATION_UNITS, strict=True)
        if amount is not None
    ]
    return " ".join(said) if said else match[0]


def _calendar(text: str) -> str:
    """A TimeML calendar value (no time of day) in the brief's style; the value itself when
    it has a form no rule reads."""
    if match := re.fullmatch(r"(\d{4})-W(\d{2})-WE", text):
        saturday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 6)
        return f"weekend of {_day_span(saturday, saturday + dt.timedelta(days=1))}"
    if match := re.fullmatch(r"(\d{4})-W(\d{2})", text):
        monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        return f"week of {monday.day} {monday:%B} {monday.year}"
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        return f"{int(match[3])} {dt.date(2000, int(match[2]), 1):%B} {match[1]}"
    match = re.fullmatch(r"(\d{4})-([A-Z]{2})", text)
    if match and match[2] in _SEASON_NAMES:
        return f"{_SEASON_NAMES[match[2]]} {match[1]}"
    if match := re.fullmatch(r"(\d{4})-([QH]\d)", text):
        return f"{match[2]} {match[1]}"
    if match := re.fullmatch(r"(\d{4})-(\d{2})", text):
        return f"{dt.date(2000, int(match[2]), 1):%B} {match[1]}"
    if match := re.fullmatch(r"FY(\d{4})", text):
        return f"fiscal year {match[1]}"
    if re.fullmatch(r"\d{3}X?", text):
        return f"the {text[:3]}0s"
    if re.fullmatch(r"\d{2}(?:XX)?", text):
        return f"the {_ordinal(int(text[:2]) + 1)} century"
    return _unknown_part(text)


def _unknown_part(text: str) -> str:
    """A value with an unknown part (TimeML's X): what is known of it, said as such."""
    if match := re.fullmatch(r"(\d{4})-WXX", text):
        return f"a week in {match[1]}"
    if match := re.fullmatch(r"(\d{4})-QX", text):
        return f"a quarter of {match[1]}"
    if match := re.fullmatch(r"(\d{4})-XX(?:-XX)?", text):
        return match[1]
    if match := re.fullmatch(r"XXXX-(\d{2})(?:-XX)?", text):
        return f"{dt.date(2000, int(match[1]), 1):%B}, year unknown"
    return "date unknown" if "X" in text else text


def _day_span(start: dt.date, end: dt.date) -> str:
    """'5-6 November 2011', '30 April-1 May 2011'."""
    if start.month == end.month:
        return f"{start.day}-{end.day} {end:%B} {end.year}"
    return f"{start.day} {start:%B}-{end.day} {end:%B} {end.year}"


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def last_day(value: str) -> dt.date | None:
    """The last day a TimeML date value covers ("2008" -> 31 December 2008; "2009-Q1" -> 31
    March 2009); None for values that are no calendar date ("PRESENT_REF")."""
    match = _VALUE.match(value)
    if not match:
        return None
    year, month, day, week, quarter, half, season = match.groups()
    y = int(year)
    if day:
        return dt.date(y, int(month), int(day))
    if month:
        return dt.date(y, int(month), calendar.monthrange(y, int(month))[1])
    if week:
        return dt.date.fromisocalendar(y, int(week), 7)
    if quarter or half or season:
        last_month = int(quarter) * 3 if quarter else int(half) * 6 if half else 0
        last_month = last_month or _SEASON_ENDS[season]
        return dt.date(y, last_month, calendar.monthrange(y, last_month)[1])
    return dt.date(y, 12, 31)


def date_passed(value: str | None, as_of: dt.date) -> bool:
    """Whether the whole period a TimeML date value covers lies before the as-of date (a
    plan for "2021-09-06" in a brief as of 2026); False for values no calendar date."""
    end = last_day(value) if value else None
    return end is not None and end < as_of
