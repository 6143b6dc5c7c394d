"""What an event's phrase gives up first when a part is too long (extract/phrase_room.py),
read through the timeline's rows: each table holds real sentences from two corpora or more,
with the phrase the rule gives; the comment says what the phrase was before it."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.dates import extract_dates
from briefgen.extract.timeline import build_timeline


def _events(parse_text, text, published):
    article = parse_text(text, published)
    return {e.event for e in build_timeline([article], extract_dates(article))}


@pytest.mark.parametrize(
    ("text", "published", "event"),
    [
        # `second_verb_first`. Reuters (T17 bpoil, 2010-06-17): not "urged them to await the
        # outcome and defended his three years".
        (
            "Under harsh questioning from lawmakers on Thursday, Hayward urged them to await the "
            "outcome of an investigation into the spill and defended his three years as CEO.",
            dt.date(2010, 6, 17),
            "Under harsh questioning from lawmakers Hayward urged them to await the outcome of "
            "an investigation",
        ),
        # Washington Post (T17 bpoil, 2010-05-20): not "... a less toxic form to break up the
        # oil spill and must apply the new form".
        (
            "Separately, the Environmental Protection Agency informed BP officials late "
            "Wednesday that the company has 24 hours to choose a less toxic form of chemical "
            "dispersants to break up the oil spill and must apply the new form of dispersants "
            "within 72 hours of submitting the list of alternatives.",
            dt.date(2010, 5, 20),
            "The Environmental Protection Agency informed BP officials the company has 24 hours "
            "to choose a less toxic form of chemical dispersants to break up the oil spill",
        ),
        # MEANTIME (gm, Wikinews, 2009-05-15): the second verb goes before the effort is cut.
        (
            "American automobile manufacturer General Motors (GM) announced plans Friday to shut "
            "down about 1,100 of its dealerships, in an effort to evade bankruptcy and lower its "
            "expenditures.",
            dt.date(2009, 5, 15),
            "General Motors announced plans to shut down about 1,100 of its dealerships, in an "
            "effort to evade bankruptcy",
        ),
        # MEANTIME (apple, Wikinews, 2010-07-17): "either ... or" joins alternatives, both stay.
        (
            "Earlier, on June 24, Apple told customers to either hold the phone without covering "
            "the antenna, or to use a case.",
            dt.date(2010, 7, 17),
            "Apple told customers to either hold the phone or to use a case",
        ),
        # `noun_content`. BBC (T17 bpoil, 2010-06-09): not "BP shares fell over worries".
        (
            "BP shares fell 3.4% on Wednesday over worries that the company will have to "
            "suspend its dividend payments to pay for legal claims and cleaning up the spill.",
            dt.date(2010, 6, 9),
            "BP shares fell over worries that the company will have to suspend its dividend "
            "payments",
        ),
        # PolNeAR train (Western Journal, 2016-07-23): not "Trump laid out his concerns".
        (
            "In his nomination acceptance speech Thursday evening, Trump laid out his concerns "
            "that the West was facing an existential threat against such terrorism and needed "
            "to adjust its policies quickly.",
            dt.date(2016, 7, 23),
            "In his nomination acceptance speech Trump laid out his concerns that the West was "
            "facing an existential threat",
        ),
        # `verb_content`. Guardian (T17 bpoil, 2010-11-08): not "... by saying".
        (
            "The presidential commission investigating the Gulf of Mexico oil disaster ran into "
            "controversy today by saying it had found no evidence that BP and other oil "
            "companies put profits ahead of safety on the Deepwater Horizon rig.",
            dt.date(2010, 11, 8),
            "The presidential commission investigating the Gulf of Mexico oil disaster ran into "
            "controversy by saying it had found no evidence BP and other oil companies put "
            "profits ahead of safety",
        ),
        # `dated_participle`. Reuters (T17 bpoil, 2010-06-27): not "the two relief wells begun
        # were estimated".
        (
            "A BP spokesperson declined to comment on the report and referred to a company "
            "statement on Friday that the two relief wells -- begun on May 2 and May 16 -- were "
            "estimated to take approximately three months to finish.",
            dt.date(2010, 6, 27),
            "A BP spokesperson referred to a company statement the two relief wells were "
            "estimated to take approximately three months to finish",
        ),
        # MEANTIME (apple, Wikinews, 2006-03-28): not "Apple Corps' latest suit filed claims".
        (
            "Apple Corps' latest suit, filed in September 2003, claims that the computer company "
            "violated the 1991 agreement with its iTunes Music Store.",
            dt.date(2006, 3, 28),
            "Apple Corps' latest suit claims the computer company violated the agreement with "
            "its iTunes Music Store",
        ),
        # `reported_first`. Washington Post (T17 bpoil, 2010-06-17): not "... oil and gas
        # companies the Interior Department's acting inspector general plans".
        (
            "Elected officials should consider imposing ethics rules on oil and gas companies "
            "that do business with the federal government, the Interior Department's acting "
            "inspector general plans to tell the House Natural Resources Committee on Thursday.",
            dt.date(2010, 6, 17),
            "Elected officials should consider imposing ethics rules on oil and gas companies, "
            "the Interior Department's acting inspector general plans to tell the House "
            "Natural Resources Committee",
        ),
        # TimeBank (APW19980418.0210): not "Bertalan Farkas is leaving he said".
        (
            "Tired of being sidelined, Hungarian astronaut Bertalan Farkas is leaving for the "
            "United States to start a new career, he said Saturday.",
            dt.date(1998, 4, 18),
            "Hungarian astronaut Bertalan Farkas is leaving, he said",
        ),
        # `summing_up_object`. Washington Post (T17 bpoil, 2010-05-20): not "... from a leaking
        # pipe at the bottom of the Gulf of Mexico, the first official admission".
        (
            "BP said Thursday that it is now capturing 5,000 barrels a day of crude oil and 15 "
            "million cubic feet of natural gas from a leaking pipe at the bottom of the Gulf of "
            "Mexico, the first official admission that earlier estimates of the amount of oil "
            "spilling into sea were too small.",
            dt.date(2010, 5, 20),
            "BP said it is capturing 5,000 barrels a day of crude oil and 15 million cubic feet "
            "of natural gas",
        ),
        # TimeBank (NYT19980206.0460): not "the government reported evidence America's ...".
        (
            "WASHINGTON _ The economy created jobs at a surprisingly robust pace in January, the "
            "government reported on Friday, evidence that America's economic stamina has "
            "withstood any disruptions caused so far by the financial tumult in Asia.",
            dt.date(1998, 2, 7),
            "The economy created jobs at a surprisingly robust pace, the government reported",
        ),
    ],
)
def test_a_long_part_gives_up_what_it_can_lose(parse_text, text, published, event):
    assert event in _events(parse_text, text, published)
