"""What the review page shows: the brief's sections as rows, an item's evidence in its article.

Plain data for the page templates (which escape every value): no HTML is built here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from briefgen.datestyle import human_date
from briefgen.model import Brief, Evidence, Source
from briefgen.templates import citation, said_by

SECTIONS = {  # section -> heading, in the documents' order
    "summary": "Bottom line",
    "actors": "Actors",
    "places": "Places",
    "quotes": "Quotes",
    "timeline": "Timeline",
    "outlook": "Outlook",
    "contested": "Contested claims",
}


@dataclass(frozen=True)
class Row:
    """One item of a section as the page lists it."""

    section: str
    index: int
    text: str
    label: str  # a short label before the text: a speaker, a date, a kind
    cite: str  # '[1, 3]'
    item: Any

    @property
    def key(self) -> str:
        return f"{self.section}-{self.index}"


@dataclass(frozen=True)
class Segment:
    """A run of article text, marked when it is evidence for the item selected."""

    text: str
    marked: bool


@dataclass(frozen=True)
class Passage:
    """A source article with an item's evidence marked in its text."""

    number: int
    source: Source
    date: str
    segments: list[Segment]


def sections(brief: Brief) -> dict[str, list[Row]]:
    """Every section's rows, dropped items included (the page shows them struck out)."""
    numbers = {source.id: n for n, source in enumerate(brief.sources, start=1)}

    def cite(evidence: list[Evidence]) -> str:
        return citation(sorted({numbers[e.source] for e in evidence}))

    rows: dict[str, list[Row]] = {name: [] for name in SECTIONS}
    for i, s in enumerate(brief.summary):
        rows["summary"].append(Row("summary", i, s.text, "", cite(s.evidence), s))
    for i, a in enumerate(brief.actors):
        rows["actors"].append(Row("actors", i, a.name, "", cite(a.evidence), a))
    for i, p in enumerate(brief.places):
        rows["places"].append(Row("places", i, p.name, "", cite(p.evidence), p))
    for i, q in enumerate(brief.quotes):
        rows["quotes"].append(Row("quotes", i, q.text, said_by(q), cite([q.evidence, *q.also]), q))
    for i, e in enumerate(brief.timeline):
        rows["timeline"].append(
            Row("timeline", i, e.event, human_date(e.date), cite(e.evidence), e)
        )
    for i, o in enumerate(brief.outlook):
        label = o.kind.replace("_", " ")
        rows["outlook"].append(Row("outlook", i, o.text, label, cite([o.evidence, *o.also]), o))
    for i, c in enumerate(brief.contested):
        found = [claim.evidence for claim in c.claims]
        rows["contested"].append(Row("contested", i, c.matter, c.kind, cite(found), c))
    return rows


def bottom_lines(brief: Brief) -> list[tuple[str, list[int]]]:
    """Each story's title and its bullets as the documents order them (pinned first),
    dropped ones in place; one untitled group when the brief has no stories."""
    summary = brief.summary

    def shown(order: list[int]) -> list[int]:
        return sorted(order, key=lambda i: not summary[i].pinned)

    if not brief.stories:
        return [("", shown(list(range(len(summary)))))]
    return [(story.title, shown(story.summary)) for story in brief.stories if story.summary]


def evidence_of(brief: Brief, section: str, index: int) -> list[Evidence]:
    """The spans an item stands on: its evidence, reports in other sources, and where its
    speaker is named."""
    item = getattr(brief, section)[index]
    if section == "contested":
        return [claim.evidence for claim in item.claims]
    found = item.evidence if isinstance(item.evidence, list) else [item.evidence]
    found = [*found, *getattr(item, "also", [])]
    speaker = getattr(item, "source_evidence", None)
    return [*found, speaker] if speaker is not None else found


def passages(brief: Brief, evidence: list[Evidence]) -> list[Passage]:
    """Each source an item cites, in source order, its text cut into marked and plain runs."""
    by_source: dict[str, list[tuple[int, int]]] = {}
    for span in evidence:
        by_source.setdefault(span.source, []).append((span.start, span.end))
    found = []
    for number, source in enumerate(brief.sources, start=1):
        if source.id in by_source:
            date = human_date(source.published.isoformat()) if source.published else "undated"
            found.append(
                Passage(number, source, date, _segments(source.text, by_source[source.id]))
            )
    return found


def _segments(text: str, spans: list[tuple[int, int]]) -> list[Segment]:
    """The text as runs, the spans (merged where they overlap) marked."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    runs, at = [], 0
    for start, end in merged:
        if start > at:
            runs.append(Segment(text[at:start], False))
        runs.append(Segment(text[start:end], True))
        at = end
    if at < len(text):
        runs.append(Segment(text[at:], False))
    return runs


@functools.cache
def rule_descriptions() -> dict[str, str]:
    """Each rule's one-line description, by name (loading them imports the extractors)."""
    from briefgen.extract.rules import all_rules

    return {name: rule.description for name, rule in all_rules().items()}


def rules_of(item: Any) -> list[tuple[str, str]]:
    """The rules that decided an item, each with its description."""
    names: list[str] = getattr(item, "why", [])
    known = rule_descriptions() if names else {}
    return [(name, known.get(name, "")) for name in names]
