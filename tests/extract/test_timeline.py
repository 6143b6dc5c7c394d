"""Timeline: dated events as short phrases, sorted with precision."""

from __future__ import annotations

import pytest

from briefgen.extract.dates import extract_dates
from briefgen.extract.timeline import build_timeline, sort_key


def test_seed_timeline(seed_brief):
    events = [(e.date, e.precision, e.event) for e in seed_brief.timeline]
    assert ("2025-10-09", "day", "Explosions in Kabul") in events
    assert ("2025-10-19", "day", "A second temporary truce after emergency talks in Doha") in events
    assert ("2021", "year", "The Taliban’s return to power") in events
    assert ("2025-W44", "week", "Efforts to broker a lasting ceasefire ended in failure") in events
    assert [e.date for e in seed_brief.timeline] == sorted(
        (e.date for e in seed_brief.timeline), key=sort_key
    )
    assert all(e.precision != "day" or not e.assumed for e in seed_brief.timeline)


def test_durations_never_become_timeline_points(seed_brief):
    assert not {e.date for e in seed_brief.timeline} & {"P4D", "PT48H"}
    kinds = {d.text: d.type for d in seed_brief.dates}
    assert kinds["four-day"] == kinds["48-hour"] == "DURATION"


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # MEANTIME corpus sentences (Wikinews, CC BY 4.0), published 2008-03-01.
        (
            "The A380 made its maiden flight on April 27, 2005 from Toulouse.",
            "The A380 made its maiden flight from Toulouse",
        ),
        (
            "Boeing rolled out the first 787 Dreamliner on July 8, 2007.",
            "Boeing rolled out the first 787 Dreamliner",
        ),
    ],
)
def test_event_phrase_is_the_governing_clause(parse_text, sentence, event):
    article = parse_text(sentence)
    (entry,) = build_timeline([article], extract_dates(article))
    assert entry.event == event


def test_month_sorts_before_its_days():
    assert sorted(["2025-10-19", "2025-10", "2025-W44", "2021"], key=sort_key) == [
        "2021",
        "2025-10",
        "2025-10-19",
        "2025-W44",
    ]
