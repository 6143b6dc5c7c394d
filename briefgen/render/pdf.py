"""Render a Document as PDF bytes with reportlab platypus, embedding DejaVu Sans."""

from __future__ import annotations

import functools
import importlib.util
import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    ListFlowable,
    ListItem,
    PageTemplate,
)
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable
from reportlab.platypus import TableStyle

from briefgen.document import (
    Block,
    BlockQuote,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Run,
    Table,
    sanitise,
)
from briefgen.render import style
from briefgen.render.style import TEXT_STYLES, TextStyle

rl_config.trustedHosts = []  # reportlab may never fetch a URL named in document text

# (bold, italic) -> (suffix of the registered face name, file in matplotlib's DejaVu folder).
_FACES = {
    (False, False): ("", "DejaVuSans.ttf"),
    (True, False): ("-Bold", "DejaVuSans-Bold.ttf"),
    (False, True): ("-Oblique", "DejaVuSans-Oblique.ttf"),
    (True, True): ("-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
}
_PARAGRAPH_STYLES = ("body", "lead", "note")  # Document paragraph styles with a PDF style
_HEADING_LEVELS = {"heading1": 0, "heading2": 1}  # PDF style -> outline (bookmark) level


def pdf_bytes(document: Document) -> bytes:
    """Render `document` as a PDF file; the same document always gives the same bytes."""
    _, pages = _build(document, total_pages=0)  # first pass only counts the pages
    data, _ = _build(document, total_pages=pages)
    return data


def _face(bold: bool, italic: bool) -> str:
    """The registered name of a DejaVu Sans face."""
    return style.PDF_FONT + _FACES[(bold, italic)][0]


def _font_folder() -> Path:
    """matplotlib's bundled TTF folder, found without importing matplotlib."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("matplotlib is not installed; its DejaVu Sans fonts are needed")
    return Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"


@functools.cache
def _register_fonts() -> None:
    """Register the four DejaVu Sans faces once, as a family so <b> and <i> pick the right one."""
    folder = _font_folder()
    for (bold, italic), (_, filename) in _FACES.items():
        pdfmetrics.registerFont(TTFont(_face(bold, italic), str(folder / filename)))
    pdfmetrics.registerFontFamily(
        style.PDF_FONT,
        normal=_face(False, False),
        bold=_face(True, False),
        italic=_face(False, True),
        boldItalic=_face(True, True),
    )


def _colour(hex_rgb: str) -> Color:
    """A reportlab colour from a style hex string."""
    return HexColor(f"#{hex_rgb}")


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    """One ParagraphStyle per shared TextStyle, built once."""
    _register_fonts()
    return {name: _paragraph_style(name, look) for name, look in TEXT_STYLES.items()}


def _paragraph_style(name: str, look: TextStyle) -> ParagraphStyle:
    """A reportlab ParagraphStyle from a shared TextStyle."""
    return ParagraphStyle(
        name,
        fontName=_face(look.bold, look.italic),
        fontSize=look.size,
        leading=look.size * look.leading,
        textColor=_colour(look.colour),
        spaceBefore=look.space_before,
        spaceAfter=look.space_after,
        keepWithNext=int(name in _HEADING_LEVELS),
    )


class _BriefTemplate(BaseDocTemplate):
    """An A4 document that knows its marking and page count and bookmarks every heading."""

    def __init__(self, buffer: io.BytesIO, document: Document, total_pages: int) -> None:
        super().__init__(
            buffer,
            pagesize=(style.PAGE_WIDTH_MM * mm, style.PAGE_HEIGHT_MM * mm),
            leftMargin=style.MARGIN_LEFT_MM * mm,
            rightMargin=style.MARGIN_RIGHT_MM * mm,
            topMargin=style.MARGIN_TOP_MM * mm,
            bottomMargin=style.MARGIN_BOTTOM_MM * mm,
            title=sanitise(document.title),
            author=sanitise(document.author),
            subject=sanitise(document.subject),
            keywords=[sanitise(keyword) for keyword in document.keywords],
            creator="briefgen",
            lang=sanitise(document.language) or None,
            displayDocTitle=1,
            initialFontName=_face(False, False),  # so no unembedded Helvetica is referenced
            invariant=1,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=_draw_page)])
        self.marking = sanitise(document.marking)
        self.total_pages = total_pages
        self._outline_level = -1
        self._bookmarks = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        """Add a heading to the PDF outline (levels never skip, as PDF viewers require)."""
        name = getattr(getattr(flowable, "style", None), "name", None)
        if name not in _HEADING_LEVELS:
            return
        level = min(_HEADING_LEVELS[name], self._outline_level + 1)
        key = f"heading-{self._bookmarks}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.getPlainText(), key, level)
        self._outline_level = level
        self._bookmarks += 1


def _build(document: Document, total_pages: int) -> tuple[bytes, int]:
    """Lay out the document once; return the PDF bytes and the number of pages."""
    story = _story(document)  # registers the fonts the template needs
    buffer = io.BytesIO()
    template = _BriefTemplate(buffer, document, total_pages)
    template.build(story)
    return buffer.getvalue(), template.page


def _draw_page(canvas: Canvas, template: _BriefTemplate) -> None:
    """Marking centred at top and bottom, a hairline over the footer, "Page X of Y" right."""
    width, height = template.pagesize
    right = width - style.MARGIN_RIGHT_MM * mm
    footer_y = style.FOOTER_DISTANCE_MM * mm
    canvas.saveState()
    if template.marking:
        look = TEXT_STYLES["marking"]
        canvas.setFont(_face(look.bold, look.italic), look.size)
        canvas.setFillColor(_colour(look.colour))
        header_y = height - style.HEADER_DISTANCE_MM * mm - look.size * 0.8  # minus the ascent
        canvas.drawCentredString(width / 2, header_y, template.marking)
        canvas.drawCentredString(width / 2, footer_y, template.marking)
    canvas.setStrokeColor(_colour(style.GRID))
    canvas.setLineWidth(style.GRID_PT)
    rule_y = footer_y + TEXT_STYLES["marking"].size + 2  # just clear of the footer text
    canvas.line(style.MARGIN_LEFT_MM * mm, rule_y, right, rule_y)
    look = TEXT_STYLES["footer"]
    canvas.setFont(_face(look.bold, look.italic), look.size)
    canvas.setFillColor(_colour(look.colour))
    total = template.total_pages or template.page
    canvas.drawRightString(right, footer_y, f"Page {template.page} of {total}")
    canvas.restoreState()


def _text(value: str) -> str:
    """Plain text made safe for reportlab's paragraph markup."""
    return escape(sanitise(value))


def _markup(runs: tuple[Run, ...]) -> str:
    """Paragraph markup for runs: escaped text wrapped in <b>/<i> for emphasis."""
    parts = []
    for run in runs:
        text = _text(run.text)
        text = f"<b>{text}</b>" if run.bold else text
        parts.append(f"<i>{text}</i>" if run.italic else text)
    return "".join(parts)


def _story(document: Document) -> list[Flowable]:
    """Title block followed by every block's flowables."""
    styles = _styles()
    story: list[Flowable] = [PdfParagraph(_text(document.title), styles["title"])]
    if document.subtitle:
        story.append(PdfParagraph(_text(document.subtitle), styles["lead"]))
    rule = HRFlowable(
        width="100%",
        thickness=style.TITLE_RULE_PT,
        color=_colour(style.ACCENT),
        spaceBefore=style.TITLE_RULE_GAP_PT,
        spaceAfter=style.TITLE_BLOCK_AFTER_PT,
    )
    story.append(rule)
    for block in document.blocks:
        story.extend(_flowables(block, styles))
    return story


def _flowables(block: Block, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The flowables for one block (none for an empty list or table)."""
    if isinstance(block, Heading):
        name = "heading1" if block.level <= 1 else "heading2"
        return [PdfParagraph(_text(block.text), styles[name])]
    if isinstance(block, Paragraph):
        name = block.style if block.style in _PARAGRAPH_STYLES else "body"
        return [PdfParagraph(_markup(block.runs), styles[name])]
    if isinstance(block, BulletList):
        return [_bullets(block, styles)] if block.items else []
    if isinstance(block, Table):
        return _table(block, styles)
    if isinstance(block, BlockQuote):
        return [_quote(block, styles)]
    return []


def _bullets(block: BulletList, styles: dict[str, ParagraphStyle]) -> Flowable:
    """A bulleted list with accent-coloured bullets."""
    look = TEXT_STYLES["bullet"]
    items = [ListItem(PdfParagraph(_markup(item), styles["bullet"])) for item in block.items]
    return ListFlowable(
        items,
        bulletType="bullet",
        start=style.BULLET,
        leftIndent=style.BULLET_INDENT_PT,
        bulletFontName=_face(False, False),
        bulletFontSize=look.size,
        bulletColor=_colour(style.ACCENT),
        spaceAfter=style.BLOCK_GAP_PT - look.space_after,
    )


def _table(block: Table, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """A grid table of wrapping cells with a shaded header row repeated on each page."""
    columns = max((len(row) for row in (block.header, *block.rows)), default=0)
    if columns == 0:
        return []
    rows = [_cells(block.header, columns, styles["table_header"])] if block.header else []
    rows += [_cells(row, columns, styles["table_cell"]) for row in block.rows]
    width = style.CONTENT_WIDTH_MM * mm
    fractions = style.column_fractions(block.widths, columns)
    first_body = 1 if block.header else 0
    table = PdfTable(
        rows,
        colWidths=[width * fraction for fraction in fractions],
        repeatRows=first_body,
        splitInRow=1,
        hAlign="LEFT",
        spaceAfter=style.BLOCK_GAP_PT,
    )
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), _face(False, False)),  # not reportlab's Helvetica
        ("GRID", (0, 0), (-1, -1), style.GRID_PT, _colour(style.GRID)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), style.CELL_PADDING_PT),
        ("RIGHTPADDING", (0, 0), (-1, -1), style.CELL_PADDING_PT),
        ("TOPPADDING", (0, 0), (-1, -1), style.CELL_PADDING_PT),
        ("BOTTOMPADDING", (0, 0), (-1, -1), style.CELL_PADDING_PT),
    ]
    if block.header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), _colour(style.ACCENT)))
    if block.rows:
        stripes = [_colour("FFFFFF"), _colour(style.STRIPE)]
        commands.append(("ROWBACKGROUNDS", (0, first_body), (-1, -1), stripes))
    table.setStyle(TableStyle(commands))
    return [table]


def _cells(values: tuple[str, ...], columns: int, cell_style: ParagraphStyle) -> list[Flowable]:
    """One table row of wrapping paragraphs, padded with empty cells to `columns`."""
    padded = tuple(values) + ("",) * (columns - len(values))
    return [PdfParagraph(_text(value), cell_style) for value in padded]


def _quote(block: BlockQuote, styles: dict[str, ParagraphStyle]) -> Flowable:
    """An indented quote panel with an accent bar, attribution after an em dash below."""
    rows = [[PdfParagraph(_text(block.text), styles["quote"])]]
    if block.attribution:
        rows.append([PdfParagraph(f"\u2014 {_text(block.attribution)}", styles["attribution"])])
    padding = style.QUOTE_PADDING_PT
    panel = PdfTable(
        rows,
        colWidths=[style.CONTENT_WIDTH_MM * mm - style.QUOTE_INDENT_PT],
        splitInRow=1,
        hAlign="RIGHT",
        spaceAfter=style.BLOCK_GAP_PT,
    )
    panel.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), _face(False, False)),
                ("BACKGROUND", (0, 0), (-1, -1), _colour(style.STRIPE)),
                ("LINEBEFORE", (0, 0), (0, -1), style.QUOTE_BAR_PT, _colour(style.ACCENT)),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), padding),
                ("BOTTOMPADDING", (0, -1), (-1, -1), padding),
            ]
        )
    )
    return panel
