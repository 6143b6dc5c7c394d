"""Rules: how often each named extraction rule fires over the shared corpora.

Every corpus of ../shared/corpus is briefed (clusters as multi-article briefs, PolNeAR and
TimeBank in batches of 30 articles; see benchmarks/shared_corpus.py) with decisions traced
(`briefgen.extract.rules.tracing`). For every registered rule, fired or not, the table gives
its stage, its firings per corpus and in total, the distinct articles it fired in and one
example (subject -> outcome, the article and the evidence excerpt). A rule that fired 0 or 1
times in all corpora is flagged "patch?": it may fit one sentence rather than news.

Each brief is a traced `run_pipeline`: parses come from the user cache (as `briefgen` keeps
them), so a re-run only pays for extraction, and a brief is never taken from the cache (it
holds no decisions). One failing brief is printed and skipped.

Run: .venv/bin/python benchmarks/rules.py                         (every corpus, ~3,800 articles)
     .venv/bin/python benchmarks/rules.py --corpus meantime --limit 30   (a quick look)
     .venv/bin/python benchmarks/rules.py --json rules.json --workers 2
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import time
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.shared_corpus import CORPORA, SHARED, Batch, all_batches, select  # noqa: E402
from briefgen.cache import Cache  # noqa: E402
from briefgen.extract.rules import STAGES, Decision, all_rules, tracing  # noqa: E402
from briefgen.ingest.boilerplate import kept, strip_boilerplate  # noqa: E402
from briefgen.ingest.page_repeats import without_repeats  # noqa: E402
from briefgen.ingest.titles import clean_title  # noqa: E402
from briefgen.model import Article, Evidence  # noqa: E402

PATCH_MAX = 1  # a rule firing at most this often over every corpus is flagged "patch?"
SHORT = 60  # characters of a subject or excerpt shown in the table


@dataclass(frozen=True)
class Example:
    """One firing of a rule: what it decided about, its outcome, where and on what text."""

    subject: str
    outcome: str
    article: str
    excerpt: str

    def line(self) -> str:
        return (
            f"{shorten(self.subject, 40)!r} -> {shorten(self.outcome, 30)}"
            f" @ {shorten(self.article, 50, middle=True)}: {shorten(self.excerpt)!r}"
        )


@dataclass
class Tally:
    """What one batch (or the whole run) saw: firings by rule and corpus, articles, examples."""

    fired: Counter[tuple[str, str]] = field(default_factory=Counter)
    articles: dict[str, set[str]] = field(default_factory=dict)
    examples: dict[str, Example] = field(default_factory=dict)
    briefed: Counter[str] = field(default_factory=Counter)  # articles per corpus
    briefs: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Fold a later batch in (examples stay the first ones seen)."""
        self.fired.update(other.fired)
        for name, seen in other.articles.items():
            self.articles.setdefault(name, set()).update(seen)
        for name, example in other.examples.items():
            self.examples.setdefault(name, example)
        self.briefed.update(other.briefed)
        self.briefs += other.briefs
        self.failures += other.failures


@dataclass(frozen=True)
class Row:
    """One rule's line of the table."""

    name: str
    stage: str
    description: str
    fired: dict[str, int]
    total: int
    articles: int
    example: Example | None

    @property
    def flag(self) -> str:
        return "patch?" if self.total <= PATCH_MAX else ""


def shorten(text: str, width: int = SHORT, middle: bool = False) -> str:
    """`text` on one line, cut to `width` characters with an ellipsis (at the end, or in the
    middle to keep both ends of a path)."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= width:
        return text
    if middle:
        head = (width - 1) // 2
        return text[:head] + "…" + text[len(text) - (width - 1 - head) :]
    return text[: width - 1] + "…"


def _where(path: str) -> str:
    """An article's path inside the shared corpora (without `docs/`), else as given."""
    found = Path(path)
    if found.is_relative_to(SHARED):
        found = found.relative_to(SHARED)
    return found.as_posix().replace("/docs/", "/")


def tally(batch: Batch, decisions: Sequence[Decision]) -> Tally:
    """Count one batch's decisions, with the articles their evidence lies in."""
    found = Tally(briefed=Counter({batch.corpus: len(batch.articles)}), briefs=1)
    for decision in decisions:
        found.fired[decision.rule, batch.corpus] += 1
        cited = [(e, _article(batch, e)) for e in decision.evidence]
        known = [(e, article) for e, article in cited if article is not None]
        found.articles.setdefault(decision.rule, set()).update(_where(a.path) for _, a in known)
        if decision.rule not in found.examples:
            found.examples[decision.rule] = _example(batch.name, decision, known)
    return found


def _example(brief: str, decision: Decision, known: Sequence[tuple[Evidence, Article]]) -> Example:
    """A decision as an example: its first evidence's article and text (else the brief)."""
    if not known:
        return Example(decision.subject, decision.outcome, brief, "")
    evidence, article = known[0]
    excerpt = article.text[evidence.start : evidence.end]
    return Example(decision.subject, decision.outcome, _where(article.path), excerpt)


def _article(batch: Batch, evidence: Evidence) -> Article | None:
    """The article an evidence's source id `sN` names: the batch's N-th."""
    number = int(evidence.source[1:])
    return batch.articles[number - 1] if 0 < number <= len(batch.articles) else None


class _Failures(logging.Handler):
    """Collects the errors briefgen logs during a brief, and the warnings of a stage that
    failed and left its section empty (`briefgen.isolate`)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno < logging.ERROR and record.name != "briefgen.isolate":
            return
        error = record.exc_info[1] if record.exc_info else None
        self.messages.append(record.getMessage() + (f" ({error!r})" if error else ""))


def trace_batch(batch: Batch, cache: Cache | None) -> Tally:
    """Brief one batch with decisions traced; a failure is reported in the tally, not raised."""
    from briefgen.pipeline import run_pipeline

    handler = _Failures()
    logger = logging.getLogger("briefgen")
    logger.addHandler(handler)
    batch, ingest = cleaned(batch)
    try:
        built = run_pipeline(list(batch.articles), as_of=batch.as_of, cache=cache, trace=True)
        found = tally(batch, [*ingest, *(built.trace.decisions if built.trace else [])])
        found.briefed[batch.corpus] -= len(built.failed)  # left out: not briefed
        found.failures += [f"{batch.name}: {path}: {reason}" for path, reason in built.failed]
    except Exception as error:  # one failing brief must not stop the run
        found = Tally(briefed=Counter({batch.corpus: 0}), briefs=0)
        found.failures.append(f"{batch.name}: brief failed: {error!r} at {_raised_at(error)}")
    finally:
        logger.removeHandler(handler)
    found.failures += [f"{batch.name}: {message}" for message in handler.messages]
    return found


def cleaned(batch: Batch) -> tuple[Batch, list[Decision]]:
    """The batch with its boilerplate removed as ingest removes it, text and title, and the
    decisions of the boilerplate rules (the batches are read with it kept, so that these are
    traced)."""
    with tracing() as trace:
        articles = tuple(without_repeats([_cleaned(a) for a in batch.articles])[0])
    return replace(batch, articles=articles), trace.decisions


def _cleaned(article: Article) -> Article:
    text = strip_boilerplate(article.text, article.path)[0]
    title = clean_title(article.title, article.text, text, article.path)
    return article.model_copy(update={"text": text, "title": title})


def read_raw(batches: Iterable[Batch]) -> Iterator[Batch]:
    """The batches as read with their boilerplate kept (`trace_batch` removes it, traced)."""
    found = iter(batches)
    while True:
        with kept():
            batch = next(found, None)
        if batch is None:
            return
        yield batch


def _raised_at(error: BaseException) -> str:
    """Where an error was raised: file (inside the repo when it is) and line."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "?"
    path = Path(frames[-1].filename)
    return f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{frames[-1].lineno}"


def _traced(
    batches: Iterable[Batch], cache: Cache | None, workers: int
) -> Iterator[tuple[Batch, Tally]]:
    """Each batch with its tally, in order, briefed in `workers` processes."""
    if workers <= 1:
        for batch in batches:
            yield batch, trace_batch(batch, cache)
        return
    listed = list(batches)
    with ProcessPoolExecutor(workers) as pool:
        yield from zip(listed, pool.map(trace_batch, listed, [cache] * len(listed)), strict=True)


def count(
    batches: Iterable[Batch],
    cache: Cache | None = None,
    workers: int = 1,
    report: bool = False,
) -> Tally:
    """Brief every batch with decisions traced and add up the firings.

    With `report`, failures are printed as they come and each corpus's time when it ends
    (the time from one finished brief to the next goes to the later brief's corpus)."""
    total = Tally()
    took: dict[str, float] = {}
    current, last = "", time.perf_counter()
    for batch, found in _traced(batches, cache, workers):
        if report and current and batch.corpus != current:
            _done(current, total, took)
        now = time.perf_counter()
        took[batch.corpus] = took.get(batch.corpus, 0.0) + now - last
        current, last = batch.corpus, now
        total.add(found)
        if report:
            for failure in found.failures:
                print(f"FAILED {failure}", file=sys.stderr, flush=True)
    if report and current:
        _done(current, total, took)
    return total


def _done(corpus: str, total: Tally, took: dict[str, float]) -> None:
    """A progress line on stderr: a corpus is briefed."""
    seconds = took[corpus]
    print(f"  {corpus}: {total.briefed[corpus]} articles, {seconds:.0f} s", file=sys.stderr)


def table(found: Tally, corpora: Sequence[str]) -> list[Row]:
    """A row for every registered rule, by stage (pipeline order), then most fired first."""
    rules = all_rules()
    rows = [
        Row(
            name,
            made.stage,
            made.description,
            {corpus: found.fired[name, corpus] for corpus in corpora},
            sum(n for (rule, _), n in found.fired.items() if rule == name),
            len(found.articles.get(name, ())),
            found.examples.get(name),
        )
        for name, made in rules.items()
    ]
    return sorted(rows, key=lambda r: (STAGES.index(r.stage), -r.total, r.name))


def print_table(rows: Sequence[Row], corpora: Sequence[str]) -> None:
    width = max([len(row.name) for row in rows] + [4])
    head = " ".join(f"{c[:8]:>8}" for c in corpora)
    print(f"{'rule':<{width}} {'stage':<9} {head} {'total':>6} {'articles':>8} {'':6} example")
    for row in rows:
        counts = " ".join(f"{row.fired[c]:>8}" for c in corpora)
        example = row.example.line() if row.example else "-"
        print(
            f"{row.name:<{width}} {row.stage:<9} {counts} {row.total:>6} {row.articles:>8}"
            f" {row.flag:6} {example}"
        )


def as_json(rows: Sequence[Row], found: Tally, seconds: float) -> dict[str, Any]:
    return {
        "corpora": dict(found.briefed),
        "briefs": found.briefs,
        "seconds": round(seconds, 1),
        "load_average": os.getloadavg()[0],
        "failures": found.failures,
        "rules": [
            {
                "name": row.name,
                "stage": row.stage,
                "description": row.description,
                "fired": row.fired,
                "total": row.total,
                "articles": row.articles,
                "flag": row.flag or None,
                "example": None if row.example is None else vars(row.example),
            }
            for row in rows
        ],
    }


def summary(rows: Sequence[Row], found: Tally, seconds: float) -> str:
    never = sum(row.total == 0 for row in rows)
    once = sum(row.total == 1 for row in rows)
    failed = f", {len(found.failures)} failures" if found.failures else ""
    return (
        f"{len(rows)} rules: {never} fired never, {once} fired once; "
        f"{sum(found.briefed.values())} articles in {found.briefs} briefs{failed}; "
        f"run time {seconds:.0f} s (load average {os.getloadavg()[0]:.1f}, "
        f"{os.cpu_count()} cores)"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        action="append",
        metavar="NAME",
        help=f"a corpus ({', '.join(CORPORA)}) or one of its folders (polnear/dev); repeatable;"
        " default: all",
    )
    parser.add_argument("--limit", type=int, metavar="N", help="at most N articles per corpus")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the table as JSON")
    parser.add_argument("--workers", type=int, default=1, help="processes briefing in parallel")
    parser.add_argument("--no-cache", action="store_true", help="parse every article afresh")
    args = parser.parse_args(argv)
    try:
        select(args.corpus)
    except ValueError as error:
        parser.error(str(error))
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
    cache = None if args.no_cache else Cache()
    corpora = list(dict.fromkeys((name or "").split("/")[0] for name in args.corpus or CORPORA))
    print(
        f"briefing {', '.join(args.corpus or CORPORA)} from {SHARED} on {os.cpu_count()} cores,"
        f" load average {os.getloadavg()[0]:.1f}",
        file=sys.stderr,
    )
    start = time.perf_counter()
    batches = read_raw(all_batches(args.corpus, limit=args.limit))
    found = count(batches, cache, args.workers, report=True)
    seconds = time.perf_counter() - start
    rows = table(found, corpora)
    print_table(rows, corpora)
    for failure in found.failures:
        print(f"failed: {failure}")
    print(summary(rows, found, seconds))
    if args.json:
        args.json.write_text(json.dumps(as_json(rows, found, seconds), indent=2) + "\n")


if __name__ == "__main__":
    main()
