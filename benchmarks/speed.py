"""Speed, scale and memory of `briefgen extract` on the shared MEANTIME corpus.

Prints, for the 90 corpus articles and for ~1,000 articles made from them: articles per
second, the ratio of extraction time to a bare `nlp.pipe` pass over the same texts in the
same process (the floor no extractor can beat), and peak memory (each size runs in its own
process, so the figures do not mix). Then the whole-process time of a cached re-run of the 90
articles, and of `briefgen --help`. Targets (2-core machine) are printed beside each figure.

The ~1,000 articles are the corpus repeated with each repeat's sentences drawn from different
articles (sentence j of article i comes from article i + j*k in repeat k), so every text is real
news prose and none is a near-duplicate of another (which briefgen would brief only once).

Run: .venv/bin/python benchmarks/speed.py            (about 5 minutes on 2 cores)
     .venv/bin/python benchmarks/speed.py --size 300  (a quicker scale point)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted((ROOT / "tests" / "data" / "meantime").glob("*/docs"))
sys.path.insert(0, str(ROOT))

from briefgen.ingest import read_inputs  # noqa: E402
from briefgen.model import Article  # noqa: E402

AS_OF = dt.date(2025, 10, 30)
# Sentence ends, for mixing sentences across articles (lines are whole paragraphs here).
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
# The targets on the 2-core machine.
TARGETS = {"ratio": 1.25, "cached_s": 1.5, "help_s": 0.3, "peak_mb": 600.0}


def scaled(articles: list[Article], size: int) -> list[Article]:
    """`size` distinct articles: the corpus, then repeats whose sentences come from others."""
    bodies = [_SENTENCE.split(article.text) for article in articles]
    out = list(articles[:size])
    repeat = 1
    while len(out) < size:
        for i, article in enumerate(articles[: size - len(out)]):
            picked = [bodies[(i + j * repeat) % len(bodies)] for j in range(len(bodies[i]))]
            text = " ".join(other[j % len(other)] for j, other in enumerate(picked))
            path = f"{article.path}#{repeat}"
            out.append(article.model_copy(update={"text": text, "path": path}))
        repeat += 1
    return out


def measure(size: int) -> dict[str, float]:
    """In this process: bare nlp.pipe time, extraction time and peak memory for `size` articles."""
    from briefgen.nlp import load_pipeline
    from briefgen.pipeline import run_pipeline

    articles = scaled(list(read_inputs(DOCS).articles), size)
    texts = [article.text for article in articles]
    nlp = load_pipeline()
    list(nlp.pipe(texts[:5]))  # warm-up: first-call allocations are not throughput
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):  # the floor: spaCy alone, Docs dropped as they come
        pass
    bare = time.perf_counter() - start
    start = time.perf_counter()
    built = run_pipeline(articles, as_of=AS_OF, cache=None)
    built.brief.to_json()
    extract = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "articles": len(articles),
        "briefed": built.parsed,
        "bare_s": bare,
        "extract_s": extract,
        "ratio": extract / bare,
        "per_s": len(articles) / extract,
        "peak_mb": peak_mb,
    }


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
        subprocess.run(args, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cached_rerun() -> float:
    """Whole-process time of `briefgen extract` on the 90 articles when nothing changed."""
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "BRIEFGEN_CACHE_DIR": folder}
        args = [
            *command(),
            "extract",
            *map(str, DOCS),
            "-o",
            f"{folder}/brief.json",
            "--date",
            AS_OF.isoformat(),
            "-q",
        ]
        subprocess.run(args, env=env, check=True, capture_output=True)  # fills the cache
        return timed(args, env, runs=5)


def child(size: int) -> dict[str, float]:
    run = subprocess.run(
        [sys.executable, __file__, "--child", str(size)], capture_output=True, text=True
    )
    if run.returncode:
        sys.exit(f"the {size}-article run failed:\n{run.stderr}")
    return dict(json.loads(run.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000, help="articles in the scale run")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return
    print(
        f"briefgen speed on {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}"
        " (targets in brackets)"
    )
    for size in (90, args.size):
        r = child(size)
        print(
            f"{r['articles']:5.0f} articles ({r['briefed']:.0f} briefed, others are copies): "
            f"{r['per_s']:5.1f} articles/s, extract {r['extract_s']:6.1f} s"
            f" vs bare nlp.pipe {r['bare_s']:6.1f} s:"
            f" ratio {r['ratio']:.2f} [<= {TARGETS['ratio']}],"
            f" peak memory {r['peak_mb']:.0f} MB [< {TARGETS['peak_mb']:.0f}]"
        )
    print(
        f"cached re-run of the 90 articles (whole process): {cached_rerun():.2f} s"
        f" [< {TARGETS['cached_s']}]"
    )
    print(
        f"briefgen --help: {timed([*command(), '--help'], dict(os.environ), runs=5):.2f} s"
        f" [< {TARGETS['help_s']}]"
    )


if __name__ == "__main__":
    main()
