"""The horizon of a forward-looking statement: the latest date its forward clause names.

A plan "to close 12 plants by 2008" read in a brief dated 2013 is history, not outlook: an
outlook item whose horizon ends before the brief's as-of date is dropped (`past_horizon`).
The timeline keeps it, dated, as a past plan: the date that makes it history is the date
that places it there. A statement with no date in its forward clause has no horizon and stays.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Token

from briefgen.extract.rules import rule
from briefgen.model import DateMention

_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4])|-H([12]))?(?:T.*)?$")


def horizon(cue: Token, dates: Sequence[DateMention], source: str) -> DateMention | None:
    """The date mention, among those inside the cue's clause, that ends last (None when the
    clause names no date that ends on a known day)."""
    doc = cue.doc
    start, end = doc[cue.left_edge.i].idx, doc[cue.right_edge.i].idx + len(cue.right_edge)
    inside = [
        d
        for d in dates
        if d.evidence.source == source
        and start <= d.evidence.start < end
        and d.type in ("DATE", "TIME")
        and d.value
        and last_day(d.value) is not None
    ]
    return max(inside, key=_end, default=None)


def _end(mention: DateMention) -> dt.date:
    return last_day(mention.value or "") or dt.date.min


def last_day(value: str) -> dt.date | None:
    """The last day a TimeML date value covers ("2008" -> 31 December 2008; "2009-Q1" -> 31
    March 2009); None for values that are no calendar date ("PRESENT_REF")."""
    match = _VALUE.match(value)
    if not match:
        return None
    year, month, day, week, quarter, half = match.groups()
    y = int(year)
    if day:
        return dt.date(y, int(month), int(day))
    if month:
        return dt.date(y, int(month), calendar.monthrange(y, int(month))[1])
    if week:
        return dt.date.fromisocalendar(y, int(week), 7)
    if quarter or half:
        last_month = int(quarter) * 3 if quarter else int(half) * 6
        return dt.date(y, last_month, calendar.monthrange(y, last_month)[1])
    return dt.date(y, 12, 31)


@rule(
    "outlook",
    example="As part of the restructure, GM plans to cut 30,000 jobs and close 12 facilities "
    "by 2008.",
)
def past_horizon(found: DateMention | None, as_of: dt.date | None) -> str | None:
    """A forward-looking statement whose horizon (the latest date its forward clause names)
    ends before the brief's as-of date is history, not outlook: it is dropped (the timeline
    dates it)."""
    if found is None or as_of is None or found.value is None:
        return None
    end = last_day(found.value)
    if end is None or end >= as_of:
        return None
    return f"dropped: horizon {found.text!r} ({found.value}) ended before {as_of.isoformat()}"
