"""The timeline graphic's layout: captions stay on the page and clear of each other."""

from __future__ import annotations

import itertools

import pytest

from briefgen.document import TimelineChart, TimelinePoint
from briefgen.render.chart import BOLD_WIDTH, CHAR_WIDTH, layout

WIDTH = 470.0  # points: an A4 page's text width
# Key events of a mixed AllSides develop brief (CDC booster, Fauci on CNN, Italy's pass law).
CAPTIONS = [
    "Vaccine advisers to the US Centers voted to recommend an extra dose of Covid-19 vaccine",
    "Anthony Fauci told CNN the U.S. could start getting back if more Americans",
    "Italy's new covid-19 rules went into effect",
]


def _chart(count: int) -> TimelineChart:
    return TimelineChart(
        tuple(
            TimelinePoint(f"{n + 1} September 2021", CAPTIONS[n % len(CAPTIONS)])
            for n in range(count)
        )
    )


def _spans(count: int) -> list[tuple[float, float, float]]:
    """(left, right, baseline) of every label of a chart of `count` events."""
    _, labels = layout(_chart(count), WIDTH)
    half = [len(lb.text) * lb.size * (BOLD_WIDTH if lb.bold else CHAR_WIDTH) / 2 for lb in labels]
    return [(lb.x - h, lb.x + h, lb.y) for lb, h in zip(labels, half, strict=True)]


@pytest.mark.parametrize("count", [1, 2, 3, 5, 8, 15])
def test_captions_stay_on_the_page(count: int) -> None:
    for left, right, _ in _spans(count):
        assert left >= -0.5 and right <= WIDTH + 0.5, (count, left, right)


@pytest.mark.parametrize("count", [3, 5, 8, 15])
def test_captions_on_one_line_of_the_graphic_do_not_overlap(count: int) -> None:
    by_row: dict[float, list[tuple[float, float]]] = {}
    for left, right, y in _spans(count):
        by_row.setdefault(round(y, 1), []).append((left, right))
    for spans in by_row.values():
        spans.sort()
        for (_, right), (left, _) in itertools.pairwise(spans):
            assert right <= left + 1.5, (count, spans)  # within the glyph-width estimate's error


def test_crowded_dates_shorten_their_month_and_sparse_ones_keep_it() -> None:
    dates = [label.text for label in layout(_chart(15), WIDTH)[1] if label.bold]
    assert dates[1] == "2 Sep 2021"
    assert [label.text for label in layout(_chart(3), WIDTH)[1] if label.bold][1] == (
        "2 September 2021"
    )


def test_dates_are_fitted_in_the_font_drawn() -> None:
    # T17 develop (t17_MJ_bbc): 14 key events from June 2009 to November 2011; measured in
    # the PDF's font, full month names ran into each other ("25 October 20117 November 2011").
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from briefgen.render.pdf import _face, _register_fonts

    _register_fonts("sans")

    def measure(text: str, size: float, bold: bool) -> float:
        return float(stringWidth(text, _face("sans", bold, False), size))

    dates = ["25 June 2009", "26 June 2009", "27 June 2009", "28 June 2009", "15 June 2010",
             "5 January 2011", "16 September 2011", "23 September 2011", "1 October 2011",
             "5 October 2011", "25 October 2011", "3 November 2011", "7 November 2011"]  # fmt: skip
    chart = TimelineChart(tuple(TimelinePoint(d, CAPTIONS[0]) for d in dates))
    by_row: dict[float, list[tuple[float, float]]] = {}
    for label in layout(chart, WIDTH, measure)[1]:
        if label.bold:
            half = measure(label.text, label.size, True) / 2
            by_row.setdefault(round(label.y, 1), []).append((label.x - half, label.x + half))
    for spans in by_row.values():
        for (_, right), (left, _) in itertools.pairwise(sorted(spans)):
            assert right <= left, spans
