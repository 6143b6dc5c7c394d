"""A place the model tags with a person's full name is that person when the brief names the
person so twice (real sentences; sources named per case)."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.rules import tracing
from tests.conftest import separate_articles


@pytest.mark.parametrize(
    ("texts", "person"),
    [
        # ECB+ train (7ecb): a boxer's name in a boxing card's line, tagged a place.
        (
            (
                "Heavyweight Champion, Wladimir Klitschko, 53-3, 47 KO's, easily dismantled "
                "former 2-Time Heavyweight Champion, Hasim Rahman, 45-7-2, 36 KO's, in the "
                "seventh round.",
                "Wladimir Klitschko defended his IBF heavyweight crown by stopping Hasim Rahman "
                "in the seventh round at SAP Arena on Saturday.",
                "Wladimir Klitschko has held at least one major heavyweight belt since beating "
                "Chris Byrd for the IBF version in April 2006.",
            ),
            "Wladimir Klitschko",
        ),
        # ECB+ train (19ecb): a prime minister's name after "government of", tagged a place.
        (
            (
                "The center-right government of Costas Karamanlis, increasingly unpopular amid "
                "mounting economic problems, didn't anticipate or understand how the anger had "
                "spiraled.",
                "However, Prime Minister Costas Karamanlis has dismissed calls to quit, saying "
                'the country needs "a steady hand on the helm" to deal with the current '
                "financial crisis.",
                "The prime minister, Costas Karamanlis, has ignored mounting calls for his "
                "resignation.",
            ),
            "Costas Karamanlis",
        ),
    ],
)
def test_a_place_named_as_a_person_is_the_person(parse_text, texts, person):
    with tracing() as trace:
        index = extract_actors(separate_articles(parse_text, *texts))
    assert (person, "person") in {(d.subject, d.outcome) for d in trace.by("place_as_person")}
    card = index.actor(person)
    assert card is not None and card.type == "person"
    assert {e.source for e in card.evidence} == {"s1", "s2", "s3"}


@pytest.mark.parametrize(
    "texts",
    [
        # MEANTIME gm: a town the model tags a place, named once as a plant's.
        (
            "By the end of this year, the Atlanta and St. Louis plants will be closed. Atlanta "
            "makes the Ford Taurus sedan.",
        ),
        # ECB+ train (7ecb): the full name given to a person once only.
        (
            "Heavyweight Champion, Wladimir Klitschko, 53-3, 47 KO's, easily dismantled "
            "former 2-Time Heavyweight Champion, Hasim Rahman, 45-7-2, 36 KO's, in the "
            "seventh round.",
            "Wladimir Klitschko defended his IBF heavyweight crown by stopping Hasim Rahman "
            "in the seventh round at SAP Arena on Saturday.",
        ),
    ],
)
def test_a_place_is_no_person_without_the_brief_saying_so_twice(parse_text, texts):
    with tracing() as trace:
        extract_actors(separate_articles(parse_text, *texts))
    assert not trace.by("place_as_person")
