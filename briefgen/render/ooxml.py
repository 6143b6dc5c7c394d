"""WordprocessingML helpers python-docx has no API for: borders, shading, fields, hyperlinks,
script-aware runs, and a reproducible zip package."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph as WordParagraph

DEFAULT_EPOCH = 946684800  # 2000-01-01T00:00:00Z, the fixed date reportlab's invariant mode uses
_ZIP_EPOCH = 315532800  # 1980-01-01T00:00:00Z, the earliest time a zip entry can carry

# Children of w:pPr in schema order, so inserted elements land where Word expects them.
PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
    "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
TBLPR_ORDER = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
    "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
)  # fmt: skip

# Scripts Word must be told about: right-to-left (Hebrew, Arabic and its extensions and
# presentation forms) and East Asian (CJK punctuation, kana, Hangul, ideographs, full-width).
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_CJK = "\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_SCRIPT_RUNS = re.compile(f"([{_RTL}][{_RTL} ]*)|([{_CJK}][{_CJK} ]*)")


def epoch() -> int:
    """Seconds since 1970 to stamp the file with: SOURCE_DATE_EPOCH when set, else fixed."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(value) if value else DEFAULT_EPOCH


def element(tag: str, **attributes: str) -> BaseOxmlElement:
    """A new WordprocessingML element; attribute names are given without the w: prefix."""
    return OxmlElement(tag, {qn(f"w:{name}"): value for name, value in attributes.items()})


def insert(parent: BaseOxmlElement, child: BaseOxmlElement, order: tuple[str, ...]) -> None:
    """Insert `child` into `parent` before the siblings the schema puts after it."""
    tag = "w:" + child.tag.split("}")[1]
    parent.insert_element_before(child, *order[order.index(tag) + 1 :])


def shading(fill: str) -> BaseOxmlElement:
    """A w:shd element filling a paragraph or cell with a solid colour."""
    return element("w:shd", val="clear", color="auto", fill=fill)


def set_fonts(rpr: BaseOxmlElement, latin: str, east_asian: str, complex_script: str) -> None:
    """Set the font for each script (Latin, East Asian, complex), replacing theme fonts."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.attrib.clear()
    for script, name in (("ascii", latin), ("hAnsi", latin), ("eastAsia", east_asian),
                         ("cs", complex_script)):  # fmt: skip
        fonts.set(qn(f"w:{script}"), name)


def set_borders(ppr: BaseOxmlElement, lines: list[tuple[str, float, str, float]]) -> None:
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
            element(f"w:{side}", val="single", sz=size, space=str(round(gap)), color=colour)
        )
    insert(ppr, borders, PPR_ORDER)


def add_text(paragraph: WordParagraph, text: str, bold: bool = False, italic: bool = False) -> None:
    """Append text as runs split by script: right-to-left runs get w:rtl and the complex-script
    font hint, East Asian runs the East Asian hint, so Word shapes and orders them correctly."""
    position = 0
    for match in _SCRIPT_RUNS.finditer(text):
        _add_run(paragraph, text[position : match.start()], bold, italic, "")
        _add_run(paragraph, match.group(), bold, italic, "cs" if match.group(1) else "eastAsia")
        position = match.end()
    _add_run(paragraph, text[position:], bold, italic, "")


def _add_run(paragraph: WordParagraph, text: str, bold: bool, italic: bool, hint: str) -> None:
    if not text:
        return
    run = paragraph.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    if hint:
        rpr = run._r.get_or_add_rPr()
        rpr.insert(0, element("w:rFonts", hint=hint))
        if hint == "cs":
            if bold:
                rpr.append(element("w:bCs"))
            if italic:
                rpr.append(element("w:iCs"))
            rpr.append(element("w:rtl"))


def add_hyperlink(paragraph: WordParagraph, text: str, url: str, colour: str) -> None:
    """Append an external hyperlink (a w:hyperlink pointing at a relationship), underlined."""
    rid = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink", {qn("r:id"): rid})
    run = paragraph.add_run(text)
    run.font.underline = True
    run.font.color.rgb = RGBColor.from_string(colour)
    link.append(run._r)  # moves the run inside the hyperlink
    paragraph._p.append(link)


def add_field(paragraph: WordParagraph, instruction: str) -> None:
    """Append a Word field (e.g. PAGE) as begin / instruction / separate / result / end runs."""
    parts: list[tuple[str, str]] = [
        ("fldChar", "begin"),
        ("instrText", f" {instruction} "),
        ("fldChar", "separate"),
        ("t", "1"),
        ("fldChar", "end"),
    ]
    for tag, value in parts:
        child = OxmlElement(f"w:{tag}")
        if tag == "fldChar":
            child.set(qn("w:fldCharType"), value)
        else:
            child.set(qn("xml:space"), "preserve")
            child.text = value
        paragraph.add_run()._r.append(child)


def normalise_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed entry times and attributes, keeping the entry order."""
    stamp = dt.datetime.fromtimestamp(max(epoch(), _ZIP_EPOCH), dt.UTC)
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
