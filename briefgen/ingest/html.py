"""Saved web pages: the main article text and its metadata, with trafilatura.

trafilatura works on the bytes given and never fetches anything: no URL is passed to it.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
from lxml import etree

from briefgen.errors import InputError
from briefgen.ingest.clean import article, decode, parse_date, with_title
from briefgen.model import Article

SUFFIXES = (".html", ".htm", ".xhtml")
# Block elements whose text starts a new paragraph when an HTML fragment becomes text.
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre")


def read(path: Path, raw: bytes) -> list[Article]:
    """The article of a saved page: boilerplate, navigation and comments removed."""
    return read_page(str(path), raw)


def read_page(name: str, raw: bytes) -> list[Article]:
    """The article of a page's bytes; `name` (a file or URL) is its path.

    The date is the page's metadata date (else a dateline's): trafilatura's extensive search
    would take any date in the text, such as the year of an event the article recalls."""
    from trafilatura import bare_extraction
    from trafilatura.settings import set_date_params

    found = bare_extraction(
        decode(raw, name),
        with_metadata=True,
        date_extraction_params=set_date_params(extensive=False),  # metadata, not any year
        include_comments=False,
        include_tables=False,
        include_images=False,
    )
    found = found if isinstance(found, dict) else found.as_dict() if found is not None else {}
    if not (found.get("text") or "").strip():
        raise InputError(f"{name}: no article text found in the page")
    title = found.get("title")
    text = with_title(title, found["text"])
    return [
        article(
            name,
            title,
            text,
            published=parse_date(found.get("date")),
            publisher=found.get("sitename") or found.get("hostname"),
            url=found.get("url"),
            author=found.get("author"),
        )
    ]


def fragment_text(markup: str) -> str:
    """Plain text of an HTML fragment (a feed item, an e-mail body): one block per paragraph."""
    if not markup.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return markup
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for block in root.iter(*_BLOCKS):
        block.tail = "\n\n" + (block.tail or "")
        if block.tag != "br":
            block.text = "\n\n" + (block.text or "")
    paragraphs = (" ".join(part.split()) for part in root.text_content().split("\n\n"))
    return "\n\n".join(part for part in paragraphs if part)
