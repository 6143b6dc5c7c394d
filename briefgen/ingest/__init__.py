"""Ingest: turn files and folders into Articles, skipping (not failing on) bad ones."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from briefgen.cache import Cache
from briefgen.errors import InputError, NoInputError
from briefgen.ingest import docx, eml, feed, html, jsonl, pdf, text, web
from briefgen.ingest.boilerplate import enabled
from briefgen.ingest.clean import BRIEF_OUTPUT
from briefgen.ingest.fetch import Url
from briefgen.ingest.language import foreign, language_name
from briefgen.ingest.limits import DEFAULT_LIMITS, Limits, over
from briefgen.ingest.page_repeats import without_repeats
from briefgen.ingest.remembered import FileRead, Remembered
from briefgen.ingest.walk import STDIN, Skipped, find_inputs, not_regular
from briefgen.model import Article
from briefgen.terminal import visible

log = logging.getLogger(__name__)

Reader = Callable[[Path, bytes], list[Article]]
READERS: dict[str, Reader] = {
    suffix: module.read for module in (text, html, docx, eml) for suffix in module.SUFFIXES
}
# Readers of files that hold pages or records, bounded by the limits.
Budgeted = Callable[[Path, bytes, Limits], list[Article]]
BUDGETED: dict[str, Budgeted] = {
    suffix: module.read for module in (pdf, jsonl, feed) for suffix in module.SUFFIXES
}
_BRIEF_SCHEMA = b'"briefgen/brief@'  # a brief we wrote, found among the inputs
_NO_WAIT = getattr(os, "O_NONBLOCK", 0)  # opening a FIFO never waits for a writer (POSIX)
__all__ = ["STDIN", "Inputs", "Limits", "Skipped", "Url", "read_file", "read_inputs"]


@dataclass(frozen=True)
class Inputs:
    """What ingest read and what it skipped."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]


def read_inputs(
    paths: Iterable[Path | Url],
    *,
    limits: Limits = DEFAULT_LIMITS,
    exclude: Iterable[Path] = (),
    follow_links: bool = False,
    language: str | None = None,
    cache: Cache | None = None,
) -> Inputs:
    """Read every article under `paths` (files or folders, recursively, in a stable order,
    and web pages and feeds named by URL).

    `-` reads one article from standard input. Files under `exclude` (our output folder)
    are left out; links leaving a folder are followed only with `follow_links`. An unreadable
    file is skipped with its reason, and so is an article that is confidently not in
    `language` (an ISO 639 code; None reads any); no article at all is an error. With a
    `cache`, a file read before and unchanged since is taken from it.
    """
    articles: list[Article] = []
    skipped: list[Skipped] = []
    foreigners: list[Skipped] = []  # listed after every unreadable file, as they always were
    excluded = [Path(os.path.realpath(p)) for p in exclude]
    found_all = list(find_inputs(paths, exclude=excluded, follow_links=follow_links))
    remembered = (
        Remembered.looked_up(cache, found_all, limits, language) if cache is not None else None
    )
    for found in found_all:
        if isinstance(found, Skipped):
            skipped.append(found)
            continue
        read = remembered.get(found) if remembered is not None else None
        if read is None:
            read = _read_or_skip(found, limits, language)
            if remembered is not None and not read.failed:
                remembered.keep(found, read)
        if not read.failed:
            log.info("read %s: %s", visible(str(found)), _described(read.articles))
        articles += read.articles
        skipped += read.skipped
        foreigners += read.foreign
    if remembered is not None:
        remembered.save()
    if enabled():  # furniture only a batch shows: a line one site prints on many pages
        articles = without_repeats(articles)[0]
    skipped += foreigners
    if not articles:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped) or "no files found"
        raise NoInputError(f"no readable article in the inputs ({reasons})")
    return Inputs(tuple(articles), tuple(skipped))


def _read_or_skip(found: Path | Url, limits: Limits, language: str | None) -> FileRead:
    """What one input gives, its articles not in `language` set apart; or why it could not
    be read."""
    try:
        read = _read_one(found, limits)
    except InputError as error:
        return _unread(found, str(error).removeprefix(f"{found}: "))
    except OSError as error:
        return _unread(found, error.strerror or str(error))
    except Exception as error:  # a reader bug on one odd file must not sink the batch
        log.debug("%s: unexpected error", found, exc_info=True)
        return _unread(found, f"could not be read ({type(error).__name__})")
    got = [item for item in read if isinstance(item, Article)]
    lost = [item for item in read if isinstance(item, Skipped)]
    if language is None:
        return FileRead(got, lost)
    kept, foreign = _in_language(got, language)
    return FileRead(kept, lost, foreign)


def _unread(found: Path | Url, reason: str) -> FileRead:
    return FileRead([], [Skipped(str(found), reason)], failed=True)


def _described(articles: list[Article]) -> str:
    """What a file gave: "1 article, 5,321 characters"."""
    count = len(articles)
    chars = sum(len(article.text) for article in articles)
    return f"{count} article{'s' if count != 1 else ''}, {chars:,} characters"


def _read_one(found: Path | Url, limits: Limits) -> list[Article | Skipped]:
    """The articles of one file, page or feed (and a feed's items that could not be read)."""
    if not isinstance(found, Url):
        return [*read_file(found, limits)]
    if found.feed:
        return [_bounded(item, limits) for item in web.read_feed(found.address, limits)]
    return [*_checked(web.read_page(found.address, limits), limits)]


def _bounded(item: Article | Skipped, limits: Limits) -> Article | Skipped:
    """A feed's item, or Skipped when its text is longer than the parser's budget."""
    if isinstance(item, Skipped) or len(item.text) <= limits.max_chars:
        return item
    return Skipped(item.path, over(len(item.text), "characters", limits.max_chars, "--max-chars"))


def _in_language(articles: list[Article], language: str) -> tuple[list[Article], list[Skipped]]:
    """The articles written in `language`, and the others, skipped with their language."""
    kept: list[Article] = []
    skipped: list[Skipped] = []
    reads = f"briefgen's pipeline reads {language_name(language)}"
    for article in articles:
        found = foreign(f"{article.title}\n\n{article.text}", language)
        if found is None:
            kept.append(article)
        else:
            why = f"written in {found.name} ({found.code}); {reads}"
            skipped.append(Skipped(article.path, why))
    return kept, skipped


def read_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Article]:
    """The article(s) in one file (or `-`, standard input); InputError says why not."""
    if path == STDIN:
        raw = _within(sys.stdin.buffer.read(limits.max_bytes + 1), limits.max_bytes, STDIN)
        page = raw.lstrip()[:200].lower().startswith((b"<!doctype html", b"<html"))
        articles = (html.read if page else text.read)(Path("<stdin>"), raw)
        return _checked(articles, limits)
    info = os.stat(path)  # before any open: a FIFO would block, and /dev/zero never ends
    why = not_regular(info.st_mode)
    if why:
        raise InputError(f"{path}: {why}")
    suffix = path.suffix.lower()
    if suffix not in READERS and suffix not in BUDGETED:
        raise InputError(f"{path}: unsupported file type {path.suffix or '(none)'!r}")
    if info.st_size > limits.max_bytes:
        raise InputError(
            f"{path}: {info.st_size:,} bytes is over the size limit ({limits.max_bytes:,})"
        )
    raw = _read_regular(path, limits.max_bytes)
    if suffix == ".json" and _BRIEF_SCHEMA in raw[:4096]:
        raise InputError(f"{path}: {BRIEF_OUTPUT}")
    if suffix in html.SUFFIXES and len(raw) > limits.max_markup:
        reason = over(len(raw), "bytes of web page", limits.max_markup, "--max-chars")
        raise InputError(f"{path}: {reason}")
    budgeted = BUDGETED.get(suffix)
    articles = budgeted(path, raw, limits) if budgeted else READERS[suffix](path, raw)
    return _checked(articles, limits)


def _read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file, up to the size limit.

    Opened without waiting and checked again once open, in case the file was replaced by a
    FIFO or a device after it was looked at."""
    with os.fdopen(os.open(path, os.O_RDONLY | _NO_WAIT), "rb") as stream:
        why = not_regular(os.fstat(stream.fileno()).st_mode)
        if why:
            raise InputError(f"{path}: {why}")
        return _within(stream.read(max_bytes + 1), max_bytes, path)


def _checked(articles: list[Article], limits: Limits) -> list[Article]:
    """The articles, unless one is longer than the parser's budget."""
    for article in articles:
        count = len(article.text)
        if count > limits.max_chars:
            reason = over(count, "characters", limits.max_chars, "--max-chars")
            raise InputError(f"{article.path}: {reason}")
    return articles


def _within(raw: bytes, max_bytes: int, path: Path) -> bytes:
    if len(raw) > max_bytes:
        raise InputError(f"{path}: over the size limit ({max_bytes:,} bytes)")
    return raw
