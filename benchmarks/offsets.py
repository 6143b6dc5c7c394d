"""Gold offsets moved onto the text briefgen reads.

Ingest removes datelines, tweets and page furniture, so a corpus's own text and the text
briefgen reads differ by deleted runs, and gold offsets after a deletion shift.
"""

from __future__ import annotations


class Offsets:
    """Gold-text offsets mapped onto the text briefgen read, which is the gold text with
    some runs deleted: runs of both texts found by walking them together."""

    _PROBE = 24  # characters of the read text looked for in the gold text after a deletion

    def __init__(self, gold: str, read: str) -> None:
        self.same = gold == read
        self.blocks: list[tuple[int, int, int]] = []  # (gold start, read start, size)
        i = j = 0
        while not self.same and i < len(gold) and j < len(read):
            start_i, start_j = i, j
            while i < len(gold) and j < len(read) and gold[i] == read[j]:
                i, j = i + 1, j + 1
            if i > start_i:
                self.blocks.append((start_i, start_j, i - start_i))
            if j >= len(read):
                break
            found = gold.find(read[j : j + self._PROBE], i)
            if found < 0:
                break
            i = found

    def at(self, offset: int, end: bool = False) -> int | None:
        """Where a gold offset falls in the text read (an `end` may close a run); None when it
        was removed."""
        if self.same:
            return offset
        for a, b, size in self.blocks:
            if a <= offset < a + size or (end and offset == a + size):
                return b + offset - a
        return None
