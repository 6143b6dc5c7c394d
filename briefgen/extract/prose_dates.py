"""Absolute dates in prose: a relative date a brief's prose repeats shows its value (issue 17).

A bullet, a timeline event, an outlook phrase or a contested claim that says "on Wednesday",
"last month" or "tomorrow" is read days later, by someone who does not know when the source
was written. Each such expression gets the date it was resolved to beside it, in the brief's
date style: "on Wednesday (29 October 2025)"; "(…, assumed)" when the anchor was the brief's
as-of date rather than the source's publication date; "(date unresolved)" when no rule could
value it. The expressions are the brief's own `DateMention`s, matched to the prose by their
evidence offsets, so the value shown is the one the dates section gives; a relative date no
mention values is then marked unresolved by its words (extract/unvalued_dates.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TypeVar

from pydantic import BaseModel

from briefgen.datestyle import human_date
from briefgen.extract.polarity import active
from briefgen.extract.rules import record, rule
from briefgen.extract.unvalued_dates import unvalued_relative_marked
from briefgen.model import Brief, Claim, Contested, DateMention, Evidence
from briefgen.timewords import (
    DAYS_FROM_TODAY,
    MONTHS,
    PERIOD_TO_DATE,
    UNIT_STEPS,
    UNITS,
    WEEKDAYS,
    YEAR_STEPS,
)

_YEAR = re.compile(r"\b\d{4}\b")
_CLOCK_VALUE = re.compile(r"T\d")  # a value with a clock time ("2016-01-17T08:00")
_STEPS = frozenset(YEAR_STEPS) | frozenset(UNIT_STEPS)  # "last", "next", "this", "current"
_CALENDAR_VALUE = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q\d|H\d|[A-Z]{2}))?")
Item = TypeVar("Item", bound=BaseModel)
# A date the source gives beside the relative word ("yesterday (July 21st)", "[in 2009]").
_GIVEN = re.compile(rf" [(\[][^)\]]*(?:\d|\b(?:{'|'.join(MONTHS)})\b)[^)\]]*[)\]]", re.I)
# A day and month set after it by a comma ("Saturday, 8 October 2011", "Saturday, Feb. 6").
_MONTH = rf"(?:{'|'.join(MONTHS)})\.?"
_APPOSED = re.compile(rf", (?:\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}|{_MONTH} \d{{1,2}}\b)", re.I)


def show_dates(brief: Brief) -> Brief:
    """The brief with every relative date in its prose followed by the date it stands for."""
    if not active():
        return brief
    by_source: dict[str, list[DateMention]] = defaultdict(list)
    for mention in brief.dates:
        if relative_date(mention) or (mention.type in ("DATE", "TIME") and day_words(mention)):
            by_source[mention.evidence.source].append(mention)

    def dated(text: str, evidence: Evidence) -> str:
        shown = with_dates(text, evidence, by_source.get(evidence.source, []))
        return unvalued_relative_marked(shown, evidence)

    return brief.model_copy(
        update={
            "summary": [_set(s, "text", dated(s.text, s.evidence[0])) for s in brief.summary],
            "timeline": [_set(e, "event", dated(e.event, e.evidence[0])) for e in brief.timeline],
            "outlook": [_set(o, "text", dated(o.text, o.evidence)) for o in brief.outlook],
            "contested": [_dated_claims(c, dated) for c in brief.contested],
        }
    )


def relative_date(mention: DateMention) -> bool:
    """A date whose words do not say it: no year, and no month name unless a relative step
    goes with it ("on Wednesday", "last month", "two weeks ago", "January next year"); a
    duration (a period up to now aside), a set or a reference ("recently") is no date to show."""
    if _YEAR.search(mention.text):
        return False
    said = re.findall(r"[a-z]+", mention.text.lower())
    if mention.type == "DURATION":
        # "the past week" (a period up to now), or a relative unit the model took into a
        # duration ("one in five last month")
        stepped = _stepped(re.findall(r"[a-z0-9]+", mention.text.lower()))  # not "next 30 days"
        return _back_from_anchor(mention) is not None or stepped
    if mention.type != "TIME" and mention.type != "DATE":
        return False
    if any(word in MONTHS for word in said) and not any(word in YEAR_STEPS for word in said):
        return False  # "October 9" says its date; "January next year" does not
    if mention.value is None:  # unresolved: a date only if its words point from another
        return bool(day_words(mention)) or any(w in _STEPS or w == "ago" for w in said)
    stepped = any(w in _STEPS for w in said)
    if _CLOCK_VALUE.search(mention.value) and not day_words(mention) and not stepped:
        return False  # a clock time alone ("8 a.m.", "noon") names no day: its day is a guess
    return _calendar(mention)


def _stepped(said: list[str]) -> bool:
    """Words that count a unit from the anchor ("last month", "next year")."""
    return any(a in _STEPS and b.removesuffix("s") in UNITS for a, b in pairwise(said))


def _calendar(mention: DateMention) -> bool:
    return mention.value is not None and _CALENDAR_VALUE.match(mention.value) is not None


def with_dates(text: str, evidence: Evidence, mentions: Sequence[DateMention]) -> str:
    """`text` (cut from the `evidence` span) with each relative date it repeats followed by
    its value, and each date it repeats only in part ("Monday" of "Monday 20 September
    2010"); the mentions are those of the evidence's source."""
    inside = sorted(
        (m for m in mentions if evidence.start <= m.evidence.start < evidence.end),
        key=lambda m: m.evidence.start,
    )
    position = 0
    for mention in inside:
        placed = _placed(text, mention, position)
        if placed is None:
            continue
        end, whole = placed
        if text.startswith(("'s", "’s"), end):  # "today's (…) plan", not "today (…)'s plan"
            end += 2
        position = end
        if (whole and not relative_date(mention)) or _GIVEN.match(text, end):
            continue
        if date_apposed(text, end, mention):
            continue
        shows = period_to_date_shown if _back_from_anchor(mention) else absolute_date_shown
        shown = shows(mention)
        record(shows, mention.text, shown, [mention.evidence])
        if _quoted(text, end):  # inside a quotation, what the brief adds is bracketed
            shown = f"[{shown[1:-1]}]"
        text = f"{text[:end]} {shown}{text[end:]}"
        position = end + len(shown) + 1
    return text


@rule(
    "phrase",
    example="Seacom started to experience problems on Saturday, 8 October 2011, which it said "
    "was caused by a problem on a cable between Abu Talat in Egypt and Marseilles in France.",
)
def date_apposed(text: str, end: int, mention: DateMention) -> bool:
    """A day word the source dates itself, a day and month set after it by a comma
    ("on Saturday, 8 October 2011", "on Saturday, Feb. 6"), shows no second date: the
    source's own stands for it, and a value reckoned from the anchor could contradict it
    ("Saturday (15 October 2011), 8 October 2011")."""
    if not _APPOSED.match(text, end):
        return False
    record(date_apposed, mention.text, "dated beside it by the source", [mention.evidence])
    return True


def _quoted(text: str, end: int) -> bool:
    """Whether a position lies inside quotation marks (curly, or an odd count of straight)."""
    before = text[:end]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _placed(text: str, mention: DateMention, position: int) -> tuple[int, bool] | None:
    """Where a mention ends in `text` (from `position`), and whether it is there whole; a
    phrase that cut it may keep only its day word ("as early Wednesday", "Monday")."""
    found = text.find(mention.text, position)
    if found >= 0:
        return found + len(mention.text), True
    for word in day_words(mention):
        match = re.compile(rf"\b{word}\b", re.I).search(text, position)
        if match:
            return match.end(), False
    return None


def day_words(mention: DateMention) -> list[str]:
    """The words of a mention that name a day relative to another ("Wednesday", "tomorrow")."""
    said = re.findall(r"[a-z]+", mention.text.lower())
    return [w for w in said if w in WEEKDAYS or w in DAYS_FROM_TODAY]


@rule(
    "phrase",
    example="Pakistan’s Information Minister Attaullah Tarar confirmed on Wednesday that the "
    "discussions had yielded no progress.",
)
def absolute_date_shown(mention: DateMention) -> str:
    """A relative date in prose is followed by the date it was resolved to: "on Wednesday
    (29 October 2025)", marked "assumed" when its anchor was the brief's as-of date, and
    "(date unresolved)" when no rule could value it, never a silent guess."""
    value = mention.value if _calendar(mention) else None
    if value is None:
        return "(date unresolved)"
    shown = human_date(value.split("T")[0]).replace("Week", "week")
    return f"({shown}, assumed)" if mention.assumed else f"({shown})"


@rule(
    "phrase",
    example="An estimated 3.3 million new COVID-19 infections and roughly 55,000 deaths were "
    "reported in the past week, WHO said on Sept. 28 in a brief statement.",
)
def period_to_date_shown(mention: DateMention) -> str:
    """A period that runs up to the source's date ("the past week", "over the last two
    years": a duration in TimeML) is followed by the day it began: "the past week (since 21
    September 2021)", marked "assumed" like any date counted from the as-of date."""
    start = _back_from_anchor(mention)
    if start is None:
        return "(date unresolved)"
    shown = f"since {human_date(start)}"
    return f"({shown}, assumed)" if mention.assumed else f"({shown})"


def _back_from_anchor(mention: DateMention) -> str | None:
    """The start of a duration that looks back from its anchor ("the past week", "the last
    two years": P1W, P2Y), as a day (a month for years); None for any other duration."""
    said = re.findall(r"[a-z0-9]+", mention.text.lower())
    match = re.fullmatch(r"P(\d+)([DWMY])", mention.value or "")
    if match is None or mention.anchor is None:
        return None
    step = next((i for i, word in enumerate(said) if word in PERIOD_TO_DATE), None)
    # "the past week", "the last two years": "the", the step, at most a number, the unit
    if step is None or said[step - 1 : step] != ["the"] or len(said) - step > 3:
        return None
    if said[-1].removesuffix("s") not in UNITS:
        return None
    amount, unit, anchor = int(match[1]), match[2], mention.anchor
    if unit in "DW":
        return (anchor - dt.timedelta(days=amount * (7 if unit == "W" else 1))).isoformat()
    months = anchor.year * 12 + anchor.month - 1 - (amount * 12 if unit == "Y" else amount)
    year, month = divmod(months, 12)
    if unit == "Y":
        return f"{year:04d}-{month + 1:02d}"
    return dt.date(year, month + 1, min(anchor.day, 28)).isoformat()


def _set(item: Item, field: str, text: str) -> Item:
    return item if getattr(item, field) == text else item.model_copy(update={field: text})


def _dated_claims(contest: Contested, dated: Callable[[str, Evidence], str]) -> Contested:
    claims: list[Claim] = [_set(c, "text", dated(c.text, c.evidence)) for c in contest.claims]
    return contest.model_copy(update={"claims": claims})
