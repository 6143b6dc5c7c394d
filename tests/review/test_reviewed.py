"""What the documents show of a reviewed brief: dropped items out, pinned bullets first."""

from __future__ import annotations

from pathlib import Path

from docx import Document as open_docx
from pypdf import PdfReader

from briefgen.api import Options, render_brief
from briefgen.model import Brief
from briefgen.review.edits import Edit, apply_edit
from briefgen.reviewed import for_documents


def edited(brief: Brief, *edits: Edit) -> Brief:
    for edit in edits:
        brief = apply_edit(brief, edit)
    return brief


def test_an_unreviewed_brief_is_shown_as_it_is(any_brief: Brief) -> None:
    assert for_documents(any_brief) is any_brief


def test_dropped_items_are_left_out_and_indices_follow(airbus_brief: Brief) -> None:
    first_key = airbus_brief.key_quotes[0]
    brief = edited(
        airbus_brief,
        Edit("drop", {"section": "quotes", "index": str(first_key)}),
        Edit("drop", {"section": "summary", "index": "0"}),
        Edit("drop", {"section": "actors", "index": "0"}),
    )
    shown = for_documents(brief)
    assert len(shown.quotes) == len(brief.quotes) - 1
    assert [shown.quotes[i] for i in shown.key_quotes] == [
        brief.quotes[i] for i in brief.key_quotes[1:]
    ]
    assert [s.text for s in shown.summary] == [s.text for s in brief.summary[1:]]
    assert shown.stories[0].summary == list(range(len(brief.summary) - 1))
    assert shown.actors == brief.actors[1:]


def test_pinned_and_moved_bullets_lead(seed_brief: Brief) -> None:
    brief = edited(
        seed_brief,
        Edit("pin", {"index": "3", "on": "1"}),
        Edit("move", {"index": "2", "step": "-1"}),
    )
    texts = [s.text for s in for_documents(brief).summary]
    order = [3, 0, 2, 1, 4]
    assert texts == [seed_brief.summary[i].text for i in order]


def test_render_leaves_dropped_items_out(tmp_path: Path, seed_brief: Brief) -> None:
    """`briefgen render` of a reviewed JSON: the DOCX and PDF lack the dropped bullet and
    quote, the JSON keeps them flagged."""
    bullet = seed_brief.summary[1].text
    quote = seed_brief.quotes[seed_brief.key_quotes[0]].text
    brief = edited(
        seed_brief,
        Edit("drop", {"section": "summary", "index": "1"}),
        Edit("drop", {"section": "quotes", "index": str(seed_brief.key_quotes[0])}),
    )
    path = tmp_path / "brief.json"
    path.write_text(brief.to_json(), "utf-8")
    made = render_brief(path, Options(output=tmp_path / "out", formats=("docx", "pdf", "json")))
    docx, pdf, json_file = made.written
    word = "\n".join(p.text for p in open_docx(str(docx)).paragraphs)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)
    for document in (word, text):
        bottom_line = between(document, "Bottom line", "Key actors")
        assert seed_brief.summary[0].text[:30] in bottom_line
        assert bullet[:30] not in bottom_line  # (the outlook may still say it)
        assert quote[:25] not in between(document, "Key quotes", "Timeline")
    assert Brief.from_json(json_file.read_bytes()) == brief


def between(text: str, start: str, end: str) -> str:
    """The text of a document's section: from its heading to the next one's."""
    head = text.index(start)
    return text[head : text.index(end, head)]
