"""The ECB+ actors benchmark's scoring: coverage, B-cubed and cross-document pairs."""

from __future__ import annotations

import pytest

from benchmarks.actors_ecb import score
from benchmarks.offsets import Offsets

# Two articles; chain A is "Tara Reid" (s1) and "Reid" (s2); chain B is "Jack Ketsoyan" (s1).
GOLD = [(("s1", 0, 9), "A"), (("s2", 10, 14), "A"), (("s1", 30, 43), "B")]


def test_one_card_per_chain_scores_full_marks() -> None:
    cards = [frozenset({("s1", 0, 9), ("s2", 8, 14)}), frozenset({("s1", 30, 43)})]
    tally = score(cards, GOLD)
    assert (tally.covered, tally.b3_precision, tally.b3_recall) == (3, 3.0, 3.0)
    assert (tally.pairs_found, tally.pairs_gold, tally.pairs_right) == (1, 1, 1)


def test_split_and_merged_cards_lose_recall_and_precision() -> None:
    split = score([frozenset({("s1", 0, 9)}), frozenset({("s2", 10, 14)})], GOLD)
    assert split.covered == 2 and split.b3_recall == pytest.approx(1.0)  # 0.5 + 0.5
    assert split.pairs_gold == 1 and split.pairs_right == 0
    merged = score([frozenset({("s1", 0, 9), ("s2", 10, 14), ("s1", 30, 43)})], GOLD)
    assert merged.b3_precision == pytest.approx(2 / 3 + 2 / 3 + 1 / 3)
    assert merged.pairs_found == 2 and merged.pairs_right == 1  # s1-s1 pairs are not counted


def test_gold_offsets_follow_the_text_ingest_read() -> None:
    gold = "DALLAS (AP) \u2014 Tara Reid has entered rehab. Read more here.\n\nShe said so."
    read = "Tara Reid has entered rehab.\n\nShe said so."
    moved = Offsets(gold, read)
    start = gold.index("Tara")
    assert moved.at(start) == 0 and moved.at(start + 9, end=True) == 9
    assert moved.at(gold.index("She")) == read.index("She")
    assert moved.at(gold.index("Read more")) is None
