"""Contested claims: where actors contradict each other, and where figures disagree.

A denial is a statement made under a denial verb ("denied Islamabad's allegations,
insisting that ..."). It is set beside the statements of the side it answers: the actor
its sentence names (with anyone affiliated to it), those statements ranked by the words
they share with the denial. Figures conflict when two sentences count the same fact
("dozens dead", "23 killed") with different numbers. The decisions are named rules (stage
"contested"): `denial_verb`, `named_side`, `side_statements`, `closest_statements` pair a
denial with what it answers; `counted_fact` and `figures_differ` find conflicting figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.ents import ents_in
from briefgen.extract.lexicon import table, words
from briefgen.extract.rules import ARTICLE_BREAK, record, rule
from briefgen.model import Actor, Claim, Contested, Quote

MAX_ASSERTIONS = 2  # the other side's statements shown beside one denial
_WORD = re.compile(r"[^\W\d_]{4,}")
# The seed: Pakistan's accusation, then the Afghan denial that answers it.
_DENIAL_EXAMPLE = (
    "Islamabad says the violence stems from militant groups operating inside Afghanistan, "
    "particularly the Tehrik-e-Taliban Pakistan (TTP), which it accuses Kabul of sheltering. "
    "However, Afghan officials have previously denied Islamabad’s allegations, insisting that "
    "the Taliban administration does not harbor groups targeting Pakistan and that "
    "cross-border attacks are often triggered by Pakistan’s military actions."
)


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
        if sentence is None:
            continue
        verb = denial_verb(sentence)
        if verb is None:
            continue
        evidence = [article.span_evidence(sentence)]
        record(denial_verb, denial.text, f"denial by {denial.speaker} ({verb.text})", evidence)
        for side in named_side(sentence, actors, denial.speaker):
            record(named_side, side, f"answered by {denial.speaker}", evidence)
            assertions = _assertions(side, actors, quotes, denial.speaker, sentence)
            if assertions:
                found.append(
                    Contested(
                        kind="claims",
                        matter=f"{side} / {denial.speaker}",
                        claims=[*map(_asserts, assertions), _denies(denial, sentence, article)],
                    )
                )
    return found


def _assertions(
    side: str, actors: ActorIndex, quotes: Sequence[Quote], denier: str, sentence: Span
) -> list[Quote]:
    """The side's statements set beside a denial; each decision recorded."""
    statements = side_statements(side, actors.actors, quotes, denier)
    record(
        side_statements,
        side,
        f"{len(statements)} statements" if statements else "no statement: not contested",
    )
    kept = closest_statements(statements, sentence.text)
    for quote in statements:
        outcome = f"asserts against {denier}" if quote in kept else "dropped"
        record(closest_statements, quote.text, outcome, [quote.evidence])
    return kept


def _sentence(article: ParsedArticle, quote: Quote) -> Span | None:
    span = article.doc.char_span(quote.evidence.start, quote.evidence.end, alignment_mode="expand")
    return span.sent if span is not None else None


@rule("contested", example=_DENIAL_EXAMPLE)
def denial_verb(sentence: Span) -> Token | None:
    """A statement made in a sentence with a denial verb ("denied Islamabad’s allegations,
    insisting that ...") is a denial (lexicon `denial_verbs`)."""
    return next(
        (t for t in sentence if t.lemma_.lower() in words("denial_verbs") and t.pos_ == "VERB"),
        None,
    )


@rule("contested", example=_DENIAL_EXAMPLE)
def named_side(sentence: Span, actors: ActorIndex, speaker: str) -> list[str]:
    """A denial answers each actor its sentence names other than its speaker."""
    named = [actors.resolve(entity.text) for entity in ents_in(sentence)]
    return list(dict.fromkeys(name for name in named if name and name != speaker))


@rule("contested", example=_DENIAL_EXAMPLE)
def side_statements(
    side: str, cards: Sequence[Actor], quotes: Sequence[Quote], exclude: str
) -> list[Quote]:
    """What a side says is what the actor, or anyone affiliated to it (but the denier),
    said; a side that said nothing is not contested."""
    members = {side} | {a.name for a in cards if a.affiliation == side and a.name != exclude}
    return [q for q in quotes if q.speaker in members]


@rule("contested", example=_DENIAL_EXAMPLE)
def closest_statements(statements: Sequence[Quote], denial: str) -> list[Quote]:
    """Beside a denial stand the two statements of the side that share the most words (of four
    letters or more) with it."""
    return sorted(statements, key=lambda q: -_shared(q.text, denial))[:MAX_ASSERTIONS]


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
            fact = counted_fact(entity.root)
            if fact:
                record(counted_fact, entity.text, fact, [article.span_evidence(entity)])
                figures.setdefault(fact, []).append((_number(entity.text), article, entity.sent))
    found = []
    for fact, reports in figures.items():
        differ = figures_differ(reports)
        numbers = " / ".join(dict.fromkeys(number for number, _, _ in reports))
        record(
            figures_differ, fact, f"contested: {numbers}" if differ else "not contested: " + numbers
        )
        if not differ:
            continue
        claims = [
            Claim(stance="reports", text=s.text.strip(), evidence=a.span_evidence(s))
            for _, a, s in reports
        ]
        found.append(Contested(kind="figures", matter=fact, claims=claims))
    return found


@rule("contested", example="The clashes left dozens dead on both sides.")
def counted_fact(number: Token) -> str | None:
    """What a number counts: 'dozens dead', '23 people were killed', '40 deaths' (the noun it
    modifies, that noun's dependents or its head, in lexicon `casualty_terms`)."""
    facts = table("casualty_terms")
    noun = number.head if number.dep_ == "nummod" else number
    candidates = [noun, *noun.children, noun.head]
    for token in candidates:
        entry = facts.get(token.lemma_.lower())
        if entry:
            return entry[0]
    return None


@rule(
    "contested",
    example="The clashes left dozens dead on both sides."
    + ARTICLE_BREAK
    + "At least 23 people were killed in the border clashes.",
)
def figures_differ(reports: Sequence[tuple[str, ParsedArticle, Span]]) -> bool:
    """Figures conflict when two reports of one counted fact give different numbers."""
    return len({number for number, _, _ in reports}) >= 2


def _number(text: str) -> str:
    """A comparison key for a figure: digits, or the vague word ('dozens')."""
    digits = re.sub(r"[^\d]", "", text)
    return digits or text.lower().split()[-1]
