"""Render a Document as PDF bytes with reportlab platypus, embedding DejaVu fonts."""

from __future__ import annotations

import functools
import importlib.util
import io
import re
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
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    TableStyle,
)
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.doctemplate import LayoutError

from briefgen.document import (
    Block,
    BlockQuote,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Run,
    Table,
    Theme,
    TimelineChart,
    printable,
    sanitise,
)
from briefgen.render import style
from briefgen.render.chart import timeline_drawing
from briefgen.render.keep import keep_headings
from briefgen.render.style import TextStyle, text_styles

rl_config.trustedHosts = []  # reportlab may never fetch a URL named in document text

# Theme font -> (family, name of its slanted faces) among matplotlib's DejaVu files.
_FAMILIES = {"sans": ("DejaVuSans", "Oblique"), "serif": ("DejaVuSerif", "Italic")}
_LINK_SCHEMES = ("http://", "https://", "mailto:")  # the only links a PDF may carry
_PARAGRAPH_STYLES = ("body", "lead", "note")  # Document paragraph styles with a PDF style
_HEADING_LEVELS = {"heading1": 0, "heading2": 1}  # PDF style -> outline (bookmark) level


class PageOverflow(ValueError):
    """A block of the document is too large to fit on one page."""


def pdf_bytes(document: Document) -> bytes:
    """Render `document` as a PDF file; the same document always gives the same bytes.
    Raises PageOverflow when a block cannot fit on a page."""
    try:
        _, pages = _build(document, total_pages=0)  # first pass only counts the pages
        data, _ = _build(document, total_pages=pages)
    except LayoutError as error:
        kind = re.match(r"Flowable <(\w+)", str(error))
        raise PageOverflow(
            f"PDF layout: a {kind[1].lower() if kind else 'block'} is too large for one page "
            "(its text is too long for its width)"
        ) from None
    return data


def _face(font: str, bold: bool, italic: bool) -> str:
    """The registered name (and file stem) of a DejaVu face: 'DejaVuSans-BoldOblique'."""
    family, slant = _FAMILIES.get(font, _FAMILIES["sans"])
    suffix = ("Bold" if bold else "") + (slant if italic else "")
    return f"{family}-{suffix}" if suffix else family


def _font_folder() -> Path:
    """matplotlib's bundled TTF folder, found without importing matplotlib."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("matplotlib is not installed; its DejaVu Sans fonts are needed")
    return Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"


@functools.cache
def _register_fonts(font: str) -> None:
    """Register a family's four faces once, as a family so <b> and <i> pick the right one."""
    folder = _font_folder()
    faces = {(b, i): _face(font, b, i) for b in (False, True) for i in (False, True)}
    for name in faces.values():
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(
        faces[(False, False)],
        normal=faces[(False, False)],
        bold=faces[(True, False)],
        italic=faces[(False, True)],
        boldItalic=faces[(True, True)],
    )


def _colour(hex_rgb: str) -> Color:
    """A reportlab colour from a style hex string."""
    return HexColor(f"#{hex_rgb}")


@functools.cache
def _styles(theme: Theme) -> dict[str, ParagraphStyle]:
    """One ParagraphStyle per shared TextStyle, built once per theme."""
    _register_fonts(theme.font)
    looks = text_styles(theme).items()
    return {name: _paragraph_style(name, look, theme.font) for name, look in looks}


def _paragraph_style(name: str, look: TextStyle, font: str) -> ParagraphStyle:
    """A reportlab ParagraphStyle from a shared TextStyle."""
    return ParagraphStyle(
        name,
        fontName=_face(font, look.bold, look.italic),
        fontSize=look.size,
        leading=look.size * look.leading,
        textColor=_colour(look.colour),
        spaceBefore=look.space_before,
        spaceAfter=look.space_after,
        keepWithNext=int(name == "lead"),  # a lead-in line; headings: keep.py
    )


class _BriefTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab ships no type hints
    """A themed page that knows its marking and page count and bookmarks every heading."""

    def __init__(self, buffer: io.BytesIO, document: Document, total_pages: int) -> None:
        theme = document.theme
        page_width, page_height = theme.page_mm
        super().__init__(
            buffer,
            pagesize=(page_width * mm, page_height * mm),
            leftMargin=theme.margin_left_mm * mm,
            rightMargin=theme.margin_right_mm * mm,
            topMargin=theme.margin_top_mm * mm,
            bottomMargin=theme.margin_bottom_mm * mm,
            title=sanitise(document.title),
            author=sanitise(document.author),
            subject=sanitise(document.subject),
            keywords=[sanitise(keyword) for keyword in document.keywords],
            creator="briefgen",
            lang=sanitise(document.language) or None,
            displayDocTitle=1,
            initialFontName=_face(
                theme.font, False, False
            ),  # so no unembedded Helvetica is referenced
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
        self.marking = printable(document.marking)
        self.theme = theme
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
    """Marking centred at top and bottom, a hairline over the footer, footer text at the left
    and "Page X of Y" at the right."""
    theme = template.theme
    looks = text_styles(theme)
    width, height = template.pagesize
    left, right = theme.margin_left_mm * mm, width - theme.margin_right_mm * mm
    footer_y = style.FOOTER_DISTANCE_MM * mm
    canvas.saveState()
    page_number = f"Page {template.page} of {template.total_pages or template.page}"
    if template.marking:
        _set_font(canvas, looks["marking"], theme.font)
        header_y = height - style.HEADER_DISTANCE_MM * mm - looks["marking"].size * 0.8
        marking = _fitted(template.marking, right - left, looks["marking"], theme.font)
        canvas.drawCentredString(width / 2, header_y, marking)
        canvas.drawCentredString(width / 2, footer_y, marking)
    canvas.setStrokeColor(_colour(theme.grid))
    canvas.setLineWidth(style.GRID_PT)
    rule_y = footer_y + looks["marking"].size + 2  # just clear of the footer text
    canvas.line(left, rule_y, right, rule_y)
    _set_font(canvas, looks["footer"], theme.font)
    if theme.footer:
        room = right - left - _width(f"  {page_number}", looks["footer"], theme.font)
        canvas.drawString(
            left, footer_y, _fitted(printable(theme.footer), room, looks["footer"], theme.font)
        )
    canvas.drawRightString(right, footer_y, page_number)
    canvas.restoreState()


def _width(text: str, look: TextStyle, font: str) -> float:
    return float(pdfmetrics.stringWidth(text, _face(font, look.bold, look.italic), look.size))


def _fitted(text: str, room: float, look: TextStyle, font: str) -> str:
    """A line drawn on the page's furniture (marking, footer), cut with an ellipsis to the
    width it has: drawn whole, a long one ran past the page's edges and was lost."""
    if _width(text, look, font) <= room:
        return text
    while text and _width(f"{text}…", look, font) > room:
        text = text[: max(0, int(len(text) * room / _width(f"{text}…", look, font)) - 1)]
    return f"{text}…"


def _set_font(canvas: Canvas, look: TextStyle, font: str) -> None:
    canvas.setFont(_face(font, look.bold, look.italic), look.size)
    canvas.setFillColor(_colour(look.colour))


def _text(value: str) -> str:
    """Plain text made safe for reportlab's paragraph markup, long runs shortened."""
    return escape(printable(value))


def _markup(runs: tuple[Run, ...], theme: Theme) -> str:
    """Paragraph markup for runs: escaped text in <b>/<i> for emphasis, <a> for web links."""
    parts = []
    for run in runs:
        text = _text(run.text)
        text = f"<b>{text}</b>" if run.bold else text
        text = f"<i>{text}</i>" if run.italic else text
        if run.href.startswith(_LINK_SCHEMES):
            href = escape(sanitise(run.href), {'"': "&quot;"})
            text = f'<a href="{href}" color="#{theme.link}" underline="1">{text}</a>'
        parts.append(text)
    return "".join(parts)


def _story(document: Document) -> list[Flowable]:
    """Title block (logo, title, subtitle, office and reference) followed by every block."""
    theme = document.theme
    styles = _styles(theme)
    story: list[Flowable] = []
    if theme.logo:
        story.append(_logo(theme))
    story.append(PdfParagraph(_text(document.title), styles["title"]))
    for line in (document.subtitle, document.byline):
        if line:
            story.append(PdfParagraph(_text(line), styles["lead"]))
    rule = HRFlowable(
        width="100%",
        thickness=style.TITLE_RULE_PT,
        color=_colour(theme.accent),
        spaceBefore=style.TITLE_RULE_GAP_PT,
        spaceAfter=style.TITLE_BLOCK_AFTER_PT,
    )
    story.append(rule)
    marked = [
        (isinstance(block, Heading), flowable)
        for block in document.blocks
        for flowable in _flowables(block, styles, theme)
    ]
    return story + keep_headings(marked)


def _logo(theme: Theme) -> Flowable:
    """The theme's logo at its height, right-aligned above the title (read from the theme's
    own file: templates and article text can never name a file)."""
    image = Image(theme.logo)
    ratio = image.imageWidth / image.imageHeight
    height = theme.logo_height_mm * mm
    image.drawHeight, image.drawWidth = height, height * ratio
    image.hAlign = "RIGHT"
    return image


def _flowables(block: Block, styles: dict[str, ParagraphStyle], theme: Theme) -> list[Flowable]:
    """The flowables for one block (none for an empty list, table or timeline)."""
    if isinstance(block, Heading):
        name = "heading1" if block.level <= 1 else "heading2"
        return [PdfParagraph(_text(block.text), styles[name])]
    if isinstance(block, Paragraph):
        name = block.style if block.style in _PARAGRAPH_STYLES else "body"
        return [PdfParagraph(_markup(block.runs, theme), styles[name])]
    if isinstance(block, BulletList):
        return [_bullets(block, styles, theme)] if block.items else []
    if isinstance(block, Table):
        return _table(block, styles, theme)
    if isinstance(block, BlockQuote):
        return [KeepTogether([_quote(block, styles, theme)])]
    if isinstance(block, TimelineChart) and block.points:
        width = theme.content_width_mm * mm
        bold = _face(theme.font, True, False)
        return [timeline_drawing(block, theme, width, _face(theme.font, False, False), bold)]
    return []


def _bullets(block: BulletList, styles: dict[str, ParagraphStyle], theme: Theme) -> Flowable:
    """A bulleted list with accent-coloured bullets."""
    look = text_styles(theme)["bullet"]
    items = [ListItem(PdfParagraph(_markup(i, theme), styles["bullet"])) for i in block.items]
    return ListFlowable(
        items,
        bulletType="bullet",
        start=style.BULLET,
        leftIndent=style.BULLET_INDENT_PT,
        bulletFontName=_face(theme.font, False, False),
        bulletFontSize=look.size,
        bulletColor=_colour(theme.accent),
        spaceAfter=style.BLOCK_GAP_PT - look.space_after,
    )


def _table(block: Table, styles: dict[str, ParagraphStyle], theme: Theme) -> list[Flowable]:
    """A grid table of wrapping cells with a shaded header row repeated on each page."""
    columns = max((len(row) for row in (block.header, *block.rows)), default=0)
    if columns == 0:
        return []
    rows = [_cells(block.header, columns, styles["table_header"])] if block.header else []
    rows += [_cells(row, columns, styles["table_cell"]) for row in block.rows]
    width = theme.content_width_mm * mm
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
        ("FONTNAME", (0, 0), (-1, -1), _face(theme.font, False, False)),  # not Helvetica
        ("GRID", (0, 0), (-1, -1), style.GRID_PT, _colour(theme.grid)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), style.CELL_PADDING_PT),
        ("RIGHTPADDING", (0, 0), (-1, -1), style.CELL_PADDING_PT),
        ("TOPPADDING", (0, 0), (-1, -1), style.CELL_PADDING_PT),
        ("BOTTOMPADDING", (0, 0), (-1, -1), style.CELL_PADDING_PT),
    ]
    if block.header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), _colour(theme.accent)))
    if block.rows:
        stripes = [_colour("FFFFFF"), _colour(theme.stripe)]
        commands.append(("ROWBACKGROUNDS", (0, first_body), (-1, -1), stripes))
    table.setStyle(TableStyle(commands))
    return [table]


def _cells(values: tuple[str, ...], columns: int, cell_style: ParagraphStyle) -> list[Flowable]:
    """One table row of wrapping paragraphs, padded with empty cells to `columns`."""
    padded = tuple(values) + ("",) * (columns - len(values))
    return [PdfParagraph(_text(value), cell_style) for value in padded]


def _quote(block: BlockQuote, styles: dict[str, ParagraphStyle], theme: Theme) -> Flowable:
    """An indented quote panel with an accent bar, attribution after an em dash below."""
    rows = [[PdfParagraph(_text(block.text), styles["quote"])]]
    if block.attribution:
        rows.append([PdfParagraph(f"\u2014 {_text(block.attribution)}", styles["attribution"])])
    padding = style.QUOTE_PADDING_PT
    panel = PdfTable(
        rows,
        colWidths=[theme.content_width_mm * mm - style.QUOTE_INDENT_PT],
        splitInRow=1,
        hAlign="RIGHT",
        spaceAfter=style.BLOCK_GAP_PT,
    )
    panel.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), _face(theme.font, False, False)),
                ("BACKGROUND", (0, 0), (-1, -1), _colour(theme.stripe)),
                ("LINEBEFORE", (0, 0), (0, -1), style.QUOTE_BAR_PT, _colour(theme.accent)),
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
