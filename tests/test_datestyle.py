"""The brief's date style: every TimeML value form of TimeBank reads as words, never as code."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.datestyle import date_passed, human_date, last_day

# Value forms as TimeBank 1.2 writes them (TimeML); the expression each stands for is named.
CASES = [
    (dt.date(2025, 10, 29), "29 October 2025"),
    ("1998-02-06", "6 February 1998"),  # "Friday" in a wsj article
    ("1998-02", "February 1998"),  # "last month"
    ("1997", "1997"),  # "last year"
    ("1989-Q4", "Q4 1989"),  # "the fourth quarter"
    ("1998-H1", "H1 1998"),  # "the first half"
    ("1998-W06", "week of 2 February 1998"),  # "this week": the week by its Monday
    ("2021-W01", "week of 4 January 2021"),  # ISO week 1 starts on the first Thursday's Monday
    ("2011-W44-WE", "weekend of 5-6 November 2011"),  # "after weekend" (Timeline17, BBC)
    ("2010-W17-WE", "weekend of 1-2 May 2010"),  # a weekend across two months
    ("1998-SU", "summer 1998"),  # "this summer"
    ("199", "the 1990s"),  # "the 1990s"
    ("19", "the 20th century"),  # "this century" in a 1990s article
    ("20", "the 21st century"),
    ("FY1995", "fiscal year 1995"),  # "fiscal 1995"
    ("PRESENT_REF", "the present"),  # "now"
    ("PAST_REF", "the past"),  # "in the past"
    ("FUTURE_REF", "the future"),  # "in the future"
    ("1998-02-06T14:30", "6 February 1998, 14:30"),  # "2:30 p.m. Friday"
    ("2011-11-07T17:50Z", "7 November 2011, 17:50 UTC"),  # "1750 GMT"
    ("1998-02-06TNI", "6 February 1998, night"),  # "Friday night"
    ("1998-02-06TMO", "6 February 1998, morning"),  # "this morning"
    (None, "date unknown"),
    ("199X", "the 1990s"),  # "the 1990s" as a point
    ("19XX", "the 20th century"),
    ("1998-WXX", "a week in 1998"),  # "a week" of the year
    ("1998-QX", "a quarter of 1998"),  # "a quarter"
    ("1998-XX-XX", "1998"),  # "one day" in 1998
    ("XXXX-06", "June, year unknown"),  # "June" with no year the text gives
    ("XXXX-XX-XX", "date unknown"),  # "the day": nothing known
    ("XXXX-WXX-2TNI", "every Tuesday night"),  # "Tuesday nights" (APW19980213.1320)
    ("XXXX-WXX-5", "every Friday"),  # "every Friday"
    ("P2Y6M", "2 years 6 months"),  # "2 1/2 years" (APW19980227.0489)
    ("PT1M30S", "1 minute 30 seconds"),  # "a minute and a half" (ABC19980114.1830.0611)
    ("P1DT12H", "1 day 12 hours"),  # "a day and a half"
    ("PT30M", "30 minutes"),  # "half an hour"
    ("P2W", "2 weeks"),  # "two" of "two to three weeks" (wsj_0585)
    ("PXY", "years"),  # "recent years"
    ("P1D", "1 day"),
]


@pytest.mark.parametrize(("value", "shown"), CASES)
def test_every_timeml_value_form_reads_as_words(value: str | dt.date | None, shown: str) -> None:
    assert human_date(value) == shown


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2008", dt.date(2008, 12, 31)),
        ("2009-02", dt.date(2009, 2, 28)),
        ("2009-06-01", dt.date(2009, 6, 1)),
        ("2009-Q4", dt.date(2009, 12, 31)),
        ("2009-W01", dt.date(2009, 1, 4)),
        ("PRESENT_REF", None),
    ],
)
def test_last_day_of_a_value(value, day):
    assert last_day(value) == day


@pytest.mark.parametrize(
    ("value", "passed"),
    [
        ("2021-09-06", True),  # AllSides develop: a plan for Labor Day 2021, briefed in 2026
        ("2026-12", False),  # the as-of date's month has not ended
        ("2026-W50", False),  # the as-of date, a Monday, opens week 50
        ("2026-12-06", True),
        ("FUTURE_REF", False),
        (None, False),
    ],
)
def test_a_date_passed_when_its_whole_period_lies_before_the_as_of_date(value, passed):
    assert date_passed(value, dt.date(2026, 12, 7)) == passed
