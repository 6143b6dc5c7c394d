"""Dates: detection and TimeML normalisation against the publication date and tense."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.extract.dates import (
    DATE_RULES,
    DROPPED,
    TIMEXES,
    clause_tense,
    extract_dates,
    normalise,
    resolve,
)
from briefgen.extract.rules import all_rules, tracing
from briefgen.extract.timex_context import CONTEXT_RULES, NOT_TIMEX_RULES
from briefgen.extract.timex_patterns import MISSED_PATTERNS
from briefgen.timewords import MONTHS, NUMBERS, SEASONS, UNITS, WEEKDAYS

CASES = Path(__file__).resolve().parent.parent / "data" / "dates" / "expressions.tsv"


def _cases() -> list[tuple[dt.date, str, str, str, str]]:
    """Rows of tests/data/dates/expressions.tsv: real sentences and the values they need."""
    rows = []
    for line in CASES.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            published, expression, value, kind, sentence = line.split("\t")
            sentence = sentence.replace("\\n", "\n")
            rows.append((dt.date.fromisoformat(published), expression, value, kind, sentence))
    return rows


@pytest.mark.parametrize(("published", "expression", "value", "kind", "sentence"), _cases())
def test_expressions_in_real_sentences(parse_text, published, expression, value, kind, sentence):
    found = {d.text: d for d in extract_dates(parse_text(sentence, published))}
    assert expression in found, sorted(found)
    assert (found[expression].value, found[expression].type) == (value, kind)
    assert found[expression].anchor == published


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "value", "kind"),
    [
        # Gold values from the MEANTIME corpus (Wikinews, CC BY 4.0).
        ("March 01, 2008", dt.date(2008, 3, 1), "past", "2008-03-01", "DATE"),
        ("fifty-year", dt.date(2008, 3, 1), "present", "P50Y", "DURATION"),
        ("33 years", dt.date(2009, 3, 2), "present", "P33Y", "DURATION"),
        ("currently", dt.date(2009, 3, 2), "present", "PRESENT_REF", "DATE"),
        ("today", dt.date(2009, 3, 2), "present", "2009-03-02", "DATE"),
        ("a year", dt.date(2008, 3, 1), "present", "P1Y", "DURATION"),
        ("the 1990s", dt.date(2008, 3, 1), "past", "199", "DATE"),
        ("the third quarter", dt.date(2008, 3, 1), "past", "2008-Q3", "DATE"),
        ("last year", dt.date(2008, 3, 1), "past", "2007", "DATE"),
        ("every Friday", dt.date(2008, 3, 1), "present", "XXXX-WXX-5", "SET"),
        ("late 2006", dt.date(2007, 9, 8), "past", "2006", "DATE"),
        ("the end of this year", dt.date(2011, 5, 29), "future", "2011", "DATE"),
        ("the last quarter", dt.date(2007, 1, 18), "past", "2006-Q4", "DATE"),
        ("third-quarter", dt.date(2009, 11, 3), "past", "2009-Q3", "DATE"),
        ("the first half of 2009", dt.date(2009, 11, 3), "past", "2009-H1", "DATE"),
        ("the second half of this year", dt.date(2009, 5, 7), "future", "2009-H2", "DATE"),
        ("spring", dt.date(2009, 4, 1), "present", "2009-SP", "DATE"),
        ("next summer", dt.date(2010, 10, 23), "future", "2011-SU", "DATE"),
        ("last month", dt.date(2009, 2, 3), "past", "2009-01", "DATE"),
        ("earlier today", dt.date(2009, 6, 4), "past", "2009-06-04", "DATE"),
        ("this morning", dt.date(2008, 1, 9), "past", "2008-01-09TMO", "TIME"),
        ("Thursday night", dt.date(2006, 1, 27), "past", "2006-01-26TNI", "TIME"),
        ("the future", dt.date(2007, 2, 9), "future", "FUTURE_REF", "DATE"),
        ("ongoing", dt.date(2009, 2, 18), "present", "PRESENT_REF", "DATE"),
        # Expressions the issue names, against the seed's publication date.
        ("the past two decades", dt.date(2025, 10, 29), "present", "P20Y", "DURATION"),
        ("mid-October", dt.date(2025, 10, 29), "past", "2025-10", "DATE"),
        ("Tuesday night", dt.date(2025, 10, 29), "past", "2025-10-28TNI", "TIME"),
        ("a day earlier", dt.date(2025, 10, 29), "past", "2025-10-28", "DATE"),
        ("the weekend", dt.date(2025, 10, 29), "past", "2025-W43-WE", "DATE"),
        ("the weekend", dt.date(2025, 10, 29), "future", "2025-W44-WE", "DATE"),
        ("2025-10-29", dt.date(2025, 10, 30), "past", "2025-10-29", "DATE"),
    ],
)
def test_normalise(text, anchor, tense, value, kind):
    assert normalise(text, anchor, tense) == (value, kind)


def test_undated_article_resolves_against_as_of_and_says_so(parse_text):
    as_of = dt.date(2025, 10, 30)
    sentence = (
        "Pakistan’s Information Minister Attaullah Tarar confirmed on Wednesday that the "
        "discussions had yielded no progress."
    )
    article = parse_text(sentence, as_of)
    article = type(article)(article.source, article.doc, article.anchor, assumed=True)
    (mention,) = extract_dates(article)
    assert (mention.value, mention.anchor, mention.assumed) == ("2025-10-29", as_of, True)


def test_seed_dates_layer(seed_brief):
    values = {d.text: d.value for d in seed_brief.dates}
    assert values["October 19"] == "2025-10-19"
    assert values["October 9"] == "2025-10-09"
    for mention in seed_brief.dates:
        assert seed_brief.excerpt(mention.evidence) == mention.text


@pytest.mark.parametrize(
    ("published", "sentence"),
    [
        # Ages and version numbers are numbers the model may tag as dates; they are not.
        # MEANTIME corpus sentences (Wikinews, CC BY 4.0).
        (dt.date(2013, 12, 10),
         "Barra, 51, will be the first woman to lead a firm in the American auto industry."),
        (dt.date(2011, 10, 6),
         "Steve Jobs has died yesterday at the age of 56, according to the company website."),
        (dt.date(2006, 4, 5),
         "The software update, iPod Software 1.1.1, works with the iPod Nano and the Video "
         "version."),
    ],
)  # fmt: skip
def test_numbers_that_are_not_dates(parse_text, published, sentence):
    texts = [d.text for d in extract_dates(parse_text(sentence, published))]
    assert not [t for t in texts if any(c.isdigit() for c in t) and t != "yesterday"]


@pytest.mark.parametrize(
    ("text", "anchor", "last", "value"),
    [
        # Narrative anchoring: the date the text last mentioned, not the publication date.
        ("two days later", dt.date(2025, 10, 29), "2025-10-09", "2025-10-11"),
        ("a day earlier", dt.date(2025, 10, 29), "2025-10-19", "2025-10-18"),
        ("a week later", dt.date(2025, 10, 29), "2025-10-19T22:00", "2025-10-26"),
        ("that day", dt.date(2010, 3, 3), "2010-03-02", "2010-03-02"),
        ("the previous year", dt.date(2009, 2, 3), "2009-01", "2008"),
        # Without an earlier date, the anchor.
        ("two days later", dt.date(2025, 10, 29), None, "2025-10-31"),
    ],
)
def test_narrative_anchoring(text, anchor, last, value):
    assert normalise(text, anchor, "past", last) == (value, "DATE")


def test_layer_writes_expressions_with_their_rule_and_type(parse_text):
    # The seed (published 2025-10-29) and a MEANTIME sentence (Wikinews, CC BY 4.0).
    article = parse_text(
        "Pre-orders of the recently announced iPhone 4 began Tuesday, overwhelming Apple and "
        "AT&T. Barra, 51, will be the first woman to lead a firm in the American auto industry.",
        dt.date(2010, 6, 16),
    )
    kept = {s.text: (s._.timex_found_by, s._.timex_type) for s in article.doc.spans[TIMEXES]}
    assert kept == {
        "recently": ("missed_deictic_word", "DATE"),
        "Tuesday": ("model_entity", "DATE"),
    }
    assert all(s._.timex_type is None for s in article.doc.spans[DROPPED])


def test_each_date_says_which_rules_found_and_valued_it(parse_text):
    sentence = (
        "The first, a 48-hour ceasefire, collapsed quickly, prompting a second temporary truce "
        "on October 19 after emergency talks in Doha."
    )
    with tracing() as trace:
        found = {d.text: d.why for d in extract_dates(parse_text(sentence, dt.date(2025, 10, 29)))}
    assert found == {
        "48-hour": ["model_entity", "counted_duration"],
        "October 19": ["model_entity", "month_day_by_tense"],
    }
    (decision,) = trace.by("month_day_by_tense")
    assert (decision.subject, decision.outcome) == ("October 19", "2025-10-19")


def test_a_number_that_is_no_date_is_recorded_as_dropped(parse_text):
    # MEANTIME (Wikinews, CC BY 4.0): the model may tag an age as a date.
    sentence = "Barra, 51, will be the first woman to lead a firm in the American auto industry."
    article = parse_text(sentence, dt.date(2013, 12, 10))
    with tracing() as trace:
        dates = extract_dates(article)
    dropped = {d.subject for d in trace.by("not_temporal")}
    assert dropped == {s.text for s in article.doc.spans[DROPPED]}
    assert not dropped & {d.text for d in dates}
    assert all(d.outcome == "dropped" for d in trace.by("not_temporal"))


@pytest.mark.parametrize(
    ("text", "tense", "rule", "value"),
    [
        ("October 19", "past", "month_day_by_tense", "2025-10-19"),
        ("April 27, 2005", "past", "calendar_date", "2005-04-27"),
        # Written on a Wednesday: a future "Wednesday" is that day, "next Wednesday" a week on.
        ("Wednesday", "future", "weekday_by_tense", "2025-10-29"),
        ("next Wednesday", "future", "weekday_by_tense", "2025-11-05"),
        ("Friday", "future", "weekday_by_tense", "2025-10-31"),
        ("Friday", "past", "weekday_by_tense", "2025-10-24"),
        ("two days later", "past", "days_later", "2025-10-31"),
        ("four-day", "past", "counted_duration", "P4D"),
        ("every Friday", "present", "every_unit", "XXXX-WXX-5"),
        ("now", "present", "reference_word", "PRESENT_REF"),
        ("February 30", "past", "month_day_by_tense", None),
        ("the period", "past", "unvalued_calendar_word", None),
    ],
)
def test_resolve_names_the_rule_that_decided(text, tense, rule, value):
    made_by, got, _kind = resolve(text, dt.date(2025, 10, 29), tense)
    assert (made_by.name, got) == (rule, value)


def test_every_date_rule_is_in_the_cascade_once():
    names = [r.name for r in DATE_RULES]
    assert len(names) == len(set(names))
    assert names[-1] == "not_temporal"
    assert {r.name for r in all_rules().values() if r.stage == "date"} - set(names) == {
        "model_entity", "edge_words_joined", "entity_split", "adjacent_joined",
        "closing_day_split", "rate_unit_split", "clock_day_from_date", "duration_date_split",
        "range_split", "name_holds_date", *(r.name for r in MISSED_PATTERNS),
        *(r.name for r in NOT_TIMEX_RULES), *(r.name for r in CONTEXT_RULES),
        "leading_phrase_cut", "ahead_of_now", "plan_told_in_past", "participle_adjunct_tense",
        "perfect_not_dated",
        "months_of_reported_year", "count_said_of_now", "amount_ahead", "one_day_ahead",
    }  # fmt: skip


def test_temporal_vocabulary_is_typed_data():
    assert WEEKDAYS[0] == "monday" and len(WEEKDAYS) == 7
    assert sorted(set(MONTHS.values())) == list(range(1, 13))
    assert UNITS["decade"] == "DE" and NUMBERS["twenty"] == 20 and SEASONS["fall"] == "FA"


@pytest.mark.parametrize(
    ("source", "published", "sentence", "expression", "tense"),
    [
        ("timebank wsj_0520", dt.date(1989, 10, 30),
         "Nashua's stock has fluctuated sharply on takeover speculation, rising to a high for the "
         "year of $42.875 a share in June from $29.75 in March.", "March", "past"),
        ("meantime 47720 (gm)", dt.date(2006, 8, 19),
         "Ford has announced sweeping cuts of 21% (168,000 units) in its US and Canadian "
         "production, resulting in the partial closure of ten of its plants during the fourth "
         "quarter.", "the fourth quarter", "past"),
        ("meantime 25501 (airbus)", dt.date(2005, 11, 5),
         "Qantas plans to commence A380 operations starting in April 2007.", "April 2007",
         "future"),
    ],
)  # fmt: skip
def test_a_participle_adjunct_has_the_tense_of_its_clause(parse_text, source, published,
                                                         sentence, expression, tense):  # fmt: skip
    doc = parse_text(sentence, published).doc
    spans = {span.text: span for span in doc.spans[TIMEXES]}
    with tracing() as trace:
        assert clause_tense(spans[expression]) == tense, source
    assert trace.fired()["participle_adjunct_tense"], source


@pytest.mark.parametrize(
    ("source", "published", "sentence", "expression", "tense", "fires"),
    [
        # the day is no present perfect's: the concert's, the nearest 8 October (2011, not 2010)
        ("t17 MJ bbc", dt.date(2011, 8, 30),
         "Jackson's mother Katherine and his sister LaToya have backed plans for the Michael "
         "Forever Tribute concert at the Millennium Stadium on 8 October.", "8 October",
         "present", True),
        # a day hung on a noun ("his death on 25 June") is the noun's, as before
        ("t17 MJ bbc", dt.date(2009, 7, 14),
         "Sony has sold about 31 million copies of Jackson's albums worldwide since his death on "
         "25 June, the report said.", "25 June", "present", False),
        # a date that is the verb's object, not "on" it
        ("timebank (Dunkin')", dt.date(1989, 11, 2),
         "Dunkin' has set Nov. 10 as the deadline for the receipt of any competing bids.",
         "Nov. 10", "past", False),
    ],
)  # fmt: skip
def test_a_day_on_a_present_perfect_is_not_its_own(parse_text, source, published, sentence,
                                                  expression, tense, fires):  # fmt: skip
    doc = parse_text(sentence, published).doc
    spans = {span.text: span for span in doc.spans[TIMEXES]}
    with tracing() as trace:
        assert clause_tense(spans[expression]) == tense, source
    assert bool(trace.fired()["perfect_not_dated"]) is fires, source


def test_a_month_under_a_participle_adjunct_lies_in_the_past(parse_text):
    """TimeBank wsj_0520 (gold 1989-03): March of the past, not the nearest March (1990's)."""
    text = (
        "Nashua's stock has fluctuated sharply on takeover speculation, rising to a high for the "
        "year of $42.875 a share in June from $29.75 in March."
    )
    found = {d.text: d.value for d in extract_dates(parse_text(text, dt.date(1989, 10, 30)))}
    assert found["March"] == "1989-03"


@pytest.mark.parametrize(
    ("source", "published", "text", "value"),
    [
        # PolNeAR train (wash-post 2016-06-09, a Thursday): the Thursday last named
        ("polnear wash-post_2016-06-09", dt.date(2016, 6, 9),
         "Obama called both candidates Tuesday night and was scheduled to meet with Sanders at "
         "the White House on Thursday. Sanders also plans to meet with Reid that day on Capitol "
         "Hill.", "2016-06-09"),
        # TimeBank wsj_0768: a generic day after a week, no day named (not 1989-W42)
        ("timebank wsj_0768", dt.date(1989, 10, 27),
         "About $60 million streamed out last week alone, double the level of the week following "
         "last month's Campeau Corp. credit squeeze. \"You get a news item, it hits, you have "
         "strong redemptions that day and for two days following -- then go back to normal,\" "
         "says Mr. Litvack.", None),
    ],
)  # fmt: skip
def test_that_day_is_the_day_last_named_or_none(parse_text, source, published, text, value):
    found = {d.text: d.value for d in extract_dates(parse_text(text, published))}
    assert found["that day"] == value, source
