"""The annotation layer's views give what spaCy's own attributes give, on real articles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import briefgen.extract
from briefgen.extract.cues import cues_in, is_cue
from briefgen.extract.labels import CONTENT_POS, TOPIC_WORD_POS
from briefgen.extract.views import VIEWS, content_lemmas, text_of, tokens_where, views
from tests.conftest import SEED

# (cluster, article index): Wikinews articles of MEANTIME (airbus, apple, gm) with quotes,
# datelines, curly apostrophes and paragraph breaks.
ARTICLES = [("airbus", 0), ("apple", 3), ("gm", 7)]


@pytest.fixture(params=ARTICLES, ids=[f"{c}-{i}" for c, i in ARTICLES])
def doc(request, corpus):
    cluster, index = request.param
    return corpus[cluster].articles[index].doc


def test_the_layer_keeps_the_views_once(doc):
    assert doc.user_data[VIEWS] is views(doc)


def test_text_of_a_span_is_its_text(doc):
    assert text_of(doc) == doc.text
    spans = [*doc.sents, *doc.ents, doc[0:0], doc[len(doc) : len(doc)], doc[3:9], doc[-2:]]
    for span in spans:
        assert text_of(span) == span.text, (span.start, span.end)


def test_text_of_the_seed_keeps_its_spacing(parse_text):
    text = SEED.read_text().split("---\n", 2)[2]
    doc = parse_text(text).doc
    assert text_of(doc) == text
    assert [text_of(s) for s in doc.sents] == [s.text for s in doc.sents]


def test_entities_are_spacys(doc):
    kept = [(e.start, e.end, e.label_) for e in views(doc).ents]
    assert kept == [(e.start, e.end, e.label_) for e in doc.ents] and kept


@pytest.mark.parametrize(
    ("column", "wanted", "attribute"),
    [
        ("lower", {"said", "the", "will"}, lambda t: t.lower_),
        ("lemma", {"say", "be", "expect"}, lambda t: t.lemma_.lower()),
    ],
)
def test_tokens_where_a_column_matches_are_the_tokens_a_scan_finds(doc, column, wanted, attribute):
    for sentence in doc.sents:
        found = [t.i for t in tokens_where(sentence, column, wanted)]
        assert found == [t.i for t in sentence if attribute(t) in wanted]
    assert any(True for _ in tokens_where(doc[:], column, wanted))


def _scanned(doc, pos, alphabetic, shortest):
    return [
        (t.idx, t.lemma_.lower())
        for t in doc
        if t.pos_ in pos
        and not t.is_stop
        and (t.is_alpha or not alphabetic)
        and len(t.text) >= shortest
    ]


@pytest.mark.parametrize(
    ("pos", "alphabetic", "shortest"),
    [(CONTENT_POS, False, 0), (TOPIC_WORD_POS, True, 2)],  # key events' and stories' words
)
def test_content_lemmas_are_the_words_a_scan_finds(doc, parse_text, pos, alphabetic, shortest):
    seed = parse_text(SEED.read_text().split("---\n", 2)[2]).doc
    for parsed in (doc, seed):
        found = content_lemmas(parsed, pos, alphabetic=alphabetic, shortest=shortest)
        assert found == _scanned(parsed, pos, alphabetic, shortest) and found
    assert content_lemmas(doc[:0].as_doc(), pos) == []


def test_cues_read_from_the_views_are_the_cues_a_scan_finds(doc):
    found = [t.i for t in cues_in(doc[:])]
    assert found == [t.i for t in doc if is_cue(t)] and found


def test_extractors_read_a_docs_text_from_its_views():
    # `Doc.text` builds a Python object for every token; asked once per sentence it made the
    # bottom line and outlook steps quadratic in the article (10,809 calls, two thirds of the
    # extraction time past the parse on 300 articles); `text_of(doc)` reads the views' copy.
    # Only the check of a glued quote mark, reached for a mark with no space on either side,
    # may read it (comments and `doc.text` in docstrings aside).
    extract = Path(briefgen.extract.__file__).parent
    readers = {
        path.name
        for path in extract.glob("*.py")
        if re.search(r"^[^#\n]*(?<!`)\bdoc\.text\b(?!`)", path.read_text(encoding="utf-8"), re.M)
    }
    assert readers <= {"glued_marks.py"}
