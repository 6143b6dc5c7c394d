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
from briefgen.extract.timex_patterns import MISSED

FOUND = [
    # closing_day_split + period_before_closing_day (wsj_0695: gold "the year" P1Y, "July 2")
    (dt.date(1989, 10, 27), "For the year ended July 2, Rally had net income of $2.4 million, "
     "or 34 cents a share.",
     [("the year", "DURATION", "P1Y"), ("July 2", "DATE", None)]),
    # closing_day_split (wsj_1011: gold "the quarter" and "Sept. 30" apart)
    (dt.date(1989, 10, 26), "For the quarter ended Sept. 30, Delta posted net income of $133.1 "
     "million.",
     [("the quarter", "DATE", None), ("Sept. 30", "DATE", None)]),
    # period_before_closing_day: months (wsj_0127: gold "the six months" P6M)
    (dt.date(1989, 11, 2), "Reed International PLC said that net income for the six months "
     "ended Oct. 1 slipped 5% to #89.7 million.",
     [("the six months", "DURATION", "P6M"), ("Oct. 1", "DATE", None)]),
    # hour_of_day (APW19980213.1380: gold "10 p.m. Wednesday" 1998-02-11T22:00)
    (dt.date(1998, 2, 13), "Hernandez was kidnapped from his small, neighborhood store in the "
     "town of Trujillo Alto at 10 p.m. Wednesday, police said.",
     [("10 p.m. Wednesday", "TIME", "1998-02-11T22:00")]),
    # hour_of_day: a named hour (APW19980213.1380: gold "noon Thursday" 1998-02-12T12:00)
    (dt.date(1998, 2, 13), "His kidnappers demanded a ransom of dlrs 1 million, but "
     "negotiations broke off at noon Thursday.",
     [("noon Thursday", "TIME", "1998-02-12T12:00")]),
    # hour_of_day, clock_day_from_date: four digits before a zone are a clock time, never a
    # year, of the day named after it (issue 20;
    # t17_bpoil_bbc 2010-07-16)
    (dt.date(2010, 7, 16), "The flow of oil was shut off at 1425 local time (1925 GMT) on "
     "Thursday, as part of a test of well's integrity.",
     [("1425 local time", "TIME", "2010-07-15T14:25"), ("1925 GMT", "TIME", "2010-07-15T19:25Z")]),
    # the same: the zone joins the clock time the model read as a year (t17_bpoil_bbc
    # 2010-06-04; the timeline's clock_time_not_year used to drop "1930" as a year)
    (dt.date(2010, 6, 4), "This was completed at 1930 CDT on 1 June (0030 GMT 2 June).",
     [("1930 CDT", "TIME", "2010-06-01T19:30")]),
    # part_of_named_day (ea980120.1830.0456: gold "last night" TNI of the day before)
    (dt.date(1998, 1, 20), "CBS News first reported last night that the tomb may contain the "
     "remains of Air Force pilot Michael Blassie.",
     [("last night", "TIME", "1998-01-19TNI")]),
    # part_of_named_day (wsj_0169: gold "mid-afternoon yesterday" 1989-11-01TAF)
    (dt.date(1989, 11, 2), "In London at mid-afternoon yesterday, Ratners's shares were up 2 "
     "pence (1.26 cents), at 260 pence ($1.64).",
     [("mid-afternoon yesterday", "TIME", "1989-11-01TAF")]),
    # rate_unit_split + rate_per_unit (MEANTIME airbus: gold "a year" SET P1Y)
    (dt.date(2008, 3, 1), "Northrop Grumman and Airbus parent EADS have unexpectedly defeated "
     "Boeing for a contract to supply the United States Air Force (USAF) with 179 new aerial "
     "refueling tankers at a rate of 15 a year.",
     [("a year", "SET", "P1Y")]),
    # missed_rate + rate_per_unit (wsj_0918: gold "a year" SET P1Y)
    (dt.date(1989, 10, 26), "A spokesman for Seagram said the company will post additional "
     "pretax profit of about $33 million a year because of the additional Du Pont dividends.",
     [("a year", "SET", "P1Y")]),
    # each/every joined; every_unit: a month (APW19980322.0749: gold "each July" XXXX-07)
    (dt.date(1998, 3, 22), "The crucible is Portadown, where Orangemen march each July from "
     "their rural church back downtown.",
     [("each July", "SET", "XXXX-07")]),
    # each/every joined (APW19980213.1320: gold "each Thursday" XXXX-WXX-4)
    (dt.date(1998, 2, 13), "It said two new flights would leave Bombay on Monday and Tuesday "
     "nights from March 30, with the third departing each Thursday from August 6.",
     [("each Thursday", "SET", "XXXX-WXX-4")]),
    # duration hedges: 'first' (wsj_0144: gold "the first nine months" P9M)
    (dt.date(1989, 10, 26), "In the first nine months, net was $306 million, compared with a "
     "loss of $195 million in the 1988 period.",
     [("the first nine months", "DURATION", "P9M")]),
    # the possessive is not the date's (wsj_0189: gold "last year", not "last year's")
    (dt.date(1989, 11, 2), "Sales in the latest period were $1.76 billion, a 13% increase from "
     "last year's $1.55 billion.",
     [("last year", "DATE", None), ("the latest period", "DATE", None)]),
    # missed_period_reference (wsj_0709: gold "the comparable year-ago quarter"; its value is
    # the narrative's, left to the value rules)
    (dt.date(1989, 10, 26), "In the comparable year-ago quarter, the second quarter ended Oct. "
     "31, Service Corp. had a loss of about $12.7 million.",
     [("the comparable year-ago quarter", "DATE", None)]),
    # missed_vague_duration (APW19980227.0494: gold "centuries" DURATION)
    (dt.date(1998, 2, 27), "Ukraine was ruled from Moscow for centuries.",
     [("centuries", "DURATION", "PXCE")]),
    # missed_vague_duration (wsj_0575: gold "several quarters" PXQ)
    (dt.date(1989, 10, 30), "It recently achieved profitability after several quarters of "
     "losses -- calls for a narrow focus and a lid on expenses.",
     [("several quarters", "DURATION", "PXQ")]),
    # missed_reference_phrase: 'the near future' (wsj_0313: gold FUTURE_REF)
    (dt.date(1989, 11, 1), "Ocean Drilling said it will offer 15% to 20% of the "
     "contract-drilling business through an initial public offering in the near future.",
     [("the near future", "DATE", "FUTURE_REF")]),
    # missed_reference_phrase: 'these days' (wsj_0585: gold PRESENT_REF)
    (dt.date(1989, 10, 30), "Of course, there were sell programs in past years, too, but they "
     "seem to hurt market makers more painfully these days.",
     [("these days", "DATE", "PRESENT_REF")]),
    # extents: no focus adverb (wsj_0158: gold "six months", not "only six months")
    (dt.date(1989, 11, 2), "Reupke, 52 years old and a 27-year Reuters veteran, had been the "
     "information-services company's general manager for only six months.",
     [("six months", "DURATION", "P6M")]),
    # extents: no article of the noun a date modifies (APW19980213.1310: gold "20th century")
    (dt.date(1998, 2, 13), "She is a 20th century democrat, understands that the role of the "
     "crown in Australia rests in the hands of the Australian people.",
     [("20th century", "DATE", None)]),
    # duration_date_split (NYT19980206.0460: gold "the first nine months" P9M and "1997")
    (dt.date(1998, 2, 6), "The economy has been creating jobs at a rate of 358,000 a month, "
     "after averaging 242,000 for the first nine months of 1997.",
     [("the first nine months", "DURATION", "P9M"), ("1997", "DATE", "1997")]),
    # duration_date_split, adjacent_joined keeps them apart (APW19980227.0487: gold "more than
    # four hours" PT4H and "Friday" 1998-02-27)
    (dt.date(1998, 2, 27), "She took the stand for more than four hours Friday in a Tel Aviv "
     "magistrate's court.",
     [("more than four hours", "DURATION", "PT4H"), ("Friday", "DATE", "1998-02-27")]),
    # range_split (VOA19980331.1700.1533: gold "two" P2D and "six days" P6D)
    (dt.date(1998, 3, 31), "It's between two to six days for every one of the sickest patients "
     "across the country.",
     [("two", "DURATION", "P2D"), ("six days", "DURATION", "P6D")]),
    # range_split at 'and' (MEANTIME gm 127248_CEO_of_GM_outlines_plan: gold "60" P60D and
    # "90 days" P90D)
    (dt.date(2009, 6, 4), "Henderson stated that he envisioned the bankruptcy process would "
     "take between 60 and 90 days.",
     [("60", "DURATION", "P60D"), ("90 days", "DURATION", "P90D")]),
    # missed_counted_duration with a half (MEANTIME airbus 145930: gold "almost two and a half
    # years", valued P2.5Y there; TimeBank writes halves as P2Y6M)
    (dt.date(2009, 12, 16), "The release of the \"Dreamliner\" is almost two and a half years "
     "behind schedule.",
     [("two and a half years", "DURATION", "P2Y6M")]),
    # missed_counted_duration (APW19980306.1001: gold "over a week" P1W)
    (dt.date(1998, 3, 6), "The team of some 50 inspectors for a tour likely to last over a week "
     "had been allowed to carry out an inspection.",
     [("a week", "DURATION", "P1W")]),
    # missed_duration_range, cut in two (Timeline17 t17_MJ_bbc 2011-08-30_759)
    (dt.date(2011, 8, 30), "Opening statements are expected to begin on September 27 and the "
     "trial is likely to last four to six weeks.",
     [("four", "DURATION", "P4W"), ("six weeks", "DURATION", "P6W")]),
    # edge_words_joined: 'the 1988 period' (wsj_0127: gold "the 1988 period")
    (dt.date(1989, 11, 2), "While there were no one-time gains or losses in the latest period, "
     "there was a one-time gain of #18 million in the 1988 period.",
     [("1988 period", "DATE", "1988-Q3")]),
    # tense: an infinitive under a past perfect looks back (wsj_0533: gold 1989-10-27TEV;
    # wsj_0542: gold "midnight Friday" 1989-10-27)
    (dt.date(1989, 10, 30), "It had been due to expire Friday evening.",
     [("Friday evening", "TIME", "1989-10-27TEV")]),
    (dt.date(1989, 10, 30), "The offer, which Telerate's two independent directors have "
     "rejected as inadequate, previously had been scheduled to expire at midnight Friday.",
     [("midnight Friday", "TIME", "1989-10-27T24:00")]),
    # ... but not under a present ('is scheduled to close Monday', wsj_0175: gold 1989-11-06)
    (dt.date(1989, 11, 2), "Sony's planned acquisition of Guber/Peters Entertainment Co. for "
     "$200 million is scheduled to close Monday.",
     [("Monday", "DATE", "1989-11-06")]),
    # missed_same_day keeps 'that time' (MEANTIME gm: gold 2011-06-10 is a value for datevals)
    (dt.date(2011, 5, 29), "If a price is not agreed on by that time, Fiat will pay the average "
     "of the estimates of two investment banks.",
     [("that time", "DATE", None)]),
    # leading_phrase_cut: a noun or number of the sentence the model took into the entity
    # (APW19980219.0476: gold "last year" 1997; wsj_0918: gold "several months" PXM)
    (dt.date(1998, 2, 19), "Nhek Bunchhay, who had been closely involved in the search for "
     "Howes before having to flee the Cambodian capital after a coup d'etat last year, appeared "
     "confident he would find Howes' remains.",
     [("last year", "DATE", "1997")]),
    (dt.date(1989, 10, 26), "\"We haven't benefited the shareholder as much as we need to,\" "
     "said Edgar Woolard Jr., Du Pont's chairman and chief executive officer, in an interview "
     "several months before he entered his current position in April.",
     [("several months", "DURATION", "PXM")]),
    # the same (PolNeAR train breitbart_2016-01-05_the-latest-cruz-to-give-away-eng)
    (dt.date(2016, 1, 5), "Mark Barden’s son, Daniel, was one of 20 students killed at the "
     "school three years ago.",
     [("three years ago", "DATE", "2013")]),

]  # fmt: skip

DROPPED_BY = [
    # term_compound (wsj_0637, NYT19980206.0460; TimeBank annotates none of its 15)
    ("Proceeds will be used to reduce short-term debt at the beer and food concern, said "
     "Robert Vaux, vice president, finance.", "short-term", "term_compound"),
    ("Long-term interest rates, an important indicator of economic stability, have fallen in "
     "the last few months.", "Long-term", "term_compound"),
    # age_in_years (wsj_0927)
    ("Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1, soon after Mr. Davison "
     "reaches the company's mandatory retirement age of 65.", "52 years old", "age_in_years"),
    # age_in_years, hyphenated (wsj_0927; Timeline17 t17_bpoil develop)
    ("Trust, a 136-year-old institution that is one of the earliest high-net worth banks in "
     "the U.S., has faced intensifying competition.", "136-year-old", "age_in_years"),
    ("\"No, I'm not happy with the protection, but I'm sure the oil company is saving money,\" "
     "said 57-year-old Raymond Schmitt, in Venice preparing his boat to take a French "
     "television crew on a tour.", "57-year-old", "age_in_years"),
    # good_part_of_day: broadcast greetings (ea980120.1830.0071, CNN19980227.2130.0067; no
    # MEANTIME or Timeline17 develop article opens with one)
    ("Good evening from the central park in downtown Havana.", "evening", "good_part_of_day"),
    ("Live from Atalanta, good evening Lynne Russell, CNN headline news.", "evening",
     "good_part_of_day"),
    # fraction_of (wsj_0768; MEANTIME gm)
    ("Mutual funds are the among the largest holders of junk, accounting for more than a "
     "quarter of the entire high-yield, high-risk market.", "more than a quarter", "fraction_of"),
    ("Chrysler LLC has said that it wants to eliminate 789, or about a quarter, of its 3,200 "
     "dealers by early June.", "about a quarter", "fraction_of"),
    # quoted_title: a programme's name (WSJ900813-0157, WSJ910225-0066; PolNeAR train politico
    # 2015-12-06)
    ("Secretary of State James Baker, speaking on ABC News' \"This Week,\" said the Kuwaiti "
     "request gives the U.S. and other countries \"a legal basis for stopping the export of oil "
     "and that sort of thing.\"", "This Week", "quoted_title"),
    ("Secretary of State James Baker said on ABC-TV's \"This Week With David Brinkley\" that "
     "the series of United Nations resolutions condemning Iraq's invasion of Kuwait \"imply "
     "that the restoration of peace and stability in the Gulf would be a heck of a lot "
     "easier.\"", "This Week", "quoted_title"),
    ("“We’re not winning, but it’s too soon to say that we are doing everything we need to "
     "do,” Clinton said on ABC’s “This Week” on Sunday.", "This Week", "quoted_title"),
    # as_soon_as (wsj_0340)
    ("Navigation Mixte's chairman had suggested that friendly institutions were likely to buy "
     "its stock as soon as trading opened Monday.", "soon", "as_soon_as"),
]  # fmt: skip

# A quotation that goes on after its date is speech, and the date stays (PolNeAR train;
# TimeBank WSJ900813-0157: "on ABC News' ... Sunday" keeps its weekday).
QUOTED_DATES = [
    ("The email went on to say, “Today, because we have been successful in creating a "
     "community that extends far beyond our base, we are growing.”", "Today"),
    ("“We’re not winning, but it’s too soon to say that we are doing everything we need to "
     "do,” Clinton said on ABC’s “This Week” on Sunday.", "Sunday"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text"), QUOTED_DATES)
def test_a_date_in_speech_is_no_title(parse_text, sentence, text):
    assert text in {d.text for d in extract_dates(parse_text(sentence, dt.date(2015, 12, 6)))}


NOT_FOUND = [
    # 'at the same time' is a connective (wsj_1014, wsj_1003: TimeBank never annotates it)
    ("Anheuser-Busch announced its plan at the same time it reported third-quarter net income "
     "rose a lower-than-anticipated 5.2% to $238.3 million.", "the same time"),
    ("At the same time, production costs, compared with a year ago, were boosted by higher raw "
     "material and employment costs.", "the same time"),
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
    """'the near term' alone is FUTURE_REF (TimeBank: "the challenges of the near term")."""
    from briefgen.extract.dates import normalise

    assert normalise("the near term", dt.date(1989, 11, 1), "present") == ("FUTURE_REF", "DATE")


@pytest.mark.parametrize(
    "sentence",
    [
        # AllSides develop (allsides_5788, U.S. News guest writer; PolNeAR train, Breitbart)
        "Dr. Marty Makary, a professor at Johns Hopkins University School of Medicine and "
        "editor in chief of MedPage Today, argues that mandating vaccines for every living, "
        "walking American is, as of now, not well-supported by science.",
        "“This platform’s language just says (to abortion opponents) you are no longer "
        "welcome,” said Kristen Day, executive director of Democrats for Life, reports USA "
        "Today.",
    ],
)
def test_a_date_word_inside_a_name_is_part_of_the_name(parse_text, sentence):
    with tracing() as trace:
        found = {d.text for d in extract_dates(parse_text(sentence, dt.date(2021, 8, 12)))}
    assert "Today" not in found
    assert trace.fired()["name_holds_date"]


@pytest.mark.parametrize(
    ("sentence", "text", "pattern"),
    [
        # A plural weekday is a set the model may miss beside another ("Mondays and
        # Thursdays"): PolNeAR train nyt_2015-12-10, usa-today_2016-05-09.
        ("In France, public schools still serve fish on Fridays.", "Fridays", "missed_weekday"),
        ("She also works on Saturdays when she can to help pay for her car and cellphone bills.",
         "Saturdays", "missed_weekday"),
        # An ordinal quarter the model misses (TimeBank wsj_1003, wsj_0292; MEANTIME gm).
        ("National Intergroup posted net income for the fiscal second-quarter of $8.6 million, "
         "or 33 cents a share.", "second-quarter", "missed_ordinal_quarter"),
        ("After a flat second quarter tied largely to lower newsprint earnings, Kimberly-Clark "
         "attributed the gain to improved results in its consumer businesses.", "second quarter",
         "missed_ordinal_quarter"),
        ("\"Our third-quarter results clearly show Ford is making tremendous progress despite the "
         "prolonged economic slump,\" said the firm's chief executive officer, Alan Mulally.",
         "third-quarter", "missed_ordinal_quarter"),
        # "this past weekend" (PolNeAR train breitbart_2016-04-15)
        ("His campaign was throttled in Colorado this past weekend, swept by Cruz 34 delegates "
         "to zero.", "this past weekend", "missed_relative_unit"),
    ],
)  # fmt: skip
def test_missed_patterns_find_plural_weekdays_and_this_past(sentence, text, pattern):
    assert (text, pattern) in [(m.group(), m.lastgroup) for m in MISSED.finditer(sentence)]
