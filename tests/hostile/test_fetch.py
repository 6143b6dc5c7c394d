"""Web pages and feeds named by URL, from a local server: the good ones briefed, each bad one
(missing, silent, endless, looping, not HTML, not http) skipped with its URL and reason.

One command run reads them all, mixed with an article file and a German one, as a user would;
each test checks one case in what it did. No network: the server is on 127.0.0.1.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefgen.cli import EXIT_SKIPPED, EXIT_USAGE
from briefgen.errors import InputError
from briefgen.ingest.fetch import fetch
from tests.conftest import CORPUS, DATA, SEED
from tests.hostile.helpers_ingest import Run, run_cli
from tests.hostile.helpers_web import (
    Answer,
    article_page,
    garbage,
    hang_up,
    rss,
    serve,
    sleep_then_answer,
    stream_forever,
    trickle,
)

PAGE_SOURCE = SEED
STORIES = sorted((CORPUS / "apple/docs").glob("*.md"))[:3]
FILE_ARTICLE = CORPUS / "gm/docs" / sorted(p.name for p in (CORPUS / "gm/docs").glob("*.md"))[0]
GERMAN = DATA / "languages/de.txt"
TIMEOUT = 1.0  # --fetch-timeout; the slow route waits 5 s
MAX_MB = 1.0  # --max-size; the endless route streams up to 64 MB
PDF = (("Content-Type", "application/pdf"),)


def _routes(base: str) -> dict[str, Answer]:
    routes = {
        "/news/talks.html": Answer(body=article_page(PAGE_SOURCE, published="2025-10-29")),
        "/feed.xml": Answer(
            headers=(("Content-Type", "application/rss+xml"),),
            body=rss(base, [f"/story/{n}.html" for n in range(1, 4)]),
        ),
        "/slow": Answer(stream=sleep_then_answer, raw=True),
        "/huge": Answer(stream=stream_forever),
        "/loop": Answer(302, (("Location", "/loop-again"),)),
        "/loop-again": Answer(302, (("Location", "/loop"),)),
        "/report.pdf": Answer(headers=PDF, body=b"%PDF-1.7\n" + b"0" * 1000),
    }
    for number, story in enumerate(STORIES, start=1):
        routes[f"/story/{number}.html"] = Answer(body=article_page(story, f"2025-10-0{number}"))
    return routes


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("no_proxy", "127.0.0.1,localhost")  # the child inherits it
        with serve(_routes) as url:
            yield url


@pytest.fixture(scope="module")
def mixed(base: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, dict[str, dict]]:
    """`make` on a file, a German file, a page, a feed and every bad URL at once."""
    out = tmp_path_factory.mktemp("web")
    run = run_cli(
        "make",
        str(FILE_ARTICLE),
        str(GERMAN),
        f"{base}/news/talks.html",
        f"{base}/missing.html",
        f"{base}/slow",
        f"{base}/huge",
        f"{base}/loop",
        f"{base}/report.pdf",
        "file:///etc/passwd",
        "ftp://127.0.0.1/pub/news.html",
        "--feed",
        f"{base}/feed.xml",
        "--fetch-timeout",
        str(TIMEOUT),
        "--max-size",
        str(MAX_MB),
        "-f",
        "json",
        "-o",
        str(out),
        "--date",
        "2025-10-30",
        "--no-cache",
    )
    (written,) = out.glob("*.json")
    sources = {source["path"]: source for source in json.loads(written.read_text())["sources"]}
    return run, sources


def test_the_run_briefs_the_good_inputs_and_names_the_bad(mixed: tuple[Run, dict]) -> None:
    run, sources = mixed
    assert run.code == EXIT_SKIPPED, run.stderr
    assert "Traceback" not in run.stderr
    assert run.seconds < 120  # five slow answers cost about a second each
    assert run.peak_mb < 1500  # the 64 MB stream is never held
    assert str(FILE_ARTICLE) in sources


def test_a_page_is_briefed_with_its_url_and_date(base: str, mixed: tuple[Run, dict]) -> None:
    _, sources = mixed
    page = sources[f"{base}/news/talks.html"]
    assert page["url"] == f"{base}/news/talks.html"
    assert page["published"] == "2025-10-29"  # from the page's metadata
    assert "Istanbul" in page["title"]
    assert "Home" not in page["text"] and "All rights reserved" not in page["text"]


def test_a_feed_item_link_is_fetched_as_an_article(base: str, mixed: tuple[Run, dict]) -> None:
    _, sources = mixed
    for number in (1, 2, 3):
        item = sources[f"{base}/story/{number}.html"]
        assert item["published"] == f"2025-10-0{number}"  # the page's date, not the feed's
        assert "teaser" not in item["text"]


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        ("/missing.html", "HTTP 404 Not Found"),
        ("/slow", f"no complete answer within {TIMEOUT:g} s (raise it with --fetch-timeout)"),
        ("/huge", "over the size limit (1,048,576 bytes)"),
        ("/loop", "a redirect loop, or more than 5 redirects"),
        ("/report.pdf", "application/pdf, not a web page (HTML)"),
    ],
)
def test_a_bad_url_is_skipped_with_its_reason(
    base: str, mixed: tuple[Run, dict], route: str, reason: str
) -> None:
    run, sources = mixed
    assert run.skipped()[f"{base}{route}"] == reason
    assert f"{base}{route}" not in sources


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/pub/news.html"])
def test_a_url_that_is_not_http_is_refused_unopened(mixed: tuple[Run, dict], url: str) -> None:
    run, _ = mixed
    scheme = url.split(":")[0]
    assert run.skipped()[url] == f"only http and https URLs are fetched, not {scheme}"
    assert "root:" not in run.stdout + run.stderr


def test_an_article_in_german_is_skipped_with_its_language(mixed: tuple[Run, dict]) -> None:
    run, sources = mixed
    reason = "written in German (de); briefgen's pipeline reads English"
    assert run.skipped()[str(GERMAN)] == reason
    assert str(GERMAN) not in sources


def test_a_redirect_to_another_scheme_is_refused(base: str) -> None:
    routes = {
        "/go": Answer(301, (("Location", "/go-on"),)),
        "/go-on": Answer(302, (("Location", "file:///etc/passwd"),)),
    }
    with serve(lambda _: routes) as other:
        reason = f"^{other}/go: redirected to file:///etc/passwd, which is not http"
        with pytest.raises(InputError, match=reason):
            fetch(f"{other}/go", max_bytes=1000, timeout=5)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("/garbage", "HELLO THERE"),
        ("/hang-up", "Remote end closed connection without response"),
        ("http://[::1", "not a valid URL (Invalid IPv6 URL)"),
        ("http://127.0.0.1:99999/", ""),
        ("http://exa mple.com/", "URL can't contain control characters"),
    ],
)
def test_a_broken_answer_or_url_is_a_reason(url: str, reason: str) -> None:
    routes = {
        "/garbage": Answer(stream=garbage, raw=True),
        "/hang-up": Answer(stream=hang_up, raw=True),
    }
    with serve(lambda _: routes) as other:
        address = f"{other}{url}" if url.startswith("/") else url
        with pytest.raises(InputError, match=f"^{re.escape(address)}: .*{re.escape(reason)}"):
            fetch(address, max_bytes=1000, timeout=5)


def test_a_long_chain_of_redirects_is_refused(base: str) -> None:
    chain = {f"/r{n}": Answer(302, (("Location", f"/r{n + 1}"),)) for n in range(10)}
    with serve(lambda _: chain) as other, pytest.raises(InputError, match="more than 5 redirects"):
        fetch(f"{other}/r0", max_bytes=1000, timeout=5)


def test_an_oversize_body_with_its_length_is_refused_unread(base: str) -> None:
    body = b"<html><body>" + b"x" * 5000 + b"</body></html>\n"
    refused = pytest.raises(InputError, match=f"{len(body):,} bytes is over the size limit")
    with serve(lambda _: {"/big": Answer(body=body)}) as other, refused:
        fetch(f"{other}/big", max_bytes=1000, timeout=5)


@pytest.mark.parametrize("answer", [sleep_then_answer, trickle], ids=["silent", "trickling"])
def test_a_slow_server_is_given_up_on_in_time(answer: Callable[..., None]) -> None:
    slow = Answer(stream=answer, raw=answer is sleep_then_answer)
    with serve(lambda _: {"/slow": slow}) as other:
        start = time.monotonic()
        with pytest.raises(InputError, match="no complete answer within 1 s"):
            fetch(f"{other}/slow", max_bytes=1_000_000, timeout=1)
        assert time.monotonic() - start < 2.5  # the bound, plus one read at most


def test_no_input_at_all_is_a_usage_error() -> None:
    run = run_cli("make", timeout=60)
    assert run.code == EXIT_USAGE
    assert "name an article file, folder or URL, or a --feed" in run.stderr


def test_a_path_is_not_mistaken_for_a_url(tmp_path: Path) -> None:
    run = run_cli("make", str(tmp_path / "nowhere:/x.txt"), "--dry-run", timeout=60)
    assert run.code == 1 and "no such file or folder" in run.stderr
