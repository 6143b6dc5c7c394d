"""Word lists the extractors read: data files in briefgen/lexicons/, loaded once."""

from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("briefgen").joinpath("lexicons", name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """A one-entry-per-line lexicon (e.g. 'reporting_verbs'), as a set."""
    return frozenset(_lines(f"{name}.txt"))


@cache
def folded(name: str) -> frozenset[str]:
    """A lexicon, lower-cased, for case-insensitive look-ups."""
    return frozenset(word.lower() for word in words(name))


@cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """A tab-separated lexicon (e.g. 'future_cues'): first column -> the other columns."""
    rows = (line.split("\t") for line in _lines(f"{name}.txt"))
    return {row[0]: tuple(row[1:]) for row in rows}


@cache
def title_words() -> frozenset[str]:
    """Words a title can be made of, the portfolio before a minister included."""
    return words("titles") | words("portfolios")
