"""Bottom line up front: the few sentences that best say what happened, who, and why.

Each sentence is scored by its centrality (how much of what all the articles say it
covers: cosine with the TF-IDF centroid), the salience of the actors it names, and its
place in the story (news leads are written to be summaries). Bullets are picked greedily,
skipping any that repeats an earlier pick, with one kept for the best sentence that says
why it matters; each bullet cites every source that says the same: a sentence that shares
most of its words (`same_report_cited`) and reports the same fact (the same-fact test of
extract/samefact.py). The decisions are named rules (stage "summary"): `SENTENCE_FILTERS`
(what cannot be a bullet), `BULLET_RULES` (a repeat or a bullet), `why_it_matters` and
`same_report_cited`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span

from briefgen.budget import charging, check
from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.ents import ents_in
from briefgen.extract.lexicon import words
from briefgen.extract.rules import ARTICLE_BREAK, Rule, first, is_tracing, record, rule
from briefgen.extract.samefact import Fact, corroborates, dates_within, sentence_fact
from briefgen.model import Actor, DateMention, Evidence, SummaryItem

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
    articles: Sequence[ParsedArticle],
    actors: ActorIndex,
    ranked: Sequence[Actor],
    dates: Sequence[DateMention] = (),
) -> list[SummaryItem]:
    """Up to five non-redundant bullets in story order, each citing the sources that report
    the same fact (`dates`, the brief's date mentions, tell reports of two dates apart)."""
    candidates = [c for article in articles for c in _charged_candidates(article)]
    if not candidates:
        return []
    scores = _scores(candidates, actors, ranked)
    ordered = sorted(candidates, key=lambda c: -scores[id(c)])
    # One slot is kept for the best sentence that says why it matters.
    why = next((c for c in ordered if why_it_matters(c.sentence)), None)
    chosen: list[Candidate] = []
    for candidate in ordered:
        if len(chosen) == MAX_BULLETS - (why is not None and why not in chosen):
            break
        made, outcome = _bullet(candidate, chosen)
        _note(made, candidate, outcome)
        if made is central_bullet:
            chosen.append(candidate)
    if why is not None and why not in chosen:
        made, outcome = _bullet(why, chosen)
        _note(why_it_matters if made is central_bullet else made, why, outcome)
        if made is central_bullet:
            chosen.append(why)
    chosen.sort(key=lambda c: (c.article.source.id, c.sentence.start_char))
    facts = _Facts(actors, dates)
    return [
        SummaryItem(text=c.sentence.text.strip(), evidence=_citations(c, candidates, facts))
        for c in chosen
    ]


def _bullet(candidate: Candidate, chosen: list[Candidate]) -> tuple[Rule[..., Any], str]:
    """Whether a sentence becomes a bullet, by the first rule of `BULLET_RULES` that decides
    (`central_bullet` always does)."""
    found = first(BULLET_RULES, candidate, chosen)
    assert found is not None and found[1] is not None
    return found[0], found[1]


def _note(made: Rule[..., Any], candidate: Candidate, outcome: str) -> None:
    if is_tracing():
        evidence = [candidate.article.span_evidence(candidate.sentence)]
        record(made, candidate.sentence.text.strip(), outcome, evidence)


def _candidates(article: ParsedArticle) -> list[Candidate]:
    """Sentences that can stand as bullets: those no rule of `SENTENCE_FILTERS` drops."""
    title = article.source.title
    found: list[Candidate] = []
    for sentence in article.doc.sents:
        check(article.doc)
        text = sentence.text.strip()
        dropped = first(SENTENCE_FILTERS, text, title)
        if dropped is not None:
            if is_tracing():
                record(dropped[0], text, "dropped", [article.span_evidence(sentence)])
            continue
        terms = Counter(
            t.lemma_.lower() for t in sentence if _WORD.fullmatch(t.text) and not t.is_stop
        )
        found.append(Candidate(article, sentence, len(found), terms))
    return found


@rule("summary", example="Example\n\nThe clashes left dozens dead on both sides.")
def bullet_headline(text: str, title: str) -> bool:
    """The headline is no bullet: the brief has its own title."""
    return text == title


@rule("summary", example="The talks failed. The clashes left dozens dead on both sides.")
def bullet_fragment(text: str, title: str) -> bool:
    """A sentence under eight words is a title, a dateline or a fragment."""
    return len(text.split()) < _MIN_WORDS


@rule(
    "summary",
    example="Pakistan’s Information Minister Attaullah Tarar confirmed the breakdown in a "
    "statement on X, saying that Afghanistan’s Taliban government had failed to provide "
    "credible guarantees against cross-border militant attacks, while Islamabad says the "
    "violence stems from militant groups operating inside Afghanistan, particularly the "
    "Tehrik-e-Taliban Pakistan (TTP), which it accuses Kabul of sheltering, and the clashes "
    "left dozens dead on both sides and forced the closure of several key border crossings.",
)
def bullet_run_on(text: str, title: str) -> bool:
    """A sentence over sixty words is a run-on that reads badly as a bullet."""
    return len(text.split()) > _MAX_WORDS


@rule(
    "summary",
    example="“We will continue to take all possible measures necessary to protect our people "
    "from the menace of terrorism,” he said.",
)
def bullet_opening_quote(text: str, title: str) -> bool:
    """A sentence that opens with a quotation mark is a bare quote, not a summary."""
    return text[:1] in "“\"'‘"


# Sentences that cannot stand as bullets (the first that decides drops the sentence).
SENTENCE_FILTERS = [bullet_headline, bullet_fragment, bullet_run_on, bullet_opening_quote]


@rule(
    "summary",
    example="Ford Motor Company said on Tuesday that its sales in the United States rose 43% in "
    "February compared to the same period last year. Ford said its sales in the United States "
    "rose 43% in February compared to a year ago.",
)
def redundant_bullet(candidate: Candidate, chosen: Sequence[Candidate]) -> str | None:
    """A sentence sharing half its content words with a better bullet repeats it."""
    repeated = next((c for c in chosen if _overlap(candidate, c) >= _REDUNDANT), None)
    return f"dropped: repeats {repeated.sentence.text.strip()[:60]}" if repeated else None


@rule(
    "summary",
    example="Efforts to broker a lasting ceasefire between Pakistan and Afghanistan ended in "
    "failure this week, as Islamabad declared that the four-day talks in Istanbul had failed.",
)
def central_bullet(candidate: Candidate, chosen: Sequence[Candidate]) -> str | None:
    """Otherwise the best-scored sentences are bullets: centrality (cosine with the TF-IDF
    centroid of all sentences), the salience of the actors named, and a lead position."""
    return "bullet"


# Whether a sentence, taken in score order while slots remain, becomes a bullet.
BULLET_RULES = [redundant_bullet, central_bullet]


@rule(
    "summary",
    example="Efforts to broker a lasting ceasefire between Pakistan and Afghanistan ended in "
    "failure this week. The clashes left dozens dead on both sides and forced the closure of "
    "several key border crossings. Islamabad says the violence stems from militant groups "
    "operating inside Afghanistan. Pakistan’s Information Minister Attaullah Tarar confirmed "
    "the breakdown in a statement on X. Qatar and Turkey helped broker the discussions in "
    "Istanbul last week. The breakdown marks another setback in efforts to stabilize relations "
    "between the two neighbors.",
)
def why_it_matters(sentence: Span) -> bool:
    """One bullet is kept for the best sentence whose main clause evaluates the event ("The
    breakdown marks another setback"): a significance word as the main verb or one of its
    arguments (lexicon `significance_cues`)."""
    cues = words("significance_cues")
    root = sentence.root
    return any(t.lemma_.lower() in cues for t in [root, *root.children])


def _charged_candidates(article: ParsedArticle) -> list[Candidate]:
    with charging(article.doc):
        return _candidates(article)


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
        named = {actors.resolve(e.text) for e in ents_in(c.sentence)} - {None}
        scores[id(c)] = (
            _WEIGHTS["centrality"] * _cosine(vectors[id(c)], centroid, centroid_norm)
            + _WEIGHTS["actors"]
            * min(1.0, math.fsum(salience.get(n or "", 0.0) for n in named) / top)
            + _WEIGHTS["lead"] / (1 + c.position)
        )
    return scores


def _cosine(vector: dict[str, float], centroid: Counter[str], centroid_norm: float) -> float:
    dot = sum(weight * centroid[term] for term, weight in vector.items())
    norms = math.sqrt(sum(w * w for w in vector.values())) * centroid_norm
    return dot / norms if norms else 0.0


class _Facts:
    """The fact each candidate sentence reports, read once."""

    def __init__(self, actors: ActorIndex, dates: Sequence[DateMention]) -> None:
        self.actors, self.dates = actors, dates
        self._read: dict[int, Fact] = {}

    def of(self, candidate: Candidate) -> Fact:
        if id(candidate) not in self._read:
            evidence = candidate.article.span_evidence(candidate.sentence)
            values = dates_within(evidence, self.dates)
            self._read[id(candidate)] = sentence_fact(
                candidate.sentence, self.actors.resolve, values
            )
        return self._read[id(candidate)]


def _citations(chosen: Candidate, candidates: list[Candidate], facts: _Facts) -> list[Evidence]:
    """The bullet's own sentence, then the same report of the same fact in each other source."""
    evidence = [chosen.article.span_evidence(chosen.sentence)]
    cited = {chosen.article.source.id}
    for other in candidates:
        source = other.article.source.id
        if source in cited or not same_report_cited(chosen, other):
            continue
        found = other.article.span_evidence(other.sentence)
        if corroborates(facts.of(chosen), facts.of(other), other.sentence.text.strip(), [found]):
            evidence.append(found)
            cited.add(source)
            record(
                same_report_cited,
                other.sentence.text.strip(),
                f"cited beside {chosen.article.source.id}",
                evidence[-1:],
            )
    return evidence


@rule(
    "summary",
    example="Ford Motor Company said on Tuesday that its sales in the United States rose 43% in "
    "February compared to the same period last year. The automaker outsold rivals Toyota and "
    "General Motors in the month."
    + ARTICLE_BREAK
    + "Sales of automobiles in the United States fell as much as 35% in January, compared to "
    "the same month a year ago. Ford said its sales in the United States rose 43% in February "
    "compared to a year ago. General Motors reported a 49% decline.",
)
def same_report_cited(chosen: Candidate, other: Candidate) -> bool:
    """A bullet cites, in each other source, the first sentence that shares six tenths of its
    content words: the same report."""
    return _overlap(chosen, other) >= _SAME_REPORT


def _overlap(first: Candidate, second: Candidate) -> float:
    a, b = first.words, second.words
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0
