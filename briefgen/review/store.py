"""The brief JSON under review: every edit saved at once, atomically, logged, undoable.

Beside `NAME.json` live two files:
- `NAME.edits.log`, append-only JSON lines: a `base` line when review starts from the file as
  it is, then one line per `edit` and per `undo`, each with the SHA-256 of the JSON it saved;
- `NAME.edits.base`, the JSON as it was at the last `base` line.

An edit is applied to the file as saved (not to a tab's copy), under a lock held across the
read, the atomic write (temporary file + rename) and the log line, so two saves never
interleave and a second tab sees every edit on reload. Undo replays the edits since the base
less the last one. A file changed by other means since the last logged save starts a new
base: undo never reaches past a hand edit.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from briefgen.api import load_brief
from briefgen.model import Brief
from briefgen.output import write_atomic
from briefgen.review.edits import Edit, EditRefused, apply_edit

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: the thread lock alone
    fcntl = None  # type: ignore[assignment]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Store:
    """One brief JSON file and its edit log."""

    def __init__(self, path: Path) -> None:
        self.path = path
        stem = path.name.removesuffix(".json")
        self.log_path = path.with_name(f"{stem}.edits.log")
        self.base_path = path.with_name(f"{stem}.edits.base")
        self._lock = threading.Lock()
        self._cached: tuple[str, Brief] | None = None

    def load(self) -> Brief:
        """The brief as saved now (parsed again only when the file changed)."""
        data = self.path.read_bytes()
        digest = _digest(data)
        if self._cached is None or self._cached[0] != digest:
            self._cached = (digest, _parse(data, self.path))
        return self._cached[1]

    def apply(self, edit: Edit) -> Brief:
        """Make one edit on the saved brief and save it (EditRefused: nothing is saved)."""
        with self.locked() as log:
            brief = self._based(log)
            edited = apply_edit(brief, edit)
            return self._save(edited, log, {"edit": edit.to_dict()})

    def undo(self) -> Brief:
        """Take back the last edit not yet taken back since the base."""
        with self.locked() as log:
            self._based(log)
            edits = self._pending(log)
            if not edits:
                raise EditRefused("there is no edit to undo")
            brief = load_brief(self.base_path)
            for edit in edits[:-1]:
                brief = apply_edit(brief, edit)
            return self._save(brief, log, {"undo": edits[-1].to_dict()})

    def history(self) -> list[Edit]:
        """The edits in force since the base, oldest first."""
        if not self.log_path.exists():
            return []
        with self.log_path.open("r", encoding="utf-8") as log:
            return self._pending(log)

    @contextlib.contextmanager
    def locked(self) -> Iterator[IO[str]]:
        """The log, open for appending, with this process's and other processes' writers
        shut out until the block ends."""
        with self._lock, self.log_path.open("a+", encoding="utf-8") as log:
            if fcntl is not None:
                fcntl.flock(log, fcntl.LOCK_EX)
            try:
                yield log
            finally:
                if fcntl is not None:
                    fcntl.flock(log, fcntl.LOCK_UN)

    def _based(self, log: IO[str]) -> Brief:
        """The saved brief; when the log does not end at it, it becomes the new base."""
        data = self.path.read_bytes()
        lines = _lines(log)
        if not lines or lines[-1].get("sha256") != _digest(data):
            write_atomic(self.base_path, data)
            _append(log, {"base": self.base_path.name, "sha256": _digest(data)})
        return self.load()

    def _save(self, brief: Brief, log: IO[str], entry: dict[str, Any]) -> Brief:
        data = brief.to_json().encode("utf-8")
        write_atomic(self.path, data)
        _append(log, {**entry, "sha256": _digest(data)})
        self._cached = (_digest(data), brief)
        return brief

    @staticmethod
    def _pending(log: IO[str]) -> list[Edit]:
        stack: list[Edit] = []
        for line in _lines(log):
            if "base" in line:
                stack = []
            elif "edit" in line:
                stack.append(Edit(line["edit"]["op"], line["edit"]["args"]))
            elif "undo" in line and stack:
                stack.pop()
        return stack


def _parse(data: bytes, path: Path) -> Brief:
    """A brief from its JSON; an invalid one is an error naming the field."""
    from pydantic import ValidationError

    try:
        return Brief.from_json(data)
    except ValidationError:
        return load_brief(path)  # raises the error that names the field


def _lines(log: IO[str]) -> list[dict[str, Any]]:
    """The log's entries (a line cut short by a crash is skipped)."""
    log.seek(0)
    found = []
    for line in log:
        with contextlib.suppress(json.JSONDecodeError):
            found.append(json.loads(line))
    return found


def _append(log: IO[str], entry: dict[str, Any]) -> None:
    stamped = {"at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), **entry}
    log.seek(0, os.SEEK_END)
    log.write(json.dumps(stamped, ensure_ascii=False) + "\n")
    log.flush()
    os.fsync(log.fileno())
