"""Dates: detection and TimeML normalisation against the publication date and tense."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.dates import extract_dates, normalise

SEED_PUBLISHED = dt.date(2025, 10, 29)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "kind"),
    [
        # The seed article, published Wednesday 2025-10-29.
        ("Efforts to broker a lasting ceasefire ended in failure this week.", "this week", "2025-W44", "DATE"),
        ("Islamabad declared that the four-day talks in Istanbul had failed.", "four-day", "P4D", "DURATION"),
        ("The first, a 48-hour ceasefire, collapsed quickly.", "48-hour", "PT48H", "DURATION"),
        ("Tarar confirmed on Wednesday that the discussions had yielded no progress.", "Wednesday", "2025-10-29", "DATE"),
        ("It prompted a second temporary truce on October 19 after emergency talks in Doha.", "October 19", "2025-10-19", "DATE"),
        ("Those discussions came after explosions in Kabul on October 9.", "October 9", "2025-10-09", "DATE"),
        ("Relations have steadily deteriorated since the Taliban’s return to power in 2021.", "2021", "2021", "DATE"),
        ("The calm followed deadly border clashes earlier this month.", "earlier this month", "2025-10", "DATE"),
        # Weekday direction follows the tense of the governing clause.
        ("The two sides met on Monday to discuss the border.", "Monday", "2025-10-27", "DATE"),
        ("The two sides will meet on Monday to discuss the border.", "Monday", "2025-11-03", "DATE"),
        ("The envoy arrived in Doha on Tuesday night.", "Tuesday night", "2025-10-28TNI", "TIME"),
        # A month-day after the publication date in a past clause belongs to last year.
        ("The first truce was signed on December 5.", "December 5", "2024-12-05", "DATE"),
        ("Talks will resume on January 12.", "January 12", "2026-01-12", "DATE"),
    ],
)
def test_seed_style_expressions(parse_text, sentence, expression, value, kind):
    found = {d.text: d for d in extract_dates(parse_text(sentence, SEED_PUBLISHED))}
    assert (found[expression].value, found[expression].type) == (value, kind)
    assert found[expression].anchor == SEED_PUBLISHED


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
    ],
)
def test_normalise(text, anchor, tense, value, kind):
    assert normalise(text, anchor, tense) == (value, kind)


def test_undated_article_resolves_against_as_of_and_says_so(parse_text):
    article = parse_text("Talks collapsed on Wednesday.", dt.date(2025, 10, 30))
    article = type(article)(article.source, article.doc, article.anchor, assumed=True)
    (mention,) = extract_dates(article)
    assert (mention.value, mention.anchor, mention.assumed) == ("2025-10-29", dt.date(2025, 10, 30), True)


def test_seed_dates_layer(seed_brief):
    values = {d.text: d.value for d in seed_brief.dates}
    assert values["October 19"] == "2025-10-19"
    assert values["October 9"] == "2025-10-09"
    for mention in seed_brief.dates:
        assert seed_brief.excerpt(mention.evidence) == mention.text
