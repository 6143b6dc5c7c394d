"""Headings kept with the start of what follows them, not with all of it.

reportlab's `keepWithNext` keeps a heading with the whole next flowable, so a heading over a
table taller than the rest of the page moves with the table to the next page and leaves that
page half empty. `KeepWithStart` moves the heading only when not even the first line, row or
item of what follows fits below it; otherwise the heading stays and what follows splits.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether
from reportlab.platypus.doctemplate import FrameBreak

_FORCE_SPLIT = 0xFFFFFF  # a height no frame has: the frame asks the flowable to split
_SPLIT_DEPTH = 4  # a list, its item, the item's paragraph: deep enough for any block


class KeepWithStart(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A heading (or headings) and the flowable after it, split so the heading never ends a
    page alone."""

    def __init__(self, heads: list[Flowable], follower: Flowable) -> None:
        super().__init__()
        self.heads, self.follower = heads, follower

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, _FORCE_SPLIT

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        content = [*self.heads, self.follower]
        frame: Any = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        if at_top or self._start_fits(available_width, available_height):
            return content
        return [FrameBreak(), *content]

    def _start_fits(self, width: float, height: float) -> bool:
        """Whether the heads and the start of the follower fit in `height`."""
        room = height
        for head in self.heads:
            room -= (
                head.wrapOn(self.canv, width, room)[1]
                + head.getSpaceBefore()
                + head.getSpaceAfter()
            )
        room -= self.follower.getSpaceBefore()
        if room <= 0:
            return False
        if isinstance(self.follower, KeepTogether):  # moves whole: it fits or it does not
            heights = [f.wrapOn(self.canv, width, room)[1] for f in self.follower._content]
            return bool(sum(heights) <= room)
        return self._fits_or_splits(self.follower, width, room, _SPLIT_DEPTH)

    def _fits_or_splits(self, flowable: Flowable, width: float, room: float, depth: int) -> bool:
        """Whether `flowable`, or the first piece it splits into, fits in `room`: a list
        "splits" into all of its items, whole, so its first item is tried in turn."""
        if flowable.wrapOn(self.canv, width, room)[1] <= room:
            return True
        parts = flowable.splitOn(self.canv, width, room)
        if not parts or depth == 0:
            return False
        return self._fits_or_splits(parts[0], width, room, depth - 1)


def keep_headings(flowables: list[tuple[bool, Flowable]]) -> list[Flowable]:
    """The flowables with each run of headings (marked True) joined to the flowable after it."""
    kept: list[Flowable] = []
    heads: list[Flowable] = []
    for is_heading, flowable in flowables:
        if is_heading:
            heads.append(flowable)
        elif heads:
            kept.append(KeepWithStart(heads, flowable))
            heads = []
        else:
            kept.append(flowable)
    return kept + heads
