"""Weeks named by a month or a day: 'the last week of March', 'the week of March 14, 2020'.

Each rule takes the expression's words, the anchor, the clause tense and the value the text
mentioned last (as the other date rules do) and returns the ISO week TimeML writes
(`YYYY-Www`), or None when it does not apply.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.extract.calendar_rules import Result, calendar_date, infer_year, month_day_by_tense
from briefgen.extract.relative_rules import as_day
from briefgen.extract.rules import Rule, rule
from briefgen.timewords import MONTHS, ORDINALS


@rule(
    "date",
    example="GM said that it expected the market for the auto industry to stabilise, as car "
    "sales rebounded in the last week of March.",
)
def week_of_month(words: list[str], anchor: dt.date, clause_tense: str, _: object) -> Result:
    """'the last week of March', 'the first week of August 2010': the month's last (first,
    second, ...) ISO week, a week belonging to the month its Thursday is in, as a week
    belongs to a year in ISO 8601 (MEANTIME: the last week of March 2009, which ended on a
    Tuesday, is 2009-W13); the year from the words, else from the tense."""
    core = [w for w in words if w not in ("a", "an")]
    if len(core) not in (3, 4) or core[1] != "week" or core[2] not in MONTHS:
        return None
    if core[0] not in ORDINALS and core[0] not in ("last", "final"):
        return None
    if len(core) == 4 and not re.fullmatch(r"\d{4}", core[3]):
        return None
    month = MONTHS[core[2]]
    year = int(core[3]) if len(core) == 4 else infer_year(anchor, month, None, clause_tense)
    if core[0] in ("last", "final"):
        end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        monday = end - dt.timedelta(days=end.weekday())
        monday -= dt.timedelta(weeks=(monday + dt.timedelta(days=3)).month != month)
    else:
        first = dt.date(year, month, 1)
        monday = first - dt.timedelta(days=first.weekday())
        monday += dt.timedelta(weeks=(monday + dt.timedelta(days=3)).month != month)
        monday += dt.timedelta(weeks=ORDINALS[core[0]] - 1)
    if (monday + dt.timedelta(days=3)).month != month:
        return None  # "the fifth week of February"
    iso_year, week, _day = monday.isocalendar()
    return f"{iso_year:04d}-W{week:02d}", "DATE"


@rule(
    "date",
    example="The figure is the smallest number of people to apply for benefits since the week "
    "of March 14, 2020, when the pandemic intensified layoffs.",
)
def week_of_day(words: list[str], anchor: dt.date, clause_tense: str, last: str | None) -> Result:
    """'the week of March 14, 2020', 'the week of Oct. 5': the ISO week of that day."""
    if len(words) < 3 or words[0] != "week":
        return None
    found = calendar_date(words[1:]) or month_day_by_tense(words[1:], anchor, clause_tense, last)
    day = as_day(found[0]) if found else None
    if day is None:
        return None
    year, week, _day = day.isocalendar()
    return f"{year:04d}-W{week:02d}", "DATE"


# Tried after the TimeML rules (dates.py).
WEEK_RULES: list[Rule[..., Result]] = [week_of_month, week_of_day]
