"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from briefgen.extract import ParsedArticle
from briefgen.ingest.text import read_text
from briefgen.model import Article, Brief, Source
from briefgen.nlp import load_pipeline, parse
from briefgen.pipeline import build_brief

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "inputs" / "istanbul-talks.txt"
DATA = ROOT / "tests" / "data"
SHARED_SEED = DATA / "istanbul-talks-as-published.txt"  # the seed as published: no front matter
CORPUS = DATA / "meantime"  # a copy of ../shared/corpus/meantime (CC BY 4.0)
AS_OF = dt.date(2025, 10, 30)


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def seed_article() -> Article:
    return read_text(SEED)


@pytest.fixture(scope="session")
def seed_brief(seed_article: Article) -> Brief:
    return build_brief([seed_article], as_of=AS_OF)


@pytest.fixture(scope="session")
def parse_text(nlp: Language):
    """Parse a text as a one-article brief source published on the given date."""

    def parse_one(text: str, published: dt.date = AS_OF, title: str = "") -> ParsedArticle:
        source = Source(id="s1", path="test.txt", title=title or "Test", text=text, published=published)
        return ParsedArticle(source, parse(nlp, [text])[0], published, assumed=False)

    return parse_one
