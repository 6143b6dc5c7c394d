"""The document stays readable at any input size: past its bound, each section shows the
first (or latest) items and says how many more the JSON brief holds; the JSON keeps all."""

from __future__ import annotations

import datetime as dt
import functools
import io

import docx
import pytest
from pypdf import PdfReader

from briefgen.model import (
    Actor,
    Brief,
    Claim,
    Contested,
    Evidence,
    OutlookItem,
    Quote,
    Source,
    SummaryItem,
    TimelineEvent,
)
from briefgen.render import docx_bytes, pdf_bytes
from briefgen.templates import SECTION_LIMITS, render_document
from tests.conftest import SEED

SENTENCES = [line for line in SEED.read_text().split("---\n", 2)[2].splitlines() if line][1:]
SOURCES, ITEMS, ACTORS = 3_000, 2_000, 500
# A brief of 3,000 articles ran to 458 pages before the bounds; these hold it to tens.
MAX_PAGES = 80


def _evidence(n: int) -> Evidence:
    return Evidence(source=f"s{n % SOURCES + 1}", start=0, end=20)


def _many() -> Brief:
    """A brief holding thousands of items in every section, made directly (no extraction)."""
    sources = [
        Source(id=f"s{n}", path=f"in/{n}.txt", title=f"Report {n}", text=SENTENCES[n % 5])
        for n in range(1, SOURCES + 1)
    ]
    every = [Evidence(source=source.id, start=0, end=20) for source in sources]
    actors = [
        Actor(name=f"Actor {n}", type="person", mentions=ACTORS - n, evidence=every)
        for n in range(ACTORS)
    ]
    sentence = SENTENCES[0]
    quotes = [
        Quote(text=f"{sentence} ({n})", speaker="Actor 0", kind="direct", evidence=_evidence(n))
        for n in range(ITEMS)
    ]
    day = dt.date(2020, 1, 1)
    timeline = [
        TimelineEvent(
            date=(day + dt.timedelta(days=n)).isoformat(),
            precision="day",
            event=f"Event number {n}",
            evidence=[_evidence(n)],
        )
        for n in range(ITEMS)
    ]
    outlook = [
        OutlookItem(
            text=f"Talks resume ({n})", kind="next_step", hedging="likely", evidence=_evidence(n)
        )
        for n in range(ITEMS)
    ]
    claims = [
        Claim(stance="reports", text=f"{n} killed", evidence=_evidence(n)) for n in range(ITEMS)
    ]
    return Brief(
        title="Many items",
        as_of=dt.date(2025, 10, 30),
        generator="test",
        sources=sources,
        actors=actors,
        quotes=quotes,
        timeline=timeline,
        outlook=outlook,
        summary=[SummaryItem(text=sentence, evidence=every)],
        contested=[Contested(kind="figures", matter="killed", claims=claims)],
    )


@functools.cache
def _rendered(template: str) -> tuple[str, str, int]:
    """The DOCX text, the PDF text and the PDF's page count of the many-item brief."""
    document = render_document(_many(), template)
    word = docx.Document(io.BytesIO(docx_bytes(document)))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    docx_text = "\n".join([p.text for p in word.paragraphs] + cells)
    reader = PdfReader(io.BytesIO(pdf_bytes(document)))
    pdf_text = " ".join((page.extract_text() or "") for page in reader.pages)
    return docx_text, " ".join(pdf_text.split()), len(reader.pages)


def _more(section: str, count: int) -> str:
    return f"{count - SECTION_LIMITS[section]} more in the JSON"


# template -> the notes its sections must give
EXPECTED = {
    "sitrep": [
        # The sitrep shows the key events; a brief without ranks (these) its latest 12.
        f"{ITEMS - 12} more in the background template and the JSON brief",
        _more("sources", SOURCES),
        _more("claims", ITEMS),
        _more("citations", SOURCES),
        f"{ACTORS - 10} further actors are listed in the JSON brief",
    ],
    "background": [
        _more("timeline", ITEMS),
        _more("sources", SOURCES),
        _more("quotes", ITEMS),
        _more("outlook", ITEMS),
    ],
    "one-pager": ["more in the JSON)."],  # the sources it does not cite, counted
}


@pytest.mark.parametrize("template", sorted(EXPECTED))
def test_each_section_says_how_many_more_the_json_holds(template):
    docx_text, pdf_text, pages = _rendered(template)
    for note in EXPECTED[template]:
        assert note in docx_text, note
        assert note in pdf_text, note
    assert pages <= MAX_PAGES, pages


def test_the_sections_show_the_bounded_items():
    docx_text, _, _ = _rendered("sitrep")
    assert f"Event number {ITEMS - 1}" in docx_text  # the latest events are shown
    assert f"Event number {ITEMS - SECTION_LIMITS['timeline'] - 1}" not in docx_text
    assert f"[{SECTION_LIMITS['sources']}] Report" in docx_text
    assert f"[{SECTION_LIMITS['sources'] + 1}] Report" not in docx_text
    assert f"Sources [{SECTION_LIMITS['sources'] + 1}] to [{SOURCES}]" in docx_text
