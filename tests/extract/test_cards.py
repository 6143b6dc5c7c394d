"""Cards: which merged groups are things or channels rather than actors, and their types."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.cards import (
    CARD_DROPS,
    CARD_TYPE_RULES,
    MENTION_DROPS,
    MODEL_DROPS,
    is_model_of,
)
from briefgen.extract.entities import MENTION_FILTERS
from briefgen.extract.rules import tracing
from tests.conftest import separate_articles


@pytest.mark.parametrize(
    ("name", "is_model"),
    [
        ("Apple TV", True),
        ("Ford Taurus", True),
        ("Apple Computer", False),  # org_designators
        ("Chrysler Holding LLC", False),
        ("GM Europe", False),  # a company's arm in a region
        ("EADS North America", False),
        ("Saab Automobile", False),
        ("Ford Australia", False),  # ... or a country
        ("Fordham University", False),  # not the maker's name plus words
        # ECB+ train (topic 11): a body "of" a country is its own, no product
        ("Central Election Commission of Turkmenistan", False),
        ("Democratic Party of Turkmenistan", False),
    ],
)
def test_a_makers_name_and_a_model_is_a_product(name, is_model):
    makers = {"apple", "ford", "chrysler", "gm", "eads", "saab"}
    makers |= {"central election commission", "democratic party"}
    assert is_model_of(name, makers) is is_model


def test_the_lists_keep_their_priority():
    names = [[r.name for r in rules] for rules in (MENTION_DROPS, CARD_DROPS, MODEL_DROPS)]
    assert names == [
        ["maker_run_into_model", "country_never_acts"],
        ["named_as_product", "lone_word_person", "channel_only"],
        ["model_named_after_maker"],
    ]
    assert [r.name for r in CARD_TYPE_RULES] == [
        "country_card",
        "armed_group_card",
        "organisation_by_role_noun",
        "person_by_evidence",
        "organisation_by_first_word",
        "type_of_full_name",
    ]


@pytest.mark.parametrize(
    ("text", "name", "kind", "rule"),
    [
        # MEANTIME apple: a role noun for an organisation.
        (
            "Apple's iTunes store passes U.S. electronics retailer Best Buy for the No. 2 spot.",
            "Best Buy",
            "organization",
            "organisation_by_role_noun",
        ),
        # MEANTIME airbus: tagged a person, called by its first word as an organisation.
        (
            "That contract was fought for between Boeing and Lockheed Martin, Lockheed "
            "ultimately winning the contest. Lockheed Martin's Atlas V and Boeing's Delta IV "
            "are two types of expendable rocket.",
            "Lockheed Martin",
            "organization",
            "organisation_by_first_word",
        ),
        # Seed: a name with an armed-group word.
        (
            "Islamabad says the violence stems from militant groups operating inside "
            "Afghanistan, particularly the Tehrik-e-Taliban Pakistan (TTP), which it accuses "
            "Kabul of sheltering.",
            "Tehrik-e-Taliban Pakistan",
            "group",
            "armed_group_card",
        ),
    ],
)
def test_a_cards_type_names_its_rule(parse_text, text, name, kind, rule):
    actor = extract_actors([parse_text(text)]).actor(name)
    assert actor is not None and actor.type == kind and actor.why[0] == rule


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        # Seed: a platform only written on.
        (
            "“Regrettably, the Afghan side gave no assurances, kept deviating from the core "
            "issue and resorted to blame game, deflection and ruses,” Tarar wrote on X. He "
            "added that Pakistan had engaged in the dialogue “in the spirit of peace”.",
            "X",
            "channel_only",
        ),
        # MEANTIME gm: a maker's name and a model name.
        (
            "Chrysler said it would cut the Chrysler Aspen from production. The Chrysler Aspen "
            "was a large sport utility vehicle.",
            "Chrysler Aspen",
            "model_named_after_maker",
        ),
        # MEANTIME airbus: a country only named as where a factory is.
        (
            "The first four aircraft will be assembled at the main Airbus factory in Toulouse, "
            "France. The plane first flew in France in 2005.",
            "France",
            "country_never_acts",
        ),
    ],
)
def test_a_dropped_card_says_which_rule_dropped_it(parse_text, text, name, rule):
    with tracing() as trace:
        index = extract_actors([parse_text(text)])
    assert index.actor(name) is None
    filters = {f.name for f in MENTION_FILTERS}  # a mention dropped before cards are made
    dropped = [
        d
        for d in trace.decisions
        if d.rule not in filters and d.subject == name and d.outcome == "dropped"
    ]
    assert dropped and {d.rule for d in dropped} == {rule}
    assert all(d.evidence for d in dropped)


def _mentions(name: str, kind: str, plural: bool, acts: bool = True, count: int = 3) -> list:
    from briefgen.extract.mentions import Mention
    from briefgen.model import Evidence

    evidence = [Evidence(source="s1", start=n, end=n + 1) for n in range(count)]
    return [Mention(name, kind, e, plural=plural, acts=acts) for e in evidence]


@pytest.mark.parametrize(
    ("name", "maker", "kind", "plural", "acts", "dropped"),
    [
        # MEANTIME gm: a maker's name and a model name is a product.
        ("Chrysler Aspen", "chrysler", "organization", False, True, True),
        # ECB+ 31 (train): a person the model also tagged once as an organisation "Tyler".
        ("Tyler Hansbrough", "tyler", "person", False, True, False),
        # ECB+ 25 (train): a place's name and a plural is a team ("the New Orleans Saints").
        ("New Orleans Saints", "new orleans", "organization", True, True, False),
        # MEANTIME apple: a maker's shops, where people work, not an actor.
        ("Apple Stores", "apple", "organization", True, False, True),
        # MEANTIME apple: a model the model tagged a person, doing nothing.
        ("MacBook Pro", "macbook", "person", False, False, True),
    ],
)
def test_people_and_teams_are_no_models(name, maker, kind, plural, acts, dropped):
    from briefgen.extract.cards import Card, Cast, model_named_after_maker

    card = Card(name, _mentions(name, kind, plural, acts))
    assert model_named_after_maker.fn(card, Cast(frozenset({maker}))) is dropped


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        # ECB+ train (7ecb): the body's acronym before "versions" of a title, introduced by
        # its full name (an org designator ends it): the body, no product.
        (
            "Klitschko (52-3, 46 knockouts) retained his International Boxing Federation title "
            "for the fifth time in the process. Wladimir Klitschko has held at least one "
            "major heavyweight belt since beating Chris Byrd for the IBF version in April 2006.",
            "International Boxing Federation",
            True,
        ),
        # MEANTIME apple: a product's name never given as a body's is still one.
        (
            "On Wednesday, Apple introduced an iPod capable of displaying video, as well as a new "
            "video section to the iTunes music store.",
            "iPod",
            False,
        ),
    ],
)
def test_a_body_named_with_a_designator_is_no_product(parse_text, text, name, kept):
    with tracing() as trace:
        index = extract_actors([parse_text(text)])
    assert (index.actor(name) is not None) is kept
    assert any(d.subject == name for d in trace.by("named_as_product")) is not kept


@pytest.mark.parametrize(
    ("texts", "name", "kept"),
    [
        # MEANTIME gm: a minister named by his surname only, quoted.
        (
            (
                '"Going forward, the industry will undoubtedly be smaller, but if our efforts are '
                'successful it will be viable and it will support good jobs for Canadians," said '
                "Clements.",
            ),
            "Clements",
            True,
        ),
        # AllSides develop (5689): a company the model tags a person says something.
        (
            (
                "Covid-19 vaccine for 5- to 11-year-olds is safe and shows 'robust' antibody "
                "response, Pfizer says",
            ),
            "Pfizer",
            True,
        ),
        # ECB+ train (31ecbplus): a surname of two people quoted stays apart, no card.
        (
            (
                "Doug McDermott finished with 23 points.",
                "Echenique had missed both of his shots in the first 20 minutes and, McDermott "
                "said, appeared to be down on himself.",
                "“We are a totally different team,” Greg McDermott said when asked what a "
                "fired-up Echenique means to his club.",
            ),
            "McDermott",
            False,
        ),
    ],
)
def test_a_lone_word_that_speaks_is_no_thing(parse_text, texts, name, kept):
    articles = separate_articles(parse_text, *texts)
    with tracing() as trace:
        index = extract_actors(articles)
    assert (index.actor(name) is not None) is kept
    assert kept is not any(d.subject == name for d in trace.by("lone_word_person"))
