"""Typewriter quotation marks of wire and newspaper copy print as curly marks in both
documents; the brief's JSON keeps the source's marks (its offsets point into that text)."""

from __future__ import annotations

import io

import docx
import pytest
from pypdf import PdfReader

from briefgen.document import BulletList, Document, Paragraph, Run, printable
from briefgen.render import docx_bytes, pdf_bytes

# TimeBank (AP, 1990) writes ``...''; PolNeAR train (New York Times, 2016-09-03) ''...''.
CASES = [
    (
        "President Bush today denounced Saddam's ``ruinous policies of war,'' and said the "
        "United States is ``striking a blow for the principle that might does not make right.",
        "President Bush today denounced Saddam's \u201cruinous policies of war,\u201d and said the "
        "United States is \u201cstriking a blow for the principle that might does not make right.",
    ),
    (
        "''If you like comfort, and that's what drives you, you'll never do this,'' he told me.",
        "\u201cIf you like comfort, and that's what drives you, you'll never do this,\u201d he "
        "told me.",
    ),
    # Curly marks and apostrophes are left as they are.
    (
        "\u201cWe can not, we must not,\u201d said Barack Obama's spokesman.",
        "\u201cWe can not, we must not,\u201d said Barack Obama's spokesman.",
    ),
]


@pytest.mark.parametrize(("text", "printed"), CASES)
def test_printable_makes_typewriter_quotation_marks_curly(text, printed):
    assert printable(text) == printed


def test_both_documents_print_curly_marks():
    text, printed = CASES[1]
    document = Document(
        title="Quote marks",
        blocks=(Paragraph((Run(text),)), BulletList(((Run(CASES[0][0]),),))),
    )
    word = docx.Document(io.BytesIO(docx_bytes(document)))
    paragraphs = [p.text for p in word.paragraphs]
    assert printed in paragraphs and "''" not in "".join(paragraphs)
    pdf = " ".join(
        " ".join(page.extract_text().split())
        for page in PdfReader(io.BytesIO(pdf_bytes(document))).pages
    )
    assert "\u201cIf you like comfort" in pdf and "``" not in pdf and "''" not in pdf
