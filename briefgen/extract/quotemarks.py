"""Quote marks paired per paragraph, recovering from stray and unbalanced marks.

Double marks pair by direction (a straight mark's direction is read from the spaces
around it, and it pairs in order when they do not tell; so is a curly opening mark's while a
quote is open, as copy sometimes types “ for ”: 'here,“ said Jim Clyburn'), and curly single
marks (‘...’) only outside double-quoted text, so a quotation nested inside another stays
part of it. Typewriter doubles are double marks too: TeX's ``...'' (TimeBank) and the doubled
single marks ''...'' of NYT copy (PolNeAR). A quote left open at the end of its paragraph
continues into the next one only if that paragraph opens with a mark (the news convention
for multi-paragraph quotes); otherwise it is recovered up to the end of its sentence.
Nothing here raises.

The annotation layer's component `briefgen_quote_marks` pairs the marks of a Doc once and
writes the quoted spans to `doc.spans["briefgen_quotes"]` (trimmed to whole tokens, a comma
before the closing mark left out) and marks each token inside a pair (`Token._.briefgen_quoted`),
which the quote extractor and its speaker look-up read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from briefgen.extract.views import text_of

QUOTES = "briefgen_quotes"  # the span group of quoted spans, in text order
_QUOTED = "briefgen_quoted"  # Token extension: the token starts inside a pair of marks
if not Token.has_extension(_QUOTED):
    Token.set_extension(_QUOTED, default=False)

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
    paragraphs = _doubled_marks(text).split("\n")
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1].lstrip() if index + 1 < len(paragraphs) else ""
        continues = following[:1] in set(_OPEN + "‘") and following != ""
        spans = list(_pair_double(paragraph, continues))
        spans += _pair_single(paragraph, spans)
        found += [Marked(offset + s, offset + e) for s, e in sorted(spans)]
        offset += len(paragraph) + 1
    return found


@Language.component("briefgen_quote_marks", assigns=["doc.spans", f"token._.{_QUOTED}"])
def annotate_quote_marks(doc: Doc) -> Doc:
    """Pair the quote marks of a Doc: the quoted spans as a span group, quoted tokens marked."""
    text = text_of(doc)  # spaCy would build every token
    spans: list[Span] = []
    for marked in quote_marks(text):
        inside = doc.char_span(marked.start, marked.end, alignment_mode="expand")
        for token in inside if inside is not None else ():
            if marked.start <= token.idx < marked.end:
                token._.set(_QUOTED, True)
        span = _span(doc, text, marked)
        if span is not None:
            spans.append(span)
    doc.spans[QUOTES] = spans
    return doc


def quoted_spans(doc: Doc) -> list[Span]:
    """The spans inside paired quote marks, in text order (from the annotation layer)."""
    return list(doc.spans[QUOTES])


def is_quoted(token: Token) -> bool:
    """The token starts inside some pair of quote marks (from the annotation layer)."""
    return bool(token._.get(_QUOTED))


def across_quote(first: Token, second: Token) -> bool:
    """One token inside quote marks and the other outside: a link the parser made across a
    quote's edge (a reporter's "said" joined as a conjunct to the quote's verb)."""
    return is_quoted(first) != is_quoted(second)


def _span(doc: Doc, text: str, marked: Marked) -> Span | None:
    # A comma before the closing mark belongs to the sentence around the quote.
    end = marked.start + len(text[marked.start : marked.end].rstrip(" ,;"))
    span = doc.char_span(marked.start, end, alignment_mode="expand")
    return span if span is not None and span.text.strip() else None


def _doubled_marks(text: str) -> str:
    """The text with each two-character mark read as one curly mark, at the character next
    to the words it quotes and a space in the other (the offsets stay): "``It" and " ''It"
    open, "bomb,''" closes."""
    if "``" not in text and "''" not in text:
        return text
    text = text.replace("``", " “")
    return _DOUBLED.sub(lambda m: " “" if _opens(text, m.start()) else "” ", text)


_DOUBLED = re.compile(r"''(?!')")


def _opens(text: str, at: int) -> bool:
    """A two-character mark at `at` opens after a space, bracket or dash, before a word."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 2] if at + 2 < len(text) else " "
    return (before.isspace() or before in "([—–-") and not after.isspace()


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
        elif mark == "“" and opened is not None and _direction(paragraph, at) == "close":
            mark = "”"  # an opening mark typed for a closing one: 'here,“ said Jim Clyburn'
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
