"""Views of a Doc that rules read many times, kept once per article by the annotation layer.

spaCy hands out a new Python object for every token and span it is asked for: `doc.text` and
`span.text` build every token they cover, `doc.ents` and `span.ents` every entity of the whole
document, on each access. Read in rule loops (per sentence, mention, quote or clause) they
built 8.4 M Token objects past the parse of 300 articles. The layer keeps the Doc's text (it
equals the article's text, so a span's text is a slice of it), the model's entities in text
order and each token's lower-cased form and lemma, once; rules read `text_of(span)`,
`ents.model_ents` / `ents.ents_in` and `tokens_where(span, ...)` (which builds only the
tokens it yields) instead.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Container, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal, TypeVar

import numpy as np
from spacy.attrs import IDX, IS_ALPHA, IS_STOP, LEMMA, LENGTH, LOWER, ORTH, POS, SPACY
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

VIEWS = "briefgen_views"


@dataclass(frozen=True)
class Views:
    """What the rules read of one Doc, built once."""

    text: str  # doc.text, built from the token table, not from Token objects
    ents: tuple[Span, ...]  # the model's entities in text order (they never overlap)
    lower: tuple[str, ...]  # each token's `lower_`
    lemma: tuple[str, ...]  # each token's `lemma_.lower()`


@Language.component(VIEWS)
def annotate_views(doc: Doc) -> Doc:
    """Keep the Doc's views in `doc.user_data` (the parse is cached before this runs)."""
    strings = doc.vocab.strings
    table = doc.to_array([ORTH, SPACY, LOWER, LEMMA]).tolist() if len(doc) else []
    text = "".join(strings[row[0]] + " " if row[1] else strings[row[0]] for row in table)
    lower = _column(strings, [row[2] for row in table], str)
    lemma = _column(strings, [row[3] for row in table], str.lower)
    doc.user_data[VIEWS] = Views(text, tuple(doc.ents), lower, lemma)
    return doc


def _column(strings: StringStore, keys: list[int], form: Callable[[str], str]) -> tuple[str, ...]:
    """The strings of a column of the token table, each distinct one decoded once and
    interned, so that every article's views share one object per word (memory)."""
    names = {key: sys.intern(form(strings[key])) for key in set(keys)}
    return tuple(names[key] for key in keys)


T = TypeVar("T")


def once_per_doc(doc: Doc, key: str, compute: Callable[[Doc], T]) -> T:
    """What `compute` reads from a Doc, read once and kept in its `user_data` under `key`."""
    found: T | None = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = compute(doc)
    return found


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


def tokens_where(
    span: Span, column: Literal["lower", "lemma"], wanted: Container[str]
) -> Iterator[Token]:
    """The tokens of a span whose lower-cased form (or lemma) is in `wanted`, in order."""
    doc = span.doc
    values = getattr(views(doc), column)
    return (doc[i] for i in range(span.start, span.end) if values[i] in wanted)


def content_lemmas(
    doc: Doc, pos: Collection[str], *, alphabetic: bool = False, shortest: int = 0
) -> list[tuple[int, str]]:
    """(character offset, lower-cased lemma) of each token of the Doc whose part of speech is
    in `pos` and that is no stop word (`alphabetic`: only words of letters; `shortest`: only
    words of that many characters or more), in text order. Read from the token table: a
    scan of every word of every article (stories, key events) builds no Token."""
    if not len(doc):
        return []
    offset, length, tag, stop, alpha = doc.to_array([IDX, LENGTH, POS, IS_STOP, IS_ALPHA]).T
    keep = (stop == 0) & (length >= shortest) & np.isin(tag, [POS_IDS[p] for p in pos])
    if alphabetic:
        keep &= alpha == 1
    lemma, offsets = views(doc).lemma, offset.tolist()
    return [(offsets[i], lemma[i]) for i in keep.nonzero()[0].tolist()]


def lower_case_words(docs: Iterable[Doc]) -> frozenset[str]:
    """Every word the Docs write in lower case: a common word, not a name (read as arrays:
    this runs over every word of a brief)."""
    found: set[str] = set()
    for doc in docs:
        if not len(doc):
            continue
        orth, lower, alpha = doc.to_array([ORTH, LOWER, IS_ALPHA]).T
        keys = set(lower[(orth == lower) & (alpha == 1)].tolist())
        found |= {doc.vocab.strings[key] for key in keys}
    return frozenset(found)
