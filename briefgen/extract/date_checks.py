"""Date checks: a temporal expression that places no event of the story on the timeline.

The date layer values an expression from its words; these rules read its context in the
sentence and keep it off the timeline when that context says it is no date of an event:
a clock time read as a year ("at 1653 (2153 GMT)"), a year an event is compared with ("its
first loss since 1992" dates no event in 1992), a deictic word used as a noun ("the cars of
tomorrow"). `DATE_CHECKS` is tried in order; the first that holds drops the date.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from briefgen.extract.date_heads import governor
from briefgen.extract.labels import (
    APPOSITIONS,
    DAY_PHRASE_POS,
    DEFINING_CLAUSES,
    DETERMINERS,
    MEASURED_ARGUMENTS,
    NOMINALS,
    SUPERLATIVE_TAGS,
    VERBALS,
)
from briefgen.extract.lexicon import words
from briefgen.extract.rules import Rule, rule
from briefgen.extract.timex import tense
from briefgen.timewords import DAYS_FROM_TODAY, PARTS_OF_DAY

_HHMM = re.compile(r"^([01]\d|2[0-3])[0-5]\d$")  # a 24-hour clock written as four digits
# A year this far before the article is no year a news story dates by a bare number: a
# four-digit stamp before a colon ("1003: Dominic Casciani ...") is then a clock time.
_CENTURIES = 300
_DAY_WORDS = frozenset(DAYS_FROM_TODAY)
_DAY_NOUNS = frozenset({"day", *PARTS_OF_DAY})  # what an event can name: "the morning of ..."


def _next(token: Token, skip: str = "()") -> Token | None:
    """The token after `token`, past brackets."""
    doc, i = token.doc, token.i + 1
    while i < len(doc) and doc[i].text in skip:
        i += 1
    return doc[i] if i < len(doc) else None


def _zone(token: Token | None) -> bool:
    return token is not None and token.text in words("time_zones")


@rule(
    "timeline",
    example="The last time Dr Murray administered the medication was 1040 on 25 June, just "
    "hours before Jackson's heart stopped.",
)
def clock_time_not_year(date: Span, anchor: dt.date) -> bool:
    """A four-digit number that reads as a 24-hour clock is a time, not a year, when a time
    zone follows it ('1930 CDT'), 'at' precedes it ('struck at 1653'), a day's date follows
    it ('1040 on 25 June'), or it stamps a line centuries before the article ('1003:')."""
    if len(date) != 1 or not _HHMM.match(date.text):
        return False
    token = date[0]
    after = _next(token)
    before = token.doc[token.i - 1] if token.i > 0 else None
    if _zone(after) or (before is not None and before.lower_ == "at"):
        return True
    if after is not None and after.lower_ == "on" and after.i + 1 < len(token.doc):
        return token.doc[after.i + 1].like_num or token.doc[after.i + 1].ent_type_ == "DATE"
    distant = int(date.text) < anchor.year - _CENTURIES
    return distant and after is not None and after.text == ":"


def _measured(since: Token) -> list[Token]:
    """What a 'since' phrase measures: the noun it hangs on ('the lowest take since 1988'),
    or the objects of the verb it hangs on ('hold their largest majority since 1928')."""
    head = since.head
    if head.pos_ in NOMINALS or head.pos_ == "ADJ":
        return [head]
    return [c for c in head.children if c.dep_ in MEASURED_ARGUMENTS and c.pos_ in NOMINALS]


@rule(
    "timeline",
    example="The Obama administration took in $74 billion, the lowest take since 1988.",
)
def compared_year(date: Span, _: dt.date) -> bool:
    """A date after 'since' that a superlative or an ordinal measures ('the lowest take since
    1988', 'for the first time since 1988', 'its largest majority since 1928') is the
    date of the comparison, not of the event."""
    since = _since(date)
    if since is None:
        return False
    for head in _measured(since):
        near = [head, *head.children, *(t for c in head.children for t in c.children)]
        if any(t.tag_ in SUPERLATIVE_TAGS or t.ent_type_ == "ORDINAL" for t in near):
            return True
    return False


@rule(
    "timeline",
    example="Reopening the well would not be a sign of failure, Hunter said, because, with the "
    "new cap on top of the well since Monday night, BP has more options.",
)
def start_of_state(date: Span, _: dt.date) -> bool:
    """A date after 'since' that dates a verb in the simple present ('with the new cap on top
    of the well since Monday night, BP has more options') is where a state begins, and the
    clause states what holds now, not what happened that day. A perfect says what went on
    from then ('had been suspended since July 24, 2003') and stays; so does 'since the blast
    on 20 April', which dates the blast."""
    verb = governor(date.root)
    return _since(date) is not None and verb.pos_ in VERBALS and tense(verb) == "present"


def _since(date: Span) -> Token | None:
    """The 'since' a date is the object of ('since 1988', whether or not the model took the
    preposition into the date)."""
    root = date.root
    since = root if root.lower_ == "since" else root.head
    if since.lower_ != "since" or (since is not root and root.dep_ != "pobj"):
        return None
    return since


@rule(
    "timeline",
    example="Supporters are raising money for the senators and presidential candidates of "
    "tomorrow, the group said.",
)
def deictic_as_noun(date: Span, _: dt.date) -> bool:
    """'Today', 'tomorrow' or 'yesterday' as the object of 'of' after a noun ('the cars of
    tomorrow', 'the problems of today') means an era, not a day ('as of today' is a day)."""
    if len(date) != 1 or date[0].lower_ not in _DAY_WORDS:
        return False
    of = date[0].head
    return (
        date[0].dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.pos_ in NOMINALS
        and of.head.lower_ != "as"
    )


@rule(
    "timeline",
    example="Fans waited nervously outside the courtroom on the day of the verdict, many of them "
    "holding signs. A key aide told the trial of events on the day the superstar died.",
)
def day_named_by_event(date: Span, _: dt.date) -> bool:
    """'The day' (or 'the morning', 'the night') that a clause or an 'of' phrase defines ('the
    day the superstar died', 'on the day of the verdict', 'on the morning of the singer's
    death') names its day by an event, not by the calendar: the day the text last named, or
    the article's, is no value of it ('later in the day' is; 'the evening of April 20' is
    dated by 'April 20', a mention of its own)."""
    day = date.root
    if day.lower_ not in _DAY_NOUNS or any(
        t.pos_ not in DAY_PHRASE_POS for t in date if t.i != day.i
    ):
        return False
    return any(
        c.dep_ in DEFINING_CLAUSES or (c.dep_ == "prep" and c.lower_ == "of") for c in day.children
    )


@rule(
    "timeline",
    example="World News for Schools: 12 January. Hi there, I'm Leah from the BBC World News for "
    "Schools.",
)
def date_as_label(date: Span, _: dt.date) -> bool:
    """A date set in apposition to a name or a noun ('World News for Schools: 12 January', a
    programme's or a page's heading) labels it: it dates no event of the story."""
    root = date.root
    head = root.head
    return root.dep_ in APPOSITIONS and head.pos_ in NOMINALS and head.ent_type_ != "DATE"


@rule(
    "timeline",
    example="Crews set fire to the slick on Wednesday. The burns were not expected to be done at "
    "night.",
)
def part_of_day_generic(date: Span, _: dt.date) -> bool:
    """A part of the day alone after "at", with no day, determiner or deictic word ("were not
    expected to be done at night"): any night, not one the story dates ("at night on
    Tuesday" or "Tuesday night" is one)."""
    if len(date) != 1 or date[0].lower_ not in PARTS_OF_DAY:
        return False
    word = date[0]
    before = word.doc[word.i - 1] if word.i else None
    return (
        before is not None
        and before.lower_ == "at"
        and not any(c.dep_ in DETERMINERS for c in word.children)
        and not any(c.ent_type_ == "DATE" for c in before.head.children if c.i != before.i)
    )


# What keeps a date off the timeline, tried in order: the first that holds drops it.
DATE_CHECKS: list[Rule[[Span, dt.date], bool]] = [
    clock_time_not_year, compared_year, start_of_state, deictic_as_noun, day_named_by_event,
    date_as_label, part_of_day_generic,
]  # fmt: skip
