"""Fetching by URL: what is a URL, the bounds on one response, and how feed items are read."""

from __future__ import annotations

import html
import time
from collections.abc import Iterator
from email.message import Message
from typing import Any, cast

import pytest

from briefgen.errors import InputError
from briefgen.ingest import Limits, Skipped, Url, read_inputs
from briefgen.ingest.fetch import _read_body, check_scheme, is_url
from briefgen.ingest.web import FULL_TEXT_CHARS, read_feed, read_page
from briefgen.model import Article
from tests.conftest import SEED
from tests.hostile.helpers_web import Answer, article_page, rss, serve, sleep_then_answer

LIMITS = Limits(fetch_timeout=5.0)
SEED_TEXT = SEED.read_text(encoding="utf-8").split("---\n", 2)[2]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("https://example.org/news/1.html", True),
        ("http://127.0.0.1:8000/", True),
        ("ftp://example.org/x", True),
        ("file:///etc/passwd", True),
        ("inputs/", False),
        ("-", False),
        ("notes:draft.txt", False),
        ("C:\\news\\a.txt", False),
        ("a folder://with a colon", False),
    ],
)
def test_what_names_a_url(text: str, url: bool) -> None:
    assert is_url(text) is url


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "not file"),
        ("ftp://example.org/a.html", "not ftp"),
        ("data://text/html,hello", "not data"),
        ("http:///no-host", "no host name"),
    ],
)
def test_only_http_urls_with_a_host_are_fetched(url: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        check_scheme(url)


class _Endless:
    """A response that would never end, counting what is read from it."""

    def __init__(self, length: str | None = None) -> None:
        self.headers = Message()
        if length is not None:
            self.headers["Content-Length"] = length
        self.handed = 0

    def read1(self, size: int) -> bytes:
        self.handed += size
        return b"x" * size


def test_a_body_is_never_read_past_the_bound() -> None:
    response = _Endless()
    with pytest.raises(InputError, match="over the size limit"):
        _read_body(cast(Any, response), "u", 100_000, deadline=1e18, timeout=1)
    assert response.handed == 100_001


def test_a_declared_length_over_the_bound_is_refused_unread() -> None:
    response = _Endless(length="5000000")
    with pytest.raises(InputError, match="5,000,000 bytes is over the size limit"):
        _read_body(cast(Any, response), "u", 100_000, deadline=1e18, timeout=1)
    assert response.handed == 0


def test_a_body_past_the_deadline_is_refused() -> None:
    with pytest.raises(InputError, match="no complete answer within 3 s"):
        _read_body(cast(Any, _Endless()), "u", 100_000, deadline=0.0, timeout=3)


def _full_text_feed(base: str) -> bytes:
    body = html.escape("".join(f"<p>{line}</p>" for line in SEED_TEXT.splitlines() if line))
    item = (
        f"<item><title>Talks fail</title><link>{base}/gone.html</link>"
        f"<content:encoded>{body}</content:encoded></item>"
    )
    return (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Full</title>{item}</channel></rss>"
    ).encode()


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    def routes(base: str) -> dict[str, Answer]:
        xml = (("Content-Type", "application/xml"),)
        return {
            "/page.html": Answer(body=article_page(SEED)),
            "/untyped.html": Answer(headers=(), body=article_page(SEED)),
            "/undated.html": Answer(body=article_page(SEED, published=None)),
            "/plain.txt": Answer(headers=(("Content-Type", "text/plain"),), body=b"Hello."),
            "/full.xml": Answer(headers=xml, body=_full_text_feed(base)),
            "/teasers.xml": Answer(headers=xml, body=rss(base, ["/page.html", "/gone.html"])),
            "/page-as-feed": Answer(body=article_page(SEED)),
            "/slow-links.xml": Answer(headers=xml, body=rss(base, ["/s1", "/s2", "/s3"])),
            **{f"/s{n}": Answer(stream=sleep_then_answer, raw=True) for n in (1, 2, 3)},
        }

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("no_proxy", "127.0.0.1,localhost")
        with serve(routes) as base:
            yield base


def test_a_page_without_a_content_type_is_read_when_it_is_html(site: str) -> None:
    (page,) = read_page(f"{site}/untyped.html", LIMITS)
    assert page.path == page.url == f"{site}/untyped.html"


def test_a_page_without_a_date_in_its_metadata_has_none(site: str) -> None:
    (page,) = read_page(f"{site}/undated.html", LIMITS)
    assert page.published is None  # not 2021, a year the article recalls


def test_a_page_of_another_type_is_refused(site: str) -> None:
    with pytest.raises(InputError, match="text/plain, not a web page"):
        read_page(f"{site}/plain.txt", LIMITS)


def test_a_feed_item_with_full_text_is_read_from_the_feed(site: str) -> None:
    (item,) = read_feed(f"{site}/full.xml", LIMITS)
    assert isinstance(item, Article)  # its link (a 404) was not fetched
    assert item.path == f"{site}/full.xml#1" and item.url == f"{site}/gone.html"
    assert len(item.text) >= FULL_TEXT_CHARS and "Tarar" in item.text


def test_a_feed_item_whose_link_fails_is_skipped_alone(site: str) -> None:
    page, gone = read_feed(f"{site}/teasers.xml", LIMITS)
    assert isinstance(page, Article) and page.path == f"{site}/page.html"
    assert gone == Skipped(f"{site}/gone.html", "HTTP 404 Not Found")


def test_a_silent_host_costs_a_feed_the_time_bound_once(site: str) -> None:
    start = time.monotonic()
    items = list(read_feed(f"{site}/slow-links.xml", Limits(fetch_timeout=1.0)))
    assert time.monotonic() - start < 3.0  # not three timeouts
    host = site.removeprefix("http://")
    assert items == [
        Skipped(f"{site}/s1", "no complete answer within 1 s (raise it with --fetch-timeout)"),
        Skipped(f"{site}/s2", f"not fetched: {host} did not answer in time for an earlier item"),
        Skipped(f"{site}/s3", f"not fetched: {host} did not answer in time for an earlier item"),
    ]


def test_a_page_named_as_a_feed_is_refused(site: str) -> None:
    with pytest.raises(InputError, match="text/html, not an RSS/Atom feed"):
        list(read_feed(f"{site}/page-as-feed", LIMITS))


def test_files_pages_and_feeds_are_read_in_the_order_named(site: str) -> None:
    inputs = [Url(f"{site}/page.html"), SEED, Url(f"{site}/teasers.xml", feed=True)]
    read = read_inputs(inputs, limits=LIMITS, language="en")
    paths = [article.path for article in read.articles]
    assert paths == [f"{site}/page.html", str(SEED), f"{site}/page.html"]
    assert read.skipped == (Skipped(f"{site}/gone.html", "HTTP 404 Not Found"),)
