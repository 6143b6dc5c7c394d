"""Quotes and speakers on PolNeAR (../shared/corpus/polnear): 924 US political articles of
seven outlets with every attribution annotated, the source as written included.

Develop on `train`, report on `dev`. Scored, per part, for briefgen and for textacy's
`direct_quotations` on the same articles in the same run:
- direct quotes: a gold attribution whose content is wholly in quote marks (`direct`) is
  found when a quote's evidence overlaps it by at least half of the shorter span. A found
  quote that overlaps a non-direct attribution whose content holds quote marks is a partial
  quote (PolNeAR annotates those as paraphrase with quoted words): neither right nor wrong for
  precision, like the hand-annotated set's `not_quotes`;
- speaker accuracy over matched direct quotes whose gold source is not a bare pronoun: right
  when the head word of the gold source phrase ("a spokesman for Disney" -> "spokesman",
  "Sen. Ted Cruz (R-Texas)" -> "cruz") is a word of the quote's `speaker` or `source_text`;
- indirect attributions (briefgen's `indirect` quotes against gold non-direct attributions
  with a speech cue): precision and recall by the same overlap.

PolNeAR's annotators stopped part way through some articles: most false positives on `train`
lie after an article's last annotated attribution. So each system is scored twice, on the
whole text and on the annotated part only (`annotated_only`: a found quote that starts after
the end of the article's last gold attribution, direct or not, is not scored), the same way
for briefgen and textacy.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.offsets import Offsets
from benchmarks.scoring import f1, share
from benchmarks.shared_corpus import SHARED

POLNEAR = SHARED / "polnear"
MIN_OVERLAP = 0.5
# Bare pronouns as a gold source: speaker accuracy leaves them out (the measure).
PRONOUNS = frozenset({"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they"})
_QUOTE_MARKS = re.compile(r"[\"“”«»]|''|``")
_HEAD_END = re.compile(r",|\(|\s(?:of|for|who|which|from|at|in|on|with|and|to)\s", re.I)
_WORD = re.compile(r"[\w’'-]+")
SOME_DAY = dt.date(2016, 1, 1)


@dataclass(frozen=True)
class Found:
    """A quote a system found: span, kind, the speaker as an actor and as written."""

    start: int
    end: int
    kind: str  # direct, partial or indirect
    speaker: str | None
    source_text: str | None = None
    why: tuple[str, ...] = ()  # the rules that found it and its speaker (briefgen's only)


@dataclass
class Tally:
    """Counts over a part's articles."""

    gold: int = 0  # gold direct quotes
    found: int = 0  # found quotes scored for precision (partials set aside)
    matched_found: int = 0  # of those, the ones on a gold direct quote
    matched: int = 0  # gold direct quotes found
    speaker_scored: int = 0  # matched, gold source not a bare pronoun
    speaker_right: int = 0
    indirect_gold: int = 0
    indirect_found: int = 0
    indirect_matched_gold: int = 0
    indirect_matched_found: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)  # wrong speakers, for reading

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            if name != "misses":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses

    def line(self, name: str) -> str:
        p, r = share(self.matched_found, self.found), share(self.matched, self.gold)
        acc = share(self.speaker_right, self.speaker_scored)
        ip = share(self.indirect_matched_found, self.indirect_found)
        ir = share(self.indirect_matched_gold, self.indirect_gold)
        return (
            f"{name:28} direct P {p:.3f} R {r:.3f} F1 {f1(p, r):.3f} ({self.matched}/{self.gold}); "
            f"speaker {acc:.3f} ({self.speaker_right}/{self.speaker_scored}); "
            f"indirect P {ip:.3f} R {ir:.3f}"
        )


def load_part(part: str, limit: int | None = None, first: int = 0) -> list[dict[str, Any]]:
    """The part's articles (text as briefgen reads it) with their gold attributions, whose
    offsets are moved onto that text: ingest removes datelines, tweets and page furniture, so
    offsets after a removal shift (an attribution inside removed text is dropped). `first`
    skips that many articles: a subset the rules were not developed on."""
    from briefgen.ingest.text import read_text

    root = POLNEAR / part
    records = [json.loads(line) for line in (root / "gold.jsonl").read_text().splitlines()]
    documents = []
    for record in records[first : None if limit is None else first + limit]:
        text = read_text(root / record["file"]).text
        moved = Offsets(record["text"], text)
        quotes = [q for q in (_moved(moved, q) for q in record["quotes"]) if q is not None]
        documents.append({**record, "text": text, "quotes": quotes})
    return documents


def _moved(offsets: Offsets, quote: dict[str, Any]) -> dict[str, Any] | None:
    """A gold attribution with its offsets on the text briefgen read (None: it was removed)."""
    spans = []
    for start, end in _spans(quote):
        moved = offsets.at(start), offsets.at(end, end=True)
        if moved[0] is not None and moved[1] is not None:
            spans.append(moved)
    if not spans:
        return None
    speaker = (quote.get("speaker_start"), quote.get("speaker_end"))
    return {
        **quote,
        "start": spans[0][0],
        "end": spans[-1][1],
        "spans": spans,
        "speaker_start": offsets.at(speaker[0]) if speaker[0] is not None else None,
        "speaker_end": offsets.at(speaker[1], end=True) if speaker[1] is not None else None,
    }


def head_word(source: str) -> str:
    """The head of a source phrase as written: its last word before a comma, bracket or a
    following "of", "for", "who" ... ("a spokesman for Disney" -> "spokesman")."""
    phrase = _HEAD_END.split(source, maxsplit=1)[0]
    words = _WORD.findall(phrase)
    return re.sub(r"['’]s?$", "", words[-1]).lower() if words else ""


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return max(shared, 0) / max(min(a[1] - a[0], b[1] - b[0]), 1)


def _spans(quote: dict[str, Any]) -> list[tuple[int, int]]:
    return [tuple(s) for s in quote.get("spans") or [(quote["start"], quote["end"])]]


def _hits(found: Found, quote: dict[str, Any]) -> bool:
    return any(_overlap((found.start, found.end), s) >= MIN_OVERLAP for s in _spans(quote))


def _said_by(found: Found, source: str) -> bool:
    head = head_word(source)
    words = {w.lower() for w in _WORD.findall(f"{found.speaker or ''} {found.source_text or ''}")}
    return bool(head) and head in words


def annotated_end(document: dict[str, Any]) -> int:
    """Where the article's last gold attribution ends: the annotated part's end."""
    return max((q["end"] for q in document["quotes"]), default=0)


def score(
    document: dict[str, Any], found: Sequence[Found], system: str, annotated_only: bool = False
) -> Tally:
    """One article. A found quote is right when it overlaps a gold direct attribution (a
    quote split around its cue is one attribution of several spans, so each part found is
    right); a gold attribution is found when a quote overlaps it, and its speaker is judged
    on the first such quote. `annotated_only`: quotes starting after the last gold
    attribution are not scored."""
    tally = Tally()
    if annotated_only:
        end = annotated_end(document)
        found = [f for f in found if f.start < end]
    direct = [q for q in document["quotes"] if q["direct"]]
    quoted_paraphrase = [
        q for q in document["quotes"] if not q["direct"] and _QUOTE_MARKS.search(q["text"])
    ]
    quoted = [f for f in found if f.kind != "indirect"]
    for item in quoted:
        if any(_hits(item, q) for q in direct):
            tally.found += 1
            tally.matched_found += 1
        elif not any(_hits(item, q) for q in quoted_paraphrase):
            tally.found += 1
            tally.misses.append(_false_positive(document, item, system))
    tally.gold = len(direct)
    for quote in direct:
        hit = next((f for f in quoted if _hits(f, quote)), None)
        if hit is None:
            continue
        tally.matched += 1
        source = quote["speaker_text"] or ""
        if not source or source.lower() in PRONOUNS:
            continue
        tally.speaker_scored += 1
        if _said_by(hit, source):
            tally.speaker_right += 1
        else:
            tally.misses.append(_miss(document, quote, hit, system))
    indirect = [q for q in document["quotes"] if not q["direct"]]
    said = [f for f in found if f.kind == "indirect"]
    tally.indirect_gold, tally.indirect_found = len(indirect), len(said)
    tally.indirect_matched_gold = sum(1 for q in indirect if any(_hits(f, q) for f in said))
    tally.indirect_matched_found = sum(1 for f in said if any(_hits(f, q) for q in indirect))
    return tally


def _miss(
    document: dict[str, Any], quote: dict[str, Any], item: Found, system: str
) -> dict[str, Any]:
    text = document["text"]
    start = max(0, min(quote["start"], quote.get("speaker_start") or quote["start"]) - 60)
    end = max(quote["end"], quote.get("speaker_end") or 0) + 60
    return {
        "system": system,
        "doc": document["doc"],
        "gold": quote["speaker_text"],
        "speaker": item.speaker,
        "source_text": item.source_text,
        "context": " ".join(text[start:end].split()),
    }


def _false_positive(document: dict[str, Any], item: Found, system: str) -> dict[str, Any]:
    """A found quote on no gold attribution, with its context, for reading."""
    text = document["text"]
    context = text[max(0, item.start - 80) : item.end + 80]
    return {
        "system": system,
        "doc": document["doc"],
        "after_annotated": item.start >= annotated_end(document),
        "false_positive": text[item.start : item.end],
        "context": " ".join(context.split()),
    }


def ours(documents: Sequence[dict[str, Any]]) -> Iterator[list[Found]]:
    """briefgen's quotes in each article, briefed on its own (parses from the user cache)."""
    from briefgen.cache import Cache
    from briefgen.extract import ParsedArticle
    from briefgen.extract.actors import extract_actors
    from briefgen.extract.quotes import extract_quotes
    from briefgen.model import Article
    from briefgen.nlp import DEFAULT_MODEL, pipeline_meta
    from briefgen.pipeline import _parse, _sources

    articles = [
        Article(path=d["file"], title=d.get("title") or "", text=d["text"]) for d in documents
    ]
    sources = _sources(articles)
    meta = pipeline_meta(DEFAULT_MODEL)
    docs, _ = _parse(DEFAULT_MODEL, meta, [s.text for s in sources], Cache(), 1, None)
    for source, doc in zip(sources, docs, strict=True):
        article = ParsedArticle(source, doc, SOME_DAY, False)
        quotes = extract_quotes(article, extract_actors([article]))
        yield [
            Found(
                q.evidence.start,
                q.evidence.end,
                q.kind,
                q.speaker,
                getattr(q, "source_text", None),
                tuple(q.why),
            )
            for q in quotes
        ]


def textacy_found(raw: Sequence[Sequence[Any]] | None) -> list[Found] | None:
    """textacy's quotes of one article as `Found` (speaker as written); None: it raised."""
    if raw is None:
        return None
    return [Found(start, end, "direct", None, speaker) for start, end, speaker in raw]


def evaluate(
    documents: Sequence[dict[str, Any]],
    found: Sequence[Sequence[Found] | None],
    system: str,
    annotated_only: bool = False,
) -> Tally:
    """Totals over a part; an article a system lost scores its gold quotes as missed."""
    total = Tally()
    for document, items in zip(documents, found, strict=True):
        total.add(score(document, items or [], system, annotated_only))
    return total


def write_misses(path: Path, tallies: Sequence[Tally]) -> None:
    """The wrong speakers and false positives, one JSON line each (read them on `train`
    only)."""
    with path.open("w", encoding="utf-8") as out:
        for tally in tallies:
            for miss in tally.misses:
                out.write(json.dumps(miss, ensure_ascii=False) + "\n")
