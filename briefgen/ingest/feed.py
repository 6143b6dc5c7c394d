"""RSS and Atom files: one article per item that has content, with feedparser.

feedparser is given the file's bytes, never a URL, so it fetches nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from briefgen.errors import InputError
from briefgen.ingest.clean import article, with_title
from briefgen.ingest.html import fragment_text
from briefgen.ingest.limits import DEFAULT_LIMITS, Limits, over
from briefgen.model import Article

SUFFIXES = (".xml", ".rss", ".atom")
# An RSS item or Atom entry start tag, with or without a namespace prefix.
_ITEM = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s/>]")


def read(path: Path, raw: bytes, limits: Limits = DEFAULT_LIMITS) -> list[Article]:
    """Every item with text; the feed's title is each item's publisher.

    Items are counted in the bytes before the feed is parsed."""
    import feedparser

    items = len(_ITEM.findall(raw))
    if items > limits.max_records:
        raise InputError(f"{path}: {over(items, 'items', limits.max_records, '--max-records')}")
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
