"""Extents: a name's token range while it is repaired, what a repair reads, and the record
of a repair made.

`repairs` applies the ordered repair lists; the repairs themselves (`grown_names`,
`cut_names`, `titled_names`) each take a `Repairing` context and an `Extent` and return
the new extent, or None.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc


class Repair(NamedTuple):
    """One repair of a name: the rule that made it, the name before it, what it did."""

    rule: str
    subject: str
    outcome: str


class Extent(NamedTuple):
    """A name's token range and label while it is repaired."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Repairing:
    """What a repair reads besides the name: the Doc, where the model's entities start, and
    the last token a name already took."""

    doc: Doc
    starts: frozenset[int]
    covered: int


# A repair: the name's new extent, or None when it leaves the name as it is. A plain function
# in a repair list (no rule) repairs without being recorded: `hyphenated_description_dropped`.
SpanRepair = Callable[[Repairing, Extent], "Extent | None"]
