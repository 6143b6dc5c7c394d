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
        # A state or a fate is no intention: a copula, a passive (AllSides develop, The Hill;
        # MEANTIME gm; T17 BP oil spill, Guardian).
        (
            "When Hochul takes over, she will be the first woman to serve as governor in the "
            "state's history.",
            "forecast",
            "certain",
            ("future_tense_forecast", "future_tense_certain"),
        ),
        (
            "Barra, 51, will be the first woman to lead a firm in the American auto industry.",
            "forecast",
            "certain",
            ("future_tense_forecast", "future_tense_certain"),
        ),
        (
            "BP will be held accountable for costs of the government in responding to the spill "
            "and compensation for loss or damages.",
            "forecast",
            "certain",
            ("future_tense_forecast", "future_tense_certain"),
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
        # A call by the speaker, and an expectation (AllSides develop, Fox Business; T17 BP oil
        # spill, Guardian).
        (
            'The lawmakers said McConnell should support a suspension of the limit to "avert a '
            'manufactured crisis."',
            "position",
            "likely",
            ("reported_should", "modal_hedging"),
        ),
        (
            "Obama said efforts to contain the leak should capture 90% of the leaking oil in the "
            "coming days and weeks.",
            "forecast",
            "likely",
            ("modal_forecast", "modal_hedging"),
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
        # A condition or a question (AllSides develop, Fox News; MEANTIME airbus; PolNeAR train,
        # USA Today; T17 BP oil spill, Guardian).
        (
            "Hochul issued a statement on Saturday that said she is prepared to declare a state "
            "of emergency to shore up staffing at medical facilities should unvaccinated workers "
            "fail to comply with the mandate.",
            "inverted_modal",
        ),
        (
            "However, he went on to say that should a manufacturer be willing to pay the cost he "
            "did not object to the purchase of the aircraft.",
            "inverted_modal",
        ),
        ("Will Cruz's gambit do any better?", "inverted_modal"),
        ("Could golf balls and tyres now stop the oil flow?", "inverted_modal"),
        # What was thought likely then (PolNeAR train: Breitbart, New York Times; MEANTIME apple).
        (
            "Democratic leaders hoped the meeting, requested by Sanders, would be a moment of "
            "catharsis for the party.",
            "backshifted_modal",
        ),
        ("Conservatives thought this Supreme Court term would be different.", "backshifted_modal"),
        (  # MEANTIME gm
            "The reports surprised most analysts, who had forecast that the auto company would "
            "lose money.",
            "backshifted_modal",
        ),
        # What someone was unable to do (AllSides develop, Guardian; PolNeAR train, Washington
        # Post).
        (
            "Police reform talks in Congress have fallen apart, as lawmakers could not strike a "
            "bipartisan deal despite the loudest calls in years to root out law enforcement "
            "violence against Black Americans.",
            "past_inability",
        ),
        (
            "Campaign and legal representatives for Trump could not be reached for comment "
            "Saturday.",
            "past_inability",
        ),
        (
            "The 1991 agreement was that Apple Computer would not sell music branded with an "
            "apple.",
            "backshifted_modal",
        ),
    ],
)
def test_a_rejected_carrier_is_recorded_as_dropped(parse_text, sentence, dropped_by):
    with tracing() as trace:
        assert cue_of(parse_text, sentence) is None
    (decision,) = trace.by(dropped_by)
    assert decision.outcome == "dropped"
    assert decision.evidence


@pytest.mark.parametrize(
    "sentence",
    [
        # Reported speech and a speaker's own modal stay an outlook (T17 BP oil spill, Guardian;
        # PolNeAR train, Breitbart).
        "Nansen Saleri, a Gulf drilling expert, said he hoped BP would meet its August timetable "
        "for capping the blown-out well, but made it clear success was not certain.",
        "\u201cThe first loser of such a policy would be the United States,\u201d he continued.",
    ],
)
def test_reported_and_quoted_modals_stay_an_outlook(parse_text, sentence):
    assert cue_of(parse_text, sentence) is not None


def test_a_cue_word_comes_before_a_modal_in_the_same_sentence(parse_text):
    cue = cue_of(parse_text, "Analysts warn that another round of border violence may be imminent.")
    assert cue is not None and cue.token.lemma_ == "warn"


def test_every_signal_and_hedging_rule_is_registered_once():
    names = [r.name for s in OUTLOOK_CUES for r in (*s.filters, *s.kinds)]
    names += [r.name for r in HEDGING_RULES]
    assert len(names) == len(set(names))
    assert [s.name for s in OUTLOOK_CUES] == ["cue word", "modal", "future"]
