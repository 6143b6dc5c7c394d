"""Temporal expressions and their TimeML-style values, anchored to the publication date.

Each expression keeps its anchor and evidence so anyone can check why a value was chosen.
Direction comes from the tense of the clause that governs the expression: a past-tense
"on Wednesday" is the last Wednesday on or before the anchor, a future one the next.
Narrative expressions ("two days later", "the previous year", "that day") resolve against
the value the text mentioned last.
"""

from __future__ import annotations

import datetime as dt
import re

from briefgen.extract import ParsedArticle, lexicon
from briefgen.extract.calendar_rules import (
    MONTHS,
    PART_OF_PERIOD,
    SEASONS,
    Result,
    calendar,
    clock,
    month_of_year,
    numeric_date,
)
from briefgen.extract.timex import temporal_spans, tense
from briefgen.model import DateMention, TimexType

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip
UNITS = {"minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M", "year": "Y",
         "decade": "DE", "century": "CE", "quarter": "Q"}  # fmt: skip
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# Function words around an expression that do not change its value.
_FUNCTION = frozenset(
    {"the", "on", "in", "of", "by", "since", "until", "from", "between", "at", "during", "for",
     "within", "our", "its", "their"}
)  # fmt: skip
_HEDGES = lexicon.words("duration_hedges")
_REFERENCES = {phrase: value for phrase, (value,) in lexicon.table("temporal_references").items()}


def extract_dates(article: ParsedArticle) -> list[DateMention]:
    """Every temporal expression in an article, normalised against its anchor."""
    found = []
    last: str | None = None

    def valid(text: str) -> bool:
        return normalise(text, article.anchor)[1] is not None

    for span in temporal_spans(article.doc, valid):
        value, kind = normalise(span.text, article.anchor, tense(span.root), last)
        if kind is None:
            continue
        found.append(
            DateMention(
                text=span.text,
                value=value,
                type=kind,
                anchor=article.anchor,
                assumed=article.assumed,
                evidence=article.span_evidence(span),
            )
        )
        if kind in ("DATE", "TIME") and value and value[:4].isdecimal():
            last = value
    return found


def words_of(text: str) -> list[str]:
    """Lower-case words of an expression, hyphens split, function words dropped."""
    text = text.lower().replace("-", " ").replace("’", "'")
    found = re.findall(r"\d{1,2}:\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|[ap]\.m\.?|\w+", text)
    return [w for w in found if w not in _FUNCTION]


def normalise(
    text: str, anchor: dt.date, clause_tense: str = "past", last: str | None = None
) -> tuple[str | None, TimexType | None]:
    """The TimeML value and type of an expression; (None, type) when it cannot be resolved,
    (None, None) when the text is not a temporal expression at all.

    `last` is the value the text mentioned last, for narrative expressions ("a day later")."""
    words = words_of(text)
    if not words:
        return None, None
    rules = (_time_of_day, _duration, _set, _reference, _deictic, _relative_unit, _narrative,
             _weekday, numeric_date, month_of_year, calendar)  # fmt: skip
    for rule in rules:
        result = rule(words, anchor, clause_tense, last)
        if result is not None:
            return result
    return _unresolved(words)


def _unresolved(words: list[str]) -> tuple[None, TimexType | None]:
    """A span with a calendar word but no value is kept, unvalued; a bare number (an age,
    "Barra, 51", or a version) is not a temporal expression."""
    temporal = {*MONTHS, *WEEKDAYS, *SEASONS, *PARTS_OF_DAY, "quarter", "period", "time", "era"}
    if any(w in temporal or _unit(w) or re.fullmatch(r"\d{4}", w) for w in words):
        return None, "DATE"
    return None, None


def _number(word: str) -> int | None:
    return int(word) if word.isdecimal() else NUMBERS.get(word)


def _unit(word: str) -> str | None:
    return (
        UNITS.get(word[:-1] if word.endswith("s") else word) if word not in ("is", "was") else None
    )


def _period(amount: str, unit: str) -> str:
    if unit == "DE" and amount != "X":
        return f"P{int(amount) * 10}Y"
    if unit == "Q" and amount != "X":
        return f"P{int(amount) * 3}M"
    return f"PT{amount}{unit[1]}" if unit.startswith("T") else f"P{amount}{unit}"


def _duration(words: list[str], *_: object) -> Result:
    """'four-day', '48-hour', 'the past two decades', 'years', 'a year ago' (a duration in
    MEANTIME's convention), 'annual' (a year)."""
    if words == ["annual"]:
        return "P1Y", "DURATION"
    core = [w for w in words if w not in _HEDGES and w != "now"]
    if core[-1:] == ["ago"] and len(core) == 3 and _unit(core[1]) not in ("D", "W"):
        core = core[:2]
    if (
        len(core) == 2
        and _unit(core[1])
        and (core[0] in ("several", "few", "many") or _number(core[0]))
    ):
        amount = _number(core[0])
        return _period(str(amount) if amount else "X", _unit(core[1]) or ""), "DURATION"
    if len(core) == 1 and _unit(core[0]) and (core[0].endswith("s") or "past" in words):
        return _period("X" if core[0].endswith("s") else "1", _unit(core[0]) or ""), "DURATION"
    return None


def _set(words: list[str], *_: object) -> Result:
    """'every Friday', 'daily', 'each year'."""
    if words[0] in ("every", "each") and len(words) == 2:
        if words[1] in WEEKDAYS:
            return f"XXXX-WXX-{WEEKDAYS.index(words[1]) + 1}", "SET"
        if _unit(words[1]):
            return _period("1", _unit(words[1]) or ""), "SET"
    cadence = {
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "annually": "P1Y",
        "yearly": "P1Y",
    }
    return (cadence[words[0]], "SET") if len(words) == 1 and words[0] in cadence else None


def _reference(words: list[str], *_: object) -> Result:
    """'now', 'recently', 'the past', 'the long term': PRESENT_REF, PAST_REF, FUTURE_REF."""
    core = [w for w in words if w not in ("more", "most", "very", "in", "history", "until")]
    phrase = " ".join(core)
    return (_REFERENCES[phrase], "DATE") if phrase in _REFERENCES else None


def _deictic(words: list[str], anchor: dt.date, clause_tense: str, last: str | None) -> Result:
    """'today', 'earlier today', 'yesterday', 'tonight', 'this morning', 'the weekend',
    'that day'."""
    core = [w for w in words if w not in ("earlier", "later", "this", "same")]
    shifts = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if core == ["tonight"]:
        return f"{anchor.isoformat()}TNI", "TIME"
    if len(core) == 1 and core[0] in shifts:
        return (anchor + dt.timedelta(days=shifts[core[0]])).isoformat(), "DATE"
    if len(core) == 1 and core[0] in PARTS_OF_DAY:
        day = anchor if "this" in words else _as_day(last) or anchor
        return f"{day.isoformat()}T{PARTS_OF_DAY[core[0]]}", "TIME"
    if words == ["weekend"]:
        # The weekend of the week the tense points to: a past "over the weekend" read on a
        # Monday is the one just gone.
        saturday = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7)
        if clause_tense != "future" and saturday > anchor:
            saturday -= dt.timedelta(weeks=1)
        year, week, _day = saturday.isocalendar()
        return f"{year}-W{week:02d}-WE", "DATE"
    if words in (["that", "day"], ["same", "day"], ["that", "time"]) and last:
        return (last[:10] if _as_day(last) else last), "DATE"
    return None


def _time_of_day(words: list[str], anchor: dt.date, clause_tense: str, last: str | None) -> Result:
    """'16:00 UTC today', '12:00 UTC Monday', '08:30 UTC': the day from the rest of the
    expression, else the day the text last mentioned, else the anchor."""
    if not any(re.fullmatch(r"\d{1,2}:\d{2}", w) for w in words):
        return None
    rest = [w for w in words if not re.fullmatch(r"\d{1,2}:\d{2}|utc|gmt|[ap]\.m\.?", w)]
    day = _as_day(last) or anchor
    if rest:
        value, _ = normalise(" ".join(rest), anchor, clause_tense, last)
        day = _as_day(value) or day
    return clock(words, day.isoformat())


def _relative_unit(words: list[str], anchor: dt.date, *_: object) -> Result:
    """'this week', 'earlier this month', 'last year', 'next weekend', 'two days ago'."""
    if (
        len(words) == 3
        and words[2] == "ago"
        and _number(words[0])
        and _unit(words[1]) in ("D", "W")
    ):
        days = (_number(words[0]) or 0) * (7 if _unit(words[1]) == "W" else 1)
        return (anchor - dt.timedelta(days=days)).isoformat(), "DATE"
    core = [w for w in words if w not in ("earlier", "later", "early", "late", "end", "beginning")]
    if len(core) != 2 or core[0] not in ("this", "last", "next", "coming", "current"):
        return None
    step = {"this": 0, "current": 0, "last": -1, "next": 1, "coming": 1}[core[0]]
    unit = core[1]
    if unit in ("week", "weekend"):
        year, week, _day = (anchor + dt.timedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if unit == "weekend" else ""), "DATE"
    if unit == "month":
        month = anchor.year * 12 + anchor.month - 1 + step
        return f"{month // 12:04d}-{month % 12 + 1:02d}", "DATE"
    if unit == "year":
        return f"{anchor.year + step:04d}", "DATE"
    if unit in SEASONS:
        return f"{anchor.year + step:04d}-{SEASONS[unit]}", "DATE"
    return None


def _narrative(words: list[str], anchor: dt.date, _: str, last: str | None) -> Result:
    """'two days later', 'a day earlier', 'the previous year', 'the same period last year':
    relative to the value the text last mentioned."""
    year = int(last[:4]) if last else anchor.year
    if words in (["previous", "year"], ["year", "previous"], ["year", "before"]):
        return str(year - 1), "DATE"
    if [w for w in words if w not in PART_OF_PERIOD] == ["year"]:
        return str(year), "DATE"
    if words == ["day"] and last and _as_day(last):
        return last[:10], "DATE"
    same_month = words[:2] in (["same", "period"], ["same", "month"]) and {"year", "ago"} & set(
        words
    )
    if same_month and last and re.fullmatch(r"\d{4}-\d{2}", last):
        return f"{int(last[:4]) - 1:04d}{last[4:]}", "DATE"
    if len(words) != 3 or words[2] not in ("later", "earlier", "before", "after"):
        return None
    amount, unit = _number(words[0]), _unit(words[1])
    if not amount or unit not in ("D", "W"):
        return None
    days = amount * (7 if unit == "W" else 1) * (1 if words[2] in ("later", "after") else -1)
    return ((_as_day(last) or anchor) + dt.timedelta(days=days)).isoformat(), "DATE"


def _weekday(words: list[str], anchor: dt.date, clause_tense: str, _: object) -> Result:
    """'Wednesday', 'last Friday', 'Tuesday night': the nearest such day the tense points to."""
    days = [w for w in words if w in WEEKDAYS]
    if len(days) != 1:
        return None
    rest = [w for w in words if w not in WEEKDAYS]
    if any(
        w not in PARTS_OF_DAY and w not in ("last", "next", "this", "coming", "s") for w in rest
    ):
        return None
    target = WEEKDAYS.index(days[0])
    if "next" in rest or "coming" in rest or (clause_tense == "future" and "last" not in rest):
        offset = (target - anchor.weekday()) % 7 or 7
    else:
        offset = -((anchor.weekday() - target) % 7)
        if "last" in rest and offset == 0:
            offset = -7
    day = anchor + dt.timedelta(days=offset)
    part = next((PARTS_OF_DAY[w] for w in rest if w in PARTS_OF_DAY), None)
    return (f"{day.isoformat()}T{part}", "TIME") if part else (day.isoformat(), "DATE")


def _as_day(value: str | None) -> dt.date | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}(T[\w:]+)?", value):
        return dt.date.fromisoformat(value[:10])
    return None
