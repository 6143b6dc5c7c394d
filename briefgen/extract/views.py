"""Views of a Doc that rules read many times, kept once per article by the annotation layer.

spaCy hands out a new Python object for every token and span it is asked for: `doc.text` and
`span.text` build every token they cover, `doc.ents` and `span.ents` every entity of the whole
document, on each access. Read in rule loops (per sentence, mention, quote or clause) they
built 8.4 M Token objects past the parse of 300 articles. The layer keeps the Doc's text (it
equals the article's text, so a span's text is a slice of it) and the model's entities in
text order, once; rules read `text_of(span)` and `ents.model_ents` / `ents.ents_in` instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

VIEWS = "briefgen_views"


@dataclass(frozen=True)
class Views:
    """What the rules read of one Doc, built once."""

    text: str  # doc.text, built from the token table, not from Token objects
    ents: tuple[Span, ...]  # the model's entities in text order (they never overlap)


@Language.component(VIEWS)
def annotate_views(doc: Doc) -> Doc:
    """Keep the Doc's views in `doc.user_data` (the parse is cached before this runs)."""
    doc.user_data[VIEWS] = Views(_text(doc), tuple(doc.ents))
    return doc


def views(doc: Doc) -> Views:
    """The Doc's views (built now when the layer has not run, as in a unit test)."""
    found = doc.user_data.get(VIEWS)
    if not isinstance(found, Views):
        found = annotate_views(doc).user_data[VIEWS]
    return found


def text_of(span: Span | Doc) -> str:
    """`span.text` (or `doc.text`), sliced from the Doc's text without building its tokens."""
    if isinstance(span, Doc):
        return views(span).text
    return views(span.doc).text[span.start_char : span.end_char]


def _text(doc: Doc) -> str:
    """`doc.text`: each token's text, then one space where it has trailing whitespace."""
    strings = doc.vocab.strings
    table = doc.to_array([ORTH, SPACY]).tolist() if len(doc) else []
    return "".join(strings[orth] + " " if space else strings[orth] for orth, space in table)
