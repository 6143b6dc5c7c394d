"""Ingest: turn files and folders into Articles, skipping (not failing on) bad ones."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import InputError, NoInputError
from briefgen.ingest import docx, eml, feed, html, jsonl, pdf, text
from briefgen.model import Article

log = logging.getLogger(__name__)

Reader = Callable[[Path, bytes], list[Article]]
READERS: dict[str, Reader] = {
    suffix: module.read
    for module in (text, html, pdf, docx, eml, jsonl, feed)
    for suffix in module.SUFFIXES
}
# Default size limit: a long news article is well under 1 MB even as a saved page or PDF.
MAX_BYTES = 20 * 1024 * 1024
STDIN = Path("-")
_BRIEF_SCHEMA = b'"briefgen/brief@'  # a brief we wrote, found among the inputs


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Inputs:
    """What ingest read and what it skipped."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]


def read_inputs(
    paths: Iterable[Path], *, max_bytes: int = MAX_BYTES, exclude: Iterable[Path] = ()
) -> Inputs:
    """Read every article under `paths` (files or folders, recursively, in a stable order).

    `-` reads one article from standard input. Files under `exclude` (our output folder)
    are left out. An unreadable file is skipped with its reason; no article at all is an error.
    """
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for path in _files(paths, [p.resolve() for p in exclude]):
        try:
            articles += read_file(path, max_bytes)
        except InputError as error:
            skipped.append(Skipped(str(path), str(error).removeprefix(f"{path}: ")))
        except OSError as error:
            skipped.append(Skipped(str(path), error.strerror or str(error)))
        except Exception as error:  # a reader bug on one odd file must not sink the batch
            log.debug("%s: unexpected error", path, exc_info=True)
            skipped.append(Skipped(str(path), f"could not be read ({type(error).__name__})"))
    if not articles:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped) or "no files found"
        raise NoInputError(f"no readable article in the inputs ({reasons})")
    return Inputs(tuple(articles), tuple(skipped))


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> list[Article]:
    """The article(s) in one file (or `-`, standard input); InputError says why not."""
    if path == STDIN:
        raw = sys.stdin.buffer.read(max_bytes + 1)
        page = raw.lstrip()[:200].lower().startswith((b"<!doctype html", b"<html"))
        return (html.read if page else text.read)(Path("<stdin>"), _within(raw, max_bytes, STDIN))
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(f"{path}: unsupported file type {path.suffix or '(none)'!r}")
    if path.stat().st_size > max_bytes:
        raise InputError(
            f"{path}: {path.stat().st_size:,} bytes is over the size limit ({max_bytes:,})"
        )
    raw = _within(path.read_bytes(), max_bytes, path)
    if path.suffix.lower() == ".json" and _BRIEF_SCHEMA in raw[:4096]:
        raise InputError(f"{path}: a briefgen brief (our own output), not an article")
    return reader(path, raw)


def _within(raw: bytes, max_bytes: int, path: Path) -> bytes:
    if len(raw) > max_bytes:
        raise InputError(f"{path}: over the size limit ({max_bytes:,} bytes)")
    return raw


def _files(paths: Iterable[Path], exclude: list[Path]) -> Iterator[Path]:
    seen: set[Path] = set()
    for path in paths:
        if path == STDIN:
            yield path
            continue
        if not path.exists():
            raise NoInputError(f"{path}: no such file or folder")
        root = path.resolve()
        skip = [folder for folder in exclude if not root.is_relative_to(folder)]
        candidates = sorted(_walk(path)) if path.is_dir() else [path]
        for candidate in candidates:
            resolved = candidate.resolve()
            if resolved not in seen and not any(resolved.is_relative_to(f) for f in skip):
                seen.add(resolved)
                yield candidate


def _walk(folder: Path) -> Iterator[Path]:
    for entry in folder.iterdir():
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.is_file():
            yield entry
