"""Files read before, taken from the cache instead of being read and cleaned again.

Reading and cleaning a file (decoding, front matter, boilerplate rules) costs about 10 ms; a
re-run over 1,000 unchanged files whose brief is cached spent nearly all its time there.
Each regular file's articles are stored in the cache's `reads` table, with those found not
to be in the pipeline's language set apart (identifying a language costs about 1 ms an
article, and loading the identifier 0.5 s), under a key made of the path as named (articles
carry it), the file's size, modification and change times (nanoseconds) and inode, the
reading limits, the language, and briefgen's version and code fingerprint (any change to a
reader, a cleaner or a lexicon reads every file again). A write to the file
changes its change time, so an edited file is read again even when its size and
modification time were kept. Standard input, URLs and files that could not be read are never
stored. Entries are read and written in batches (`Cache.get_many`, `put_many`).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Sequence
from dataclasses import astuple, dataclass, field
from pathlib import Path

from briefgen import __version__
from briefgen.cache import Cache, code_fingerprint, make_key
from briefgen.ingest.fetch import Url
from briefgen.ingest.limits import Limits
from briefgen.ingest.walk import STDIN, Skipped
from briefgen.model import Article

READS = "reads"
# The format of a stored entry; a change makes every old entry a miss.
FORMAT = "1"


@dataclass(frozen=True)
class FileRead:
    """What one input gave: its articles in the pipeline's language, the items it could not
    read (a feed's), its articles in another language (skipped); `failed` when the input
    itself could not be read (never stored)."""

    articles: list[Article]
    skipped: list[Skipped]
    foreign: list[Skipped] = field(default_factory=list)
    failed: bool = False


def file_key(path: Path, limits: Limits, language: str | None) -> str | None:
    """The cache key of a regular file as it is now, or None for anything else."""
    if path == STDIN:
        return None
    try:
        info = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return make_key(
        READS,
        FORMAT,
        __version__,
        code_fingerprint(),
        str(path),
        *(str(n) for n in (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)),
        repr(astuple(limits)),
        language or "",
    )


def encode(read: FileRead) -> bytes:
    """A file's read, as JSON."""
    row = {
        "articles": [article.model_dump(mode="json") for article in read.articles],
        "skipped": [[item.path, item.reason] for item in read.skipped],
        "foreign": [[item.path, item.reason] for item in read.foreign],
    }
    return json.dumps(row, ensure_ascii=False).encode("utf-8")


def decode(data: bytes) -> FileRead:
    """What `encode` stored."""
    row = json.loads(data)
    return FileRead(
        [Article.model_validate(article) for article in row["articles"]],
        [Skipped(*item) for item in row["skipped"]],
        [Skipped(*item) for item in row["foreign"]],
    )


@dataclass
class Remembered:
    """The stored reads of the files about to be read, and the new reads to store."""

    cache: Cache
    keys: dict[Path, str]
    stored: dict[Path, bytes]
    pending: list[tuple[str, bytes]] = field(default_factory=list)

    @classmethod
    def looked_up(
        cls,
        cache: Cache,
        found: Sequence[Path | Url | Skipped],
        limits: Limits,
        language: str | None,
    ) -> Remembered:
        """The stored reads of every regular file among `found`, in one batched look-up."""
        keys = {}
        for path in found:
            if isinstance(path, Path) and (key := file_key(path, limits, language)) is not None:
                keys[path] = key
        values = cache.get_many(READS, list(keys.values()))
        stored = {path: data for path, data in zip(keys, values, strict=True) if data is not None}
        return cls(cache, keys, stored)

    def get(self, path: Path | Url) -> FileRead | None:
        """The file's stored read, or None (a miss, or an entry that does not read back)."""
        if not isinstance(path, Path) or path not in self.stored:
            return None
        return self.cache.decode(READS, self.keys[path], self.stored[path], decode)

    def keep(self, path: Path | Url, read: FileRead) -> None:
        """Note a file's fresh read, to be stored by `save`."""
        if isinstance(path, Path) and path in self.keys:
            self.pending.append((self.keys[path], encode(read)))

    def save(self) -> None:
        """Store the fresh reads, in one transaction."""
        self.cache.put_many(READS, self.pending)
        self.pending = []
