"""benchmarks/faithfulness.py: every check counted now and before, and the multi-source sample."""

from __future__ import annotations

import re
from collections import Counter

from benchmarks.faithfulness import tally
from benchmarks.shared_corpus import Batch
from briefgen.cache import Cache
from briefgen.ingest.text import read_text
from tests.conftest import CORPUS


def test_the_runner_counts_each_check_and_pools_multi_source_items():
    # The 30 MEANTIME apple articles (tests/data/meantime), briefed as the benchmark briefs them.
    articles = tuple(read_text(p) for p in sorted((CORPUS / "apple" / "docs").glob("*.md")))
    pool: list[str] = []
    counts, _, briefed, failures = tally(
        [Batch("meantime", "meantime/apple", articles)], Cache(), 0, pool
    )
    assert not failures and briefed["dev"] == 30
    assert {check for _, check, _ in counts} <= {
        "polarity",
        "same_fact",
        "contested",
        "outlook_horizon",
        "relative_dates",
    }
    assert pool  # the apple cluster reports some events in several articles
    for block in pool:
        assert block.startswith("meantime/apple: ")
        cited = set(re.findall(r"^  \[(s\d+)\] ", block, re.MULTILINE))
        assert len(cited) >= 2, block


def test_without_baseline_only_the_brief_is_checked_and_its_rules_counted():
    # The MEANTIME apple articles again: `--no-baseline` briefs once, `--fired` counts rules.
    articles = tuple(read_text(p) for p in sorted((CORPUS / "apple" / "docs").glob("*.md")))
    fired: Counter[tuple[str, str]] = Counter()
    counts, _, briefed, failures = tally(
        [Batch("meantime", "meantime/apple", articles)], Cache(), 0, None, fired, baseline=False
    )
    assert not failures and briefed["dev"] == 30
    assert not any(label == "baseline" for _, _, label in counts)
    assert fired["dev", "verb_clause"] > 0 and fired["dev", "governor_past_limit"] >= 1
