"""The horizon of a forward-looking statement: the latest date its forward clauses name.

A plan "to close 12 plants by 2008" read in a brief dated 2013 is history, not outlook: an
outlook item whose horizon ends before the brief's as-of date is dropped (`past_horizon`).
The timeline keeps it, dated, as a past plan: the date that makes it history is the date
that places it there. A statement with no date in its forward clauses (those of every
forward-looking signal of `OUTLOOK_CUES` in the sentence) has no horizon and stays.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Span

from briefgen.datestyle import last_day
from briefgen.extract.dates import resolve
from briefgen.extract.labels import ASIDES
from briefgen.extract.outlook_cues import OUTLOOK_CUES
from briefgen.extract.rules import rule
from briefgen.model import DateMention

_PERIOD_PART = re.compile(r"^.*\bof\s+|['’]s$")  # "the end of next week's" -> "next week"
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")


def horizon(
    sentence: Span, dates: Sequence[DateMention], source: str, published: dt.date
) -> DateMention | None:
    """The date mention inside the sentence's forward clauses that ends last, of those that
    end after the article was `published` (a past date, "after a loss last year", is what a
    plan answers, not when it ends); None when there is none."""
    inside = _forward_chars(sentence)
    found = [
        d
        for d in dates
        if d.evidence.source == source
        and d.evidence.start in inside
        and d.type in ("DATE", "TIME")
        and (end_of(d, published) or dt.date.min) >= published
    ]
    return max(found, key=lambda d: end_of(d, published) or dt.date.min, default=None)


def _forward_chars(sentence: Span) -> set[int]:
    """The start offsets of the tokens in the clauses of every forward-looking carrier of a
    sentence (a modal's verb, a cue word), however the cue filters judge it; relative
    clauses, appositions and parentheticals ("Ford, which was founded in 1903, will ...")
    describe something else and are left out."""
    heads = [
        token.head if signal.governs else token
        for signal in OUTLOOK_CUES
        for token in signal.carriers(sentence)
    ]
    found: set[int] = set()
    for head in heads:
        side = {t.i for c in head.subtree if c.dep_ in ASIDES and c != head for t in c.subtree}
        found |= {t.idx for t in head.subtree if t.i not in side}
    return found


def end_of(mention: DateMention, published: dt.date) -> dt.date | None:
    """The last day a mention covers: by its value; or else, for a part of a period that has
    no value ("the middle of next month", "the end of next week's"), by the period, valued
    from the publication date; or by a year it names outright ("until at least 2007")."""
    if mention.value:
        return last_day(mention.value)
    period = _PERIOD_PART.sub("", mention.text).strip()
    if period != mention.text.strip():
        value = resolve(period, published, "future")[1]
        if value and last_day(value):
            return last_day(value)
    years = _YEAR.findall(mention.text)
    return dt.date(int(years[-1]), 12, 31) if years else None


@rule(
    "outlook",
    # MEANTIME apple (Wikinews, CC BY 4.0): "by 2008" in a 2005 article is dropped from a brief
    # dated 2013 (tests/extract/test_horizon.py); briefed on its own date, this one is kept.
    example="Mac OS X Lion will be shipped in July through the online Mac App Store.",
)
def past_horizon(
    found: DateMention | None, as_of: dt.date | None, published: dt.date
) -> str | None:
    """A forward-looking statement whose horizon (the latest date its forward clauses name)
    ends before the brief's as-of date is history, not outlook: it is dropped (the timeline
    dates it)."""
    if found is None or as_of is None:
        return None
    end = end_of(found, published)
    if end is None or end >= as_of:
        return None
    return f"dropped: horizon {found.text!r} (to {end}) ended before {as_of}"
