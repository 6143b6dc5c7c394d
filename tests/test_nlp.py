"""The NLP stage: exact text round trip, paragraph boundaries, clear model errors."""

from __future__ import annotations

import pytest

from briefgen.errors import ModelError
from briefgen.nlp import LONG_PIECE, MAX_BATCH_CHARS, MAX_CHUNK, load_pipeline, parse


@pytest.mark.parametrize(
    "text",
    [
        "Title line\nFirst paragraph.\n\nSecond paragraph.",
        "\n\nLeading blank lines.\n",
        "One line only",
        "",
    ],
)
def test_parse_keeps_the_text_exactly(nlp, text):
    (doc,) = parse(nlp, [text])
    assert doc.text == text


def test_title_line_is_not_glued_to_the_body(nlp):
    text = (
        "Pakistan-Afghanistan Truce Talks Fail in Istanbul as Islamabad\n"
        "Efforts to broker a ceasefire ended."
    )
    (doc,) = parse(nlp, [text])
    assert "Islamabad\nEfforts" not in {ent.text for ent in doc.ents}
    efforts = next(token for token in doc if token.text == "Efforts")
    assert efforts.is_sent_start


def test_missing_model_says_what_to_install():
    with pytest.raises(ModelError, match="python -m spacy download en_core_web_trf"):
        load_pipeline("en_core_web_trf")


def test_batches_shrink_so_long_paragraphs_stay_within_memory(nlp, monkeypatch):
    sizes: list[int] = []
    pipe = nlp.pipe

    def counting(texts, batch_size, **options):
        sizes.append(batch_size)
        return pipe(texts, batch_size=batch_size, **options)

    monkeypatch.setattr(nlp, "pipe", counting)
    short = "Talks in Istanbul failed.\n\nBoth sides blamed each other.\n"
    parse(nlp, [short])
    parse(nlp, [short, "Talks went on. " * (LONG_PIECE // 15)])  # a long news paragraph
    parse(nlp, [short, "Talks went on. " * (MAX_CHUNK // 10)])
    assert sizes == [64, 64, MAX_BATCH_CHARS // MAX_CHUNK]
