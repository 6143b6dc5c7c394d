"""The timeline graphic: one layout, drawn as vector graphics in the PDF and a PNG in the DOCX.

Events are spaced evenly along a horizontal axis in date order (a proportional scale would
crush a week of events next to one from years before); captions alternate above and below
the axis so that neighbours never collide. Coordinates are points, origin bottom-left.
"""

from __future__ import annotations

import calendar
import io
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from briefgen.document import Theme, TimelineChart

HEIGHT_PT = 128.0  # room for three caption lines above and below the axis
SIDE_PT = 36.0  # space left and right of the first and last event for their captions
DOT_PT = 3.2  # radius of an event's dot
STEM_PT = 10.0  # length of the tick joining a dot to its caption
DATE_SIZE = 7.0  # date label font size
CAPTION_SIZE = 6.5  # caption font size
CAPTION_LINES = 3  # longer captions end with an ellipsis
CHAR_WIDTH = 0.55  # average glyph width of DejaVu Sans as a fraction of the font size
BOLD_WIDTH = 0.62  # the same for DejaVu Sans Bold, which the dates use
PNG_DPI = 200  # sharp enough for print, small enough for mail


@dataclass(frozen=True)
class Mark:
    """A line from (x1, y1) to (x2, y2), or a dot at (x1, y1) when `dot` is set."""

    x1: float
    y1: float
    x2: float = 0.0
    y2: float = 0.0
    dot: bool = False


@dataclass(frozen=True)
class Label:
    """A centred line of text whose baseline is at (x, y)."""

    x: float
    y: float
    text: str
    size: float
    bold: bool = False


Measure = Callable[[str, float, bool], float]  # a line's width: text, font size, bold


def layout(
    chart: TimelineChart, width: float, measure: Measure | None = None
) -> tuple[list[Mark], list[Label]]:
    """Where the axis, dots, ticks and labels go on a `width` x HEIGHT_PT canvas; `measure`
    gives a line's true width (the font's metrics), else it is estimated from its length."""
    measure = measure or _width
    count = len(chart.points)
    axis = HEIGHT_PT / 2
    marks = [Mark(SIDE_PT / 2, axis, width - SIDE_PT / 2, axis)]
    labels: list[Label] = []
    step = (width - 2 * SIDE_PT) / (count - 1) if count > 1 else 0.0
    slot = min(2 * step, width / 2) if count > 1 else width / 2  # alternating labels share 2 steps
    for index, point in enumerate(chart.points):
        x = SIDE_PT + index * step if count > 1 else width / 2
        up = index % 2 == 0
        sign = 1 if up else -1
        marks.append(Mark(x, axis, dot=True))
        marks.append(Mark(x, axis + sign * DOT_PT, x, axis + sign * (DOT_PT + STEM_PT)))
        chars = max(8, int(2 * _half_room(x, width, step, slot) / (CAPTION_SIZE * CHAR_WIDTH)))
        lines = textwrap.wrap(point.label, chars, max_lines=CAPTION_LINES, placeholder=" …")
        date = _fitted_date(point.date, 2 * _half_room(x, width, step, slot), measure)
        date = _cut_to(date, width, measure)
        stack = [(date, DATE_SIZE, True), *((line, CAPTION_SIZE, False) for line in lines)]
        half = max(measure(text, size, bold) for text, size, bold in stack) / 2
        centre = min(max(x, half), width - half)  # the first and last stay on the page
        labels += _stack(centre, axis, up, stack)
    return marks, labels


def _width(text: str, size: float, bold: bool) -> float:
    return len(text) * size * (BOLD_WIDTH if bold else CHAR_WIDTH)


_MONTH = re.compile("|".join(calendar.month_name[1:]))


def _fitted_date(date: str, room: float, measure: Measure) -> str:
    """The date as given, or with its month shortened ("15 Sep 2011") when it is wider than
    its room, measured in the font drawn: crowded neighbours' dates would otherwise run into
    each other ("25 October 2011" into "7 November 2011")."""
    if measure(date, DATE_SIZE, True) <= room:
        return date
    return _MONTH.sub(lambda month: month[0][:3], date)


def _cut_to(date: str, width: float, measure: Measure) -> str:
    """A date label no wider than the drawing, cut with an ellipsis (a template may give any
    text as a date: one wider than the page was drawn past both margins)."""
    while measure(date, DATE_SIZE, True) > width:
        date = date[: max(1, len(date) * 9 // 10 - 1)].rstrip("…") + "…"
    return date


def _half_room(x: float, width: float, step: float, slot: float) -> float:
    """Half the width a caption at `x` may take: half its slot, less near an edge, where it
    moves inwards and must stay clear of the next caption on its side, two steps in."""
    edge = min(x, width - x)
    return min(slot / 2, (step + edge) / 2) if step else slot / 2


def _stack(x: float, axis: float, up: bool, lines: list[tuple[str, float, bool]]) -> list[Label]:
    """The date sits next to the axis; its caption lies beyond it, read top to bottom."""
    gap = DOT_PT + STEM_PT + 3
    placed: list[Label] = []
    if up:  # from the axis upwards: the date, then the caption's last line ... first line
        y = axis + gap
        for text, size, bold in [lines[0], *reversed(lines[1:])]:
            placed.append(Label(x, y, text, size, bold))
            y += size * 1.25
    else:  # from the axis downwards: the date, then the caption's first line ... last line
        y = axis - gap
        for text, size, bold in lines:
            placed.append(Label(x, y - size, text, size, bold))
            y -= size * 1.25
    return placed


def timeline_drawing(chart: TimelineChart, theme: Theme, width: float, font: str, bold_font: str):  # type: ignore[no-untyped-def]
    """A reportlab Drawing of the timeline (vector graphics, fonts embedded with the text)."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, String
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def measure(text: str, size: float, bold: bool) -> float:
        return float(stringWidth(text, bold_font if bold else font, size))

    drawing = Drawing(width, HEIGHT_PT)
    marks, labels = layout(chart, width, measure)
    for mark in marks:
        if mark.dot:
            drawing.add(
                Circle(
                    mark.x1,
                    mark.y1,
                    DOT_PT,
                    fillColor=HexColor(f"#{theme.accent}"),
                    strokeColor=None,
                )
            )
        else:
            colour = HexColor(f"#{theme.grid if mark.y1 == mark.y2 else theme.accent}")
            drawing.add(
                Line(
                    mark.x1,
                    mark.y1,
                    mark.x2,
                    mark.y2,
                    strokeColor=colour,
                    strokeWidth=1.2 if mark.y1 == mark.y2 else 0.6,
                )
            )
    for label in labels:
        drawing.add(
            String(
                label.x,
                label.y,
                label.text,
                textAnchor="middle",
                fontName=bold_font if label.bold else font,
                fontSize=label.size,
                fillColor=HexColor(f"#{theme.accent if label.bold else theme.text}"),
            )
        )
    return drawing


def timeline_png(chart: TimelineChart, theme: Theme, width: float) -> bytes:
    """The same layout as a PNG (matplotlib, Agg), byte-identical for the same chart."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width / 72, HEIGHT_PT / 72), dpi=PNG_DPI)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(0, width)
    axes.set_ylim(0, HEIGHT_PT)
    axes.axis("off")
    marks, labels = layout(chart, width)
    for mark in marks:
        if mark.dot:
            axes.scatter(
                [mark.x1],
                [mark.y1],
                s=(DOT_PT * 2) ** 2,
                color=f"#{theme.accent}",
                zorder=3,
                linewidths=0,
            )
        else:
            flat = mark.y1 == mark.y2
            axes.plot(
                [mark.x1, mark.x2],
                [mark.y1, mark.y2],
                linewidth=1.2 if flat else 0.6,
                color=f"#{theme.grid if flat else theme.accent}",
                solid_capstyle="butt",
            )
    for label in labels:
        axes.text(
            label.x,
            label.y,
            label.text,
            fontsize=label.size,
            ha="center",
            va="baseline",
            fontweight="bold" if label.bold else "normal",
            family="DejaVu Sans",
            color=f"#{theme.accent if label.bold else theme.text}",
        )
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=PNG_DPI, metadata={"Software": None})
    return buffer.getvalue()
