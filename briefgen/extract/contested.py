"""Contested claims: where actors contradict each other, and where figures disagree.

A denial is a statement made under a denial verb ("denied Islamabad's allegations,
insisting that ..."). It is set beside the statements of the side it answers: the actor
its sentence names (with anyone affiliated to it), those statements ranked by the words
they share with the denial. Figures conflict when two sentences count the same fact
("dozens dead", "23 killed") with different numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.lexicon import table, words
from briefgen.model import Actor, Claim, Contested, Quote

MAX_ASSERTIONS = 2  # the other side's statements shown beside one denial
_WORD = re.compile(r"[^\W\d_]{4,}")


def find_contested(
    articles: Sequence[ParsedArticle], actors: ActorIndex, quotes: Sequence[Quote]
) -> list[Contested]:
    """Denials set against what they deny, then conflicting figures."""
    return _contested_claims(articles, actors, quotes) + _conflicting_figures(articles)


def _contested_claims(
    articles: Sequence[ParsedArticle], actors: ActorIndex, quotes: Sequence[Quote]
) -> list[Contested]:
    by_source = {article.source.id: article for article in articles}
    found = []
    for denial in quotes:
        article = by_source.get(denial.evidence.source)
        if article is None or denial.speaker is None:
            continue
        sentence = _sentence(article, denial)
        if sentence is None or not _under_denial(sentence):
            continue
        for accuser in _named_others(sentence, actors, denial.speaker):
            assertions = _statements_of(accuser, actors.actors, quotes, exclude=denial.speaker)
            ranked = sorted(assertions, key=lambda q: -_shared(q.text, sentence.text))[
                :MAX_ASSERTIONS
            ]
            if ranked:
                found.append(
                    Contested(
                        kind="claims",
                        matter=f"{accuser} / {denial.speaker}",
                        claims=[*map(_asserts, ranked), _denies(denial, sentence, article)],
                    )
                )
    return found


def _sentence(article: ParsedArticle, quote: Quote) -> Span | None:
    span = article.doc.char_span(quote.evidence.start, quote.evidence.end, alignment_mode="expand")
    return span.sent if span is not None else None


def _under_denial(sentence: Span) -> bool:
    return any(t.lemma_.lower() in words("denial_verbs") and t.pos_ == "VERB" for t in sentence)


def _named_others(sentence: Span, actors: ActorIndex, speaker: str) -> list[str]:
    named = [actors.resolve(entity.text) for entity in sentence.ents]
    return list(dict.fromkeys(name for name in named if name and name != speaker))


def _statements_of(
    side: str, cards: Sequence[Actor], quotes: Sequence[Quote], exclude: str
) -> list[Quote]:
    """What an actor, or anyone affiliated to it, said."""
    members = {side} | {a.name for a in cards if a.affiliation == side and a.name != exclude}
    return [q for q in quotes if q.speaker in members]


def _shared(first: str, second: str) -> int:
    return len(set(_WORD.findall(first.lower())) & set(_WORD.findall(second.lower())))


def _asserts(quote: Quote) -> Claim:
    return Claim(speaker=quote.speaker, stance="asserts", text=quote.text, evidence=quote.evidence)


def _denies(quote: Quote, sentence: Span, article: ParsedArticle) -> Claim:
    return Claim(
        speaker=quote.speaker,
        stance="denies",
        text=sentence.text.strip(),
        evidence=article.span_evidence(sentence),
    )


def _conflicting_figures(articles: Sequence[ParsedArticle]) -> list[Contested]:
    """Different numbers given for one counted fact ("killed", "injured")."""
    figures: dict[str, list[tuple[str, ParsedArticle, Span]]] = {}
    for article in articles:
        for entity in article.doc.ents:
            if entity.label_ != "CARDINAL":
                continue
            fact = _counted_fact(entity.root)
            if fact:
                figures.setdefault(fact, []).append((_number(entity.text), article, entity.sent))
    found = []
    for fact, reports in figures.items():
        if len({number for number, _, _ in reports}) < 2:
            continue
        claims = [
            Claim(stance="reports", text=s.text.strip(), evidence=a.span_evidence(s))
            for _, a, s in reports
        ]
        found.append(Contested(kind="figures", matter=fact, claims=claims))
    return found


def _counted_fact(number: Token) -> str | None:
    """What a number counts: 'dozens dead', '23 people were killed', '40 deaths'."""
    facts = table("casualty_terms")
    noun = number.head if number.dep_ == "nummod" else number
    candidates = [noun, *noun.children, noun.head]
    for token in candidates:
        entry = facts.get(token.lemma_.lower())
        if entry:
            return entry[0]
    return None


def _number(text: str) -> str:
    """A comparison key for a figure: digits, or the vague word ('dozens')."""
    digits = re.sub(r"[^\d]", "", text)
    return digits or text.lower().split()[-1]
