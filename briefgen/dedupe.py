"""Near-duplicate articles: syndicated copies and updates of one report are read once.

Two texts are copies when most of the shorter one's five-word shingles also occur in the
longer one (containment, so a trimmed or extended copy still counts). The longest text of
a group is briefed; every copy stays in the sources and is cited wherever the briefed
text's evidence also appears in it word for word.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any, Protocol, Self, TypeVar

from briefgen.model import Evidence, Source


class _Copyable(Protocol):
    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Self: ...


class _Single(_Copyable, Protocol):
    """A quote or outlook item: one `evidence`, other sources in `also`."""

    @property
    def evidence(self) -> Evidence: ...
    @property
    def also(self) -> list[Evidence]: ...


class _Listed(_Copyable, Protocol):
    """A bullet or timeline event: every source in `evidence`."""

    @property
    def evidence(self) -> list[Evidence]: ...


Single = TypeVar("Single", bound=_Single)
Listed = TypeVar("Listed", bound=_Listed)

SHINGLE = 5  # words per shingle: long enough that distinct reports of one story rarely share them
# Share of the shorter text's shingles found in the longer: distinct articles of one MEANTIME
# story cluster reach 0.07 at most; re-flowed or lightly edited copies stay above 0.8.
COPY_CONTAINMENT = 0.5
_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    """The text's overlapping five-word sequences, case and punctuation ignored."""
    words = _WORD.findall(text.lower())
    return frozenset(tuple(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1)))


def mark_copies(sources: Sequence[Source]) -> list[Source]:
    """The sources with `duplicate_of` set on every copy to the id of the text briefed."""
    sets = [shingles(source.text) for source in sources]
    # Longest first: the most complete version of a report is the one briefed.
    order = sorted(range(len(sources)), key=lambda i: (-len(sources[i].text), i))
    rank = {index: position for position, index in enumerate(order)}
    primary_of: dict[int, int] = {}
    holders: dict[tuple[str, ...], list[int]] = defaultdict(list)  # shingle -> primaries with it
    for index in order:
        shared = Counter(p for shingle in sets[index] for p in holders.get(shingle, ()))
        match = min(
            (
                p
                for p, n in shared.items()
                if n / min(len(sets[index]), len(sets[p])) >= COPY_CONTAINMENT
            ),
            key=rank.__getitem__,
            default=None,
        )
        if match is None:
            for shingle in sets[index]:
                holders[shingle].append(index)
        else:
            primary_of[index] = match
    return [
        source.model_copy(update={"duplicate_of": sources[primary_of[i]].id})
        if i in primary_of
        else source
        for i, source in enumerate(sources)
    ]


class Copies:
    """The sources by id and the copies of each, found once for all the items of a brief."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self.by_id = {source.id: source for source in sources}
        self.of: dict[str, list[Source]] = defaultdict(list)
        for source in sources:
            if source.duplicate_of is not None:
                self.of[source.duplicate_of].append(source)

    def evidence(self, evidence: Evidence) -> list[Evidence]:
        """The same text as `evidence` in each copy of its source, where it appears verbatim."""
        copies = self.of.get(evidence.source, [])
        excerpt = self.by_id[evidence.source].text[evidence.start : evidence.end] if copies else ""
        found = []
        for copy in copies if excerpt else []:
            start = copy.text.find(excerpt)
            if start >= 0:
                found.append(Evidence(source=copy.id, start=start, end=start + len(excerpt)))
        return found


def cite_copies(items: Sequence[Single], sources: Sequence[Source]) -> list[Single]:
    """Quotes or outlook items with the same text in copies of their source added to `also`."""
    copies = Copies(sources)
    cited: list[Single] = []
    for one in items:
        cited.append(one.model_copy(update={"also": [*one.also, *copies.evidence(one.evidence)]}))
    return cited


def cite_copies_all(items: Sequence[Listed], sources: Sequence[Source]) -> list[Listed]:
    """Bullets or events with the same text in copies of their sources added to `evidence`."""
    index = Copies(sources)
    cited: list[Listed] = []
    for one in items:
        copies: list[Evidence] = [c for e in one.evidence for c in index.evidence(e)]
        cited.append(one.model_copy(update={"evidence": [*one.evidence, *copies]}))
    return cited
