"""Outlook past its horizon: a plan whose date lies before the as-of date is history.

Real sentences: MEANTIME Wikinews (CC BY 4.0) gm and airbus clusters; Timeline17 BP oil
spill (t17_bpoil_guardian); the seed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.dates import extract_dates
from briefgen.extract.outlook import extract_outlook
from briefgen.extract.rules import tracing

SEED_WARNING = (
    "Tarar warned that Pakistan would not allow the threat from Afghan-based militants to persist."
)


@pytest.mark.parametrize(
    ("sentence", "published", "as_of", "kept"),
    [
        # gm (2005): the "by 2008" in a brief dated 2013, and in one dated 2006.
        (
            "As part of the restructure, GM plans to cut 30,000 jobs and close 12 facilities "
            "by 2008.",
            dt.date(2005, 11, 21),
            dt.date(2013, 12, 10),
            False,
        ),
        (
            "As part of the restructure, GM plans to cut 30,000 jobs and close 12 facilities "
            "by 2008.",
            dt.date(2005, 11, 21),
            dt.date(2006, 1, 1),
            True,
        ),
        # gm: a year named outright where the date has no value ("until at least 2007").
        (
            "The current Falcon will need to serve the company until at least 2007 when the new "
            "model is anticipated.",
            dt.date(2005, 6, 1),
            dt.date(2013, 12, 10),
            False,
        ),
        # airbus (2011): an old date, but the new plan is for next month.
        (
            "Japan's (ANA) were to take delivery in May 2008, but will now receive the "
            "aircraft next month.",
            dt.date(2011, 8, 8),
            dt.date(2011, 8, 8),
            True,
        ),
        # gm: a date in a side clause is not the plan's horizon.
        (
            "Ford, which was founded in 1903, will cut 30,000 jobs.",
            dt.date(2006, 1, 23),
            dt.date(2013, 12, 10),
            True,
        ),
        # t17 bpoil (Guardian, July 2010): a part of a period that has no value of its own.
        (
            "The developments may mark a turning point in efforts to stop the flow until more "
            "permanent measures can be completed by the middle of next month.",
            dt.date(2010, 7, 13),
            dt.date(2010, 12, 16),
            False,
        ),
        (
            "The developments may mark a turning point in efforts to stop the flow until more "
            "permanent measures can be completed by the middle of next month.",
            dt.date(2010, 7, 13),
            dt.date(2010, 7, 20),
            True,
        ),
        # seed: no date, no horizon.
        (SEED_WARNING, dt.date(2025, 10, 29), dt.date(2025, 10, 30), True),
    ],
)
def test_outlook_past_its_horizon_is_dropped(parse_text, sentence, published, as_of, kept):
    article = parse_text(sentence, published)
    actors = extract_actors([article])
    with tracing() as trace:
        items = extract_outlook(article, actors, [], extract_dates(article), as_of)
    assert bool(items) == kept
    dropped = [d for d in trace.by("past_horizon") if d.outcome.startswith("dropped")]
    assert bool(dropped) != kept
