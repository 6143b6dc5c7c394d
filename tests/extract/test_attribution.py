"""Who said a quote: the speaker rule, the subject rule and the referent rule behind each.

Sentences are real news text: the seed article (inputs/istanbul-talks.txt) and MEANTIME
Wikinews articles (tests/data/meantime, CC BY 4.0; the file is named beside each case).
"""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.attribution import SPEAKER_RULES, unattributed
from briefgen.extract.colon_labels import ROCHE
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.referents import AER_LINGUS, GALLOIS, TARAR_HE
from briefgen.extract.rules import tracing
from briefgen.extract.speakers import DJAMAL, OSTROWER

ZETSCHE = (  # 118175_White_House_considering_auto_rescue_plan
    "Following some speculation that the companies Daimler-Benz (Mercedes-Benz) and Chrysler, "
    "which merged together in 1998 to make DaimlerChrysler, would split, chairman Dieter Zetsche "
    'denied allegations. "We do not exclude any option in order to find the best solution for '
    'both the Chrysler Group and DaimlerChrysler."'
)
JOBS = (  # 60083_Apple_Corps_resolve
    '"We love the Beatles, and it has been painful being at odds with them over these '
    'trademarks," said Apple Inc. CEO Steve Jobs. "It feels great to resolve this in a positive '
    "manner, and in a way that should remove the potential of further disagreements in the "
    'future."'
)


@pytest.mark.parametrize(
    ("text", "index", "speaker", "rules"),
    [
        (TARAR_HE, -1, "Attaullah Tarar", ["cue_subject", "verb_subject", "pronoun_antecedent"]),
        (ROCHE, 1, "James Roche", ["transcript_label", "repaired_name"]),
        (JOBS, 1, "Steve Jobs", ["continued_quote"]),
        (ZETSCHE, 0, "Dieter Zetsche", ["introducing_sentence", "verb_subject", "repaired_name"]),
        (DJAMAL, 0, "Jusman Syafii Djamal", ["cue_subject", "quoted_as_saying", "repaired_name"]),
        (OSTROWER, 0, "John Ostrower", ["cue_subject", "name_beside_cue", "repaired_name"]),
        (AER_LINGUS, 1, "Dermot Mannion", ["cue_subject", "verb_subject", "capitalised_surname"]),
        # 73808_Boeing_unveils_new_787_Dreamliner: "the company president" is read as the
        # president named last (the speaker is Louis Gallois, whom the model does not tag).
        (GALLOIS, 1, "Scott Carson", ["cue_subject", "verb_subject", "role_noun"]),
    ],
)
def test_quote_why_names_the_finding_then_the_speaker_rules(
    parse_text, text, index, speaker, rules
):
    article = parse_text(text)
    quotes = [q for q in extract_quotes(article, extract_actors([article])) if q.kind != "indirect"]
    quote = quotes[index]
    assert quote.speaker == speaker
    assert quote.why[0] in ("direct_clause", "partial_fragment")
    assert quote.why[-len(rules) :] == rules


def test_every_quote_records_the_rule_that_gave_its_speaker(parse_text):
    # six words: a shorter unattributed quote is no quote (`unframed`)
    article = parse_text("“Never closed, this quote runs on.\nNext paragraph has no mark.")
    with tracing() as trace:
        quotes = extract_quotes(article, extract_actors([article]))
    assert [(q.speaker, q.why) for q in quotes] == [(None, ["direct_clause", "unattributed"])]
    [decision] = trace.by("unattributed")
    assert (decision.subject, decision.outcome) == (
        "Never closed, this quote runs on.",
        "no speaker",
    )
    assert SPEAKER_RULES[-1] is unattributed
