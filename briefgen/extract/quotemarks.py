"""Quote marks paired per paragraph, recovering from stray and unbalanced marks.

Double marks pair by direction (a straight mark's direction is read from the spaces
around it, and it pairs in order when they do not tell), and curly single
marks (‘...’) only outside double-quoted text, so a quotation nested inside another stays
part of it. A quote left open at the end of its paragraph continues into the next one only
if that paragraph opens with a mark (the news convention for multi-paragraph quotes);
otherwise it is recovered up to the end of its sentence. Nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_OPEN = '“«„"'
_CLOSE = '”»"'
_DOUBLE = re.compile(r"[“”«»„\"]")
# A single curly mark opens after a space or bracket and closes before a non-letter, so
# apostrophes ("don’t", "Pakistan’s") are never taken for marks.
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘|’(?![\w])")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"‘]|\s*$)")


@dataclass(frozen=True)
class Marked:
    """The characters between a pair of quote marks."""

    start: int
    end: int


def quote_marks(text: str) -> list[Marked]:
    """Spans inside paired quote marks, paragraph by paragraph, in text order."""
    found: list[Marked] = []
    offset = 0
    paragraphs = text.split("\n")
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1].lstrip() if index + 1 < len(paragraphs) else ""
        continues = following[:1] in set(_OPEN + "‘") and following != ""
        spans = list(_pair_double(paragraph, continues))
        spans += _pair_single(paragraph, spans)
        found += [Marked(offset + s, offset + e) for s, e in sorted(spans)]
        offset += len(paragraph) + 1
    return found


def _direction(paragraph: str, at: int) -> str:
    """A straight mark opens after a space and before a word, and closes after a word and
    before a space or punctuation; otherwise it toggles ("either")."""
    before = paragraph[at - 1] if at > 0 else " "
    after = paragraph[at + 1] if at + 1 < len(paragraph) else " "
    if (before.isspace() or before in "([—–-") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)—–-"):
        return "close"
    return "either"


def _pair_double(paragraph: str, continues: bool) -> Iterator[tuple[int, int]]:
    opened: int | None = None
    for match in _DOUBLE.finditer(paragraph):
        mark, at = match.group(), match.start()
        if mark == '"' and (direction := _direction(paragraph, at)) != "either":
            mark = "“" if direction == "open" else "”"
        if opened is not None and mark in _CLOSE:
            if at > opened:
                yield opened, at
            opened = None
        elif mark in _OPEN:
            if opened is not None:  # a second opening mark: the first was never closed
                yield from _recover(paragraph, opened, at)
            opened = at + 1
        # a closing mark with nothing open is stray: ignored
    if opened is None:
        return
    if continues and len(paragraph.rstrip()) > opened:
        yield opened, len(paragraph.rstrip())
    else:
        yield from _recover(paragraph, opened, len(paragraph))


def _recover(paragraph: str, opened: int, limit: int) -> Iterator[tuple[int, int]]:
    """An unclosed quote runs to the end of the sentence it opens, if that comes first."""
    end = _SENTENCE_END.search(paragraph, opened, limit)
    if end is not None and end.end() > opened + 1:
        yield opened, end.end()


def _pair_single(paragraph: str, double: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    opened: int | None = None
    for match in _SINGLE.finditer(paragraph):
        at = match.start()
        if any(start <= at < end for start, end in double):
            continue
        if match.group() == "‘":
            opened = at + 1
        elif opened is not None:
            if at > opened:
                yield opened, at
            opened = None
