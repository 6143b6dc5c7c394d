"""A local SQLite cache (stdlib sqlite3) of article parses and whole briefs.

Two tables: `docs` holds each article's spaCy parse (zlib-compressed `Doc.to_bytes`), keyed by
its text, the pipeline's name and version and the parse settings, so adding one article parses
only that one; `briefs` holds whole briefs keyed by every input and setting, so a re-run where
nothing changed never loads spaCy. A damaged cache file is a miss, never a failure.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CACHE_DIR_ENV = "BRIEFGEN_CACHE_DIR"
FILE_NAME = "cache.sqlite3"
TABLES = ("docs", "briefs")
# Another briefgen run may hold the write lock briefly; wait this many seconds for it.
_LOCK_TIMEOUT = 10.0


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
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        return held

    def _query(self, sql: str, params: tuple[str | bytes, ...]) -> list[tuple[Any, ...]]:
        try:
            with closing(sqlite3.connect(self.path, timeout=_LOCK_TIMEOUT)) as db, db:
                for table in TABLES:
                    db.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value)")
                return db.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as error:  # damaged or locked: work without the cache
            log.warning("cache %s unusable (%s); continuing without it", self.path, error)
            return []


def _table(name: str) -> str:
    if name not in TABLES:
        raise ValueError(f"unknown cache table {name!r}")
    return name
