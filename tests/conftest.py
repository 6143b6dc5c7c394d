"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/data/golden from this run"
    )


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never read or write the user's real cache."""
    os.environ["BRIEFGEN_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def seed_article() -> Article:
    return read_text(SEED)


@pytest.fixture(scope="session")
def seed_brief(seed_article: Article) -> Brief:
    return build_brief([seed_article], as_of=AS_OF)


@dataclass(frozen=True)
class Cluster:
    """One MEANTIME story cluster: its gold records and its articles, parsed once."""

    name: str
    gold: list[dict]  # gold.jsonl records, in file order
    articles: list[ParsedArticle]  # same order; source ids s1, s2, ...


@pytest.fixture(scope="session")
def corpus(nlp: Language) -> dict[str, Cluster]:
    """The three MEANTIME clusters (airbus, apple, gm), read with briefgen's own ingest."""
    clusters = {}
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines()]
        articles = [read_text(folder / record["file"]) for record in gold]
        docs = parse(nlp, [article.text for article in articles])
        parsed = []
        for number, (article, doc) in enumerate(zip(articles, docs, strict=True), start=1):
            source = Source(id=f"s{number}", **article.model_dump())
            parsed.append(
                ParsedArticle(source, doc, article.published or AS_OF, article.published is None)
            )
        clusters[folder.name] = Cluster(folder.name, gold, parsed)
    return clusters


@pytest.fixture(scope="session")
def parse_text(nlp: Language):
    """Parse a text as a one-article brief source published on the given date."""

    def parse_one(text: str, published: dt.date = AS_OF, title: str = "") -> ParsedArticle:
        source = Source(
            id="s1", path="test.txt", title=title or "Test", text=text, published=published
        )
        return ParsedArticle(source, parse(nlp, [text])[0], published, assumed=False)

    return parse_one


def separate_articles(parse_text, *texts: str) -> list[ParsedArticle]:
    """Each text an article of its own (source ids s1, s2, ...), parsed by `parse_text`."""
    found = []
    for number, text in enumerate(texts, start=1):
        article = parse_text(text)
        source = article.source.model_copy(update={"id": f"s{number}"})
        found.append(ParsedArticle(source, article.doc, article.anchor, False))
    return found
