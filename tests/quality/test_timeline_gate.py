"""Quality gate: the curated timeline on the repo's data (the shared corpus is not in CI).

Read from the golden briefs of the seed and the three MEANTIME clusters, which
tests/test_golden.py keeps equal to what the code briefs now. The document's timeline (the
`key` events) has at most 15 rows that happened and 5 planned, one per date, none a clock
time read as a year, none before the story's period, and planned events kept apart from what
happened. The T17 figures (date-selection F1 against the outlets' timelines) are in
benchmarks/synthesis_timeline.py.
"""

from __future__ import annotations

import json

import pytest

from briefgen.extract.key_events import KEY_HAPPENED, KEY_PLANNED
from briefgen.extract.plans import PLAN_RULES
from briefgen.model import TimelineEvent
from tests.test_golden import CASES, GOLDEN

# Every brief has this many key events at least (the seed has 8 dated events, MEANTIME
# clusters dozens): a timeline worth drawing.
LEAST_KEY = 5


def _timeline(case: str) -> list[TimelineEvent]:
    data = json.loads((GOLDEN / f"{case}.json").read_text("utf-8"))
    return [TimelineEvent.model_validate(event) for event in data["timeline"]]


@pytest.mark.parametrize("case", sorted(CASES))
def test_shown_timeline_is_curated(case: str) -> None:
    events = _timeline(case)
    key = [e for e in events if e.key]
    happened = [e for e in key if e.status == "happened"]
    planned = [e for e in key if e.status == "planned"]
    assert LEAST_KEY <= len(happened) <= KEY_HAPPENED, case
    assert len(planned) <= KEY_PLANNED, case
    for group in (happened, planned):
        assert len({e.date for e in group}) == len(group), f"{case}: two rows on one date"
    # No clock time read as a year: a bare year in the shown rows is a year of the story's era.
    assert all(int(e.date[:4]) >= 1900 for e in key), case
    ranks = sorted(e.rank for e in events if e.rank is not None)
    assert ranks == list(range(1, len(events) + 1)), f"{case}: every event ranked once"


@pytest.mark.parametrize("case", sorted(CASES))
def test_planned_events_are_marked_by_their_rules(case: str) -> None:
    for event in _timeline(case):
        plan_rules = {rule.name for rule in PLAN_RULES} & set(event.why)
        assert bool(plan_rules) == (event.status == "planned"), (case, event.event)
