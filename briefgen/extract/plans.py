"""Plans: whether one report of an event is a plan or an expectation when it was written.

`PLAN_RULES` are tried on a report's date in its sentence; the first that holds makes the
report a plan (key_events.py marks an event planned when every report of it is one).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from briefgen.extract.date_heads import governor
from briefgen.extract.labels import AUXILIARIES, VERBALS
from briefgen.extract.lexicon import table
from briefgen.extract.rules import Rule, record, rule
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
    future = tense(date.root) == "future" or (head.pos_ in VERBALS and tense(head) == "future")
    if future and attempt_in_past.fn(date):
        record(attempt_in_past, date.text, "happened")
        return False
    return future


@rule(
    "timeline",
    example="In New Orleans, the Obama administration tried to delay a federal judge's ruling "
    "Tuesday that tossed out the government's moratorium on deep-water drilling.",
)
def attempt_in_past(date: Span) -> bool:
    """An infinitive under a verb in the simple past that neither plans nor expects ("tried
    to delay a federal judge's ruling Tuesday", "declined to comment on Wednesday"): the
    attempt or the refusal happened on the date, no plan; "was expected to begin" and
    "planned to begin" stay plans (the `next_step` and `forecast` verbs of `future_cues`)."""
    verb = date.root
    while verb.pos_ not in VERBALS and verb.head.i != verb.i:
        verb = verb.head
    while verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.head.pos_ in VERBALS:
        verb = verb.head
    above = verb.head
    if not any(c.tag_ == "TO" for c in verb.children) or above.i == verb.i:
        return False
    if above.pos_ not in VERBALS or _plans(above):
        return False
    forms = [above, *(c for c in above.children if c.dep_ in AUXILIARIES)]
    return any(t.tag_ == "VBD" for t in forms) and not any(t.lemma_ == "have" for t in forms)


def _plans(verb: Token) -> bool:
    """A verb of planning or expecting (lexicon `future_cues`), or the "be" of a plan ("the
    burial was to take place on 25 August")."""
    if verb.lemma_ == "be":
        return True
    cue = table("future_cues").get(verb.lemma_.lower())
    return cue is not None and cue[0] in _PLAN_KINDS


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
