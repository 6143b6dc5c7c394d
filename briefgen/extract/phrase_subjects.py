"""Phrase subjects: a pronoun or a bare surname subject shown by the person it names.

A timeline row read alone must say who acted: a pronoun subject is shown as the actor it
refers to when that actor is the last person named before it (`pronoun_named`), and a
surname alone as the full name the article last gave it (`surname_named`). A subject the
parser found inside a quotation that is a clause of its own is no subject of a verb outside
it: that verb's clause is misread (`quote_split_subject`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from briefgen.extract.labels import (
    SUBJECTS,
)
from briefgen.extract.lexicon import folded
from briefgen.extract.quotemarks import across_quote, is_quoted, quoted_spans
from briefgen.extract.rules import record, rule

Namer = Callable[[Token], str | None]  # a pronoun -> the actor it refers to, if any

_CHAIN = 3  # sentences a pronoun chain is followed back to its name


@rule(
    "timeline",
    example="Randy Jackson, brother of the late pop star Michael Jackson, has been admitted to "
    "hospital with chest pains. He was in court on Monday with his family for a hearing.",
)
def pronoun_named(subject: Token, name: Namer | None) -> str | None:
    """A pronoun subject is shown as the actor it refers to ("He was in court on Monday" ->
    "Randy Jackson was in court"; extract/referents.py: the person named in the nearest
    sentence before it), so a row says who acted, when that actor is the last person named
    before it, in its sentence or the one before, and not named in the pronoun's own clause
    (`named_in_clause`). Otherwise the pronoun stays, and the row is not shown (readable.py
    `pronoun_subject`): a wrong name says what did not happen."""
    if name is None or subject.lower_ not in folded("personal_pronouns") or is_quoted(subject):
        return None  # a pronoun inside quote marks is the speaker's, not the narrative's
    named = name(subject)
    nearest = _nearest_person(subject)
    if nearest is None or name(nearest) != named or named is None:
        return None
    return None if named_in_clause(subject, named) else named


@rule(
    "timeline",
    example="Robyn Mendes was the victim in that case. In 2005, he was charged with assault and "
    "battery on Mendes with a dangerous weapon, according to court records.",
)
def named_in_clause(pronoun: Token, named: str) -> bool:
    """A pronoun subject never refers to a person its own clause names ("he was charged with
    assault and battery on Mendes": he is not Mendes; a name inside the clause of a
    pronoun that governs it cannot be what the pronoun stands for), so it is not shown as
    that person."""
    said = set(named.split())
    clause = [t for t in pronoun.head.subtree if t.i != pronoun.i]
    if not any(t.text in said and t.pos_ == "PROPN" for t in clause):
        return False
    record(named_in_clause, pronoun.text, f"not {named}: named in its clause")
    return True


def _nearest_person(pronoun: Token) -> Token | None:
    """The last person the text names before a pronoun, in its sentence or the one before,
    leaving out a name inside another's apposition ("Randy Jackson, brother of ... Michael
    Jackson, has been admitted ... He"): the only antecedent a row may name. A person counts
    as a subject or an agent (`_names_person`). A sentence before that names no one but has the same
    pronoun as a subject carries the chain back, up to `_CHAIN` sentences ("He started Apple
    ... he was fired ... he bought Pixar")."""
    doc, end = pronoun.doc, pronoun.i
    sentence = pronoun.sent
    for _ in range(_CHAIN):
        found = _last_person(doc[sentence.start : end])
        if found is not None:
            return found
        if sentence.start == 0:
            return None
        before = doc[sentence.start - 1].sent
        found = _last_person(before)
        same = any(t.dep_ in SUBJECTS and t.lower_ == pronoun.lower_ for t in before)
        if found is not None or not same:
            return found
        end, sentence = before.start, before
    return None


def _last_person(span: Span) -> Token | None:
    """The last person named in a span, a name inside another's apposition left out."""
    inside_apposition = {t.i for t in span if t.dep_ == "appos" for t in t.subtree}
    people = [
        t for t in span
        if t.i not in inside_apposition and _names_person(t)
    ]  # fmt: skip
    return people[-1] if people else None


def _names_person(token: Token) -> bool:
    """A person's name as a doer: a subject or the agent after "by" ("stressed by Jane
    Lubchenco"), never one named in passing ("played with ... Son House")."""
    return (token.ent_type_ == "PERSON" or token.pos_ == "PROPN") and _doer(token)


def _doer(token: Token) -> bool:
    return token.dep_ in SUBJECTS or (token.dep_ == "pobj" and token.head.lower_ == "by")


@rule(
    "timeline",
    example="Randy Jackson, brother of the late pop star Michael Jackson, has been admitted to "
    "hospital with chest pains. Jackson, 48, was taken to Huntington Memorial Hospital in "
    "Pasadena on Tuesday.",
)
def surname_named(person: Span) -> str | None:
    """A person named by the surname alone ("Jackson, 48, was taken to Huntington Memorial
    Hospital on Tuesday") is shown by the full name the article last gave that surname
    ("Randy Jackson"), a name inside another's apposition left out ("brother of the late
    pop star Michael Jackson"): alone in a brief's timeline, a surname reads as the brief's
    best-known bearer of it."""
    if person.label_ != "PERSON" or len(person) != 1:
        return None
    doc, surname = person.doc, person[0].text
    before = doc[: person.start]
    aside = {t.i for t in before if t.dep_ == "appos" for t in t.subtree}
    names = [
        e for e in doc.ents
        if e.end <= person.start and e.label_ == "PERSON" and len(e) > 1
        and e[-1].text == surname and e.start not in aside
    ]  # fmt: skip
    return names[-1].text if names else None


@rule(
    "timeline",
    example="And critics in both parties quickly compared Mr. Rubio's repetitiousness to the "
    "gravest debate lapses of modern presidential campaign history, from Rick Perry's ''Oops'' "
    "in 2012 all the way back to Dan Quayle's stepping into Lloyd Bentsen's ''You're no Jack "
    "Kennedy'' buzz saw in 1988.",
)
def quote_split_subject(subject: Token, verb: Token) -> bool:
    """A subject inside quote marks is no subject of a verb outside them when the quotation
    holds more than that subject: the quoted words are a clause of their own, and the link
    crosses the quote's edge ("Bentsen's ''You're no Jack Kennedy'' buzz saw": "saw" is a
    noun, not a verb of "no Jack Kennedy"), so the verb's clause is misread and names no
    event. A quotation that is all of the subject, a title or a slogan ("''Oops'' became a
    punchline"), stays its subject."""
    if not is_quoted(subject) or not across_quote(subject, verb):
        return False
    quote = next((q for q in quoted_spans(subject.doc) if q.start <= subject.i < q.end), None)
    inside = {t.i for t in subject.subtree}
    if quote is None or all(t.i in inside for t in quote if not t.is_punct):
        return False
    record(quote_split_subject, subject.text, f"no subject of {verb.text!r}")
    return True
