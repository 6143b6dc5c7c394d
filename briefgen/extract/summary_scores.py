"""How a bottom-line candidate sentence is scored: what it covers, who, where, when, how widely.

Seven signals, summed with `WEIGHTS`: centrality (cosine of the sentence's TF-IDF vector with the
centroid of all candidate sentences of the story), closeness to the headlines (cosine with the
TF-IDF bag of the story's titles: a headline is its outlet's own summary), the salience of the
actors it names, its place in its article (news leads are written to be summaries), its recency
(the newest date it reports, or its article's publication date, against the brief's as-of date
or the story's newest article date if earlier, halving every `HALF_LIFE_DAYS`), and how widely
it is reported (the share of the story's other sources with a sentence reporting the same fact:
most of the same content words and no rule of samefact.py telling the two apart), and how
closely the other sources tell it (`across`: centrality across sources, as LexRank's graph
centrality but counted per source, so one outlet's many sentences on a side topic do not make
it central: the mean over the story's other sources of the best cosine of the sentence with one
of that source's sentences). The last two are read only for the `REPORTED_POOL` best-scored
sentences on the others, so a story of many articles costs no pairwise pass."""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import takewhile
from typing import TYPE_CHECKING, NamedTuple

from briefgen.extract.ents import ents_in
from briefgen.extract.rules import first
from briefgen.extract.samefact import FACT_REFUSALS, Fact
from briefgen.model import Actor, DateMention

if TYPE_CHECKING:
    from briefgen.extract import ParsedArticle
    from briefgen.extract.actors import ActorIndex
    from briefgen.extract.summary_bullets import Candidate

# Weights of the signals. Centrality, actors and lead are the earlier bottom line's; the
# others were set on the development half of the AllSides clusters (ROUGE-1/2 against the
# editors' summaries, benchmarks/synthesis.py --part bluf): headlines 2 (1: -0.003 ROUGE-1,
# 3: -0.001), reported 1 (0.5 and 1.5 within 0.001), across 2 (ROUGE-1/2 in the sources'
# words 0.441 / 0.158 without it; 1: 0.441 / 0.159; 2: 0.442 / 0.159; 3: 0.441 / 0.159; in
# place of centrality: 0.439 / 0.156). Recency does not vary within an AllSides
# cluster (one day): its weight, half the centrality's, says a fact two weeks old counts a
# quarter of centrality less than today's.
WEIGHTS = {
    "centrality": 1.0,
    "actors": 0.6,
    "lead": 0.8,
    "recency": 0.5,
    "reported": 1.0,
    "headlines": 2.0,
    "across": 2.0,
}
# A fact two weeks older than the as-of date counts half as new: a brief's bottom line is
# about the last days, and a story followed over months keeps its background lower.
HALF_LIFE_DAYS = 14.0
# Share of the shorter sentence's content words two reports of one fact share (a lower bar
# than a citation's: two outlets word one fact differently), tuned on development clusters.
REPORTED_OVERLAP = 0.4
_WORD = re.compile(r"[^\W\d_]{3,}")  # a content word, as candidates count them
REPORTED_POOL = 30  # best-scored candidates whose reports are counted
Vectors = dict[int, dict[str, float]]  # a TF-IDF vector by candidate `id`


def overlap(first_words: set[str], second_words: set[str]) -> float:
    """Shared content words as a share of the smaller set's (0 when either is empty)."""
    if not first_words or not second_words:
        return 0.0
    return len(first_words & second_words) / min(len(first_words), len(second_words))


def day_of(value: str) -> dt.date | None:
    """The day a TimeML value names ("2021-10-18"); None for a coarser or other value (a
    year or month is context, "the 2011 version", more often than the day of the event)."""
    try:
        return dt.datetime.strptime(value[:10], "%Y-%m-%d").date() if len(value) == 10 else None
    except ValueError:
        return None


def newest_day(articles: Sequence[ParsedArticle], as_of: dt.date | None) -> dt.date:
    """The day recency is counted back from: the as-of date, or the story's newest article
    date when that is earlier (a brief of an archived story: its last days are its news)."""
    newest = max(article.anchor for article in articles)
    return newest if as_of is None else min(as_of, newest)


def recency(when: dt.date, as_of: dt.date) -> float:
    """1 for a fact of the as-of date (or later), halving every `HALF_LIFE_DAYS` before it."""
    days = max(0, (as_of - when).days)
    return float(0.5 ** (days / HALF_LIFE_DAYS))


class SentenceDates:
    """The date each candidate reports: the newest day it names that is not after its
    article's date (a later one is a plan, not news), else its article's publication (or
    anchor) date."""

    def __init__(self, dates: Sequence[DateMention], as_of: dt.date) -> None:
        self.as_of = as_of
        self._by_source: dict[str, list[tuple[int, dt.date]]] = {}
        for mention in dates:
            day = day_of(mention.value) if mention.value else None
            if day is not None and mention.type in ("DATE", "TIME"):
                self._by_source.setdefault(mention.evidence.source, []).append(
                    (mention.evidence.start, day)
                )
        for found in self._by_source.values():
            found.sort()

    def of(self, candidate: Candidate) -> tuple[dt.date, bool]:
        """The candidate's date and whether the sentence gives it (False: its article's)."""
        article = candidate.article
        found = self._by_source.get(article.source.id, [])
        sentence = candidate.sentence
        low = bisect.bisect_left(found, (sentence.start_char, dt.date.min))
        high = bisect.bisect_left(found, (sentence.end_char, dt.date.min))
        said = [day for _, day in found[low:high] if day <= article.anchor]
        return (max(said), True) if said else (article.anchor, False)


def base_scores(
    candidates: Sequence[Candidate],
    actors: ActorIndex,
    ranked: Sequence[Actor],
    when: Callable[[Candidate], dt.date],
    as_of: dt.date,
) -> dict[int, float]:
    """Each candidate's score (by `id`) on centrality, actors, lead position and recency."""
    idf, vectors = tfidf_vectors(candidates)
    centroid: Counter[str] = Counter()
    for vector in vectors.values():
        centroid.update(vector)
    salience = {actor.name: actor.salience for actor in ranked}
    top = max(salience.values(), default=1.0) or 1.0
    centroid_norm = math.sqrt(sum(w * w for w in centroid.values()))
    headlines: Counter[str] = Counter()
    for article in {id(c.article): c.article for c in candidates}.values():
        headlines.update({t: idf.get(t, 1.0) for t in title_terms(article)})
    headlines_norm = math.sqrt(sum(w * w for w in headlines.values()))
    scores = {}
    for c in candidates:
        named = {actors.resolve(e.text) for e in ents_in(c.sentence)} - {None}
        scores[id(c)] = (
            WEIGHTS["centrality"] * cosine(vectors[id(c)], centroid, centroid_norm)
            + WEIGHTS["actors"]
            * min(1.0, math.fsum(salience.get(n or "", 0.0) for n in named) / top)
            + WEIGHTS["lead"] / (1 + c.position)
            + WEIGHTS["recency"] * recency(when(c), as_of)
            + WEIGHTS["headlines"] * cosine(vectors[id(c)], headlines, headlines_norm)
        )
    return scores


def tfidf_vectors(candidates: Sequence[Candidate]) -> tuple[dict[str, float], Vectors]:
    """The inverse document frequency of each term over the story's candidates, and each
    candidate's TF-IDF vector (by `id`)."""
    documents = Counter(term for c in candidates for term in c.words)
    idf = {term: math.log(len(candidates) / count) + 1.0 for term, count in documents.items()}
    return idf, {id(c): {t: n * idf[t] for t, n in c.terms.items()} for c in candidates}


def title_terms(article: ParsedArticle) -> set[str]:
    """The content-word lemmas of the article's title, when its text opens with it."""
    doc, title = article.doc, article.source.title.removesuffix("...").strip()
    text = article.source.text  # the Doc's text, which spaCy rebuilds on every access
    start = len(text) - len(text.lstrip())
    if not title or not text[start:].startswith(title):
        return set()
    end = start + len(title)
    opening = takewhile(lambda t: t.idx < end, doc)  # tokens are in text order: stop there
    return {t.lemma_.lower() for t in opening if _WORD.fullmatch(t.text) and not t.is_stop}


def cosine(vector: dict[str, float], centroid: Counter[str], centroid_norm: float) -> float:
    """Cosine of a sparse vector with the centroid (its norm given)."""
    dot = sum(weight * centroid[term] for term, weight in vector.items())
    norms = math.sqrt(sum(w * w for w in vector.values())) * centroid_norm
    return dot / norms if norms else 0.0


def reporting_sources(
    candidate: Candidate, candidates: Sequence[Candidate], fact: Callable[[Candidate], Fact]
) -> list[Candidate]:
    """In each other source, the first sentence that reports the same fact as `candidate`."""
    found: list[Candidate] = []
    seen = {candidate.article.source.id}
    for other in candidates:
        source = other.article.source.id
        if source in seen or overlap(candidate.words, other.words) < REPORTED_OVERLAP:
            continue
        if first(FACT_REFUSALS, fact(candidate), fact(other)) is None:
            found.append(other)
            seen.add(source)
    return found


class CrossSource(NamedTuple):
    """What the other sources of a story tell of each of the `REPORTED_POOL` best candidates
    (by `id`): the sentences that report its fact, and its centrality across sources."""

    reports: dict[int, list[Candidate]]
    across: dict[int, float]


def add_reports(
    scores: dict[int, float],
    candidates: Sequence[Candidate],
    fact: Callable[[Candidate], Fact],
) -> CrossSource:
    """Raise the `REPORTED_POOL` best candidates' scores by how closely the other sources tell
    what they say (`across_sources`) and by the share of the other sources that report their
    fact; each one's reports and centrality across sources."""
    sources = len({c.article.source.id for c in candidates})
    found = CrossSource({}, {})
    if sources < 2:
        return found
    pool = sorted(candidates, key=lambda c: -scores[id(c)])[:REPORTED_POOL]
    units = unit_vectors(tfidf_vectors(candidates)[1])
    for candidate in pool:
        found.across[id(candidate)] = across_sources(candidate, candidates, units)
        found.reports[id(candidate)] = reporting_sources(candidate, candidates, fact)
        share = len(found.reports[id(candidate)]) / (sources - 1)
        scores[id(candidate)] += WEIGHTS["across"] * found.across[id(candidate)]
        scores[id(candidate)] += WEIGHTS["reported"] * share
    return found


def across_sources(candidate: Candidate, candidates: Sequence[Candidate], units: Vectors) -> float:
    """Centrality across sources: the mean over the story's other sources of the best cosine
    of the candidate's TF-IDF vector with one of that source's sentences (`units`: the
    vectors scaled to length 1)."""
    own = candidate.article.source.id
    mine = units[id(candidate)]
    best: dict[str, float] = {}
    for other in candidates:
        source = other.article.source.id
        if source != own:
            vector = units[id(other)]
            cosine = sum(w * vector.get(t, 0.0) for t, w in mine.items())
            best[source] = max(best.get(source, 0.0), cosine)
    return math.fsum(best.values()) / len(best) if best else 0.0


def unit_vectors(vectors: Vectors) -> Vectors:
    """The vectors scaled to length 1 (an empty one stays empty)."""
    found = {}
    for key, vector in vectors.items():
        norm = math.sqrt(sum(w * w for w in vector.values()))
        found[key] = {t: w / norm for t, w in vector.items()} if norm else {}
    return found
