"""Actors across articles on ECB+ (../shared/corpus/ecbplus): 66 clusters of news on one
event each, entity mentions linked within and across articles.

Each cluster is one brief. Scored per split of the gold (`train`: develop, `dev`: report),
for briefgen's actor cards and for raw spaCy entities grouped by exact text, in one run:
- gold mentions: mentions of human-participant chains (`HUM`: people, organisations,
  governments) inside the annotated sentences (`scope`) that hold a proper noun in briefgen's
  parse (a card's evidence is a name; "the actress" or "who" cannot be one);
- a gold mention is covered by the card whose evidence overlaps it most (overlap over the
  shorter span at least a half); mention recall is the share covered;
- B-cubed precision, recall and F1 of the cards against the gold chains, over covered
  mentions;
- cross-document pairwise precision and recall: pairs of covered mentions in different
  articles, linked when on one card, right when on one chain.

A second reading leaves out the gold mentions of news outlets and platforms only cited as
channels ("told the AP", "according to the Los Angeles Times"): ECB+ counts them as
participants, the brief keeps them off the actor list by design (`cards.channel_only`; no
other list of the brief holds them). A mention is such a channel when briefgen's own outlet
test (`channels.is_outlet`) takes its span and it does not act beyond passing on what was
said (`channels.acts_beyond_channel`). Both readings are printed, for briefgen and for the
baseline, on the same gold.

Only `HUM` chains count: ECB+ also annotates places (`LOC`), times (`TIM`) and non-human
participants (`NON`: products, weapons, vehicles), which the issue says are no actors.

`--missed` (train only: the report split is never read item by item) lists the gold mentions
raw spaCy covers and briefgen does not, grouped by why (see `missed_reason`).

Run: PYTHONPATH=. .venv/bin/python -m benchmarks.actors_ecb [--split train] [--limit N]
[--missed]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from benchmarks.offsets import Offsets
from benchmarks.scoring import f1, share
from benchmarks.shared_corpus import SHARED

ECB = SHARED / "ecbplus"
RAW_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
MIN_OVERLAP = 0.5
COUNTED = "HUM"

Span = tuple[str, int, int]  # (source id, start, end)
Mention = tuple[Span, str]  # a gold mention and its chain


@dataclass
class Tally:
    """Sums over a split's clusters (B-cubed as sums of per-mention scores)."""

    mentions: int = 0
    covered: int = 0
    b3_precision: float = 0.0
    b3_recall: float = 0.0
    pairs_found: int = 0
    pairs_gold: int = 0
    pairs_right: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self, name: str) -> str:
        recall = share(self.covered, self.mentions)
        p, r = share(self.b3_precision, self.covered), share(self.b3_recall, self.covered)
        pp, pr = share(self.pairs_right, self.pairs_found), share(self.pairs_right, self.pairs_gold)
        return (
            f"{name:32} mention recall {recall:.3f} ({self.covered}/{self.mentions}); "
            f"B3 P {p:.3f} R {r:.3f} F1 {f1(p, r):.3f}; "
            f"cross-doc pairs P {pp:.3f} R {pr:.3f} F1 {f1(pp, pr):.3f}"
        )


def clusters(split: str, limit: int | None = None) -> dict[str, list[dict[str, Any]]]:
    """The split's clusters (at most `limit`), each its gold records in file order."""
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in (ECB / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["split"] == split:
            found[record["cluster"]].append(record)
    names = sorted(found)[:limit]
    return {name: found[name] for name in names}


def score(cards: Sequence[frozenset[Span]], gold: Sequence[Mention]) -> Tally:
    """One cluster: cover each gold mention by a card, then B-cubed and cross-doc pairs."""
    card_of: dict[int, int] = {}
    for index, (span, _chain) in enumerate(gold):
        best = max(
            ((_overlap(span, e), n) for n, card in enumerate(cards) for e in card),
            default=(0.0, -1),
        )
        if best[0] >= MIN_OVERLAP:
            card_of[index] = best[1]
    tally = Tally(mentions=len(gold), covered=len(card_of))
    covered = list(card_of)
    for i in covered:
        same_card = {j for j in covered if card_of[j] == card_of[i]}
        same_chain = {j for j in covered if gold[j][1] == gold[i][1]}
        shared = len(same_card & same_chain)
        tally.b3_precision += shared / len(same_card)
        tally.b3_recall += shared / len(same_chain)
    for a, i in enumerate(covered):
        for j in covered[a + 1 :]:
            if gold[i][0][0] == gold[j][0][0]:
                continue  # the same article: not a cross-document pair
            linked, right = card_of[i] == card_of[j], gold[i][1] == gold[j][1]
            tally.pairs_found += linked
            tally.pairs_gold += right
            tally.pairs_right += linked and right
    return tally


def _overlap(a: Span, b: Span) -> float:
    if a[0] != b[0]:
        return 0.0
    shared = min(a[2], b[2]) - max(a[1], b[1])
    return max(shared, 0) / max(min(a[2] - a[1], b[2] - b[1]), 1)


def gold_mentions(records: Sequence[dict[str, Any]], parsed: Sequence[Any]) -> list[Mention]:
    """The counted gold mentions of a cluster, on the text briefgen read."""
    found: list[Mention] = []
    for record, article in zip(records, parsed, strict=True):
        moved = Offsets(record["text"], article.source.text)
        scope = [_moved(moved, s, e) for s, e in record["scope"]]
        for entity in record["entities"]:
            if entity["type"] != COUNTED:
                continue
            for start, end in entity["mentions"]:
                span = _moved(moved, start, end)
                if span is None or not _inside(span, scope):
                    continue
                if _named(article.doc, *span):
                    found.append(((article.source.id, *span), entity["id"]))
    return found


def _moved(offsets: Offsets, start: int, end: int) -> tuple[int, int] | None:
    first, last = offsets.at(start), offsets.at(end, end=True)
    return (first, last) if first is not None and last is not None else None


def _inside(span: tuple[int, int], scope: Iterable[tuple[int, int] | None]) -> bool:
    return any(s is not None and s[0] <= span[0] and span[1] <= s[1] for s in scope)


def _named(doc: Any, start: int, end: int) -> bool:
    piece = doc.char_span(start, end, alignment_mode="expand")
    return piece is not None and any(token.pos_ == "PROPN" for token in piece)


def channels(gold: Sequence[Mention], parsed: Sequence[Any]) -> set[int]:
    """The indices of gold mentions that are outlets only cited as channels (see the
    module docstring)."""
    from briefgen.extract.channels import acts_beyond_channel, is_outlet
    from briefgen.extract.spans import clean_name

    docs = {article.source.id: article.doc for article in parsed}
    found = set()
    for index, ((source, start, end), _chain) in enumerate(gold):
        piece = docs[source].char_span(start, end, alignment_mode="expand")
        if piece is None or not len(piece):
            continue
        if is_outlet(piece, clean_name(piece.text)) and not acts_beyond_channel(piece.root):
            found.add(index)
    return found


def raw_cards(parsed: Sequence[Any]) -> list[frozenset[Span]]:
    """The baseline: spaCy's actor-like entities, one card per exact text in the cluster."""
    cards: dict[str, set[Span]] = defaultdict(set)
    for article in parsed:
        for ent in article.doc.ents:
            if ent.label_ in RAW_LABELS:
                cards[ent.text].add((article.source.id, ent.start_char, ent.end_char))
    return [frozenset(spans) for spans in cards.values()]


def briefgen_cards(parsed: Sequence[Any]) -> list[frozenset[Span]]:
    """briefgen's actor cards for the cluster as one brief, as their evidence."""
    from briefgen.extract.actors import extract_actors

    index = extract_actors(parsed)
    return [frozenset((e.source, e.start, e.end) for e in a.evidence) for a in index.actors]


def parse(records: Sequence[dict[str, Any]]) -> list[Any]:
    """A cluster's articles read as briefgen reads them and parsed (user cache)."""
    import datetime as dt

    from briefgen.cache import Cache
    from briefgen.extract import ParsedArticle
    from briefgen.ingest.text import read_text
    from briefgen.nlp import DEFAULT_MODEL, pipeline_meta
    from briefgen.pipeline import _parse, _sources

    articles = [read_text(ECB / record["file"]) for record in records]
    sources = _sources(articles)
    meta = pipeline_meta(DEFAULT_MODEL)
    docs, _ = _parse(DEFAULT_MODEL, meta, [s.text for s in sources], Cache(), 1, None)
    someday = dt.date(2010, 1, 1)
    return [
        ParsedArticle(source, doc, source.published or someday, source.published is None)
        for source, doc in zip(sources, docs, strict=True)
    ]


def covering(span: Span, cards: Sequence[frozenset[Span]]) -> float:
    """How much the card evidence overlapping a span most overlaps it."""
    return max((_overlap(span, e) for card in cards for e in card), default=0.0)


def missed_reason(
    span: Span, decisions: Sequence[Any], cards: Sequence[frozenset[Span]], doc: Any
) -> str:
    """Why a gold mention the baseline covers has no card of briefgen's, first match wins:
    a card's evidence that overlaps it under the threshold (span mismatch); a rule that
    dropped a name or card over it (by the rule's name); a headline; a mention whose head
    word is lower-case (a nominal the name only modifies: "the Brooklyn mother"); else no
    mention was made of it (by the model's label). A headline's mention says so first."""
    headline = "\n" not in doc.text or span[1] < doc.text.index("\n")
    return ("headline: " if headline else "") + _why_not(span, decisions, cards, doc)


def _why_not(
    span: Span, decisions: Sequence[Any], cards: Sequence[frozenset[Span]], doc: Any
) -> str:
    if covering(span, cards) > 0:
        return "span mismatch"
    for decision in decisions:
        if decision.outcome == "dropped" and any(
            _overlap(span, (e.source, e.start, e.end)) >= MIN_OVERLAP for e in decision.evidence
        ):
            return f"dropped by {decision.rule} ({decision.subject})"
    piece = doc.char_span(span[1], span[2], alignment_mode="expand")
    if piece is not None and piece.root.is_lower:
        return "lower-case nominal"
    labels = sorted({e.label_ for e in doc.ents if e.start_char < span[2] and e.end_char > span[1]})
    return "no mention made (" + "/".join(labels or ["no entity"]) + ")"


def missed(split: str = "train", limit: int | None = None) -> None:
    """The gold mentions raw spaCy covers and briefgen does not, grouped by why."""
    from briefgen.extract.rules import tracing

    if split != "train":
        raise SystemExit("--missed reads items: the develop split (train) only")
    groups: dict[str, list[str]] = defaultdict(list)
    for records in clusters(split, limit).values():
        parsed = parse(records)
        gold = gold_mentions(records, parsed)
        cited = channels(gold, parsed)
        with tracing() as trace:
            cards = briefgen_cards(parsed)
        baseline = raw_cards(parsed)
        docs = {article.source.id: article.doc for article in parsed}
        for index, (span, _chain) in enumerate(gold):
            if covering(span, baseline) < MIN_OVERLAP or covering(span, cards) >= MIN_OVERLAP:
                continue
            doc = docs[span[0]]
            why = "outlet cited as channel" if index in cited else ""
            why = why or missed_reason(span, trace.decisions, cards, doc)
            line = doc.text[max(doc.text.rfind("\n", 0, span[1]) + 1, span[1] - 60) : span[2] + 40]
            text = doc.text[span[1] : span[2]]
            groups[why].append(f"{records[0]['cluster']} {text!r}: {' '.join(line.split())}")
    for why, lines in sorted(groups.items(), key=lambda item: -len(item[1])):
        print(f"{why}: {len(lines)}")
        print("\n".join(f"    {line}" for line in lines))
    print(f"total {sum(len(lines) for lines in groups.values())}")


def run(splits: Sequence[str] = ("train", "dev"), limit: int | None = None) -> None:
    """Print each split's table: briefgen beside raw spaCy entities by exact text."""
    for split in splits:
        ours, raw, ours_actors, raw_actors = Tally(), Tally(), Tally(), Tally()
        chosen = clusters(split, limit)
        for records in chosen.values():
            parsed = parse(records)
            gold = gold_mentions(records, parsed)
            cited = channels(gold, parsed)
            actors = [mention for index, mention in enumerate(gold) if index not in cited]
            cards, baseline = briefgen_cards(parsed), raw_cards(parsed)
            ours.add(score(cards, gold))
            raw.add(score(baseline, gold))
            ours_actors.add(score(cards, actors))
            raw_actors.add(score(baseline, actors))
        print(f"ECB+ {split}: {len(chosen)} clusters")
        print(ours.line("  briefgen actor cards"))
        print(raw.line("  raw spaCy by exact text"))
        cut = ours.mentions - ours_actors.mentions
        print(f"  without the {cut} mentions of outlets only cited as channels:")
        print(ours_actors.line("  briefgen actor cards"))
        print(raw_actors.line("  raw spaCy by exact text"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("train", "dev"), action="append")
    parser.add_argument("--limit", type=int, help="the first N clusters of each split")
    parser.add_argument("--missed", action="store_true", help="list what raw spaCy covers only")
    options = parser.parse_args()
    if options.missed:
        missed("train", options.limit)
    else:
        run(options.split or ("train", "dev"), options.limit)


if __name__ == "__main__":
    main()
