"""What an event's phrase gives up first when a part is too long (extract/phrase_room.py),
read through the timeline's rows: each table holds real sentences from two corpora or more,
with the phrase the rule gives; the comment says what the phrase was before it."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.dates import extract_dates
from briefgen.extract.phrase_room import (
    after_colon,
    listed_apposition,
    name_whole,
    object_placed,
)
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


@pytest.mark.parametrize(
    ("text", "published", "event"),
    [
        # `name_whole`. AllSides (5784, CNN): not "Vaccine advisers to the US Centers voted".
        (
            "Vaccine advisers to the US Centers for Disease Control and Prevention voted "
            "unanimously on Friday to recommend an extra dose of Covid-19 vaccine for some "
            "immunocompromised people, and the CDC director signed off on the recommendation "
            "almost immediately.",
            dt.date(2021, 8, 14),
            "Vaccine advisers to the US Centers for Disease Control and Prevention voted to "
            "recommend an extra dose of Covid-19 vaccine",
        ),
        # PolNeAR (train, NYT 2016): not "a super PAC connected to the Club".
        (
            "Stephens and his brother also gave $2.5 million last month to a super PAC connected "
            "to the Club for Growth, a free-market activist group that was one of the first "
            "outside organizations to take on Mr. Trump.",
            dt.date(2016, 3, 20),
            "Stephens and his brother gave $2.5 million to a super PAC connected to the Club for "
            "Growth",
        ),
        # `listed_apposition`. BBC (T17 MJ, 2011-08-30): not "Jackson's mother have backed".
        (
            "Jackson's mother Katherine and his sister LaToya have backed plans for the Michael "
            "Forever Tribute concert at the Millennium Stadium on 8 October.",
            dt.date(2011, 8, 30),
            "Jackson's mother Katherine and his sister have backed plans for the Michael Forever "
            "Tribute concert",
        ),
        # `object_placed`. AllSides (5783, Fox News): not "One report placed the Taliban".
        (
            "One report Saturday morning placed the Taliban just 7 miles away from the capital "
            "city Kabul, as US Marines arrived to secure the US Embassy there and help diplomats "
            "and Afghan civilians flee.",
            dt.date(2021, 8, 14),
            "One report placed the Taliban just 7 miles away from the capital city",
        ),
        # `after_colon`. Washington Post (T17 bpoil, 2010-05-27): not "... it would raise a
        # question Replace them with what".
        (
            'Speaking the next day at the White House, Allen observed: "To push BP out of the '
            'way, it would raise a question: Replace them with what?"',
            dt.date(2010, 5, 27),
            "Allen observed it would raise a question",
        ),
        # `quotation_whole`. BBC (T17 bpoil, 2010-06-02): not "Extremely active hurricane
        # season began" (the parser hung "an "active to" on "for").
        (
            'The prediction this year for the Atlantic is for an "active to extremely active" '
            "hurricane season, which officially began on 1 June.",
            dt.date(2010, 6, 2),
            'An "active to extremely active" hurricane season began',
        ),
        # `which_not_person`. BBC (T17 MJ, 2010-06-16): not "His brother in Rome had been
        # scheduled".
        (
            "Randy Jackson recently succeeded in stopping an unapproved tribute show to his "
            "brother Michael in Rome, which had been scheduled for 25 June, the anniversary of "
            "his death.",
            dt.date(2010, 6, 16),
            "An unapproved tribute show had been scheduled",
        ),
        # MEANTIME (apple, Wikinews): a name the model typed a person, and the verb's own
        # object: the parse stands.
        (
            "In 1986 he bought Pixar which was acquired by The Walt Disney Company in 2005.",
            dt.date(2011, 10, 5),
            "Pixar was acquired by The Walt Disney Company",
        ),
    ],
)
def test_a_part_keeps_what_its_syntax_binds(parse_text, text, published, event):
    assert event in _events(parse_text, text, published)


def _token(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("rule", "text", "word", "fires"),
    [
        # PolNeAR (train, 2016): the rest of a list the parser read as an aside.
        (
            listed_apposition,
            "Ben Carson, Ted Cruz and Rand Paul have all attacked the program as a violation of "
            "free market principles.",
            "Cruz",
            True,
        ),
        # T17 (MJ, BBC): a true apposition, its verb singular.
        (
            listed_apposition,
            "Randy Jackson, brother of the late pop star Michael Jackson, has been admitted to "
            "hospital with chest pains.",
            "brother",
            False,
        ),
        # PolNeAR (train, AP 2016): a distance and a comparison place the object.
        (
            object_placed,
            "Hillary Clinton's victory in the New York primary Tuesday has brought Sen. Bernie "
            "Sanders one step closer to a series of difficult decisions.",
            "closer",
            True,
        ),
        # T17 (bpoil, Washington Post): a time, not a place.
        (
            object_placed,
            "Allen issued a statement late in the day saying that a return to the containment "
            "strategy remains likely.",
            "late",
            False,
        ),
        # TimeBank (timebank part): set off by a comma, an aside.
        (
            object_placed,
            "Reed is paying an interim dividend of 4.6 pence, up 15% from 4 pence a year earlier.",
            "up",
            False,
        ),
        # T17 (bpoil, Washington Post): what a colon sets after a noun.
        (
            after_colon,
            'Speaking the next day at the White House, Allen observed: "To push BP out of the '
            'way, it would raise a question: Replace them with what?"',
            "Replace",
            True,
        ),
        # PolNeAR (train, 2016): what a colon sets after a reporting verb is its content.
        (
            after_colon,
            'When asked about how his proposed ban would affect Khan, 45, Trump said: "There '
            'will always be exceptions,"',
            "be",
            False,
        ),
        # AllSides (5784, CNN): a name's own preposition.
        (
            name_whole,
            "Vaccine advisers to the US Centers for Disease Control and Prevention voted "
            "unanimously on Friday.",
            "for",
            True,
        ),
        # T17 (bpoil, Guardian): a preposition after a name is no part of it.
        (
            name_whole,
            "Underwater robots dived to the ocean floor yesterday in a new effort to staunch the "
            "oil.",
            "in",
            False,
        ),
    ],
)
def test_the_syntax_signals(nlp, rule, text, word, fires):
    assert rule.fn(_token(nlp, text, word)) is fires


def test_a_quotation_is_no_part_of_a_phrase_headed_inside_it(parse_text):
    """`quotation_whole` leaves a part whose head is inside the quotation. PolNeAR (train,
    Breitbart 2016-07-21): not "You're going We're alive, unlike the robots ..."."""
    text = (
        "“We’re alive, unlike the robots you’re going to see next week” at the Democratic "
        "convention, he said."
    )
    events = _events(parse_text, text, dt.date(2016, 7, 21))
    assert events and not any("alive" in event for event in events)
