"""Decisions about a temporal expression that need its context, not only its words.

`NOT_TIMEX_RULES` drop a candidate whose words are temporal but whose use is not, as TimeML
annotates (TimeBank 1.2): the first half of a compound adjective ("long-term debt"), an age
("52 years old"), a fraction ("a quarter of the market"), the conjunction "as soon as", a
greeting ("Good evening"), a programme's quoted title ('ABC's "This Week"').
`CONTEXT_RULES` type and value an expression by what follows or precedes it: the span of an
accounting period before its closing date ("the year ended March 31" is a duration), a rate
after an amount ("15 a year" is a set). Each rule reads the span in its Doc.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from briefgen.extract.calendar_rules import Result
from briefgen.extract.holidays import holiday_as_modifier
from briefgen.extract.labels import AMOUNT_POS, TERM_HEAD_POS, VERBALS
from briefgen.extract.relative_rules import number, period, unit
from briefgen.extract.rules import Rule, rule
from briefgen.extract.timeml_rules import half_period
from briefgen.timewords import DAYS_FROM_TODAY, MONTHS, PARTS_OF_DAY, WEEKDAYS

# The words that close an accounting period before its last day ("the year ended March 31").
PERIOD_CLOSERS = frozenset({"ended", "ending"})
# Words between the ends of a range: "two to three weeks", "two or three days", "between 60
# and 90 days" ("two and a half years" is no range: "a" is no amount).
RANGE_WORDS = frozenset({"to", "or", "and", "-"})
_TERM = re.compile(r"(?:long|short|near|medium|mid)-term", re.IGNORECASE)
_AGE_WORDS = frozenset({"old", "older", "younger"})
_DAY_WORDS = frozenset({*WEEKDAYS, *MONTHS, *DAYS_FROM_TODAY})
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z?")
_BETWEEN_LIMIT = 8  # tokens: "(1925 GMT) on" is five


def _after(span: Span) -> Token | None:
    """The first token after the span that is not a comma."""
    doc, i = span.doc, span.end
    while i < len(doc) and doc[i].text == ",":
        i += 1
    return doc[i] if i < len(doc) else None


def _before(span: Span) -> Token | None:
    return span.doc[span.start - 1] if span.start > 0 else None


@rule(
    "date",
    example="Proceeds will be used to reduce short-term debt at the beer and food concern, "
    "said Robert Vaux, vice president, finance.",
)
def term_compound(span: Span) -> bool:
    """'long-term debt', 'near-term earnings': a '-term' compound before its noun qualifies
    the noun and is no temporal expression (TimeBank annotates none of them); 'the long
    term', standing alone, still is one."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return bool(
        _TERM.fullmatch(span.text) and following is not None and following.pos_ in TERM_HEAD_POS
    )


@rule(
    "date",
    example="Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1, soon after Mr. "
    "Davison reaches the company's mandatory retirement age of 65.",
)
def age_in_years(span: Span) -> bool:
    """'52 years old', 'the 136-year-old brewer': an age, not an amount of time (TimeBank
    leaves ages unannotated)."""
    following = _after(span)
    words = [t.lower_ for t in span if t.text != "-"]
    if words[-1] in _AGE_WORDS:
        words, following = words[:-1], span[-1]
    return (
        following is not None
        and following.lower_ in _AGE_WORDS
        and bool(words)
        and words[-1] in ("years", "year", "months")
    )


@rule(
    "date",
    example="Mutual funds are the among the largest holders of junk, accounting for more than "
    "a quarter of the entire high-yield, high-risk market.",
)
def fraction_of(span: Span) -> bool:
    """'a quarter of the market', 'about a quarter, of its dealers': a share, not three months
    (an ordinal or a year makes it a quarter of the calendar: 'the first quarter of 2009')."""
    following = _after(span)
    words = [t.lower_ for t in span]
    return (
        words[-1] in ("quarter", "half", "third")
        and following is not None
        and following.lower_ == "of"
        and not any(t.like_num or t.lower_ in ("the", "first", "second", "fourth") for t in span)
    )


@rule(
    "date",
    example="Navigation Mixte's chairman had suggested that friendly institutions were likely "
    "to buy its stock as soon as trading opened Monday.",
)
def as_soon_as(span: Span) -> bool:
    """'as soon as trading opened': a conjunction, no time ('as soon as possible' is one)."""
    before, following = _before(span), _after(span)
    return (
        span.text.lower() == "soon"
        and before is not None
        and before.lower_ == "as"
        and following is not None
        and following.lower_ == "as"
        and span.end + 1 < len(span.doc)
        and span.doc[span.end + 1].lower_ != "possible"
    )


@rule("date", example="Good evening from the central park in downtown Havana.")
def good_part_of_day(span: Span) -> bool:
    """'Good evening from Havana', 'good evening Lynne Russell', 'not having a good night': a
    greeting or a judgement of the day's part, no time (TimeBank annotates no greeting)."""
    before = _before(span)
    words = [t.lower_ for t in span]
    if words[0] == "good" and len(words) == 2:
        before, words = span[0], words[1:]
    return (
        len(words) == 1 and words[0] in PARTS_OF_DAY and before is not None
        and before.lower_ == "good"
    )  # fmt: skip


# Quote marks as the tokenizer leaves them ("``" and "''" in TimeBank's texts).
_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})


@rule(
    "date",
    example='Secretary of State James Baker, speaking on ABC News\' "This Week," said the Kuwaiti '
    'request gives the U.S. and other countries "a legal basis for stopping the export of oil '
    'and that sort of thing."',
)
def quoted_title(span: Span) -> bool:
    """A date phrase in title case that is the whole of a quotation, alone or with more
    title-case words ('ABC News\' "This Week,"', '"This Week With David Brinkley"', 'ABC’s
    “This Week” on Sunday') names a programme, no time; a quotation that goes on ('"Today, we
    ...') is speech (TimeBank annotates no such title)."""
    before = _before(span)
    if before is None or before.text not in _QUOTE_MARKS:
        return False
    if not all(t.is_title for t in span if t.is_alpha):
        return False
    doc, i = span.doc, span.end
    while i < len(doc) and doc[i].is_title:
        i += 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and doc[i].text in _QUOTE_MARKS


# Drop rules, tried on every candidate span before its words are valued.
NOT_TIMEX_RULES: list[Rule[..., Any]] = [
    term_compound, age_in_years, fraction_of, as_soon_as, good_part_of_day, holiday_as_modifier,
    quoted_title,
]  # fmt: skip


@rule(
    "date",
    example="For the year ended July 2, Rally had net income of $2.4 million, or 34 cents a share.",
)
def period_before_closing_day(span: Span) -> Result:
    """'the year ended July 2', 'the six months ended Oct. 1': a year or a number of months
    closed by a day is a duration (P1Y, P6M), as TimeML writes it; its closing day is a
    date of its own."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if following is None or following.lower_ not in PERIOD_CLOSERS:
        return None
    words = [t.lower_ for t in span if t.lower_ not in ("the", "its", "fiscal", "first")]
    if words == ["year"]:
        return "P1Y", "DURATION"
    if len(words) == 2 and words[1] == "months" and number(words[0]):
        return period(str(number(words[0])), "M"), "DURATION"
    return None


@rule(
    "date",
    example="EADS have unexpectedly defeated Boeing for a contract to supply the United States "
    "Air Force (USAF) with 179 new aerial refueling tankers at a rate of 15 a year.",
)
def rate_per_unit(span: Span) -> Result:
    """'15 a year', '$33 million a year', 'fifty thousand CDs a year': an amount per unit is
    a set (P1Y) of the unit."""
    words = [t.lower_ for t in span]
    before = _before(span)
    if len(words) != 2 or words[0] not in ("a", "an", "per") or unit(words[1]) is None:
        return None
    if before is None or not (before.like_num or before.pos_ in AMOUNT_POS):
        return None
    if before.lower_ in ("than", "of") or before.dep_ == "prep":
        return None
    return period("1", unit(words[1]) or ""), "SET"


@rule(
    "date",
    example="Intel told analysts that the company will resume shipments of the chips within two "
    "to three weeks.",
)
def range_lower_bound(span: Span) -> Result:
    """'two' of 'two to three weeks', '12' of 'the next 12 to 18 months', '1.5' of '1.5 to 2
    years': the first end of a range of durations (`range_split`) counts the unit of the
    second (P2W, P12M, P1Y6M)."""
    doc, end = span.doc, span.end
    if not span[-1].like_num or end + 2 >= len(doc) or doc[end].lower_ not in RANGE_WORDS:
        return None
    amount, code = number(span[-1].lower_), unit(doc[end + 2].lower_)
    if code is None or not doc[end + 1].like_num:
        return None
    if amount:
        return period(str(amount), code), "DURATION"
    halved = re.fullmatch(r"(\d+)\.5", span[-1].text)  # "1.5 to 2 years"
    value = half_period(int(halved[1]), code) if halved else None
    return (value, "DURATION") if value else None


@rule(
    "date",
    example="In a joint statement with Tourism Minister Andrew Thomson, it said two new flights "
    "would leave Bombay on Monday and Tuesday nights from March 30.",
)
def weekday_of_conjoined_set(span: Span) -> Result:
    """'Monday' of 'Monday and Tuesday nights': a weekday joined to a set of weekdays is one
    of the set, with its part of day (XXXX-WXX-1TNI), as HeidelTime's set_r6b reads it."""
    doc, end = span.doc, span.end
    if len(span) != 1 or span[0].lower_ not in WEEKDAYS or end + 1 >= len(doc):
        return None
    if doc[end].lower_ not in ("and", "or"):
        return None
    nxt = doc[end + 1].lower_
    following = doc[end + 2].lower_ if end + 2 < len(doc) else ""
    day = f"XXXX-WXX-{WEEKDAYS.index(span[0].lower_) + 1}"
    if nxt in WEEKDAYS and following.removesuffix("s") in PARTS_OF_DAY and following.endswith("s"):
        return f"{day}T{PARTS_OF_DAY[following[:-1]]}", "SET"
    return None


# Context rules, tried before the words of an expression are valued.
CONTEXT_RULES: list[Rule[..., Any]] = [
    period_before_closing_day, rate_per_unit, range_lower_bound, weekday_of_conjoined_set,
]  # fmt: skip


@rule(
    "date",
    example="The flow of oil was shut off at 1425 local time (1925 GMT) on Thursday, as part of "
    "a test of well's integrity.",
)
def clock_day_from_date(time: Span, value: str | None, date: Span, day: str | None) -> str | None:
    """'1425 local time (1925 GMT) on Thursday': a clock time that names no day of its own
    takes the day of the date that follows it in its clause (no verb between)."""
    if not value or not day or not _CLOCK_VALUE.fullmatch(value) or not _DAY_VALUE.fullmatch(day):
        return None
    between = time.doc[time.end : date.start]
    if time.sent.start != date.sent.start or len(between) > _BETWEEN_LIMIT:
        return None
    if any(t.pos_ in VERBALS for t in between):
        return None
    if any(t.lower_ in _DAY_WORDS or "/" in t.text for t in time):
        return None
    return day + value[10:]
