"""Plans: whether one report of an event is a plan or an expectation when it was written.

`PLAN_RULES` are tried on a report's date in its sentence; the first that holds makes the
report a plan (key_events.py marks an event planned when every report of it is one).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from briefgen.extract.date_heads import governor
from briefgen.extract.labels import VERBALS
from briefgen.extract.lexicon import table
from briefgen.extract.rules import Rule, rule
from briefgen.extract.timex import tense

_PLAN_KINDS = ("next_step", "forecast")  # kinds of `future_cues` that plan or expect


def start_of(value: str) -> dt.date:
    """The first day of a timeline date's period ('2010-06' -> 1 June 2010, '2010-W23' its
    Monday)."""
    year, _, rest = value.partition("-")
    if rest.startswith("W"):
        return dt.date.fromisocalendar(int(year), int(rest[1:]), 1)
    month, _, day = rest.partition("-")
    return dt.date(int(year), int(month or 1), int(day or 1))


@rule(
    "timeline",
    example="The auction is scheduled to take place on 17 December in the US.",
)
def after_publication(date: Span, value: str, anchor: dt.date) -> bool:
    """A date whose period starts after the article was published: a plan or an expectation
    when it was written, whatever the verb's tense ('the gig takes place on 8 October')."""
    return start_of(value) > anchor


@rule(
    "timeline",
    example="The talks were expected to resume on 25 October 2025 in Istanbul, officials said.",
)
def future_syntax(date: Span, value: str, anchor: dt.date) -> bool:
    """A clause in the future or the modal ('will', 'is expected to', 'was due to'): a
    plan, even on a date already past when the article was written, but not a date of an
    earlier year than the one before it ('should eclipse the Exxon Valdez spill of 1989'
    compares with history). The clause is the one the date is read to date as well as the one
    it hangs in ('expected to attend a gala event, "Forever Michael," at a hotel on Saturday':
    the parser hangs the date on the hotel, event_phrases.py `date_on_verb`). A date that a
    noun keeps (event_phrases.py `noun_phrase`) dates that noun's event, not its clause's
    verb: "BP's financial wounds from April 20 drilling-rig explosion might be serious" is
    no planned explosion."""
    if start_of(value).year < anchor.year - 1:
        return False
    head = governor(date.root)
    return tense(date.root) == "future" or (head.pos_ in VERBALS and tense(head) == "future")


@rule(
    "timeline",
    example="More details are expected in an official announcement later on Tuesday, but the "
    "contract is reported to include the soundtrack.",
)
def plan_verb(date: Span, value: str, anchor: dt.date) -> bool:
    """A date on a verb of planning or expecting, not in the past ('More details are expected
    in an official announcement later on Tuesday', 'the hearing is scheduled for Friday'; the
    `next_step` and `forecast` verbs of lexicon `future_cues`): what it dates was a plan or an
    expectation when written."""
    verb = governor(date.root)
    cue = table("future_cues").get(verb.lemma_.lower())
    return (
        verb.pos_ in VERBALS and cue is not None and cue[0] in _PLAN_KINDS
        and tense(verb) != "past"
    )  # fmt: skip


# Whether one report of an event is a plan: the first rule that holds decides.
PLAN_RULES: list[Rule[[Span, str, dt.date], bool]] = [after_publication, future_syntax, plan_verb]
