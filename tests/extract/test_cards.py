"""Cards: which merged groups are things or channels rather than actors."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefgen.extract.cards import is_model_of, is_product_line
from briefgen.extract.entities import Mention
from briefgen.model import Evidence


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
    ],
)
def test_a_makers_name_and_a_model_is_a_product(name, is_model):
    assert is_model_of(name, {"apple", "ford", "chrysler", "gm", "eads", "saab"}) is is_model


@pytest.mark.parametrize(
    ("used", "speaks", "family"),
    [
        # MEANTIME apple: the brief names "MacBook Pro" and "MacBook Air" beside "MacBook".
        ({"macbook", "macbook pro", "macbook air"}, False, True),
        ({"macbook", "macbook pro"}, False, False),  # one model word may be part of a name
        ({"macbook", "macbook pro", "macbook air"}, True, False),  # a name that speaks acts
    ],
)
def test_a_name_used_with_two_model_words_is_a_product_family(used, speaks, family):
    mention = Mention("MacBook", "organization", Evidence(source="s1", start=0, end=7))
    assert is_product_line("MacBook", [replace(mention, speaks=speaks)], used) is family
