"""Quote marks that copy glued to the words beside them.

Scraped copy often drops the space on one side of a quote mark: `said,“Look, ...`,
`paranoia,”Clinton said`, `(R-S.C.):"I have ...`. spaCy's tokenizer splits a mark from a
word only at a token's edge, so `paranoia,”Clinton` stays one token: the quote then ends
inside a word, and the name after it is no subject of the cue. `split_glued_quote_marks`
adds the rule's pattern to the tokenizer's infixes, so the mark and the punctuation before
it become tokens of their own. The parse is cached; `record_glued_quote_marks` re-reads the
splits from the parse so that traces and `briefgen explain` show them on cached runs too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.extract.rules import record, rule

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

    from briefgen.extract import ParsedArticle

_MARKS = '"“”'
# Punctuation a quote mark closes after, or opens after (a dash, a colon), with no space.
_BEFORE = ",.:;?!—–"
# The split, as tokenizer infixes: the punctuation between a lower-case word (or a closing
# bracket) and a glued mark; the mark after that punctuation; a mark between two words.
# Lower case only before the punctuation, so an abbreviation ("U.S.") keeps its stop.
GLUED_MARK = re.compile(
    rf"(?<=[a-z0-9)])[{_BEFORE}](?=[{_MARKS}]\w)"
    rf"|(?<=[{_BEFORE}])[{_MARKS}](?=\w)"
    rf"|(?<=[a-z])[{_MARKS}](?=\w)"
)


@rule(
    "token",
    example="Ryan said,“Look, anti-Semitic images, they’ve got no place in a presidential "
    "campaign.” Trump deleted the tweet.",
)
def glued_quote_mark(token: Token) -> bool:
    """A quote mark with no space on either side, after punctuation or a lower-case word
    and before a word, is a token of its own: `said,“Look`, `paranoia,”Clinton said`,
    `(R-S.C.):"I have`."""
    doc = token.doc
    return (
        0 < token.i < len(doc) - 1
        and token.text in _MARKS
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
        and GLUED_MARK.match(doc.text, token.idx) is not None
    )


def split_glued_quote_marks(nlp: Language) -> None:
    """Put `GLUED_MARK` before the tokenizer's own infixes (a pipeline whose tokenizer is
    no spaCy `Tokenizer` is left as it is)."""
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    own = getattr(getattr(tokenizer.infix_finditer, "__self__", None), "pattern", None)
    pattern = GLUED_MARK.pattern if own is None else f"{GLUED_MARK.pattern}|{own}"
    tokenizer.infix_finditer = re.compile(pattern).finditer


def record_glued_quote_marks(article: ParsedArticle) -> None:
    """Note each mark the rule split off in the active trace, with its evidence."""
    doc = article.doc
    for token in doc:
        if glued_quote_mark.fn(token):
            span = doc[max(token.i - 2, 0) : token.i + 3]
            record(glued_quote_mark, span.text, "quote mark split", [article.span_evidence(span)])
