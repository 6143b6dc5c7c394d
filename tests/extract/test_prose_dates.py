"""Absolute dates in prose: relative dates a brief repeats show the date they stand for."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.polarity import phrases_as_before
from briefgen.extract.prose_dates import relative_date, show_dates, with_dates
from briefgen.model import DateMention, Evidence

ANCHOR = dt.date(2025, 10, 29)


def _mention(text: str, start: int, value: str | None, kind: str = "DATE", assumed: bool = False):
    return DateMention(
        text=text, value=value, type=kind, anchor=ANCHOR, assumed=assumed,
        evidence=Evidence(source="s1", start=start, end=start + len(text)),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "kind", "relative"),
    [
        ("Wednesday", "2025-10-29", "DATE", True),  # seed
        ("this week", "2025-W44", "DATE", True),  # seed
        ("last month", "2009-05", "DATE", True),  # MEANTIME (GM)
        ("tomorrow", "2011-10-08", "DATE", True),  # Timeline17 (MJ, BBC)
        ("January next year", "2006-01", "DATE", True),  # MEANTIME (Airbus)
        ("nearly four years ago", "1994", "DATE", True),  # TimeBank (apw): TimeML's year
        ("October 9", "2025-10-09", "DATE", False),  # seed: the words say the date
        ("2021", "2021", "DATE", False),
        ("four-day", "P4D", "DURATION", False),  # seed: an amount of time
        ("recently", "PAST_REF", "DATE", False),
        ("the rest of the week", None, "DATE", False),  # MEANTIME (Apple): no step, no day
        ("last November", None, "DATE", True),  # MEANTIME (Airbus): unresolved, still relative
        ("the past week", "P1W", "DURATION", True),  # AllSides (WHO): a period up to now
        ("the past year", "P1Y", "DURATION", True),  # TimeBank (wsj)
        ("five last month", "P5M", "DURATION", True),  # AllSides: "one in five last month"
        ("the past", "PAST_REF", "DATE", False),  # MEANTIME (GM): no unit, no period
        ("two years", "P2Y", "DURATION", False),  # an amount of time, not looking back
        # PolNeAR train (The Washington Post): "every Friday, from 8 a.m. to noon": a clock
        # time alone names no day, so the day its value takes is not shown as fact
        ("8 a.m.", "2016-01-17T08:00", "TIME", False),
        ("noon", "2016-01-17T12:00", "TIME", False),
        ("10 p.m. Wednesday", "2025-10-29T22:00", "TIME", True),  # TimeBank: a day named
        ("this morning", "2008-01-09TMO", "TIME", True),  # MEANTIME (Apple): today's morning
    ],
)
def test_which_dates_are_relative(text, value, kind, relative):
    assert relative_date(_mention(text, 0, value, kind)) is relative


@pytest.mark.parametrize(
    ("sentence", "mentions", "shown"),
    [
        # Seed (The Defense News, 29 October 2025).
        (
            "Attaullah Tarar confirmed on Wednesday that the discussions had yielded no progress.",
            [("Wednesday", "2025-10-29", False)],
            "Attaullah Tarar confirmed on Wednesday (29 October 2025) that the discussions had "
            "yielded no progress.",
        ),
        (
            "Efforts to broker a lasting ceasefire ended in failure this week.",
            [("this week", "2025-W44", False)],
            "Efforts to broker a lasting ceasefire ended in failure this week "
            "(week of 27 October 2025).",
        ),
        # An article with no publication date: the anchor is the as-of date.
        (
            "The talks resume tomorrow.",
            [("tomorrow", "2025-10-30", True)],
            "The talks resume tomorrow (30 October 2025, assumed).",
        ),
        # No rule could value it: the prose says so.
        (
            "The talks resume next season.",
            [("next season", None, False)],
            "The talks resume next season (date unresolved).",
        ),
        # Timeline17 (Guardian): a phrase that kept only the day word of a full date.
        (
            "BP plugs Gulf of Mexico oil leak Monday 20.07 BST",
            [("Monday 20 September 2010", "2010-09-20", False)],
            "BP plugs Gulf of Mexico oil leak Monday (20 September 2010) 20.07 BST",
        ),
        # MEANTIME (GM): inside a quotation the date is bracketed, after the possessive.
        (
            'he said, adding that "today\'s plan is significantly more ambitious"',
            [("today", "2009-02-18", False)],
            "he said, adding that \"today's [18 February 2009] plan is significantly more "
            'ambitious"',
        ),
        # ECB+ (Waitrose, 22 July 2013): the source gives the date beside the relative word.
        (
            "A Waitrose supermarket caught fire yesterday (July 21st), causing damage.",
            [("yesterday", "2013-07-21", False)],
            "A Waitrose supermarket caught fire yesterday (July 21st), causing damage.",
        ),
        # ... a parenthesis that gives no date does not stand for it.
        (
            "The polls close on Sunday (local time).",
            [("Sunday", "2013-07-21", False)],
            "The polls close on Sunday (21 July 2013) (local time).",
        ),
        # TimeBank (1998): days that recur from a start date name no one date (the dates
        # layer makes both sets: weekday_of_conjoined_set, plural_weekday).
        (
            "Two new flights would leave Bombay on Monday and Tuesday nights from March 30.",
            [
                ("Monday", "XXXX-WXX-1TNI", False, "SET"),
                ("Tuesday nights", "XXXX-WXX-2TNI", False, "SET"),
            ],
            "Two new flights would leave Bombay on Monday and Tuesday nights from March 30.",
        ),
        # PolNeAR train: the one night of a named day is a date.
        (
            "Sanders addressed a Wednesday night rally in Washington Square Park.",
            [("Wednesday night", "2016-04-13TNI", False)],
            "Sanders addressed a Wednesday night (13 April 2016) rally in Washington Square Park.",
        ),
        # A date written out in full needs nothing.
        (
            "Boeing rolled out the first 787 Dreamliner on July 8, 2007.",
            [("July 8, 2007", "2007-07-08", False)],
            "Boeing rolled out the first 787 Dreamliner on July 8, 2007.",
        ),
    ],
)
def test_relative_dates_show_their_value(sentence, mentions, shown):
    found = [
        _mention(text, max(sentence.find(text.split()[0]), 0), value, *kind, assumed=assumed)
        for text, value, assumed, *kind in mentions
    ]
    evidence = Evidence(source="s1", start=0, end=len(sentence))
    assert with_dates(sentence, evidence, found) == shown


@pytest.mark.parametrize(
    ("sentence", "text", "value", "kind", "shown"),
    [
        # AllSides (The Hill, 2021): a period up to the source's date shows when it began.
        (
            "An estimated 3.3 million new COVID-19 infections were reported in the past week, "
            "WHO said.",
            "the past week",
            "P1W",
            "DURATION",
            "An estimated 3.3 million new COVID-19 infections were reported in the past week "
            "(since 22 October 2025), WHO said.",
        ),
        # TimeBank (wsj): a year back, to the month.
        (
            "The pact would resolve part of a broad investigation in the past year.",
            "the past year",
            "P1Y",
            "DURATION",
            "The pact would resolve part of a broad investigation in the past year (since "
            "October 2024).",
        ),
        # AllSides (NYT, 2021): the model took "five" of "one in five" into the date, which
        # makes it a five-month duration: the prose says it is unresolved, not a wrong date.
        (
            "More I.C.U. beds are occupied, up from one in five last month.",
            "five last month",
            "P5M",
            "DURATION",
            "More I.C.U. beds are occupied, up from one in five last month (date unresolved).",
        ),
        # AllSides (2021): a season shown by its name.
        (
            "Classrooms are opening this fall.",
            "this fall",
            "2025-FA",
            "DATE",
            "Classrooms are opening this fall (autumn 2025).",
        ),
    ],
)
def test_periods_and_seasons_show_their_value(sentence, text, value, kind, shown):
    mention = _mention(text, sentence.find(text), value, kind)
    evidence = Evidence(source="s1", start=0, end=len(sentence))
    assert with_dates(sentence, evidence, [mention]) == shown


def test_seed_bullets_show_resolved_dates(seed_brief):
    # The lead bullet's relative date (the bottom line no longer holds the seed's "confirmed on
    # Wednesday" sentence: the lead says the talks failed; a day date is tested above).
    bullets = " ".join(item.text for item in seed_brief.summary)
    assert "this week (week of 27 October 2025)" in bullets


def test_as_before_shows_no_dates(seed_brief):
    with phrases_as_before():
        assert show_dates(seed_brief) is seed_brief


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # ECB+ (30ecbplus): the value reckoned from the anchor contradicted the source's own.
        ("Seacom started to experience problems on Saturday, 8 October 2011, which it said was "
         "caused by a problem on a cable between Abu Talat in Egypt and Marseilles in France.",
         dt.date(2011, 10, 17), "Saturday, 8 October 2011"),
        # AllSides (first half): the source dates the day itself.
        ("Haugen revealed her identity during an interview with CBS’ 60 Minutes on Sunday, "
         "October 3, 2021.", dt.date(2021, 10, 5), "Sunday, October 3"),
        # TimeBank 1.2 (timebank): a month name and a day.
        ("The New York Times said in an editorial on Saturday, April 25: The Supreme Court took "
         "a detour this week from the core principle of gender fairness it vindicated two years "
         "ago in its ruling invalidating the use of sexual stereotypes to justify denying women "
         "admission to the Virginia Military Institute.",
         dt.date(1998, 4, 27), "Saturday, April 25"),
    ],
)  # fmt: skip
def test_a_day_the_source_dates_itself_shows_no_second_date(text, published, day):
    from briefgen.model import Article
    from briefgen.pipeline import build_brief

    article = Article(path="x.txt", title="Example", text=text, published=published)
    brief = build_brief([article], as_of=published)
    prose = [s.text for s in brief.summary] + [e.event for e in brief.timeline]
    said = [p for p in prose if day.split(",")[0] in p]
    assert said and all(day in p for p in said), prose
