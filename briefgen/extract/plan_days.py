"""The day of a thing a clause plans: placed near the article, not behind it.

A weekday that dates a noun has no tense of its own (`dates.clause_tense` reads it as the
present, the last such day). When the noun is what a verb of planning or expecting takes
("planned a Sunday trip"), the thing lies after the planning, which was told shortly
before the article was written: the nearest such day, before or after, is the one meant.
"""

from __future__ import annotations

from spacy.tokens import Span

from briefgen.extract.labels import DATED_THING_POS, OBJECTS, VERBALS
from briefgen.extract.lexicon import table
from briefgen.extract.rules import record, rule
from briefgen.timewords import WEEKDAYS

_PLAN_KINDS = ("next_step", "forecast")  # kinds of lexicon `future_cues` that plan or expect


@rule(
    "date",
    example="Frustrated fishermen had to keep their boats idle as another day of rough seas "
    "kept crews away from the slick, and President Barack Obama planned a Sunday trip to the "
    "Gulf Coast.",
)
def planned_thing_day(span: Span) -> bool:
    """A weekday that dates the noun a verb of planning or expecting takes as its object
    ("President Barack Obama planned a Sunday trip to the Gulf Coast", written on a Saturday;
    lexicon `future_cues`, kinds `next_step` and `forecast`) is the nearest such day: the
    Sunday after, not the one before."""
    if not any(t.lower_.rstrip(".") in WEEKDAYS for t in span):
        return False
    thing = span.root.head
    if thing.pos_ not in DATED_THING_POS or thing.dep_ not in OBJECTS or span.root.i > thing.i:
        return False
    verb = thing.head
    cue = table("future_cues").get(verb.lemma_.lower())
    if verb.pos_ not in VERBALS or cue is None or cue[0] not in _PLAN_KINDS:
        return False
    record(planned_thing_day, span.text, "near")
    return True
