"""How the time of one long article grows with its length: linear is the target.

Builds single articles of 50,000 to 400,000 characters from the MEANTIME corpus (its
articles, then repeats whose sentences are drawn from other articles, as in `speed.py`, so
the text is real news prose that varies), briefs each once in this process (spaCy loaded
and warmed up first), and prints the time of the whole brief and of the parse alone, then
the ratios t(200k)/t(100k) and t(400k)/t(100k): 2 and 4 for linear cost (they were 4.3
and 7.4 when each sentence look-up scanned the whole document). Ratios are measured in one
run, never asserted: the machine is shared, so single figures vary.

Run: .venv/bin/python benchmarks/long_article.py        (about a minute on 2 cores)
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.speed import DOCS, scaled  # noqa: E402
from briefgen.ingest import read_inputs  # noqa: E402
from briefgen.model import Article  # noqa: E402

AS_OF = dt.date(2025, 10, 30)
SIZES = (50_000, 100_000, 200_000, 400_000)


def long_article(size: int) -> Article:
    """One article of `size` characters: corpus articles as its paragraphs, in turn."""
    articles = scaled(list(read_inputs(DOCS).articles), 1 + size // 1_000)
    paragraphs: list[str] = []
    length = 0
    for article in articles:
        if length >= size:
            break
        paragraphs.append(article.text.strip())
        length += len(paragraphs[-1]) + 2
    text = "\n\n".join(paragraphs)[:size]
    return Article(
        path=f"long-{size}.txt", title=f"A long article ({size:,} characters)", text=text
    )


def measure(article: Article) -> tuple[float, float]:
    """Seconds of the whole brief (no cache) and of the parse alone."""
    from briefgen.nlp import load_pipeline, parse
    from briefgen.pipeline import run_pipeline

    start = time.perf_counter()
    run_pipeline([article], as_of=AS_OF, cache=None).brief.to_json()
    total = time.perf_counter() - start
    start = time.perf_counter()
    parse(load_pipeline(), [article.text])
    return total, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    from briefgen.nlp import load_pipeline

    load_pipeline()
    measure(long_article(5_000))  # warm-up: the first brief pays for imports and lexicons
    print(f"{'characters':>10}  {'brief s':>8}  {'parse s':>8}  {'rest s':>8}")
    times = {}
    for size in SIZES:
        total, parsed = measure(long_article(size))
        times[size] = (total, total - parsed)
        print(f"{size:>10,}  {total:8.1f}  {parsed:8.1f}  {total - parsed:8.1f}")
    for size in (200_000, 400_000):
        whole = times[size][0] / times[100_000][0]
        rest = times[size][1] / max(times[100_000][1], 1e-3)
        print(
            f"t({size // 1000}k)/t(100k): {whole:.1f} for the brief, {rest:.1f} past the parse"
            f" [linear: {size / 100_000:.0f}]"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
