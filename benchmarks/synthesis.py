"""Synthesis: how well multi-article briefs are put together (issue 18), one part per figure.

Part `stories` (briefgen/extract/stories.py): AllSides clusters (../shared/corpus/allsides, one
story each: 2-3 outlets' leads) are mixed 5 to 15 stories at a time, `MIXES` deterministic
random mixes per corpus part (DEVELOP: clusters whose folder name sorts in the first half;
REPORT: the second half), and each mix's articles are grouped into stories; then the same with
1 to 3 of each story's leads (a story may have one article). Printed per part:
mean adjusted Rand index and cluster purity against the true clusters, beside baselines from the
same mixes: everything one story; plain TF-IDF cosine (scikit-learn's TfidfVectorizer with
English stop words over title and body) cut at a fixed distance of 0.5; and k-means on those
TF-IDF vectors given the true number of stories (an oracle: briefgen is never told it). Then
every T17 and MEANTIME cluster is grouped alone: each is one story (real story clusters span
months and outlets), so the figure is the share of clusters split into more than one story
and the share of articles outside each cluster's largest story.

Part `bluf` (benchmarks/synthesis_bluf.py): the bottom line's ROUGE-1/2/L F1 against the
AllSides editors' summaries, beside Lead and LexRank on the same clusters.

Part `timeline` (benchmarks/synthesis_timeline.py): date-selection F1 of the timeline events
a brief's document shows, against the outlets' own timelines of the T17 clusters, beside the
"k days with most articles published" baseline.

The grouping function is called directly on the articles' parses (from the user cache, parsed
and cached on first use as `briefgen` does), not through a whole brief: stories read only each
article's own parse, so this gives the same stories as `run_pipeline` at a fraction of the time.

Run: .venv/bin/python benchmarks/synthesis.py                 (every part)
     .venv/bin/python benchmarks/synthesis.py --sweep         (the DEVELOP grid of the thresholds)
     .venv/bin/python benchmarks/synthesis.py --part timeline
     .venv/bin/python benchmarks/synthesis.py --json synthesis.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.shared_corpus import SHARED, folders, read_folder  # noqa: E402
from benchmarks.synthesis_bluf import run_bluf  # noqa: E402
from benchmarks.synthesis_timeline import run_timeline  # noqa: E402
from briefgen.cache import Cache  # noqa: E402
from briefgen.model import Article  # noqa: E402

MIXES = 40  # mixes per corpus part
SMALLEST_MIX, LARGEST_MIX = 5, 15  # stories per mix
SEED = 18  # the mixes are the same on every run
BASELINE_DISTANCE = 0.5  # the plain TF-IDF baseline's fixed cut
SWEEP_CLEAR = (0.14, 0.16, 0.18, 0.22)  # silhouette from which a split is kept
SWEEP_ALIKE = (0.06, 0.08, 0.10, 0.12, 0.14)  # word similarity from which parts are joined
SOME_DAY = dt.date(2021, 1, 1)  # an anchor for relative dates, which stories never read
REPO_MEANTIME = ROOT / "tests" / "data" / "meantime"
# Single-story clusters: T17 develop clusters (as in the issue-17 split) and MEANTIME (in repo).
T17_DEVELOP = ("t17_bpoil_", "t17_MJ_bbc")

Cluster = tuple[str, list[Article]]  # (folder name, its articles)
Labels = list[int]


@dataclass(frozen=True)
class Scores:
    """Mean adjusted Rand index and purity of one method over a part's mixes."""

    method: str
    ari: float
    purity: float


@dataclass(frozen=True)
class Whole:
    """One single-story cluster grouped alone: how many stories it fell into."""

    cluster: str
    part: str
    articles: int
    stories: int
    outside: int  # articles outside its largest story


def purity(truth: Labels, found: Labels) -> float:
    """The share of articles in the true story most common in their found story."""
    overlap = Counter(zip(found, truth, strict=True))
    best: dict[int, int] = {}
    for (story, _), n in overlap.items():
        best[story] = max(best.get(story, 0), n)
    return sum(best.values()) / len(truth)


def allsides_parts(root: Path = SHARED) -> dict[str, list[Cluster]]:
    """AllSides clusters by part: DEVELOP the first half of the folder names, REPORT the rest."""
    clusters = [(folder.name, read_folder(folder)[0]) for folder in folders("allsides", root)]
    half = len(clusters) // 2
    return {"develop": clusters[:half], "report": clusters[half:]}


def mixes(
    clusters: Sequence[Cluster], count: int = MIXES, ragged: bool = False
) -> list[tuple[list[Article], Labels]]:
    """`count` deterministic mixes of 5 to 15 clusters: the articles shuffled, with each
    article's true story. `ragged` takes 1 to all of each cluster's leads (a story may then
    have one article), else all of them."""
    rng = random.Random(SEED)
    made = []
    for _ in range(count):
        chosen = rng.sample(range(len(clusters)), rng.randint(SMALLEST_MIX, LARGEST_MIX))
        leads = [clusters[i][1] for i in chosen]
        if ragged:
            leads = [articles[: rng.randint(1, len(articles))] for articles in leads]
        pairs = [(article, n) for n, articles in enumerate(leads) for article in articles]
        rng.shuffle(pairs)
        made.append(([a for a, _ in pairs], [n for _, n in pairs]))
    return made


class Bags:
    """Each article's bag of topic words (what stories compare), from its cached parse."""

    def __init__(self, cache: Cache | None) -> None:
        self.cache = cache
        self.known: dict[tuple[str, str], Counter[str]] = {}

    def of(self, articles: Sequence[Article]) -> list[Counter[str]]:
        missing = [a for a in articles if (a.path, a.text) not in self.known]
        if missing:
            for article, bag in zip(missing, self._compute(missing), strict=True):
                self.known[article.path, article.text] = bag
        return [self.known[a.path, a.text] for a in articles]

    def _compute(self, articles: Sequence[Article]) -> list[Counter[str]]:
        # The pipeline's own parse step (cache keys and all), so parses are shared with briefgen.
        from briefgen.extract import ParsedArticle
        from briefgen.extract.stories import article_terms
        from briefgen.nlp import DEFAULT_MODEL, pipeline_meta
        from briefgen.pipeline import _parse, _sources

        sources = _sources(articles)
        meta = pipeline_meta(DEFAULT_MODEL)
        docs, _ = _parse(DEFAULT_MODEL, meta, [s.text for s in sources], self.cache, 1, None)
        return [
            article_terms(ParsedArticle(source, doc, source.published or SOME_DAY, False))
            for source, doc in zip(sources, docs, strict=True)
        ]


def briefgen_labels(
    bags: Bags, clear: float | None = None, alike: float | None = None
) -> Callable[[list[Article]], Labels]:
    """briefgen's grouping, optionally with other thresholds (for the sweep)."""
    from briefgen.extract.stories import ALIKE, CLEAR_SPLIT, group

    def run(articles: list[Article]) -> Labels:
        found = group(
            bags.of(articles),
            CLEAR_SPLIT if clear is None else clear,
            ALIKE if alike is None else alike,
        )
        return found.labels

    return run


def one_story(articles: list[Article]) -> Labels:
    """Baseline: every article in one story."""
    return [0] * len(articles)


def _tfidf(articles: list[Article]) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{a.title}\n{a.text}" for a in articles]
    return TfidfVectorizer(stop_words="english").fit_transform(texts)


def plain_tfidf(articles: list[Article]) -> Labels:
    """Baseline: TF-IDF cosine, average linkage cut at a fixed distance of 0.5."""
    from sklearn.cluster import AgglomerativeClustering

    if len(articles) < 2:
        return [0] * len(articles)
    vectors = _tfidf(articles)
    model = AgglomerativeClustering(
        n_clusters=None,
        distance_threshold=BASELINE_DISTANCE,
        metric="cosine",
        linkage="average",
    )
    return [int(label) for label in model.fit_predict(vectors.toarray())]


def kmeans_oracle(k: int) -> Callable[[list[Article]], Labels]:
    """Oracle baseline: k-means on TF-IDF vectors, told the true number of stories."""

    def run(articles: list[Article]) -> Labels:
        from sklearn.cluster import KMeans

        model = KMeans(n_clusters=k, n_init=10, random_state=SEED)
        return [int(x) for x in model.fit_predict(_tfidf(articles))]

    return run


def score_mixes(
    method: str,
    made: Sequence[tuple[list[Article], Labels]],
    group: Callable[[list[Article], Labels], Labels],
) -> Scores:
    """Mean ARI and purity of one grouping over the mixes."""
    from sklearn.metrics import adjusted_rand_score

    aris, purities = [], []
    for articles, truth in made:
        found = group(articles, truth)
        aris.append(adjusted_rand_score(truth, found))
        purities.append(purity(truth, found))
    return Scores(method, sum(aris) / len(aris), sum(purities) / len(purities))


def stories_mixed(parts: dict[str, list[Cluster]], bags: Bags) -> dict[str, list[Scores]]:
    """Every method's scores on each part's mixes."""
    ours = briefgen_labels(bags)
    methods: dict[str, Callable[[list[Article], Labels], Labels]] = {
        "briefgen": _ignoring_truth(ours),
        "one story": lambda articles, _: one_story(articles),
        f"tf-idf cut {BASELINE_DISTANCE}": lambda articles, _: plain_tfidf(articles),
        "k-means, true k (oracle)": lambda a, truth: kmeans_oracle(len(set(truth)))(a),
    }
    found = {}
    for ragged in (False, True):
        for part, clusters in parts.items():
            made = mixes(clusters, ragged=ragged)
            label = f"{part}, 1-3 leads" if ragged else part
            found[label] = [score_mixes(name, made, run) for name, run in methods.items()]
    return found


def single_clusters(root: Path = SHARED) -> list[tuple[str, Cluster]]:
    """(part, cluster) for every T17 cluster and the repo's MEANTIME clusters."""
    found = []
    for folder in folders("t17", root):
        part = "develop" if folder.name.startswith(T17_DEVELOP) else "report"
        found.append((part, (f"t17/{folder.name}", read_folder(folder)[0])))
    for folder in sorted(p for p in REPO_MEANTIME.iterdir() if (p / "docs").is_dir()):
        found.append(("develop", (f"meantime/{folder.name}", read_folder(folder)[0])))
    return found


def stories_whole(
    clusters: Sequence[tuple[str, Cluster]], group: Callable[[list[Article]], Labels]
) -> list[Whole]:
    """Each single-story cluster grouped alone."""
    rows = []
    for part, (name, articles) in clusters:
        labels = group(articles)
        largest = Counter(labels).most_common(1)[0][1]
        rows.append(Whole(name, part, len(articles), len(set(labels)), len(articles) - largest))
    return rows


def print_mixed(found: dict[str, list[Scores]]) -> None:
    print(
        f"Stories: AllSides mixes of {SMALLEST_MIX}-{LARGEST_MIX} stories, {MIXES} per part"
        " (all of each story's leads; then 1 to 3 of them)"
    )
    print(f"  {'part':<18} {'method':<26} {'ARI':>6} {'purity':>7}")
    for part, rows in found.items():
        for row in rows:
            print(f"  {part:<18} {row.method:<26} {row.ari:>6.3f} {row.purity:>7.3f}")


def print_whole(rows: Sequence[Whole]) -> None:
    print("Stories: single-story clusters (T17, MEANTIME) grouped alone")
    for row in rows:
        print(
            f"  {row.part:<8} {row.cluster:<32} {row.articles:>3} articles -> {row.stories:>2} "
            f"stories, {row.outside:>2} outside the largest"
        )
    for part in ("develop", "report"):
        chosen = [r for r in rows if r.part == part]
        if chosen:
            split = sum(r.stories > 1 for r in chosen)
            outside = sum(r.outside for r in chosen) / sum(r.articles for r in chosen)
            print(
                f"  {part}: {split} of {len(chosen)} clusters split; "
                f"{outside:.1%} of articles outside their cluster's largest story"
            )


def _ignoring_truth(
    group: Callable[[list[Article]], Labels],
) -> Callable[[list[Article], Labels], Labels]:
    return lambda articles, _: group(articles)


def meantime_mixed() -> tuple[list[Article], Labels]:
    """The repo's three MEANTIME clusters in one folder (the quality gate's case)."""
    clusters = [c for part, c in single_clusters() if c[0].startswith("meantime/")]
    return (
        [a for _, articles in clusters for a in articles],
        [n for n, (_, articles) in enumerate(clusters) for _ in articles],
    )


def sweep(parts: dict[str, list[Cluster]], bags: Bags) -> list[dict[str, float]]:
    """The DEVELOP grid of both thresholds (never REPORT): ARI of the mixes, single-story
    clusters kept whole, and ARI of the three MEANTIME clusters mixed."""
    from sklearn.metrics import adjusted_rand_score

    made = mixes(parts["develop"])
    singles = [c for c in single_clusters() if c[0] == "develop"]
    mixed, truth = meantime_mixed()
    curve = []
    for clear in SWEEP_CLEAR:
        for alike in SWEEP_ALIKE:
            group = briefgen_labels(bags, clear, alike)
            scores = score_mixes("briefgen", made, _ignoring_truth(group))
            whole = stories_whole(singles, group)
            kept = sum(r.stories == 1 for r in whole)
            meantime = adjusted_rand_score(truth, group(mixed))
            curve.append(
                {
                    "clear": clear,
                    "alike": alike,
                    "ari": scores.ari,
                    "purity": scores.purity,
                    "whole": kept,
                    "clusters": len(whole),
                    "meantime_mixed_ari": meantime,
                }
            )
            print(
                f"  clear {clear:.2f} alike {alike:.2f}: mixes ARI {scores.ari:.3f}, purity "
                f"{scores.purity:.3f}; {kept} of {len(whole)} single-story clusters whole; "
                f"MEANTIME mixed ARI {meantime:.3f}"
            )
    return curve


def run_stories(cache: Cache | None, show_sweep: bool) -> dict[str, Any]:
    """The stories part: mixed AllSides figures per part, then single-story clusters."""
    bags = Bags(cache)
    parts = allsides_parts()
    result: dict[str, Any] = {}
    if show_sweep:
        print("Stories: DEVELOP sweep of the thresholds")
        result["sweep"] = sweep(parts, bags)
    mixed = stories_mixed(parts, bags)
    print_mixed(mixed)
    whole = stories_whole(single_clusters(), briefgen_labels(bags))
    print_whole(whole)
    result["mixed"] = {part: [asdict(s) for s in rows] for part, rows in mixed.items()}
    result["whole"] = [asdict(row) for row in whole]
    return result


# Parts of the benchmark, in report order.
PARTS: dict[str, Callable[[Cache | None, bool], dict[str, Any]]] = {
    "stories": run_stories,
    "bluf": run_bluf,  # benchmarks/synthesis_bluf.py
    "timeline": run_timeline,  # benchmarks/synthesis_timeline.py
}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", action="append", choices=list(PARTS), help="default: all")
    parser.add_argument("--sweep", action="store_true", help="also print the DEVELOP curve")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures")
    parser.add_argument("--no-cache", action="store_true", help="parse every article afresh")
    args = parser.parse_args(argv)
    cache = None if args.no_cache else Cache()
    start = time.perf_counter()
    found = {name: PARTS[name](cache, args.sweep) for name in args.part or PARTS}
    print(f"run time {time.perf_counter() - start:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(found, indent=2) + "\n")


if __name__ == "__main__":
    main()
