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
"""

from __future__ import annotations

from benchmarks.actors import Score, actor_cards, raw_cards, score_cluster

# Measured: precision 0.763, recall 0.807, purity 0.951 (0.714 / 0.807 / 0.944 before
# products were dropped); raw spaCy by exact text 0.649, 0.933, 0.932 under the same
# scoring. The targets (precision 0.95, purity 0.98) are not met yet: most wrong
# cards are still products the model tags ORG ("Mac", "Macintosh", "MacBook Air"), and most
# impure ones are gold splits such as "United States" vs "United States of America".
# Floors sit just under the measured figures.
PRECISION_FLOOR = 0.75
RECALL_FLOOR = 0.80  # the floor
PURITY_FLOOR = 0.94


def test_actors_gate(corpus):
    ours = baseline = Score(0, 0, 0, 0, 0, 0)
    for cluster in corpus.values():
        ours = ours + score_cluster(cluster.gold, actor_cards(cluster.articles))
        baseline = baseline + score_cluster(cluster.gold, raw_cards(cluster.articles))
    print()
    print(ours.line("actors briefgen"))
    print(baseline.line("actors raw spaCy by exact text (baseline)"))
    assert ours.instances >= 100 and ours.cards >= 100
    assert ours.precision >= PRECISION_FLOOR
    assert ours.recall >= RECALL_FLOOR
    assert ours.purity >= PURITY_FLOOR
    assert ours.precision > baseline.precision
    assert ours.purity >= baseline.purity - 0.02
