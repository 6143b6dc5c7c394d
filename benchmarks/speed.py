"""Speed, scale and memory of `briefgen extract` on distinct real news articles.

The articles are the shared corpora's (../shared/corpus: PolNeAR, TimeBank, Timeline17, ECB+,
MEANTIME, and AllSides leads to pass 2,356 articles), shuffled once with a fixed seed and
deduplicated by text, so no article is a copy of another (briefgen's own near-copy test may
still find a few syndicated reports) and the mix of corpora is the same at every size.

Each size runs in its own process (peak memory does not mix): a bare `nlp.pipe` pass of the
same pipeline over the same texts (the floor no extractor can beat), then `extract` (parse
and extraction, no cache), then the bare pass again; the ratio is extract over the mean of
the two bare passes, so load on the shared machine falls on both. Printed per size:
articles, ratio, per-article time, peak RSS, and the time of each extraction stage (the
pipeline's own step log) with the resident memory as it ends (where the memory grows). At
the first size also `--workers 2` and a Dask `LocalCluster` (two worker processes) beside
one worker, each alternating with the others. Then a profile of
the extraction past the parse (cProfile; time per briefgen module and the top functions), the
whole-process time of a cached re-run and of `briefgen --help`. Targets in brackets.

Run: .venv/bin/python benchmarks/speed.py --sizes 300,1000,3000   (about an hour on 2 cores)
     .venv/bin/python benchmarks/speed.py --sizes 300              (a development run)
"""

from __future__ import annotations

import argparse
import cProfile
import ctypes
import ctypes.util
import datetime as dt
import hashlib
import json
import logging
import os
import pstats
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.shared_corpus import CORPORA, SHARED  # noqa: E402
from briefgen.model import Article  # noqa: E402

AS_OF = dt.date(2026, 1, 1)
SEED = 23
TARGETS = {"ratio": 1.15, "growth": 1.10, "peak_mb": 600.0, "cached_s": 1.5, "help_s": 0.3}
# The MEANTIME copy in the repo, for the cached re-run when the shared corpora are absent.
MEANTIME = sorted((ROOT / "tests" / "data" / "meantime").glob("*/docs"))


def corpus_files() -> list[Path]:
    """Every article file of the shared corpora, in one fixed shuffled order."""
    files = sorted(p for corpus in CORPORA for p in (SHARED / corpus).glob("**/docs/*.md"))
    random.Random(SEED).shuffle(files)
    return files


def pick(size: int, folder: Path) -> list[Article]:
    """The first `size` distinct articles of the shuffled corpora, copied into `folder` and
    read back from there as `briefgen extract folder` reads them."""
    from briefgen.errors import InputError
    from briefgen.ingest import read_inputs
    from briefgen.ingest.text import read_text

    seen: set[str] = set()
    for path in corpus_files():
        if len(seen) == size:
            break
        try:
            text = read_text(path).text
        except InputError:
            continue
        digest = hashlib.sha256(" ".join(text.split()).encode()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            corpus = path.relative_to(SHARED).parts[0]
            shutil.copy(path, folder / f"{len(seen):05d}-{corpus}-{path.name}")
    return list(read_inputs([folder]).articles)


class StageTimes(logging.Handler):
    """Collects the pipeline's step log ("quotes: 12 item(s) (0.31 s)") as (step, seconds,
    resident MB as the step ends): where the time goes, and where the memory grows."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.steps: list[tuple[str, float, float]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg == "%s: %s (%.2f s)" and isinstance(record.args, tuple):
            step, seconds = str(record.args[0]), float(str(record.args[2]))
            self.steps.append((step, seconds, memory_mb("VmRSS")))


def bare(texts: list[str]) -> float:
    """Seconds of spaCy alone over the texts, Docs dropped as they come."""
    from briefgen.nlp import load_pipeline

    start = time.perf_counter()
    for _ in load_pipeline().pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - start


def extract(
    articles: list[Article], **options: Any
) -> tuple[float, list[tuple[str, float, float]], bytes]:
    """Seconds of `extract` (parse and extraction, no cache), its step times, the brief."""
    from briefgen.pipeline import run_pipeline

    handler = StageTimes()
    logger = logging.getLogger("briefgen")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        start = time.perf_counter()
        brief = run_pipeline(articles, as_of=AS_OF, cache=None, **options).brief.to_json_bytes()
        return time.perf_counter() - start, handler.steps, brief
    finally:
        logger.removeHandler(handler)


def reset_peak() -> None:
    """Start the peak resident memory (VmHWM) afresh, where Linux allows it, so that the peak
    read after `extract` is its own, not the bare pass's before it. The pages the bare pass
    freed are first handed back: glibc keeps them resident, and they were counted in the
    extract's peak (815 MB at 1,000 articles; 531 MB with the trim, 535 MB in a process that
    made no bare pass)."""
    with suppress(OSError, AttributeError):
        ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim(0)
    with suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def peak_mb() -> float:
    """Peak resident memory of this process since `reset_peak`, in MB (else since start)."""
    return memory_mb("VmHWM")


def memory_mb(field: str) -> float:
    """A memory figure of this process in MB: "VmRSS" (resident now) or "VmHWM" (peak);
    without /proc, the peak since the process started."""
    with suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(size: int, parallel: bool, cached: bool) -> dict[str, Any]:
    """In this process: bare pass, extract, bare pass; with `parallel`, then extract with two
    workers and on a LocalCluster, each beside a one-worker run; with `cached`, store the
    brief for the cached re-run."""
    from briefgen.nlp import load_pipeline

    with tempfile.TemporaryDirectory() as folder:
        articles = pick(size, Path(folder))
        texts = [article.text for article in articles]
        list(load_pipeline().pipe(texts[:5]))  # warm-up: first-call allocations
        before = bare(texts)
        reset_peak()
        seconds, steps, brief = extract(articles, workers=1)
        peak = peak_mb()
        after = bare(texts)
        result: dict[str, Any] = {
            "articles": len(articles),
            "characters": sum(map(len, texts)),
            "bare_s": (before + after) / 2,
            "extract_s": seconds,
            "steps": steps,
            "peak_mb": peak,
        }
        if parallel:
            result["parallel"] = compare_executors(articles, brief)
        if cached:
            result["cached_s"] = cached_rerun(folder, articles, brief)
    return result


def compare_executors(articles: list[Article], brief: bytes) -> dict[str, Any]:
    """Whole-extract seconds with one worker, two, and a two-process LocalCluster, run in
    turn; and whether each brief is byte-identical to the first one-worker brief."""
    from distributed import LocalCluster

    found: dict[str, Any] = {}

    def run(name: str, **options: Any) -> None:
        seconds, _, made = extract(articles, **options)
        found[name], found[f"{name} identical"] = [seconds], made == brief

    run("1 worker", workers=1)
    run("2 workers", workers=2)
    run("1 worker again", workers=1)
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None)  # type: ignore[no-untyped-call]
    with cluster, cluster.get_client() as client:  # type: ignore[no-untyped-call]
        client.run(lambda: __import__("briefgen.nlp").nlp.load_pipeline())  # workers ready
        run("LocalCluster, 2 workers", scheduler=cluster.scheduler_address)
    return found


def cached_rerun(folder: str, articles: list[Article], brief: bytes) -> float:
    """Median whole-process time of `briefgen extract folder` when its brief is cached."""
    from briefgen.cache import Cache
    from briefgen.pipeline import brief_key

    with tempfile.TemporaryDirectory() as cache:
        Cache(Path(cache)).put("briefs", brief_key(articles, AS_OF, None), brief)
        env = {**os.environ, "BRIEFGEN_CACHE_DIR": cache}
        args = [*command(), "extract", folder, "-o", f"{cache}/brief.json"]
        return timed([*args, "--date", AS_OF.isoformat(), "-q"], env, runs=3)


def profile(size: int, top: int) -> str:
    """cProfile of the extraction past the parse of `size` articles: seconds per briefgen
    module (own time), then the `top` functions by own time."""
    from briefgen import pipeline
    from briefgen.nlp import DEFAULT_MODEL, meta_label, pipeline_meta

    with tempfile.TemporaryDirectory() as folder:
        articles = pick(size, Path(folder))
    sources = pipeline._sources(articles)
    briefed = [source for source in sources if source.duplicate_of is None]
    meta = pipeline_meta(DEFAULT_MODEL)
    docs, _ = pipeline._parse(DEFAULT_MODEL, meta, [s.text for s in briefed], None, 1, None)
    profiler = cProfile.Profile()
    profiler.enable()
    pipeline._extract_run(sources, briefed, docs, AS_OF, None, meta_label(meta), False)
    profiler.disable()
    return "\n".join(_profile_lines(pstats.Stats(profiler), top))


def _profile_lines(stats: pstats.Stats, top: int) -> Iterator[str]:
    table: dict[tuple[str, int, str], tuple[Any, ...]] = stats.stats  # type: ignore[attr-defined]
    total = sum(row[2] for row in table.values())
    modules: dict[str, float] = defaultdict(float)
    for (path, _, _), row in table.items():
        modules[_module(path)] += row[2]
    yield f"  extraction past the parse, profiled: {total:.1f} s of own time"
    yield "  own time by module:"
    for module, seconds in sorted(modules.items(), key=lambda kv: -kv[1])[:top]:
        yield f"    {seconds:6.2f} s  {100 * seconds / total:4.1f}%  {module}"
    yield "  top functions by own time (calls, own s, cumulative s):"
    rows = sorted(table.items(), key=lambda kv: -kv[1][2])[:top]
    for (path, line, name), row in rows:
        yield f"    {row[1]:>9} {row[2]:6.2f} {row[3]:6.2f}  {_module(path)}:{line}({name})"


def _module(path: str) -> str:
    """briefgen/extract/quotes.py -> briefgen.extract.quotes; others by package name."""
    if str(ROOT) in path:
        return ".".join(Path(path).relative_to(ROOT).with_suffix("").parts)
    for marker in ("site-packages/", "lib/python3"):
        if marker in path:
            return path.split(marker, 1)[1].split("/")[0 if marker[0] == "s" else 1]
    return path or "builtins"


def command() -> list[str]:
    script = Path(sys.executable).parent / "briefgen"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from briefgen.cli import app; app()"]


def timed(args: list[str], env: dict[str, str], runs: int) -> float:
    """Median whole-process wall time of `runs` runs of a command."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(args, env=env, check=False, capture_output=True)
        if done.returncode not in (0, 3):  # 3: written, some articles skipped with a reason
            raise subprocess.CalledProcessError(done.returncode, args, done.stdout, done.stderr)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def child(*args: str) -> Any:
    run = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True
    )
    if run.returncode:
        sys.exit(f"the run {args} failed:\n{run.stderr}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def report(r: dict[str, Any], first: dict[str, Any] | None) -> Iterator[str]:
    """The lines of one size's figures."""
    ratio = r["extract_s"] / r["bare_s"]
    per = 1000 * r["extract_s"] / r["articles"]
    growth = ""
    if first is not None:
        times = per / (1000 * first["extract_s"] / first["articles"])
        growth = f" ({times:.2f}x the first size's [<= {TARGETS['growth']}])"
    yield (
        f"{r['articles']:5d} articles ({r['characters'] / r['articles']:.0f} characters each):"
        f" extract {r['extract_s']:6.1f} s vs bare nlp.pipe {r['bare_s']:6.1f} s:"
        f" ratio {ratio:.2f} [<= {TARGETS['ratio']}]; {per:.0f} ms an article{growth};"
        f" peak RSS {r['peak_mb']:.0f} MB [< {TARGETS['peak_mb']:.0f}]"
    )
    steps = ", ".join(f"{name} {seconds:.1f}" for name, seconds, _ in r["steps"])
    yield f"      steps (s): {steps}"
    resident = ", ".join(f"{name} {mb:.0f}" for name, _, mb in r["steps"])
    yield f"      resident as each step ends (MB): {resident}"
    for name, value in r.get("parallel", {}).items():
        if not name.endswith("identical"):
            same = "identical" if r["parallel"][f"{name} identical"] else "DIFFERENT"
            base = (r["parallel"]["1 worker"][0] + r["parallel"]["1 worker again"][0]) / 2
            yield (
                f"      {name}: {value[0]:6.1f} s, {base / value[0]:.2f}x one worker's"
                f" (mean of the runs before and after), brief {same}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="300,1000,3000", help="article counts, comma-separated")
    parser.add_argument("--profile", type=int, default=300, help="articles profiled (0: none)")
    parser.add_argument("--top", type=int, default=15, help="modules and functions shown")
    parser.add_argument("--no-parallel", action="store_true", help="skip workers and cluster")
    parser.add_argument("--cached", type=int, default=1000, help="size of the cached re-run")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, size = args.child[0], int(args.child[1])
        if kind == "profile":
            print(json.dumps(profile(size, args.top)))
        else:
            print(json.dumps(measure(size, kind == "parallel", args.child[2] == "cached")))
        return
    sizes = [int(size) for size in args.sizes.split(",")]
    print(
        f"briefgen speed on {len(os.sched_getaffinity(0))} cores, load average"
        f" {os.getloadavg()[0]:.1f}; distinct articles of {SHARED} (targets in brackets)"
    )
    first = None
    for n, size in enumerate(sizes):
        parallel = n == 0 and not args.no_parallel
        r = child(
            "parallel" if parallel else "size", str(size), "cached" if size == args.cached else "-"
        )
        for line in report(r, first):
            print(line, flush=True)
        first = first or r
        if "cached_s" in r:
            seconds, target = r["cached_s"], TARGETS["cached_s"]
            print(f"cached re-run of these {size} articles: {seconds:.2f} s [< {target}]")
    if args.profile:
        print(f"profile of {args.profile} articles:")
        print(child("profile", str(args.profile)))
    print(
        f"briefgen --help: {timed([*command(), '--help'], dict(os.environ), runs=5):.2f} s"
        f" [< {TARGETS['help_s']}]"
    )


if __name__ == "__main__":
    main()
