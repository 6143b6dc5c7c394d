"""Detection of temporal expressions, and the tense of the clause that governs each one.

spaCy's DATE/TIME entities are the starting point; they are split where they join two
expressions ("November 11, three days later", "2009 to 2011") and completed with what the
model tends to miss: weekdays, deictic words ("now", "recently", "the past"), parts of the
day, decades ("the 70s"), numeric dates ("7/8/07") and anaphoric ones ("that day").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

_WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_EXTRA = re.compile(
    rf"\b(?:(?:last|next|this)\s+)?(?:{_WEEKDAY})"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\b(?:today|yesterday|tomorrow|tonight|currently|nowadays|ongoing)\b"
    r"|\bnow\b(?!-)|\bsoon\b(?!-)|\b(?:more\s+)?recent(?:ly)?\b|\bannual\b"
    r"|\bthe\s+(?:past|future)\b|\b(?:the\s+(?:long|short|near)\s+term|(?:long|short|near)-term)\b"
    r"|\b(?:earlier|later|last|next|this)\s+(?:week|month|year|weekend)\b"
    r"|\b(?:this\s+)?(?:morning|afternoon|evening)\b"
    r"|\b(?:that|the\s+same)\s+(?:day|time)\b"
    r"|(?:\bthe\s+)?(?<![\w$])'?(?:1[89]|20)?\d0s\b"
    r"|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b"
    r"|\b\d{1,2}:\d{2}(?:\s*(?:UTC|GMT|[ap]\.m\.?))?"
    r"|\b(?:(?:this|last|next)\s+)?(?:spring|summer|autumn|winter)\b"
    # A bare year only after a preposition or conjunction that introduces one ("to 2011").
    r"|(?:(?<=\bto )|(?<=\bin )|(?<=\bsince )|(?<=\bby )|(?<=\buntil )|(?<=\band )|(?<=\bthrough ))"
    r"(?:1[89]|20)\d{2}\b(?![\d,.%]\d)",
    re.IGNORECASE,
)
# Words the model leaves outside a DATE entity that belong to it ("this year", "the year previous").
_LEFT = frozenset({"this", "last", "next", "previous", "coming", "early", "late", "mid"})
_RIGHT = frozenset({"ago", "previous"})
# Words an entity must not end with ("the 70s and").
_DANGLING = frozenset({"and", "or", "to", "of", "in", "on", "at", "the", "from", "between"})
# Words an entity piece must not start with ("between 2014").
_LEADING = frozenset({"and", "or", "to", "between", "from", "through"})
_SEPARATORS = frozenset({",", "and", "to", "through", "or", ";", "until"})
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_PAST_MODAL = frozenset({"could", "might", "would", "should", "must", "may"})

Valid = Callable[[str], bool]


def temporal_spans(doc: Doc, valid: Valid) -> Iterator[Span]:
    """Temporal expressions in document order; `valid` says whether a text is one."""
    spans = [
        piece
        for ent in doc.ents
        if ent.label_ in ("DATE", "TIME")
        for piece in _split(_extend(ent), valid)
    ]
    taken = [(span.start_char, span.end_char) for span in spans]
    for match in _EXTRA.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and not any(
            start < span.end_char and span.start_char < end for start, end in taken
        ):
            spans.append(span)
            taken.append((span.start_char, span.end_char))
    yield from _join_adjacent(sorted(spans, key=lambda span: span.start_char))


def _split(ent: Span, valid: Valid) -> list[Span]:
    """An entity cut at line breaks (a dateline never runs into the next line), then at
    commas or conjunctions when every part is itself an expression ("June 17, two days");
    never before a bare year ("November 11, 2005")."""
    return [piece for line in _lines(ent) for piece in _cut(line, valid)]


def _cut(span: Span, valid: Valid) -> list[Span]:
    doc, cuts = span.doc, []
    for token in span[1:-1]:
        bare_year = re.fullmatch(r"\d{4}", doc[token.i + 1 : span.end].text)
        if token.lower_ in _SEPARATORS and not (token.text == "," and bare_year):
            cuts.append(token.i)
    bounds = [span.start - 1, *cuts, span.end]
    pieces = [_trim(doc[a + 1 : b]) for a, b in pairwise(bounds)]
    pieces = [p for p in pieces if len(p)]
    return pieces if len(pieces) > 1 and all(valid(p.text) for p in pieces) else [span]


def _lines(ent: Span) -> list[Span]:
    """An entity split at line breaks only: a dateline never runs into the next line."""
    parts, start = [], ent.start
    for token in ent:
        if "\n" in token.text:
            parts.append(ent.doc[start : token.i])
            start = token.i + 1
    parts.append(ent.doc[start : ent.end])
    return [p for p in (_trim(part) for part in parts) if len(p)]


def _extend(ent: Span) -> Span:
    doc, start, end = ent.doc, ent.start, ent.end
    while start > 0 and doc[start - 1].lower_ in _LEFT and doc[start].lower_ not in _LEFT:
        start -= 1
    while end < len(doc) and doc[end].lower_ in _RIGHT:
        end += 1
    return doc[start:end]


def _trim(span: Span) -> Span:
    doc, start, end = span.doc, span.start, span.end
    while start < end and (
        doc[start].is_punct or doc[start].is_space or doc[start].lower_ in _LEADING
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in _DANGLING
    ):
        end -= 1
    return doc[start:end]


def _join_adjacent(spans: list[Span]) -> Iterator[Span]:
    """ "Tuesday" + "night" -> "Tuesday night": the model splits DATE and TIME parts."""
    pending: Span | None = None
    for span in spans:
        if pending is not None and span.start == pending.end:
            pending = span.doc[pending.start : span.end]
            continue
        if pending is not None:
            yield pending
        pending = span
    if pending is not None:
        yield pending


def tense(token: Token) -> str:
    """'past', 'future' or 'present': the tense of the clause governing `token`.

    A future auxiliary, a modal, an infinitive ("is set to begin") or "going to" point
    forward; a past form or a perfect points back. A date that modifies a noun ("a June 3
    hearing has been scheduled") dates that noun's event, not the verb's: present."""
    if token.dep_ in ("compound", "amod", "nmod", "poss") and token.head.pos_ == "NOUN":
        return "present"
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return "present"
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.lower_ in _FUTURE_AUX for aux in auxiliaries) or _going_to(verb):
        return "future"
    if any(aux.tag_ == "MD" and aux.lower_ in _PAST_MODAL for aux in auxiliaries):
        perfect = any(aux.lemma_ == "have" for aux in auxiliaries)
        return "past" if perfect else "future"
    if any(aux.tag_ == "TO" for aux in auxiliaries) and not any(
        a.lemma_ == "have" for a in auxiliaries
    ):
        return "future"
    if any(aux.lemma_ == "have" for aux in auxiliaries):
        return "past"
    if verb.tag_ in ("VBD", "VBN") or any(aux.tag_ == "VBD" for aux in auxiliaries):
        return "past"
    return "present"


def _going_to(verb: Token) -> bool:
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lower_ == "going"
        and any(c.lemma_ == "be" for c in head.children)
    )
