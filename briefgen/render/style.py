"""The shared look of a brief: one set of values that both the DOCX and PDF renderers read.

Colours are hex RRGGBB strings, sizes and spacing are points, page geometry is millimetres.
"""

from __future__ import annotations

from dataclasses import dataclass

# Page geometry (A4, portrait).
PAGE_WIDTH_MM = 210.0  # A4 width
PAGE_HEIGHT_MM = 297.0  # A4 height
MARGIN_TOP_MM = 24.0  # leaves room for the marking above the text
MARGIN_BOTTOM_MM = 24.0  # leaves room for the marking and page number below the text
MARGIN_LEFT_MM = 22.0  # a generous binding-friendly margin
MARGIN_RIGHT_MM = 22.0  # symmetrical with the left margin
HEADER_DISTANCE_MM = 11.0  # from the top edge to the header (marking) line
FOOTER_DISTANCE_MM = 11.0  # from the bottom edge to the footer line
CONTENT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM  # width of the text block

# Palette.
ACCENT = "1F3A5F"  # deep navy: headings, the title rule, table headers, the quote bar
TEXT = "1B1F24"  # near-black body text, softer than pure black
MUTED = "4A5563"  # slate: subtitle/lead lines and quote attributions
NOTE = "6B7280"  # grey: small print and the page number
GRID = "B8C2CC"  # light grey-blue: table grid and the footer rule
STRIPE = "EEF2F6"  # pale blue-grey: alternate table rows and the quote panel
MARKING = "8B1A1A"  # dark red: the protective marking, so it cannot be missed
ON_ACCENT = "FFFFFF"  # white: text printed on the accent colour

# Fonts. The PDF embeds DejaVu Sans for its Unicode coverage; Verdana is its closest
# relative on Windows and macOS, and Linux office suites substitute DejaVu Sans for it.
PDF_FONT = "DejaVuSans"  # family name registered with reportlab
DOCX_FONT = "Verdana"  # font name written into the DOCX styles

# Lines and boxes.
TITLE_RULE_PT = 1.5  # thickness of the accent rule under the title block
TITLE_RULE_GAP_PT = 4.0  # gap between the subtitle and the title rule
TITLE_BLOCK_AFTER_PT = 6.0  # space between the title rule and the first block
GRID_PT = 0.5  # thickness of table grid lines and the footer rule
QUOTE_BAR_PT = 3.0  # thickness of the accent bar left of a block quote
QUOTE_INDENT_PT = 12.0  # how far a block quote is set in from the left margin
QUOTE_PADDING_PT = 8.0  # space inside the quote panel around its text
CELL_PADDING_PT = 4.0  # space inside each table cell
BULLET_INDENT_PT = 16.0  # left indent of bulleted list text
BULLET = "\u2022"  # the bullet character


@dataclass(frozen=True)
class TextStyle:
    """How one kind of text looks: size and spacing in points, colour as hex RRGGBB."""

    size: float
    colour: str = TEXT
    bold: bool = False
    italic: bool = False
    space_before: float = 0.0
    space_after: float = 0.0
    leading: float = 1.35  # line height as a multiple of the font size


# Every kind of text in a brief, by the name both renderers use.
TEXT_STYLES: dict[str, TextStyle] = {
    "title": TextStyle(21, ACCENT, bold=True, space_after=4, leading=1.2),  # document title
    "lead": TextStyle(10.5, MUTED, space_after=3),  # subtitle and other title-block lines
    "body": TextStyle(9.5, space_after=6),  # ordinary paragraphs
    "note": TextStyle(7.5, NOTE, space_before=2, space_after=4),  # small print, sources
    "heading1": TextStyle(13, ACCENT, bold=True, space_before=14, space_after=5),  # sections
    "heading2": TextStyle(11, ACCENT, bold=True, space_before=10, space_after=3),  # sub-sections
    "bullet": TextStyle(9.5, space_after=3),  # bulleted list items
    "quote": TextStyle(10, TEXT, italic=True, leading=1.4),  # block quote text
    "attribution": TextStyle(8, MUTED, space_before=3),  # who said the quote, and where
    "table_header": TextStyle(8.5, ON_ACCENT, bold=True, leading=1.25),  # table header cells
    "table_cell": TextStyle(8.5, leading=1.25),  # table body cells
    "marking": TextStyle(8, MARKING, bold=True),  # protective marking, top and bottom
    "footer": TextStyle(7.5, NOTE),  # "Page X of Y"
}

BLOCK_GAP_PT = 8.0  # space after a table, list or quote before the next block


def column_fractions(widths: tuple[float, ...], columns: int) -> tuple[float, ...]:
    """Return each column's share of the table width: `widths` normalised, else equal."""
    if len(widths) == columns and all(width > 0 for width in widths):
        total = sum(widths)
        return tuple(width / total for width in widths)
    return tuple(1 / columns for _ in range(columns))
