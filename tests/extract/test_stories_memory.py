"""The story grouping of a large brief holds few square matrices at once: measured in bytes
allocated (tracemalloc), not in time.

The grouping needs the articles' similarity matrix (n x n floats) and, for the tree, its
condensed half. It used to hold four square matrices at its peak (the sparse product, its
dense copy, the clipped copy, the distances), 290 MB at 3,000 articles on top of the brief."""

from __future__ import annotations

import random
import tracemalloc
from collections import Counter

import pytest

from briefgen.extract.stories import group

SIZE = 1_500
_SQUARE = SIZE * SIZE * 8  # bytes of one n x n matrix of floats


def _bags(subjects: int, seed: int = 23) -> list[Counter[str]]:
    """`SIZE` bags of 150 words, each drawn (Zipf-like) from its subject's 3,000 words;
    neighbouring subjects share a third of their words."""
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(2_000 * subjects + 1_000)]
    weights = [1 / (rank + 1) for rank in range(3_000)]
    return [
        Counter(rng.choices(words[(n % subjects) * 2_000 :][:3_000], weights, k=150))
        for n in range(SIZE)
    ]


@pytest.mark.parametrize(
    ("subjects", "split"),
    [(7, True), (1, False)],  # a clear split; one subject, joined while alike
)
def test_grouping_holds_at_most_two_square_matrices(subjects: int, split: bool) -> None:
    bags = _bags(subjects)
    group(bags[:10])  # SciPy imported before measuring
    tracemalloc.start()
    try:
        grouping = group(bags)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert grouping.split is split
    assert len(set(grouping.labels)) == (subjects if split else 1)
    assert peak < 2.2 * _SQUARE, f"peak {peak / _SQUARE:.2f} square matrices"
