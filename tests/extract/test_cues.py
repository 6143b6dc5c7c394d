"""Reporting cues: which rule finds the verb that reports a quote in marks.

Sentences are real news text: the seed article and MEANTIME Wikinews articles
(tests/data/meantime, CC BY 4.0; the file is named beside each case).
"""

from __future__ import annotations

import pytest

from briefgen.extract.cues import find_cue
from briefgen.extract.quotemarks import quoted_spans


@pytest.mark.parametrize(
    ("text", "rule", "cue"),
    [
        # seed: the cue after the quote governs it.
        (
            "“Regrettably, the Afghan side gave no assurances,” Tarar wrote on X.",
            "governing_cue",
            "wrote",
        ),
        # 87805_Indonesia_transport_minister: "continued", a listed cue (lexicon `quote_verbs`).
        (
            '"If aircraft are purchased and registered as Indonesian in Europe], we are worried '
            "the planes won't be able to fly to Indonesia because Indonesian airlines' aircraft "
            'are banned from flying over Europe," he continued.',
            "governing_cue",
            "continued",
        ),
        # PolNeAR train, The Western Journal 2016-06: an unlisted verb beside the quote.
        (
            "\u201cImagine Brad Thor going up against Trump and Clinton on the same stage,\u201d "
            "mused Blaze co-host Stu Burguiere.",
            "introducing_verb",
            "mused",
        ),
        # 60086_Ford_Taurus_to_be_revived: the cue in the sentence after a question.
        (
            '"How can it go away?" Alan Mulally remembered asking, "It\'s the best-selling car in '
            'America."',
            "cue_after_quote",
            "asking",
        ),
    ],
)
def test_first_cue_rule_finds_the_reporting_verb(parse_text, text, rule, cue):
    found = find_cue(quoted_spans(parse_text(text).doc)[0])
    assert found is not None
    assert (found[0].name, found[1][0].text) == (rule, cue)
