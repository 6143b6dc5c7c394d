"""Temporal expressions against gold TIMEX3 annotations, scored as TempEval-3 scores them,
beside a baseline of spaCy DATE/TIME entities valued by dateparser on the same texts.

Corpora (`--part`): `timebank` (TimeBank 1.2, the develop part), `aquaint` (the report part:
never tuned to), `meantime` (the three MEANTIME clusters); all three by default.

Figures, overall and per TimeML type (DATE, TIME, DURATION, SET):
- span precision, recall and F1, relaxed (a prediction and a gold expression overlap) and
  strict (the same character offsets);
- value F1: a relaxed span match with the same TimeML value;
- type F1: a relaxed span match with the same type.
Per type, both sides are cut to that type (a prediction by its own type, a gold expression by
its gold type), so a mistyped expression is a false positive in one row and a miss in another.
MEANTIME annotates only a scope (title, dateline, first sentences): predictions outside it
are ignored, not false positives. TimeBank annotates whole articles.

`--errors` prints, per part, briefgen's value errors grouped by TimeML type and the shape of
the gold and predicted values (digits as 9: "1998-02-27" is 9999-99-99), most frequent first,
with examples: a miss (no prediction overlaps), a wrong value, or a prediction no gold overlaps.

Run: PYTHONPATH=. .venv/bin/python benchmarks/dates.py [--part timebank] [--limit 40] [--errors]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import load_corpus, load_timebank  # noqa: E402
from briefgen.extract import ParsedArticle  # noqa: E402
from briefgen.extract.dates import extract_dates  # noqa: E402

Prediction = tuple[int, int, str | None, str | None]  # start, end, TimeML value, TimeML type
System = Callable[[ParsedArticle], list[Prediction]]
Records = list[dict[str, Any]]
Clusters = dict[str, tuple[Records, list[ParsedArticle]]]
TYPES = ("DATE", "TIME", "DURATION", "SET")
PARTS = ("timebank", "aquaint", "meantime")


@dataclass(frozen=True)
class Score:
    """Counts behind span, value and type F1 over a set of articles: `*_precise` counts
    predictions with a matching gold expression, `*_found` gold expressions with a matching
    prediction."""

    predicted: int = 0
    gold: int = 0
    span_precise: int = 0  # relaxed: overlapping spans
    span_found: int = 0
    value_precise: int = 0  # relaxed span and the same value
    value_found: int = 0
    strict_precise: int = 0  # the same offsets
    strict_found: int = 0
    type_precise: int = 0  # relaxed span and the same type
    type_found: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(self.counts(), other.counts(), strict=True)))

    def counts(self) -> tuple[int, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))

    def precision(self, kind: str = "span") -> float:
        precise = getattr(self, f"{kind}_precise")
        return precise / self.predicted if self.predicted else 0.0

    def recall(self, kind: str = "span") -> float:
        return getattr(self, f"{kind}_found") / self.gold if self.gold else 0.0

    def f1(self, kind: str = "span") -> float:
        precision, recall = self.precision(kind), self.recall(kind)
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    @property
    def span_f1(self) -> float:
        return self.f1("span")

    @property
    def strict_f1(self) -> float:
        return self.f1("strict")

    @property
    def value_f1(self) -> float:
        return self.f1("value")


def ours(article: ParsedArticle) -> list[Prediction]:
    """briefgen's dates layer."""
    return [(d.evidence.start, d.evidence.end, d.value, d.type) for d in extract_dates(article)]


def dateparser_baseline(article: ParsedArticle) -> list[Prediction]:
    """spaCy DATE/TIME entities, each valued by dateparser relative to the publication date
    and typed by its entity label."""
    import dateparser  # a bench-only dependency

    base = dt.datetime.combine(article.anchor, dt.time(12))
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    found: list[Prediction] = []
    for ent in article.doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            parsed = dateparser.parse(ent.text, languages=["en"], settings=settings)
            value = parsed.date().isoformat() if parsed else None
            found.append((ent.start_char, ent.end_char, value, ent.label_))
    return found


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match(pred: Prediction, timex: dict[str, Any], how: str) -> bool:
    if how == "strict":
        return (pred[0], pred[1]) == (timex["start"], timex["end"])
    if not _overlaps((pred[0], pred[1]), (timex["start"], timex["end"])):
        return False
    return (
        how == "span"
        or (how == "value" and pred[2] == timex["value"])
        or (how == "type" and pred[3] == timex["type"])
    )


def score(
    record: dict[str, Any], predictions: Sequence[Prediction], kind: str | None = None
) -> Score:
    """Span, value and type matches of one article's predictions against its gold, both cut
    to one TimeML type when `kind` is given; predictions outside the annotated `scope` (when
    the record has one) are ignored."""
    scope = [tuple(r) for r in record.get("scope") or [(0, len(record["text"]))]]
    kept = [p for p in predictions if any(_overlaps((p[0], p[1]), r) for r in scope)]
    gold = record["timexes"]
    if kind is not None:
        kept = [p for p in kept if p[3] == kind]
        gold = [t for t in gold if t["type"] == kind]
    counts: dict[str, int] = {"predicted": len(kept), "gold": len(gold)}
    for how in ("span", "value", "strict", "type"):
        counts[f"{how}_precise"] = sum(any(_match(p, t, how) for t in gold) for p in kept)
        counts[f"{how}_found"] = sum(any(_match(p, t, how) for p in kept) for t in gold)
    return Score(**counts)


def evaluate(clusters: Clusters, system: System) -> dict[str, Score]:
    """Scores per cluster and over all clusters ('all')."""
    scores = {
        name: sum((score(r, system(a)) for r, a in zip(gold, articles, strict=True)), Score())
        for name, (gold, articles) in clusters.items()
    }
    scores["all"] = sum(scores.values(), Score())
    return scores


def evaluate_types(
    gold: Records, articles: list[ParsedArticle], system: System
) -> dict[str, Score]:
    """Scores over a set of articles, overall ('all') and per TimeML type."""
    totals = dict.fromkeys(("all", *TYPES), Score())
    for record, article in zip(gold, articles, strict=True):
        predictions = system(article)
        for kind in totals:
            totals[kind] += score(record, predictions, None if kind == "all" else kind)
    return totals


def systems() -> dict[str, System]:
    """briefgen, and the baseline where dateparser (a bench-only dependency) is installed."""
    found: dict[str, System] = {"briefgen": ours}
    if importlib.util.find_spec("dateparser") is not None:
        found["spaCy+dateparser"] = dateparser_baseline
    return found


def table(title: str, gold: Records, articles: list[ParsedArticle]) -> dict[str, dict[str, Score]]:
    """Every system's scores on one set of articles, printed as one table."""
    results = {name: evaluate_types(gold, articles, system) for name, system in systems().items()}
    print(f"\n{title}: {len(articles)} articles")
    print(
        f"{'type':<9}{'system':<18}{'gold':>6}{'pred':>6} | {'relaxed P/R/F1':^20} | "
        f"{'strict P/R/F1':^20} | {'value F1':>8} | {'type F1':>7}"
    )
    for kind in ("all", *TYPES):
        for name, scores in results.items():
            s = scores[kind]
            relaxed = f"{s.precision():.3f} {s.recall():.3f} {s.f1():.3f}"
            strict = f"{s.precision('strict'):.3f} {s.recall('strict'):.3f} {s.f1('strict'):.3f}"
            print(
                f"{kind:<9}{name:<18}{s.gold:>6}{s.predicted:>6} | {relaxed:^20} | "
                f"{strict:^20} | {s.value_f1:>8.3f} | {s.f1('type'):>7.3f}"
            )
    return results


def clusters_table(clusters: Clusters) -> None:
    """Relaxed span F1 / value F1 per MEANTIME cluster, every system."""
    results = {name: evaluate(clusters, system) for name, system in systems().items()}
    print(f"{'cluster':<9}" + "".join(f"{name + ' span/value F1':>34}" for name in results))
    for cluster in [*clusters, "all"]:
        cells = [f"{s[cluster].span_f1:.3f} / {s[cluster].value_f1:.3f}" for s in results.values()]
        print(f"{cluster:<9}" + "".join(f"{cell:>34}" for cell in cells))


def shape(value: str | None) -> str:
    """A value's shape: digits as 9 ('1998-Q3' -> '9999-Q9'), None as '-'."""
    return "-" if value is None else re.sub(r"\d", "9", value)


Miss = tuple[str, str, str, str]  # type, gold shape, predicted shape, example


def value_errors(record: dict[str, Any], predictions: Sequence[Prediction]) -> list[Miss]:
    """An article's value errors as (type, gold shape, predicted shape, example): every gold
    expression no prediction values right, and every prediction no gold expression overlaps."""
    scope = [tuple(r) for r in record.get("scope") or [(0, len(record["text"]))]]
    kept = [p for p in predictions if any(_overlaps((p[0], p[1]), r) for r in scope)]
    text = record["text"]
    errors: list[Miss] = []
    for timex in record["timexes"]:
        if any(_match(p, timex, "value") for p in kept):
            continue
        found = [p for p in kept if _match(p, timex, "span")]
        got = " | ".join(f"{text[p[0] : p[1]]!r}={p[2]}" for p in found) or "missed"
        example = f"{timex['text']!r}={timex['value']} <- {got} [{record['doc']}]"
        got_shape = shape(found[0][2]) if found else "missed"
        errors.append((timex["type"], shape(timex["value"]), got_shape, example))
    for p in kept:
        if not any(_match(p, t, "span") for t in record["timexes"]):
            example = f"{text[p[0] : p[1]]!r}={p[2]} [{record['doc']}]"
            errors.append((p[3] or "-", "no gold", shape(p[2]), example))
    return errors


def errors_table(gold: Records, articles: list[ParsedArticle], examples: int = 4) -> None:
    """briefgen's value errors grouped by type and gold -> predicted shape, largest first."""
    groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for record, article in zip(gold, articles, strict=True):
        for kind, wanted, got, example in value_errors(record, ours(article)):
            groups[(kind, wanted, got)].append(example)
    print(f"\nvalue errors: {sum(map(len, groups.values()))} in {len(groups)} groups")
    for (kind, wanted, got), found in sorted(groups.items(), key=lambda g: -len(g[1])):
        print(f"{len(found):>4}  {kind:<9}{wanted:<16} -> {got}")
        for example in found[:examples]:
            print(f"        {example}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=PARTS, action="append", help="default: all three")
    parser.add_argument("--limit", type=int, help="the first N articles of a TimeBank part")
    parser.add_argument("--errors", action="store_true", help="print value errors by shape")
    args = parser.parse_args(argv)
    for part in args.part or PARTS:
        if part == "meantime":
            clusters = load_corpus()
            gold = [r for records, _ in clusters.values() for r in records]
            articles = [a for _, parsed in clusters.values() for a in parsed]
            table("MEANTIME (airbus, apple, gm)", gold, articles)
            clusters_table(clusters)
        else:
            role = "develop" if part == "timebank" else "report"
            gold, articles = load_timebank(part, args.limit)
            table(f"timebank/{part} ({role})", gold, articles)
        if args.errors:
            errors_table(gold, articles)


if __name__ == "__main__":
    main()
