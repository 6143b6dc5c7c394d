"""Mention types: each mention names the rules that found, repaired and typed it, and a name
typed as no actor is recorded as dropped."""

from __future__ import annotations

import pytest

from briefgen.extract.entities import find_mentions
from briefgen.extract.rules import tracing


@pytest.mark.parametrize(
    ("sentence", "name", "why"),
    [
        (
            "Islamabad says the violence stems from militant groups.",
            "Islamabad",
            ("capital_as_agent",),
        ),
        (
            "Pakistani officials have long maintained that the Afghan Taliban has failed.",
            "Afghan Taliban",
            ("leading_article_dropped", "armed_group"),
        ),
        (
            "Apple CEO Steve Jobs announced the iPhone 3G in 2008.",
            "Steve Jobs",
            ("tagged_person", "title_before_name"),
        ),
        (
            "Russian Foreign Minister Sergei Lavrov said Moscow remained open to dialogue but "
            "accused Kyiv of sabotaging the process.",
            "Kyiv",
            ("place_called_person", "capital_as_agent"),
        ),
        (
            "Mohamed Hamdan Dagalo, better known as Hemedti, said the RSF would abide by the "
            "truce.",
            "Hemedti",
            ("also_known_as",),
        ),
    ],
)
def test_a_mention_names_the_rules_that_made_and_typed_it(parse_text, sentence, name, why):
    mentions = {m.name: m for m in find_mentions(parse_text(sentence))}
    assert mentions[name].why == why


def test_a_name_typed_as_no_actor_is_recorded_dropped(parse_text):
    article = parse_text(
        "Barra, 51, will be the first woman to lead a firm in the American auto industry."
    )
    with tracing() as trace:
        find_mentions(article)
    assert [(d.subject, d.outcome) for d in trace.by("demonym_for_country")] == [
        ("American", "dropped")
    ]
