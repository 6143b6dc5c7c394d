"""Relative dates the date tagger did not value, found in prose by their words (issue 17).

`prose_dates.with_dates` shows the value of every relative date the brief's `dates` hold.
Some relative dates are not among them, or have no value: the tagger missed the phrase
("this past weekend"), took only part of it ("several months" of "several months ago"), or
it counts from a date the text named before ("the day before", "two years later"). Such a
phrase, left bare in a bullet read weeks later, reads as a date the reader cannot place: it
is marked "(date unresolved)" ("[date unresolved]" inside a quotation), never left silent.
The words come from the TimeML tables (lexicons/timeml.toml), not from a list of phrases.
"""

from __future__ import annotations

import re
from functools import cache

from briefgen.extract.rules import record, rule
from briefgen.model import Evidence
from briefgen.timewords import (
    DAY_STEPS,
    DAYS_FROM_TODAY,
    MONTHS,
    NARRATIVE_STEPS,
    NUMBERS,
    PARTS_OF_DAY,
    PERIOD_TO_DATE,
    SEASONS,
    UNIT_STEPS,
    UNITS,
    VAGUE_AMOUNTS,
    WEEKDAYS,
)

UNRESOLVED = "date unresolved"
# Units a date is counted in ("a week ago"); minutes and centuries date nothing a brief shows.
_DATED_UNITS = ("hour", "day", "week", "weekend", "month", "year", "decade", "quarter")


def _any(words: object) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # type: ignore[call-overload]


@cache
def relative_words() -> re.Pattern[str]:
    """A relative date by its words: a weekday or a deictic day ("Wednesday", "tonight"); a
    step and a unit ("this past weekend", "the following day", "last night"); an amount of
    units counted back or on ("a week ago", "two years later"); a day counted from the day
    before it, at the end of its clause ("the day before."); "the weekend"."""
    units = [u for u in UNITS if u in _DATED_UNITS] + ["weekend", *PARTS_OF_DAY, *SEASONS]
    steps = {*UNIT_STEPS, *NARRATIVE_STEPS, *PERIOD_TO_DATE}
    amounts = {*NUMBERS, *VAGUE_AMOUNTS, "couple of"}
    unit, step = rf"(?:{_any(units)})s?", _any(steps)
    back = "|".join(w for w in DAY_STEPS if w not in ("before", "after"))  # "earlier", "later"
    # Units after a step are one ("last month"), or more after "the" ("the past weeks"):
    # "may last months" is a verb.
    return re.compile(
        rf"\b(?:{_any([*WEEKDAYS, *DAYS_FROM_TODAY, 'tonight'])}"
        rf"|(?:{step}) (?:{_any(units)})\b|(?<=\bthe )(?:{step}) {unit}"
        rf"|(?:{back}) (?:in the|that) {unit}"
        rf"|(?:(?:\d+|{_any(amounts)}) )?{unit} (?:ago|{back}"
        rf"|(?:before|after)(?=\s*(?:[,.;:)]|$|and\b|but\b)))"
        rf"|(?:at|over|on|during) the weekend)\b",
        re.I,
    )


# What shows a date beside the words already: a parenthesis or bracket soon after holding a
# year, a month or a mark of this module's ("Monday (20 September 2010)", "yesterday (July
# 21st)"), or the date written out after a weekday ("Monday 20 September", "Tuesday, June 3").
_SHOWN = re.compile(
    r"^(?:[’']s)?[\w’']*(?:\s+[\w’']+){0,3}\s*[(\[][^)\]]*"
    r"(?:\d|assumed|unresolved|\b[A-Z][a-z]+\.? \d)[^)\]]*[)\]]"
    r"|^,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}\b)"
)
# A step that is an adjective: "our last day", "the last day of the trial", "its next year".
_POSSESSED = re.compile(r"\b(?:my|our|your|his|her|its|their)\s+$|[’']s\s+$", re.I)
_OF = re.compile(r"^\s+of\b")
# A day that recurs names no date ("every Friday", "on Monday and Tuesday nights").
_EVERY = re.compile(r"\b(?:every|each)\s+(?:other\s+)?$", re.I)
# A period that runs up to or on from the report's day, as the extent of what it tells, is an
# amount of time, not a date to place: "over the last decade", "for the next decade". "In the
# coming months" says when something happens, a date a later reader cannot place: marked.
_PERIOD_FROM_NOW = re.compile(r"\b(?:over|for|during|throughout)\s+the\s+$", re.I)
_FROM_NOW = ("last ", "past ", "next ", "coming ")


@rule(
    "phrase",
    example="Mac OS X Lion was announced at a different Apple event several months ago and will "
    "replace Mac OS X Snow Leopard, which was released in 2009.",
)
def unvalued_relative_marked(text: str, evidence: Evidence) -> str:
    """A relative date in prose that shows no date beside it once the brief's own dates are
    shown is marked "(date unresolved)": the tagger missed or could not value it ("several
    months ago", "this past weekend", "the day before"), and a bare one misleads a reader
    who reads the brief later. A recurring day ("every Friday", "on Mondays") is no date, nor
    a period counted from the report's day ("over the last decade")."""
    position = 0
    while match := relative_words().search(text, position):
        end = match.end()
        position = end
        after, before = text[end:], text[: match.start()]
        if _SHOWN.match(after) or _EVERY.search(before) or _recurs(match.group(), after):
            continue
        if match.group().lower().startswith(_FROM_NOW) and _PERIOD_FROM_NOW.search(before):
            continue
        if _in_name(match.group(), before, after):
            continue
        if " " in match.group() and (_POSSESSED.search(before) or _OF.match(after)):
            continue
        if text.startswith(("'s", "’s"), end):  # "today's (…) plan"
            end += 2
        mark = f"[{UNRESOLVED}]" if _quoted(text[:end]) else f"({UNRESOLVED})"
        record(unvalued_relative_marked, match.group(), mark, [evidence])
        text = f"{text[:end]} {mark}{text[end:]}"
        position = end + len(mark) + 1
    return text


def _recurs(found: str, after: str) -> bool:
    """A weekday joined to a plural day or part of day ("Monday and Tuesday nights")."""
    if found.lower() not in WEEKDAYS:
        return False
    joined = re.match(rf"(?:\s*(?:,|and|or)?\s*(?:{_any(WEEKDAYS)})\b)*\s*([a-z]*)", after, re.I)
    word = joined.group(1).lower() if joined else ""
    return word.endswith("s") and word[:-1] in {*WEEKDAYS, *PARTS_OF_DAY}


def _in_name(found: str, before: str, after: str) -> bool:
    """A day word that is part of a name ("MedPage Today", NBC's "Today" show, "The Monday
    Night Club", "CBS This Morning"): capitalised inside a sentence, or a weekday beside a
    capitalised word that is no month. The tagger dates a plain one, so a plain one rarely
    gets here."""
    if " " in found:  # "CBS This Morning": every word capitalised inside a sentence
        return all(w[0].isupper() for w in found.split()) and not _starts(before)
    if before.endswith(("“", '"')) and after.startswith(("”", '"')):  # a title: "Today"
        return True
    previous = re.search(r"([\w’'.]+)\W*$", before)
    following = re.match(r"\W*([A-Z][a-z]+)", after)
    starts = _starts(before)
    if found.lower() not in WEEKDAYS:
        return found[0].isupper() and not starts
    capital_before = previous is not None and previous.group(1)[0].isupper() and not starts
    month = following is not None and following.group(1).lower().rstrip(".") in MONTHS
    return capital_before or (following is not None and not month)


def _starts(before: str) -> bool:
    """Whether what follows `before` opens a sentence or a quotation."""
    previous = re.search(r"([\w’'.]+)\W*$", before)
    return previous is None or previous.group(1).endswith(".") or before.rstrip()[-1:] in '“"'


def _quoted(before: str) -> bool:
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
