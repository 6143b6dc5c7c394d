"""Fetching one web page or feed: http(s) only, under a time and a size bound.

The standard library's urllib does the work. The body is read in chunks and never past the
size bound (a Content-Length over it is refused before the body is read); the whole fetch
stops once the time bound has passed (a silent server is given the bound once more at most:
each network read waits that long). Redirects are followed up to MAX_REDIRECTS, to http(s)
only. No compressed encodings are asked for, so a small response cannot expand in memory.
Proxies are taken from the usual environment variables (`https_proxy`, `no_proxy`). The time
bound does not cover resolving the host name, which the system resolver bounds itself.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from http.client import HTTPException, HTTPMessage, HTTPResponse
from typing import IO, Any
from urllib.parse import urljoin, urlsplit

from briefgen import __version__
from briefgen.errors import InputError
from briefgen.ingest.limits import FETCH_TIMEOUT

SCHEMES = ("http", "https")
# Real sites redirect once or twice (http -> https, a canonical address); more is a loop.
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_LOOP = f"a redirect loop, or more than {MAX_REDIRECTS} redirects"
_AGENT = f"briefgen/{__version__}"


class TimedOut(InputError):
    """No complete answer from a URL within the time bound."""

    def __init__(self, url: str, timeout: float) -> None:
        why = f"no complete answer within {timeout:g} s (raise it with --fetch-timeout)"
        super().__init__(f"{url}: {why}")


@dataclass(frozen=True)
class Url:
    """A URL named as an input: a web page, or (`feed`) an RSS/Atom feed."""

    address: str
    feed: bool = False

    def __str__(self) -> str:
        return self.address


@dataclass(frozen=True)
class Fetched:
    """A response body within the bounds, with its media type ("text/html"; "" if none)."""

    media_type: str
    body: bytes


def is_url(text: str) -> bool:
    """Whether an input names a URL ("scheme://...") rather than a file."""
    scheme, _, rest = text.partition("://")
    return bool(rest) and scheme.isascii() and scheme.replace("+", "").isalnum()


def check_scheme(url: str) -> None:
    """Refuse a URL that is not http(s), or has no host, before anything is opened."""
    try:
        parts = urlsplit(url)
    except ValueError as error:  # "Invalid IPv6 URL"
        raise InputError(f"{url}: not a valid URL ({error})") from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise InputError(f"{url}: only http and https URLs are fetched, not {scheme or 'this'}")
    if not parts.hostname:
        raise InputError(f"{url}: no host name in the URL")


def fetch(url: str, *, max_bytes: int, timeout: float = FETCH_TIMEOUT) -> Fetched:
    """The body at `url`; InputError (naming the URL) when it cannot be had within bounds."""
    check_scheme(url)
    request = urllib.request.Request(
        url, headers={"User-Agent": _AGENT, "Accept-Encoding": "identity"}
    )
    deadline = time.monotonic() + timeout
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            body = _read_body(response, url, max_bytes, deadline, timeout)
            media_type = _media_type(response.headers)
    except _Refused as error:
        raise InputError(f"{url}: redirected to {error}, which is not http(s)") from None
    except urllib.error.HTTPError as error:
        if 300 <= error.code < 400:
            raise InputError(f"{url}: {_LOOP}") from None
        raise InputError(f"{url}: HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise TimedOut(url, timeout) from None
        raise InputError(f"{url}: {_reason(error.reason)}") from None
    except TimeoutError:
        raise TimedOut(url, timeout) from None
    except (OSError, ValueError, HTTPException) as error:  # a reset, a malformed answer or URL
        raise InputError(f"{url}: {_reason(error)}") from None
    return Fetched(media_type, body)


def _read_body(
    response: HTTPResponse, url: str, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    """The body, read in chunks: never more than `max_bytes` + 1, never past the deadline."""
    length = response.headers.get("Content-Length")
    if length and length.strip().isdigit() and int(length) > max_bytes:
        raise InputError(f"{url}: {int(length):,} bytes is over the size limit ({max_bytes:,})")
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(min(_CHUNK, max_bytes + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{url}: over the size limit ({max_bytes:,} bytes)")
        if time.monotonic() > deadline:
            raise TimedOut(url, timeout)
    return b"".join(chunks)


def _media_type(headers: Message) -> str:
    """The media type of a response, lower-case, without parameters ("" when not given)."""
    return (headers.get_content_type() if headers.get("Content-Type") else "").lower()


def _reason(reason: object) -> str:
    """Why a fetch failed, in words ("Connection refused"; the error's name if it has none)."""
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__


class _Refused(Exception):
    """A redirect to an address that is not http(s)."""


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows a few redirects, to http(s) only (urllib would also follow one to ftp)."""

    max_redirections = MAX_REDIRECTS
    max_repeats = 1  # the same address twice is a loop

    def http_error_302(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
    ) -> Any:
        target = urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        if urlsplit(target).scheme.lower() not in SCHEMES:
            raise _Refused(target)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


_OPENER = urllib.request.build_opener(_Redirects)
