"""Templates: the sitrep template fills every section; sandbox, strictness and escaping."""

from __future__ import annotations

import pytest

from briefgen.document import BlockQuote, Heading, Table
from briefgen.errors import TemplateError
from briefgen.templates import builtin_templates, human_date, parse_markup, render_document

SECTIONS = ["Bottom line", "Key actors", "Key quotes", "Timeline", "Outlook", "Sources"]


def test_sitrep_has_every_section_with_content(seed_brief):
    document = render_document(seed_brief, "sitrep")
    headings = [b.text for b in document.blocks if isinstance(b, Heading)]
    assert headings == SECTIONS
    assert document.title == seed_brief.title
    assert "As of 30 October 2025" in document.subtitle and "1 source" in document.subtitle
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert tables[0].header == ("Actor", "Type", "Role", "Mentions")
    assert ("Attaullah Tarar (Tarar)", "person", "Information Minister, Pakistan", "3") in tables[0].rows
    assert ("9 October 2025", "Explosions in Kabul [1]") in tables[1].rows
    quotes = [b for b in document.blocks if isinstance(b, BlockQuote)]
    assert quotes[-1].text.startswith("We will decimate the terrorists")
    assert quotes[-1].attribution == "Attaullah Tarar · [1]"
    assert "The Defense News. 29 October 2025." in document.plain_text()


def test_assumed_dates_are_marked_visibly(seed_brief):
    undated = seed_brief.model_copy(
        update={
            "sources": [seed_brief.sources[0].model_copy(update={"published": None})],
            "timeline": [e.model_copy(update={"assumed": True}) for e in seed_brief.timeline],
        }
    )
    text = render_document(undated).plain_text()
    assert "9 October 2025 (assumed)" in text
    assert "resolved against the brief's as-of date" in text
    assert "Publication date unknown" in text


def test_article_text_is_escaped_not_markup(seed_brief):
    hostile = 'a<b & <img src="/etc/passwd"/> <a href="http://x">link</a> ]]>'
    source = seed_brief.sources[0].model_copy(update={"title": hostile})
    document = render_document(seed_brief.model_copy(update={"sources": [source]}))
    assert hostile in document.plain_text()


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("<document>{{ brief.no_such_field }}</document>", "no_such_field"),
        ("<document>{{ ''.__class__.__mro__ }}</document>", "unsafe"),
        ("<document>\n\n{{ missing_name }}</document>", "line 3"),
        ("<document><blink>x</blink></document>", "unknown element"),
        ("<document><p>unclosed</document>", "not well-formed"),
    ],
)
def test_template_errors_name_the_problem(tmp_path, seed_brief, template, message):
    (tmp_path / "brief.xml.j2").write_text(template)
    with pytest.raises(TemplateError, match=message):
        render_document(seed_brief, str(tmp_path))


def test_unknown_template_lists_the_builtins(seed_brief):
    assert "sitrep" in builtin_templates()
    with pytest.raises(TemplateError, match="sitrep"):
        render_document(seed_brief, "no-such-template")


def test_markup_inline_runs():
    document = parse_markup("<document><p>Plain <b>bold</b> and <i>italic</i>.</p></document>")
    runs = document.blocks[0].runs
    assert [(r.text, r.bold, r.italic) for r in runs] == [
        ("Plain ", False, False),
        ("bold", True, False),
        (" and ", False, False),
        ("italic", False, True),
        (".", False, False),
    ]


@pytest.mark.parametrize(
    ("value", "text"),
    [("2025-10-29", "29 October 2025"), ("2025-10", "October 2025"), ("2025-W44", "Week 44, 2025"),
     ("2021", "2021"), (None, "date unknown")],
)  # fmt: skip
def test_human_date(value, text):
    assert human_date(value) == text
