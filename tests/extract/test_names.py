"""Names compared: spelling variants, and the short form an article uses for a longer name."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.names import spelling_variants


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # Romanisations of one Pashto/Arabic name, as spelled by different outlets.
        ("zabihullah mujahid", "zabiullah mujahid", True),
        ("amir khan muttaqi", "amir khan mottaki", True),
        ("douglas aircraft comany", "douglas aircraft company", True),
        # Different people and places that merely look alike.
        ("daniel akerson", "daniel ammann", False),
        ("austrian airlines", "australian airlines", False),
        ("ford motor company", "fiat motor company", False),
    ],
)
def test_spelling_variant_rule(a, b, same):
    assert spelling_variants(a, b) is same


def test_a_short_form_with_the_article_is_the_longer_name_in_its_article(parse_text):
    # MEANTIME airbus: "the Air Force" after "the U.S. Air Force" in one article.
    text = (
        "The Government Accountability Office on June 18 called for a re-run of the bidding for "
        "the U.S. Air Force $40 billion tanker contract, citing major flaws in the process. "
        "When the Air Force selected Los Angeles based Northrop Grumman on February 29 to build "
        "the aircraft, Boeing challenged the award."
    )
    index = extract_actors([parse_text(text)])
    assert index.actor("Air Force") is None
    assert index.actor("U.S. Air Force") is not None


def test_one_word_is_too_little_to_tell_a_short_form(parse_text):
    # MEANTIME gm: "the House" is not the "White House" shortened.
    text = (
        "The White House says that the collapse of the automakers would be a terrible "
        "setback. Although the House approved the measures, the Senate voted the proposition "
        "down with a vote of 52-35."
    )
    index = extract_actors([parse_text(text)])
    assert index.actor("House") is not None and index.actor("White House") is not None


def test_one_word_is_enough_where_the_rest_only_places_the_institution(parse_text):
    # EU competition news, March 2024: "the Commission" is the European Commission.
    text = (
        "The European Commission fined Apple 1.84 billion euros on Monday. The fine is the "
        "first the Commission has imposed on Apple."
    )
    index = extract_actors([parse_text(text)])
    commission = index.actor("European Commission")
    assert commission is not None and commission.mentions == 2
    assert index.actor("Commission") is None
