"""What `-v` shows: each step of a run, what it found and how long it took.

A step is logged at INFO on the `briefgen` logger: "quotes: 12 item(s) (0.31 s)". The log
level comes from the command line (-v); without it the message is never even formatted.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sized
from typing import TypeVar

T = TypeVar("T")


def counted(result: object) -> str:
    """What a step found, in a few words: "12 item(s)", or "done"."""
    return f"{len(result)} item(s)" if isinstance(result, Sized) else "done"


def logged_step(
    log: logging.Logger,
    name: str,
    action: Callable[[], T],
    found: Callable[[T], str] = counted,
) -> T:
    """Run `action`; at -v, log the step's name, what it found and its time."""
    if not log.isEnabledFor(logging.INFO):
        return action()
    start = time.perf_counter()
    result = action()
    log.info("%s: %s (%.2f s)", name, found(result), time.perf_counter() - start)
    return result
