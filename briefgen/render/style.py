"""The shared look of a brief: values both the DOCX and PDF renderers read.

Colours, fonts and page geometry come from the document's `Theme`; the structural sizes
here (rules, paddings, type scale) are the same for every theme. Sizes and spacing are
points, page geometry is millimetres.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from briefgen.document import Theme

DEFAULT_THEME = Theme()
# The default theme's geometry and palette, for code and tests that need a fixed value.
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = DEFAULT_THEME.page_mm
MARGIN_LEFT_MM = DEFAULT_THEME.margin_left_mm
CONTENT_WIDTH_MM = DEFAULT_THEME.content_width_mm
ACCENT = DEFAULT_THEME.accent
DOCX_FONT = DEFAULT_THEME.docx_font
ON_ACCENT = "FFFFFF"  # white: text printed on the accent colour

HEADER_DISTANCE_MM = 11.0  # from the top edge to the header (marking) line
FOOTER_DISTANCE_MM = 11.0  # from the bottom edge to the footer line

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
BLOCK_GAP_PT = 8.0  # space after a table, list or quote before the next block


@dataclass(frozen=True)
class TextStyle:
    """How one kind of text looks: size and spacing in points, colour as hex RRGGBB."""

    size: float
    colour: str
    bold: bool = False
    italic: bool = False
    space_before: float = 0.0
    space_after: float = 0.0
    leading: float = 1.35  # line height as a multiple of the font size


@functools.cache
def text_styles(theme: Theme) -> dict[str, TextStyle]:
    """Every kind of text in a brief, by the name both renderers use, in `theme`'s colours."""
    t = theme
    return {
        "title": TextStyle(21, t.accent, bold=True, space_after=4, leading=1.2),  # title
        "lead": TextStyle(10.5, t.muted, space_after=3),  # subtitle and title-block lines
        "body": TextStyle(9.5, t.text, space_after=6),  # ordinary paragraphs
        "note": TextStyle(7.5, t.note, space_before=2, space_after=4),  # small print, sources
        "heading1": TextStyle(13, t.accent, bold=True, space_before=14, space_after=5),
        "heading2": TextStyle(11, t.accent, bold=True, space_before=10, space_after=3),
        "bullet": TextStyle(9.5, t.text, space_after=3),  # bulleted list items
        "quote": TextStyle(10, t.text, italic=True, leading=1.4),  # block quote text
        "attribution": TextStyle(8, t.muted, space_before=3),  # who said it, and where
        "table_header": TextStyle(8.5, ON_ACCENT, bold=True, leading=1.25),  # header cells
        "table_cell": TextStyle(8.5, t.text, leading=1.25),  # table body cells
        "marking": TextStyle(8, t.marking_colour, bold=True),  # protective marking
        "footer": TextStyle(7.5, t.note),  # footer text and "Page X of Y"
    }


TEXT_STYLES = text_styles(DEFAULT_THEME)


def column_fractions(widths: tuple[float, ...], columns: int) -> tuple[float, ...]:
    """Return each column's share of the table width: `widths` normalised, else equal."""
    if len(widths) == columns and all(width > 0 for width in widths):
        total = sum(widths)
        return tuple(width / total for width in widths)
    return tuple(1 / columns for _ in range(columns))
