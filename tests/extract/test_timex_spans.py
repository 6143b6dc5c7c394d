"""Spans, types and the values of times and sets, as TimeML annotates them (issue 20).

Sentences are excerpts from TimeBank 1.2 (the develop part, ../shared/corpus/timebank/timebank;
document ids in the comments) and MEANTIME (tests/data/meantime); the expected spans, types and
values are the gold annotations where the gold has them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.dates import DROPPED, extract_dates
from briefgen.extract.rules import tracing

FOUND = [
    # closing_day_split + period_before_closing_day (wsj_0376: gold "the year" P1Y, "July 2")
    (dt.date(1989, 10, 27), "Rally's had a loss of $1.9 million for the year ended July 2, "
     "after a profit in the year before.",
     [("the year", "DURATION", "P1Y"), ("July 2", "DATE", None)]),
    # closing_day_split (wsj_0122: gold "the quarter" and "Sept. 30" apart)
    (dt.date(1989, 10, 26), "Net income for the quarter ended Sept. 30 rose 5% to $12.8 million.",
     [("the quarter", "DATE", None), ("Sept. 30", "DATE", None)]),
    # period_before_closing_day: months (wsj_0570: gold "the six months" P6M)
    (dt.date(1989, 11, 1), "Net income for the six months ended Oct. 1 was $10.5 million.",
     [("the six months", "DURATION", "P6M"), ("Oct. 1", "DATE", None)]),
    # hour_of_day (APW19980213.1310: gold "10 p.m. Wednesday" 1998-02-11T22:00)
    (dt.date(1998, 2, 13), "He was kidnapped from his small, neighborhood store in the town of "
     "Trujillo Alto at 10 p.m. Wednesday, police said.",
     [("10 p.m. Wednesday", "TIME", "1998-02-11T22:00")]),
    # hour_of_day: a named hour (APW19980213.1310: gold "noon Thursday" 1998-02-12T12:00)
    (dt.date(1998, 2, 13), "His kidnappers demanded a ransom of dlrs 1 million, but negotiations "
     "broke off at noon Thursday.",
     [("noon Thursday", "TIME", "1998-02-12T12:00")]),
    # hour_of_day: four digits before a zone are a clock time, never a year (issue 20;
    # t17_bpoil_bbc 2010-07-16)
    (dt.date(2010, 7, 16), "The flow of oil was shut off at 1425 local time (1925 GMT) on "
     "Thursday, as part of a test of well's integrity.",
     [("1425 local time", "TIME", None), ("1925 GMT", "TIME", None)]),  # day: left to do
    # part_of_named_day (CNN19980126.1600.1104: gold "last night" TNI of the day before)
    (dt.date(1998, 1, 19), "CBS News first reported last night that the tomb may contain the "
     "remains of an American serviceman.",
     [("last night", "TIME", "1998-01-18TNI")]),
    # part_of_named_day (wsj_0736: gold "mid-afternoon yesterday" 1989-11-01TAF)
    (dt.date(1989, 11, 2), 'In London at mid-afternoon yesterday, Ratners\'s shares were up 2 '
     "pence.",
     [("mid-afternoon yesterday", "TIME", "1989-11-01TAF")]),
    # rate_unit_split + rate_per_unit (MEANTIME airbus: gold "a year" SET P1Y)
    (dt.date(2008, 3, 1), "Northrop Grumman and EADS will supply the USAF with 179 new aerial "
     "refueling tankers at a rate of 15 a year.",
     [("a year", "SET", "P1Y")]),
    # missed_rate + rate_per_unit (wsj_0135: gold "a year" SET P1Y)
    (dt.date(1989, 10, 26), "The company will post additional pretax profit of about $33 "
     "million a year because of the additional Du Pont dividends.",
     [("a year", "SET", "P1Y")]),
    # each/every joined; every_unit: a month (APW19980322.0749: gold "each July" XXXX-07)
    (dt.date(1998, 3, 22), "Orangemen march each July from their rural church back downtown.",
     [("each July", "SET", "XXXX-07")]),
    # each/every joined (APW19980213.1320: gold "each Thursday" XXXX-WXX-4)
    (dt.date(1998, 2, 13), "Two new flights would leave Bombay from March 30, with the third "
     "departing each Thursday from August 6.",
     [("each Thursday", "SET", "XXXX-WXX-4")]),
    # duration hedges: 'first' (wsj_0768: gold "the first nine months" P9M)
    (dt.date(1989, 11, 2), "Profit in the first nine months rose 8% to $14.8 million.",
     [("the first nine months", "DURATION", "P9M")]),
    # the possessive is not the date's (wsj_0667: gold "last year", not "last year's")
    (dt.date(1989, 11, 1), "Third-period sales were $2.49 billion, up from last year's $2.34 "
     "billion.",
     [("last year", "DATE", "1988")]),
    # missed_same_day keeps 'that time' (MEANTIME gm: gold 2011-06-10 is a value for datevals)
    (dt.date(2011, 5, 29), "If a price is not agreed on by that time, Fiat will pay the average "
     "of the estimates of two investment banks.",
     [("that time", "DATE", None)]),
]  # fmt: skip

DROPPED_BY = [
    # term_compound (wsj_0348; TimeBank annotates none of its 15 '-term' compounds)
    ("Proceeds will be used to reduce short-term debt at the beer and food concern.",
     "short-term", "term_compound"),
    ("Long-term interest rates, an important factor, rose.", "Long-term", "term_compound"),
    # age_in_years (wsj_0171)
    ("Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1.",
     "52 years old", "age_in_years"),
    # fraction_of (wsj_0187; MEANTIME gm: "or about a quarter, of its 3,200 dealers")
    ("Insurance companies are among the largest holders of junk, accounting for more than a "
     "quarter of the entire high-yield, high-risk market.", "more than a quarter", "fraction_of"),
    ("Chrysler LLC has said that it wants to eliminate 789, or about a quarter, of its 3,200 "
     "dealers by early June.", "about a quarter", "fraction_of"),
    # as_soon_as (wsj_0173)
    ("The Credit Lyonnais said friendly institutions were likely to buy its stock as soon as "
     "trading opened Monday.", "soon", "as_soon_as"),
]  # fmt: skip

NOT_FOUND = [
    # 'at the same time' is a connective (wsj_0575, wsj_0541: never annotated in TimeBank)
    ("Anheuser-Busch announced its plan at the same time it reported third-quarter net income.",
     "the same time"),
    ("At the same time, production costs rose.", "the same time"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "expected"), FOUND)
def test_expressions_have_timeml_spans_types_and_values(parse_text, published, sentence, expected):
    found = {d.text: d for d in extract_dates(parse_text(sentence, published))}
    for text, kind, value in expected:
        assert text in found, sorted(found)
        assert found[text].type == kind
        if value is not None:
            assert found[text].value == value


@pytest.mark.parametrize(("sentence", "text", "rule_name"), DROPPED_BY)
def test_temporal_words_in_other_uses_are_dropped_by_their_rule(
    parse_text, sentence, text, rule_name
):
    article = parse_text(sentence, dt.date(1989, 10, 27))
    assert text not in {d.text for d in extract_dates(article)}
    dropped = {span.text: span._.timex_dropped_by for span in article.doc.spans[DROPPED]}
    assert dropped.get(text) == rule_name
    with tracing() as trace:
        extract_dates(article)
    assert trace.fired()[rule_name]


@pytest.mark.parametrize(("sentence", "text"), NOT_FOUND)
def test_connectives_are_not_found(parse_text, sentence, text):
    assert text not in {d.text for d in extract_dates(parse_text(sentence, dt.date(1989, 11, 1)))}


def test_a_noun_term_stays_a_reference():
    """'the near term' alone is FUTURE_REF (wsj_0575: "the challenges of the near term")."""
    from briefgen.extract.dates import normalise

    assert normalise("the near term", dt.date(1989, 11, 1), "present") == ("FUTURE_REF", "DATE")
