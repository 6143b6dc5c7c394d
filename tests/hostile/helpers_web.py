"""A local web server for the fetch tests: real article pages, a feed, and hostile answers.

It listens on 127.0.0.1 only (a port the system picks), in a thread, for one test module.
"""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

from briefgen.ingest import read_file

# How long /slow waits before it answers: well past the timeout the tests give.
SLOW_SECONDS = 5.0
# How much /huge streams at most before it stops by itself (the client should hang up first).
HUGE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Answer:
    """What the server sends for one path: a status, headers and a body (or a streamer)."""

    status: int = 200
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/html; charset=utf-8"),)
    body: bytes = b""
    stream: Callable[[BaseHTTPRequestHandler], None] | None = None
    raw: bool = False  # the stream writes everything itself, status line included (or none)


def article_page(source: Path, published: str | None = "2025-10-29") -> bytes:
    """A news page for a real article file: its title and paragraphs, a date in the metadata
    (unless None), and navigation and a footer around it (what trafilatura leaves out)."""
    (article,) = read_file(source)
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in article.text.split("\n") if p)
    title = html.escape(article.title)
    date = f'<meta property="article:published_time" content="{published}T08:00:00Z">'
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title}</title>
{date if published else ""}
<meta property="og:site_name" content="Local News"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>
{paragraphs}
</article><footer>Copyright Local News. All rights reserved.</footer></body></html>
""".encode()


def rss(base: str, links: list[str], title: str = "Local News") -> bytes:
    """An RSS 2.0 feed whose items link to pages on this server, with teaser summaries."""
    items = "".join(
        f"<item><title>Story {n}</title><link>{base}{link}</link>"
        f"<description>A short teaser for story {n}.</description>"
        f"<pubDate>Tue, 28 Oct 2025 10:00:00 GMT</pubDate></item>"
        for n, link in enumerate(links, start=1)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>{base}/</link><description>News</description>{items}</channel></rss>"
    ).encode()


def stream_forever(handler: BaseHTTPRequestHandler) -> None:
    """A body with no Content-Length, streamed until the client hangs up (or HUGE_BYTES)."""
    chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
    sent = 0
    try:
        while sent < HUGE_BYTES:
            handler.wfile.write(chunk)
            sent += len(chunk)
    except OSError:  # the client stopped reading: as it should
        return


def trickle(handler: BaseHTTPRequestHandler) -> None:
    """A page sent a few bytes at a time, each well within a read's timeout, for SLOW_SECONDS."""
    end = time.monotonic() + SLOW_SECONDS
    try:
        handler.wfile.write(b"<html><body><p>")
        while time.monotonic() < end:
            handler.wfile.write(b"word ")
            handler.wfile.flush()
            time.sleep(0.1)
    except OSError:
        return


def garbage(handler: BaseHTTPRequestHandler) -> None:
    """Not HTTP at all: a line of noise instead of a status line."""
    handler.wfile.write(b"HELLO THERE\r\n\r\n")


def hang_up(handler: BaseHTTPRequestHandler) -> None:
    """Close the connection without a word."""
    handler.close_connection = True


def sleep_then_answer(handler: BaseHTTPRequestHandler) -> None:
    """Say nothing for SLOW_SECONDS, then a page (no status line: serve it with raw=True)."""
    time.sleep(SLOW_SECONDS)
    try:
        handler.wfile.write(b"<html><body><p>Too late.</p></body></html>")
    except OSError:
        return


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Answer]] = {}

    def do_GET(self) -> None:
        answer = self.routes.get(self.path, Answer(404, body=b"not found"))
        if answer.raw and answer.stream is not None:
            answer.stream(self)
            return
        self.send_response(answer.status)
        for name, value in answer.headers:
            self.send_header(name, value)
        if answer.stream is None:
            self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if answer.stream is not None:
            answer.stream(self)
        else:
            self.wfile.write(answer.body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read stderr of the command, not of the server."""


@contextmanager
def serve(routes: Callable[[str], dict[str, Answer]]) -> Iterator[str]:
    """A server on 127.0.0.1 answering `routes(base URL)`; yields the base URL."""
    handler = type("Handler", (_Handler,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    handler.routes = routes(base)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
