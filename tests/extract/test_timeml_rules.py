"""TimeML conventions of news dates (issue 20): each rule on real sentences of TimeBank,
MEANTIME and Timeline17, with the value and the rule that decided it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.extract.dates import DATE_RULES, extract_dates, normalise
from briefgen.extract.number_words import spelled_numbers
from briefgen.extract.relative_rules import Reference
from briefgen.extract.timeml_rules import (
    TIMEML_RULES,
    months_of_reported_year,
    reported_quarter_of,
    shift_years,
)

CASES = Path(__file__).resolve().parent.parent / "data" / "dates" / "timeml_rules.tsv"
Case = tuple[str, str, dt.date, str, str, str, str]


def _cases() -> list[Case]:
    rows = []
    for line in CASES.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            made_by, source, anchor, expression, value, kind, sentence = line.split("\t")
            rows.append(
                (made_by, source, dt.date.fromisoformat(anchor), expression, value, kind, sentence)
            )
    return rows


@pytest.mark.parametrize(
    ("made_by", "source", "anchor", "expression", "value", "kind", "sentence"), _cases()
)
def test_rule_values_real_sentence(parse_text, made_by, source, anchor, expression, value, kind,
                                   sentence):  # fmt: skip
    found = {d.text: d for d in extract_dates(parse_text(sentence, anchor))}
    assert expression in found, (source, sorted(found))
    date = found[expression]
    assert (date.value, date.type, date.why[-1]) == (value, kind, made_by), source


def test_every_timeml_rule_has_sentences_from_two_corpora():
    sources: dict[str, set[str]] = {}
    for made_by, source, *_ in _cases():
        sources.setdefault(made_by, set()).add(source.split()[0].split("_")[0])
    for made in TIMEML_RULES:
        assert len(sources.get(made.name, set())) >= 2, made.name
    assert all(made in DATE_RULES for made in TIMEML_RULES)


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("nineteen ninety six", ["1996"]),  # TimeBank PRI19980115.2000.0186
        ("year two thousand", ["year", "2000"]),  # TimeBank PRI19980205.2000.1998
        ("almost a hundred years", ["almost", "100", "years"]),  # TimeBank APW19980213.1310
        ("last twenty four hours", ["last", "24", "hours"]),  # TimeBank ABC19980108.1830.0711
        ("two days", ["two", "days"]),  # one number word stays a word
    ],
)
def test_numbers_in_words_are_read(words, read):
    assert spelled_numbers(words.split()) == read


@pytest.mark.parametrize(
    ("value", "years", "shifted"),
    [("1989-Q3", -1, "1988-Q3"), ("1989-11-02", -1, "1988-11-02"), ("1988-02-29", -1,
     "1987-02-28"), ("1989", -1, "1988"), ("PRESENT_REF", -1, None)],
)  # fmt: skip
def test_shift_years_keeps_the_granularity(value, years, shifted):
    assert shift_years(value, years) == shifted


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "value"),
    [
        # A past clause looks back, a future one ahead; a present one takes the nearest.
        ("April", dt.date(1989, 10, 26), "past", "1989-04"),  # TimeBank wsj_0928 (gold 1988)
        ("January", dt.date(1989, 10, 27), "past", "1989-01"),  # TimeBank wsj_0786
        ("Jan. 2", dt.date(1989, 11, 2), "present", "1990-01-02"),  # TimeBank wsj_0118
        ("October", dt.date(1998, 1, 8), "present", "1997-10"),  # TimeBank ABC19980108
        ("July", dt.date(2025, 10, 29), "future", "2026-07"),  # MEANTIME: "will be shipped"
        # Compared by month: the anchor's own month is the anchor's year whatever the tense.
        ("Nov. 6", dt.date(1989, 11, 2), "past", "1989-11-06"),  # TimeBank wsj_0152
        ("April 25", dt.date(1998, 4, 24), "past", "1998-04-25"),  # TimeBank NYT19980424.0421
        ("Oct. 30", dt.date(1989, 10, 31), "future", "1989-10-30"),  # by month, as HeidelTime
    ],
)
def test_month_day_by_tense(text, anchor, tense, value):
    assert normalise(text, anchor, tense) == (value, "DATE")


@pytest.mark.parametrize(
    ("named", "anchor", "reported"),
    [
        # TimeBank wsj_0292: "third-quarter net income" ... "After a flat second quarter"
        (["1989-Q3", "1989-Q2"], dt.date(1989, 11, 1), "1989-Q3"),
        # TimeBank wsj_0805: "in the third quarter of 1984" is long past
        (["1984-Q3", "1989-Q3"], dt.date(1989, 10, 27), "1989-Q3"),
        # TimeBank wsj_0144: "a fourth-quarter pre-tax charge" is still running
        (["1989-Q3", "1989-Q4"], dt.date(1989, 11, 2), "1989-Q3"),
        # MEANTIME gm (2009-11-03): "third-quarter results"
        (["2009-Q3"], dt.date(2009, 11, 3), "2009-Q3"),
        (["2009-07-31"], dt.date(2009, 11, 3), None),
    ],
)
def test_the_reported_quarter_is_the_latest_completed_one_named(named, anchor, reported):
    known = None
    for value in named:
        known = reported_quarter_of(value, known, anchor)
    assert known == reported


def test_a_recalled_quarter_does_not_move_the_comparison(parse_text):
    """TimeBank wsj_0292 (gold: the year-earlier period is 1988-Q3)."""
    text = (
        "Despite continuing problems in its newsprint business, Kimberly-Clark Corp. posted a "
        "20% gain in third-quarter net income.\n\nAfter a flat second quarter tied largely to "
        "lower newsprint earnings, Kimberly-Clark attributed the gain to improved results in its "
        "consumer businesses in North America, Brazil and Korea.\n\nThe quarter-to-quarter "
        "comparison was also enhanced by charges taken in the year-earlier period, including $11 "
        "million related to the modernization of a pulp and newsprint mill in Alabama."
    )
    found = {d.text: d.value for d in extract_dates(parse_text(text, dt.date(1989, 11, 1)))}
    assert found["second quarter"] == "1989-Q2"
    assert found["the year-earlier period"] == "1988-Q3"


def _reported(quarter: str | None) -> Reference | None:
    if quarter is None:
        return None
    made = Reference(quarter)
    made.quarter = quarter
    return made


@pytest.mark.parametrize(
    ("words", "value", "reported", "year"),
    [
        # TimeBank wsj_1011: "For the nine months, America West posted earnings ..."
        ("the nine months", "P9M", "1989-Q3", "1989"),
        # TimeBank wsj_0950: "in the latest nine months, compared with 40% a year earlier"
        ("the latest nine months", "P9M", "1989-Q3", "1989"),
        # PolNeAR train (wash-post 2015-12-28): "in the first six months of this year", and
        # (wash-post 2016-01-20) "In the six months since announcing her decision": no report
        ("the first six months", "P6M", None, None),
        ("the six months", "P6M", None, None),
        # In a report, TimeBank wsj_0768: "in the past two months" counts back from now;
        # wsj_0973: "the past 20 months"; wsj_0520: "six months" without "the"
        ("the past two months", "P2M", "1989-Q3", None),
        ("the past 20 months", "P20M", "1989-Q3", None),
        ("six months", "P6M", "1989-Q3", None),
    ],
)
def test_months_of_a_reported_year_move_the_reference_to_the_year(words, value, reported, year):
    assert months_of_reported_year(words.split(), value, _reported(reported)) == year
