"""Arbitrary text through ingest -> extract -> render must never crash (hypothesis), and one
gigantic paragraph is parsed in pieces (no spaCy E088) with the text kept exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.errors import InputError
from briefgen.ingest import text as text_reader
from briefgen.nlp import MAX_CHUNK, parse
from briefgen.pipeline import build_brief
from tests.conftest import SEED

# Real sentences of the seed, mixed with the hostile material below.
SENTENCES = [s for s in SEED.read_text(encoding="utf-8").split("\n") if len(s) > 40][:8]
HOSTILE = st.sampled_from(
    [
        "\x00",
        "\x0b",
        "\x0c",
        "\x1f",
        "\ufffe",
        "\ud800",
        "\u202e",
        "\r",
        "\r\n",
        "\u2028",
        "“",
        "”",
        '"',
        "'",
        "«",
        "‘",
        "(",
        "<b>",
        "&amp;",
        "<img src='/etc/passwd'/>",
        "Erdoğan",
        "Владимир Путин",
        "Κυριάκος",
        "عمران خان",
        "習近平",
        "😀",
        "\u0301",
        "---\n",
        "#",
    ]
)
PIECES = st.one_of(
    st.sampled_from(SENTENCES),
    HOSTILE,
    st.text(max_size=40),
    st.integers(1_000, 22_000).map(lambda n: ("Talks " * n)[:n]),  # a huge line
)
AS_OF = dt.date(2025, 10, 30)


@settings(
    max_examples=15, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(PIECES, min_size=1, max_size=12), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_any_text_is_read_briefed_and_rendered_or_skipped_cleanly(pieces, encoding):
    from briefgen.render import docx_bytes, pdf_bytes
    from briefgen.templates import render_document

    raw = (
        "".join(pieces).encode(encoding, errors="replace")
        if encoding != "utf-16"
        else ("".join(pieces).encode("utf-16", errors="surrogatepass"))
    )
    try:
        articles = text_reader.read(Path("fuzz.txt"), raw)
    except InputError:
        return  # skipped with a reason: the allowed outcome for hopeless input
    brief = build_brief(articles, as_of=AS_OF)
    assert brief.sources[0].text == articles[0].text
    document = render_document(brief, "sitrep")
    assert docx_bytes(document).startswith(b"PK")
    assert pdf_bytes(document).startswith(b"%PDF")


def test_a_gigantic_paragraph_is_parsed_in_pieces_with_its_text_intact(nlp):
    paragraph = " ".join(SENTENCES) + " "
    text = (paragraph * (2 * MAX_CHUNK // len(paragraph) + 2)) + "x" * (MAX_CHUNK + 10)
    limit = nlp.max_length
    nlp.max_length = MAX_CHUNK + 1  # any piece over the limit would raise E088
    try:
        doc = parse(nlp, [text])[0]
    finally:
        nlp.max_length = limit
    assert doc.text == text
    assert "\n" not in text and len(text) > 3 * MAX_CHUNK
    assert len(list(doc.sents)) > len(SENTENCES)
