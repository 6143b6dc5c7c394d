"""Re-run an action when input files change: polling with a debounce, no extra dependency.

Polling the files' sizes and modification times works on every platform and file system
(network shares included) at the cost of a short delay; a change is acted on once the files
have been quiet for `debounce` seconds, so an editor's save-in-several-writes runs it once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

Snapshot = dict[str, tuple[int, int]]


def snapshot(paths: Iterable[Path], ignore: Sequence[Path] = ()) -> Snapshot:
    """Size and modification time of every visible file under `paths`, except under `ignore`."""
    found: Snapshot = {}
    skipped = [folder.resolve() for folder in ignore]
    for path in paths:
        files = path.rglob("*") if path.is_dir() else [path]
        for file in files:
            if any(part.startswith(".") for part in file.parts[len(path.parts) :]):
                continue
            if any(file.resolve().is_relative_to(folder) for folder in skipped):
                continue
            try:
                stat = file.stat()
            except OSError:  # removed while we looked
                continue
            if file.is_file():
                found[str(file)] = (stat.st_size, stat.st_mtime_ns)
    return found


def watch(
    paths: list[Path],
    action: Callable[[], object],
    *,
    interval: float = 0.5,
    debounce: float = 1.0,
    max_iterations: int | None = None,
    ignore: Sequence[Path] = (),
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Call `action` whenever the files under `paths` change; return how many times it ran.

    Polls every `interval` seconds; stops after `max_iterations` polls (None: until interrupted,
    e.g. by Ctrl-C, which the caller handles). Files under `ignore` (the output folder) do not
    count as changes."""
    seen = snapshot(paths, ignore)
    pending_since: float | None = None
    runs = polls = 0
    while max_iterations is None or polls < max_iterations:
        sleep(interval)
        polls += 1
        now = snapshot(paths, ignore)
        if now != seen:
            seen, pending_since = now, polls * interval
        elif pending_since is not None and polls * interval - pending_since >= debounce:
            pending_since = None
            action()
            runs += 1
    return runs
