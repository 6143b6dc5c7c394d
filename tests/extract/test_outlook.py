"""Outlook: forward-looking sentences with kind and speaker."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.outlook import extract_outlook


def test_seed_outlook(seed_brief):
    items = {(o.kind, o.speaker, o.text[:40]) for o in seed_brief.outlook}
    assert ("next_step", "Qatar", "Both Qatar and Turkey, which helped brok") in items
    assert ("risk", None, "Analysts warn that without clear communi") in items
    assert ("next_step", "Pakistan", "Islamabad is reportedly considering addi") in items
    assert ("position", "Attaullah Tarar", "“We will decimate the terrorists, their ") in items


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # Real sentences (seed; MEANTIME/Wikinews, CC BY 4.0).
        ("Islamabad is reportedly considering additional border fortifications.", "next_step"),
        ("Analysts warn that another round of border violence may be imminent.", "risk"),
        ("Boeing expects to deliver the first 787 in May 2008.", "forecast"),
        ("The deal could push the value of the contract as high as US$100 billion.", "forecast"),
        ("“We will decimate the terrorists,” he said.", "position"),
    ],
)
def test_forward_looking_kinds(parse_text, sentence, kind):
    article = parse_text(sentence)
    (item,) = extract_outlook(article, extract_actors([article]), [])
    assert item.kind == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Intelligence reports suggest that the group continues to use Afghan soil to plan attacks.",
        "The clashes left dozens dead on both sides.",
        "Those discussions came after explosions in Kabul on October 9.",
    ],
)
def test_past_and_present_reports_are_not_outlook(parse_text, sentence):
    article = parse_text(sentence)
    assert extract_outlook(article, extract_actors([article]), []) == []
