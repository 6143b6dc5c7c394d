"""PDF articles: text with pypdf, running headers/footers and hyphenation repaired."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.errors import InputError
from briefgen.ingest.clean import BRIEF_MARK, BRIEF_OUTPUT, article, parse_date
from briefgen.ingest.limits import DEFAULT_LIMITS, Limits, over
from briefgen.model import Article

if TYPE_CHECKING:
    from pypdf import PdfReader

SUFFIXES = (".pdf",)
# A line repeated at the top or bottom of every page (of two) or at least half of them (of
# three or more) is a running header or footer; digits are ignored so "Page 3 of 9" repeats
# as "Page # of #". Headers, footers and page numbers sit in the first or last two lines.
_MIN_PAGES_FOR_RUNNING = 2
_EDGE_LINES = 2
_PAGE_NUMBER = re.compile(r"^\W*(?:page\s*)?\d+(?:\s*(?:of|/)\s*\d+)?\W*$", re.IGNORECASE)
_HYPHEN_BREAK = re.compile(r"(\w)-\n(?=[a-z])")
# Text is wrapped only when the next word does not fit: a line that had room (in characters,
# within this share of the longest line, for proportional fonts) for the next line's first
# word ends its paragraph (a title, a dateline, the last line of a paragraph).
_FITS = 0.9


def read(path: Path, raw: bytes, limits: Limits = DEFAULT_LIMITS) -> list[Article]:
    """The article in a PDF: page text in order, title and date from the metadata.

    The page count is checked before any page is read, and reading stops once the text
    passes the character limit."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings would repeat our skip line
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            raise InputError(f"{path}: the PDF is encrypted")
        meta = reader.metadata
        if meta and meta.creator == BRIEF_MARK:
            raise InputError(f"{path}: {BRIEF_OUTPUT}")
        pages = _pages(reader, path, limits)
        title, author = (meta.title, meta.author) if meta else (None, None)
        created = meta.creation_date if meta else None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise InputError(f"{path}: corrupt or unreadable PDF ({type(error).__name__})") from None
    text = _paragraphs("\n".join(_drop_running_lines(pages)))
    if not text.strip():
        raise InputError(f"{path}: the PDF has no extractable text (scanned?)")
    return [
        article(
            str(path),
            str(title) if title else None,
            text,
            published=parse_date(created),
            author=str(author) if author else None,
        )
    ]


def _pages(reader: PdfReader, path: Path, limits: Limits) -> list[str]:
    """Each page's text, within the page and character limits.

    The page tree's own count is checked before any page is read (listing 20,000 pages takes
    seconds); pages are counted again as they are read, in case that count lies."""
    declared = _declared_pages(reader)
    if declared > limits.max_pages:
        raise InputError(f"{path}: {over(declared, 'pages', limits.max_pages, '--max-pages')}")
    pages: list[str] = []
    chars = 0
    for number, page in enumerate(reader.pages, start=1):
        if number > limits.max_pages:
            raise InputError(f"{path}: {_more_than(limits.max_pages, 'pages', '--max-pages')}")
        pages.append(page.extract_text() or "")
        chars += len(pages[-1])
        if chars > limits.max_chars:
            raise InputError(f"{path}: {_more_than(limits.max_chars, 'characters', '--max-chars')}")
    return pages


def _declared_pages(reader: PdfReader) -> int:
    """The page count the page tree states (0 when it states none)."""
    from pypdf.generic import DictionaryObject

    tree = reader.root_object.get("/Pages")
    tree = tree.get_object() if tree is not None else None
    count = tree.get("/Count") if isinstance(tree, DictionaryObject) else None
    count = count.get_object() if count is not None else None
    return count if isinstance(count, int) else 0


def _more_than(limit: int, what: str, flag: str) -> str:
    return f"more than {limit:,} {what}, over the limit (raise it with {flag})"


def _drop_running_lines(pages: list[str]) -> list[str]:
    """Remove page numbers, and lines repeated at the top or bottom of most pages."""
    split = [[line for line in page.splitlines() if line.strip()] for page in pages]
    edges: Counter[str] = Counter()
    for lines in split:
        edges.update({_shape(line) for line in _edge(lines)})
    running = set()
    if len(split) >= _MIN_PAGES_FOR_RUNNING:
        running = {shape for shape, count in edges.items() if count * 2 >= max(len(split), 3)}
    kept = []
    for lines in split:
        edge = set(_edge(lines))
        kept.append(
            "\n".join(
                line
                for line in lines
                if not (line in edge and (_shape(line) in running or _PAGE_NUMBER.match(line)))
            )
        )
    return kept


def _edge(lines: list[str]) -> list[str]:
    return lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def _paragraphs(page: str) -> str:
    """Join wrapped lines into paragraphs and repair words hyphenated across lines."""
    page = _HYPHEN_BREAK.sub(r"\1", page)
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    if not lines:
        return ""
    width = max(len(line) for line in lines)
    out = []
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        room = following and len(line) + 1 + len(following.split()[0]) < _FITS * width
        out += [line, " " if following and not room else "\n\n"]
    return "".join(out).strip()
