"""The annotation layer: briefgen's own spaCy components, run over each Doc after the parse.

The parse is cached; this layer is not (it is briefgen's code, and changes with it). Each
component is registered with `@Language.component` in the module that owns its decisions and
writes a span group (`doc.spans[...]`) and `Span._` attributes, so every extractor reads one
view of the entities, temporal expressions and quote marks. No extractor keeps a cache of its
own keyed by Doc.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

from briefgen.budget import check

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# (component name, module that registers it), in the order they run.
ANNOTATORS: tuple[tuple[str, str], ...] = (
    ("briefgen_views", "briefgen.extract.views"),
    ("briefgen_model_ents", "briefgen.extract.ents"),
    ("briefgen_entities", "briefgen.extract.spans"),
    ("briefgen_timexes", "briefgen.extract.dates"),
    ("briefgen_quote_marks", "briefgen.extract.quotemarks"),
)

# Set on a Doc once the layer has run over it, so annotating twice is a no-op.
_DONE = "briefgen_annotated"


@cache
def _annotator() -> Language:
    """A blank pipeline holding only briefgen's components (they read the parse, not text)."""
    import spacy

    nlp = spacy.blank("en")
    for name, module in ANNOTATORS:
        importlib.import_module(module)
        nlp.add_pipe(name)
    return nlp


def annotate(doc: Doc) -> Doc:
    """Run every component over a parsed Doc, once."""
    if not doc.user_data.get(_DONE):
        for _, component in _annotator().pipeline:
            check(doc)
            doc = component(doc)
        doc.user_data[_DONE] = True
    return doc
