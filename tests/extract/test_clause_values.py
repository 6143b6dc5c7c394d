"""Values an expression takes from its clause (clause_values.py): each rule on real sentences
of TimeBank (develop) and of MEANTIME, PolNeAR (train) or AllSides (first half), with the
sentences where it must not decide."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.clause_values import CLAUSE_RULES
from briefgen.extract.dates import extract_dates


@pytest.mark.parametrize(
    ("source", "anchor", "sentence", "expression", "value", "kind", "made_by"),
    [
        ("timebank AP900815-0044", dt.date(1990, 8, 15),
         "In Saudi Arabia, today is the eighth day of ``Desert Shield,'' the operation designed "
         "to confront an estimated 200,000 Iraqi soldiers now in Kuwait.", "the eighth day",
         "1990-08-15", "DATE", "count_said_of_now"),
        ("timebank PRI19980306.2000.1675", dt.date(1998, 3, 6),
         "It's the second day of an offensive by the security forces against villages "
         "populated by ethnic Albanians.", "the second day", "1998-03-06", "DATE",
         "count_said_of_now"),
        ("polnear usa-today_2015-11-25", dt.date(2015, 11, 25),
         "This is the first week that Carson did not receive a single first-place vote from our "
         "panel.", "the first week", "2015-W48", "DATE", "count_said_of_now"),
        ("timebank wsj_0157", dt.date(1989, 11, 2),
         "The stock would be redeemed in five years, subject to terms of the surviving "
         "company's debt.", "five years", "1994", "DATE", "amount_ahead"),
        ("timebank VOA19980331.1700.1533", dt.date(1998, 3, 31),
         "You may, in a year or two, save a few more lives if you do sickest first.", "a year",
         "FUTURE_REF", "DATE", "amount_ahead"),
        ("allsides 5793", dt.date(2021, 8, 10),
         "Mr. Cuomo said his resignation would take effect in 14 days.", "14 days",
         "2021-08-24", "DATE", "amount_ahead"),
        ("polnear wash-post_2015-12-10", dt.date(2015, 12, 10),
         "Trump has said that as president he would know in six months whether he could broker "
         "a deal to end the long-running Israeli-Palestinian conflict.", "six months", "2016-06",
         "DATE", "amount_ahead"),
        ("meantime 121134 (gm)", dt.date(2009, 2, 18),
         "GM says that it could be profitable in two years' time, and might be able to repay "
         "all its loans by 2017.", "two years", "2011", "DATE", "amount_ahead"),
        ("timebank PRI19980303.2000.2550", dt.date(1998, 3, 3),
         "According to the Arab American institute, Islam will one day be the second largest "
         "religion in the country.", "one day", "FUTURE_REF", "DATE", "one_day_ahead"),
        ("polnear wash-post_2015-12-28", dt.date(2015, 12, 28),
         "Nevertheless, a survey conducted by independent analyst Elena Sadovskaya found that "
         "Kazakh attitudes toward Chinese migrant workers reflect fears that China would one day "
         "dominate the country.", "one day", "FUTURE_REF", "DATE", "one_day_ahead"),
    ],
)  # fmt: skip
def test_clause_gives_the_value(parse_text, source, anchor, sentence, expression, value, kind,
                                made_by):  # fmt: skip
    found = {d.text: d for d in extract_dates(parse_text(sentence, anchor))}
    assert expression in found, (source, sorted(found))
    date = found[expression]
    assert (date.value, date.type, date.why[-1]) == (value, kind, made_by), source


@pytest.mark.parametrize(
    ("source", "anchor", "sentence", "expression", "value"),
    [
        # a past clause: how long the answer took, no point ahead
        ("timebank CNN19980213.2130.0155", dt.date(1998, 2, 13),
         "In a bit of television diplomacy, Iraq's deputy foreign minister responded from "
         "Baghdad in less than one hour, saying Washington would break international law.",
         "less than one hour", "PT1H"),
        # "within" bounds a wait; it names no point
        ("polnear nyt_2015-11-09", dt.date(2015, 11, 9),
         "Investors see about a one-in-five chance that the Fed, after it begins to raise rates, "
         "will return to zero within two years.", "two years", "P2Y"),
        # "one day" after its verb, in a past perfect: a duration
        ("timebank wsj_0586", dt.date(1989, 10, 30),
         "Lawson's successor, John Major, had only been in the job one day.", "one day", "P1D"),
    ],
)  # fmt: skip
def test_clause_rules_leave_other_clauses(parse_text, source, anchor, sentence, expression,
                                          value):  # fmt: skip
    found = {d.text: d for d in extract_dates(parse_text(sentence, anchor))}
    assert expression in found, (source, sorted(found))
    date = found[expression]
    assert date.value == value, source
    assert date.why[-1] not in {r.name for r in CLAUSE_RULES}, source


def test_a_count_said_of_a_past_day_is_not_the_anchor(parse_text):
    # polnear nyt_2016-08-26: the day is Thursday's, said in the past; not the article's day
    sentence = (
        "Because Thursday was the first day for nominations, the administration was signaling "
        "its strong support for Mr. Kim."
    )
    dates = extract_dates(parse_text(sentence, dt.date(2016, 8, 26)))
    assert not any(d.why[-1] == "count_said_of_now" for d in dates)
