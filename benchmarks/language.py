"""Language detection: English articles skipped as foreign (false skips) on the shared corpora,
beside a baseline that asks the model about the first 200 characters only.

Every `docs/*.md` of ../shared/corpus is read as briefgen reads it and checked against an
English pipeline: briefgen's rule (`briefgen.ingest.language.foreign`: English function words,
then the model on up to 5,000 characters if needed), the model alone on the same sample, and
the baseline. The corpora are English news, but Timeline17 holds two BBC Vietnamese articles
(listed, and not counted as false skips when a rule names them Vietnamese). Also printed: how
many texts the function-word test settled without the model, and the time per article.

Run: .venv/bin/python benchmarks/language.py [--list]
(--list prints each article a rule skips, with the language it named.)
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.shared_corpus import SHARED  # noqa: E402
from briefgen.ingest import read_file  # noqa: E402
from briefgen.ingest.language import (  # noqa: E402
    _WORDS,
    ENGLISH_SHARE,
    MIN_CONFIDENCE,
    SAMPLE_CHARS,
    detect,
    english_share,
    foreign,
)

BASELINE_CHARS = 200
# Articles of the shared corpora that are not English (file name -> language code).
NOT_ENGLISH = {"2009-04-28_1034.md": "vi", "2009-04-30_665.md": "vi"}
Rule = Callable[[str], str | None]  # the code of the language a text is taken for, or None


def briefgen_rule(text: str) -> str | None:
    found = foreign(text, "en")
    return found.code if found else None


def model_alone(text: str) -> str | None:
    found = detect(text[:SAMPLE_CHARS])
    return found.code if found.code != "en" and found.confidence >= MIN_CONFIDENCE else None


def baseline(text: str) -> str | None:
    found = detect(text[:BASELINE_CHARS])
    return found.code if found.code != "en" else None


RULES: dict[str, Rule] = {
    "briefgen (function words, then the model)": briefgen_rule,
    f"model alone, {SAMPLE_CHARS:,} characters, p >= {MIN_CONFIDENCE}": model_alone,
    f"baseline: model on the first {BASELINE_CHARS} characters": baseline,
}


def texts() -> list[tuple[Path, str]]:
    """Each article of the shared corpora as title + body."""
    found = []
    for path in sorted(SHARED.glob("*/*/docs/*.md")):
        for article in read_file(path):
            found.append((path, f"{article.title}\n\n{article.text}"))
    return found


def main(listing: bool) -> None:
    articles = texts()
    print(f"{len(articles):,} articles of {SHARED}")
    english = len([1 for path, _ in articles if path.name not in NOT_ENGLISH])
    shares = [english_share(_WORDS.findall(text[:SAMPLE_CHARS])) for _, text in articles]
    settled = sum(share >= ENGLISH_SHARE for share in shares)
    print(f"settled by English function words (share >= {ENGLISH_SHARE}): {settled:,}")
    detect("model loaded before timing")
    header = ("rule", "English skipped", "of", "foreign found", "ms/article")
    print(f"{header[0]:<55} {header[1]:>16} {header[2]:>6} {header[3]:>14} {header[4]:>11}")
    for name, rule in RULES.items():
        start = time.perf_counter()
        taken = [(path, rule(text)) for path, text in articles]
        per_article = (time.perf_counter() - start) * 1000 / len(articles)
        false = [(p, code) for p, code in taken if code and p.name not in NOT_ENGLISH]
        right = [p for p, code in taken if code and NOT_ENGLISH.get(p.name) == code]
        print(
            f"{name:<55} {len(false):>16,} {english:>6,} "
            f"{len(right):>7} of {len(NOT_ENGLISH)} {per_article:>11.2f}"
        )
        if listing:
            for path, code in false:
                print(f"    {path.relative_to(SHARED)}: {code}")
        if false:
            common = Counter(code for _, code in false).most_common(6)
            print("    taken for:", ", ".join(f"{code} {count}" for code, count in common))


if __name__ == "__main__":
    main("--list" in sys.argv[1:])
