"""Render a Document as DOCX bytes with python-docx, using real Word styles in its theme."""

from __future__ import annotations

import datetime as dt
import io

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
from docx.table import _Cell
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
    Theme,
    TimelineChart,
    printable,
    sanitise,
)
from briefgen.render import style
from briefgen.render.chart import timeline_png
from briefgen.render.ooxml import (
    PPR_ORDER,
    TBLPR_ORDER,
    add_field,
    add_hyperlink,
    add_text,
    element,
    epoch,
    insert,
    normalise_zip,
    set_borders,
    set_fonts,
    shading,
)
from briefgen.render.style import TextStyle, text_styles

_WORD_SINGLE = 1.2  # Word's "single" line spacing is about 1.2 x the font size
_LINK_SCHEMES = ("http://", "https://", "mailto:")  # the only links a brief may carry
_PROPERTY_LIMIT = 255  # python-docx refuses a longer core property (title, keywords, ...)

# Word paragraph style -> its look in `style.text_styles`; styles Word lacks are added.
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


def docx_bytes(document: Document) -> bytes:
    """Render `document` as a DOCX file; the same document always gives the same bytes."""
    word = docx.Document()
    theme = document.theme
    section = word.sections[0]
    _set_page(section, theme)
    _set_styles(word, sanitise(document.language), theme)
    _set_properties(word, document)
    _add_title_block(word, document)
    for block in document.blocks:
        _add_block(word, block, theme)
    _set_page_furniture(section, printable(document.marking), theme)
    buffer = io.BytesIO()
    word.save(buffer)
    return normalise_zip(buffer.getvalue())


def _set_page(section: Section, theme: Theme) -> None:
    """The theme's page size (portrait) and margins."""
    width, height = theme.page_mm
    section.page_width = Mm(width)
    section.page_height = Mm(height)
    section.top_margin = Mm(theme.margin_top_mm)
    section.bottom_margin = Mm(theme.margin_bottom_mm)
    section.left_margin = Mm(theme.margin_left_mm)
    section.right_margin = Mm(theme.margin_right_mm)
    section.header_distance = Mm(style.HEADER_DISTANCE_MM)
    section.footer_distance = Mm(style.FOOTER_DISTANCE_MM)


def _set_styles(word: WordDocument, language: str, theme: Theme) -> None:
    """Restyle Word's built-in styles (adding the custom ones) to the theme's look."""
    styles = word.styles
    looks = text_styles(theme)
    for name, key in _WORD_STYLES.items():
        if name not in styles:
            styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH).base_style = styles["Normal"]
        _apply_look(styles[name], looks[key], theme)
    for name in ("Heading 1", "Heading 2", "Lead", "Quote", "Table Heading"):
        styles[name].paragraph_format.keep_with_next = True
    set_borders(styles["Title"].element.get_or_add_pPr(), [])
    _style_quotes(word, theme)
    _style_bullets(word, theme)
    for name in ("Header", "Footer"):
        tabs = styles[name].paragraph_format.tab_stops
        tabs.clear_all()
        tabs.add_tab_stop(Mm(theme.content_width_mm / 2), WD_TAB_ALIGNMENT.CENTER)
        tabs.add_tab_stop(Mm(theme.content_width_mm), WD_TAB_ALIGNMENT.RIGHT)
    styles["Header"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if language:
        styles["Normal"].element.get_or_add_rPr().append(element("w:lang", val=language))


def _style_quotes(word: WordDocument, theme: Theme) -> None:
    """Quote and attribution share one shaded, indented panel with an accent bar at the left."""
    padding = style.QUOTE_PADDING_PT
    panel = [
        ("top", 1.0, theme.stripe, padding / 2),
        ("left", style.QUOTE_BAR_PT, theme.accent, padding),
        ("bottom", 1.0, theme.stripe, padding / 2),
        ("right", 1.0, theme.stripe, padding),
    ]
    for name in ("Quote", "Quote Attribution"):
        ppr = word.styles[name].element.get_or_add_pPr()
        set_borders(ppr, panel)
        insert(ppr, shading(theme.stripe), PPR_ORDER)
        fmt = word.styles[name].paragraph_format
        fmt.left_indent = Pt(style.QUOTE_INDENT_PT + padding)
        fmt.right_indent = Pt(padding)


def _style_bullets(word: WordDocument, theme: Theme) -> None:
    """Restyle "List Bullet": accent-coloured bullet, the PDF's indent, space between items."""
    ppr = word.styles["List Bullet"].element.get_or_add_pPr()
    for child in ppr.findall(qn("w:contextualSpacing")):
        ppr.remove(child)  # Word would drop the space between items
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
        set_fonts(rpr, theme.docx_font, theme.east_asian_font, theme.complex_font)
        rpr.append(element("w:color", val=theme.accent))


def _apply_look(word_style: ParagraphStyle, look: TextStyle, theme: Theme) -> None:
    """Copy a shared TextStyle onto a Word paragraph style (complex-script sizes too)."""
    font = word_style.font
    font.size = Pt(look.size)
    font.bold = look.bold
    font.italic = look.italic
    font.color.rgb = RGBColor.from_string(look.colour)
    rpr = word_style.element.get_or_add_rPr()
    set_fonts(rpr, theme.docx_font, theme.east_asian_font, theme.complex_font)
    rpr.append(element("w:szCs", val=str(round(look.size * 2))))  # half-points
    fmt = word_style.paragraph_format
    fmt.space_before = Pt(look.space_before)
    fmt.space_after = Pt(look.space_after)
    fmt.line_spacing = round(look.leading / _WORD_SINGLE, 3)


def _set_properties(word: WordDocument, document: Document) -> None:
    """Core properties from the document's metadata, with fixed dates for reproducibility."""
    props = word.core_properties
    props.title = _property(document.title)
    props.subject = _property(document.subject)
    props.author = _property(document.author)
    props.keywords = _keywords(document.keywords)
    props.language = _property(document.language)
    props.comments = _property(document.subtitle)
    props.last_modified_by = _property(document.author)
    props.identifier = _property(document.reference)
    props.category = "briefgen"  # as the PDF's creator: ingest skips a brief among its inputs
    props.revision = 1
    stamp = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=epoch())
    props.created = stamp
    props.modified = stamp
    package = word.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:  # python-docx's template preview image
            del package.rels[rid]


def _property(text: str) -> str:
    """A core property's text: XML-legal and cut to the limit (a long title or subtitle)."""
    return sanitise(text)[:_PROPERTY_LIMIT]


def _keywords(keywords: tuple[str, ...]) -> str:
    """The keywords comma-separated, as many whole ones as fit the limit; a first keyword
    too long by itself (a runaway actor name from hostile text) is cut."""
    text = ""
    for keyword in keywords:
        joined = f"{text}, {sanitise(keyword)}" if text else sanitise(keyword)
        if len(joined) > _PROPERTY_LIMIT:
            return text or joined[:_PROPERTY_LIMIT]
        text = joined
    return text


def _add_title_block(word: WordDocument, document: Document) -> None:
    """Logo, title, subtitle, office and reference lines, and a thin accent rule under them."""
    theme = document.theme
    if theme.logo:
        logo = word.add_paragraph(style="Normal")
        logo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        logo.add_run().add_picture(theme.logo, height=Mm(theme.logo_height_mm))
    last = word.add_paragraph(style="Title")
    add_text(last, printable(document.title))
    for line in (document.subtitle, document.byline):
        if line:
            last = word.add_paragraph(style="Lead")
            add_text(last, printable(line))
    rule = ("bottom", style.TITLE_RULE_PT, theme.accent, style.TITLE_RULE_GAP_PT)
    set_borders(last._p.get_or_add_pPr(), [rule])
    last.paragraph_format.space_after = Pt(style.TITLE_BLOCK_AFTER_PT)


def _add_block(word: WordDocument, block: Block, theme: Theme) -> None:
    """Append one block of the document."""
    if isinstance(block, Heading):
        name = "Heading 1" if block.level <= 1 else "Heading 2"
        add_text(word.add_paragraph(style=name), printable(block.text))
    elif isinstance(block, Paragraph):
        name = _PARAGRAPH_STYLES.get(block.style, "Body Text")
        _add_runs(word.add_paragraph(style=name), block.runs, theme)
    elif isinstance(block, BulletList):
        items = [word.add_paragraph(style="List Bullet") for _ in block.items]
        for paragraph, item in zip(items, block.items, strict=True):
            _add_runs(paragraph, item, theme)
        if items:
            items[-1].paragraph_format.space_after = Pt(style.BLOCK_GAP_PT)
    elif isinstance(block, Table):
        _add_table(word, block, theme)
    elif isinstance(block, BlockQuote):
        add_text(word.add_paragraph(style="Quote"), printable(block.text))
        if block.attribution:
            attribution = word.add_paragraph(style="Quote Attribution")
            add_text(attribution, f"\u2014 {printable(block.attribution)}")
        _add_spacer(word)
    elif isinstance(block, TimelineChart) and block.points:
        png = timeline_png(block, theme, theme.content_width_mm / 25.4 * 72)
        picture = word.add_paragraph(style="Normal").add_run()
        picture.add_picture(io.BytesIO(png), width=Mm(theme.content_width_mm))
        _add_spacer(word)


def _add_runs(paragraph: WordParagraph, runs: tuple[Run, ...], theme: Theme) -> None:
    """Append runs with their bold/italic emphasis; web links become Word hyperlinks."""
    for run in runs:
        text = printable(run.text)
        if run.href.startswith(_LINK_SCHEMES):
            add_hyperlink(paragraph, text, sanitise(run.href), theme.link)
        else:
            add_text(paragraph, text, run.bold, run.italic)


def _add_table(word: WordDocument, block: Table, theme: Theme) -> None:
    """A grid table with a shaded header row that repeats on every page, then a spacer."""
    columns = max((len(row) for row in (block.header, *block.rows)), default=0)
    if columns == 0:
        return
    rows = ([block.header] if block.header else []) + list(block.rows)
    table = word.add_table(rows=len(rows), cols=columns)
    table.style = word.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _set_table_frame(table._tbl.tblPr, theme)
    fractions = style.column_fractions(block.widths, columns)
    widths = [Mm(theme.content_width_mm * fraction) for fraction in fractions]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    first_body = 1 if block.header else 0
    for index, (row, values) in enumerate(zip(table.rows, rows, strict=True)):
        is_header = index < first_body
        striped = (index - first_body) % 2 == 1
        fill = theme.accent if is_header else (theme.stripe if striped else None)
        cells = [_Cell(tc, table) for tc in row._tr.tc_lst]  # row.cells rebuilds the grid
        for column, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            cell.width = width
            paragraph = cell.paragraphs[0]
            paragraph.style = "Table Heading" if is_header else "Table Text"
            add_text(paragraph, printable(values[column]) if column < len(values) else "")
            if fill:
                cell._tc.get_or_add_tcPr().append(shading(fill))
        if is_header:
            row._tr.get_or_add_trPr().append(element("w:tblHeader", val="true"))
    _add_spacer(word)


def _add_spacer(word: WordDocument) -> None:
    """A small empty paragraph after a table or quote, so Word never merges it with the next."""
    spacer = word.add_paragraph(style="Normal")
    spacer.paragraph_format.space_after = Pt(0)
    spacer.paragraph_format.line_spacing = Pt(style.BLOCK_GAP_PT)


def _set_table_frame(tblpr: BaseOxmlElement, theme: Theme) -> None:
    """Thin grid lines in the grid colour, aligned to the margin, with the shared cell padding."""
    borders = OxmlElement("w:tblBorders")
    size = str(round(style.GRID_PT * 8))  # eighths of a point
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(element(f"w:{side}", val="single", sz=size, space="0", color=theme.grid))
    insert(tblpr, borders, TBLPR_ORDER)
    padding = str(round(style.CELL_PADDING_PT * 20))  # twentieths of a point
    # Word 2010 layout puts the first cell's text at the margin; indent so the grid is there.
    insert(tblpr, element("w:tblInd", w=padding, type="dxa"), TBLPR_ORDER)
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        margins.append(element(f"w:{side}", w=padding, type="dxa"))
    insert(tblpr, margins, TBLPR_ORDER)


def _set_page_furniture(section: Section, marking: str, theme: Theme) -> None:
    """Marking centred in the header and footer; the theme's footer text at the footer's
    left and "Page X of Y" at its right."""
    if marking:
        header = section.header.paragraphs[0]
        header.style = "Header"
        header.add_run(marking)
    footer = section.footer.paragraphs[0]
    footer.style = "Footer"
    rule = ("top", style.GRID_PT, theme.grid, 4.0)
    set_borders(footer._p.get_or_add_pPr(), [rule])
    footer.add_run(f"{printable(theme.footer)}\t")
    if marking:
        look = text_styles(theme)["marking"]
        run = footer.add_run(marking)
        run.bold = look.bold
        run.font.size = Pt(look.size)
        run.font.color.rgb = RGBColor.from_string(look.colour)
    footer.add_run("\tPage ")
    add_field(footer, "PAGE")
    footer.add_run(" of ")
    add_field(footer, "NUMPAGES")
