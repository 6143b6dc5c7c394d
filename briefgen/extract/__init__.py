"""Extractors: pure functions over parsed articles that return typed records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.model import Evidence, Source

if TYPE_CHECKING:  # spaCy is loaded by the parse, not by reading rules or the lexicon
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class ParsedArticle:
    """A source, its parse, and the date its relative dates are resolved against."""

    source: Source
    doc: Doc
    anchor: dt.date
    assumed: bool  # True when the anchor is the brief's as-of date, not a publication date

    def __post_init__(self) -> None:
        from briefgen.extract.layer import annotate

        annotate(self.doc)  # every extractor reads the one annotation layer

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for the character range [start, end) of this article (built without
        validation, which costs more than the rest of a decision: the offsets come from the
        parse, so they are valid; the brief is validated whole at the end)."""
        if not 0 <= start <= end <= len(self.source.text):
            raise ValueError(f"evidence {start}-{end} is outside {self.source.id}")
        return Evidence.model_construct(source=self.source.id, start=start, end=end)

    def span_evidence(self, span: Span) -> Evidence:
        """Evidence for a spaCy span, without surrounding whitespace."""
        from briefgen.extract.views import text_of

        text = text_of(span)
        start = span.start_char + (len(text) - len(text.lstrip()))
        return self.evidence(start, start + len(text.strip()))
