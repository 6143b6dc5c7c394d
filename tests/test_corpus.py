"""The MEANTIME copy reads through briefgen's own ingest with the gold offsets intact."""


def test_corpus_texts_match_gold(corpus):
    for cluster in corpus.values():
        assert len(cluster.articles) == 30
        for record, article in zip(cluster.gold, cluster.articles, strict=True):
            assert article.source.text == record["text"], record["file"]
