"""Ingest: turn files and folders into Articles, skipping (not failing on) bad ones."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import InputError, NoInputError
from briefgen.ingest.text import SUFFIXES, read_text
from briefgen.model import Article


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


def read_inputs(paths: Iterable[Path]) -> Inputs:
    """Read every article under `paths` (files or folders, recursively, in a stable order).

    An unreadable file is skipped with its reason; finding no article at all is an error.
    """
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for path in _files(paths):
        try:
            if path.suffix.lower() not in SUFFIXES:
                raise InputError(f"{path}: unsupported file type {path.suffix or '(none)'!r}")
            articles.append(read_text(path))
        except InputError as error:
            skipped.append(Skipped(str(path), str(error).removeprefix(f"{path}: ")))
        except OSError as error:
            skipped.append(Skipped(str(path), error.strerror or str(error)))
    if not articles:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped) or "no files found"
        raise NoInputError(f"no readable article in the inputs ({reasons})")
    return Inputs(tuple(articles), tuple(skipped))


def _files(paths: Iterable[Path]) -> Iterator[Path]:
    seen: set[Path] = set()
    for path in paths:
        if not path.exists():
            raise NoInputError(f"{path}: no such file or folder")
        candidates = sorted(_walk(path)) if path.is_dir() else [path]
        for candidate in candidates:
            if candidate.resolve() not in seen:
                seen.add(candidate.resolve())
                yield candidate


def _walk(folder: Path) -> Iterator[Path]:
    for entry in folder.iterdir():
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.is_file():
            yield entry
