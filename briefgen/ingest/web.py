"""Articles from the web: a page named by its URL, and the items of an RSS/Atom feed URL.

A page is fetched (briefgen.ingest.fetch) and its main text extracted with trafilatura, as
for a saved page; the article's path and `url` are the URL given. A feed's item is read from
its own content when that is the full text (content:encoded or Atom content of at least
FULL_TEXT_CHARS characters), else its link is fetched as a page: summaries are teasers.
Nothing fetched is cached: every run fetches again, so a changed page is never stale (the
parse cache is keyed by the text, so an unchanged page is not parsed twice).
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

from briefgen.errors import InputError
from briefgen.ingest import feed, html
from briefgen.ingest.fetch import Fetched, TimedOut, fetch
from briefgen.ingest.limits import Limits, over
from briefgen.ingest.walk import Skipped
from briefgen.model import Article

# Media types read as a web page, and as a feed (feeds are often served as plain XML).
PAGE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
# An item's own content this long is the article itself (a teaser is a sentence or two).
FULL_TEXT_CHARS = 1_000


def read_page(url: str, limits: Limits) -> list[Article]:
    """The article of the page at `url`; InputError names the URL and why not."""
    found = fetch(url, max_bytes=limits.max_bytes, timeout=limits.fetch_timeout)
    if found.media_type not in PAGE_TYPES and not _looks_like_html(found):
        kind = found.media_type or "no content type"
        raise InputError(f"{url}: {kind}, not a web page (HTML)")
    if len(found.body) > limits.max_markup:
        reason = over(len(found.body), "bytes of web page", limits.max_markup, "--max-chars")
        raise InputError(f"{url}: {reason}")
    (page,) = html.read_page(url, found.body)
    return [page.model_copy(update={"url": url})]


def read_feed(url: str, limits: Limits) -> Iterator[Article | Skipped]:
    """Each item of the feed at `url` as an article, or a Skipped entry naming the item's
    link and why it could not be read; InputError when the feed itself cannot be read."""
    found = fetch(url, max_bytes=limits.max_bytes, timeout=limits.fetch_timeout)
    if found.media_type not in FEED_TYPES and not found.media_type.endswith("+xml"):
        raise InputError(f"{url}: {found.media_type or 'no content type'}, not an RSS/Atom feed")
    silent: set[str] = set()  # hosts that timed out
    for item in feed.items(url, found.body, limits):
        if len(item.full_text) >= FULL_TEXT_CHARS or not item.link:
            yield from _own_content(item)
        else:
            yield _linked(item, item.link, limits, silent)


def _linked(item: feed.Item, link: str, limits: Limits, silent: set[str]) -> Article | Skipped:
    """The page an item links to (dated by the item when the page has no date), or why not.

    A host that timed out is added to `silent` and not asked again, so a feed costs the time
    bound once per host, not once per item."""
    host = urlsplit(link).netloc
    if host in silent:
        return Skipped(link, f"not fetched: {host} did not answer in time for an earlier item")
    try:
        (page,) = read_page(link, limits)
    except InputError as error:
        if isinstance(error, TimedOut):
            silent.add(host)
        return Skipped(link, str(error).removeprefix(f"{link}: "))
    return page if page.published else page.model_copy(update={"published": item.published})


def _own_content(item: feed.Item) -> Iterator[Article | Skipped]:
    try:
        yield item.article()
    except InputError as error:
        yield Skipped(item.name, str(error).removeprefix(f"{item.name}: "))


def _looks_like_html(found: Fetched) -> bool:
    """A response without a content type whose body starts as an HTML page does."""
    start = found.body.lstrip()[:200].lower()
    return not found.media_type and start.startswith((b"<!doctype html", b"<html"))
