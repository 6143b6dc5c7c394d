"""Timeline: dated events, each a short phrase from the clause that governs its date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from briefgen.extract import ParsedArticle
from briefgen.model import DateMention, Precision, TimelineEvent

_POINT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?(?:T\w+)?$")
_ARGUMENTS = frozenset({"dobj", "attr", "nsubj", "nsubjpass"})
_MAX_PART = 9  # tokens kept of a subject or object: a phrase, not a sentence
# Children that make a phrase long without saying what happened.
_DROP = frozenset({"relcl", "appos", "advcl", "punct", "mark", "parataxis", "dep", "meta"})


def build_timeline(
    articles: Sequence[ParsedArticle], dates: Iterable[DateMention]
) -> list[TimelineEvent]:
    """One event per resolved calendar date, merged across articles and sorted."""
    by_source = {article.source.id: article for article in articles}
    merged: dict[tuple[str, str], TimelineEvent] = {}
    for mention in dates:
        point = _point(mention)
        if point is None:
            continue
        article = by_source[mention.evidence.source]
        span = article.doc.char_span(mention.evidence.start, mention.evidence.end, "expand")
        phrase = event_phrase(span) if span is not None else None
        if not phrase:
            continue
        date, precision = point
        key = (date, phrase.casefold())
        sentence = span.sent if span is not None else None
        evidence = article.span_evidence(sentence) if sentence is not None else mention.evidence
        if key in merged:
            old = merged[key]
            merged[key] = old.model_copy(update={"evidence": [*old.evidence, evidence]})
        else:
            merged[key] = TimelineEvent(
                date=date, precision=precision, event=phrase, assumed=mention.assumed,
                evidence=[evidence],
            )  # fmt: skip
    return sorted(merged.values(), key=lambda event: (sort_key(event.date), event.event))


def _point(mention: DateMention) -> tuple[str, Precision] | None:
    if mention.type not in ("DATE", "TIME") or not mention.value:
        return None
    match = _POINT.match(mention.value)
    if not match:
        return None
    year, month, day, week = match.groups()
    if week:
        return f"{year}-W{week}", "week"
    if day:
        return f"{year}-{month}-{day}", "day"
    return (f"{year}-{month}", "month") if month else (year, "year")


def sort_key(value: str) -> tuple[int, int, int]:
    """Chronological order in which a month sorts before the days in it."""
    match = _POINT.match(value)
    if not match:
        return (9999, 99, 99)
    year, month, day, week = match.groups()
    if week:
        monday = dt.date.fromisocalendar(int(year), int(week), 1)
        return (monday.year, monday.month, monday.day)
    return (int(year), int(month or 0), int(day or 0))


def event_phrase(date: Span) -> str:
    """'Explosions in Kabul', 'Attaullah Tarar confirmed the discussions had yielded no
    progress': the clause around a date, cut to subject, verb and object."""
    governor = _governor(date.root)
    skip = set(range(date.start, date.end)) | _date_preposition(date)
    if governor.pos_ in ("VERB", "AUX") and governor.tag_ == "VBG" and governor.dep_ == "prep":
        objects = [c for c in governor.children if c.dep_ in ("dobj", "pobj")]
        return _tidy(_compact(objects[0], skip)) if objects else ""
    if governor.pos_ not in ("VERB", "AUX"):
        return _tidy(_compact(governor, skip))
    if governor.tag_ == "VBG" and governor.dep_ in ("advcl", "acl", "xcomp"):
        parts = [c for c in governor.children if c.dep_ in ("dobj", "prep") and c.i not in skip]
        return _tidy(" ".join(_compact(part, skip) for part in parts))
    return _tidy(_clause(governor, skip))


def _governor(token: Token) -> Token:
    """The verb or noun a date says when about; a noun that is a verb's argument ("made
    its maiden flight on April 27") hands over to the verb."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in _ARGUMENTS and head.head.pos_ == "VERB":
        return head.head
    return head


def _date_preposition(date: Span) -> set[int]:
    root = date.root
    return {root.head.i} if root.dep_ == "pobj" else set()


def _clause(verb: Token, skip: set[int]) -> str:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("conj", "xcomp"):
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    core = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt")]
    complements = [
        c for c in verb.children
        if c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "prep", "agent")
        and c.i not in skip
    ][:2]  # fmt: skip
    parts = [(_subject_text(subject, skip), subject.i)] if subject is not None else []
    parts += [(t.text, t.i) for t in (*core, verb)]
    parts += [(_compact(c, skip), c.i) for c in complements]
    return " ".join(text for text, _ in sorted(parts, key=lambda part: part[1]) if text)


def _subject_text(subject: Token, skip: set[int]) -> str:
    """A named subject by its name alone ("Attaullah Tarar"), else a compact noun phrase."""
    doc: Doc = subject.doc
    for ent in doc.ents:
        if ent.start <= subject.i < ent.end and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
            return ent.text
    return _compact(subject, skip)


def _compact(head: Token, skip: set[int]) -> str:
    """A token's subtree without dates, side clauses and punctuation, cut to a phrase."""
    keep = _kept(head, skip)
    while len(keep) > _MAX_PART:
        # Drop the rightmost modifier first: later material tends to be the least essential.
        removable = [
            c for c in _subtree_children(head, keep) if c.dep_ in ("prep", "acl", "ccomp")
        ]
        if not removable:
            keep = set(sorted(keep)[:_MAX_PART])
            break
        keep -= {t.i for t in max(removable, key=lambda c: c.i).subtree}
    doc = head.doc
    # A conjunction stays only while something it joins stays ("Pakistan and Afghanistan").
    joined = {t.i for i in keep for t in doc[i].children if t.dep_ == "cc" and _has_conj(t, keep)}
    return " ".join(doc[i].text for i in sorted(keep) if doc[i].dep_ != "cc" or i in joined)


def _has_conj(cc: Token, keep: set[int]) -> bool:
    return any(c.dep_ == "conj" and c.i in keep for c in cc.head.children)


def _kept(head: Token, skip: set[int]) -> set[int]:
    dropped: set[int] = set(skip)
    for token in head.subtree:
        if token.i != head.i and (token.dep_ in _DROP or token.is_space):
            dropped |= {t.i for t in token.subtree}
    return {t.i for t in head.subtree if t.i not in dropped}


def _subtree_children(head: Token, keep: set[int]) -> list[Token]:
    return [t for t in head.subtree if t.i != head.i and t.i in keep and t.head.i in keep | {head.i}]


def _tidy(phrase: str) -> str:
    phrase = re.sub(r"\s+([,.;:’'”)])", r"\1", phrase).replace("“ ", "“").strip(" ,;:-—“”\"")
    phrase = re.sub(r"\s+", " ", phrase)
    return phrase[:1].upper() + phrase[1:] if phrase else ""
