"""Whole briefs through the three built-in templates to DOCX and PDF: the seed and a
30-article MEANTIME cluster. Asserts on structure and on content copied from the brief,
never on exact extraction results (the extractors improve independently)."""

from __future__ import annotations

import functools
import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from briefgen.ingest import text as text_reader
from briefgen.ingest.text import read_text
from briefgen.model import Brief
from briefgen.pipeline import build_brief
from briefgen.render import docx_bytes, pdf_bytes
from briefgen.templates import render_document
from tests.conftest import AS_OF, CORPUS
from tests.test_templates import TEMPLATE_SECTIONS

from .test_pdf import flat, page_texts

CASES = [
    (brief, template) for brief in ("seed", "airbus") for template in sorted(TEMPLATE_SECTIONS)
]


@pytest.fixture(scope="session")
def cluster_brief() -> Brief:
    """The 30-article airbus cluster, briefed once per session."""
    articles = [read_text(path) for path in sorted((CORPUS / "airbus" / "docs").glob("*.md"))]
    return build_brief(articles, as_of=AS_OF)


@pytest.fixture(scope="session")
def rendered(seed_brief, cluster_brief):
    """(brief name, template) -> (brief, document, docx bytes, pdf bytes), rendered lazily."""
    briefs = {"seed": seed_brief, "airbus": cluster_brief}

    @functools.cache
    def render(name: str, template: str):
        document = render_document(briefs[name], template)
        return briefs[name], document, docx_bytes(document), pdf_bytes(document)

    return render


@pytest.mark.parametrize(("name", "template"), CASES)
def test_pdf_has_every_section_marking_page_numbers_and_bookmarks(rendered, name, template):
    brief, document, _, data = rendered(name, template)
    reader = PdfReader(io.BytesIO(data))
    texts = page_texts(reader)
    sections = TEMPLATE_SECTIONS[template]
    assert [entry.title for entry in reader.outline if not isinstance(entry, list)] == sections
    for section in sections:
        assert section in " ".join(texts)
    for number, text in enumerate(texts, start=1):
        assert text.count("UNCLASSIFIED // FOR OFFICIAL USE") == 2, number  # top and bottom
        assert f"Page {number} of {len(texts)}" in text
    if template == "one-pager":
        assert len(texts) == 1  # a meeting brief fits one page
    else:
        assert len(texts) >= 2 and f"Page 2 of {len(texts)}" in texts[1]
    whole = " ".join(texts)
    assert flat(brief.actors[0].name) in whole
    quote = brief.quotes[brief.key_quotes[0]]
    assert flat(quote.text)[:25] in whole.replace("“", "")
    assert document.reference in texts[0] and "Briefing Unit" in texts[0]


@pytest.mark.parametrize(("name", "template"), CASES)
def test_docx_has_styles_marking_tables_and_links(rendered, name, template):
    brief, _, data, _ = rendered(name, template)
    word = docx.Document(io.BytesIO(data))
    styles = [p.style.name for p in word.paragraphs]
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings == TEMPLATE_SECTIONS[template]
    assert {"Title", "Lead", "List Bullet"} <= set(styles)
    assert word.sections[0].header.paragraphs[0].text == "UNCLASSIFIED // FOR OFFICIAL USE"
    footer = word.sections[0].footer.paragraphs[0]
    assert "UNCLASSIFIED // FOR OFFICIAL USE" in footer.text
    assert [i.text for i in footer._p.iter(qn("w:instrText"))] == [" PAGE ", " NUMPAGES "]
    assert word.tables and all(
        t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None for t in word.tables
    )
    links = [r for r in word.part.rels.values() if r.reltype.endswith("/hyperlink")]
    urls = [s.url for s in brief.sources if s.url]
    if template != "one-pager":
        assert sorted(r.target_ref for r in links) == sorted(urls)
        assert len(list(word.element.body.iter(qn("w:hyperlink")))) == len(urls)
    assert word.core_properties.title == brief.title


@pytest.mark.parametrize("template", ["sitrep", "background"])
def test_timeline_graphic_is_drawn_in_both_formats(rendered, template):
    brief, _, docx_data, pdf_data = rendered("seed", template)
    images = [
        n for n in zipfile.ZipFile(io.BytesIO(docx_data)).namelist() if n.startswith("word/media/")
    ]
    assert len(images) == 1 and images[0].endswith(".png")
    page = next(t for t in page_texts(PdfReader(io.BytesIO(pdf_data))) if "Timeline" in t)
    label = brief.timeline[-1].event
    assert page.count(flat(label)[:12]) >= 2  # on the graphic and in the table


def test_sources_with_urls_are_pdf_link_annotations(rendered):
    brief, _, _, data = rendered("airbus", "sitrep")
    reader = PdfReader(io.BytesIO(data))
    uris = {a.get_object()["/A"]["/URI"] for page in reader.pages for a in page.get("/Annots", [])
            if a.get_object().get("/A", {}).get("/URI")}  # fmt: skip
    assert uris == {s.url for s in brief.sources if s.url}


@pytest.mark.parametrize("template", sorted(TEMPLATE_SECTIONS))
def test_two_renders_are_byte_identical(rendered, cluster_brief, template):
    _, _, docx_data, pdf_data = rendered("airbus", template)
    again = render_document(cluster_brief, template)
    assert docx_bytes(again) == docx_data
    assert pdf_bytes(again) == pdf_data


@pytest.mark.skipif(
    shutil.which("qpdf") is None, reason="qpdf is not installed (apt-get install qpdf)"
)
@pytest.mark.parametrize(("name", "template"), CASES)
def test_pdf_passes_qpdf_check(rendered, tmp_path, name, template):
    path = tmp_path / "brief.pdf"
    path.write_bytes(rendered(name, template)[3])
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_docx_converts_with_libreoffice(rendered, tmp_path):
    """LibreOffice opens every template's DOCX (the 30-article sitrep, the seed otherwise)
    and converts it to PDF without error; the PDF keeps the headings."""
    for name, template in [("airbus", "sitrep"), ("seed", "one-pager"), ("seed", "background")]:
        source = tmp_path / f"{template}.docx"
        source.write_bytes(rendered(name, template)[2])
    profile = (tmp_path / "profile").as_uri()
    command = [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(tmp_path / "out"),
               *sorted(str(p) for p in tmp_path.glob("*.docx"))]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=240,
                            env={**os.environ, "HOME": str(tmp_path)})  # fmt: skip
    assert result.returncode == 0, result.stderr
    for template in ("sitrep", "one-pager", "background"):
        converted = PdfReader(str(tmp_path / "out" / f"{template}.pdf"))
        text = flat(" ".join(page.extract_text() for page in converted.pages))
        assert all(section in text for section in TEMPLATE_SECTIONS[template])
        assert re.search(r"Page 1 of \d+", text)


def test_a_runaway_actor_name_from_hostile_text_still_renders() -> None:
    """Text the ingest fuzz test found: one 'actor' over 255 characters, a DOCX keyword."""
    text = "Balochistan provinces.?عمران خان" + "Talks " * 50
    brief = build_brief(text_reader.read(Path("fuzz.txt"), text.encode()), as_of=AS_OF)
    document = render_document(brief, "sitrep")
    assert docx_bytes(document).startswith(b"PK")
    assert pdf_bytes(document).startswith(b"%PDF")
