"""Readable phrases: a timeline row that is a fragment is named by the rule that found it."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.readable import READABLE_RULES
from briefgen.extract.rules import tracing
from briefgen.model import Article
from briefgen.pipeline import build_brief


def _refused(text: str, published: dt.date) -> dict[str, str]:
    """Each phrase of the text's timeline -> the readable rule that refused it ('' if none)."""
    article = Article(path="a.txt", title="Example", text=text, published=published)
    with tracing() as trace:
        events = build_brief([article], as_of=published).timeline
    names = {r.name for r in READABLE_RULES}
    found = {d.subject: d.rule for d in trace.decisions if d.rule in names}
    return {event.event: found.get(event.event, "") for event in events}


@pytest.mark.parametrize(
    ("text", "published", "phrase", "rule"),
    [
        # Reuters (T17 bpoil): an infinitive with no finite verb says nothing happened.
        (
            "The Coast Guard confirmed pressure was high enough to allow BP to test through "
            "Friday evening.",
            dt.date(2010, 7, 16),
            "BP to test",
            "no_finite_verb",
        ),
        # Reuters (T17 bpoil): a relative clause whose object, its antecedent, was cut.
        (
            'Siphoning capacity will hit 28,000 barrels per day "early next week," versus the '
            "18,600 barrels that BP trapped on Wednesday, Allen said.",
            dt.date(2010, 6, 17),
            "BP trapped",
            "cut_complement",
        ),
        # Breitbart (PolNeAR train): the clause a verb reports has the room to end.
        (
            "On November 18, the New York Daily News suggested the Paris terror attacks "
            "highlight the threat the National Rifle Association (NRA) poses to the U.S.",
            dt.date(2015, 11, 18),
            "The New York Daily News suggested the Paris terror attacks highlight the threat "
            "the National Rifle Association poses to the U.S.",
            "",
        ),
        # BBC (T17 bpoil): a conjoined verb without its subject.
        (
            "The spill was set off by an explosion that destroyed the Deepwater Horizon oil rig "
            "and killed 11 workers off Louisiana last month.",
            dt.date(2010, 5, 11),
            "Killed 11 workers off Louisiana",
            "opens_headless",
        ),
        # Washington Post (T17 bpoil): a participle whose noun was left out.
        (
            'A glossy "Lessons Learned" document released on Thursday by BP describes the '
            "Deepwater Horizon blowout as a valuable spur for innovation.",
            dt.date(2010, 9, 3),
            "Released by BP",
            "opens_headless",
        ),
        # BBC (T17 MJ, a radio listing): names only.
        (
            "Philip Dodd investigates how media and politicians depict the working class in "
            "tonight's Night Waves.",
            dt.date(2011, 6, 1),
            "Night Waves",
            "names_only",
        ),
        # BBC (T17 bpoil): a whole clause reads as an event.
        (
            "BP shares fell 3.4% on Wednesday over worries that the company will have to "
            "suspend its dividend payments.",
            dt.date(2010, 6, 9),
            "BP shares fell over worries that the company will have to suspend its dividend "
            "payments",
            "",
        ),
        # AP via Fox News (T17 bpoil): a noun phrase with no verb reads as an event.
        (
            "The search continued for 11 workers missing after the explosion and fire late "
            "Tuesday on the Deepwater Horizon, though family members said they had been told "
            "they probably did not survive.",
            dt.date(2010, 4, 22),
            "The explosion and fire on the Deepwater Horizon",
            "",
        ),
        # BBC (T17 MJ): a pronoun subject that names no actor ("He" of a one-sentence text).
        (
            "He was in court on Monday with his family for a hearing in the case of Dr Conrad "
            "Murray.",
            dt.date(2010, 6, 16),
            "He was in court with his family",
            "pronoun_subject",
        ),
        # Fox News (T17 bpoil, 2010-04-29): a teaser the page cut off mid-word
        # (`cut_by_source`; 71 sentences of the develop T17 pages end so).
        (
            "BP's chairman defended his company's safety record and said Sunday that \"a failed "
            'piece of equipment" was to blame for a massive oil spill along t...',
            dt.date(2010, 4, 29),
            'BP\'s chairman said "a failed piece of equipment" was to blame for a massive oil '
            "spill along t",
            "cut_by_source",
        ),
        # AP via Fox News (T17 bpoil): a reported clause with two verbs, cut to its first
        # (`second_verb_first`).
        (
            "The Coast Guard said Saturday it had shut down two offshore platforms and "
            "evacuated one of them near the spill as a safety precaution.",
            dt.date(2010, 5, 1),
            "The Coast Guard said it had shut down two offshore platforms",
            "",
        ),
    ],
)
def test_fragments_are_named_and_clauses_pass(
    text: str, published: dt.date, phrase: str, rule: str
) -> None:
    assert _refused(text, published)[phrase] == rule
