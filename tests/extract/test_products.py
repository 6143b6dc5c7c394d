"""Products: names written or used as made things are no mentions of actors."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.entities import find_mentions
from tests.conftest import separate_articles


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # Seed: the title line and the body's first word ("Efforts") are not one name.
        (
            "Pakistan-Afghanistan Truce Talks Fail in Istanbul as Islamabad\nEfforts to broker a "
            "lasting ceasefire between Pakistan and Afghanistan ended in failure this week.",
            "Efforts",
        ),
        # A maker's name inside a product name is not a mention of the maker.
        (
            "The Northrop Grumman KC-45 tankers - more often known as KC-30s - are based on the "
            "Airbus A330 MRTT.",
            "Airbus",
        ),
        # A name that is counted or measured is a thing or a unit, not an actor.
        ("Apple said the company sold 13.7 million Macs last quarter.", "Macs"),
        # A demonym describing something other than the state is not the country.
        (
            "Irish low cost airline, Ryanair, announced today that it is exercising its options "
            "with Boeing to purchase five new 737 aircraft.",
            "Irish",
        ),
    ],
)
def test_junk_and_descriptions_are_not_mentions(parse_text, sentence, absent):
    assert absent not in {m.name for m in find_mentions(parse_text(sentence))}


def test_a_craft_named_with_its_kind_is_no_actor(parse_text):
    """T17 BP oil spill, BBC and Fox News (2010): a rig named with its kind of craft
    (lexicon `product_nouns`) is a made thing, whatever the model tagged it."""
    articles = separate_articles(
        parse_text,
        "Oil has been spewing into the Gulf since the offshore drilling rig Deepwater Horizon, "
        "leased by oil giant BP, exploded off the coast of Louisiana on 20 April.",
        "Fire boat crews battle the blazing remnants of the offshore oil rig Deepwater Horizon.",
    )
    actors = extract_actors(articles)
    assert actors.actor("Deepwater Horizon") is None
    assert actors.actor("BP") is not None
