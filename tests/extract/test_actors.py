"""Actors: spaCy entities repaired, typed, filtered and merged into one card per actor."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors, rank_actors
from briefgen.extract.entities import find_mentions

SEED_ACTORS = {
    "Pakistan",
    "Afghanistan",
    "Attaullah Tarar",
    "Taliban",
    "Tehrik-e-Taliban Pakistan",
    "Qatar",
    "Turkey",
}


def test_seed_top_seven_are_the_story_actors(seed_brief):
    assert {actor.name for actor in seed_brief.actors[:7]} == SEED_ACTORS


def test_seed_capitals_acting_are_aliases_of_their_country(seed_brief):
    names = {actor.name for actor in seed_brief.actors}
    assert not names & {"Islamabad", "Kabul", "Istanbul", "Doha", "X", "Efforts", "The Defense News"}
    by_name = {actor.name: actor for actor in seed_brief.actors}
    assert "Islamabad" in by_name["Pakistan"].aliases
    assert "Kabul" in by_name["Afghanistan"].aliases
    assert "TTP" in by_name["Tehrik-e-Taliban Pakistan"].aliases
    tarar = by_name["Attaullah Tarar"]
    assert (tarar.type, tarar.role, tarar.affiliation) == ("person", "Information Minister", "Pakistan")


def test_every_actor_evidence_points_at_a_mention(seed_brief):
    for actor in seed_brief.actors:
        forms = {actor.name, *actor.aliases}
        for evidence in actor.evidence:
            excerpt = seed_brief.excerpt(evidence)
            assert excerpt in forms or excerpt in {"Afghan", "Pakistani"}, (actor.name, excerpt)


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # Hyphenated names the model cuts ("Tehrik") are joined back, with the acronym.
        (
            "Islamabad says the violence stems from militant groups operating inside Afghanistan, "
            "particularly the Tehrik-e-Taliban Pakistan (TTP), which it accuses Kabul of sheltering.",
            "Tehrik-e-Taliban Pakistan",
            "group",
        ),
        # A capital as the subject speaks for its country.
        ("Islamabad says the violence stems from militant groups.", "Islamabad", "country"),
        # A demonym counts as a mention of the country.
        ("Pakistani officials have long maintained that the Afghan Taliban has failed.", "Pakistani", "country"),
    ],
)
def test_mentions_are_repaired_and_typed(parse_text, sentence, name, kind):
    mentions = {m.name: m for m in find_mentions(parse_text(sentence))}
    assert mentions[name].kind == kind


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("“We will decimate the terrorists,” Tarar wrote on X. He added that talks failed.", "X"),
        ("Sources in Kabul, quoted by regional media, claimed that the talks failed.", "Kabul"),
        ("Those discussions came after explosions in Kabul on October 9.", "Kabul"),
        ("Apple CEO Steve Jobs announced the iPhone 3G in 2008.", "2008"),
    ],
)
def test_places_platforms_and_numbers_are_not_actors(parse_text, sentence, absent):
    assert absent not in {m.name for m in find_mentions(parse_text(sentence))}


@pytest.mark.parametrize(
    ("sentence", "person", "role", "affiliation"),
    [
        (
            "Pakistan’s Information Minister Attaullah Tarar confirmed on Wednesday that the "
            "discussions had yielded no progress.",
            "Attaullah Tarar",
            "Information Minister",
            "Pakistan",
        ),
        (
            "JSA Research defence analysist Paul Nesbit said that the contract could be worth more.",
            "Paul Nesbit",
            "defence analysist",
            "JSA Research",
        ),
    ],
)
def test_roles_and_affiliations_from_premodifiers(parse_text, sentence, person, role, affiliation):
    mention = next(m for m in find_mentions(parse_text(sentence)) if m.name == person)
    assert (mention.role, mention.affiliation) == (role, affiliation)


def test_surname_merges_into_the_full_name(parse_text):
    article = parse_text(
        "Northrop Grumman CEO Ron Sugar said the deal was a win. Sugar said the company hit a home run."
    )
    index = extract_actors([article])
    assert index.resolve("Sugar") == "Ron Sugar"
    sugar = index.actor("Ron Sugar")
    assert sugar is not None and sugar.mentions == 2 and sugar.aliases == ["Sugar"]


def test_ranking_adds_quotes_to_salience(parse_text):
    article = parse_text("Boeing and Airbus competed. Boeing said it would appeal. Airbus declined to comment.")
    actors = extract_actors([article]).actors
    ranked = rank_actors(actors, ["Airbus", "Airbus"])
    assert ranked[0].name == "Airbus"
