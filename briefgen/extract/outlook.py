"""Outlook: forward-looking statements (risks, next steps, positions, forecasts).

A sentence is forward-looking when a clause in it is in the future tense, carries a
modal of possibility, or is headed by a cue verb such as "consider" or "warn" (a lexicon
with the kind each cue suggests). Infinitives ("to plan attacks") are not cues.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.lexicon import table
from briefgen.extract.quotes import resolve_mention
from briefgen.model import OutlookItem, OutlookKind, Quote

_FUTURE = frozenset({"will", "'ll", "shall", "wo"})
_POSSIBLE = frozenset({"may", "might", "could", "would"})
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "relcl", "advcl", "parataxis"})


def extract_outlook(
    article: ParsedArticle, actors: ActorIndex, quotes: Sequence[Quote]
) -> list[OutlookItem]:
    """One outlook item per forward-looking sentence, with its kind and speaker."""
    items = []
    for sentence in article.doc.sents:
        found = _forward_cue(sentence)
        if found is None:
            continue
        cue, kind = found
        speaker = _quoted_speaker(article, sentence, quotes) or _clause_speaker(cue, actors)
        items.append(
            OutlookItem(
                text=sentence.text.strip(),
                kind=kind,
                speaker=speaker,
                evidence=article.span_evidence(sentence),
            )
        )
    return items


def _forward_cue(sentence: Span) -> tuple[Token, OutlookKind] | None:
    """The first forward-looking clause head in a sentence, and the kind it suggests."""
    cues = table("future_cues")
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma in cues and _heads_clause(token):
            return token, cues[lemma]  # type: ignore[return-value]
    for token in sentence:
        if token.dep_ == "aux" and token.lower_ in _FUTURE | _POSSIBLE:
            verb = token.head
            return verb, _modal_kind(token, verb)
    return None


def _heads_clause(token: Token) -> bool:
    if token.pos_ == "ADJ":  # "may be imminent", "likely"
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return token.pos_ == "VERB" and token.dep_ in _CLAUSE_DEPS and not infinitive


def _modal_kind(modal: Token, verb: Token) -> OutlookKind:
    """'We will ...' is a stated position; 'may', 'might', 'could' an expectation."""
    if modal.lower_ in _FUTURE:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return "position" if subject is not None and subject.pos_ in ("PRON", "PROPN") else "forecast"
    return "forecast"


def _quoted_speaker(article: ParsedArticle, sentence: Span, quotes: Sequence[Quote]) -> str | None:
    for quote in quotes:
        evidence = quote.evidence
        inside = sentence.start_char <= evidence.start < sentence.end_char
        if evidence.source == article.source.id and inside and quote.speaker:
            return quote.speaker
    return None


def _clause_speaker(cue: Token, actors: ActorIndex) -> str | None:
    """The subject of the cue's clause, or of the reporting clause above it."""
    verb = cue
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            resolved = resolve_mention(subject, actors)
            if resolved:
                return resolved
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
