"""TimeML conventions of news dates that count from the anchor or from the text.

Each rule takes the expression's words (lower case, hyphens split, articles, prepositions and
possessives dropped), the anchor, the clause tense and the value the text mentioned last,
and returns a TimeML value and type, or None when the rule does not apply. TimeML writes a
date at the granularity its words give: "four years ago" is the year (1994), "five months
ago" the month, "last May" the month with the year the step points to, "the 20th century"
the two digits of its years (19). A comparison ("a year earlier", "the year-ago quarter")
takes the period the text last named, a year back; a narrative step ("the next day", "the
previous Friday") counts from the day it last named. A half is written in the next smaller
unit ("2 1/2 years" is P2Y6M).
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.extract.calendar_rules import Result
from briefgen.extract.relative_rules import as_day, number, unit
from briefgen.extract.rules import Rule, record, rule
from briefgen.timewords import (
    DAY_STEPS,
    DURATION_HEDGES,
    MONTHS,
    NARRATIVE_STEPS,
    ORDINALS,
    PARTS_OF_DAY,
    PERIOD_PARTS,
    QUARTERS,
    REFERENCES,
    REPORTED_MONTHS,
    UNIT_STEPS,
    VAGUE_AMOUNTS,
    WEEKDAYS,
)

# Words of a comparison with the year before: "a year earlier", "the year-ago quarter";
# "last" and "previous" compare only beside a period word ("last year's quarter", "the
# corresponding period last year"), as "last year" alone is the anchor's year before.
_COMPARED = frozenset({"ago", "earlier", "prior"})
_STEPPED = frozenset({"last", "previous"})
_COMPARED_PERIOD = frozenset({"quarter", "period", "month", "comparable", "corresponding", "same"})
_QUARTER = re.compile(r"\d{4}-Q\d")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def shift_years(value: str, years: int) -> str | None:
    """A value moved by whole years at its own granularity: ('1989-Q3', -1) -> '1988-Q3'."""
    match = re.fullmatch(r"(\d{4})(-[\w-]+)?(T[\w:]+)?", value)
    if match is None:
        return None
    rest = match[2] or ""
    if re.fullmatch(r"-02-29", rest):
        rest = "-02-28"
    return f"{int(match[1]) + years:04d}{rest}"


@rule(
    "date",
    example="The Organization of African Unity said Friday it would investigate the "
    "Hutu-organized genocide of more than 500,000 minority Tutsis in Rwanda nearly four years "
    "ago.",
)
def units_ago(words: list[str], anchor: dt.date, *_: object) -> Result:
    """'four years ago' (the year), 'five months ago' (the month), 'two days ago', 'three
    weeks ago' (the day), counted back from the anchor; 'several years ago', 'a few days
    ago' and 'a couple of weeks ago' are PAST_REF (HeidelTime's date_r19a)."""
    core = [w for w in words if w not in DURATION_HEDGES]
    if len(core) == 4 and core[0] in ("a", "an"):
        core = core[1:]  # "a few days ago", "a couple of weeks ago"
    if len(core) != 3 or core[2] != "ago" or unit(core[1]) is None:
        return None
    if core[0] in VAGUE_AMOUNTS or core[0] == "couple":
        return REFERENCES["past"], "DATE"
    amount, code = number(core[0]), unit(core[1])
    if not amount or amount >= 1000:
        return None
    if code in ("D", "W"):
        days = amount * (7 if code == "W" else 1)
        return (anchor - dt.timedelta(days=days)).isoformat(), "DATE"
    if code == "M":
        month = anchor.year * 12 + anchor.month - 1 - amount
        return f"{month // 12:04d}-{month % 12 + 1:02d}", "DATE"
    if code == "Y":
        return f"{anchor.year - amount:04d}", "DATE"
    return None


# Words before a plural unit that point to the time ahead: "in coming months" is FUTURE_REF,
# as HeidelTime's date_r19e writes it ("the coming year", one unit, is the next year).
_AHEAD = frozenset({"coming", "future", "upcoming"})


@rule(
    "date",
    example="The Federal Reserve has made clear that it expects the economy to slow in coming "
    "months as ripple effects from Asia reach the U.S.",
)
def units_ahead(words: list[str], *_: object) -> Result:
    """'coming months', 'the coming weeks', 'future quarters': an unnumbered time ahead of the
    anchor, FUTURE_REF (the TimeBank gold and HeidelTime); 'the next few months' is counted."""
    if len(words) != 2 or words[0] not in _AHEAD or not words[1].endswith("s"):
        return None
    return (REFERENCES["future"], "DATE") if unit(words[1]) else None


@rule(
    "date",
    example="The gain left wages 3.8 percent higher than a year earlier, extending a trend that "
    "has given back to workers some of the earning power they lost to inflation.",
)
def year_before_compared(words: list[str], anchor: dt.date, _: str, last: str | None) -> Result:
    """'a year earlier', 'a year ago', 'the year-ago quarter', 'last year's quarter': the
    period the text last named, a year back at its granularity (1989-Q3 -> 1988-Q3); the
    anchor's year before when it named none. 'a year ago' after no quarter is the year."""
    rest = [w for w in words if w not in _COMPARED_PERIOD and w not in QUARTERS]
    rest = [w for w in rest if w not in ("a", "1")]
    said = set(rest) - {"year"}
    if rest.count("year") != 1 or not said or not said <= _COMPARED | _STEPPED:
        return None
    if not said & _COMPARED and (not set(words) & _COMPARED_PERIOD or set(words) & QUARTERS.keys()):
        return None  # "last year" and "the first quarter of last year" count from the anchor
    if any(w in _COMPARED for w in rest[: rest.index("year")]):
        return None  # "earlier in the year" is the year itself
    if words[0] in ("a", "1") and words[-1] == "ago" and not (last and _QUARTER.match(last)):
        return f"{anchor.year - 1:04d}", "DATE"  # "a year ago" counts from the anchor
    reported = getattr(last, "quarter", None)
    if last and _QUARTER.match(last) and reported:
        last = reported  # the quarter the report is about, not one it recalls
    elif last and re.fullmatch(r"\d{4}", last) and reported:
        last = reported[:4]  # the year of "the first nine months", not "the 1988 period"
    shifted = shift_years(last, -1) if last and last[:4].isdecimal() else None
    if last and _DAY.fullmatch(last[:10]) and {"quarter", "period"} & set(words):
        # "the quarter ended Sept. 30 ... the year-ago quarter": the quarter that day closes
        shifted = shift_years(_quarter_of(last), -1)
    elif "quarter" in words and not (last and _QUARTER.match(last)):
        shifted = shift_years(_completed_quarter(anchor), -1)  # "the year-ago quarter"
    quarter = next((QUARTERS[w] for w in words if w in QUARTERS), None)
    if quarter:  # "the year-ago third quarter"
        return f"{int((shifted or str(anchor.year - 1))[:4]):04d}-Q{quarter}", "DATE"
    return shifted or f"{anchor.year - 1:04d}", "DATE"


@rule(
    "date",
    example="The 32% state-owned DSM had eight million guilders of extraordinary charges in the "
    "latest quarter, mainly to reflect one-time losses.",
)
def reported_quarter(words: list[str], anchor: dt.date, _: str, last: str | None) -> Result:
    """'the quarter', 'the latest quarter', 'the latest period', 'that quarter': the quarter
    the report is about (`reported_quarter_of`), else the one the text last named, else the
    last one completed before the anchor (the one a results report covers); 'the period'
    after a quarter is that quarter; 'the current quarter' is the anchor's; 'the 1988
    quarter' and 'the 1988 period' that quarter of 1988, but 'the 1988 period' after 'the
    first nine months' (`months_of_reported_year`) is 1988."""
    last_named = last[:7] if last and _QUARTER.match(last) else None
    named = getattr(last, "quarter", None) or last_named
    if len(words) == 2 and re.fullmatch(r"\d{4}", words[0]) and words[1] in ("quarter", "period"):
        if words[1] == "period" and last and re.fullmatch(r"\d{4}", last):
            return words[0], "DATE"  # after "the first nine months" the period is the year's
        return f"{words[0]}{(named or _completed_quarter(anchor))[4:7]}", "DATE"
    if words in (["current", "quarter"], ["this", "quarter"]):
        return f"{anchor.year:04d}-Q{(anchor.month - 1) // 3 + 1}", "DATE"
    if words in (["period"], ["that", "period"]):
        return (named, "DATE") if last_named else None  # a period is a quarter only after one
    if words not in (["quarter"], ["latest", "quarter"], ["that", "quarter"], ["latest", "period"]):
        return None
    return named or _completed_quarter(anchor), "DATE"


@rule(
    "date",
    example="Separately, America West Airlines, Phoenix, Ariz., reported third-quarter profit "
    "jumped 45% to $5.8 million, or 28 cents a share, from $4 million, or 24 cents a share, a "
    "year earlier. Revenue rose 21% to $243.4 million from $201.2 million. For the nine months, "
    "America West posted earnings of $18.9 million, or 97 cents a share, compared with a loss "
    "of $9.7 million, or 74 cents a share, a year earlier.",
)
def months_of_reported_year(words: list[str], value: str | None, last: str | None) -> str | None:
    """'the nine months', 'the first nine months', 'the latest nine months' (a duration of
    fewer than twelve months with 'the') in a results report (one that named the quarter it
    reports, `reported_quarter_of`) are the part of the year the report covers: the text's
    reference becomes that year, so a comparison after it ("a year earlier") is the year
    before, not the quarter before. Outside a report ("in the six months since announcing
    her decision") nothing moves."""
    months = re.fullmatch(r"P(\d+)M", value or "")
    reported: str | None = getattr(last, "quarter", None)
    if months is None or not 1 < int(months[1]) < 12 or words[:1] != ["the"] or not reported:
        return None
    if not set(words[1:-2]) <= REPORTED_MONTHS or words[-1] != "months":
        return None
    year = reported[:4]
    record(months_of_reported_year, " ".join(words), year)
    return year


def reported_quarter_of(value: str, known: str | None, anchor: dt.date) -> str | None:
    """The quarter a results report is about: the latest it named of the four completed
    before the anchor ('third-quarter net income' after 'a flat second quarter'), not one
    still running ('a fourth-quarter charge') nor one long past ('the third quarter of
    1984'); `known` is the one found so far."""
    if not _QUARTER.fullmatch(value[:7]):
        return known
    done = _completed_quarter(anchor)
    if not _shifted_quarter(done, -3) <= value[:7] <= done:
        return known
    return max(known, value[:7]) if known else value[:7]


def _shifted_quarter(quarter: str, steps: int) -> str:
    """A quarter moved by whole quarters: ('1989-Q3', -3) -> '1988-Q4'."""
    index = int(quarter[:4]) * 4 + int(quarter[-1]) - 1 + steps
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def _quarter_of(day: str) -> str:
    """The quarter of a day's value: '1989-09-30' -> '1989-Q3'."""
    return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"


def _completed_quarter(anchor: dt.date) -> str:
    """The last quarter completed before the anchor's."""
    index = anchor.year * 4 + (anchor.month - 1) // 3 - 1
    return f"{index // 4:04d}-Q{index % 4 + 1}"


@rule(
    "date",
    example="A major dispute concerns a broad political treaty calling for border demarcation, "
    "which the two presidents signed last May.",
)
def month_by_step(words: list[str], anchor: dt.date, *_: object) -> Result:
    """'last May', 'late last July' (the most recent one before the anchor's month), 'this
    September' (the anchor's year), 'next June' (the first one after the anchor's month)."""
    core = [w for w in words if w not in PERIOD_PARTS]
    if len(core) != 2 or core[1] not in MONTHS or core[0] not in UNIT_STEPS:
        return None
    month, step = MONTHS[core[1]], UNIT_STEPS[core[0]]
    year = anchor.year
    if step < 0 and month >= anchor.month:
        year -= 1
    elif step > 0 and month <= anchor.month:
        year += 1
    return f"{year:04d}-{month:02d}", "DATE"


@rule(
    "date",
    example="The Journal listed the creation of the money fund as one of the 10 most "
    "significant events in the world of finance in the 20th century.",
)
def century(words: list[str], *_: object) -> Result:
    """'the 20th century', 'the eleventh century': the two digits its years begin with."""
    core = [w for w in words if w not in PERIOD_PARTS and w not in ("a", "an")]
    if len(core) != 2 or core[1] != "century":
        return None
    ordinal = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", core[0])
    count = int(ordinal[1]) if ordinal else ORDINALS.get(core[0])
    return (f"{count - 1:02d}", "DATE") if count else None


@rule(
    "date",
    example="On May 22, 1995, Farkas was made a brigadier general, and the following year he "
    "was appointed military attache at the Hungarian embassy in Washington.",
)
def following_unit(words: list[str], _: dt.date, __: str, last: str | None) -> Result:
    """'the following year', 'the following month', 'that year': the year or month the text
    last named, or the one after it."""
    if len(words) != 2 or words[0] not in ("following", "that"):
        return None
    if words[1] not in ("year", "month"):
        return None
    step = 1 if words[0] == "following" else 0
    if not last or not last[:4].isdecimal():
        return None
    if words[1] == "year":
        return f"{int(last[:4]) + step:04d}", "DATE"
    if not re.match(r"\d{4}-\d{2}", last):
        return None
    month = int(last[:4]) * 12 + int(last[5:7]) - 1 + step
    return f"{month // 12:04d}-{month % 12 + 1:02d}", "DATE"


@rule(
    "date",
    example="All 5,200 participating developers will spend the rest of the week in workshops "
    "with Apple employees.",
)
def narrative_week(words: list[str], anchor: dt.date, _: str, last: str | None) -> Result:
    """'the week', 'that week': the week of the day the text last named; TimeML writes a week
    it cannot number with X (the anchor's year, week XX)."""
    if words not in (["week"], ["that", "week"], ["same", "week"]):
        return None
    day = as_day(last)
    if day is None:
        return f"{anchor.year:04d}-WXX", "DATE"
    year, week, _day = day.isocalendar()
    return f"{year:04d}-W{week:02d}", "DATE"


# A half of a unit in the next smaller one, as TimeML writes fractions ("2 1/2 years" is
# P2Y6M, "a minute and a half" PT1M30S, "half an hour" PT30M).
_HALVES = {"Y": (6, "M"), "M": (15, "D"), "D": (12, "TH"), "TH": (30, "TM"), "TM": (30, "TS")}


def _halved(core: list[str]) -> tuple[int, str] | None:
    """The whole amount and unit of an amount with a half: '2 1/2 years', 'two and a half
    years', 'a year and a half', 'half an hour' (0)."""
    if len(core) == 4 and core[1:3] == ["1", "2"]:
        whole, name = core[0], core[3]  # "2 1/2 years"
    elif len(core) == 5 and core[1:4] == ["and", "a", "half"]:
        whole, name = core[0], core[4]  # "two and a half years"
    elif len(core) == 5 and core[2:] == ["and", "a", "half"]:
        whole, name = core[0], core[1]  # "a year and a half"
    elif len(core) == 3 and core[:2] in (["half", "a"], ["half", "an"]):
        whole, name = "0", core[2]  # "half an hour"
    else:
        return None
    amount, code = (0 if whole == "0" else number(whole)), unit(name)
    return (amount, code) if amount is not None and code else None


@rule(
    "date",
    example="The panel also will look at the exodus of about 2 million Rwanda Hutus to "
    "neighboring countries where they lived in U.N.-run refugee camps for 2 1/2 years.",
)
def half_duration(words: list[str], *_: object) -> Result:
    """'2 1/2 years' (P2Y6M), 'a year and a half' (P1Y6M), 'half an hour' (PT30M): the half
    written in the next smaller unit; a decade's and a century's in years (P5Y, P50Y)."""
    found = _halved([w for w in words if w not in DURATION_HEDGES])
    value = half_period(*found) if found else None
    return (value, "DURATION") if value else None


def half_period(whole: int, code: str) -> str | None:
    """A whole amount of a unit and a half: (2, 'Y') -> 'P2Y6M', (0, 'TH') -> 'PT30M'."""
    if code in ("DE", "CE"):
        years = 10 if code == "DE" else 100
        return f"P{whole * years + years // 2}Y"
    if code not in _HALVES:
        return None
    parts = [(whole, code), _HALVES[code]]
    day = "".join(f"{n}{c}" for n, c in parts if n and not c.startswith("T"))
    time = "".join(f"{n}{c[1]}" for n, c in parts if n and c.startswith("T"))
    return f"P{day}{'T' + time if time else ''}"


@rule(
    "date",
    example="The Financial Times 100-share index shed 47.3 points to close at 2082.1, down 4.5% "
    "from the previous Friday and 6.8% from Oct. 13.",
)
def narrative_step(words: list[str], anchor: dt.date, _: str, last: str | None) -> Result:
    """A day, part of day, week, month or weekday counted from the day the text last named
    (a month from the month it named last; else the anchor): 'the next day', 'the day
    before', 'the following morning' (TIME), 'the previous week', 'the preceding month', 'the
    previous Friday' (the nearest one before)."""
    found = _narrative_step(words)
    if found is None:
        return None
    step, name = found
    day = as_day(last) or anchor
    if name in WEEKDAYS:
        offset = (WEEKDAYS.index(name) - day.weekday()) * step % 7 or 7
        return (day + dt.timedelta(days=offset * step)).isoformat(), "DATE"
    if name == "week":
        year, week, _day = (day + dt.timedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}", "DATE"
    if name == "month":
        year, month_of_year = _month_named(last) or (day.year, day.month)
        month = year * 12 + month_of_year - 1 + step
        return f"{month // 12:04d}-{month % 12 + 1:02d}", "DATE"
    moved = (day + dt.timedelta(days=step)).isoformat()
    return (f"{moved}T{PARTS_OF_DAY[name]}", "TIME") if name in PARTS_OF_DAY else (moved, "DATE")


def _month_named(last: str | None) -> tuple[int, int] | None:
    """The month the text named last, when its last date is a month: "in July ... the
    previous month" counts from July, not from the report's month."""
    matched = re.fullmatch(r"(\d{4})-(\d{2})", last or "")
    return (int(matched[1]), int(matched[2])) if matched else None


def _narrative_step(words: list[str]) -> tuple[int, str] | None:
    """The step and the unit of 'the next day' (1, 'day'), 'the day before' (-1, 'day'),
    'the previous Friday' (-1, 'friday'); 'the next week' and 'the next month' count from the
    anchor (or measure: 'over the next week'), so only a day or part of day is 'next'."""
    if len(words) != 2:
        return None
    if words[0] == "day" and words[1] in DAY_STEPS:
        return DAY_STEPS[words[1]], "day"
    step = NARRATIVE_STEPS.get(words[0])
    if step is None:
        return None
    if words[1] == "day" or words[1] in PARTS_OF_DAY:
        return step, words[1]
    if words[0] == "next":
        return None
    return (step, words[1]) if words[1] in ("week", "month") or words[1] in WEEKDAYS else None


# The rules in the order they are tried (before the narrative and calendar ones, dates.py).
TIMEML_RULES: list[Rule[..., Result]] = [
    year_before_compared, units_ago, units_ahead, reported_quarter, month_by_step, century,
    following_unit, narrative_week, narrative_step, half_duration,
]  # fmt: skip
# Rules whose value compares with another period: the text's reference does not move.
COMPARISONS = frozenset({"year_before_compared", "previous_year"})
