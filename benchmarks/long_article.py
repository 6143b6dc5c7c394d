"""How the time of one long article grows with its length: linear is the target.

Builds single articles of 50,000 to 400,000 characters from the MEANTIME corpus (its 90
articles' paragraphs, then rounds in which paragraph j of article i comes from article
i + j*k in round k, so the text is real news prose that varies and keeps its paragraphs),
parses each once and extracts its brief once in this process (spaCy loaded and warmed up
first), and prints the seconds of each, then the ratios t(200k)/t(100k) and t(400k)/t(100k):
2 and 4 for linear cost (extraction's were 6.9 and 32 when each sentence look-up scanned the
whole document). Ratios are measured in one run, never asserted: the machine is shared, so
single figures vary.

Run: .venv/bin/python benchmarks/long_article.py        (about two minutes on 2 cores)
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.speed import MEANTIME as DOCS  # noqa: E402
from briefgen.ingest import read_inputs  # noqa: E402
from briefgen.model import Article  # noqa: E402

AS_OF = dt.date(2025, 10, 30)
SIZES = (50_000, 100_000, 200_000, 400_000)


def _paragraphs() -> Iterator[str]:
    """The corpus's paragraphs, article by article, then mixed rounds, without end."""
    articles = [
        [line for line in article.text.split("\n") if line.strip()]
        for article in read_inputs(DOCS).articles
    ]
    for k in range(sys.maxsize):
        for i, paragraphs in enumerate(articles):
            for j in range(len(paragraphs)):
                other = articles[(i + j * k) % len(articles)]
                yield other[j % len(other)]


def long_article(size: int) -> Article:
    """One article of `size` characters, cut at a paragraph end."""
    pieces: list[str] = []
    length = 0
    for paragraph in _paragraphs():
        if length + len(paragraph) + 2 > size:
            break
        pieces.append(paragraph)
        length += len(paragraph) + 2
    text = "\n\n".join(pieces)
    title = f"A long article ({size:,} characters)"
    return Article(path=f"long-{size}.txt", title=title, text=text)


def measure(article: Article) -> tuple[float, float]:
    """Seconds to parse the article, and to extract its brief from the parse (no cache)."""
    from briefgen.nlp import DEFAULT_MODEL, load_pipeline, meta_label, parse, pipeline_meta
    from briefgen.pipeline import _extract, _sources

    start = time.perf_counter()
    docs = parse(load_pipeline(), [article.text])
    parsed = time.perf_counter() - start
    sources = _sources([article])
    label = meta_label(pipeline_meta(DEFAULT_MODEL))
    start = time.perf_counter()
    _extract(sources, sources, docs, AS_OF, None, label)[0].to_json()
    return parsed, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    measure(long_article(5_000))  # warm-up: the first brief pays for loading and lexicons
    print(f"{'characters':>10}  {'parse s':>8}  {'extract s':>9}  {'brief s':>8}")
    times = {}
    for size in SIZES:
        parsed, extracted = measure(long_article(size))
        times[size] = (parsed + extracted, extracted)
        print(f"{size:>10,}  {parsed:8.1f}  {extracted:9.1f}  {parsed + extracted:8.1f}")
    for size in (200_000, 400_000):
        whole, extract = (times[size][n] / times[100_000][n] for n in (0, 1))
        print(
            f"t({size // 1000}k)/t(100k): extraction {extract:.1f}, whole brief {whole:.1f}"
            f" [linear: {size / 100_000:.0f}]"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
