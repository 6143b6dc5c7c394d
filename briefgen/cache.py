"""A local SQLite cache (stdlib sqlite3) of files read, article parses and whole briefs.

Three tables: `reads` holds the articles read and cleaned from each input file, keyed by its
path, size and times and briefgen's code (`briefgen.ingest.remembered`); `docs` holds each
article's spaCy parse (zlib-compressed `Doc.to_bytes`), keyed by its text, the pipeline's name
and version and the parse settings, so adding one article parses only that one; `briefs` holds
whole briefs keyed by every input and setting, so a re-run where nothing changed never loads
spaCy. Nothing in the cache is ever fatal: an entry that does not read back is discarded (and
recomputed by the caller), a damaged cache file is deleted and started again, each with a
warning; a locked or unwritable cache is worked around.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from contextlib import closing
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

CACHE_DIR_ENV = "BRIEFGEN_CACHE_DIR"
FILE_NAME = "cache.sqlite3"
TABLES = ("reads", "docs", "briefs")
# Keys read in one query: SQLite allows 32,766 parameters; batches also bound the memory
# of the compressed parses held at once.
BATCH = 500
# Another briefgen run may hold the write lock briefly; wait this many seconds for it.
_LOCK_TIMEOUT = 10.0
# SQLite's codes for a file that is damaged (SQLITE_CORRUPT) or not a database (SQLITE_NOTADB):
# such a file is deleted; other errors (a lock, a read-only folder) leave it as it is.
_DAMAGED = (11, 26)
PACKAGE = Path(__file__).resolve().parent
# Rendering only: a cached brief does not depend on them, so editing a theme keeps the cache.
BUILTIN_TEMPLATES = PACKAGE / "builtin_templates"


def default_cache_dir() -> Path:
    """The user cache folder: $BRIEFGEN_CACHE_DIR, else the platform's cache folder + briefgen."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV])
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return base / "briefgen" / "Cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "briefgen"
    return Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / "briefgen"


@cache
def code_fingerprint() -> str:
    """A hash of briefgen's own code and lexicons: a cached brief or read is stale when either
    changes."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_relative_to(BUILTIN_TEMPLATES):
            continue
        if path.suffix in {".py", ".txt", ".tsv", ".toml", ".json"} and path.is_file():
            digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def make_key(*parts: str) -> str:
    """A stable key for the given parts (SHA-256; parts are length-prefixed, so never ambiguous)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


class Cache:
    """Key-value tables in one SQLite file; every operation opens and closes its connection."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_cache_dir()
        self.path = self.folder / FILE_NAME

    def get(self, table: str, key: str) -> bytes | None:
        """The value stored under `key`, or None (also when the file is missing or damaged)."""
        if not self.path.exists():
            return None
        rows = self._query(f"SELECT value FROM {_table(table)} WHERE key = ?", (key,))
        return bytes(rows[0][0]) if rows else None

    def get_many(self, table: str, keys: Sequence[str]) -> list[bytes | None]:
        """The value stored under each key, or None, read in batches of `BATCH` keys (one
        connection per batch, not per key)."""
        if not self.path.exists():
            return [None] * len(keys)
        found: dict[str, bytes] = {}
        for start in range(0, len(keys), BATCH):
            chunk = keys[start : start + BATCH]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT key, value FROM {_table(table)} WHERE key IN ({marks})"
            found.update((key, bytes(value)) for key, value in self._query(sql, tuple(chunk)))
        return [found.get(key) for key in keys]

    def put_many(self, table: str, items: Sequence[tuple[str, bytes]]) -> None:
        """Store each (key, value), in one transaction."""
        if not items:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("cache folder %s unusable (%s); continuing without it", self.folder, error)
            return
        sql = f"INSERT OR REPLACE INTO {_table(table)} VALUES (?, ?)"
        self._query(sql, tuple(items), many=True)

    def decode(self, table: str, key: str, data: bytes, decode: Callable[[bytes], T]) -> T | None:
        """`decode(data)` for the value stored under `key`; when it fails, the entry is
        discarded with a warning and None is returned, so that the caller recomputes it."""
        try:
            return decode(data)
        except Exception as error:  # any entry that does not read back is a miss
            log.warning(
                "cache entry %s/%s does not read back (%s: %s); discarded, recomputing",
                table,
                key[:12],
                type(error).__name__,
                error,
            )
            self.discard(table, key)
            return None

    def load(self, table: str, key: str, decode: Callable[[bytes], T]) -> T | None:
        """The value stored under `key`, decoded; None when missing or it does not read back."""
        data = self.get(table, key)
        return None if data is None else self.decode(table, key, data, decode)

    def discard(self, table: str, key: str) -> None:
        """Delete the entry under `key`, if any."""
        if self.path.exists():
            self._query(f"DELETE FROM {_table(table)} WHERE key = ?", (key,))

    def put(self, table: str, key: str, value: bytes) -> None:
        """Store `value` under `key` (replacing any older value)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("cache folder %s unusable (%s); continuing without it", self.folder, error)
            return
        self._query(f"INSERT OR REPLACE INTO {_table(table)} VALUES (?, ?)", (key, value))

    def stats(self) -> dict[str, int]:
        """Entries per table and the file size in bytes."""
        counts = dict.fromkeys(TABLES, 0)
        if self.path.exists():
            for table in TABLES:
                rows = self._query(f"SELECT COUNT(*) FROM {table}", ())
                counts[table] = rows[0][0] if rows else 0
        return {**counts, "bytes": self.path.stat().st_size if self.path.exists() else 0}

    def clear(self) -> int:
        """Delete the cache file; return how many entries it held."""
        held = sum(count for name, count in self.stats().items() if name in TABLES)
        self._delete_files()
        return held

    def _delete_files(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def _query(
        self, sql: str, params: tuple[Any, ...], retry: bool = True, many: bool = False
    ) -> list[tuple[Any, ...]]:
        """Run one statement (`many`: once per row of `params`) in its own connection."""
        try:
            with closing(sqlite3.connect(self.path, timeout=_LOCK_TIMEOUT)) as db, db:
                for table in TABLES:
                    db.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value)")
                if many:
                    db.executemany(sql, params)
                    return []
                return db.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as error:
            if retry and getattr(error, "sqlite_errorcode", None) in _DAMAGED:
                return self._start_again(error, sql, params, many)
            log.warning("cache %s unusable (%s); continuing without it", self.path, error)
            return []

    def _start_again(
        self, error: sqlite3.DatabaseError, sql: str, params: tuple[Any, ...], many: bool
    ) -> list[tuple[Any, ...]]:
        """Delete a damaged cache file, then run the statement once on a new one."""
        log.warning("cache %s is damaged (%s); discarded, starting a new one", self.path, error)
        try:
            self._delete_files()
        except OSError as failure:
            log.warning(
                "cache %s cannot be deleted (%s); continuing without it", self.path, failure
            )
            return []
        return self._query(sql, params, retry=False, many=many)


def _table(name: str) -> str:
    if name not in TABLES:
        raise ValueError(f"unknown cache table {name!r}")
    return name
