"""Products: names written or used as made things are no mentions of actors."""

from __future__ import annotations

import pytest

from briefgen.extract.entities import find_mentions


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
