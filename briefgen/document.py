"""The small document model that both renderers read.

A template produces this model; the DOCX and PDF renderers turn it into files. Nothing
here knows about spaCy, extraction or file formats, so a renderer can be tested on a
hand-built document. All text is plain text (renderers escape it for their format).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeAlias

# Characters XML 1.0 forbids (python-docx raises on them; reportlab mangles them).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def sanitise(text: str) -> str:
    """Remove characters that are illegal in XML documents."""
    return _XML_ILLEGAL.sub("", text)


@dataclass(frozen=True)
class Run:
    """A piece of inline text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Heading:
    """A section heading (level 1) or sub-heading (level 2)."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    """A paragraph; `style` is 'body', 'lead' (title-block lines) or 'note' (small print)."""

    runs: tuple[Run, ...]
    style: str = "body"

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class BulletList:
    """A bulleted list; each item is a sequence of runs."""

    items: tuple[tuple[Run, ...], ...]


@dataclass(frozen=True)
class Table:
    """A table with a header row; `widths` are relative column widths."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()


@dataclass(frozen=True)
class BlockQuote:
    """A quotation set apart from the text, with who said it and where it was reported."""

    text: str
    attribution: str = ""


Block: TypeAlias = Heading | Paragraph | BulletList | Table | BlockQuote


@dataclass(frozen=True)
class Document:
    """A whole rendered brief: metadata plus a flat sequence of blocks."""

    title: str
    subtitle: str = ""
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    language: str = "en"
    marking: str = ""
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def plain_text(self) -> str:
        """All visible text, one block a line (for tests and diffs)."""
        lines = [self.title, self.subtitle]
        for block in self.blocks:
            if isinstance(block, Heading):
                lines.append(block.text)
            elif isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, BulletList):
                lines += ["".join(run.text for run in item) for item in block.items]
            elif isinstance(block, Table):
                lines += [" | ".join(row) for row in (block.header, *block.rows)]
            else:
                lines += [block.text, block.attribution]
        return "\n".join(line for line in lines if line)
