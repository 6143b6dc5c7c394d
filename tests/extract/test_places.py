"""Places: locations named 3+ times that do not act, kept apart from the actors."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.names import fold
from briefgen.extract.places import (
    PLACE_DROPS,
    KnownActors,
    PlaceMention,
    extract_places,
    place_is_a_surname,
)
from briefgen.extract.rules import tracing
from briefgen.model import Evidence


def places_of(article) -> dict[str, int]:
    return {p.name: p.mentions for p in extract_places([article], extract_actors([article]))}


def test_seed_places_are_where_things_happen(seed_brief):
    assert [(p.name, p.mentions) for p in seed_brief.places] == [("Istanbul", 6)]
    actors = {actor.name for actor in seed_brief.actors}
    assert not actors & {p.name for p in seed_brief.places}


@pytest.mark.parametrize(
    ("text", "place", "mentions"),
    [
        # MEANTIME apple: a venue's city, named three times.
        (
            "The keynote took place at the Moscone Center in San Francisco, California. Apple "
            "has held the event in San Francisco since 1985. Thousands queued in San Francisco "
            "for the new phone.",
            "San Francisco",
            3,
        ),
        # MEANTIME airbus: a country only named as where things are is a place, not an actor;
        # its ISO code counts as the country.
        (
            "The first four aircraft will be assembled at the main Airbus factory in Toulouse, "
            "France. The plane first flew in France in 2005. Airbus employs 20,000 people in "
            "France.",
            "France",
            3,
        ),
    ],
)
def test_a_place_named_three_times_is_listed(parse_text, text, place, mentions):
    assert places_of(parse_text(text)).get(place) == mentions


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Twice is not enough.
        (
            "Talks were held in Istanbul on Monday. Delegates left Istanbul on Tuesday.",
            "Istanbul",
        ),
        # A capital acting is its country's mention, an actor's; seed.
        (
            "Islamabad declared that the talks had failed. Islamabad accused Kabul of "
            "sheltering militants. Islamabad says the violence stems from Afghanistan.",
            "Islamabad",
        ),
        # A country that acts anywhere is an actor, not also a place; seed.
        (
            "Pakistan declared that the talks had failed. Attacks in Pakistan rose. Militants "
            "crossed into Pakistan at night.",
            "Pakistan",
        ),
    ],
)
def test_actors_and_rare_places_are_not_listed(parse_text, text, absent):
    assert absent not in places_of(parse_text(text))


@pytest.mark.parametrize(
    ("text", "name", "rule", "outcome"),
    [
        # Seed: the capital acting is Pakistan's mention.
        (
            "Islamabad declared that the talks had failed. Islamabad accused Kabul of "
            "sheltering militants.",
            "Islamabad",
            "acting_place",
            "dropped",
        ),
        # Seed: Pakistan acts, so "anti-Pakistan" is no place of its own.
        (
            "He added that Pakistan had engaged in the dialogue “in the spirit of peace” but "
            "accused Kabul of “unabated support to anti-Pakistan terrorists.”",
            "Pakistan",
            "place_is_an_actor",
            "dropped",
        ),
        # Twice is not enough.
        (
            "Talks were held in Istanbul on Monday. Delegates left Istanbul on Tuesday.",
            "Istanbul",
            "recurring_place",
            "dropped",
        ),
    ],
)
def test_a_place_decision_names_its_rule(parse_text, text, name, rule, outcome):
    article = parse_text(text)
    with tracing() as trace:
        extract_places([article], extract_actors([article]))
    assert (name, outcome) in {(d.subject, d.outcome) for d in trace.by(rule)}


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (  # PolNeAR train (Breitbart, 2015): the host's surname, tagged a place
            "On the November 24, Breitbart News Daily show on Sirius XM Patriot channel 125 "
            "from 6AM to 9AM EST, host and Breitbart News Executive Chairman Stephen K. Bannon "
            "will interview a number of guests.\n\nBannon will interview Col. Rob Maness about "
            "the Louisiana governor race results.\n\nBannon will interview Breitbart News "
            "contributor Pamela Geller about the fight against radical Islam.",
            "Bannon",
        ),
    ],
)
def test_a_persons_surname_is_no_place(parse_text, text, surname):
    article = parse_text(text)
    with tracing() as trace:
        places = extract_places([article], extract_actors([article]))
    assert surname not in {p.name for p in places}
    assert trace.by("place_is_a_surname")


@pytest.mark.parametrize("name", ["Washington", "Kabul"])
def test_a_capital_stays_a_place_whoever_bears_its_name(name):
    known = KnownActors(frozenset(), frozenset(), frozenset({fold(name)}))
    assert not place_is_a_surname(
        PlaceMention(name, Evidence(source="s1", start=0, end=len(name))), known
    )


def test_place_drops_keep_their_order():
    assert [r.name for r in PLACE_DROPS] == [
        "acting_place",
        "place_is_an_actor",
        "place_is_a_surname",
    ]
