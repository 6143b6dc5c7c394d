"""Names the model missed: described as organisations, or surnames given in full before."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.entities import find_mentions


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        # MEANTIME gm: the model tags no "Opel" at all; the apposition says it is a division,
        # and then every use of the name in the article is a mention.
        (
            "The US car manufacturer General Motors said that it would axe 10,000 jobs at its "
            "European division, Opel. A day before the announcement, GM said it was cancelling "
            "a deal to sell Opel to Magna, a Canadian automobile parts company.",
            "Opel",
            2,
        ),
        # MEANTIME gm: a kind of organisation before the name ("the British union Unite").
        (
            '"It is the best decision for Britain and our plants," said the general secretary '
            "of the British union Unite, Tony Woodley.",
            "Unite",
            1,
        ),
        # Without a description the text gives no reason to call a word a name.
        (
            "A day before the announcement, GM said it was cancelling a deal to sell Opel.",
            "Opel",
            0,
        ),
    ],
)
def test_names_the_text_describes_as_organisations(parse_text, text, name, mentions):
    found = [m for m in find_mentions(parse_text(text)) if m.name == name]
    assert len(found) == mentions
    assert all(m.kind == "organization" for m in found)


def test_a_surname_the_model_leaves_untagged_is_a_mention(parse_text):
    # MEANTIME apple: the last "Papermaster" has no tag; the article named him in full.
    text = (
        "Mark Papermaster, formerly an Apple Inc. executive overseeing hardware engineering for "
        "the company's iPhone, is stepping down from his post. Apple confirmed that "
        "Papermaster, 49, had left the company, but did not say whether he decided to leave or "
        "was forced out. Papermaster did not comment on the situation."
    )
    actor = extract_actors([parse_text(text)]).actor("Mark Papermaster")
    assert actor is not None and actor.mentions == 3


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        (
            "The UN Office for the Coordination of Humanitarian Affairs (OCHA) warned that "
            "funding for Afghanistan had fallen sharply this year.",
            "Office for the Coordination of Humanitarian Affairs",
            "acronym_defines_name",
        ),
        (
            "The US car manufacturer General Motors said that it would axe 10,000 jobs at its "
            "European division, Opel.",
            "Opel",
            "described_as_organisation",
        ),
        (
            "Mark Papermaster, formerly an Apple Inc. executive overseeing hardware engineering "
            "for the company's iPhone, is stepping down from his post. Apple confirmed that "
            "Papermaster, 49, had left the company, but did not say whether he decided to leave "
            "or was forced out. Papermaster did not comment on the situation.",
            "Papermaster",
            "surname_of_full_name",
        ),
    ],
)
def test_a_missed_name_names_the_rule_that_found_it(parse_text, text, name, rule):
    found = [m for m in find_mentions(parse_text(text)) if m.name == name]
    assert found and any(m.why[0] == rule for m in found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # ECB+ train (29ecb): an NFL team the model leaves untagged.
        (
            "The Colts, trailing 14-0 at the start of the second quarter, scored 17 unanswered "
            "points in the fourth quarter to clinch their eighth straight win.",
            ["Colts"],
        ),
        # MEANTIME apple (37313): a band, as possessor.
        (
            "The Beatles' Apple Corps has filed a lawsuit against computer and electronics "
            "maker Apple Computer.",
            ["Beatles"],
        ),
        # ECB+ train (29ecbplus): the team only as an object, never a subject: not found.
        (
            "Brady Quinn threw two interceptions, both of which had a devastating effect on "
            "the Chiefs.",
            [],
        ),
    ],
)
def test_a_plural_name_with_the_article_that_acts_is_an_organisation(parse_text, text, found):
    mentions = find_mentions(parse_text(text))
    named = [m.name for m in mentions if "plural_name_with_article" in m.why]
    assert named == found
    assert all(m.kind == "organization" for m in mentions if m.name in found)
