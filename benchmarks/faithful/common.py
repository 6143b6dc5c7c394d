"""What every faithfulness check shares: a finding, and the brief with its parsed sources."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, Span

from briefgen.model import Brief, Evidence


@dataclass(frozen=True)
class Finding:
    """One item a check found unfaithful: which check, which item, and why."""

    check: str  # the check's short name, e.g. "polarity"
    item: str  # where in the brief: "timeline[3]", "summary[0]", "contested[1]"
    text: str  # the item text as the brief writes it
    source: str  # the source id of the evidence ("s2")
    excerpt: str  # the evidence text
    reason: str  # one line: what is wrong


@dataclass
class Context:
    """A brief and lazy parses of its sources (the same pipeline briefgen used)."""

    brief: Brief
    nlp: Language
    _docs: dict[str, Doc] = field(default_factory=dict)

    def doc(self, source: str) -> Doc:
        """The parsed body of source `source` (parsed once)."""
        if source not in self._docs:
            text = next(s.text for s in self.brief.sources if s.id == source)
            self._docs[source] = self.nlp(text)
        return self._docs[source]

    def excerpt(self, evidence: Evidence) -> str:
        """The evidence's text in its source."""
        text = next(s.text for s in self.brief.sources if s.id == evidence.source)
        return text[evidence.start : evidence.end]

    def span(self, evidence: Evidence) -> Span | None:
        """The evidence as a span of the parsed source (expanded to whole tokens)."""
        return self.doc(evidence.source).char_span(
            evidence.start, evidence.end, alignment_mode="expand"
        )

    def sentences(self, evidence: Evidence) -> list[Span]:
        """The whole sentences the evidence touches."""
        span = self.span(evidence)
        if span is None:
            return []
        doc = span.doc
        return list(doc[span.start : max(span.end, span.start + 1)].sents)  # type: ignore[attr-defined]

    @cached_property
    def as_of(self) -> str:
        return self.brief.as_of.isoformat()


Check = Callable[[Context], list[Finding]]
