"""Quotes: marks paired per paragraph, speakers from the parse, pronouns resolved."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.quotes import extract_quotes, quote_marks

SEED_QUOTES = [
    ("failed to bring about a workable solution", "Pakistan", "partial"),
    ("Regrettably, the Afghan side gave no assurances", "Attaullah Tarar", "direct"),
    ("in the spirit of peace", "Attaullah Tarar", "partial"),
    ("unabated support to anti-Pakistan terrorists", "Attaullah Tarar", "partial"),
    ("We will continue to take all possible measures", "Attaullah Tarar", "direct"),
    ("We will decimate the terrorists", "Attaullah Tarar", "direct"),
]


def test_seed_quotes_and_speakers(seed_brief):
    quoted = [q for q in seed_brief.quotes if q.kind != "indirect"]
    found = [(q.text, q.speaker, q.kind) for q in quoted]
    assert len(found) == len(SEED_QUOTES)
    for (text, speaker, kind), (start, expected_speaker, expected_kind) in zip(found, SEED_QUOTES):
        assert text.startswith(start)
        assert (speaker, kind) == (expected_speaker, expected_kind)


def test_seed_quote_evidence_is_the_quoted_text(seed_brief):
    for quote in seed_brief.quotes:
        assert seed_brief.excerpt(quote.evidence) == quote.text


def test_seed_indirect_speech(seed_brief):
    indirect = {(q.speaker, q.cue, q.text) for q in seed_brief.quotes if q.kind == "indirect"}
    assert ("Attaullah Tarar", "confirmed", "the discussions had yielded no progress") in indirect
    assert ("Pakistan", "says", "the violence stems from militant groups operating inside "
            "Afghanistan, particularly the Tehrik-e-Taliban Pakistan (TTP), which it accuses "
            "Kabul of sheltering") in indirect


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“Balanced,” he said.", ["Balanced,"]),
        ('He said "balanced" and "fair".', ["balanced", "fair"]),
        # Stray marks: an unclosed opening mark is dropped, the next pair still found.
        ("He said “no deal. Later: “We will return,” she said.", ["We will return,"]),
        ("A stray ” closing mark, then “a real quote”.", ["a real quote"]),
        ('Odd "straight marks here.', []),
        # A quote continued into the next paragraph opens that paragraph with a mark.
        ("“We will continue.\n“We will decimate them.”", ["We will continue.", "We will decimate them."]),
        ("“Never closed.\nNext paragraph has no mark.", []),
    ],
)
def test_quote_marks_recover_per_paragraph(text, quoted):
    assert [text[m.start : m.end] for m in quote_marks(text)] == quoted


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # Real sentences from the MEANTIME corpus (Wikinews, CC BY 4.0).
        (
            'Northrop Grumman CEO Ron Sugar said in an interview "Everyone told us we were crazy, '
            'that we had no chance."',
            "Ron Sugar",
            "direct",
        ),
        (
            "Pakistan’s Information Minister Attaullah Tarar confirmed the news. “We will decimate "
            "the terrorists,” he said.",
            "Attaullah Tarar",
            "direct",
        ),
        (
            "Pakistan’s Information Minister Attaullah Tarar spoke on Wednesday. “We will decimate "
            "the terrorists,” the minister said.",
            "Attaullah Tarar",
            "direct",
        ),
    ],
)
def test_speakers_resolve_names_pronouns_and_role_nouns(parse_text, text, speaker, kind):
    article = parse_text(text)
    quotes = [q for q in extract_quotes(article, extract_actors([article])) if q.kind != "indirect"]
    assert [(q.speaker, q.kind) for q in quotes] == [(speaker, kind)]


def test_scare_quotes_are_not_quotes(parse_text):
    article = parse_text("The so-called “peace dividend” never arrived for the border towns.")
    assert extract_quotes(article, extract_actors([article])) == []
