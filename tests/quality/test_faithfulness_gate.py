"""Quality gate: faithfulness checks (a) polarity and (e) relative dates on the repo's data.

The briefs of the seed article and of the three MEANTIME clusters (tests/data/meantime) are
made as `briefgen` makes them, then checked by `benchmarks/faithful/phrases.py`, which parses
each item's evidence on its own. Each count must stay at its measured value (0), so a rise
fails. The shared corpora are not in the repo: benchmarks/faithfulness.py reports on them;
where they are, a few develop briefs of them (`DEVELOP_BATCHES`) are held at 0 for (a), (c)
and (e) too.
"""

from __future__ import annotations

import json

import pytest

from benchmarks.faithful.common import Context, Finding
from benchmarks.faithful.phrases import polarity, relative_dates
from benchmarks.faithfulness import context
from briefgen.cache import Cache
from briefgen.ingest.text import read_text
from briefgen.model import Brief
from briefgen.pipeline import run_pipeline
from tests.conftest import AS_OF, CORPUS, SEED

# Measured on the seed and the three MEANTIME clusters (issue 17); before it: 26 and 53. The
# stricter checks of round 3 found 1 and 1 more before cue_past_limit and
# unvalued_relative_marked (the seed's "warned that Pakistan …" without "would not allow";
# MEANTIME apple's "several months ago").
CEILINGS = {"polarity": 0, "relative_dates": 0}


def _brief(paths) -> Brief:
    articles = [read_text(path) for path in paths]
    as_of = max((a.published for a in articles if a.published), default=AS_OF)
    return run_pipeline(articles, as_of=as_of, cache=Cache()).brief


@pytest.fixture(scope="module")
def contexts() -> dict[str, Context]:
    briefs = {"seed": _brief([SEED])}
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines()]
        briefs[folder.name] = _brief([folder / record["file"] for record in gold])
    return {name: context(brief, Cache()) for name, brief in briefs.items()}


@pytest.mark.parametrize(
    ("check", "name"), [(polarity, "polarity"), (relative_dates, "relative_dates")]
)
def test_faithfulness_gate(contexts, check, name):
    found: list[Finding] = [f for ctx in contexts.values() for f in check(ctx)]
    for finding in found:
        print(f"{finding.item}: {finding.reason}: {finding.text!r}")
    assert len(found) <= CEILINGS[name]


# Develop briefs of the shared corpora where claims, fears and hopes are cut to phrases
# (issue 17: "Trump's lie that ..."): AllSides leads, ECB+ train topics and a PolNeAR train
# batch. The shared corpora are not in the repo: these run where ../shared/corpus is.
DEVELOP_BATCHES = (
    "allsides/allsides_5666_Military_Leaders_Defend_Afghanistan_With",
    "allsides/allsides_5697_Perspectives_Should_Gen._Milley_Be_Fired",
    "allsides/allsides_5777_Taliban_Give_First_Press_Conference_Sinc",
    "ecbplus/ecbplus_22ecbplus",
    "ecbplus/ecbplus_28ecb",
    "polnear/train#8",
    # Relative dates the tagger misses or cannot value ("earlier in the week", "a year
    # later", "the next decade"): check (e) reads them by its own words (issue 17, round 3).
    "ecbplus/ecbplus_6ecb",
    "ecbplus/ecbplus_7ecb",
    "allsides/allsides_5789_Census_Bureau_to_Release_2020_Data_That_",
    # Round 4: an outlook cut that kept "but if Republicans plan ..." without its main clause
    # (#7), an event of a verb misread across a quote's edge (#10), a quoted title "Today"
    # (#11, the check's own misreading), a denial paired by the side's name (#12).
    "polnear/train#7",
    "polnear/train#10",
    "polnear/train#11",
    "polnear/train#12",
)
# Measured with claimed_content and outlook_claim_holder: all 0 (before them, check (a)
# found "Donald Trump opposed the invasion" in polnear/train#8, "Killed two co" without its
# "allegedly" in ecbplus_22ecbplus and the obituary's claim restated in ecbplus_28ecb).
# Round 3 (stricter checks): before unvalued_relative_marked, (e) found 2 in ecbplus_6ecb,
# 2 in ecbplus_7ecb and 3 in allsides_5789; the horizon check is held at 0 too. Round 4:
# before governor_past_limit and quote_split_subject, (a) found 1 in train#7 and 1 in #10.
DEVELOP_CEILINGS = {"polarity": 0, "relative_dates": 0, "contested": 0, "outlook_horizon": 0}


@pytest.fixture(scope="module")
def develop_contexts() -> dict[str, Context]:
    from benchmarks.shared_corpus import SHARED, all_batches

    if not (SHARED / "polnear" / "train").is_dir():
        pytest.skip("the shared corpora (../shared/corpus) are not here")
    wanted = set(DEVELOP_BATCHES)
    names = sorted({name.split("#")[0] for name in wanted})
    chosen = [b for b in all_batches(names) if b.name in wanted]
    made = {}
    for batch in chosen:
        brief = run_pipeline(list(batch.articles), as_of=batch.as_of, cache=Cache()).brief
        made[batch.name] = context(brief, Cache())
    return made


@pytest.mark.parametrize("name", sorted(DEVELOP_CEILINGS))
def test_faithfulness_gate_on_develop_briefs(develop_contexts, name):
    from benchmarks.faithful.registry import CHECKS

    assert len(develop_contexts) == len(DEVELOP_BATCHES)
    found = [f for ctx in develop_contexts.values() for f in CHECKS[name](ctx)]
    for finding in found:
        print(f"{finding.item}: {finding.reason}: {finding.text!r}")
    assert len(found) <= DEVELOP_CEILINGS[name]
