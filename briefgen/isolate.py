"""Isolation: one article that an extractor fails on never sinks the brief.

A per-article stage (`each`) runs every article on its own; a cross-article stage (`across`)
that raises is run again on each article alone to find the ones it fails on. Either way the
failing articles are named in an `ArticlesFailed`, and the pipeline briefs the others again
without them: an article is briefed whole or not at all. So is an article that runs past its
time budget (`budget.OverBudget`). A cross-article stage that fails on
no article alone leaves its section empty, with a warning naming the stage.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from briefgen.budget import OverBudget, charging
from briefgen.steps import counted, logged_step

if TYPE_CHECKING:
    from briefgen.extract import ParsedArticle

log = logging.getLogger(__name__)
T = TypeVar("T")


class ArticlesFailed(Exception):
    """Extraction failed on these articles: source id -> the error, in one line."""

    def __init__(self, failures: dict[str, str]) -> None:
        super().__init__(", ".join(failures))
        self.failures = failures


def describe(error: BaseException) -> str:
    """An error in one line: its type and first line ("ValueError: empty name"); a budget
    run past says which."""
    if isinstance(error, OverBudget):
        return str(error)
    message = str(error).strip().splitlines()
    return f"{type(error).__name__}: {message[0]}" if message else type(error).__name__


def each(
    stage: str, articles: Sequence[ParsedArticle], extract: Callable[[ParsedArticle], list[T]]
) -> list[T]:
    """Run a per-article extractor over every article; raise `ArticlesFailed` naming each one
    it failed on."""
    return logged_step(log, stage, lambda: _each(stage, articles, extract), _in(articles))


def _each(
    stage: str, articles: Sequence[ParsedArticle], extract: Callable[[ParsedArticle], list[T]]
) -> list[T]:
    found: list[T] = []
    failures: dict[str, str] = {}
    for article in articles:
        try:
            with charging(article.doc):
                found += extract(article)
        except Exception as error:  # an extractor bug must not sink the batch
            failures[article.source.id] = _failed(stage, article, error)
    if failures:
        raise ArticlesFailed(failures)
    return found


def across(
    stage: str,
    articles: Sequence[ParsedArticle],
    run: Callable[[Sequence[ParsedArticle]], T],
    empty: Callable[[], T],
) -> T:
    """Run a cross-article stage. When it raises, the articles it fails on alone are named in
    an `ArticlesFailed`; when it fails on none alone, or on every one (the stage is at fault,
    not the articles), it gives `empty()`, with a warning."""
    try:
        return logged_step(log, stage, lambda: run(articles), _in(articles))
    except ArticlesFailed:
        raise
    except OverBudget as error:
        over = {a.source.id: str(error) for a in articles if a.doc is error.doc}
        if over:
            raise ArticlesFailed(over) from None
        _warn(stage, error)
        return empty()
    except Exception as error:
        failures = _failing_alone(stage, articles, run) if len(articles) > 1 else {}
        if failures and len(failures) < len(articles):
            raise ArticlesFailed(failures) from None
        _warn(stage, error)
        return empty()


def section(stage: str, make: Callable[[], T], empty: Callable[[], T]) -> T:
    """A step over the whole brief; when it raises, its section is left empty with a
    warning naming the stage."""
    try:
        return logged_step(log, stage, make, lambda made: f"{counted(made)} in the brief")
    except ArticlesFailed:
        raise
    except Exception as error:
        _warn(stage, error)
        return empty()


def _in(articles: Sequence[ParsedArticle]) -> Callable[[object], str]:
    """What a stage found, said with how many articles it read."""
    return lambda found: f"{counted(found)} from {len(articles)} article(s)"


def _failing_alone(
    stage: str, articles: Sequence[ParsedArticle], run: Callable[[Sequence[ParsedArticle]], T]
) -> dict[str, str]:
    """The articles a stage fails on when run on each alone, with the error."""
    failures = {}
    for article in articles:
        try:
            run([article])
        except Exception as error:
            failures[article.source.id] = _failed(stage, article, error)
    return failures


def _warn(stage: str, error: Exception) -> None:
    """One line on the stage (its traceback at debug level, for a developer)."""
    log.warning("%s failed (%s): its section is left empty", stage, describe(error))
    log.debug("%s failed", stage, exc_info=error)


def _failed(stage: str, article: ParsedArticle, error: Exception) -> str:
    log.debug("%s: %s failed", article.source.path, stage, exc_info=error)
    return describe(error)
