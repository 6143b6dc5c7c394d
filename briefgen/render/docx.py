"""Render a Document as DOCX bytes with python-docx, using real Word styles themed by `style`."""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph as WordParagraph

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

DEFAULT_EPOCH = 946684800  # 2000-01-01T00:00:00Z, the fixed date reportlab's invariant mode uses
_ZIP_EPOCH = 315532800  # 1980-01-01T00:00:00Z, the earliest time a zip entry can carry
_WORD_SINGLE = 1.2  # Word's "single" line spacing is about 1.2 x the font size

# Word paragraph style -> its look in `style.TEXT_STYLES`; styles Word lacks are added.
_WORD_STYLES = {
    "Normal": "body",
    "Body Text": "body",
    "Title": "title",
    "Lead": "lead",
    "Note": "note",
    "Heading 1": "heading1",
    "Heading 2": "heading2",
    "List Bullet": "bullet",
    "Quote": "quote",
    "Quote Attribution": "attribution",
    "Table Heading": "table_header",
    "Table Text": "table_cell",
    "Header": "marking",
    "Footer": "footer",
}
# Document paragraph style -> Word paragraph style.
_PARAGRAPH_STYLES = {"body": "Body Text", "lead": "Lead", "note": "Note"}

# Children of w:pPr in schema order, so inserted elements land where Word expects them.
_PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
    "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
_TBLPR_ORDER = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
    "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
)  # fmt: skip


def docx_bytes(document: Document) -> bytes:
    """Render `document` as a DOCX file; the same document always gives the same bytes."""
    word = docx.Document()
    section = word.sections[0]
    _set_page(section)
    _set_styles(word, sanitise(document.language))
    _set_properties(word, document)
    _add_title_block(word, document)
    for block in document.blocks:
        _add_block(word, block)
    _set_page_furniture(section, sanitise(document.marking))
    buffer = io.BytesIO()
    word.save(buffer)
    return _normalise_zip(buffer.getvalue())


def _epoch() -> int:
    """Seconds since 1970 to stamp the file with: SOURCE_DATE_EPOCH when set, else fixed."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(value) if value else DEFAULT_EPOCH


def _set_page(section: Section) -> None:
    """A4 portrait with the shared margins."""
    section.page_width = Mm(style.PAGE_WIDTH_MM)
    section.page_height = Mm(style.PAGE_HEIGHT_MM)
    section.top_margin = Mm(style.MARGIN_TOP_MM)
    section.bottom_margin = Mm(style.MARGIN_BOTTOM_MM)
    section.left_margin = Mm(style.MARGIN_LEFT_MM)
    section.right_margin = Mm(style.MARGIN_RIGHT_MM)
    section.header_distance = Mm(style.HEADER_DISTANCE_MM)
    section.footer_distance = Mm(style.FOOTER_DISTANCE_MM)


def _set_styles(word: WordDocument, language: str) -> None:
    """Restyle Word's built-in styles (adding the custom ones) to the shared look."""
    styles = word.styles
    for name, key in _WORD_STYLES.items():
        if name not in styles:
            styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH).base_style = styles["Normal"]
        _apply_look(styles[name], TEXT_STYLES[key])
    for name in ("Heading 1", "Heading 2", "Quote", "Table Heading"):
        styles[name].paragraph_format.keep_with_next = True
    _set_borders(styles["Title"].element.get_or_add_pPr(), [])
    _style_quotes(word)
    _style_bullets(word)
    for name in ("Header", "Footer"):
        tabs = styles[name].paragraph_format.tab_stops
        tabs.clear_all()
        tabs.add_tab_stop(Mm(style.CONTENT_WIDTH_MM / 2), WD_TAB_ALIGNMENT.CENTER)
        tabs.add_tab_stop(Mm(style.CONTENT_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT)
    styles["Header"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if language:
        styles["Normal"].element.get_or_add_rPr().append(_element("w:lang", val=language))


def _style_quotes(word: WordDocument) -> None:
    """Quote and attribution share one shaded, indented panel with an accent bar at the left."""
    padding = style.QUOTE_PADDING_PT
    panel = [
        ("top", 1.0, style.STRIPE, padding / 2),
        ("left", style.QUOTE_BAR_PT, style.ACCENT, padding),
        ("bottom", 1.0, style.STRIPE, padding / 2),
        ("right", 1.0, style.STRIPE, padding),
    ]
    for name in ("Quote", "Quote Attribution"):
        ppr = word.styles[name].element.get_or_add_pPr()
        _set_borders(ppr, panel)
        _insert(ppr, _shading(style.STRIPE), _PPR_ORDER)
        fmt = word.styles[name].paragraph_format
        fmt.left_indent = Pt(style.QUOTE_INDENT_PT + padding)
        fmt.right_indent = Pt(padding)


def _style_bullets(word: WordDocument) -> None:
    """Restyle "List Bullet": accent-coloured bullet, the PDF's indent, space between items."""
    ppr = word.styles["List Bullet"].element.get_or_add_pPr()
    for element in ppr.findall(qn("w:contextualSpacing")):
        ppr.remove(element)  # Word would drop the space between items
    numbering = word.part.numbering_part.element
    for level in numbering.xpath(
        './/w:abstractNum[w:lvl/w:pStyle[@w:val="ListBullet"]]/w:lvl[@w:ilvl="0"]'
    ):
        level.find(qn("w:lvlText")).set(qn("w:val"), style.BULLET)
        indent = str(round(style.BULLET_INDENT_PT * 20))  # twentieths of a point
        level.find(qn("w:pPr")).find(qn("w:tabs")).find(qn("w:tab")).set(qn("w:pos"), indent)
        ind = level.find(qn("w:pPr")).find(qn("w:ind"))
        ind.set(qn("w:left"), indent)
        ind.set(qn("w:hanging"), indent)
        rpr = level.find(qn("w:rPr"))
        _set_font_name(rpr, style.DOCX_FONT)
        rpr.append(_element("w:color", val=style.ACCENT))


def _apply_look(word_style: ParagraphStyle, look: TextStyle) -> None:
    """Copy a shared TextStyle onto a Word paragraph style."""
    font = word_style.font
    font.size = Pt(look.size)
    font.bold = look.bold
    font.italic = look.italic
    font.color.rgb = RGBColor.from_string(look.colour)
    _set_font_name(word_style.element.get_or_add_rPr(), style.DOCX_FONT)
    fmt = word_style.paragraph_format
    fmt.space_before = Pt(look.space_before)
    fmt.space_after = Pt(look.space_after)
    fmt.line_spacing = round(look.leading / _WORD_SINGLE, 3)


def _set_font_name(rpr: BaseOxmlElement, name: str) -> None:
    """Use `name` for every script (Latin, East Asian, complex), replacing theme fonts."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.attrib.clear()
    for script in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{script}"), name)


def _set_borders(ppr: BaseOxmlElement, lines: list[tuple[str, float, str, float]]) -> None:
    """Replace a paragraph's borders with `(side, width pt, colour, gap pt)` lines (top first)."""
    old = ppr.find(qn("w:pBdr"))
    if old is not None:
        ppr.remove(old)
    if not lines:
        return
    borders = OxmlElement("w:pBdr")
    for side, width, colour, gap in lines:
        size = str(round(width * 8))  # eighths of a point
        borders.append(
            _element(f"w:{side}", val="single", sz=size, space=str(round(gap)), color=colour)
        )
    _insert(ppr, borders, _PPR_ORDER)


def _shading(fill: str) -> BaseOxmlElement:
    """A w:shd element filling a paragraph or cell with a solid colour."""
    return _element("w:shd", val="clear", color="auto", fill=fill)


def _element(tag: str, **attributes: str) -> BaseOxmlElement:
    """A new WordprocessingML element; attribute names are given without the w: prefix."""
    return OxmlElement(tag, {qn(f"w:{name}"): value for name, value in attributes.items()})


def _insert(parent: BaseOxmlElement, child: BaseOxmlElement, order: tuple[str, ...]) -> None:
    """Insert `child` into `parent` before the siblings the schema puts after it."""
    tag = "w:" + child.tag.split("}")[1]
    parent.insert_element_before(child, *order[order.index(tag) + 1 :])


def _set_properties(word: WordDocument, document: Document) -> None:
    """Core properties from the document's metadata, with fixed dates for reproducibility."""
    props = word.core_properties
    props.title = sanitise(document.title)
    props.subject = sanitise(document.subject)
    props.author = sanitise(document.author)
    props.keywords = ", ".join(sanitise(keyword) for keyword in document.keywords)
    props.language = sanitise(document.language)
    props.comments = sanitise(document.subtitle)
    props.last_modified_by = sanitise(document.author)
    props.revision = 1
    stamp = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=_epoch())
    props.created = stamp
    props.modified = stamp
    package = word.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:  # python-docx's template preview image
            del package.rels[rid]


def _add_title_block(word: WordDocument, document: Document) -> None:
    """Title, subtitle line, and a thin accent rule under them."""
    last = word.add_paragraph(sanitise(document.title), style="Title")
    if document.subtitle:
        last = word.add_paragraph(sanitise(document.subtitle), style="Lead")
    rule = ("bottom", style.TITLE_RULE_PT, style.ACCENT, style.TITLE_RULE_GAP_PT)
    _set_borders(last._p.get_or_add_pPr(), [rule])
    last.paragraph_format.space_after = Pt(style.TITLE_BLOCK_AFTER_PT)


def _add_block(word: WordDocument, block: Block) -> None:
    """Append one block of the document."""
    if isinstance(block, Heading):
        name = "Heading 1" if block.level <= 1 else "Heading 2"
        word.add_paragraph(sanitise(block.text), style=name)
    elif isinstance(block, Paragraph):
        name = _PARAGRAPH_STYLES.get(block.style, "Body Text")
        _add_runs(word.add_paragraph(style=name), block.runs)
    elif isinstance(block, BulletList):
        items = [word.add_paragraph(style="List Bullet") for _ in block.items]
        for paragraph, item in zip(items, block.items):
            _add_runs(paragraph, item)
        if items:
            items[-1].paragraph_format.space_after = Pt(style.BLOCK_GAP_PT)
    elif isinstance(block, Table):
        _add_table(word, block)
    elif isinstance(block, BlockQuote):
        word.add_paragraph(sanitise(block.text), style="Quote")
        if block.attribution:
            word.add_paragraph(f"\u2014 {sanitise(block.attribution)}", style="Quote Attribution")
        _add_spacer(word)


def _add_runs(paragraph: WordParagraph, runs: tuple[Run, ...]) -> None:
    """Append runs with their bold/italic emphasis."""
    for run in runs:
        added = paragraph.add_run(sanitise(run.text))
        added.bold = run.bold or None
        added.italic = run.italic or None


def _add_table(word: WordDocument, block: Table) -> None:
    """A grid table with a shaded header row that repeats on every page, then a spacer."""
    columns = max((len(row) for row in (block.header, *block.rows)), default=0)
    if columns == 0:
        return
    rows = ([block.header] if block.header else []) + list(block.rows)
    table = word.add_table(rows=len(rows), cols=columns)
    table.style = word.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _set_table_frame(table._tbl.tblPr)
    fractions = style.column_fractions(block.widths, columns)
    widths = [Mm(style.CONTENT_WIDTH_MM * fraction) for fraction in fractions]
    for column, width in zip(table.columns, widths):
        column.width = width
    first_body = 1 if block.header else 0
    for index, (row, values) in enumerate(zip(table.rows, rows)):
        is_header = index < first_body
        striped = (index - first_body) % 2 == 1
        fill = style.ACCENT if is_header else (style.STRIPE if striped else None)
        for column, (cell, width) in enumerate(zip(row.cells, widths)):
            cell.width = width
            paragraph = cell.paragraphs[0]
            paragraph.style = "Table Heading" if is_header else "Table Text"
            paragraph.add_run(sanitise(values[column]) if column < len(values) else "")
            if fill:
                cell._tc.get_or_add_tcPr().append(_shading(fill))
        if is_header:
            row._tr.get_or_add_trPr().append(_element("w:tblHeader", val="true"))
    _add_spacer(word)


def _add_spacer(word: WordDocument) -> None:
    """A small empty paragraph after a table or quote, so Word never merges it with the next."""
    spacer = word.add_paragraph(style="Normal")
    spacer.paragraph_format.space_after = Pt(0)
    spacer.paragraph_format.line_spacing = Pt(style.BLOCK_GAP_PT)


def _set_table_frame(tblpr: BaseOxmlElement) -> None:
    """Thin grid lines in the grid colour, aligned to the margin, with the shared cell padding."""
    borders = OxmlElement("w:tblBorders")
    size = str(round(style.GRID_PT * 8))  # eighths of a point
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_element(f"w:{side}", val="single", sz=size, space="0", color=style.GRID))
    _insert(tblpr, borders, _TBLPR_ORDER)
    padding = str(round(style.CELL_PADDING_PT * 20))  # twentieths of a point
    # Word 2010 layout puts the first cell's text at the margin; indent so the grid is there.
    _insert(tblpr, _element("w:tblInd", w=padding, type="dxa"), _TBLPR_ORDER)
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        margins.append(_element(f"w:{side}", w=padding, type="dxa"))
    _insert(tblpr, margins, _TBLPR_ORDER)


def _set_page_furniture(section: Section, marking: str) -> None:
    """Marking centred in the header and footer; "Page X of Y" at the footer's right."""
    if marking:
        header = section.header.paragraphs[0]
        header.style = "Header"
        header.add_run(marking)
    footer = section.footer.paragraphs[0]
    footer.style = "Footer"
    rule = ("top", style.GRID_PT, style.GRID, 4.0)
    _set_borders(footer._p.get_or_add_pPr(), [rule])
    footer.add_run("\t")
    if marking:
        look = TEXT_STYLES["marking"]
        run = footer.add_run(marking)
        run.bold = look.bold
        run.font.size = Pt(look.size)
        run.font.color.rgb = RGBColor.from_string(look.colour)
    footer.add_run("\tPage ")
    _add_field(footer, "PAGE")
    footer.add_run(" of ")
    _add_field(footer, "NUMPAGES")


def _add_field(paragraph: WordParagraph, instruction: str) -> None:
    """Append a Word field (e.g. PAGE) as begin / instruction / separate / result / end runs."""
    parts: list[tuple[str, str]] = [
        ("fldChar", "begin"),
        ("instrText", f" {instruction} "),
        ("fldChar", "separate"),
        ("t", "1"),
        ("fldChar", "end"),
    ]
    for tag, value in parts:
        element = OxmlElement(f"w:{tag}")
        if tag == "fldChar":
            element.set(qn("w:fldCharType"), value)
        else:
            element.set(qn("xml:space"), "preserve")
            element.text = value
        paragraph.add_run()._r.append(element)


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed entry times and attributes, keeping the entry order."""
    stamp = dt.datetime.fromtimestamp(max(_epoch(), _ZIP_EPOCH), dt.timezone.utc)
    date_time = stamp.timetuple()[:6]
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(output, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever platform renders the file
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry))
    return output.getvalue()
