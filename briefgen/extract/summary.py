"""Bottom line up front: the few sentences that best say what happened, who, and why.

Each sentence is scored by its centrality (how much of what all the articles say it
covers: cosine with the TF-IDF centroid), the salience of the actors it names, and its
place in the story (news leads are written to be summaries). Bullets are picked greedily,
skipping any that repeats an earlier pick, with one kept for the best sentence that says
why it matters; each bullet cites every source that says the same.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span

from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.lexicon import words
from briefgen.model import Actor, Evidence, SummaryItem

MAX_BULLETS = 5
_WEIGHTS = {"centrality": 1.0, "actors": 0.6, "lead": 0.8}
_REDUNDANT = 0.5  # share of content words two bullets may have in common
_SAME_REPORT = 0.6  # share of content words that makes two sentences one report
_MIN_WORDS = 8  # a shorter sentence is a title, a dateline or a fragment
_MAX_WORDS = 60  # a longer one is a run-on that reads badly as a bullet
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class Candidate:
    """A sentence that could be a bullet."""

    article: ParsedArticle
    sentence: Span
    position: int  # index among the article's body sentences
    terms: Counter[str]

    @property
    def words(self) -> set[str]:
        return set(self.terms)


def extract_summary(
    articles: Sequence[ParsedArticle], actors: ActorIndex, ranked: Sequence[Actor]
) -> list[SummaryItem]:
    """Up to five non-redundant bullets in story order, each citing its sources."""
    candidates = [c for article in articles for c in _candidates(article)]
    if not candidates:
        return []
    scores = _scores(candidates, actors, ranked)
    ordered = sorted(candidates, key=lambda c: -scores[id(c)])
    # One slot is kept for the best sentence that says why it matters.
    why = next((c for c in ordered if _says_why(c.sentence)), None)
    chosen: list[Candidate] = []
    for candidate in ordered:
        if len(chosen) == MAX_BULLETS - (why is not None and why not in chosen):
            break
        if all(_overlap(candidate, other) < _REDUNDANT for other in chosen):
            chosen.append(candidate)
    if why is not None and why not in chosen and all(_overlap(why, c) < _REDUNDANT for c in chosen):
        chosen.append(why)
    chosen.sort(key=lambda c: (c.article.source.id, c.sentence.start_char))
    return [
        SummaryItem(text=c.sentence.text.strip(), evidence=_citations(c, candidates))
        for c in chosen
    ]


def _candidates(article: ParsedArticle) -> list[Candidate]:
    """Sentences that can stand as bullets: not the title, not a bare quote or fragment."""
    title = article.source.title
    found: list[Candidate] = []
    for sentence in article.doc.sents:
        text = sentence.text.strip()
        length = len(text.split())
        if text == title or not _MIN_WORDS <= length <= _MAX_WORDS or text[:1] in "“\"'‘":
            continue
        terms = Counter(
            t.lemma_.lower() for t in sentence if _WORD.fullmatch(t.text) and not t.is_stop
        )
        found.append(Candidate(article, sentence, len(found), terms))
    return found


def _says_why(sentence: Span) -> bool:
    """Whether the main clause evaluates the event ("The breakdown marks another setback"):
    a significance word as the main verb or one of its arguments."""
    cues = words("significance_cues")
    root = sentence.root
    return any(t.lemma_.lower() in cues for t in [root, *root.children])


def _scores(
    candidates: list[Candidate], actors: ActorIndex, ranked: Sequence[Actor]
) -> dict[int, float]:
    documents = Counter(term for c in candidates for term in c.words)
    idf = {term: math.log(len(candidates) / count) + 1.0 for term, count in documents.items()}
    vectors = {id(c): {t: n * idf[t] for t, n in c.terms.items()} for c in candidates}
    centroid: Counter[str] = Counter()
    for vector in vectors.values():
        centroid.update(vector)
    salience = {actor.name: actor.salience for actor in ranked}
    top = max(salience.values(), default=1.0) or 1.0
    scores = {}
    centroid_norm = math.sqrt(sum(w * w for w in centroid.values()))
    for c in candidates:
        named = {actors.resolve(e.text) for e in c.sentence.ents} - {None}
        scores[id(c)] = (
            _WEIGHTS["centrality"] * _cosine(vectors[id(c)], centroid, centroid_norm)
            + _WEIGHTS["actors"] * min(1.0, sum(salience.get(n or "", 0.0) for n in named) / top)
            + _WEIGHTS["lead"] / (1 + c.position)
        )
    return scores


def _cosine(vector: dict[str, float], centroid: Counter[str], centroid_norm: float) -> float:
    dot = sum(weight * centroid[term] for term, weight in vector.items())
    norms = math.sqrt(sum(w * w for w in vector.values())) * centroid_norm
    return dot / norms if norms else 0.0


def _citations(chosen: Candidate, candidates: list[Candidate]) -> list[Evidence]:
    """The bullet's own sentence, then the same report in each other source."""
    evidence = [chosen.article.span_evidence(chosen.sentence)]
    cited = {chosen.article.source.id}
    for other in candidates:
        source = other.article.source.id
        if source not in cited and _overlap(chosen, other) >= _SAME_REPORT:
            evidence.append(other.article.span_evidence(other.sentence))
            cited.add(source)
    return evidence


def _overlap(first: Candidate, second: Candidate) -> float:
    a, b = first.words, second.words
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0
