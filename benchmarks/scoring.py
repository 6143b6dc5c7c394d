"""Small arithmetic the benchmarks share: a share that is 0 when there is nothing to count,
and the harmonic mean of precision and recall."""

from __future__ import annotations


def share(part: float, whole: float) -> float:
    """part / whole, or 0.0 when whole is 0 (nothing found, nothing to find)."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall; 0.0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
