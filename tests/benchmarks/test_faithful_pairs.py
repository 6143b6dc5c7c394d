"""Checks (b), (c), (d) of the faithfulness benchmark on small hand-made briefs.

Sentences: MEANTIME Wikinews (CC BY 4.0) gm cluster and the seed (istanbul-talks.txt).
"""

from __future__ import annotations

import datetime as dt

from benchmarks.faithful.common import Context
from benchmarks.faithful.pairs import (
    contested_pairs,
    multi_source_items,
    outlook_horizon,
    same_fact,
)
from briefgen.model import Brief, Claim, Contested, Evidence, OutlookItem, Source, SummaryItem

RISE = (
    "Ford Motor Company said on Tuesday that its sales in the United States rose 43% in February."
)
RISE_AGAIN = "Ford said its sales in the United States rose 43% in February compared to a year ago."
FALL = "Ford Motor Company sales dropped 42% last month from the previous year."
PLAN = "As part of the restructure, GM plans to cut 30,000 jobs and close 12 facilities by 2008."
ACCUSES = "Islamabad says the violence stems from militant groups operating inside Afghanistan."
DENIAL = (
    "Afghan officials denied the allegations, insisting that the Taliban does not harbor groups."
)
OTHER = "Pakistan says the talks in Istanbul had yielded no progress."
# Shares only the sides' names with the denial (the Taliban, Pakistan): no event, no predicate.
SETBACK = (
    "The breakdown marks another setback in Pakistan-Afghanistan relations, which have steadily "
    "deteriorated since the Taliban’s return to power in 2021."
)


def _brief(texts: list[str], as_of: dt.date, **items: object) -> Brief:
    sources = [
        Source(id=f"s{n}", path=f"{n}.txt", title="t", text=t, published=dt.date(2005, 11, 21))
        for n, t in enumerate(texts, start=1)
    ]
    return Brief(title="t", as_of=as_of, generator="test", sources=sources, **items)  # type: ignore[arg-type]


def _all(source: str, text: str) -> Evidence:
    return Evidence(source=source, start=0, end=len(text))


def test_same_fact_flags_the_opposite_trend(nlp):
    bullets = [
        SummaryItem(text=RISE, evidence=[_all("s1", RISE), _all("s2", RISE_AGAIN)]),
        SummaryItem(text=RISE, evidence=[_all("s1", RISE), _all("s3", FALL)]),
    ]
    ctx = Context(_brief([RISE, RISE_AGAIN, FALL], dt.date(2009, 3, 4), summary=bullets), nlp)
    assert [(f.item, f.source) for f in same_fact(ctx)] == [("summary[1]", "s3")]
    assert len(multi_source_items(ctx)) == 2


def test_contested_pairs_flags_repeats_and_other_matters(nlp):
    text = f"{ACCUSES} {DENIAL} {OTHER}"
    accuses = Evidence(source="s1", start=0, end=len(ACCUSES))
    denial = Evidence(source="s1", start=len(ACCUSES) + 1, end=len(ACCUSES) + 1 + len(DENIAL))
    other = Evidence(source="s1", start=denial.end + 1, end=len(text))
    pair = Contested(
        kind="claims",
        matter="Pakistan / Afghanistan",
        claims=[
            Claim(stance="asserts", text=ACCUSES, evidence=accuses),
            Claim(stance="denies", text=DENIAL, evidence=denial),
        ],
    )
    mismatched = Contested(
        kind="claims",
        matter="Islamabad / Afghanistan",
        claims=[
            Claim(stance="asserts", text=OTHER, evidence=other),
            Claim(stance="denies", text=DENIAL, evidence=denial),
        ],
    )
    ctx = Context(_brief([text], dt.date(2025, 10, 30), contested=[pair, pair, mismatched]), nlp)
    reasons = [f.reason for f in contested_pairs(ctx)]
    assert "the same claims as contested[0]" in reasons
    assert "the same denial also under contested[0]" in reasons
    assert "the assertion shares no event or predicate with the denial" in reasons
    clean = Context(_brief([text], dt.date(2025, 10, 30), contested=[pair]), nlp)
    assert contested_pairs(clean) == []


def test_contested_pairs_flags_a_pair_that_shares_only_names(nlp):
    text = f"{SETBACK} {DENIAL}"
    setback = Evidence(source="s1", start=0, end=len(SETBACK))
    denial = Evidence(source="s1", start=len(SETBACK) + 1, end=len(text))
    pair = Contested(
        kind="claims",
        matter="Pakistan / the Taliban",
        claims=[
            Claim(stance="asserts", text=SETBACK, evidence=setback),
            Claim(stance="denies", text=DENIAL, evidence=denial),
        ],
    )
    ctx = Context(_brief([text], dt.date(2025, 10, 30), contested=[pair]), nlp)
    assert [f.reason for f in contested_pairs(ctx)] == [
        "the assertion shares no event or predicate with the denial"
    ]


def test_contested_pairs_flags_the_same_words_from_two_copies(nlp):
    text = f"{ACCUSES} {DENIAL}"
    first, second = (
        Contested(
            kind="claims",
            matter=matter,
            claims=[
                Claim(stance="asserts", text=ACCUSES, evidence=Evidence(
                    source=source, start=0, end=len(ACCUSES))),
                Claim(stance="denies", text=DENIAL, evidence=Evidence(
                    source=source, start=len(ACCUSES) + 1, end=len(text))),
            ],
        )
        for source, matter in (("s1", "Pakistan / Afghanistan"), ("s2", "Islamabad / Kabul"))
    )  # fmt: skip
    ctx = Context(_brief([text, text], dt.date(2025, 10, 30), contested=[first, second]), nlp)
    assert [f.reason for f in contested_pairs(ctx)] == ["the same claims as contested[0]"]


def test_outlook_horizon_flags_a_past_plan(nlp):
    item = OutlookItem(text=PLAN, kind="next_step", hedging="likely", evidence=_all("s1", PLAN))
    late = Context(_brief([PLAN], dt.date(2013, 12, 10), outlook=[item]), nlp)
    assert [f.item for f in outlook_horizon(late)] == ["outlook[0]"]
    early = Context(_brief([PLAN], dt.date(2006, 1, 1), outlook=[item]), nlp)
    assert outlook_horizon(early) == []
