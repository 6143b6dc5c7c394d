"""PDF articles: text with pypdf, running headers/footers and hyphenation repaired."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from pathlib import Path

from briefgen.errors import InputError
from briefgen.ingest.clean import article, parse_date
from briefgen.model import Article

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


def read(path: Path, raw: bytes) -> list[Article]:
    """The article in a PDF: page text in order, title and date from the metadata."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings would repeat our skip line
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            raise InputError(f"{path}: the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
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
