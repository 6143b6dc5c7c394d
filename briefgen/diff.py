"""What is new in a brief since an earlier one: bottom line, actors, quotes, timeline events,
outlook.

Items are compared by what they say, not where they were found: a quote already briefed is
not new because a later article repeats it. Comparison ignores case, spacing and quote marks.
The new items are the new brief's own records, so their evidence cites the new brief's sources.
Each kind comes most important first: bullets and outlook in the brief's order, actors by
salience, the key quotes before the others, events by rank.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from briefgen.model import Actor, Brief, OutlookItem, Quote, SummaryItem, TimelineEvent

# Quote marks and dashes vary between outlets for the same words.
_PUNCT = re.compile(r"[\"'“”‘’«»„‚`´]|[-‐‑‒–—―]")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Changes:
    """The "Since last brief" section: items in the new brief that the old one lacked."""

    since: str  # the old brief's as-of date, YYYY-MM-DD
    old_title: str
    actors: list[Actor]
    quotes: list[Quote]
    events: list[TimelineEvent]
    outlook: list[OutlookItem]
    summary: list[SummaryItem]  # bottom-line bullets the old brief did not have

    def is_empty(self) -> bool:
        """True when nothing is new."""
        return not (self.summary or self.actors or self.quotes or self.events or self.outlook)

    def counts(self) -> dict[str, int]:
        """How many new items of each kind."""
        return {
            "summary": len(self.summary),
            "actors": len(self.actors),
            "quotes": len(self.quotes),
            "events": len(self.events),
            "outlook": len(self.outlook),
        }

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, with the same field names as the brief's records."""
        return {
            "since": self.since,
            "old_title": self.old_title,
            "summary": [s.model_dump(mode="json", by_alias=True) for s in self.summary],
            "actors": [a.model_dump(mode="json", by_alias=True) for a in self.actors],
            "quotes": [q.model_dump(mode="json", by_alias=True) for q in self.quotes],
            "events": [e.model_dump(mode="json", by_alias=True) for e in self.events],
            "outlook": [o.model_dump(mode="json", by_alias=True) for o in self.outlook],
        }


def diff_briefs(old: Brief, new: Brief) -> Changes:
    """The items of `new` that `old` did not hold."""
    known_names = {_norm(name) for actor in old.actors for name in (actor.name, *actor.aliases)}
    known_quotes = {_norm(quote.text) for quote in old.quotes}
    known_events = {(event.date, _norm(event.event)) for event in old.timeline}
    known_outlook = {_norm(item.text) for item in old.outlook}
    known_summary = {_norm(item.text) for item in old.summary}
    return Changes(
        since=old.as_of.isoformat(),
        old_title=old.title,
        actors=[
            actor
            for actor in new.actors
            if not {_norm(name) for name in (actor.name, *actor.aliases)} & known_names
        ],
        quotes=[q for q in _key_first(new) if _norm(q.text) not in known_quotes],
        events=_most_important_first(
            [e for e in new.timeline if (e.date, _norm(e.event)) not in known_events]
        ),
        outlook=[item for item in new.outlook if _norm(item.text) not in known_outlook],
        summary=[item for item in new.summary if _norm(item.text) not in known_summary],
    )


def _key_first(brief: Brief) -> list[Quote]:
    """The brief's quotes, its key quotes first in their rank, then the rest in source order."""
    key = set(brief.key_quotes)
    rest = [quote for index, quote in enumerate(brief.quotes) if index not in key]
    return [brief.quotes[index] for index in brief.key_quotes] + rest


def _most_important_first(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """Events by the brief's rank (a brief made before events were ranked: those reported by
    most sources first); among equals the latest first (the timeline is in date order, so a
    stable sort of the reversed list keeps that)."""
    unranked = len(events) + 1
    return sorted(
        reversed(events), key=lambda event: (event.rank or unranked, -len(event.evidence))
    )


def format_changes(changes: Changes) -> str:
    """A plain-text report of the changes, one item a line under each heading."""
    lines = [f"Since last brief ({changes.since}: {changes.old_title})"]
    sections: list[tuple[str, list[str]]] = [
        ("New in the bottom line", [item.text for item in changes.summary]),
        (
            "New actors",
            [f"{a.name} ({', '.join(filter(None, (a.type, a.role)))})" for a in changes.actors],
        ),
        ("New quotes", [f"“{q.text}” — {q.speaker or 'unattributed'}" for q in changes.quotes]),
        ("New events", [f"{e.date}: {e.event}" for e in changes.events]),
        ("New outlook", [f"[{o.kind}] {o.text}" for o in changes.outlook]),
    ]
    for heading, items in sections:
        lines.append(f"{heading}: {len(items) or 'none'}")
        lines += [f"  - {item}" for item in items]
    return "\n".join(lines) + "\n"


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACE.sub(" ", _PUNCT.sub(" ", text)).strip()
