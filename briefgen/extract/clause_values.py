"""Values an expression takes from the clause it is said in, not from its words alone.

The same words are a duration or a point, a count or a day, by their clause: "in five years"
under "would be redeemed" is the year five years on (TimeBank writes 1994 in 1989), "one day"
under "will" is FUTURE_REF, and "the eighth day" said of today ("today is the eighth day of
Desert Shield") is the anchor's day. Each rule reads the span in its Doc with the article's
anchor and returns a TimeML value and type, or None when it does not apply; `extract_dates`
asks them after the context rules and before the rules that read the words only.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from spacy.tokens import Span

from briefgen.extract.calendar_rules import Result
from briefgen.extract.labels import PRESENT_TAGS, VERBALS
from briefgen.extract.relative_rules import number, unit
from briefgen.extract.rules import Rule, rule
from briefgen.extract.timex import tense
from briefgen.timewords import ORDINALS, REFERENCES, VAGUE_AMOUNTS

# Subjects that stand for the time of writing: "today is the eighth day", "it's the second day".
_NOW_SUBJECTS = frozenset({"today", "it", "this"})
_ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")
# Words after an amount that make it a range or a guess: "in a year or two".
_VAGUE_AFTER = frozenset({"or", "to"})
# What "in" may hang on for its amount to be a time ahead: a verb, or an adjective of a copula
# ("could be profitable in two years' time").
_CLAUSE_HEADS = frozenset({*VERBALS, "ADJ"})


def _ordinal(word: str) -> int | None:
    matched = _ORDINAL.fullmatch(word)
    return int(matched[1]) if matched else ORDINALS.get(word)


@rule(
    "date",
    example="In Saudi Arabia, today is the eighth day of ``Desert Shield,'' the operation "
    "designed to confront an estimated 200,000 Iraqi soldiers now in Kuwait.",
)
def count_said_of_now(span: Span, anchor: dt.date) -> Result:
    """'today is the eighth day of Desert Shield', 'It's the second day of an offensive',
    'This is the first week that Carson did not receive a vote': an ordinal day or week
    said in the present of today, 'it' or 'this' is the anchor's day or week, as TimeBank
    writes it; the count says how long something has lasted, not which day it is."""
    words = [t.lower_ for t in span if t.lower_ not in ("the", "straight", "consecutive")]
    if len(words) != 2 or words[1] not in ("day", "week") or _ordinal(words[0]) is None:
        return None
    root = span.root
    verb = root.head
    if root.dep_ != "attr" or verb.lemma_ != "be" or verb.tag_ not in PRESENT_TAGS:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in _NOW_SUBJECTS for c in verb.children):
        return None
    if words[1] == "day":
        return anchor.isoformat(), "DATE"
    year, week, _day = anchor.isocalendar()
    return f"{year:04d}-W{week:02d}", "DATE"


@rule(
    "date",
    example="Mr. Cuomo said his resignation would take effect in 14 days.",
)
def amount_ahead(span: Span, anchor: dt.date) -> Result:
    """'would be redeemed in five years', 'would take effect in 14 days', 'will become
    minorities in 30 years': an amount after 'in' in a future or modal clause is the point
    that far after the anchor, at the unit's granularity (the year, month, week or day; as
    TimeBank writes it); a vague or ranged one ('may, in a year or two, save') is
    FUTURE_REF. In a past or present clause ('responded in less than one hour') it stays a
    duration."""
    before = span.doc[span.start - 1] if span.start else None
    if before is None or before.lower_ != "in" or before.head.pos_ not in _CLAUSE_HEADS:
        return None
    words = [t.lower_ for t in span]
    if len(words) != 2 or unit(words[1]) not in ("Y", "M", "W", "D") or tense(before) != "future":
        return None
    after = span.doc[span.end] if span.end < len(span.doc) else None
    amount = 1 if words[0] in ("a", "an") else number(words[0])
    if words[0] in VAGUE_AMOUNTS or (after is not None and after.lower_ in _VAGUE_AFTER):
        return REFERENCES["future"], "DATE"
    if not amount or amount >= 1000:
        return None
    return _ahead(anchor, amount, unit(words[1]) or ""), "DATE"


def _ahead(anchor: dt.date, amount: int, code: str) -> str:
    """The point `amount` units after the anchor at the unit's granularity."""
    if code == "Y":
        return f"{anchor.year + amount:04d}"
    if code == "M":
        month = anchor.year * 12 + anchor.month - 1 + amount
        return f"{month // 12:04d}-{month % 12 + 1:02d}"
    day = anchor + dt.timedelta(days=amount * (7 if code == "W" else 1))
    if code == "W":
        year, week, _day = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return day.isoformat()


@rule(
    "date",
    example="According to the Arab American institute, Islam will one day be the second largest "
    "religion in the country.",
)
def one_day_ahead(span: Span, _: dt.date) -> Result:
    """'will one day be', 'a road that could one day stretch': 'one day' or 'some day' before
    the verb of a future or modal clause is an unknown time ahead, FUTURE_REF; 'had been in
    the job one day' and 'will last one day', after their verb, are a duration."""
    words = [t.lower_ for t in span]
    if words not in (["one", "day"], ["some", "day"]):
        return None
    root = span.root
    if root.head.pos_ not in VERBALS or span.end > root.head.i or tense(root) != "future":
        return None
    return REFERENCES["future"], "DATE"


# Tried in this order by `extract_dates`, after the context rules (timex_context.py).
CLAUSE_RULES: list[Rule[..., Any]] = [count_said_of_now, amount_ahead, one_day_ahead]
