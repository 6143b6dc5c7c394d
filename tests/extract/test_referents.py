"""Which actor a word names: the referent rule, and for a pronoun the antecedent rule.

Sentences are real news text: the seed article (inputs/istanbul-talks.txt) and MEANTIME
Wikinews articles (tests/data/meantime, CC BY 4.0; the file is named beside each).
"""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.referents import (
    DJAMAL_HE,
    GALLOIS,
    MACFARLANE,
    PAULSON,
    ROMANIA,
    SINGAPORE_AIRBUS,
    TARAR_HE,
    TRUMP_PHONY,
)
from briefgen.extract.rules import tracing


@pytest.mark.parametrize(
    ("text", "rule", "subject", "outcome"),
    [
        (TARAR_HE, "person_name", "Tarar", "Attaullah Tarar"),
        (DJAMAL_HE, "unlabelled_surname", "Djamal", "Jusman Syafii Djamal"),
        (MACFARLANE, "courtesy_title", "MacFarlane", "MacFarlane"),
        (PAULSON, "surname_tagged_otherwise", "Paulson", "Henry Paulson"),
    ],
)
def test_a_pronoun_names_the_antecedent_its_rule_fits(parse_text, text, rule, subject, outcome):
    article = parse_text(text)
    with tracing() as trace:
        extract_quotes(article, extract_actors([article]))
    assert (subject, outcome) in {(d.subject, d.outcome) for d in trace.by(rule)}


@pytest.mark.parametrize(
    ("text", "rule", "speaker"),
    [
        (TRUMP_PHONY, "entity_surname", "Donald Trump"),
        (ROMANIA, "country_government", "Romania"),
        (SINGAPORE_AIRBUS, "body_noun", "Airbus"),
        # The first report of "the company president" is read as the president named last.
        (GALLOIS, "role_noun", "Scott Carson"),
    ],
)
def test_the_referent_rule_names_the_speaker(parse_text, text, rule, speaker):
    article = parse_text(text)
    with tracing() as trace:
        quotes = extract_quotes(article, extract_actors([article]))
    decided = trace.by(rule)
    assert decided and {d.outcome for d in decided} == {speaker}
    assert any(rule in q.why and q.speaker == speaker for q in quotes)
