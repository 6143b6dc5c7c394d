"""RSS and Atom feeds: one article per item that has content, with feedparser.

feedparser is given the feed's bytes, never a URL, so it fetches nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import InputError
from briefgen.ingest.clean import article, with_title
from briefgen.ingest.html import fragment_text
from briefgen.ingest.limits import DEFAULT_LIMITS, Limits, over
from briefgen.model import Article

SUFFIXES = (".xml", ".rss", ".atom")
# An RSS item or Atom entry start tag, with or without a namespace prefix.
_ITEM = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s/>]")


@dataclass(frozen=True)
class Item:
    """One feed item: its full content (content:encoded, Atom content) and its summary as
    plain text, with its metadata."""

    name: str  # the feed's name + "#" + the item's number
    title: str | None
    full_text: str  # "" when the item has only a summary
    summary: str
    link: str | None
    published: dt.date | None
    publisher: str | None
    author: str | None

    def article(self) -> Article:
        """The item as an article, from its content (else its summary)."""
        text = with_title(self.title, self.full_text or self.summary)
        meta = {"publisher": self.publisher, "url": self.link, "author": self.author}
        return article(self.name, self.title, text, published=self.published, **meta)


def read(path: Path, raw: bytes, limits: Limits = DEFAULT_LIMITS) -> list[Article]:
    """Every item with text; the feed's title is each item's publisher."""
    articles = []
    for item in items(str(path), raw, limits):
        try:
            articles.append(item.article())
        except InputError:  # an item without words is left out; the others are read
            continue
    if not articles:
        raise InputError(f"{path}: no feed item has any text")
    return articles


def items(name: str, raw: bytes, limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """The items of a feed (`name`, a file or URL, names it in errors).

    Items are counted in the bytes before the feed is parsed."""
    import feedparser

    count = len(_ITEM.findall(raw))
    if count > limits.max_records:
        raise InputError(f"{name}: {over(count, 'items', limits.max_records, '--max-records')}")
    parsed = feedparser.parse(raw, resolve_relative_uris=False, sanitize_html=True)
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise InputError(f"{name}: not an RSS/Atom feed with items{reason}")
    publisher = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        yield Item(
            name=f"{name}#{number}",
            title=entry.get("title"),
            full_text=fragment_text(entry.content[0].value) if entry.get("content") else "",
            summary=fragment_text(entry.get("summary", "")),
            link=entry.get("link"),
            published=_date(entry),
            publisher=publisher,
            author=entry.get("author"),
        )


def _date(entry: dict[str, object]) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]) if parsed else None  # type: ignore[index]
