"""Holidays: a holiday's name is its day, in the year its words or its clause's tense give."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.dates import extract_dates, resolve
from briefgen.extract.holidays import holiday_in
from briefgen.extract.rules import tracing
from briefgen.timewords import HOLIDAYS


# Each row: the publication date, the expression, its value, the sentence it is read in.
@pytest.mark.parametrize(
    ("published", "expression", "value", "sentence"),
    [
        (  # AllSides develop (CNN, 2021-09-06): "this" holiday is the anchor year's
            dt.date(2021, 9, 6),
            "this Labor Day",
            "2021-09-06",
            "There is no rest for an under-pressure White House this Labor Day as President Joe "
            "Biden tackles health, economic and legislative challenges.",
        ),
        (  # PolNeAR train (2016-05-26): a day ahead of the anchor in an expectation
            dt.date(2016, 5, 26),
            "Election Day",
            "2016-11-08",
            "RNC Chairman Reince Priebus has authorized a significant staffing increase in the "
            "states expected to be most pivotal on Election Day.",
        ),
        (  # PolNeAR train (2016-01-07): a past clause puts it before the anchor
            dt.date(2016, 1, 7),
            "New Year's Eve",
            "2015-12-31",
            "Germans have been outraged by reports of more than 100 sexual assaults and "
            "robberies in the city of Cologne allegedly committed by gangs of young Arab and "
            "North African men on New Year's Eve.",
        ),
    ],
)
def test_holidays_in_real_sentences(parse_text, published, expression, value, sentence):
    found = {d.text: d for d in extract_dates(parse_text(sentence, published))}
    assert expression in found, sorted(found)
    assert (found[expression].value, found[expression].type) == (value, "DATE")
    assert "holiday" in found[expression].why


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "value"),
    [
        # The TimeML conventions of TimeBank's AQUAINT part, on other texts' dates.
        ("Labor Day 2021", dt.date(2021, 9, 7), "past", "2021-09-06"),
        ("last Thanksgiving", dt.date(2021, 9, 7), "past", "2020-11-26"),
        ("next Christmas", dt.date(2021, 12, 26), "present", "2022-12-25"),
        ("Thanksgiving Day", dt.date(2021, 9, 7), "future", "2021-11-25"),
        ("Easter week", dt.date(2000, 5, 1), "past", "2000-W16"),
        ("Memorial Day", dt.date(2010, 5, 28), "future", "2010-05-31"),
        ("Martin Luther King Jr. Day", dt.date(2021, 9, 7), "past", "2021-01-18"),
    ],
)
def test_the_year_of_a_holiday(text, anchor, tense, value):
    made_by, got, kind = resolve(text, anchor, tense)
    assert (made_by.name, got, kind) == ("holiday", value, "DATE")


@pytest.mark.parametrize(
    ("year", "name", "day"),
    [
        (2000, "easter", dt.date(2000, 4, 23)),
        (2010, "good friday", dt.date(2010, 4, 2)),
        (2019, "easter", dt.date(2019, 4, 21)),
        (2024, "easter monday", dt.date(2024, 4, 1)),
        (1998, "election day", dt.date(1998, 11, 3)),
        (2016, "election day", dt.date(2016, 11, 8)),
        (2022, "election day", dt.date(2022, 11, 8)),
        (2021, "memorial day", dt.date(2021, 5, 31)),
        (2010, "labor day", dt.date(2010, 9, 6)),
    ],
)
def test_holiday_days(year, name, day):
    assert holiday_in(year, HOLIDAYS[name]) == day


def test_a_name_that_is_no_holiday_is_left_to_other_rules():
    made_by, _, _ = resolve("Labor Department", dt.date(2021, 9, 3), "past")
    assert made_by.name != "holiday"


@pytest.mark.parametrize(
    ("published", "sentence"),
    [
        (  # MEANTIME apple (Wikinews, 2007-01-18)
            dt.date(2007, 1, 18),
            "This fact is explained by great demand enjoyed by Apple's iPod digital music "
            "players during the Christmas and New Year sales period. As a result of successful "
            "Christmas sales, the very beginning of the financial year marked a double increase.",
        ),
        (  # PolNeAR train (2015-12-01)
            dt.date(2015, 12, 1),
            "The bonuses are paid just in time for Christmas shopping.",
        ),
    ],
)
def test_a_holiday_before_a_noun_is_no_day(parse_text, published, sentence):
    with tracing() as trace:
        dates = extract_dates(parse_text(sentence, published))
    assert not [d for d in dates if d.value and d.value.endswith("12-25")]
    assert trace.by("holiday_as_modifier")
