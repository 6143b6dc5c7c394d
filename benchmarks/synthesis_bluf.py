"""Synthesis part `bluf`: the bottom line against the AllSides editors' neutral summaries.

Every AllSides cluster (../shared/corpus/allsides: 2-3 outlets' leads on one story, and in
`gold.jsonl` the editors' `summary` of it) is briefed as `briefgen` briefs a folder
(`run_pipeline`, parses from the user cache). The brief's bottom-line bullets, in the order the
brief gives them and as a reader sees them (relative dates followed by their value), are joined
and cut to the summary's length in words, then scored with ROUGE-1/2/L F1 (rouge-score, Porter
stemmer) against the summary. Row `briefgen-src` scores the same bullets in their sources'
words (the evidence spans: without the resolved dates the brief adds, "on Monday (18 October
2021)", which no editor's summary has), as the baselines are scored. Two baselines on the same
clusters in the same run, cut to the same length, read the same body sentences (spaCy's, from
the same cached parses; each article's title line left out, as the bottom line leaves it out):
- Lead: the articles' leading sentences round-robin (each article's first sentence in file order,
  then each one's second, ...), the usual lead baseline for several articles.
- LexRank: sumy's LexRankSummarizer (English stop words and stemmer) over the same sentences, its
  top-k sentences in document order, k the fewest that reach the summary's length.

Figures are printed per part: develop (clusters whose folder name sorts in the first half) and
report (the second half). The bottom line's weights were set on develop only. While working on
the bottom line, run the develop half alone (the report half is for figures, once):

Run: .venv/bin/python benchmarks/synthesis_bluf.py --split develop [--limit N] [--show 10]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.shared_corpus import SHARED, folders, read_folder  # noqa: E402
from briefgen.cache import Cache  # noqa: E402
from briefgen.model import Article, Brief  # noqa: E402

MEASURES = ("rouge1", "rouge2", "rougeL")
METHODS = ("briefgen", "briefgen-src", "lead", "lexrank")


@dataclass(frozen=True)
class Cluster:
    """One AllSides cluster: its folder name, articles and the editors' summary."""

    name: str
    articles: list[Article]
    summary: str


def allsides_clusters(root: Path = SHARED, limit: int | None = None) -> dict[str, list[Cluster]]:
    """The clusters by part (develop: the first half of folder names; report: the rest), at
    most `limit` per part."""
    gold = {}
    for line in (root / "allsides" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold[row["cluster"]] = row["summary"]
    found = [f for f in folders("allsides", root) if gold.get(f.name)]
    half = len(found) // 2
    parts = {"develop": found[:half], "report": found[half:]}
    return {
        part: [Cluster(f.name, read_folder(f)[0], gold[f.name]) for f in chosen[:limit]]
        for part, chosen in parts.items()
    }


def cut(sentences: Iterable[str], words: int) -> str:
    """The sentences joined, cut to `words` words."""
    return " ".join(" ".join(sentences).split()[:words])


def body_sentences(brief: Brief, cache: Cache | None) -> list[list[str]]:
    """Each briefed article's body sentences (spaCy's, from the cached parse), title left out."""
    from briefgen.nlp import DEFAULT_MODEL, pipeline_meta
    from briefgen.pipeline import _parse

    sources = [s for s in brief.sources if s.duplicate_of is None]
    meta = pipeline_meta(DEFAULT_MODEL)
    docs, _ = _parse(DEFAULT_MODEL, meta, [s.text for s in sources], cache, 1, None)
    found = []
    for source, doc in zip(sources, docs, strict=True):
        title = source.title.strip()
        texts = [s.text.strip() for s in doc.sents]
        found.append(
            [
                t
                for t in texts
                if t
                and t != title
                and not (title and title in t[: len(title)] and len(t) <= len(title) + 1)
            ]
        )
    return found


def lead(articles: Sequence[Sequence[str]]) -> list[str]:
    """Baseline: the articles' sentences round-robin (every first sentence, then every second)."""
    longest = max((len(a) for a in articles), default=0)
    return [a[i] for i in range(longest) for a in articles if i < len(a)]


class SentenceTokenizer:
    """A sumy tokenizer over sentences already split (spaCy's): each paragraph given to
    `to_sentences` is one of the known texts, split as spaCy split it."""

    language = "english"

    def __init__(self, paragraphs: dict[str, list[str]]) -> None:
        self.paragraphs = paragraphs

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(self.paragraphs.get(paragraph.strip(), [paragraph]))

    @staticmethod
    def to_words(sentence: str) -> tuple[str, ...]:
        import re

        return tuple(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", sentence))


def lexrank(articles: Sequence[Sequence[str]], words: int) -> list[str]:
    """Baseline: sumy's LexRank over the sentences, the fewest top sentences that reach
    `words` words, in document order."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    paragraphs = {" ".join(a).strip(): list(a) for a in articles if a}
    text = "\n\n".join(paragraphs)
    document = PlaintextParser.from_string(text, SentenceTokenizer(paragraphs)).document
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    total = len(document.sentences)
    chosen: list[str] = []
    for k in range(1, total + 1):
        chosen = [str(s) for s in summarizer(document, k)]
        if sum(len(s.split()) for s in chosen) >= words:
            break
    return chosen


def score(summary: str, text: str, scorer: Any) -> dict[str, float]:
    """ROUGE F1 of `text` against `summary`."""
    found = scorer.score(summary, text)
    return {m: found[m].fmeasure for m in MEASURES}


def bluf_texts(cluster: Cluster, cache: Cache | None) -> dict[str, str]:
    """Each method's text for one cluster, cut to the summary's length."""
    from briefgen.pipeline import run_pipeline

    dates = [a.published for a in cluster.articles if a.published is not None]
    as_of = max(dates) if dates else None
    assert as_of is not None, f"{cluster.name}: no publication date"
    brief = run_pipeline(cluster.articles, as_of=as_of, cache=cache).brief
    words = len(cluster.summary.split())
    sentences = body_sentences(brief, cache)
    texts = {source.id: source.text for source in brief.sources}
    said = [
        texts[i.evidence[0].source][i.evidence[0].start : i.evidence[0].end] for i in brief.summary
    ]
    return {
        "briefgen": cut((item.text for item in brief.summary), words),
        "briefgen-src": cut(said, words),
        "lead": cut(lead(sentences), words),
        "lexrank": cut(lexrank(sentences, words), words),
    }


def run_bluf_parts(
    parts: dict[str, list[Cluster]],
    cache: Cache | None,
    show: Callable[[str], None] = print,
    shown: int = 0,
) -> dict[str, dict[str, dict[str, float]]]:
    """Mean ROUGE F1 per part and method (and the first `shown` clusters' texts, to read)."""
    from rouge_score.rouge_scorer import RougeScorer

    scorer = RougeScorer(list(MEASURES), use_stemmer=True)
    found: dict[str, dict[str, dict[str, float]]] = {}
    for part, clusters in parts.items():
        scores: dict[str, list[dict[str, float]]] = {m: [] for m in METHODS}
        for cluster in clusters:
            texts = bluf_texts(cluster, cache)
            if len(scores["briefgen"]) < shown:
                show_texts(cluster, texts, show)
            for method in METHODS:
                scores[method].append(score(cluster.summary, texts[method], scorer))
        found[part] = {
            method: {m: statistics.fmean(s[m] for s in rows) for m in MEASURES} | {"n": len(rows)}
            for method, rows in scores.items()
            if rows
        }
    show_table(found, show)
    return found


def show_texts(cluster: Cluster, texts: dict[str, str], show: Callable[[str], None]) -> None:
    show(f"== {cluster.name}\n  summary: {cluster.summary}")
    for method in ("briefgen", "lexrank"):
        show(f"  {method}: {texts[method]}")


def show_table(found: dict[str, dict[str, dict[str, float]]], show: Callable[[str], None]) -> None:
    show("Bottom line: ROUGE F1 against the AllSides editors' summaries, at their length")
    show(f"  {'part':<9} {'method':<12} {'clusters':>8} {'R-1':>6} {'R-2':>6} {'R-L':>6}")
    for part, methods in found.items():
        for method, row in methods.items():
            show(
                f"  {part:<9} {method:<12} {int(row['n']):>8} {row['rouge1']:>6.3f} "
                f"{row['rouge2']:>6.3f} {row['rougeL']:>6.3f}"
            )


def run_bluf(cache: Cache | None, show_sweep: bool, limit: int | None = None) -> dict[str, Any]:
    """The `bluf` part of benchmarks/synthesis.py (`show_sweep` unused: nothing to sweep)."""
    return run_bluf_parts(allsides_clusters(limit=limit), cache)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("develop", "report"), help="default: both")
    parser.add_argument("--limit", type=int, metavar="N", help="the first N clusters per part")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print N clusters' texts")
    args = parser.parse_args(argv)
    parts = allsides_clusters(limit=args.limit)
    chosen = {part: found for part, found in parts.items() if args.split in (None, part)}
    run_bluf_parts(chosen, Cache(), shown=args.show)


if __name__ == "__main__":
    main()
