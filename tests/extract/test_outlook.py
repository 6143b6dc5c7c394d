"""Outlook: forward-looking sentences with kind, hedging, speaker and a short phrase."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.outlook import extract_outlook, merge_outlook, phrase


def items_of(parse_text, sentence):
    article = parse_text(sentence)
    return extract_outlook(article, extract_actors([article]), [])


def test_seed_outlook(seed_brief):
    items = {(o.kind, o.speaker, o.text[:48]) for o in seed_brief.outlook}
    assert ("next_step", "Qatar", "Both Qatar and Turkey have reportedly urged rest") in items
    assert ("risk", None, "Analysts warn that without clear communication c") in items
    assert ("next_step", "Pakistan", "Islamabad is reportedly considering additional b") in items
    assert (
        "position",
        "Attaullah Tarar",
        "“We will continue to take all possible measures ",
    ) in items
    assert ("risk", None, "Diplomats familiar with the talks said the two s") in items
    for item in seed_brief.outlook:
        assert len(item.text) <= len(seed_brief.excerpt(item.evidence))


def test_outlook_is_ranked_by_speaker_and_kind(seed_brief):
    speakers = [item.speaker for item in seed_brief.outlook]
    assert speakers.index("Pakistan") < speakers.index(None)


@pytest.mark.parametrize(
    ("sentence", "kind", "hedging"),
    [
        # Real sentences (the seed; MEANTIME/Wikinews, CC BY 4.0).
        (
            "Islamabad is reportedly considering additional border fortifications.",
            "next_step",
            "possible",
        ),
        (
            "Analysts warn that another round of border violence may be imminent.",
            "risk",
            "possible",
        ),
        ("Boeing expects to deliver the first 787 in May 2008.", "forecast", "likely"),
        (
            "The deal could push the value of the contract as high as US$100 billion.",
            "forecast",
            "possible",
        ),
        ("“We will decimate the terrorists,” he said.", "position", "certain"),
        (
            "Tarar warned that the country would not allow the threat from Afghan-based "
            "militants to persist.",
            "position",
            "likely",
        ),
        (
            "Diplomats said the two sides failed to agree on a verification mechanism to ensure "
            "compliance with any future ceasefire.",
            "risk",
            "possible",
        ),
    ],
)
def test_forward_looking_kinds(parse_text, sentence, kind, hedging):
    (item,) = items_of(parse_text, sentence)
    assert (item.kind, item.hedging) == (kind, hedging)


@pytest.mark.parametrize(
    "sentence",
    [
        "Intelligence reports suggest that the group continues to use Afghan soil to plan attacks.",
        "The clashes left dozens dead on both sides.",
        "Those discussions came after explosions in Kabul on October 9.",
        # Past reports of expectations are history, not outlook (MEANTIME, gm cluster).
        "The increase was better than analysts had predicted.",
        "AirTran Airways would like to thank the many Boeing employees for their hard work.",
    ],
)
def test_past_and_present_reports_are_not_outlook(parse_text, sentence):
    assert items_of(parse_text, sentence) == []


def test_phrase_drops_asides(parse_text):
    article = parse_text(
        "Both Qatar and Turkey, which helped broker the discussions, "
        "have reportedly urged restraint."
    )
    (sentence,) = article.doc.sents
    assert phrase(sentence) == "Both Qatar and Turkey have reportedly urged restraint."


def test_the_same_statement_in_two_articles_is_one_item(parse_text):
    sentence = "Islamabad is reportedly considering additional border fortifications."
    first, second = parse_text(sentence), parse_text("Talks failed. " + sentence)
    second = type(second)(
        second.source.model_copy(update={"id": "s2"}), second.doc, second.anchor, False
    )
    actors = extract_actors([first, second])
    items = merge_outlook(
        [*extract_outlook(first, actors, []), *extract_outlook(second, actors, [])]
    )
    (item,) = items
    assert (item.evidence.source, [e.source for e in item.also]) == ("s1", ["s2"])
