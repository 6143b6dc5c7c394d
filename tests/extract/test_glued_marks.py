"""Quote marks copy glued to the words beside them are tokens of their own, so the quote
ends where the mark is and the name after it is the cue's subject (PolNeAR train excerpts,
outlet and date beside each; no other shared corpus's articles hold one)."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.glued_marks import record_glued_quote_marks
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.rules import tracing
from briefgen.nlp import load_pipeline

SPLIT = [
    # (text, tokens the glued piece becomes)
    (  # HuffPost 2016-02-26: a closing mark glued to the speaker's name
        "traffic in a lot of the prejudice and paranoia,\u201dClinton said.",
        ["paranoia", ",", "\u201d", "Clinton"],
    ),
    (  # Breitbart 2016-07-05: an opening mark glued to the cue
        "Ryan said,\u201cLook, anti-Semitic images",
        ["said", ",", "\u201c", "Look"],
    ),
    (  # The Washington Post 2015-11-16: after a colon and a bracket
        'Rep. Trey Gowdy (R-S.C.):"I have not heard anyone',
        [":", '"', "I"],
    ),
    (  # Politico 2016-01-28: typewriter marks
        'Trump says different things to different audiences,"Katie Packer, who is chairman',
        ["audiences", ",", '"', "Katie"],
    ),
    (  # HuffPost 2016-07-18: after an exclamation mark
        "I love Hispanics!\u201dFormer Republican presidential candidate",
        ["Hispanics", "!", "\u201d", "Former"],
    ),
]
KEPT = [
    # abbreviations, inches and marks with a space keep their tokens
    ("the U.S. Senate", ["U.S.", "Senate"]),
    ('he said "word of it," and left', ['"', "word", "of", "it", ",", '"', "and"]),
]


@pytest.mark.parametrize(("text", "tokens"), SPLIT + KEPT)
def test_glued_marks_are_tokens(text: str, tokens: list[str]) -> None:
    words = [t.text for t in load_pipeline().tokenizer(text)]
    at = words.index(tokens[0])
    assert words[at : at + len(tokens)] == tokens


def test_the_name_after_a_glued_mark_is_the_speaker(parse_text) -> None:
    # HuffPost 2016-02-26 ("Clinton says ..."): the quote and its cue, glued
    article = parse_text(
        "\u201cI think it\u2019s been most surprising to me to see somebody who was affable "
        "really traffic in a lot of the prejudice and paranoia,\u201dClinton said."
    )
    with tracing() as trace:
        record_glued_quote_marks(article)
    quotes = extract_quotes(article, extract_actors([article]))
    assert [q.source_text for q in quotes if q.kind == "direct"] == ["Clinton"]
    assert [d.rule for d in trace.decisions] == ["glued_quote_mark"]
