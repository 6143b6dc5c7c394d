"""Synthesis part `timeline`: the dates a brief's timeline shows against the outlets' own.

Every T17 story cluster (../shared/corpus/t17, DEVELOP: `t17_bpoil_*` and `t17_MJ_bbc`;
REPORT: the others) is briefed whole (`run_pipeline`, parses from the user cache), and the
dates of the events its document shows (`key` events, those that happened and those planned)
are scored against the dates of the cluster's reference timelines with date-selection F1, as
news-tls scores it (Ghalandari and Ifrim, 2020): precision and recall of the set of predicted
dates against the set of reference dates, F1 per reference and the mean over a cluster's
references (each T17 cluster has one). Beside it, on the same clusters in the same run:
- briefgen ranked, k = gold: the first k distinct dates of all events by rank, k the
  reference's number of dates (the oracle length news-tls is given; ~0.54 is its best
  published F1 on T17 with all of a story's articles, thousands, not the 20 to 30 here);
- baseline "the k days with most articles published", k = the number of dates shown, and
  k = the reference's number of dates.
Figures are macro means over each part's clusters.

Hand check: `--sample 40 --part report --seed N` prints 40 shown rows drawn at random from
that part's briefs: date, phrase, the source's publication date and the source sentence.

Run: .venv/bin/python benchmarks/synthesis.py --part timeline
     .venv/bin/python benchmarks/synthesis_timeline.py --sample 40 --part report --seed 1
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.shared_corpus import SHARED, batches, folders  # noqa: E402
from briefgen.cache import Cache  # noqa: E402
from briefgen.model import Brief  # noqa: E402

T17_DEVELOP = ("t17_bpoil_", "t17_MJ_bbc")
PARTS = ("develop", "report")


@dataclass(frozen=True)
class ClusterScores:
    """One cluster's date-selection F1 for each method, and the sizes compared."""

    cluster: str
    part: str
    shown: int  # dates the document shows
    gold: int  # dates of the (first) reference
    briefgen: float
    briefgen_ranked_k_gold: float
    baseline_k_shown: float
    baseline_k_gold: float


def part_of(cluster: str) -> str:
    """DEVELOP or REPORT, as the split of this session says."""
    return "develop" if cluster.startswith(T17_DEVELOP) else "report"


def date_f1(predicted: Iterable[str], reference: Iterable[str]) -> float:
    """F1 of a set of predicted dates against a set of reference dates."""
    found, gold = set(predicted), set(reference)
    hits = len(found & gold)
    if not hits:
        return 0.0
    precision, recall = hits / len(found), hits / len(gold)
    return 2 * precision * recall / (precision + recall)


def mean_f1(predicted: Iterable[str], references: Sequence[set[str]]) -> float:
    """Date F1 against each reference timeline, averaged (news-tls's multi-reference mean)."""
    chosen = set(predicted)
    return sum(date_f1(chosen, ref) for ref in references) / len(references)


def shown_dates(brief: Brief) -> list[str]:
    """The dates of the events the document's timeline shows (key events, both statuses)."""
    return sorted({event.date for event in brief.timeline if event.key})


def ranked_dates(brief: Brief, k: int) -> list[str]:
    """The first k distinct dates of the brief's events in order of rank."""
    found: list[str] = []
    for event in sorted(brief.timeline, key=lambda e: e.rank or len(brief.timeline) + 1):
        if event.date not in found:
            found.append(event.date)
        if len(found) == k:
            break
    return found


def busiest_days(brief: Brief, k: int) -> list[str]:
    """Baseline: the k days on which most of the brief's articles were published (ties: the
    earlier day first)."""
    counts = Counter(s.published.isoformat() for s in brief.sources if s.published is not None)
    return [day for day, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


def references(root: Path = SHARED) -> dict[str, list[set[str]]]:
    """Each cluster's reference timelines as sets of dates."""
    found = {}
    for line in (root / "t17" / "gold.jsonl").read_text().splitlines():
        record = json.loads(line)
        timelines = record.get("timelines") or [{"timeline": record["timeline"]}]
        found[record["cluster"]] = [{row["date"] for row in t["timeline"]} for t in timelines]
    return found


def brief_clusters(cache: Cache | None, parts: Sequence[str] = PARTS) -> dict[str, Brief]:
    """Every T17 cluster of the parts asked for, briefed whole."""
    from briefgen.pipeline import run_pipeline

    briefs = {}
    for folder in folders("t17"):
        if part_of(folder.name) not in parts:
            continue
        batch = next(batches("t17", part=folder.name))
        briefs[folder.name] = run_pipeline(
            list(batch.articles), as_of=batch.as_of, cache=cache
        ).brief
    return briefs


def score(name: str, brief: Brief, refs: list[set[str]]) -> ClusterScores:
    """One cluster's figures."""
    shown = shown_dates(brief)
    k_gold = len(refs[0])
    return ClusterScores(
        cluster=name,
        part=part_of(name),
        shown=len(shown),
        gold=k_gold,
        briefgen=mean_f1(shown, refs),
        briefgen_ranked_k_gold=mean_f1(ranked_dates(brief, k_gold), refs),
        baseline_k_shown=mean_f1(busiest_days(brief, len(shown)), refs),
        baseline_k_gold=mean_f1(busiest_days(brief, k_gold), refs),
    )


_METHODS = (
    ("briefgen, shown events", "briefgen"),
    ("briefgen ranked, k = gold", "briefgen_ranked_k_gold"),
    ("busiest days, k = shown", "baseline_k_shown"),
    ("busiest days, k = gold", "baseline_k_gold"),
)


def print_scores(rows: Sequence[ClusterScores]) -> None:
    print("Timeline: date-selection F1 of the shown events against the outlets' timelines (T17)")
    print(
        f"  {'part':<8} {'cluster':<26} {'shown':>5} {'gold':>4} "
        + " ".join(f"{label[:12]:>12}" for label, _ in _METHODS)
    )
    for row in rows:
        figures = " ".join(f"{getattr(row, field):>12.3f}" for _, field in _METHODS)
        print(f"  {row.part:<8} {row.cluster:<26} {row.shown:>5} {row.gold:>4} {figures}")
    for part in PARTS:
        chosen = [r for r in rows if r.part == part]
        if not chosen:
            continue
        print(f"  {part}: mean over {len(chosen)} clusters")
        for label, field in _METHODS:
            mean = sum(getattr(r, field) for r in chosen) / len(chosen)
            print(f"    {label:<28} {mean:.3f}")
    print("  published figure beside it: news-tls, ~0.54 date F1 (oracle k, all articles)")


def run_timeline(cache: Cache | None, _sweep: bool = False) -> dict[str, Any]:
    """The timeline part of the synthesis benchmark."""
    refs = references()
    briefs = brief_clusters(cache)
    rows = [score(name, brief, refs[name]) for name, brief in briefs.items()]
    print_scores(rows)
    return {"clusters": [asdict(row) for row in rows]}


def sample_rows(briefs: dict[str, Brief], count: int, seed: int) -> list[dict[str, str]]:
    """`count` shown rows drawn at random from the briefs, with what a checker needs."""
    rows = []
    for name, brief in briefs.items():
        for event in brief.timeline:
            if not event.key:
                continue
            evidence = event.evidence[0]
            source = brief.source(evidence.source)
            rows.append({
                "cluster": name,
                "date": event.date,
                "status": event.status,
                "event": event.event,
                "published": source.published.isoformat() if source.published else "?",
                "sentence": " ".join(brief.excerpt(evidence).split()),
                "sources": str(len(event.evidence)),
            })  # fmt: skip
    return random.Random(seed).sample(rows, min(count, len(rows)))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="print this many shown rows")
    parser.add_argument("--part", choices=PARTS, action="append", help="default: both")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    parts = args.part or list(PARTS)
    briefs = brief_clusters(Cache(), parts)
    if not args.sample:
        refs = references()
        print_scores([score(name, brief, refs[name]) for name, brief in briefs.items()])
        return
    for n, row in enumerate(sample_rows(briefs, args.sample, args.seed), start=1):
        print(
            f"{n:>2}. [{row['cluster']}] {row['date']} ({row['status']}, {row['sources']} "
            f"source(s), published {row['published']})\n    event:    {row['event']}\n"
            f"    sentence: {row['sentence']}"
        )


if __name__ == "__main__":
    main()
