"""Quality gate: stories on the repo's data (the shared corpus is not in CI).

The three MEANTIME clusters (airbus, apple, gm: 30 Wikinews reports each over several years)
mixed in one folder must split into their three stories with an adjusted Rand index at or
above the measured value, and each cluster briefed alone must be one story; the seed is one
story. The AllSides and T17 figures are in benchmarks/synthesis.py.
"""

from __future__ import annotations

from sklearn.metrics import adjusted_rand_score

from briefgen.extract.stories import article_terms, group

# Measured 0.932: two articles join the gm story, whose reports of job cuts, results and sales
# they share their words with ("Airbus announces job cuts of 10,000", "Apple Inc. doubled its
# profits").
MIXED_ARI_FLOOR = 0.93


def test_meantime_clusters_mixed_split_into_their_stories(corpus):
    articles = [a for cluster in corpus.values() for a in cluster.articles]
    truth = [n for n, cluster in enumerate(corpus.values()) for _ in cluster.articles]
    found = group([article_terms(a) for a in articles]).labels
    ari = adjusted_rand_score(truth, found)
    print(f"MEANTIME mixed: {max(found) + 1} stories, adjusted Rand index {ari:.3f}")
    assert max(found) + 1 == len(corpus)
    assert ari >= MIXED_ARI_FLOOR


def test_each_meantime_cluster_alone_is_one_story(corpus):
    for name, cluster in corpus.items():
        found = group([article_terms(a) for a in cluster.articles])
        assert set(found.labels) == {0}, name


def test_the_seed_is_one_story(seed_brief):
    assert [story.sources for story in seed_brief.stories] == [["s1"]]
