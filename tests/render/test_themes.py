"""Themes in the rendered files, every script a brief may name, and hostile article text."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn
from PIL import Image
from pypdf import PdfReader

from briefgen.document import BulletList, Document, Heading, Paragraph, Run, Table, Theme
from briefgen.render import docx_bytes, pdf_bytes
from briefgen.templates import render_document

from .test_pdf import flat, page_texts

# Names in the scripts a brief meets: Latin with diacritics, Cyrillic, Greek (these must
# extract from the PDF exactly), Arabic script and CJK (set as right-to-left and East Asian
# runs in the DOCX). Real names from the news: leaders and places.
LATIN = "Recep Tayyip Erdoğan, Türkiye, Zürich, Łódź, Ahmet Davutoğlu"
CYRILLIC = "Владимир Путин, Володимир Зеленський"
GREEK = "Κυριάκος Μητσοτάκης, Αθήνα"
ARABIC = "شهباز شريف"  # Shehbaz Sharif
CJK = "习近平 東京 서울"


def scripts_document(theme: Theme | None = None) -> Document:
    names = (LATIN, CYRILLIC, GREEK, ARABIC, CJK)
    return Document(
        title=f"Talks: {GREEK}",
        marking="OFFICIAL",
        theme=theme or Theme(),
        blocks=(
            Heading(CYRILLIC),
            BulletList(tuple((Run(name),) for name in names)),
            Table(("Actor", "Country"), ((LATIN, "Türkiye"), (ARABIC, "Pakistan"), (CJK, "China"))),
            Paragraph(
                (Run(f"{ARABIC} said the talks", bold=True), Run(" had failed.")),
            ),
        ),
    )


def test_latin_cyrillic_greek_names_extract_identically_from_the_pdf():
    text = " ".join(page_texts(PdfReader(io.BytesIO(pdf_bytes(scripts_document())))))
    for names in (LATIN, CYRILLIC, GREEK):
        assert names in text
    serif = pdf_bytes(scripts_document(Theme(font="serif")))
    text = " ".join(page_texts(PdfReader(io.BytesIO(serif))))
    assert all(names in text for names in (LATIN, CYRILLIC, GREEK))


def test_docx_sets_arabic_runs_right_to_left_and_cjk_runs_east_asian():
    word = docx.Document(io.BytesIO(docx_bytes(scripts_document())))
    runs = [r for p in word.paragraphs for r in p.runs]
    runs += [
        r for t in word.tables for row in t.rows for c in row.cells for r in c.paragraphs[0].runs
    ]

    def hint(run):
        fonts = run._r.rPr.find(qn("w:rFonts")) if run._r.rPr is not None else None
        return fonts.get(qn("w:hint")) if fonts is not None else None

    arabic = [r for r in runs if ARABIC in r.text]
    assert arabic and all(
        hint(r) == "cs" and r._r.rPr.find(qn("w:rtl")) is not None for r in arabic
    )
    bold_arabic = next(r for r in arabic if r.bold)
    assert bold_arabic._r.rPr.find(qn("w:bCs")) is not None  # bold in the complex script too
    cjk = [r for r in runs if "习近平" in r.text]
    assert cjk and all(hint(r) == "eastAsia" for r in cjk)
    latin = [r for r in runs if r.text.startswith("Recep")]
    assert latin and all(hint(r) is None for r in latin)
    assert ARABIC in "\n".join(p.text for p in word.paragraphs)


def _logo(path):
    Image.new("RGB", (240, 80), (31, 58, 95)).save(path, format="PNG")
    return str(path)


def test_theme_page_size_colours_footer_and_logo_reach_both_formats(tmp_path):
    logo = _logo(tmp_path / "l.png")
    theme = Theme(page_size="Letter", accent="7A1F1F", footer="Desk 4", logo=logo,
                  margin_left_mm=30)  # fmt: skip
    document = scripts_document(theme)
    reader = PdfReader(io.BytesIO(pdf_bytes(document)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter, points
    assert "Desk 4" in page_texts(reader)[0]
    assert list(reader.pages[0].images)  # the logo
    word = docx.Document(io.BytesIO(docx_bytes(document)))
    section = word.sections[0]
    assert (round(section.page_width.mm, 1), round(section.left_margin.mm)) == (215.9, 30)
    assert word.sections[0].footer.paragraphs[0].text.startswith("Desk 4\t")
    assert word.styles["Heading 1"].font.color.rgb == docx.shared.RGBColor.from_string("7A1F1F")
    assert word.inline_shapes and word.inline_shapes[0].height == docx.shared.Mm(
        theme.logo_height_mm
    )


HOSTILE = ['<img src="/etc/passwd"/>', '<a href="javascript:alert(1)">click</a>', "a<b", "x&y;"]


@pytest.mark.parametrize("template", ["sitrep", "one-pager", "background"])
def test_reportlab_markup_in_article_text_is_printed_as_text(seed_brief, template):
    source = seed_brief.sources[0].model_copy(update={"title": " ".join(HOSTILE)})
    summary = [
        seed_brief.summary[0].model_copy(update={"text": f"Bottom {HOSTILE[0]} {HOSTILE[2]}"})
    ]
    brief = seed_brief.model_copy(update={"sources": [source], "summary": summary})
    document = render_document(brief, template)
    reader = PdfReader(io.BytesIO(pdf_bytes(document)))
    text = " ".join(page_texts(reader))
    assert f"Bottom {HOSTILE[0]} {HOSTILE[2]}" in text
    if template != "one-pager":
        assert flat(" ".join(HOSTILE)) in text
    assert not any(page.images for page in reader.pages)  # nothing was embedded
    annotations = [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]
    assert not [a for a in annotations if "javascript" in str(a.get("/A", {}))]
    word = docx.Document(io.BytesIO(docx_bytes(document)))
    assert not [r for r in word.part.rels.values() if "javascript" in str(r._target)]
