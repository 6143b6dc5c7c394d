"""Temporal expressions on MEANTIME: span F1 and value F1 against the gold TIMEX3 annotations,
per cluster and overall, beside a baseline of spaCy DATE/TIME entities valued by dateparser.

Scoring is relaxed: a predicted expression matches a gold one when their spans overlap; for
value F1 the values must also be equal. Only predictions that overlap the annotated scope
(title, dateline and first four sentences of each article) count: outside it nothing was
annotated, so an expression there is ignored, not a false positive.

Run: .venv/bin/python benchmarks/dates.py
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import load_corpus  # noqa: E402
from briefgen.extract import ParsedArticle  # noqa: E402
from briefgen.extract.dates import extract_dates  # noqa: E402

Prediction = tuple[int, int, str | None]  # start, end, TimeML value
System = Callable[[ParsedArticle], list[Prediction]]


@dataclass(frozen=True)
class Score:
    """Counts behind span and value F1 over a set of articles."""

    predicted: int = 0
    gold: int = 0
    span_precise: int = 0  # predictions overlapping a gold expression
    span_found: int = 0  # gold expressions overlapped by a prediction
    value_precise: int = 0  # ... and with the same value
    value_found: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(self.counts(), other.counts(), strict=True)))

    def counts(self) -> tuple[int, ...]:
        return (self.predicted, self.gold, self.span_precise, self.span_found,
                self.value_precise, self.value_found)  # fmt: skip

    @property
    def span_f1(self) -> float:
        return _f1(self.span_precise, self.predicted, self.span_found, self.gold)

    @property
    def value_f1(self) -> float:
        return _f1(self.value_precise, self.predicted, self.value_found, self.gold)


def _f1(precise: int, predicted: int, found: int, gold: int) -> float:
    precision = precise / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def ours(article: ParsedArticle) -> list[Prediction]:
    """briefgen's dates layer."""
    return [(d.evidence.start, d.evidence.end, d.value) for d in extract_dates(article)]


def dateparser_baseline(article: ParsedArticle) -> list[Prediction]:
    """spaCy DATE/TIME entities, each valued by dateparser relative to the publication date."""
    import dateparser  # a bench-only dependency

    base = dt.datetime.combine(article.anchor, dt.time(12))
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    found = []
    for ent in article.doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            parsed = dateparser.parse(ent.text, languages=["en"], settings=settings)
            found.append(
                (ent.start_char, ent.end_char, parsed.date().isoformat() if parsed else None)
            )
    return found


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(record: dict[str, Any], predictions: Sequence[Prediction]) -> Score:
    """Relaxed span and value matches of one article's predictions against its gold."""
    scope = [tuple(r) for r in record["scope"]]
    kept = [p for p in predictions if any(_overlaps(p[:2], r) for r in scope)]
    gold = record["timexes"]

    def matches(pred: Prediction, timex: dict[str, Any], by_value: bool) -> bool:
        same = not by_value or pred[2] == timex["value"]
        return same and _overlaps(pred[:2], (timex["start"], timex["end"]))

    return Score(
        predicted=len(kept),
        gold=len(gold),
        span_precise=sum(any(matches(p, t, False) for t in gold) for p in kept),
        span_found=sum(any(matches(p, t, False) for p in kept) for t in gold),
        value_precise=sum(any(matches(p, t, True) for t in gold) for p in kept),
        value_found=sum(any(matches(p, t, True) for p in kept) for t in gold),
    )


def evaluate(
    clusters: dict[str, tuple[list[dict[str, Any]], list[ParsedArticle]]], system: System
) -> dict[str, Score]:
    """Scores per cluster and over all clusters ('all')."""
    scores = {
        name: sum((score(r, system(a)) for r, a in zip(gold, articles, strict=True)), Score())
        for name, (gold, articles) in clusters.items()
    }
    scores["all"] = sum(scores.values(), Score())
    return scores


def report(
    clusters: dict[str, tuple[list[dict[str, Any]], list[ParsedArticle]]],
) -> dict[str, dict[str, Score]]:
    """Both systems' scores, printed as a table (span F1 / value F1); the baseline only
    where dateparser (a bench-only dependency) is installed."""
    results = {"briefgen": evaluate(clusters, ours)}
    if importlib.util.find_spec("dateparser") is not None:
        results["spaCy+dateparser"] = evaluate(clusters, dateparser_baseline)
    print(f"{'cluster':<8}" + "".join(f"{name + ' span/value F1':>34}" for name in results))
    for cluster in [*clusters, "all"]:
        cells = [f"{s[cluster].span_f1:.3f} / {s[cluster].value_f1:.3f}" for s in results.values()]
        print(f"{cluster:<8}" + "".join(f"{cell:>34}" for cell in cells))
    return results


if __name__ == "__main__":
    report(load_corpus())
