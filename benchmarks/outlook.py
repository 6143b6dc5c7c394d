"""Outlook precision on MEANTIME: share of outlook items whose sentence holds a gold
FUTURE or POSSIBLE/PROBABLE event, per cluster brief, beside a bare modal-verb rule.

Only items whose sentence lies inside the gold annotation's scope (title, dateline and
first four sentences of each article) are scored: outside it, nothing was annotated.

Run: .venv/bin/python benchmarks/outlook.py
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import load_corpus  # noqa: E402
from briefgen.extract import ParsedArticle  # noqa: E402
from briefgen.extract.actors import extract_actors  # noqa: E402
from briefgen.extract.outlook import extract_outlook  # noqa: E402
from briefgen.model import Evidence  # noqa: E402

_MODALS = frozenset(
    {"will", "would", "may", "might", "could", "should", "shall", "can", "'ll", "wo"}
)


@dataclass(frozen=True)
class Score:
    """Scored items of one cluster brief."""

    items: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.items if self.items else 0.0


def ours(articles: Sequence[ParsedArticle]) -> list[Evidence]:
    """Evidence of briefgen's outlook items over a cluster brief."""
    actors = extract_actors(articles)
    return [item.evidence for a in articles for item in extract_outlook(a, actors, [])]


def bare_modals(articles: Sequence[ParsedArticle]) -> list[Evidence]:
    """Baseline: every sentence with a modal verb."""
    return [
        article.span_evidence(sentence)
        for article in articles
        for sentence in article.doc.sents
        if any(t.tag_ == "MD" and t.lower_ in _MODALS for t in sentence)
    ]


def score(
    gold: Sequence[dict[str, Any]], articles: Sequence[ParsedArticle], evidence: Iterable[Evidence]
) -> Score:
    """Precision of items against the gold future events, within the annotated scope."""
    by_source = {a.source.id: record for a, record in zip(articles, gold, strict=True)}
    items = correct = 0
    for item in evidence:
        record = by_source[item.source]
        if not any(start <= item.start and item.end <= end for start, end in record["scope"]):
            continue
        items += 1
        correct += any(
            item.start <= event["start"] and event["end"] <= item.end
            for event in record["future_events"]
        )
    return Score(items, correct)


def evaluate(
    clusters: dict[str, tuple[list[dict[str, Any]], list[ParsedArticle]]],
    system: Callable[[Sequence[ParsedArticle]], list[Evidence]],
) -> dict[str, Score]:
    """Scores per cluster and over all clusters ('all')."""
    scores = {
        name: score(gold, articles, system(articles)) for name, (gold, articles) in clusters.items()
    }
    scores["all"] = Score(
        sum(s.items for s in scores.values()), sum(s.correct for s in scores.values())
    )
    return scores


def main() -> None:
    clusters = load_corpus()
    results = {
        "briefgen": evaluate(clusters, ours),
        "bare modal rule": evaluate(clusters, bare_modals),
    }
    print(f"{'cluster':<10}" + "".join(f"{name:>28}" for name in results))
    for cluster in [*clusters, "all"]:
        cells = [
            f"{s[cluster].precision:.3f} ({s[cluster].correct}/{s[cluster].items})"
            for s in results.values()
        ]
        print(f"{cluster:<10}" + "".join(f"{cell:>28}" for cell in cells))


if __name__ == "__main__":
    main()
