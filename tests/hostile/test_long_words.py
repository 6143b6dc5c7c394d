"""A run of 7,000 characters with no space, in every place text reaches a document: every
page keeps its size, every line drawn stays inside the page's frame (the text block, or the
margins for the marking, footer and page number), and the run is shortened with a mark that
says so, never dropped or drawn past the margin. A hypothesis test once made a PDF fail to
lay out from a 6,886-character line; a 7,000-character run broke a bullet's and a table
header's layout (LayoutError) and a marking's was drawn 27,000 points past the page."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from briefgen.document import (
    LONG_WORD_CHARS,
    WORD_SHOWN_CHARS,
    BlockQuote,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Run,
    Table,
    Theme,
    TimelineChart,
    TimelinePoint,
    printable,
)
from briefgen.model import Actor, Brief, Evidence, Quote, Source, SummaryItem, TimelineEvent
from briefgen.render import docx_bytes, pdf_bytes
from briefgen.templates import render_document

LENGTH = 7_000
RUN = "W" * LENGTH  # the widest glyph: the fewest characters to a line
MARK = f"…[{LENGTH - WORD_SHOWN_CHARS:,} more characters]"
A4 = (595.28, 841.89)
TOLERANCE = 1.0  # points: rounding of the text matrix


def _document(**fields: object) -> Document:
    return Document(**{"title": "Long runs", **fields})  # type: ignore[arg-type]


PLACES = {
    "title": _document(title=RUN),
    "subtitle": _document(subtitle=RUN),
    "heading": _document(blocks=(Heading(RUN),)),
    "paragraph": _document(blocks=(Paragraph((Run("Officials said " + RUN),)),)),
    "bold run": _document(blocks=(Paragraph((Run(RUN, bold=True),)),)),
    "bullet": _document(blocks=(BulletList(((Run(RUN),), (Run("BP said so."),))),)),
    "table cell": _document(blocks=(Table(("Actor", "Role"), ((RUN, "person"),)),)),
    "table header": _document(blocks=(Table(("Actor", RUN), (("BP", "company"),)),)),
    "quote": _document(blocks=(BlockQuote(RUN, "Tony Hayward"),)),
    "attribution": _document(blocks=(BlockQuote("We will pay.", RUN),)),
    "marking": _document(marking=RUN),
    "footer": _document(theme=Theme(footer=RUN)),
}
LINES = {"marking", "footer"}  # drawn as one line on every page, never wrapped
CHART = {
    "timeline phrase": _document(
        blocks=(TimelineChart((TimelinePoint("20 April 2010", RUN), TimelinePoint("2011", "x"))),)
    ),
    "timeline date": _document(
        blocks=(TimelineChart((TimelinePoint(RUN, "Rig explodes"), TimelinePoint("2011", "x"))),)
    ),
}


def _drawn(data: bytes) -> list[tuple[float, float, float, float, float, str]]:
    """Every piece of text drawn: its page's width and height, x, y, width and text."""
    drawn = []
    for page in PdfReader(io.BytesIO(data)).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)

        def visit(text, cm, tm, font, size, width=width, height=height):  # type: ignore[no-untyped-def]
            if not text.strip() or font is None:
                return
            name = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
            scale = tm[0] * cm[0] + tm[1] * cm[2]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            wide = pdfmetrics.stringWidth(text.rstrip("\n"), name, size) * scale
            drawn.append((width, height, x, y, wide, text))

        page.extract_text(visitor_text=visit)
    return drawn


def _pdf_text(data: bytes) -> str:
    """The PDF's text with no whitespace (lines wrap anywhere in a long run)."""
    return "".join(_pdf_lines(data).split())


def _pdf_lines(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _inside(data: bytes, theme: Theme) -> None:
    """Every page is A4; every line drawn lies between the side margins and on the page."""
    drawn = _drawn(data)
    assert drawn
    for width, height, x, y, wide, text in drawn:
        assert (width, height) == pytest.approx(A4, abs=0.01)
        left, right = theme.margin_left_mm * mm, width - theme.margin_right_mm * mm
        assert left - TOLERANCE <= x and x + wide <= right + TOLERANCE, (x, wide, text[:40])
        assert 0 <= y <= height, (y, text[:40])


@pytest.mark.parametrize("place", sorted(PLACES))
def test_a_long_run_is_shortened_with_its_mark_inside_the_frame(place):
    document = PLACES[place]
    data = pdf_bytes(document)  # no PageOverflow
    _inside(data, document.theme)
    text = _pdf_text(data)
    if place in LINES:  # one line on every page: cut to its width, with an ellipsis
        assert "WWWW…" in text
    else:
        assert RUN[:WORD_SHOWN_CHARS] + MARK.replace(" ", "") in text
        assert "W" * (WORD_SHOWN_CHARS + 1) not in _pdf_lines(data)
    word = docx.Document(io.BytesIO(docx_bytes(document)))
    parts = [p.text for p in word.paragraphs]
    parts += [c.text for t in word.tables for r in t.rows for c in r.cells]
    parts += [p.text for s in word.sections for p in (*s.header.paragraphs, *s.footer.paragraphs)]
    assert any(MARK in part for part in parts), place


@pytest.mark.parametrize("place", sorted(CHART))
def test_a_long_run_on_the_timeline_graphic_stays_inside_the_frame(place):
    document = CHART[place]
    data = pdf_bytes(document)
    _inside(data, document.theme)
    assert "…" in _pdf_text(data)  # cut with an ellipsis, not drawn past the margin


def test_a_brief_with_long_runs_everywhere_lays_out():
    """A whole brief through the built-in template: a bullet, an actor's name, a quote and a
    timeline phrase each hold the run (as a page run together would give them)."""
    text = f"BP said {RUN} on Monday."
    source = Source(id="s1", path="in/a.txt", title=RUN, text=text)
    evidence = Evidence(source="s1", start=0, end=len(text))
    brief = Brief(
        title=RUN,
        as_of=dt.date(2010, 5, 1),
        generator="test",
        sources=[source],
        actors=[Actor(name=RUN, type="organization", mentions=3, evidence=[evidence])],
        quotes=[Quote(text=RUN, speaker=RUN, kind="direct", evidence=evidence)],
        timeline=[
            TimelineEvent(date="2010-04-20", precision="day", event=RUN, evidence=[evidence])
        ],
        summary=[SummaryItem(text=text, evidence=[evidence])],
    )
    for template in ("sitrep", "background", "one-pager"):
        document = render_document(brief, template)
        data = pdf_bytes(document)
        _inside(data, document.theme)
        text = _pdf_text(data)
        assert text.count(MARK.replace(" ", "")) >= 3, template  # the one-pager shows fewer
        assert "W" * (WORD_SHOWN_CHARS + 1) not in _pdf_lines(data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("W" * LONG_WORD_CHARS, "W" * LONG_WORD_CHARS),  # the longest kept whole
        (
            "a " + "W" * (LONG_WORD_CHARS + 1),
            "a " + "W" * WORD_SHOWN_CHARS + "…[201 more characters]",
        ),
        (
            "https://storify.com/case_face/a-trump-rally-in-greensboro",
            None,
        ),  # PolNeAR: a link stays
    ],
)
def test_printable_shortens_only_runs_no_page_can_hold(text, expected):
    assert printable(text) == (text if expected is None else expected)
