"""Quotes: direct, partial and indirect speech, each attributed to a canonical actor.

Quote marks are paired per paragraph, so a stray mark costs at most its own quote and
never the document. The speaker is the subject of the reporting verb that governs the
quote in the dependency parse; pronouns and role nouns ("the minister") resolve to the
actor they refer to, and a quote with no cue continues the previous speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.countries import gazetteer
from briefgen.extract.lexicon import folded, words
from briefgen.model import Quote, QuoteKind

_OPENING = "“«„"
_MIN_PARTIAL_WORDS = 3  # shorter fragments in marks are scare quotes or titles
_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person"}


@dataclass(frozen=True)
class Marked:
    """The characters between a pair of quote marks."""

    start: int
    end: int


def quote_marks(text: str) -> list[Marked]:
    """Spans inside paired quote marks, paragraph by paragraph.

    Curly marks pair by direction; straight marks pair in order. A quote left open at
    the end of a paragraph continues only if the next paragraph opens with a mark (the
    news convention for multi-paragraph quotes); any other stray mark is ignored."""
    found: list[Marked] = []
    offset = 0
    paragraphs = text.split("\n")
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1].lstrip() if index + 1 < len(paragraphs) else ""
        continues = following[:1] != "" and following[0] in _OPENING + '"'
        found += [Marked(offset + s, offset + e) for s, e in _pair(paragraph, continues)]
        offset += len(paragraph) + 1
    return found


def _pair(paragraph: str, continues: bool) -> Iterator[tuple[int, int]]:
    opened: int | None = None
    for match in re.finditer(r"[“”«»„\"]", paragraph):
        mark, at = match.group(), match.start()
        if opened is not None and mark in '”»"':
            if at > opened:
                yield opened, at
            opened = None
        elif mark in _OPENING + '"':
            opened = at + 1  # an opening mark while one is open: the earlier one was stray
    if opened is not None and continues and len(paragraph.rstrip()) > opened:
        yield opened, len(paragraph.rstrip())


def extract_quotes(article: ParsedArticle, actors: ActorIndex) -> list[Quote]:
    """Direct and partial quotes, then indirect speech outside them."""
    doc = article.doc
    quotes: list[Quote] = []
    previous: tuple[int, str | None] | None = None  # (paragraph start, speaker)
    for marked in quote_marks(doc.text):
        # A comma before the closing mark belongs to the sentence around the quote.
        end = marked.start + len(doc.text[marked.start : marked.end].rstrip(" ,;"))
        span = doc.char_span(marked.start, end, alignment_mode="expand")
        if span is None or not span.text.strip():
            continue
        kind = _kind(doc, marked)
        cue = _cue(span)
        if kind == "partial" and (cue is None or len(span.text.split()) < _MIN_PARTIAL_WORDS):
            continue
        paragraph = doc.text.rfind("\n", 0, marked.start) + 1
        if cue is not None:
            speaker = _speaker(cue, span, actors)
        elif previous is not None and previous[0] == paragraph:
            speaker = previous[1]
        else:
            speaker = None
        quotes.append(
            Quote(
                text=span.text.strip(),
                speaker=speaker,
                cue=cue.text if cue is not None else None,
                kind=kind,
                evidence=article.span_evidence(span),
            )
        )
        previous = (paragraph, speaker)
    inside = {i for q in quotes for i in range(q.evidence.start, q.evidence.end)}
    return quotes + list(_indirect(article, actors, inside))


def _kind(doc: Doc, marked: Marked) -> QuoteKind:
    """Direct when the quote is a sentence of its own: it opens with a capital and either
    opens a sentence (or follows a colon or dash) or ends in a full stop; partial when a
    fragment sits inside the reporter's sentence."""
    text = doc.text
    before = text[: marked.start - 1].rstrip()
    inner = text[marked.start : marked.end].strip()
    starts_sentence = not before or before[-1] in ".!?:\n" or before.endswith(("—", "–"))
    if inner[:1].isupper() and (starts_sentence or inner.endswith((".", "!", "?"))):
        return "direct"
    return "partial"


def _cue(quote: Span) -> Token | None:
    """The reporting verb governing the quote, or one in its sentence outside it."""
    inside = range(quote.start, quote.end)
    for token in quote:
        if token.head.i in inside:
            continue
        for ancestor in [token, *token.ancestors]:
            if ancestor.i not in inside and _is_cue(ancestor):
                return ancestor
    sentence = quote.sent
    return next((t for t in sentence if t.i not in inside and _is_cue(t)), None)


def _is_cue(token: Token) -> bool:
    if token.pos_ == "VERB" and token.lemma_.lower() in words("reporting_verbs"):
        return True
    return token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)


def _speaker(cue: Token, quote: Span, actors: ActorIndex) -> str | None:
    subject = _subject(cue)
    if subject is None or quote.start <= subject.i < quote.end:
        return None
    return resolve_mention(subject, actors)


def _subject(cue: Token) -> Token | None:
    """Who did the saying: the subject, the passive subject ("was quoted"), "according to X"."""
    if cue.lower_ == "according":
        to = next(c for c in cue.children if c.lower_ == "to")
        return next((c for c in to.children if c.dep_ == "pobj"), None)
    verb = cue
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def resolve_mention(token: Token, actors: ActorIndex) -> str | None:
    """The canonical actor a subject token refers to: a name, a pronoun or a role noun."""
    doc = token.doc
    entity = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    if entity is not None:
        return actors.resolve(entity.text) or _via_modifier(token, actors)
    if token.lower_ in _PRONOUNS:
        return _last_person(doc, token.i, actors)
    if token.pos_ in ("NOUN", "PROPN"):
        return _via_modifier(token, actors) or _by_role(doc, token, actors)
    return None


def _via_modifier(noun: Token, actors: ActorIndex) -> str | None:
    """"Afghan officials", "Pakistan's government": the country or body a noun speaks for."""
    if noun.lower_ not in folded("government_nouns"):
        return None
    for child in noun.children:
        if child.dep_ in ("amod", "poss", "compound", "nmod"):
            country = gazetteer().demonyms.get(child.text) or actors.resolve(child.text)
            if country:
                return actors.resolve(country) or country
    return None


def _last_person(doc: Doc, before: int, actors: ActorIndex) -> str | None:
    for ent in reversed([e for e in doc.ents if e.end <= before and e.label_ == "PERSON"]):
        name = actors.resolve(ent.text)
        if name:
            return name
    return None


def _by_role(doc: Doc, noun: Token, actors: ActorIndex) -> str | None:
    """"the minister": the most recently mentioned person whose role has that word."""
    if not any(c.lower_ in ("the", "this", "that") for c in noun.children):
        return None
    for ent in reversed([e for e in doc.ents if e.end <= noun.i and e.label_ == "PERSON"]):
        name = actors.resolve(ent.text)
        actor = actors.actor(name) if name else None
        if actor is not None and actor.role and noun.lemma_.lower() in actor.role.lower():
            return actor.name
    return None


def _indirect(article: ParsedArticle, actors: ActorIndex, inside: set[int]) -> Iterator[Quote]:
    """"X said that ...", "X accused Kabul of ...", "according to X, ...": reported speech."""
    for token in article.doc:
        if not _is_cue(token) or token.lower_ == "according":
            continue
        content = _reported_content(token)
        if content is None or content.start_char in inside or content.end_char - 1 in inside:
            continue
        subject = _subject(token)
        speaker = resolve_mention(subject, actors) if subject is not None else None
        if speaker is None:
            continue
        yield Quote(
            text=content.text.strip(),
            speaker=speaker,
            cue=token.text,
            kind="indirect",
            evidence=article.span_evidence(content),
        )


def _reported_content(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ == "ccomp":
            tokens = [t for t in child.subtree if not (t.dep_ == "mark" and t.head.i == child.i)]
            tokens = [t for t in tokens if not t.is_punct or t.i < tokens[-1].i]
            if len(tokens) >= 3:
                return verb.doc[tokens[0].i : tokens[-1].i + 1]
    return None


def quote_speakers(quotes: Sequence[Quote]) -> list[str | None]:
    """Speakers of direct and partial quotes, for salience."""
    return [quote.speaker for quote in quotes if quote.kind != "indirect"]
