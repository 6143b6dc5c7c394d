"""Outlook: forward-looking statements (risks, next steps, positions, forecasts).

A sentence is forward-looking when a clause in it is in the future tense, carries a
modal of possibility, is headed by a cue such as "consider" or "warn" in a present or
future form, or names something "future" that failed or is missing. Each item gets a
kind, a hedging level, a speaker and a short phrase; its evidence is the whole sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import get_args

from spacy.tokens import Span, Token

from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.lexicon import table, words
from briefgen.extract.quotes import resolve_mention
from briefgen.model import Actor, Hedging, OutlookItem, OutlookKind, Quote

_FUTURE = frozenset({"will", "'ll", "shall", "wo"})
_HEDGED = {"may": "possible", "might": "possible", "could": "possible", "would": "likely",
           "should": "likely"}  # fmt: skip
_PRESENT_OR_FUTURE = frozenset({"VB", "VBZ", "VBP", "VBG"})
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "relcl", "advcl", "parataxis", "xcomp"})
# Side material cut from the phrase: relative clauses, appositions, parentheses.
_ASIDES = frozenset({"relcl", "appos", "parataxis"})
_MAX_PHRASE_WORDS = 30
_KIND_WEIGHT = {"risk": 0.3, "next_step": 0.3, "position": 0.2, "forecast": 0.1}
_HEDGING_WEIGHT = {"certain": 0.2, "likely": 0.1, "possible": 0.0}


@dataclass(frozen=True)
class Cue:
    """What makes a sentence forward-looking."""

    token: Token  # the cue word, or the verb a modal governs
    kind: OutlookKind
    hedging: Hedging


def extract_outlook(
    article: ParsedArticle, actors: ActorIndex, quotes: Sequence[Quote]
) -> list[OutlookItem]:
    """One outlook item per forward-looking sentence, with kind, hedging and speaker."""
    items = []
    for sentence in article.doc.sents:
        if sentence.text.strip() == article.source.title:
            continue  # a headline restates the story; it is not a statement
        cue = forward_cue(sentence)
        if cue is None:
            continue
        speaker = _quoted_speaker(article, sentence, quotes) or _clause_speaker(cue.token, actors)
        items.append(
            OutlookItem(
                text=phrase(sentence),
                kind=cue.kind,
                hedging=cue.hedging,
                speaker=speaker,
                evidence=article.span_evidence(sentence),
            )
        )
    return items


def merge_outlook(items: Sequence[OutlookItem]) -> list[OutlookItem]:
    """One item per statement: the same phrase from several articles cites them all."""
    merged: dict[str, OutlookItem] = {}
    for item in items:
        key = " ".join(item.text.casefold().split())
        if key in merged:
            first = merged[key]
            merged[key] = first.model_copy(
                update={"also": [*first.also, item.evidence, *item.also]}
            )
        else:
            merged[key] = item
    return list(merged.values())


def rank_outlook(items: Sequence[OutlookItem], actors: Sequence[Actor]) -> list[OutlookItem]:
    """Items by importance: who says it, what kind it is, how sure, and how early it comes."""
    salience = {actor.name: actor.salience for actor in actors}
    top = max(salience.values(), default=1.0) or 1.0

    def score(item: OutlookItem) -> float:
        speaker = salience.get(item.speaker or "", 0.0) / top
        return speaker + _KIND_WEIGHT[item.kind] + _HEDGING_WEIGHT[item.hedging]

    return sorted(items, key=lambda item: (-score(item), item.evidence.source, item.evidence.start))


def forward_cue(sentence: Span) -> Cue | None:
    """The first forward-looking signal in a sentence, or None."""
    cues = table("future_cues")
    for token in sentence:
        entry = cues.get(token.lemma_.lower())
        if entry and _heads_clause(token):
            return Cue(token, _kind(entry[0]), _hedging(entry[1]))
    for token in sentence:
        if token.dep_ == "aux" and token.lower_ in _FUTURE | set(_HEDGED):
            verb = token.head
            if token.lower_ == "would" and verb.lemma_.lower() in words("polite_would"):
                continue
            if token.lower_ in _FUTURE:
                return Cue(verb, _will_kind(verb), "certain")
            if token.lower_ == "would" and _reported(verb):
                return Cue(verb, "position", "likely")  # "warned that the country would not allow"
            return Cue(verb, "forecast", _hedging(_HEDGED[token.lower_]))
    for token in sentence:
        if token.lower_ == "future" and token.dep_ == "amod":
            failed = any(t.lemma_.lower() in words("failure_words") for t in sentence)
            return Cue(token, "risk" if failed else "forecast", "possible")
    return None


def _heads_clause(token: Token) -> bool:
    """A cue counts as an adjective ("may be imminent") or as a present or future verb
    heading a clause; "to plan attacks" (an infinitive) and "had predicted" do not."""
    if token.pos_ == "ADJ":
        return token.dep_ in ("acomp", "amod", "attr", "ROOT", "conj")
    if (
        token.pos_ != "VERB"
        or token.tag_ not in _PRESENT_OR_FUTURE
        or token.dep_ not in _CLAUSE_DEPS
    ):
        return False
    return not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _will_kind(verb: Token) -> OutlookKind:
    """'We will ...' from a named or quoted speaker is a stated position; else a forecast."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return "position" if subject is not None and subject.pos_ in ("PRON", "PROPN") else "forecast"


def _reported(verb: Token) -> bool:
    """Whether a clause is the content of a reporting verb ("X said that ...")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in words("reporting_verbs")


def _kind(value: str) -> OutlookKind:
    if value not in get_args(OutlookKind):
        raise ValueError(f"future_cues lexicon: unknown kind {value!r}")
    return value  # type: ignore[return-value]


def _hedging(value: str) -> Hedging:
    if value not in get_args(Hedging):
        raise ValueError(f"future_cues lexicon: unknown hedging {value!r}")
    return value  # type: ignore[return-value]


def phrase(sentence: Span) -> str:
    """The sentence without relative clauses, appositions and parentheses, for the document."""
    doc = sentence.doc
    dropped: set[int] = set()
    for token in sentence:
        if token.dep_ in _ASIDES and token.head.i != token.i:
            aside = sorted(t.i for t in token.subtree)
            dropped |= set(aside)
            # The commas that set the aside off go with it.
            dropped |= {
                i for i in (aside[0] - 1, aside[-1] + 1) if 0 <= i < len(doc) and doc[i].text == ","
            }
    kept = [t for t in sentence if t.i not in dropped]
    pieces = []
    for token, following in zip(kept, [*kept[1:], None], strict=True):
        if following is None or following.i == token.i + 1:
            gap = token.whitespace_
        else:
            gap = "" if following.is_punct else " "
        pieces.append(token.text + gap)
    text = "".join(pieces).strip()
    if len(text.split()) > _MAX_PHRASE_WORDS:
        text = " ".join(text.split()[:_MAX_PHRASE_WORDS]) + " …"
    return text


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
