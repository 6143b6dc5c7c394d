"""benchmarks/rules.py: every registered rule gets a row, and what fired is counted per corpus."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

import briefgen.extract.dates as dates_module
from benchmarks.rules import count, shorten, table
from benchmarks.shared_corpus import Batch, select
from briefgen.extract import ParsedArticle
from briefgen.extract.rules import REGISTRY, Rule, all_rules, record, rule
from briefgen.model import Article, DateMention, Evidence

PUBLISHED = dt.date(2025, 10, 29)
TEXTS = {
    "one": "Pakistan and Afghanistan met in Istanbul on Tuesday, officials said.",
    "two": "The talks will resume next week, a spokesman for the ministry said.",
}
THROWAWAY = "benchmark_test_first_word"


@pytest.fixture
def throwaway(monkeypatch: pytest.MonkeyPatch) -> Iterator[Rule[..., bool]]:
    """A rule recording each article's first word (while dates are extracted), registered for
    this test only."""

    @rule("date", example="Pakistan said so.", name=THROWAWAY)
    def first_word(article: ParsedArticle) -> bool:
        """An article's first word (a test rule)."""
        return True

    original = dates_module.extract_dates

    def extract_dates(article: ParsedArticle) -> list[DateMention]:
        word = article.doc[0]
        evidence = Evidence(source=article.source.id, start=word.idx, end=word.idx + len(word))
        record(first_word, word.text, "first", [evidence])
        return original(article)

    monkeypatch.setattr(dates_module, "extract_dates", extract_dates)
    try:
        yield first_word
    finally:
        REGISTRY.pop(THROWAWAY)


def test_every_rule_has_a_row_and_firings_are_counted_per_corpus(
    throwaway: Rule[..., bool],
) -> None:
    batches = [
        Batch(
            name,
            f"{name}/test",
            (Article(path=f"{name}.txt", title="Test", text=text, published=PUBLISHED),),
        )
        for name, text in TEXTS.items()
    ]
    found = count(batches)
    rows = {row.name: row for row in table(found, list(TEXTS))}
    assert set(rows) == set(all_rules())
    mine = rows[THROWAWAY]
    assert (mine.stage, mine.fired, mine.total, mine.articles) == (
        "date",
        {"one": 1, "two": 1},
        2,
        2,
    )
    assert mine.example is not None
    assert (mine.example.subject, mine.example.article, mine.example.excerpt) == (
        "Pakistan",
        "one.txt",
        "Pakistan",
    )
    assert mine.flag == ""
    assert found.briefs == 2 and sum(found.briefed.values()) == 2 and not found.failures
    for row in rows.values():
        assert row.total == sum(row.fired.values())
        assert row.flag == ("patch?" if row.total <= 1 else "")


def test_failures_are_reported_and_the_run_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefgen.pipeline as pipeline

    run_pipeline, extract_dates = pipeline.run_pipeline, dates_module.extract_dates

    def failing_brief(articles: list[Article], **kwargs: object) -> object:
        if articles[0].path == "brief.txt":
            raise RuntimeError("broken brief")
        return run_pipeline(articles, **kwargs)  # type: ignore[arg-type]

    def failing_dates(article: ParsedArticle) -> list[DateMention]:
        if article.source.path == "dates.txt":
            raise RuntimeError("broken dates")
        return extract_dates(article)

    monkeypatch.setattr(pipeline, "run_pipeline", failing_brief)
    monkeypatch.setattr(dates_module, "extract_dates", failing_dates)
    batches = [
        Batch(corpus, corpus, tuple(Article(path=p, title="Test", text=TEXTS[t]) for p, t in given))
        for corpus, given in [
            ("one", [("brief.txt", "one")]),
            ("two", [("dates.txt", "one"), ("fine.txt", "two")]),  # briefed without dates.txt
            ("two", [("fine.txt", "one")]),
        ]
    ]
    found = count(batches)
    assert found.briefs == 2
    assert found.briefed == {"one": 0, "two": 2}  # dates.txt left out, fine.txt twice
    assert [f.split(":")[0] for f in found.failures] == ["one", "two"]
    assert "broken brief" in found.failures[0] and "test_rules_benchmark.py" in found.failures[0]
    assert "broken dates" in found.failures[1]


def test_corpus_names_and_shortening() -> None:
    assert select(["polnear/dev", "t17"]) == [("polnear", "dev"), ("t17", None)]
    with pytest.raises(ValueError):
        select(["nope"])
    assert shorten("a  b\nc") == "a b c"
    assert shorten("abcdef", 4) == "abc…"
    assert shorten("abcdefg", 5, middle=True) == "ab…fg"
