"""A time budget per article: extraction stops on an article that runs past it.

Cooperative, with no signal and no thread, so no state is ever left half-made: the pipeline
sets a budget for a run (`limited`); the work on one article is charged to it inside
`charging(doc)` (its annotation, each per-article extractor, and the per-article loops of the
cross-article ones), and the loops over an article's sentences, names and tokens call
`check(doc)`, which raises `OverBudget` once the time charged to that article is past the
budget. The parse is not charged: it runs in batches of many articles, and is cached.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Seconds of extraction per article: a 200,000-character article (the --max-chars default)
# takes about 4 s past its parse on a 2-core laptop, so only an article the extractors
# stumble on comes near this.
ARTICLE_SECONDS = 60.0
FLAG = "--article-seconds"


class OverBudget(Exception):
    """Extraction ran past the time budget on the article of this Doc."""

    def __init__(self, doc: Doc, seconds: float) -> None:
        super().__init__(
            f"over the time budget of {seconds:g} s per article (raise it with {FLAG})"
        )
        self.doc = doc


@dataclass
class Budget:
    """The seconds each article may take, and the time charged to each so far."""

    seconds: float
    spent: dict[Doc, float] = field(default_factory=dict)
    current: Doc | None = None  # the article being charged now
    since: float = 0.0  # when charging it began
    kept: dict[Doc, float] = field(default_factory=dict)  # what `keep` saved

    def switch(self, doc: Doc | None) -> None:
        """Charge the time since the last switch to the current article; then charge `doc`."""
        now = time.monotonic()
        if self.current is not None:
            self.spent[self.current] = self.spent.get(self.current, 0.0) + now - self.since
        self.current, self.since = doc, now

    def charged(self, doc: Doc) -> float:
        """Seconds charged to an article, the running stretch included."""
        running = time.monotonic() - self.since if self.current is doc else 0.0
        return self.spent.get(doc, 0.0) + running

    def keep(self) -> None:
        """Save the time charged so far (the annotation, done once)."""
        self.kept = dict(self.spent)

    def restart(self) -> None:
        """Back to the time saved: extraction runs again without an article left out, and
        the others are not charged twice for it."""
        self.spent = dict(self.kept)


_BUDGET: ContextVar[Budget | None] = ContextVar("briefgen_budget", default=None)


@contextmanager
def limited(seconds: float | None) -> Iterator[Budget | None]:
    """Run under a budget of `seconds` per article (None: no budget)."""
    budget = Budget(seconds) if seconds is not None else None
    token = _BUDGET.set(budget)
    try:
        yield budget
    finally:
        _BUDGET.reset(token)


@contextmanager
def charging(doc: Doc) -> Iterator[None]:
    """Charge the time spent inside to the article of `doc`; an article already past its
    budget stops at once."""
    budget = _BUDGET.get()
    if budget is None:
        yield
        return
    outer = budget.current
    budget.switch(doc)
    try:
        check(doc)
        yield
    finally:
        budget.switch(outer)


def check(doc: Doc) -> None:
    """Raise `OverBudget` when the article of `doc`, being charged, is past its budget."""
    budget = _BUDGET.get()
    if budget is not None and budget.current is doc and budget.charged(doc) > budget.seconds:
        raise OverBudget(doc, budget.seconds)


def keep_charges() -> None:
    """Save the time charged so far to each article (its annotation, done once)."""
    budget = _BUDGET.get()
    if budget is not None:
        budget.keep()


def restart_charges() -> None:
    """Back to the time saved by `keep_charges`, as extraction starts again."""
    budget = _BUDGET.get()
    if budget is not None:
        budget.restart()
