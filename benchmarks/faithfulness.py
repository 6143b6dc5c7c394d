"""Faithfulness: does each brief item say what its source says? (issue 17)

Every corpus of ../shared/corpus is briefed as `benchmarks/rules.py` briefs it (clusters as
multi-article briefs, PolNeAR and TimeBank 30 articles at a time; parses from the user
cache) and every check of `benchmarks/faithful/registry.py` runs on each brief: (a)
polarity, (b) same fact, (c) contested pairs, (d) outlook horizon, (e) relative dates. The
table gives each check's findings per corpus part (dev: what rules were developed on;
report: the rest, never looked at to write a rule) beside a BASELINE: the same checks on the
same articles briefed with `polarity.phrases_as_before()`, that is with phrases cut as they
were before issue 17 (no qualifier kept or raised to, no resolved date shown).

Run: .venv/bin/python benchmarks/faithfulness.py                       (every corpus)
     .venv/bin/python benchmarks/faithfulness.py --corpus meantime --limit 30 --examples 5
     .venv/bin/python benchmarks/faithfulness.py --part dev --json faithful.json
     .venv/bin/python benchmarks/faithfulness.py --part report --sample 50  (items to judge)
     .venv/bin/python benchmarks/faithfulness.py --part dev --mixes 20  (also mixed stories)
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, replace
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.faithful.common import Context, Finding  # noqa: E402
from benchmarks.faithful.pairs import multi_source_items  # noqa: E402
from benchmarks.faithful.registry import CHECKS  # noqa: E402
from benchmarks.shared_corpus import (  # noqa: E402
    CORPORA,
    SHARED,
    Batch,
    all_batches,
    folders,
    read_folder,
)
from briefgen.cache import Cache  # noqa: E402
from briefgen.model import Brief  # noqa: E402

PARTS = ("dev", "report")
SEED_FILE = "istanbul-talks.txt"  # ../shared/seed: the article the project started from
MIX_SIZES = (5, 15)  # AllSides clusters per mixed brief (as benchmarks/synthesis.py mixes them)
MIX_SEED = 17  # the mixes are the same on every run


def part_of(batch: Batch, root: Path = SHARED) -> str:
    """The part a brief belongs to (see ../shared/GUIDE and COMMON17): dev is polnear/train,
    timebank/timebank, the t17 BP-oil and MJ-BBC clusters, the first half of the AllSides
    clusters (by name), the ECB+ train topics (the gold `split`), MEANTIME and the seed;
    report is the rest."""
    corpus, _, rest = batch.name.partition("/")
    folder = rest.split("#")[0]
    if corpus in ("meantime", "seed"):
        return "dev"
    if corpus == "allsides-mix":
        return folder
    if corpus in ("polnear", "timebank"):
        return "dev" if folder in ("train", "timebank") else "report"
    if corpus == "t17":
        return "dev" if folder.startswith("t17_bpoil_") or folder == "t17_MJ_bbc" else "report"
    if corpus == "ecbplus":
        return "dev" if folder in ecb_train(root) else "report"
    names = [f.name for f in folders(corpus, root)]
    return "dev" if names.index(folder) < len(names) // 2 else "report"


@cache
def ecb_train(root: Path = SHARED) -> frozenset[str]:
    """The ECB+ clusters of the gold train topics (the develop part)."""
    lines = (root / "ecbplus" / "gold.jsonl").read_text().splitlines()
    records = (json.loads(line) for line in lines if line.strip())
    return frozenset(r["cluster"] for r in records if r.get("split") == "train")


def mixed_batches(count: int, root: Path = SHARED) -> Iterator[Batch]:
    """`count` briefs per part of 5 to 15 AllSides clusters of that part mixed together (the
    same draw on every run): a folder of several stories, as users bring them, where a
    denial or a date can be set beside the wrong story."""
    clusters = folders("allsides", root)
    half = len(clusters) // 2
    for part, chosen in (("dev", clusters[:half]), ("report", clusters[half:])):
        rng = random.Random(f"{MIX_SEED}-{part}")
        for number in range(1, count + 1):
            picked = rng.sample(chosen, rng.randint(*MIX_SIZES))
            articles = [a for folder in picked for a in read_folder(folder)[0]]
            rng.shuffle(articles)
            yield Batch("allsides-mix", f"allsides-mix/{part}#{number}", tuple(articles))


def chosen_batches(names: Sequence[str] | None, limit: int | None) -> Iterator[Batch]:
    """The briefs of the corpora named (every one by default), the seed article first, as a
    brief of its own, when every corpus or "seed" is named."""
    path = SHARED.parent / "seed" / SEED_FILE
    if (not names or "seed" in names) and path.exists():
        from briefgen.ingest.text import read_text

        yield Batch("seed", f"seed/{path.stem}", (read_text(path),))
    corpora = [name for name in names or () if name != "seed"]
    if corpora or not names:
        yield from all_batches(corpora or None, limit=limit)


def brief_both(
    batch: Batch, cache: Cache | None, baseline: bool = True
) -> tuple[Brief, Brief | None, Counter[str]]:
    """The batch's brief as briefgen writes it, and as it was before issue 17 (the baseline,
    made first so the cache keeps the real brief; None without `baseline`), and how often
    each rule fired in the first."""
    from briefgen.extract.polarity import phrases_as_before
    from briefgen.pipeline import run_pipeline

    articles = list(batch.articles)
    before = None
    if baseline:
        with phrases_as_before():
            before = run_pipeline(articles, as_of=batch.as_of, cache=cache, trace=True).brief
    built = run_pipeline(articles, as_of=batch.as_of, cache=cache, trace=True)
    return built.brief, before, built.trace.fired() if built.trace else Counter()


def context(brief: Brief, cache: Cache | None) -> Context:
    """The brief with its sources' parses (from the cache that briefing filled)."""
    from briefgen.nlp import DEFAULT_MODEL, load_pipeline, pipeline_meta
    from briefgen.pipeline import _parse  # the same parses the brief was made from

    briefed = [s for s in brief.sources if s.duplicate_of is None]
    docs, _ = _parse(
        DEFAULT_MODEL, pipeline_meta(DEFAULT_MODEL), [s.text for s in briefed], cache, 1, None
    )
    parsed = {s.id: doc for s, doc in zip(briefed, docs, strict=True)}
    return Context(brief, load_pipeline(DEFAULT_MODEL), parsed)


def run_checks(ctx: Context) -> dict[str, list[Finding]]:
    return {name: check(ctx) for name, check in CHECKS.items()}


def tally(
    batches: Sequence[Batch] | Any,
    cache: Cache | None,
    examples: int,
    multi_source: list[str] | None = None,
    fired: Counter[tuple[str, str]] | None = None,
    baseline: bool = True,
) -> tuple[Counter[tuple[str, str, str]], dict[str, list[Finding]], Counter[str], list[str]]:
    """Findings counted by (part, check, "now"/"baseline"), the first `examples` findings of
    each check (their item prefixed with the part), articles briefed per part, and failures.
    Each multi-source item of the briefs is added to `multi_source`, when given, with the
    sentences it cites (for a person to judge, `--sample`), and the rule firings of the
    briefs to `fired` by (part, rule). Without `baseline`, only the briefs as they are."""
    counts: Counter[tuple[str, str, str]] = Counter()
    shown: dict[str, list[Finding]] = {name: [] for name in CHECKS}
    articles: Counter[str] = Counter()
    failures: list[str] = []
    start = time.perf_counter()
    for batch in batches:
        part = part_of(batch)
        print(f"{time.perf_counter() - start:6.0f} s {batch.name}", file=sys.stderr, flush=True)
        try:
            now, before, rules = brief_both(batch, cache, baseline)
            if fired is not None:
                fired.update({(part, name): n for name, n in rules.items()})
            for label, brief in (("now", now), ("baseline", before)):
                if brief is None:
                    continue
                ctx = context(brief, cache)
                if label == "now" and multi_source is not None:
                    multi_source += [f"{batch.name}: {b}" for b in multi_source_items(ctx)]
                for name, found in run_checks(ctx).items():
                    counts[part, name, label] += len(found)
                    if label == "now":
                        tagged = [replace(f, item=f"{part} {batch.name}: {f.item}") for f in found]
                        shown[name] += tagged[: max(0, examples - len(shown[name]))]
        except Exception as error:  # one failing brief must not stop the run
            failures.append(f"{batch.name}: {error!r}")
            continue
        articles[part] += len(batch.articles)
    return counts, shown, articles, failures


def print_table(counts: Counter[tuple[str, str, str]], articles: Counter[str]) -> None:
    width = max(len(name) for name in CHECKS)
    head = "".join(f"{f'{p} ({articles[p]} art.)':>26}" for p in PARTS)
    print(f"{'check':<{width}}{head}")
    print(f"{'':<{width}}" + "".join(f"{'now':>13}{'baseline':>13}" for _ in PARTS))
    for name in CHECKS:
        cells = "".join(
            f"{counts[p, name, 'now']:>13}{counts[p, name, 'baseline']:>13}" for p in PARTS
        )
        print(f"{name:<{width}}{cells}")


def print_examples(shown: dict[str, list[Finding]]) -> None:
    for name, found in shown.items():
        for finding in found:
            print(f"[{name}] {finding.item} ({finding.source}): {finding.reason}")
            print(f"    item:   {finding.text[:160]!r}")
            print(f"    source: {finding.excerpt[:160]!r}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        action="append",
        metavar="NAME",
        help=f"a corpus ({', '.join(CORPORA)}, seed) or one of its folders; repeatable",
    )
    parser.add_argument("--part", choices=PARTS, help="only the briefs of this part")
    parser.add_argument("--limit", type=int, metavar="N", help="at most N articles per corpus")
    parser.add_argument("--examples", type=int, default=3, help="findings shown per check")
    parser.add_argument(
        "--sample",
        type=int,
        default=0,
        metavar="N",
        help="print N multi-source items drawn at random, with every sentence each cites",
    )
    parser.add_argument("--seed", type=int, default=17, help="the random draw of --sample")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the table as JSON")
    parser.add_argument(
        "--no-baseline", action="store_true", help="brief no baseline (half the time; 0 shown)"
    )
    parser.add_argument(
        "--fired", metavar="RULES", help="comma-separated rules whose firings to count per part"
    )
    parser.add_argument(
        "--mixes",
        type=int,
        default=0,
        metavar="N",
        help="also brief N mixes per part of 5 to 15 AllSides clusters (several stories at once)",
    )
    args = parser.parse_args(argv)  # fmt: skip
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s", level=logging.ERROR)
    cache = Cache()
    start = time.perf_counter()
    every = chain(chosen_batches(args.corpus, args.limit), mixed_batches(args.mixes))
    batches = (b for b in every if args.part is None or part_of(b) == args.part)
    pool: list[str] = []
    fired: Counter[tuple[str, str]] = Counter()
    counts, shown, articles, failures = tally(
        batches, cache, args.examples, pool, fired, baseline=not args.no_baseline
    )
    print_table(counts, articles)
    for name in (args.fired or "").split(","):
        if name:
            print(f"rule {name}: " + ", ".join(f"{p} {fired[p, name]}" for p in PARTS))
    print_examples(shown)
    drawn = random.Random(args.seed).sample(pool, min(args.sample, len(pool)))
    for number, block in enumerate(drawn, start=1):
        print(f"\n#{number} {block}")
    for failure in failures:
        print(f"failed: {failure}")
    print(f"run time {time.perf_counter() - start:.0f} s")
    if args.json:
        table = {
            part: {
                name: {"now": counts[part, name, "now"], "baseline": counts[part, name, "baseline"]}
                for name in CHECKS
            }
            for part in PARTS
        }
        examples = {name: [asdict(f) for f in found] for name, found in shown.items()}
        data = {"articles": dict(articles), "table": table, "examples": examples,
                "failures": failures}  # fmt: skip
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
