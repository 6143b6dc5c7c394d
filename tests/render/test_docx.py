"""The DOCX renderer: re-open what was rendered with python-docx and check its content."""

from __future__ import annotations

import ast
import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from briefgen.document import (
    BlockQuote,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Run,
    Table,
)
from briefgen.render import docx_bytes, style

NAMES = "Erdoğan Türkiye Zürich Владимир Κυριάκος"
QUOTE = "“We will decimate the terrorists, their sanctuaries, their abettors, and supporters.”"
ACTORS = Table(
    header=("Actor", "Type", "Role", "Mentions"),
    rows=(
        ("Attaullah Tarar", "person", "Information Minister", "4"),
        ("Pakistan", "country", "party to the Istanbul talks", "12"),
        ("Tehrik-e-Taliban Pakistan (TTP)", "armed group", "accused of cross-border attacks", "3"),
        ("Qatar", "country", "mediator", "2"),
    ),
    widths=(3, 2, 4, 1.4),
)


def istanbul_brief(annex_sections: int = 0, marking: str = "OFFICIAL-SENSITIVE") -> Document:
    """A brief on the Istanbul talks, built by hand; `annex_sections` makes it longer."""
    blocks = [
        Heading("Bottom line up front"),
        Paragraph(
            (
                Run("Islamabad declared that the four-day talks in Istanbul had "),
                Run("failed to bring about a workable solution", bold=True),
                Run(", and the truce of "),
                Run("19 October", italic=True),
                Run(" is fragile."),
            )
        ),
        Paragraph((Run("Prepared for the minister's morning meeting."),), style="lead"),
        Heading("Key points"),
        BulletList(
            (
                (Run("Qatar and Turkey facilitated the talks and urge restraint."),),
                (Run("No verification mechanism was agreed."),),
                (Run(NAMES, bold=True),),
            )
        ),
        Heading("Key quotes"),
        BlockQuote(QUOTE, "Attaullah Tarar · [1]"),
        Heading("Actors"),
        ACTORS,
        Heading("Border crossings", level=2),
        Paragraph((Run("Several key crossings remain closed, disrupting trade and aid."),)),
        Paragraph((Run("[1] The Defense News, 29 October 2025."),), style="note"),
    ]
    for number in range(1, annex_sections + 1):
        blocks.append(Heading(f"Annex {number}"))
        sentence = (
            "Pakistani officials have long maintained that the Afghan Taliban, despite past "
            "assurances, has failed to curb TTP activities along the border. "
        )
        blocks.append(Paragraph((Run(sentence * 6),)))
    return Document(
        title="Pakistan–Afghanistan truce talks fail in Istanbul",
        subtitle="As of 29 October 2025 · 1 source",
        author="Briefing Unit",
        subject="Situation report",
        keywords=("Pakistan", "Afghanistan", "ceasefire"),
        language="en-GB",
        marking=marking,
        blocks=tuple(blocks),
    )


def reopen(document: Document) -> docx.document.Document:
    """Render and re-open with python-docx."""
    return docx.Document(io.BytesIO(docx_bytes(document)))


def all_text(word: docx.document.Document) -> str:
    """Body paragraphs and table cells, one a line."""
    lines = [paragraph.text for paragraph in word.paragraphs]
    for table in word.tables:
        lines += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(lines)


def style_of(word: docx.document.Document, text: str) -> str:
    """The style name of the first body paragraph whose text is `text`."""
    return next(p.style.name for p in word.paragraphs if p.text == text)


@pytest.mark.parametrize(
    ("text", "expected_style"),
    [
        ("Pakistan–Afghanistan truce talks fail in Istanbul", "Title"),
        ("As of 29 October 2025 · 1 source", "Lead"),
        ("Key quotes", "Heading 1"),
        ("Border crossings", "Heading 2"),
        ("Several key crossings remain closed, disrupting trade and aid.", "Body Text"),
        ("Prepared for the minister's morning meeting.", "Lead"),
        ("[1] The Defense News, 29 October 2025.", "Note"),
        ("No verification mechanism was agreed.", "List Bullet"),
        (QUOTE, "Quote"),
        ("— Attaullah Tarar · [1]", "Quote Attribution"),
    ],
)
def test_blocks_use_word_styles(text: str, expected_style: str) -> None:
    assert style_of(reopen(istanbul_brief()), text) == expected_style


def test_every_text_of_the_document_is_present() -> None:
    document = istanbul_brief()
    text = all_text(reopen(document))
    for block in document.blocks:
        if isinstance(block, Table):
            for value in (*block.header, *(cell for row in block.rows for cell in row)):
                assert value in text
        elif isinstance(block, BulletList):
            assert all("".join(run.text for run in item) in text for item in block.items)
        elif isinstance(block, BlockQuote):
            assert block.text in text and block.attribution in text
        else:
            assert block.text in text


def test_runs_keep_their_emphasis() -> None:
    word = reopen(istanbul_brief())
    runs = {run.text: run for paragraph in word.paragraphs for run in paragraph.runs}
    assert runs["failed to bring about a workable solution"].bold
    assert runs["19 October"].italic
    assert not runs[" is fragile."].bold and not runs[" is fragile."].italic
    assert runs[NAMES].bold


def test_headings_are_restyled_to_the_theme() -> None:
    heading = reopen(istanbul_brief()).styles["Heading 1"]
    look = style.TEXT_STYLES["heading1"]
    assert heading.font.color.rgb == docx.shared.RGBColor.from_string(style.ACCENT)
    assert heading.font.size == docx.shared.Pt(look.size)
    fonts = heading.element.rPr.find(qn("w:rFonts"))
    theme = style.DEFAULT_THEME
    scripts = {
        script: fonts.get(qn(f"w:{script}")) for script in ("ascii", "hAnsi", "eastAsia", "cs")
    }
    assert scripts == {"ascii": theme.docx_font, "hAnsi": theme.docx_font,
                       "eastAsia": theme.east_asian_font, "cs": theme.complex_font}  # fmt: skip
    assert fonts.get(qn("w:asciiTheme")) is None


def test_table_has_repeating_shaded_header_and_relative_widths() -> None:
    table = reopen(istanbul_brief()).tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows == [list(ACTORS.header), *map(list, ACTORS.rows)]
    header = table.rows[0]._tr
    assert header.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr is None for row in table.rows[1:])
    fills = {cell._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) for cell in table.rows[0].cells}
    assert fills == {style.ACCENT}
    assert table.rows[0].cells[0].paragraphs[0].style.name == "Table Heading"
    widths = [column.width for column in table.columns]
    assert widths[0] / widths[3] == pytest.approx(3 / 1.4, rel=0.01)
    assert sum(widths) == pytest.approx(docx.shared.Mm(style.CONTENT_WIDTH_MM), rel=0.01)


@pytest.mark.parametrize(
    ("table", "expected_rows"),
    [
        (Table(header=("Date", "Event"), rows=()), [["Date", "Event"]]),
        (Table(header=(), rows=(("a", "b"), ("c",))), [["a", "b"], ["c", ""]]),
        (Table(header=("A", "B"), rows=(("x",),), widths=(1, 2, 3)), [["A", "B"], ["x", ""]]),
        (Table(header=(), rows=()), None),
    ],
)
def test_degenerate_tables(table: Table, expected_rows: list[list[str]] | None) -> None:
    word = reopen(Document(title="Tables", blocks=(table,)))
    if expected_rows is None:
        assert word.tables == []
    else:
        assert [[cell.text for cell in row.cells] for row in word.tables[0].rows] == expected_rows


def test_empty_document_has_only_the_title() -> None:
    word = reopen(Document(title="Nothing to report"))
    assert [p.text for p in word.paragraphs if p.text] == ["Nothing to report"]


def test_core_properties_come_from_the_document() -> None:
    props = reopen(istanbul_brief()).core_properties
    assert props.title == "Pakistan–Afghanistan truce talks fail in Istanbul"
    assert props.subject == "Situation report"
    assert props.author == "Briefing Unit"
    assert props.keywords == "Pakistan, Afghanistan, ceasefire"
    assert props.language == "en-GB"
    assert props.created == props.modified == dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    assert props.revision == 1


def test_marking_in_header_and_footer_with_page_fields() -> None:
    section = reopen(istanbul_brief()).sections[0]
    assert [p.text for p in section.header.paragraphs] == ["OFFICIAL-SENSITIVE"]
    footer = section.footer.paragraphs[0]
    assert "OFFICIAL-SENSITIVE" in footer.text and "Page" in footer.text
    instructions = [e.text.strip() for e in footer._p.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    kinds = [e.get(qn("w:fldCharType")) for e in footer._p.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2


def test_no_marking_leaves_the_header_empty() -> None:
    section = reopen(istanbul_brief(marking="")).sections[0]
    assert all(not p.text for p in section.header.paragraphs)
    assert "PAGE" in [e.text.strip() for e in section.footer._element.iter(qn("w:instrText"))]


def test_page_is_a4_with_the_shared_margins() -> None:
    section = reopen(istanbul_brief()).sections[0]
    assert section.page_width.mm == pytest.approx(210, abs=0.1)
    assert section.page_height.mm == pytest.approx(297, abs=0.1)
    assert section.left_margin.mm == pytest.approx(style.MARGIN_LEFT_MM, abs=0.1)


def test_unicode_names_survive() -> None:
    assert NAMES in all_text(reopen(istanbul_brief()))


def test_xml_illegal_characters_are_dropped() -> None:
    dirty = "Tarar\x00 said\x0b \x0cno\x1f deal\ufffe"
    document = Document(
        title=dirty,
        subtitle=dirty,
        keywords=(dirty,),
        marking=dirty,
        blocks=(
            Heading(dirty),
            Paragraph((Run(dirty),)),
            BulletList(((Run(dirty),),)),
            Table(header=(dirty,), rows=((dirty,),)),
            BlockQuote(dirty, dirty),
        ),
    )
    word = reopen(document)
    assert "Tarar said no deal" in all_text(word)
    assert word.core_properties.title == "Tarar said no deal"


def test_core_properties_are_cut_to_the_255_character_limit() -> None:
    # Found by the ingest fuzz test: hostile text made a 331-character actor name, a
    # keyword python-docx refused ("exceeded 255 char limit for property").
    runaway = "Balochistan provinces.?عمران خان" + "Talks " * 50
    props = reopen(Document(title="T" * 300, keywords=(runaway, "Pakistan"))).core_properties
    assert props.title == "T" * 255
    assert props.keywords == runaway[:255]
    names = tuple(f"Actor number {n} with a rather long name" for n in range(10))
    props = reopen(Document(title="Many actors", keywords=names)).core_properties
    assert props.keywords == ", ".join(names[:6])  # whole keywords, as many as fit
    assert len(props.keywords) <= 255


def test_two_renders_are_byte_identical() -> None:
    document = istanbul_brief(annex_sections=2)
    first = docx_bytes(document)
    docx_bytes(Document(title="Ωμέγα", blocks=(Paragraph((Run("Zürich"),)),)))
    assert docx_bytes(document) == first  # nothing carries over from an earlier render


def test_source_date_epoch_sets_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1761696000")  # 2025-10-29T00:00:00Z
    data = docx_bytes(istanbul_brief())
    assert data == docx_bytes(istanbul_brief())
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert {info.date_time for info in package.infolist()} == {(2025, 10, 29, 0, 0, 0)}
        assert "docProps/thumbnail.jpeg" not in package.namelist()
    created = docx.Document(io.BytesIO(data)).core_properties.created
    assert created == dt.datetime(2025, 10, 29, tzinfo=dt.UTC)


def test_renderer_imports_only_the_document_model_and_style() -> None:
    import briefgen.render.docx as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    own = {name for name in imported if name and name.startswith("briefgen")}
    assert all(name == "briefgen.document" or name.startswith("briefgen.render") for name in own)
    assert not {"spacy", "matplotlib"} & {name.split(".")[0] for name in imported if name}
