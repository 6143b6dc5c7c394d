"""RSS and Atom files: one article per item that has content, with feedparser.

feedparser is given the file's bytes, never a URL, so it fetches nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefgen.errors import InputError
from briefgen.ingest.clean import article, with_title
from briefgen.ingest.html import fragment_text
from briefgen.model import Article

SUFFIXES = (".xml", ".rss", ".atom")


def read(path: Path, raw: bytes) -> list[Article]:
    """Every item with text; the feed's title is each item's publisher."""
    import feedparser

    feed = feedparser.parse(raw, resolve_relative_uris=False, sanitize_html=True)
    if not feed.entries:
        reason = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        raise InputError(f"{path}: not an RSS/Atom feed with items{reason}")
    publisher = feed.feed.get("title")
    articles = []
    for number, entry in enumerate(feed.entries, start=1):
        markup = entry.content[0].value if entry.get("content") else entry.get("summary", "")
        text = fragment_text(markup)
        title = entry.get("title")
        text = with_title(title, text)
        try:
            articles.append(
                article(
                    f"{path}#{number}",
                    title,
                    text,
                    published=_date(entry),
                    publisher=publisher,
                    url=entry.get("link"),
                    author=entry.get("author"),
                )
            )
        except InputError:  # an item without words is left out; the others are read
            continue
    if not articles:
        raise InputError(f"{path}: no feed item has any text")
    return articles


def _date(entry: dict[str, object]) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]) if parsed else None  # type: ignore[index]
