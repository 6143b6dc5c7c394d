"""Boilerplate removal at ingest: the page furniture saved web copy brings along.

Saved pages carry reader comments, share and follow prompts, page time stamps, photo
captions and credits, wire credits, related-story widgets and bylines. Left in, they become
bottom-line bullets, timeline events dated by a widget's time stamp, and actors. The cleaner
removes them from an article's text before anything else reads it.

Each removal is made by a named rule (stage "boilerplate"; `briefgen/ingest/page_rules.py`
lists them in `PAGE_RULES` order, `page_segments.py` and `page_shapes.py` hold the rest)
and is recorded: in the trace (`record`: the rule, the text removed, the file), and in the
log at -v. A rule finds ranges of the text to cut; it is conservative:
it cuts a span of a known page shape (a time stamp, a credit), or a sentence-like segment
whose shape is not an article sentence's (a caption, an imperative to the reader about the
page); never an article sentence for its words alone. The vocabulary the rules read (UI
words, time zones, credit labels) is lexicon data (`briefgen/lexicons/vocabulary.tsv`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefgen.terminal import visible

if TYPE_CHECKING:
    from briefgen.extract.rules import Rule

log = logging.getLogger(__name__)

Cut = tuple[int, int]  # a character range [start, end) of the text to remove
SHOWN = 120  # characters of a removal shown in the log

_ON: ContextVar[bool] = ContextVar("briefgen_boilerplate", default=True)
# A segment ends after . ! or ? (and closing quotes or brackets) before a capital, a digit or
# an opening quote or bracket.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9@])")
# A period after a short capitalised word or a single letter ("Apr.", "Mr.", "U.S.") is an
# abbreviation's, not a sentence end: splitting less keeps segments, and so cuts, larger.
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,2}|\b[A-Za-z]|\.[A-Za-z])$")
_WORD_BEFORE = 8  # characters before a period searched for an abbreviation
_SPACES = re.compile(r"[ \t]{2,}")
_BLANK_LINES = re.compile(r"\n{3,}")
_GONE = "\x00"  # marks a cut: never in a cleaned text (document.sanitise removes it)


@dataclass(frozen=True)
class Removal:
    """Text one rule removed from an article."""

    rule: str
    text: str


@contextmanager
def kept() -> Iterator[None]:
    """Read articles with their boilerplate (the benchmark's baseline)."""
    token = _ON.set(False)
    try:
        yield
    finally:
        _ON.reset(token)


def enabled() -> bool:
    """Whether articles read now are cleaned (not inside `kept()`)."""
    return _ON.get()


def segments(text: str) -> Iterator[Cut]:
    """Sentence-like segments of every line of `text`, as ranges (whitespace excluded)."""
    offset = 0
    for line in text.split("\n"):
        for start, end in _line_segments(line):
            yield offset + start, offset + end
        offset += len(line) + 1


def _line_segments(line: str) -> Iterator[Cut]:
    start = 0
    for boundary in _BOUNDARY.finditer(line):
        end = boundary.start()
        dotted = boundary.group().startswith(".") and not boundary.group().startswith("..")
        if dotted and _ABBREVIATION.search(line, max(0, end - _WORD_BEFORE), end):
            continue  # "Apr. 21" goes on; "Venice, La.." (an abbreviation's and a sentence's) ends
        yield from _trimmed(line, start, boundary.start() + len(boundary.group().rstrip()))
        start = boundary.end()
    yield from _trimmed(line, start, len(line))


def _trimmed(line: str, start: int, end: int) -> Iterator[Cut]:
    part = line[start:end]
    if part.strip():
        lead = len(part) - len(part.lstrip())
        yield start + lead, start + len(part.rstrip())


def strip_boilerplate(text: str, path: str = "") -> tuple[str, tuple[Removal, ...]]:
    """The text without its boilerplate, and what each rule removed (in rule order)."""
    from briefgen.ingest.page_rules import PAGE_RULES

    removals: list[Removal] = []
    for page_rule in PAGE_RULES:
        text, removed = cut_by(page_rule, text, page_rule(text), path)
        removals += removed
    return text, tuple(removals)


def cut_by(
    page_rule: Rule[..., Any], text: str, cuts: list[Cut], path: str = ""
) -> tuple[str, list[Removal]]:
    """The text without the ranges one rule found, and the removals (each recorded)."""
    from briefgen.extract.rules import record

    removals = []
    cuts = _merged(cuts)
    for start, end in cuts:
        removed = text[start:end].strip()
        removals.append(Removal(page_rule.name, removed))
        record(page_rule, removed, f"removed from {path}" if path else "removed")
        log.info("%s: %s removed %r", visible(path or "article"), page_rule.name, _shown(removed))
    return (_cut(text, cuts) if cuts else text), removals


def _merged(cuts: list[Cut]) -> list[Cut]:
    """Ranges sorted, overlapping ones joined, empty ones left out."""
    merged: list[Cut] = []
    for start, end in sorted(cuts):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return merged


def _cut(text: str, cuts: list[Cut]) -> str:
    """`text` without the ranges; only the lines they touched are tidied (one space at each
    join, a line left empty dropped)."""
    pieces, last = [], 0
    for start, end in cuts:
        pieces += [text[last:start], _GONE]
        last = end
    lines = []
    for line in "".join([*pieces, text[last:]]).split("\n"):
        if _GONE in line:
            line = _SPACES.sub(" ", line.replace(_GONE, " ")).strip()
            if not line:
                continue
        lines.append(line)
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")


def _shown(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"
