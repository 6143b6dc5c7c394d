"""Quality gate: temporal expressions on MEANTIME against the gold TIMEX3 annotations.

Span F1 (relaxed: overlapping spans) and value F1 (overlapping spans with the same TimeML
value), scored only inside each article's annotated scope; see benchmarks/dates.py. The
baseline is spaCy's DATE/TIME entities valued by dateparser (a bench-only dependency).
"""

from __future__ import annotations

import importlib.util

from benchmarks.dates import dateparser_baseline, evaluate, ours, score

SPAN_FLOOR = 0.92  # issue 5; measured 0.958 overall (baseline 0.928)
VALUE_FLOOR = 0.85  # issue 5; measured 0.886 overall (baseline 0.414; 0.881 before issue 20)
CLUSTER_VALUE_FLOOR = 0.83  # no story cluster may fall far below the overall figure


def test_dates_gate(corpus):
    clusters = {name: (c.gold, c.articles) for name, c in corpus.items()}
    scores = evaluate(clusters, ours)
    baseline = None
    if importlib.util.find_spec("dateparser") is not None:
        baseline = evaluate(clusters, dateparser_baseline)
    for name in [*clusters, "all"]:
        ref = f"{baseline[name].span_f1:.3f} / {baseline[name].value_f1:.3f}" if baseline else "n/a"
        ours_ = scores[name]
        print(
            f"dates {name}: span F1 {ours_.span_f1:.3f}, value F1 {ours_.value_f1:.3f} "
            f"({ours_.gold} gold, {ours_.predicted} predicted); "
            f"spaCy+dateparser span/value F1 {ref}"
        )
    assert scores["all"].gold >= 300  # the whole gold set was read
    assert scores["all"].span_f1 >= SPAN_FLOOR
    assert scores["all"].value_f1 >= VALUE_FLOOR
    assert all(scores[name].value_f1 >= CLUSTER_VALUE_FLOOR for name in clusters)
    if baseline is not None:
        assert scores["all"].value_f1 > baseline["all"].value_f1


def test_scoring_ignores_expressions_outside_the_annotated_scope(corpus):
    record = corpus["airbus"].gold[0]
    timex = record["timexes"][0]
    scope_end = max(end for _, end in record["scope"])
    assert scope_end < len(record["text"])  # the article runs on past its annotated part
    inside = (timex["start"], timex["end"], timex["value"], timex["type"])
    outside = (scope_end + 1, scope_end + 5, "2008", "DATE")
    wrong = (timex["start"], timex["end"], "1999", timex["type"])
    assert score(record, [inside, outside]).counts() == score(record, [inside]).counts()
    right, off = score(record, [inside]), score(record, [wrong])
    assert (right.span_precise, right.value_precise) == (1, 1)
    assert (off.span_precise, off.value_precise) == (1, 0)
