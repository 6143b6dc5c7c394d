"""The quote-mark layer: the span group and the quoted tokens every quote extractor reads.

Sentences are from the seed article (inputs/istanbul-talks.txt).
"""

from __future__ import annotations

from briefgen.extract.quotemarks import QUOTES, is_quoted, quoted_spans

TARAR = (
    "“Regrettably, the Afghan side gave no assurances, kept deviating from the core issue and "
    "resorted to blame game, deflection and ruses,” Tarar wrote on X. He added that Pakistan had "
    "engaged in the dialogue “in the spirit of peace” but accused Kabul of “unabated support to "
    "anti-Pakistan terrorists.”"
)


def test_layer_writes_the_quoted_spans_trimmed_to_tokens(parse_text):
    doc = parse_text(TARAR).doc
    assert [span.text for span in doc.spans[QUOTES]] == [
        "Regrettably, the Afghan side gave no assurances, kept deviating from the core issue and "
        "resorted to blame game, deflection and ruses",  # the comma before the mark left out
        "in the spirit of peace",
        "unabated support to anti-Pakistan terrorists.",
    ]
    assert quoted_spans(doc) == list(doc.spans[QUOTES])


def test_layer_marks_the_tokens_inside_quote_marks(parse_text):
    doc = parse_text(TARAR).doc
    quoted = {t.text for t in doc if is_quoted(t)}
    assert {"Regrettably", "ruses", ",", "spirit", "terrorists"} <= quoted
    assert not {"Tarar", "wrote", "added", "accused", "Kabul"} & quoted
