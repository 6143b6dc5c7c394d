"""Sentence starts that scraped copy glued to the sentence before.

Text taken from news pages often runs a headline, a photo caption or a dateline into the
story with no full stop: "Michael Jackson headboard withdrawn from auction The value of ...".
The parser then reads one long sentence, and a bullet, a timeline row or a quote built from it
carries a headline in its middle. The component `briefgen_glued_sentences` runs inside the
parsing pipeline, after the tagger and before the parser (which keeps sentence starts set
before it), and starts a sentence where the rule `glued_sentence` says the text glued two.
The parse is cached; `record_glued_sentences` re-reads the decisions from the parse so that
traces and `briefgen explain` show them on cached runs too.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from briefgen.extract import ParsedArticle
from briefgen.extract.labels import BINDS_FORWARD_TAGS, OPENER_TAGS
from briefgen.extract.rules import record, rule

GLUED = "briefgen_glued_sentences"


@rule(
    "sentence",
    example="Michael Jackson headboard withdrawn from auction The headboard from the bed in "
    "which Michael Jackson died has been withdrawn from auction at the request of his family, "
    "Julien's Auctions has said.",
)
def glued_sentence(token: Token) -> bool:
    """A capitalised determiner or pronoun right after a lowercase word or a number, with
    only a space between and a lowercase word after it, starts a sentence: "... withdrawn
    from auction The value of ...", "... for almost a month The first oil ...". A name that
    begins with "The" ("the newspaper The Independent") is capitalised after it, "I" is
    always capitalised, and a determiner after a verb or preposition ("told The Times")
    belongs to its sentence."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or token.text == "I":
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return (
        token.tag_ in OPENER_TAGS
        and token.is_title
        and after.is_lower
        and after.is_alpha
        and before.whitespace_ == " "
        and ((before.is_lower and before.is_alpha) or before.is_digit)
        and before.tag_ not in BINDS_FORWARD_TAGS
    )


@Language.component(GLUED, assigns=["token.is_sent_start"])
def split_glued_sentences(doc: Doc) -> Doc:
    """Start a sentence at each token `glued_sentence` marks (run before the parser)."""
    for token in doc:
        if token.i and token.is_sent_start is not True and glued_sentence.fn(token):
            token.is_sent_start = True
    return doc


def record_glued_sentences(article: ParsedArticle) -> None:
    """Note each sentence start the rule made in the active trace, with its evidence."""
    for sentence in article.doc.sents:
        if glued_sentence.fn(sentence[0]):
            evidence = article.span_evidence(sentence)
            record(glued_sentence, sentence[:6].text, "sentence start", [evidence])
