"""Which files the inputs name: only what the user named is read.

Folders are walked in a stable (sorted) order, hidden entries left out. Every entry is
looked at with lstat/stat before anything is opened: a symbolic link that leaves the folder
the user named is not followed (unless `follow_links`), dangling and looping links are named,
and FIFOs, sockets and devices are refused unopened. Each entry left out is named with its
reason, except hidden files and our own output folder.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.errors import NoInputError
from briefgen.ingest.fetch import Url

STDIN = Path("-")
_SPECIAL = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, and why."""

    path: str
    reason: str


def not_regular(mode: int) -> str | None:
    """Why a file of this mode is never opened, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return f"{_SPECIAL.get(stat.S_IFMT(mode), 'a special file')}, not a regular file"


def find_inputs(
    paths: Iterable[Path | Url], *, exclude: Sequence[Path] = (), follow_links: bool = False
) -> Iterator[Path | Url | Skipped]:
    """Each file to read under `paths` (`-` and URLs as given), or a Skipped entry with its
    reason.

    A path the user named is read even when it is a link; inside a folder, a link is followed
    only to a target within that folder (any target with `follow_links`). A file reached twice
    is read once; files under `exclude` (our output folder) are left out."""
    seen: set[Path] = set()
    for path in paths:
        if path == STDIN or isinstance(path, Url):
            yield path
            continue
        if not os.path.lexists(path):
            raise NoInputError(f"{path}: no such file or folder")
        root = Path(os.path.realpath(path))
        skip = tuple(folder for folder in exclude if not root.is_relative_to(folder))
        walk = _Walk(root, follow_links, skip, seen)
        yield from walk.named(path)


@dataclass
class _Walk:
    """One named path being walked: the folder links must stay in, and what was read."""

    root: Path  # the real path of what the user named
    follow_links: bool
    skip: tuple[Path, ...]  # real paths of folders left out (our output)
    seen: set[Path] = field(default_factory=set)  # real paths of files already found

    def named(self, path: Path) -> Iterator[Path | Skipped]:
        info = _stat(path)
        if isinstance(info, Skipped):
            yield info
        else:
            yield from self._target(path, self.root, info.st_mode, frozenset())

    def _folder(self, folder: Path, visiting: frozenset[Path]) -> Iterator[Path | Skipped]:
        try:
            names = sorted(entry.name for entry in os.scandir(folder))
        except OSError as error:
            yield Skipped(str(folder), error.strerror or str(error))
            return
        for name in names:
            if not name.startswith("."):
                yield from self._entry(folder / name, visiting)

    def _entry(self, path: Path, visiting: frozenset[Path]) -> Iterator[Path | Skipped]:
        try:
            mode = os.lstat(path).st_mode
        except OSError as error:  # removed while we looked
            yield Skipped(str(path), error.strerror or str(error))
            return
        if stat.S_ISLNK(mode):
            yield from self._link(path, visiting)
        else:
            yield from self._target(path, path.resolve(), mode, visiting)

    def _link(self, path: Path, visiting: frozenset[Path]) -> Iterator[Path | Skipped]:
        info = _stat(path)
        if isinstance(info, Skipped):
            yield info
            return
        real = Path(os.path.realpath(path))
        inside = real.is_relative_to(self.root)
        if not inside and not self.follow_links:
            outside = f"a symbolic link to {real}, outside the input folder"
            yield Skipped(str(path), f"{outside} (--follow-links reads it)")
        elif not (inside and stat.S_ISDIR(info.st_mode)):  # a folder inside is walked anyway
            yield from self._target(path, real, info.st_mode, visiting)

    def _target(
        self, path: Path, real: Path, mode: int, visiting: frozenset[Path]
    ) -> Iterator[Path | Skipped]:
        if stat.S_ISDIR(mode):
            if real in visiting:
                yield Skipped(str(path), "a symbolic link loop (a folder inside itself)")
            elif not any(real.is_relative_to(folder) for folder in self.skip):
                yield from self._folder(path, visiting | {real})
            return
        why = not_regular(mode)
        if why:
            yield Skipped(str(path), why)
        elif real not in self.seen and not any(real.is_relative_to(f) for f in self.skip):
            self.seen.add(real)
            yield path


def _stat(path: Path) -> os.stat_result | Skipped:
    """The status of what `path` points to, or why a link leads nowhere."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return Skipped(str(path), "a dangling symbolic link (its target does not exist)")
    except OSError as error:
        if error.errno == errno.ELOOP:
            return Skipped(str(path), "a symbolic link loop")
        return Skipped(str(path), error.strerror or str(error))
