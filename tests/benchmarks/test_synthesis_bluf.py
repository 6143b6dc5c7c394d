"""The bottom-line benchmark's helpers: cutting, the Lead and LexRank baselines, ROUGE."""

from __future__ import annotations

import pytest

from benchmarks.synthesis_bluf import SentenceTokenizer, cut, lead, lexrank, score

# Two outlets' leads on one event (the seed, inputs/istanbul-talks.txt, and a rewording).
FIRST = [
    "Efforts to broker a lasting ceasefire between Pakistan and Afghanistan ended in failure "
    "this week.",
    "The clashes left dozens dead on both sides.",
    "Qatar and Turkey helped broker the discussions in Istanbul.",
]
SECOND = [
    "Talks in Istanbul between Pakistan and Afghanistan failed to agree a lasting ceasefire.",
    "Pakistan's Information Minister Attaullah Tarar confirmed the breakdown.",
]


def test_cut_keeps_the_first_words():
    assert cut(["One two three.", "Four five."], 4) == "One two three. Four"
    assert cut(["One two."], 10) == "One two."


def test_lead_takes_the_articles_round_robin():
    assert lead([FIRST, SECOND]) == [FIRST[0], SECOND[0], FIRST[1], SECOND[1], FIRST[2]]
    assert lead([]) == []


def test_the_tokenizer_gives_our_sentences_and_words():
    paragraph = " ".join(FIRST)
    tokenizer = SentenceTokenizer({paragraph: FIRST})
    assert tokenizer.to_sentences(paragraph) == tuple(FIRST)
    assert tokenizer.to_words("Pakistan's minister, Tarar.") == ("Pakistan's", "minister", "Tarar")


def test_lexrank_picks_the_fewest_central_sentences_that_reach_the_length():
    chosen = lexrank([FIRST, SECOND], 12)
    assert 1 <= len(chosen) <= 2
    assert sum(len(s.split()) for s in chosen) >= 12
    assert set(chosen) <= set(FIRST + SECOND)
    # the two reports of the failed talks are the most central sentences
    assert FIRST[0] in chosen or SECOND[0] in chosen


def test_score_is_rouge_f1():
    from rouge_score.rouge_scorer import RougeScorer

    scorer = RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    same = score(FIRST[0], FIRST[0], scorer)
    assert same == {"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0}
    reworded = score(FIRST[0], SECOND[0], scorer)  # Pakistan, Afghanistan, lasting ceasefire
    assert 0.4 < reworded["rouge1"] < 1.0 and 0.0 < reworded["rouge2"] < reworded["rouge1"]
    assert score(FIRST[0], FIRST[1], scorer)["rouge1"] == 0.0  # no word in common
    assert score(FIRST[0], "", scorer)["rouge1"] == pytest.approx(0.0)
