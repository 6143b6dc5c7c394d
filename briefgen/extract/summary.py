"""Bottom line up front: the few sentences that best say what happened and who acted.

Sentences are scored by the salience of the actors they name and favoured in the lead,
then picked greedily, skipping any that repeat what an earlier pick already says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.model import Actor, SummaryItem

MAX_BULLETS = 5
_LEAD_BONUS = 1.0  # the lead sentence of a news story is written to be its summary
_REDUNDANT = 0.5  # share of content words two bullets may have in common
_MIN_WORDS = 8  # a shorter sentence is a title, a dateline or a fragment
_WORD = re.compile(r"[A-Za-z][a-z]{3,}")


def extract_summary(
    articles: Sequence[ParsedArticle], actors: ActorIndex, ranked: Sequence[Actor]
) -> list[SummaryItem]:
    """Up to five non-redundant bullets, in story order."""
    weights = {actor.name: actor.salience for actor in ranked}
    top = max(weights.values(), default=1.0) or 1.0
    candidates = []
    for article in articles:
        for position, sentence in enumerate(_body_sentences(article)):
            named = {actors.resolve(e.text) for e in sentence.ents} - {None}
            score = sum(weights.get(name, 0.0) for name in named if name) / top
            score += _LEAD_BONUS / (1 + position)
            candidates.append((score, article, sentence))
    chosen: list[tuple[ParsedArticle, Span]] = []
    for _, article, sentence in sorted(candidates, key=lambda c: -c[0]):
        if len(chosen) == MAX_BULLETS:
            break
        if all(_overlap(sentence, other) < _REDUNDANT for _, other in chosen):
            chosen.append((article, sentence))
    chosen.sort(key=lambda pair: (pair[0].source.id, pair[1].start_char))
    return [
        SummaryItem(text=sentence.text.strip(), evidence=[article.span_evidence(sentence)])
        for article, sentence in chosen
    ]


def _body_sentences(article: ParsedArticle) -> list[Span]:
    """Sentences that can stand as bullets: not the title, not a bare quote."""
    title = article.source.title
    found = []
    for sentence in article.doc.sents:
        text = sentence.text.strip()
        if text == title or len(text.split()) < _MIN_WORDS or text[:1] in "“\"'‘":
            continue
        found.append(sentence)
    return found


def _overlap(first: Span, second: Span) -> float:
    a, b = set(_WORD.findall(first.text.lower())), set(_WORD.findall(second.text.lower()))
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0
