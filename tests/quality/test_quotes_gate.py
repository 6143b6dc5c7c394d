"""Quality gate: quotes found and attributed on hand-annotated real news.

39 articles (38 MEANTIME Wikinews articles and the seed), 138 quotes with their speakers,
in tests/data/quotes/gold.json; scoring in benchmarks/quotes.py. The MEANTIME parses are
the session's `corpus` fixture: nothing is parsed twice.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.quotes import evaluate, found_in, load_gold

PRECISION_FLOOR = 0.95  # issue 4 aims at F1 >= 0.92; measured precision 1.000
RECALL_FLOOR = 0.94  # measured 0.971
F1_FLOOR = 0.95  # measured 0.985
SPEAKER_FLOOR = 0.92  # issue 4; measured 0.970
# textacy 0.13.0 direct_quotations on the same texts, from `benchmarks/quotes.py` (it
# runs in its own virtualenv, so the suite cannot rerun it): it raises on 10 documents.
TEXTACY = "P 0.986 R 0.493 F1 0.657, speaker accuracy 0.559"


def test_quotes_gate(corpus, seed_article, parse_text):
    documents = load_gold()
    articles = {
        f"tests/data/meantime/{name}/{record['file']}": article
        for name, cluster in corpus.items()
        for record, article in zip(cluster.gold, cluster.articles, strict=True)
    }
    seed = parse_text(seed_article.text, seed_article.published)
    found = []
    for document in documents:
        article = (
            seed if document["file"] == "inputs/istanbul-talks.txt" else articles[document["file"]]
        )
        assert article.source.text == document["text"], Path(document["file"]).name
        found.append(found_in(article))
    score = evaluate(documents, found)
    print(score.line("quotes briefgen"))
    print(f"quotes textacy direct_quotations (baseline, recorded): {TEXTACY}")
    assert score.gold >= 130 and len(documents) >= 35
    assert score.precision >= PRECISION_FLOOR
    assert score.recall >= RECALL_FLOOR
    assert score.f1 >= F1_FLOOR
    assert score.speaker_accuracy >= SPEAKER_FLOOR
