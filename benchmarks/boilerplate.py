"""Boilerplate: how much page furniture is left in briefs of saved web copy, with and without
the ingest cleaner (`briefgen/ingest/boilerplate.py`).

Timeline17 (saved BBC, Guardian, Reuters, Fox News and Washington Post pages) and PolNeAR
(outlet trailers) are briefed twice in one run: as briefgen reads them (cleaned: each page,
then the lines a site repeats across the batch's pages, as `read_inputs` does), and with the
cleaner off (`boilerplate.kept()`), the baseline. In each brief, the bottom-line bullets,
timeline events, quotes and actors are checked by this benchmark's OWN detector (`DETECTOR`:
patterns written apart from the cleaner's rules, so the figure is not circular); an item
counts when its text or the sentence it comes from shows page furniture. The corpora are
split: the cleaner was developed on DEV and never tuned to REPORT.

Also printed: what the cleaner removed (characters, segments, per rule, a sample to check by
eye; every removal holding a quote mark or over SUSPECT_WORDS words, to check no lead or quote
was cut), and with `--sample N`, N bottom-line bullets and timeline events of each part
measured (cleaned), each with the sentence it comes from and marked where the detector flags
it, to hand-check.

Parses come from the user cache (`run_pipeline(..., cache=Cache())`); a first run parses the
cleaned texts that changed.

Run: .venv/bin/python benchmarks/boilerplate.py                     (both parts, ~7 min cached)
     .venv/bin/python benchmarks/boilerplate.py --part report --sample 100 --seed 11
     .venv/bin/python benchmarks/boilerplate.py --json boilerplate.json
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.shared_corpus import Batch, all_batches  # noqa: E402
from briefgen.cache import Cache  # noqa: E402
from briefgen.ingest.boilerplate import kept, strip_boilerplate  # noqa: E402
from briefgen.ingest.page_repeats import without_repeats  # noqa: E402
from briefgen.model import Brief, Evidence  # noqa: E402

# Where the cleaner was developed, and where it is reported (never tuned to).
PARTS = {
    "dev": (
        "t17/t17_bpoil_bbc",
        "t17/t17_bpoil_foxnews",
        "t17/t17_bpoil_guardian",
        "t17/t17_bpoil_reuters",
        "t17/t17_bpoil_washingtonpost",
        "t17/t17_MJ_bbc",
        "polnear/train",
    ),
    "report": (
        "t17/t17_H1N1_bbc",
        "t17/t17_H1N1_guardian",
        "t17/t17_H1N1_reuters",
        "t17/t17_haiti_bbc",
        "t17/t17_Finan_washingtonpost",
        "polnear/dev",
    ),
}
KINDS = ("summary", "timeline", "quotes", "actors")
CONTEXT_CHARS = 300  # at most this far either side of an item's evidence, to its sentence ends
SHOWN = 160
SUSPECT_WORDS = 40  # a removal longer than this is listed to check it is no article text
QUOTE_MARKS = ('"', "“", "”", "''")
TAG_SHAPE = re.compile(r"<[^<>]*>")

# The benchmark's own detector of page furniture: shapes a reader would call boilerplate,
# written independently of briefgen/ingest/page_rules.py.
DETECTOR: dict[str, re.Pattern[str]] = {
    "clock+zone": re.compile(
        r"\b\d{1,2}[:.]\d\d\s*(?:[ap]m\s*)?(?:GMT|BST|E[SD]T|[CP][SD]T|IST|UTC|UK)\b"
    ),
    "pipe": re.compile(r"\s\|\s"),
    "agency mark": re.compile(r"\((?:Reuters|AP|AFP|CNN)\)\s*[-–—]"),
    "caps dateline": re.compile(r"(?:^|\s)[A-Z]{3,}(?:[ ,./][A-Za-z.]+){0,3}\s--\s"),
    "picture credit": re.compile(
        r"\b(?:Photograph|Illustration|Photo):\s|\w/(?:AP|Reuters|REUTERS|Getty|AFP|EPA)\b"
        r"|\bGetty Images\b|\(AP\)"
    ),
    "caption": re.compile(
        r",\s(?:left|right|centre|center),\s|\bin this (?:\w+ )?(?:photo|photograph|picture)"
        r"|(?:^|\.\s)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}: "
    ),
    "wire credit": re.compile(r"\b(?:Reporting|Editing|Writing) by [A-Z]"),
    "comments": re.compile(
        r"Report abuse|Posted by:|comments? section|welcome comments|Have your say", re.I
    ),
    "social": re.compile(
        r"\bFollow\b[^.]{0,60}\bon (?:Twitter|Facebook)|(?<![\w.])@[A-Za-z_]\w{2,}|Twitter:\s"
    ),
    "page words": re.compile(
        r"\b(?:last updated|hrs? ago|mins? ago|click here|sign up for|this directive)\b"
        r"|\bBBC News,\s|\bBy [A-Z]\w+ [A-Z]\w+ BBC\b",
        re.I,
    ),
    "reporter credit": re.compile(
        r"contributed (?:to this|reporting)|^\w+ reported from [A-Z]\w+\.$"
    ),
    "markup": re.compile(r"</?[a-z]+[\s>/]"),
    "live time": re.compile(r"(?:^|\.\s)\d{1,2}(?:[.:]\d\d)?\s?[ap]m:\s|(?:^|\.\s)[01]\d\d\d: "),
}


def flagged(text: str) -> list[str]:
    """The detector's patterns that `text` shows."""
    return [name for name, pattern in DETECTOR.items() if pattern.search(text)]


def context(text: str, start: int, end: int) -> str:
    """The sentence(s) around [start, end): out to the nearest sentence end or line break."""
    left = max(text.rfind(". ", max(0, start - CONTEXT_CHARS), start), text.rfind("\n", 0, start))
    right_stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min([*right_stops, end + CONTEXT_CHARS, len(text)])
    return text[left + 1 if left >= 0 else 0 : right + 1].strip()


@dataclass(frozen=True)
class Item:
    """One item of a brief as checked: its kind, text, the sentence it comes from, flags,
    and the article file that sentence is in."""

    kind: str
    text: str
    source: str
    flags: tuple[str, ...]
    where: str = ""


def items(brief: Brief) -> Iterator[Item]:
    """The checked items of a brief, each with the detector's flags."""
    texts = {source.id: source.text for source in brief.sources}
    paths = {source.id: _where(source.path) for source in brief.sources}

    def around(evidence: Evidence) -> str:
        return context(texts[evidence.source], evidence.start, evidence.end)

    def file(evidence: Sequence[Evidence]) -> str:
        return paths.get(evidence[0].source, "") if evidence else ""

    for bullet in brief.summary:
        found = [around(e) for e in bullet.evidence[:1]]
        yield _item("summary", bullet.text, found, file(bullet.evidence))
    for event in brief.timeline:
        found = [around(e) for e in event.evidence[:1]]
        yield _item("timeline", event.event, found, file(event.evidence))
    for quote in brief.quotes:
        yield _item(
            "quotes",
            quote.text,
            [texts[quote.evidence.source][quote.evidence.start : quote.evidence.end]],
        )
    for actor in brief.actors:
        contexts = [around(e) for e in actor.evidence]
        flags = [flagged(c) for c in contexts]
        junk = bool(contexts) and all(flags)
        shown = contexts[0] if contexts else ""
        names = sorted({name for found in flags for name in found}) if junk else []
        yield Item("actors", actor.name, shown, tuple(names + flagged(actor.name)))


def _item(kind: str, text: str, sources: Sequence[str], where: str = "") -> Item:
    source = sources[0] if sources else ""
    flags = tuple(sorted(set(flagged(text) + flagged(source))))
    return Item(kind, text, source, flags, where)


@dataclass
class Tally:
    """Items checked and flagged per kind, removals by rule, for one part and one setting."""

    checked: Counter[str] = field(default_factory=Counter)
    flagged: Counter[str] = field(default_factory=Counter)
    articles: int = 0
    failures: list[str] = field(default_factory=list)
    left: list[Item] = field(default_factory=list)  # the flagged items

    def add(self, found: Iterable[Item]) -> None:
        for item in found:
            self.checked[item.kind] += 1
            self.flagged[item.kind] += bool(item.flags)


@dataclass
class Removed:
    """What the cleaner removed in one part."""

    chars: int = 0
    total_chars: int = 0
    segments: Counter[str] = field(default_factory=Counter)
    articles_touched: int = 0
    samples: list[tuple[str, str, str]] = field(default_factory=list)


def brief(batch: Batch, articles: Sequence[object], cache: Cache) -> Brief:
    from briefgen.pipeline import run_pipeline

    return run_pipeline(list(articles), as_of=batch.as_of, cache=cache).brief  # type: ignore[arg-type]


def measure(part: str, cache: Cache, sample: list[Item]) -> tuple[Tally, Tally, Removed]:
    """Brief a part cleaned and baseline; count flagged items; collect removals."""
    cleaned, baseline, removed = Tally(), Tally(), Removed()
    with kept():
        raw_batches = list(all_batches(PARTS[part]))
    for batch in raw_batches:
        clean_articles = []
        for article in batch.articles:
            text, removals = strip_boilerplate(article.text, article.path)
            removed.total_chars += len(article.text)
            removed.chars += len(article.text) - len(text)
            removed.articles_touched += bool(removals)
            removed.segments.update(r.rule for r in removals)
            removed.samples += [(r.rule, _where(article.path), r.text) for r in removals]
            clean_articles.append(article.model_copy(update={"text": text}))
        clean_articles, repeats = without_repeats(clean_articles)  # as read_inputs does
        removed.chars += sum(len(r.text) for r in repeats)
        removed.segments.update(r.rule for r in repeats)
        removed.samples += [(r.rule, batch.name, r.text) for r in repeats]
        for tally, articles in ((cleaned, clean_articles), (baseline, list(batch.articles))):
            tally.articles += len(articles)
            try:
                made = brief(batch, articles, cache)
            except Exception as error:  # one failing brief must not stop the run
                tally.failures.append(f"{batch.name}: {error!r}")
                continue
            found = list(items(made))
            tally.add(found)
            tally.left += [item for item in found if item.flags]
            if tally is cleaned:
                sample += [i for i in found if i.kind in ("summary", "timeline")]
        print(f"  {batch.name}: briefed", file=sys.stderr, flush=True)
    return cleaned, baseline, removed


def _where(path: str) -> str:
    return path.split("/corpus/")[-1].replace("/docs/", "/")


def _short(text: str, width: int = SHOWN) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(results: dict[str, tuple[Tally, Tally, Removed]]) -> list[str]:
    """The figures as text: flagged items per part and kind, cleaned vs. baseline."""
    lines = [
        "Boilerplate left in briefs (items flagged by the benchmark's detector / items):",
        f"{'part':<8}{'kind':<10}{'with cleaner':>18}{'cleaner off':>18}",
    ]
    for part, (cleaned, baseline, _) in results.items():
        for kind in KINDS:
            lines.append(
                f"{part:<8}{kind:<10}{_ratio(cleaned, kind):>18}{_ratio(baseline, kind):>18}"
            )
        both = ("summary", "timeline")
        lines.append(
            f"{part:<8}{'bl+tl':<10}{_ratio(cleaned, *both):>18}{_ratio(baseline, *both):>18}"
        )
    lines.append("")
    lines.append("Removed by the cleaner:")
    for part, (_, _, removed) in results.items():
        share = removed.chars / max(removed.total_chars, 1)
        lines.append(
            f"  {part}: {removed.chars:,} of {removed.total_chars:,} characters ({share:.2%}), "
            f"{sum(removed.segments.values()):,} pieces in {removed.articles_touched} articles"
        )
        lines.append("    " + ", ".join(f"{r} {n}" for r, n in removed.segments.most_common()))
    return lines


def _ratio(tally: Tally, *kinds: str) -> str:
    return f"{sum(tally.flagged[k] for k in kinds)} / {sum(tally.checked[k] for k in kinds)}"


def removal_sample(
    results: dict[str, tuple[Tally, Tally, Removed]], count: int, seed: int
) -> list[str]:
    """Removals drawn at random, per part, to check by eye that they are boilerplate."""
    lines = []
    for part, (_, _, removed) in results.items():
        chosen = random.Random(seed).sample(removed.samples, min(count, len(removed.samples)))
        lines.append(f"Sample of removals ({part}, {len(chosen)} of {len(removed.samples)}):")
        lines += [f"  [{rule}] {where}: {_short(text)!r}" for rule, where, text in chosen]
    return lines


def suspect_removals(results: dict[str, tuple[Tally, Tally, Removed]]) -> list[str]:
    """Removals that could be news text, all listed to check by eye: those holding a quote
    mark (a quote cut?) or longer than SUSPECT_WORDS words (a lead cut?)."""
    lines = []
    for part, (_, _, removed) in results.items():
        suspects = [s for s in removed.samples if _suspect(s[2])]
        lines.append(
            f"Removals to check ({part}: with a quote mark or over {SUSPECT_WORDS} words): "
            f"{len(suspects)} of {len(removed.samples)}"
        )
        lines += [f"  [{rule}] {where}: {_short(text)!r}" for rule, where, text in suspects]
    return lines


def _suspect(text: str) -> bool:
    text = TAG_SHAPE.sub(" ", text)  # a tag's attributes are quoted, not a quote
    return any(mark in text for mark in QUOTE_MARKS) or len(text.split()) > SUSPECT_WORDS


def hand_sample(part: str, pool: Sequence[Item], count: int, seed: int) -> list[str]:
    """Bottom-line bullets and timeline events drawn at random, numbered, to hand-check."""
    chosen = random.Random(seed).sample(list(pool), min(count, len(pool)))
    lines = [
        f"Hand-check sample (seed {seed}): {len(chosen)} of {len(pool)} bullets and timeline "
        f"events ({part}, cleaned):"
    ]
    for number, item in enumerate(chosen, start=1):
        mark = f"  FLAGGED {','.join(item.flags)}" if item.flags else ""
        lines.append(f"{number:3}. [{item.kind}] {_short(item.text, 200)!r}{mark}")
        lines.append(f"       from {item.where}: {_short(item.source, 240)!r}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=[*PARTS, "all"], default="all")
    parser.add_argument(
        "--sample", type=int, default=0, help="bullets and events to print per part, to hand-check"
    )
    parser.add_argument("--removals", type=int, default=25, help="removals to print per part")
    parser.add_argument("--flagged", type=int, default=0, help="flagged items to print per part")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    args = parser.parse_args(argv)
    cache = Cache()
    parts = list(PARTS) if args.part == "all" else [args.part]
    results: dict[str, tuple[Tally, Tally, Removed]] = {}
    pools: dict[str, list[Item]] = {}
    for part in parts:
        print(f"{part}:", file=sys.stderr)
        pools[part] = []
        results[part] = measure(part, cache, pools[part])
    print("\n".join(table(results)))
    print()
    print("\n".join(removal_sample(results, args.removals, args.seed)))
    for part, (cleaned, _, _) in results.items():
        if args.flagged:
            print(f"\nFlagged items left ({part}, with cleaner):")
            for item in cleaned.left[: args.flagged]:
                print(f"  [{item.kind}] {','.join(item.flags)}: {_short(item.text, 80)!r}")
                print(f"       from: {_short(item.source, 240)!r}")
    print()
    print("\n".join(suspect_removals(results)))
    for part, pool in pools.items():
        if args.sample:
            print()
            print("\n".join(hand_sample(part, pool, args.sample, args.seed)))
    for part, (cleaned, baseline, _) in results.items():
        for failure in cleaned.failures + baseline.failures:
            print(f"failed ({part}): {failure}", file=sys.stderr)
    if args.json:
        figures = {
            part: {
                "cleaned": _tally_json(c),
                "baseline": _tally_json(b),
                "removed": _removed_json(r),
            }
            for part, (c, b, r) in results.items()
        }
        args.json.write_text(json.dumps(figures, indent=2, default=list))
    return 0


def _tally_json(tally: Tally) -> dict[str, object]:
    return {
        "articles": tally.articles,
        "checked": dict(tally.checked),
        "flagged": dict(tally.flagged),
        "failures": tally.failures,
    }


def _removed_json(removed: Removed) -> dict[str, object]:
    return {
        "chars": removed.chars,
        "total_chars": removed.total_chars,
        "pieces": dict(removed.segments),
        "articles_touched": removed.articles_touched,
    }


if __name__ == "__main__":
    raise SystemExit(main())
