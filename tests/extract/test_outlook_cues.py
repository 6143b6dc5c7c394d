"""Outlook cues: which signal makes a sentence forward-looking, its kind and its hedging."""

from __future__ import annotations

import pytest

from briefgen.extract.outlook_cues import HEDGING_RULES, OUTLOOK_CUES, forward_cue
from briefgen.extract.rules import tracing


def cue_of(parse_text, sentence):
    article = parse_text(sentence)
    (parsed,) = article.doc.sents
    return forward_cue(parsed, article)


@pytest.mark.parametrize(
    ("sentence", "kind", "hedging", "why"),
    [
        # Real sentences (the seed; MEANTIME/Wikinews, CC BY 4.0).
        (
            "Islamabad is reportedly considering additional border fortifications.",
            "next_step",
            "possible",
            ("outlook_cue_word", "cue_word_hedging"),
        ),
        (
            "Analysts warn that another round of border violence may be imminent.",
            "risk",
            "possible",
            ("outlook_cue_word", "cue_word_hedging"),
        ),
        (
            "Boeing expects to deliver the first 787 in May 2008.",
            "forecast",
            "likely",
            ("outlook_cue_word", "cue_word_hedging"),
        ),
        (
            "The deal could push the value of the contract as high as US$100 billion.",
            "forecast",
            "possible",
            ("modal_forecast", "modal_hedging"),
        ),
        (
            "“We will decimate the terrorists,” he said.",
            "position",
            "certain",
            ("stated_intention", "future_tense_certain"),
        ),
        (
            "60% of the parts will be supplied by domestic manufacturers.",
            "forecast",
            "certain",
            ("future_tense_forecast", "future_tense_certain"),
        ),
        (
            "Tarar warned that the country would not allow the threat from Afghan-based "
            "militants to persist.",
            "position",
            "likely",
            ("reported_would", "modal_hedging"),
        ),
        (
            "Diplomats said the two sides failed to agree on a verification mechanism to ensure "
            "compliance with any future ceasefire.",
            "forecast",
            "possible",
            ("future_mention", "future_mention_possible"),
        ),
        (
            "“This is just the beginning,” he said, hinting at future labor action.",
            "forecast",
            "possible",
            ("future_mention", "future_mention_possible"),
        ),
    ],
)
def test_kind_hedging_and_the_rules_that_read_them(parse_text, sentence, kind, hedging, why):
    cue = cue_of(parse_text, sentence)
    assert cue is not None
    assert (cue.kind, cue.hedging, cue.why) == (kind, hedging, why)


@pytest.mark.parametrize(
    ("sentence", "dropped_by"),
    [
        (
            "Intelligence reports suggest that the group continues to use Afghan soil to plan "
            "attacks.",
            "infinitive_cue",
        ),
        ("The increase was better than analysts had predicted.", "past_form_cue"),
        (
            "AirTran Airways would like to thank the many Boeing employees for their hard work.",
            "courtesy_would",
        ),
        (
            'The release of the "Dreamliner" is almost two and a half years behind schedule.',
            "cue_word_not_verb_or_adjective",
        ),
    ],
)
def test_a_rejected_carrier_is_recorded_as_dropped(parse_text, sentence, dropped_by):
    with tracing() as trace:
        assert cue_of(parse_text, sentence) is None
    (decision,) = trace.by(dropped_by)
    assert decision.outcome == "dropped"
    assert decision.evidence


def test_a_cue_word_comes_before_a_modal_in_the_same_sentence(parse_text):
    cue = cue_of(parse_text, "Analysts warn that another round of border violence may be imminent.")
    assert cue is not None and cue.token.lemma_ == "warn"


def test_every_signal_and_hedging_rule_is_registered_once():
    names = [r.name for s in OUTLOOK_CUES for r in (*s.filters, *s.kinds)]
    names += [r.name for r in HEDGING_RULES]
    assert len(names) == len(set(names))
    assert [s.name for s in OUTLOOK_CUES] == ["cue word", "modal", "future"]
