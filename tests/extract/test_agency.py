"""Agency: whether a name acts, itself or through its people, or only describes or places."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.entities import find_mentions


@pytest.mark.parametrize(
    ("sentence", "country", "is_actor"),
    [
        # A country named only as where something happens is a place.
        (
            "The first four aircraft will be assembled at the main Airbus factory in Toulouse, "
            "France but by 2010-11 production of the remainder will be carried out at a facility "
            "in Mobile, Alabama.",
            "France",
            False,
        ),
        # A country's government that acts (subject) is an actor; seed.
        (
            "Efforts to broker a lasting ceasefire between Pakistan and Afghanistan ended in "
            "failure this week, as Islamabad declared that the talks had failed.",
            "Pakistan",
            True,
        ),
        # Mediators named as agents of a passive are actors; seed.
        (
            "The negotiations, facilitated by Qatar and Turkey, were the latest attempt to calm "
            "rising tensions.",
            "Turkey",
            True,
        ),
        # MEANTIME airbus: officials from a country act for it.
        (
            "Officials from the People's Republic of China have agreed to purchase 60 Boeing "
            "787 Dreamliner aircraft in a deal worth US$7.2 bn.",
            "China",
            True,
        ),
        # MEANTIME gm: a demonym before a minister's title names the minister's state.
        (
            '"GM\'s behaviour towards Germany is completely unacceptable," said German economy '
            "minister Rainer Bruederle.",
            "Germany",
            True,
        ),
        # MEANTIME gm: an ISO code the model tags as a place is the country ("US").
        (
            "The United States auto manufacturer Chrysler has asked the US government for an "
            "additional US$5 billion in aid.",
            "United States",
            True,
        ),
        # MEANTIME airbus: a town and its country are an address, not an actor.
        (
            "A test flight of the new Airbus A380 superjumbo was delayed today after a "
            "superficial accident at Suvarnabhumi Airport, which serves Bangkok, Thailand.",
            "Thailand",
            False,
        ),
        (
            "France's Thales will supply electronics, Wimborne, UK's Cobham will manufacture "
            "refueling equipment.",
            "United Kingdom",
            False,
        ),
        # MEANTIME airbus: a country that ends an airline's name is not the country.
        (
            "The preliminary agreement will see Dreamliners delivered to six airlines - Air "
            "China, China Eastern Airlines and Hainan Airlines.",
            "China",
            False,
        ),
        # MEANTIME airbus: where a company is based is a place ("Los Angeles based").
        (
            "When the Air Force selected Los Angeles based Northrop Grumman on February 29 to "
            "build the aircraft, Boeing challenged the award.",
            "Los Angeles",
            False,
        ),
    ],
)
def test_countries_are_actors_only_when_they_act(parse_text, sentence, country, is_actor):
    names = {actor.name for actor in extract_actors([parse_text(sentence)]).actors}
    assert (country in names) is is_actor


@pytest.mark.parametrize(
    ("sentence", "is_mention"),
    [
        # MEANTIME airbus, gm: a country's name describing a thing, as a demonym would ("the
        # US manufacturer" is "the American manufacturer"), is not a mention of the country.
        (
            "This brings Ryanair's total number of outstanding orders with the US manufacturer "
            "to 230.",
            False,
        ),
        (
            "However, given the current weakened state of the US economy, we will consider "
            'other options if necessary," said Dana Perino, the White House Press Secretary.',
            False,
        ),
        # ... but naming the state's organs, in a coordination too, it is.
        (
            "No more loans will be forthcoming from either Canadian or US governments unless "
            "the companies can reinvent themselves.",
            True,
        ),
    ],
)
def test_a_country_describing_a_thing_is_no_mention_of_it(parse_text, sentence, is_mention):
    mentions = find_mentions(parse_text(sentence))
    assert any(m.country == "United States" for m in mentions) is is_mention


@pytest.mark.parametrize(
    ("sentence", "country", "acts"),
    [
        # MEANTIME gm: a country owning a market index does not act through it.
        (
            "Stock markets worldwide fell dramatically on the news, with Japan's Nikkei average "
            "losing 484.68 points.",
            "Japan",
            False,
        ),
        # MEANTIME airbus: nor through a named company it is home to.
        (
            "They also have a 30-year contract for supply of titanium parts with Russia's "
            "VSMPO-Avisma, which Boeing estimates to be worth $18 million.",
            "Russia",
            False,
        ),
        # Seed: owning its minister, it acts.
        (
            "Pakistan’s Information Minister Attaullah Tarar confirmed on Wednesday that the "
            "discussions had yielded no progress.",
            "Pakistan",
            True,
        ),
    ],
)
def test_a_possessor_acts_through_people_not_named_things(parse_text, sentence, country, acts):
    mentions = [m for m in find_mentions(parse_text(sentence)) if m.country == country]
    assert mentions and all(m.acts is acts for m in mentions)
