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


# A run of characters with no space longer than this is no word a reader reads (an encoded
# blob, a list or a page run together): the longest in the shared corpora is 254 (a URL).
# Unshortened, 7,000 of them in a bullet or a table's header row break the PDF's layout.
LONG_WORD_CHARS = 300
WORD_SHOWN_CHARS = 100  # what a document shows of such a run, before its mark
_LONG_WORD = re.compile(rf"\S{{{LONG_WORD_CHARS + 1},}}")


# Typewriter quotation marks of wire and newspaper copy (``...'' and ''...''), printed as the
# curly marks a reader expects; two apostrophes open a quotation at a word's start.
_TYPEWRITER_OPENING = re.compile(r"``|(?:^|(?<=[\s(\[—–]))''(?=\S)")


def printable(text: str) -> str:
    """`text` as a document prints it: sanitised, typewriter quotation marks made curly
    ("``ruinous policies of war,''" prints “ruinous policies of war,”), and every run of more
    than LONG_WORD_CHARS characters with no space shortened to its first WORD_SHOWN_CHARS and
    a mark that says how many were left out ("…[6,900 more characters]"); the brief's JSON
    keeps the text as its source wrote it."""
    curly = _TYPEWRITER_OPENING.sub("\u201c", sanitise(text)).replace("''", "\u201d")
    return _LONG_WORD.sub(_shortened, curly)


def _shortened(word: re.Match[str]) -> str:
    left_out = len(word.group()) - WORD_SHOWN_CHARS
    return f"{word.group()[:WORD_SHOWN_CHARS]}…[{left_out:,} more characters]"


@dataclass(frozen=True)
class Run:
    """A piece of inline text with its emphasis; `href` makes it a hyperlink."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str = ""


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


@dataclass(frozen=True)
class TimelinePoint:
    """One event on the timeline graphic: its date label and a short caption."""

    date: str
    label: str


@dataclass(frozen=True)
class TimelineChart:
    """The timeline graphic: events in date order, drawn evenly spaced along one axis."""

    points: tuple[TimelinePoint, ...]


Block: TypeAlias = Heading | Paragraph | BulletList | Table | BlockQuote | TimelineChart

PAGE_SIZES_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}


@dataclass(frozen=True)
class Theme:
    """How a document looks: colours (hex RRGGBB), fonts, logo, page size, margins (mm).

    The defaults are the built-in look; a template's theme.toml overrides any of them."""

    accent: str = "1F3A5F"  # deep navy: headings, the title rule, table headers, the quote bar
    text: str = "1B1F24"  # near-black body text, softer than pure black
    muted: str = "4A5563"  # slate: subtitle/lead lines and quote attributions
    note: str = "6B7280"  # grey: small print and the page number
    grid: str = "B8C2CC"  # light grey-blue: table grid and the footer rule
    stripe: str = "EEF2F6"  # pale blue-grey: alternate table rows and the quote panel
    marking_colour: str = "8B1A1A"  # dark red: the protective marking, so it cannot be missed
    link: str = "1D4ED8"  # blue: hyperlinks, as readers expect
    font: str = "sans"  # "sans" or "serif": the embedded DejaVu family used in the PDF
    docx_font: str = "Verdana"  # Word font closest to DejaVu Sans (Linux suites substitute it)
    east_asian_font: str = "Noto Sans CJK SC"  # DOCX font for Chinese, Japanese, Korean runs
    complex_font: str = "Arial"  # DOCX font for Arabic-script and Hebrew (right-to-left) runs
    logo: str = ""  # absolute path of a PNG/JPEG logo set in the title block, or ""
    logo_height_mm: float = 12.0  # logo height; the width follows the image's aspect ratio
    footer: str = ""  # text at the left of every page footer, e.g. the office's name
    page_size: str = "A4"  # "A4" or "Letter"
    margin_top_mm: float = 24.0  # leaves room for the marking above the text
    margin_bottom_mm: float = 24.0  # leaves room for the marking and page number below
    margin_left_mm: float = 22.0  # a generous binding-friendly margin
    margin_right_mm: float = 22.0  # symmetrical with the left margin

    @property
    def page_mm(self) -> tuple[float, float]:
        """Page width and height in millimetres."""
        return PAGE_SIZES_MM[self.page_size]

    @property
    def content_width_mm(self) -> float:
        """Width of the text block between the margins."""
        return self.page_mm[0] - self.margin_left_mm - self.margin_right_mm


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
    office: str = ""
    reference: str = ""
    theme: Theme = field(default_factory=Theme)
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    @property
    def byline(self) -> str:
        """The title block's office and reference line, e.g. 'Briefing Unit · Ref. BR-1'."""
        reference = f"Ref. {self.reference}" if self.reference else ""
        return " · ".join(part for part in (self.office, reference) if part)

    def plain_text(self) -> str:
        """All visible text, one block a line (for tests and diffs)."""
        lines = [self.title, self.subtitle, self.byline]
        for block in self.blocks:
            if isinstance(block, Heading | Paragraph):
                lines.append(block.text)
            elif isinstance(block, BulletList):
                lines += ["".join(run.text for run in item) for item in block.items]
            elif isinstance(block, Table):
                lines += [" | ".join(row) for row in (block.header, *block.rows)]
            elif isinstance(block, TimelineChart):
                lines += [f"{point.date}: {point.label}" for point in block.points]
            else:
                lines += [block.text, block.attribution]
        return "\n".join(line for line in lines if line)
