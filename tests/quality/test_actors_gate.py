"""Quality gate: actor cards against the MEANTIME gold entities, one brief per cluster.

How the figures are computed (scoring in benchmarks/actors.py, which also runs standalone):
- Each cluster (airbus, apple, gm; 30 Wikinews articles each) is one brief; gold instance
  ids are shared across its articles, so a card that merges mentions across articles is
  scored against cross-document coreference.
- Counted gold instances: named PER and ORG instances, and named LOC instances with 3+ gold
  mentions in the cluster (the issue: places count only when mentioned 3+ times).
- Only evidence inside a record's `scope` ranges is scored; outside them nothing is annotated.
- Each in-scope evidence span is matched to the gold mention it overlaps best (overlap over
  union), or to nothing.
- Precision = cards whose matched in-scope mentions include a counted instance / cards with
  any in-scope evidence. A card for a product ("iPod"), an uncounted place or a junk word
  counts as wrong.
- Recall = counted instances matched by some card's in-scope evidence / counted instances.
- Purity = cards whose matched in-scope mentions all belong to one gold instance / cards with
  a matched in-scope mention.
The baseline, computed here on the same parses, is raw spaCy entities (PERSON, ORG, GPE,
NORP, LOC, FAC) grouped by exact text.

The issue's reading (`score_cluster(..., as_issue=True)`) is checked too: a card is right
when it matches any gold entity, and an instance is found by an exact-span match. It reproduces
the issue's raw-spaCy figures (PERSON and ORG by exact text: 0.958 / 0.667 / 0.960 against
the quoted 0.955 / 0.66 / 0.967), and the issue's precision and recall floors (0.95,
0.80) are held there.
"""

from __future__ import annotations

from benchmarks.actors import (
    ISSUE_RAW_LABELS,
    Score,
    brief_cards,
    raw_cards,
    score_cluster,
)

# Measured: precision 0.910, recall 0.852, purity 0.962 since the product-family rule was
# removed as a patch (it fired once in 3,835 shared articles; "MacBook" is now a wrong card);
# before that 0.917 / 0.852 / 0.969 (0.902 / 0.844 / 0.957 before
# outlets named as channels were dropped, as the issue's junk filter asks, and product
# families, maker-model runs and missed names were handled; duplicate cards merged since,
# such as "Canadian Government" into Canada, were each right, so precision dips); raw spaCy
# by exact text 0.649, 0.933, 0.932 under the same scoring. Of the 11 wrong cards about
# half are annotation gaps (countries that act in the text but have under 3 gold mentions,
# "Daimler AG" unannotated, "European Commission" annotated as "EU", a court annotated as a
# product). Three of the 4 impure cards are gold splits that one card per actor cannot
# follow: China's government apart from China (the issue makes a capital acting an alias
# of its country), a "General Motors" instance the gold never links to the other, and "the
# emerging Chrysler"; so purity cannot pass 128/131 = 0.977 here. `benchmarks/actors.py
# --explain` lists them.
# Issue's reading: 0.985 / 0.830 / 0.962; raw spaCy PERSON and ORG 0.958 / 0.667 / 0.960.
# Floors sit just under the measured figures.
PRECISION_FLOOR = 0.91
RECALL_FLOOR = 0.84  # the issue's floor is 0.80
PURITY_FLOOR = 0.96
ISSUE_PRECISION_FLOOR = 0.95  # the issue's floors, under the reading of its baseline
ISSUE_RECALL_FLOOR = 0.80
# The places list: every place card matches a gold entity (12/12), and with it the brief
# finds 0.896 of the counted instances (actors alone 0.852).
PLACES_PRECISION_FLOOR = 0.9


def test_actors_gate(corpus):
    zero = Score(0, 0, 0, 0, 0, 0)
    ours = baseline = ours_issue = baseline_issue = with_places = places = zero
    for cluster in corpus.values():
        cards, place = brief_cards(cluster.articles)
        with_places += score_cluster(cluster.gold, cards + place)
        places += score_cluster(cluster.gold, place, as_issue=True)
        ours += score_cluster(cluster.gold, cards)
        baseline += score_cluster(cluster.gold, raw_cards(cluster.articles))
        ours_issue += score_cluster(cluster.gold, cards, as_issue=True)
        raw = raw_cards(cluster.articles, ISSUE_RAW_LABELS)
        baseline_issue += score_cluster(cluster.gold, raw, as_issue=True)
    print()
    print(ours.line("actors briefgen"))
    print(baseline.line("actors raw spaCy by exact text (baseline)"))
    print(ours_issue.line("actors briefgen, the issue's reading"))
    print(baseline_issue.line("actors raw spaCy PERSON and ORG, the issue's reading"))
    print(with_places.line("actors and places"))
    print(places.line("places alone, the issue's reading"))
    assert ours.instances >= 100 and ours.cards >= 100
    assert ours.precision >= PRECISION_FLOOR
    assert ours.recall >= RECALL_FLOOR
    assert ours.purity >= PURITY_FLOOR
    assert ours.precision > baseline.precision
    assert ours.purity >= baseline.purity - 0.02
    assert ours_issue.precision >= ISSUE_PRECISION_FLOOR
    assert ours_issue.recall >= ISSUE_RECALL_FLOOR
    assert ours_issue.precision > baseline_issue.precision
    assert ours_issue.recall > baseline_issue.recall
    assert places.precision >= PLACES_PRECISION_FLOOR
    assert with_places.recall > ours.recall
