"""A reviewed brief as the documents show it: dropped items left out, pinned bullets first.

`briefgen review` never deletes an item: it marks it `dropped` (and may pin bottom-line
bullets), so the JSON keeps everything and any edit can be undone. Every template reads the
brief through `for_documents`, so a team template needs no change to honour a review.
"""

from __future__ import annotations

from typing import TypeVar

from briefgen.model import Brief, Reviewable, Story, SummaryItem

T = TypeVar("T", bound=Reviewable)
_FILTERED = ("actors", "places", "timeline", "outlook", "contested")


def for_documents(brief: Brief) -> Brief:
    """The brief without its dropped items, the bottom line in reading order (each story's
    bullets, pinned ones first), and the index lists (`stories.summary`, `key_quotes`)
    pointing at the items kept. A brief nobody reviewed (extraction writes
    the bullets story by story) is returned as it is."""
    order = reading_order(brief)
    if order == list(range(len(brief.summary))) and not _dropped(brief):
        return brief
    new_index = {old: new for new, old in enumerate(order)}
    stories = [
        story.model_copy(
            update={"summary": [new_index[i] for i in story.summary if i in new_index]}
        )
        for story in brief.stories
    ]
    quote_index = _kept_positions(brief.quotes)
    update: dict[str, object] = {name: _kept(getattr(brief, name)) for name in _FILTERED}
    update |= {
        "summary": [brief.summary[i] for i in order],
        "stories": stories,
        "quotes": _kept(brief.quotes),
        "key_quotes": [quote_index[i] for i in brief.key_quotes if i in quote_index],
    }
    # Only removals and index remapping of a validated brief: references stay consistent
    # (a dropped actor's name may still be a kept quote's speaker, shown as written).
    return brief.model_copy(update=update)


def reading_order(brief: Brief) -> list[int]:
    """Indices of the kept bottom-line bullets in reading order: each story's own, in its
    order with pinned ones first, then those in no story."""
    placed = [i for story in brief.stories for i in _story_order(story, brief.summary)]
    seen = set(placed)
    rest = [i for i, item in enumerate(brief.summary) if i not in seen and not item.dropped]
    return placed + sorted(rest, key=lambda i: not brief.summary[i].pinned)


def _story_order(story: Story, summary: list[SummaryItem]) -> list[int]:
    # (a brief put together in code, unvalidated, may name bullets it lacks: they are skipped)
    kept = [i for i in story.summary if i < len(summary) and not summary[i].dropped]
    return sorted(kept, key=lambda i: not summary[i].pinned)


def _dropped(brief: Brief) -> bool:
    lists: list[list[Reviewable]] = [getattr(brief, name) for name in (*_FILTERED, "quotes")]
    return any(item.dropped for items in lists for item in items)


def _kept(items: list[T]) -> list[T]:
    return [item for item in items if not item.dropped]


def _kept_positions(items: list[T]) -> dict[int, int]:
    """Old index -> new index of the items kept."""
    kept = [i for i, item in enumerate(items) if not item.dropped]
    return {old: new for new, old in enumerate(kept)}
