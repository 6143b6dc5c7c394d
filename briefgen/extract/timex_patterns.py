"""Patterns for the temporal expressions spaCy's model misses, tried at each position in the
order of `MISSED_PATTERNS`: weekdays, deictic words ("now", "recently", "the past"), parts of
the day, accounting periods ("the latest period", "second-quarter"), decades, numeric dates,
clock times with their zones, seasons, years after a preposition, the unit of a rate ("$33
million a year").
Each pattern is a named rule: the span it finds keeps its name (a range of durations, 'two to
four weeks', is cut into its two ends, each keeping the name)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefgen.extract import lexicon
from briefgen.extract.rules import rule
from briefgen.timewords import (
    DAYS_FROM_TODAY,
    HOLIDAYS,
    NUMBERS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
)

_ZONES = lexicon.words("time_zones")
# Words after which an amount of time is measured: "over a week", "at least 20 more years".
_MEASURING = ["for", "over", "within", "least", "than", "after", "about", "nearly", "almost"]
_PLURAL_UNITS = [f"{u[:-1]}ies" if u.endswith("y") else f"{u}s" for u in UNITS]


def _any(words: Iterable[str]) -> str:
    """Words as a regular-expression alternation ('monday|tuesday|...')."""
    return "|".join(words)


@rule(
    "date",
    example="An EPA official said the agency would make an announcement on the matter later "
    "Thursday.",
)
def missed_weekday() -> str:
    """A weekday the model missed, with its 'last', 'next' or 'this past' and part of day:
    'Tuesday night'; in the plural, a set ('Thursdays' of 'Mondays and Thursdays')."""
    steps = r"(?:(?:last|next|this(?:\s+past)?)\s+)?"
    return rf"\b{steps}(?:{_any(WEEKDAYS)})s?(?:\s+(?:{_any(PARTS_OF_DAY)})s?)?\b"


@rule(
    "date",
    example="Pre-orders of the recently announced iPhone 4 began Tuesday, overwhelming Apple "
    "and AT&T.",
)
def missed_deictic_word() -> str:
    """A deictic word the model missed: 'today', 'tonight', 'now', 'soon', 'recently', 'annual'."""
    return (
        rf"\b(?:{_any(DAYS_FROM_TODAY)}|tonight|currently|nowadays|ongoing)\b"
        r"|\bnow\b(?!-)|\bsoon\b(?!-)|\b(?:more\s+)?recent(?:ly)?\b|\bannual\b"
    )


@rule(
    "date",
    example="He stated that his intent was not to perpetuate the bad business decisions of the "
    "past, and that loaning General Motors money would have been doing exactly that.",
)
def missed_reference_phrase() -> str:
    """'the past', 'the near future', 'a later date', 'these days', 'the long term', 'this
    crucial moment': a reference to a time."""
    return (
        r"\bthe\s+(?:(?:near|distant)\s+)?(?:past|future)\b|\ba\s+later\s+date\b"
        r"|\bthese\s+days\b|\bthe\s+time\s+being\b|\b(?:this|the\s+present)\s+(?:\w+\s+)?moment\b"
        r"|\b(?:the\s+(?:long|short|near)\s+term|(?:long|short|near)-term)\b"
    )


@rule(
    "date",
    example="Lawyers say that $20bn will not be enough, and this weekend Kenneth Feinberg, the man "
    "appointed by US President Barack Obama to run it, warned BP that it would have to pay out "
    "more if necessary.",
)
def missed_relative_unit() -> str:
    """A week, month or year counted from now: 'earlier this month', 'next week', 'this past
    weekend'."""
    return r"\b(?:earlier|later|last|next|this(?:\s+past)?)\s+(?:week|month|year|weekend)\b"


@rule("date", example="BP shares were down 2.85 p at 412.6 p this morning.")
def missed_part_of_day() -> str:
    """A part of the day: 'this morning', 'evening' ('night' alone is too often no time)."""
    return rf"\b(?:this\s+)?(?:{_any(p for p in PARTS_OF_DAY if p != 'night')})\b"


@rule(
    "date",
    example="If a price is not agreed on by that time, Fiat will pay the average of the estimates "
    "of two investment banks.",
)
def missed_same_day() -> str:
    """A day or time the text named before: 'that day', 'the same day', 'that time' ('at the
    same time' is a discourse connective: TimeBank never annotates it)."""
    return r"\b(?:that|the\s+same)\s+day\b|\bthat\s+time\b"


@rule(
    "date",
    example="Sales in the latest period were $1.76 billion, a 13% increase from last year's "
    "$1.55 billion.",
)
def missed_period_reference() -> str:
    """An accounting period the text compares: 'the latest period', 'the year-ago quarter',
    'the corresponding period', 'the 1988 period'."""
    return (
        r"\bthe\s+(?:(?:latest|comparable|corresponding|year-earlier|year-ago)\s+)+"
        r"(?:period|quarter|year)\b|\bthe\s+(?:same|(?:19|20)\d{2})\s+(?:period|quarter)\b"
    )


@rule(
    "date",
    example="National Intergroup, which owns 50% of the nation's sixth largest steelmaker -- "
    "National Steel Corp. -- posted net income for the fiscal second-quarter of $8.6 million, "
    "or 33 cents a share, compared with a net loss of $50.3 million.",
)
def missed_ordinal_quarter() -> str:
    """A quarter by its ordinal: 'the fiscal second-quarter', 'a flat second quarter'."""
    return r"\b(?:first|second|third|fourth)[-\s]quarter\b"


@rule(
    "date",
    example="The company's strategy for keeping its computer products business profitable -- "
    "it recently achieved profitability after several quarters of losses -- calls for a narrow "
    "focus and a lid on expenses.",
)
def missed_vague_duration() -> str:
    """An amount of time with no number, after 'for', 'after' or 'over': 'for centuries',
    'after several quarters of losses', 'for a while', 'for a fairly lengthy period'."""
    return (
        r"(?:(?<=\bfor )|(?<=\bafter )|(?<=\bover ))(?:(?:several|many|a\s+few)\s+)?"
        r"(?:centuries|decades|years|months|weeks|days|quarters)\b"
        r"|(?<=\bfor )a\s+(?:while|(?:\w+\s+)?(?:long|lengthy|short|brief|extended)\s+period)\b"
    )


@rule(
    "date",
    example="Oil company officials said it would take at least two to four weeks to get it "
    "under control.",
)
def missed_duration_range() -> str:
    """A range of amounts of time: 'two to four weeks', '12 or 18 months' (`range_split`
    makes it two expressions)."""
    amount = rf"(?:\d+|{_any(w for w in NUMBERS if w not in ('a', 'an'))})"
    return rf"\b{amount}\s+(?:to|or)\s+{amount}\s+(?:{_any(_PLURAL_UNITS)})\b"


@rule(
    "date",
    example="A tour likely to last over a week had been allowed to carry out an inspection.",
)
def missed_counted_duration() -> str:
    """An amount of time after a word that measures it: 'over a week', 'for at least 20 more
    years', 'within two days' (an age, '52 years old', is not after one)."""
    after = "|".join(rf"(?<=\b{w} )" for w in _MEASURING)
    amount = rf"(?:\d+|{_any(w for w in NUMBERS if w not in ('couple', 'dozen'))})"
    units = _any([*UNITS, *_PLURAL_UNITS])
    half = r"(?:\s+and\s+a\s+half|\s+1/2)?"  # "almost two and a half years"
    return rf"(?:{after}){amount}{half}\s+(?:(?:more|full)\s+)?(?:{units})\b"


@rule(
    "date",
    example="Another is that Republicans who came of age in the 1970s see inflation around every "
    "corner and under every bed.",
)
def missed_decade() -> str:
    """A decade: 'the 70s', "'80s", 'the 1990s'."""
    return r"(?:\bthe\s+)?(?<![\w$])'?(?:1[89]|20)?\d0s\b"


@rule(
    "date",
    example="Sunday was chosen as its date matches the aircraft's designation number when "
    "written in the American format, 7/8/07.",
)
def missed_numeric_date() -> str:
    """A numeric date: '7/8/07', '10/29/2025'."""
    return r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b"


@rule(
    "date",
    example="Doors open at 16:00 BST for Saturday's show, with the first act on stage at "
    "18:00 BST.",
)
def missed_clock_time() -> str:
    """A clock time: '18:00 UTC', '6:40 p.m.', '1925 GMT'."""
    zones = _any(sorted(_ZONES, key=len, reverse=True))
    return (
        r"\b\d{1,2}:\d{2}(?:\s*(?:UTC|GMT|[ap]\.m\.?))?"
        rf"|\b(?:[01]\d|2[0-3])[0-5]\d\s+(?:(?-i:{zones})|local\s+time)\b"
    )


@rule(
    "date",
    example="It's too early to see a trend, but spring shows signs of hope. Classrooms are "
    "opening this fall.",
)
def missed_season() -> str:
    """A season: 'spring', 'last winter'; 'fall' only after a step ('this fall'), as a bare
    'fall' is too often a verb."""
    seasons = _any(s for s in SEASONS if s != "fall")
    return rf"\b(?:(?:this|last|next)\s+)?(?:{seasons})\b|\b(?:this|last|next)\s+fall\b"


@rule(
    "date",
    example="Under the agreement, Aer Lingus Group PLC said it will receive six new A330-300E "
    "aircraft from 2009 to 2011, then between 2014 and 2016 it will take delivery of six new "
    "A350 XWB aircraft.",
)
def missed_year_after_preposition() -> str:
    """A bare year after a preposition or conjunction that introduces one ('to 2011')."""
    return (
        r"(?:(?<=\bto )|(?<=\bin )|(?<=\bsince )|(?<=\bby )|(?<=\buntil )|(?<=\band )"
        r"|(?<=\bthrough ))(?:1[89]|20)\d{2}\b(?![\d,.%]\d)"
    )


@rule(
    "date",
    example="A spokesman for Seagram said the company will post additional pretax profit of "
    "about $33 million a year because of the additional Du Pont dividends.",
)
def missed_rate() -> str:
    """The unit an amount is counted by: '$33 million a year', '500 a day'."""
    return (
        r"(?:(?<=\d )|(?<=million )|(?<=billion )|(?<=thousand ))"
        r"(?:a|per)\s+(?:year|month|week|day|hour)\b"
    )


@rule(
    "date",
    example="Germans have been outraged by reports of more than 100 sexual assaults and "
    "robberies in the city of Cologne allegedly committed by gangs of young Arab and North "
    "African men on New Year's Eve.",
)
def missed_holiday() -> str:
    """A holiday's name (lexicon `holidays` of timeml.toml), written with or without its
    possessive and full stops ("New Year's Eve", "Martin Luther King Jr. Day"), with the
    step before it ("last Thanksgiving")."""
    joint = r"(?:['\u2019]s|s['\u2019])?\.?\s+"
    names = sorted((joint.join(name.split()) for name in HOLIDAYS), key=len, reverse=True)
    return rf"\b(?:(?:this|last|next)\s+)?(?:{_any(names)})\b"


# Patterns for what the model misses, tried at each position in this order.
MISSED_PATTERNS = [
    missed_weekday, missed_deictic_word, missed_reference_phrase, missed_relative_unit,
    missed_part_of_day, missed_same_day, missed_period_reference, missed_ordinal_quarter,
    missed_duration_range,
    missed_counted_duration, missed_vague_duration, missed_decade, missed_numeric_date,
    missed_clock_time, missed_season, missed_holiday, missed_year_after_preposition, missed_rate,
]  # fmt: skip
# One pattern of them all, each a named group. Every one starts where a word starts (or at
# the apostrophe of "'90s"): the lookahead rejects the other places at once, where the engine
# would otherwise try all 17 patterns (a third of the time of the annotation layer).
_WORD_START = r"(?=\b\w|')"
MISSED = re.compile(
    _WORD_START + "(?:" + "|".join(f"(?P<{r.name}>{r()})" for r in MISSED_PATTERNS) + ")",
    re.IGNORECASE,
)
