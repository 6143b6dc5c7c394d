"""The model's entities, written once per Doc and looked up by halving.

`doc.ents` builds every entity span of the document on each access, so reading it once per
sentence, mention or pronoun makes an article's cost grow with the square of its length. The
annotation layer writes them once to `doc.spans["briefgen_model_ents"]` and keeps them as
Python objects in its views (`extract.views`), in text order (they never overlap); the look-ups
below find the ones in a range by halving.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from briefgen.extract.views import views

MODEL_ENTS = "briefgen_model_ents"


@Language.component(MODEL_ENTS, assigns=["doc.spans"])
def annotate_model_ents(doc: Doc) -> Doc:
    """Write the model's entities to `doc.spans["briefgen_model_ents"]`."""
    doc.spans[MODEL_ENTS] = list(views(doc).ents)
    return doc


def model_ents(doc: Doc) -> Sequence[Span]:
    """The model's entities in text order (the same spans as `doc.ents`), kept once per Doc
    as Python objects (a SpanGroup makes a new Span on every access)."""
    return views(doc).ents


def ents_in(span: Span) -> list[Span]:
    """The model's entities wholly inside a span (what `span.ents` gives)."""
    group = model_ents(span.doc)
    found = []
    for index in range(bisect_left(group, span.start, key=lambda ent: ent.start), len(group)):
        ent = group[index]
        if ent.end > span.end:
            break
        found.append(ent)
    return found
