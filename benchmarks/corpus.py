"""Gold-annotated corpora for benchmarks: the MEANTIME clusters, read and parsed the way
briefgen reads articles, and TimeBank (../shared/corpus/timebank), parsed from its gold text."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.extract import ParsedArticle  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "meantime"
TIMEBANK = ROOT.parent / "shared" / "corpus" / "timebank"


def load_corpus() -> dict[str, tuple[list[dict[str, Any]], list[ParsedArticle]]]:
    """Each cluster's gold records and parsed articles (source ids s1, s2, ... in file order),
    anchored to their publication dates."""
    from briefgen.ingest.text import read_text
    from briefgen.model import Source
    from briefgen.nlp import load_pipeline, parse

    nlp = load_pipeline()
    clusters = {}
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines()]
        read = [read_text(folder / record["file"]) for record in gold]
        docs = parse(nlp, [article.text for article in read])
        articles = []
        for number, (article, doc) in enumerate(zip(read, docs, strict=True), start=1):
            if article.published is None:
                raise ValueError(f"{article.path}: corpus articles carry their publication date")
            source = Source(id=f"s{number}", **article.model_dump())
            articles.append(ParsedArticle(source, doc, article.published, assumed=False))
        clusters[folder.name] = (gold, articles)
    return clusters


def load_timebank(
    part: str, limit: int | None = None, root: Path = TIMEBANK
) -> tuple[list[dict[str, Any]], list[ParsedArticle]]:
    """A TimeBank part's ("timebank" or "aquaint") first `limit` gold records and their
    parsed articles, anchored to their creation dates (the DCT).

    The article is the record's `text`, the string the gold offsets point into: briefgen's
    ingest would clean some datelines off and shift them."""
    import datetime as dt

    from briefgen.model import Source
    from briefgen.nlp import load_pipeline, parse

    lines = (root / part / "gold.jsonl").read_text().splitlines()
    gold = [json.loads(line) for line in lines[:limit]]
    docs = parse(load_pipeline(), [record["text"] for record in gold])
    articles = []
    for number, (record, doc) in enumerate(zip(gold, docs, strict=True), start=1):
        published = dt.date.fromisoformat(record["date"])
        source = Source(
            id=f"s{number}", path=record["file"], title=record["title"] or record["doc"],
            published=published, text=record["text"],
        )  # fmt: skip
        articles.append(ParsedArticle(source, doc, published, assumed=False))
    return gold, articles
