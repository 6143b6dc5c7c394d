"""The PDF renderer: extract what was rendered with pypdf and check its content."""

from __future__ import annotations

import ast
import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefgen.document import (
    Block,
    BlockQuote,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Run,
    Table,
)
from briefgen.render import pdf_bytes, style

from .test_docx import ACTORS, NAMES, QUOTE, istanbul_brief

MARKING = "OFFICIAL-SENSITIVE"


def read(document: Document) -> PdfReader:
    """Render and re-open with pypdf."""
    return PdfReader(io.BytesIO(pdf_bytes(document)))


def flat(text: str) -> str:
    """Whitespace (line breaks from wrapping) collapsed to single spaces."""
    return " ".join(text.split())


def page_texts(reader: PdfReader) -> list[str]:
    """Each page's extracted text, flattened."""
    return [flat(page.extract_text()) for page in reader.pages]


def test_every_heading_quote_and_cell_appears() -> None:
    document = istanbul_brief()
    text = " ".join(page_texts(read(document)))
    expected = [document.title, document.subtitle, QUOTE, "— Attaullah Tarar · [1]"]
    expected += [block.text for block in document.blocks if isinstance(block, Heading)]
    expected += [*ACTORS.header, *(cell for row in ACTORS.rows for cell in row)]
    expected += ["No verification mechanism was agreed.", "[1] The Defense News, 29 October 2025."]
    for value in expected:
        assert flat(value) in text


def test_headings_become_the_outline() -> None:
    outline = read(istanbul_brief()).outline
    titles = [entry.title for entry in outline if not isinstance(entry, list)]
    assert titles == ["Bottom line up front", "Key points", "Key quotes", "Actors"]
    assert [entry.title for entry in outline[-1]] == ["Border crossings"]


def test_marking_on_every_page_and_page_x_of_y() -> None:
    texts = page_texts(read(istanbul_brief(annex_sections=14)))
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert text.count(MARKING) == 2  # top and bottom
        assert f"Page {number} of {len(texts)}" in text
    assert f"Page 2 of {len(texts)}" in texts[1]


def test_no_marking_prints_no_marking() -> None:
    texts = page_texts(read(istanbul_brief(marking="")))
    assert MARKING not in " ".join(texts)
    assert f"Page 1 of {len(texts)}" in texts[0]


def test_long_table_repeats_its_header_on_every_page() -> None:
    rows = tuple((f"Actor number {n}", "person", "official", str(n)) for n in range(90))
    table = Table(header=("Actor", "Type", "Role", "Mentions"), rows=rows)
    texts = page_texts(read(Document(title="Actors", blocks=(table,))))
    assert len(texts) >= 2
    assert all("Actor Type Role Mentions" in text for text in texts)
    assert "Actor number 89" in texts[-1]


def test_unicode_names_extract_intact_in_every_face() -> None:
    runs = (
        Run(NAMES),
        Run(" / "),
        Run(NAMES, bold=True),
        Run(" / "),
        Run(NAMES, italic=True),
        Run(" / "),
        Run(NAMES, bold=True, italic=True),
    )
    document = Document(
        title=NAMES,
        blocks=(Paragraph(runs), Table(header=(NAMES,), rows=((NAMES,),)), BlockQuote(NAMES)),
    )
    reader = read(document)
    assert " ".join(page_texts(reader)).count(NAMES) == 8
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for font in reader.pages[0]["/Resources"]["/Font"].values()
    }
    faces = {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"}
    assert fonts == faces


@pytest.mark.parametrize(
    "markup",
    [
        "a<b",
        '<img src="/etc/passwd"/>',
        '<a href="http://x">link</a>',
        "<b>not bold</b> &amp; &lt; &",
        '<font name="Courier" color="red">x</font>',
        "<para>",
    ],
)
def test_reportlab_markup_in_text_is_printed_literally(markup: str) -> None:
    document = Document(
        title=markup,
        blocks=(
            Heading(markup),
            Paragraph((Run(markup), Run(" "), Run(markup, bold=True))),
            BulletList(((Run(markup),),)),
            Table(header=(markup,), rows=((markup,),)),
            BlockQuote(markup, markup),
        ),
    )
    reader = read(document)
    assert " ".join(page_texts(reader)).count(markup) == 9
    page = reader.pages[0]
    assert len(page.images) == 0
    assert "/XObject" not in page["/Resources"]
    assert "/Annots" not in page  # no link was made from <a href>


def test_xml_illegal_characters_are_dropped() -> None:
    dirty = "Tarar\x00 said\x0b \x0cno\x1f deal\ufffe"
    document = Document(
        title=dirty,
        marking=dirty,
        keywords=(dirty,),
        blocks=(
            Heading(dirty),
            Paragraph((Run(dirty),)),
            BulletList(((Run(dirty),),)),
            Table(header=(dirty,), rows=((dirty,),)),
            BlockQuote(dirty, dirty),
        ),
    )
    reader = read(document)
    assert " ".join(page_texts(reader)).count("Tarar said no deal") == 10  # 2 markings + 8 texts
    assert reader.metadata is not None and reader.metadata.title == "Tarar said no deal"


def test_metadata_comes_from_the_document() -> None:
    reader = read(istanbul_brief())
    info = reader.metadata
    assert info is not None
    assert info.title == "Pakistan–Afghanistan truce talks fail in Istanbul"
    assert info.author == "Briefing Unit"
    assert info.subject == "Situation report"
    assert info["/Keywords"] == "Pakistan, Afghanistan, ceasefire"
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_page_is_a4() -> None:
    box = read(istanbul_brief()).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((595.28, 841.89), abs=0.01)


def test_relative_column_widths_are_honoured() -> None:
    table = Table(header=("Narrow", "Wide"), rows=(("a", "b"),), widths=(1, 3))
    starts: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        starts.setdefault(text.strip(), cm[4] + tm[4] * cm[0])

    read(Document(title="Widths", blocks=(table,))).pages[0].extract_text(visitor_text=visit)
    left = style.MARGIN_LEFT_MM * 72 / 25.4
    width = style.CONTENT_WIDTH_MM * 72 / 25.4
    assert starts["Wide"] - starts["Narrow"] == pytest.approx(width / 4, abs=0.5)
    assert starts["Narrow"] == pytest.approx(left + style.CELL_PADDING_PT, abs=0.5)


@pytest.mark.parametrize(
    "blocks",
    [
        (),
        (Table(header=("Date", "Event"), rows=()),),
        (Table(header=(), rows=()),),
        (Table(header=(), rows=(("9 Oct 2025", "Explosions in Kabul"), ("19 Oct 2025",))),),
        (BulletList(()), Paragraph(()), BlockQuote("")),
    ],
)
def test_empty_and_degenerate_documents_render(blocks: tuple[Block, ...]) -> None:
    texts = page_texts(read(Document(title="Nothing to report", blocks=blocks)))
    assert len(texts) == 1
    assert "Nothing to report" in texts[0] and "Page 1 of 1" in texts[0]


def test_two_renders_are_byte_identical() -> None:
    document = istanbul_brief(annex_sections=8)
    first = pdf_bytes(document)
    pdf_bytes(Document(title="Ωμέγα", blocks=(Paragraph((Run("Zürich"),)),)))
    assert pdf_bytes(document) == first  # nothing carries over from an earlier render


def test_source_date_epoch_sets_the_creation_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1761696000")  # 2025-10-29T00:00:00Z
    data = pdf_bytes(istanbul_brief())
    assert data == pdf_bytes(istanbul_brief())
    info = PdfReader(io.BytesIO(data)).metadata
    assert info is not None and info["/CreationDate"].startswith("D:20251029000000")


def test_fonts_are_found_without_importing_matplotlib() -> None:
    code = (
        "import sys\n"
        "from briefgen.document import Document\n"
        "from briefgen.render import pdf_bytes\n"
        "pdf_bytes(Document(title='x'))\n"
        "print('matplotlib' in sys.modules)\n"
    )
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_renderer_imports_only_the_document_model_and_style() -> None:
    import briefgen.render.pdf as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    own = {name for name in imported if name and name.startswith("briefgen")}
    assert all(name == "briefgen.document" or name.startswith("briefgen.render") for name in own)
    assert not {"spacy", "matplotlib"} & {name.split(".")[0] for name in imported if name}


SEED_LINE = (
    "Efforts to broker a lasting ceasefire between Pakistan and Afghanistan ended in failure this "
    "week, as Islamabad declared that the four-day talks in Istanbul had failed."
)  # the seed's lead


def _filled_then_table(filler: int) -> Document:
    """`filler` paragraphs of the seed's lead, then a heading over a 40-row table."""
    rows = tuple((f"Row {n}", "person", "Information Minister", str(n)) for n in range(1, 41))
    table = Table(header=ACTORS.header, rows=rows)
    paragraphs = [Paragraph((Run(SEED_LINE),)) for _ in range(filler)]
    return Document(title="Layout", blocks=(*paragraphs, Heading("Key actors"), table))


@pytest.mark.parametrize("filler", [4, 8, 12])
def test_a_long_table_starts_below_its_heading_not_on_a_new_page(filler: int) -> None:
    pages = page_texts(read(_filled_then_table(filler)))
    assert "Key actors" in pages[0] and "Row 1 " in pages[0]  # no half-empty first page


def test_a_heading_with_no_room_below_it_moves_to_the_next_page() -> None:
    for filler in range(14, 30):  # find the fill where the heading only just fits alone
        pages = page_texts(read(_filled_then_table(filler)))
        page = next(n for n, text in enumerate(pages) if "Key actors" in text)
        assert "Row 1 " in pages[page], f"heading alone at the foot of page {page + 1}"


def test_a_story_heading_never_ends_a_page_alone_above_its_bullets() -> None:
    """A list splits into its items whole: the heading moves when not even its first item
    fits below it (a multi-story bottom line: a story's heading, then its bullets)."""
    item = (Run(f"{SEED_LINE} {SEED_LINE}"),)  # a three-line bullet
    for filler in range(14, 30):
        paragraphs = [Paragraph((Run(SEED_LINE),)) for _ in range(filler)]
        bullets = BulletList(items=(item, item, item))
        document = Document(
            title="Layout", blocks=(*paragraphs, Heading("Story heading", level=2), bullets)
        )
        pages = page_texts(read(document))
        page = next(n for n, text in enumerate(pages) if "Story heading" in text)
        below = pages[page].split("Story heading", 1)[1]
        assert "Efforts to broker" in below, f"{filler} paragraphs: the heading ends a page alone"
