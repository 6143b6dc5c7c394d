"""Products: the cues in the text that a name is a made thing ("iPod", "Intel processors",
"Boeing 747", "Delta IV"), not an actor."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from briefgen.extract.labels import COMPOUND_OR_APPOSITION, MEASURES, MODIFIERS, NAME_CHAIN
from briefgen.extract.lexicon import folded, words

_ROMAN = re.compile(r"I{2,3}|IV|VI{0,3}|IX|X")  # model numbers: "Delta IV", "Atlas V"


_CAMEL = re.compile(r"[a-z]+[A-Z]")  # "iPod", "iTunes": a lower-case prefix on a name


def product_cue(span: Span) -> bool:
    """Whether a name is written the way products are: measured in an index's points ("The
    Dow fell 394 points"), a lower-case prefix before a capital ("iPod", "iTunes"), used with
    a kind of made thing ("Intel processors", "web browser Safari"; lexicon
    `product_nouns`), or the object of a verb that makes or ships things ("unveiled the
    MacBook Air"; lexicon `product_verbs`)."""
    root = span.root
    if measured_in_points(root):
        return True
    modifiers = [
        child for child in root.children if child.dep_ == "compound" and child.i < span.start
    ]
    if any(_CAMEL.match(token.text) for token in [*span, *modifiers]):
        return True
    if _with_product_noun(root):
        return True
    while root.dep_ in NAME_CHAIN and root.head != root:
        root = root.head
    return root.dep_ == "dobj" and root.head.lemma_ in words("product_verbs")


def measured_in_points(root: Token) -> bool:
    """A name whose change is counted in points, the unit of a market index ("The Dow fell
    394 points", "the Nasdaq dropped 75 points"; lexicon `index_units`): a subject there, but
    of a change, not of an act. A cue, not a verdict: a party can gain points in a poll and
    still act elsewhere."""
    if root.dep_ != "nsubj" or root.head.lemma_ in words("scoring_verbs"):
        return False  # "The Colts scored 17 points": a team acts
    units = words("index_units")
    return any(
        child.lemma_ in units and any(n.dep_ == "nummod" for n in child.children)
        for child in root.head.children
        if child.dep_ in MEASURES
    )


def _with_product_noun(root: Token) -> bool:
    """A name modifying a kind of made thing ("Macintosh computers", "Mac OS X") or
    described by one ("web browser Safari", "the operating system Mac OSX", "Tiger, the
    newest version of ...")."""
    head = root
    while head.dep_ in MODIFIERS and head.head != head:
        head = head.head
        if is_product_kind(head):
            return True
    if head != root and any(
        child.dep_ == "compound" and is_product_kind(child) for child in head.children
    ):
        return True
    described = [child for child in root.children if child.dep_ in COMPOUND_OR_APPOSITION]
    if root.dep_ == "appos":
        described.append(root.head)
    return any(t.pos_ == "NOUN" and is_product_kind(t) for t in described)


def is_product_kind(noun: Token) -> bool:
    """A noun in lexicon `product_nouns`, alone ("computers") or with the word before it
    ("operating system")."""
    kinds = folded("product_nouns")
    lemma = noun.lemma_.lower()
    before = noun.doc[noun.i - 1].lower_ if noun.i else ""
    return noun.lower_ in kinds or lemma in kinds or f"{before} {lemma}" in kinds


def names_product(span: Span) -> bool:
    """A thing, not an actor: a maker's name inside a product name ("Airbus A330", "Boeing
    747": the next token is a model number), a model numbered in Roman figures ("Delta IV";
    a person's "Henry VIII" aside), or a name a number counts or measures ("13.7 million
    Macs", "16:00 UTC", "$249 USD"); not a date before it ("In 2008 Boeing"), nor a
    people a number counts by heads ("Three Democrats voted")."""
    if span.label_ != "NORP" and _counted(span):
        return True
    if span.label_ != "PERSON" and len(span) > 1 and _ROMAN.fullmatch(span[-1].text):
        return True
    if _is_unit_code(span):
        return True
    if span.end >= len(span.doc) or not span.doc[span.end - 1].whitespace_:
        return False
    following = span.doc[span.end]
    return any(ch.isdigit() for ch in following.text)


def _counted(span: Span) -> bool:
    """A name a number before it counts ("13.7 million Macs", "two 787s")."""
    if any(child.dep_ == "nummod" and child.i < span.start for child in span.root.children):
        return True
    before = span.doc[span.start - 1] if span.start else None
    return before is not None and before.like_num and span.start <= before.head.i < span.end


def model_run(span: Span) -> str | None:
    """The product name a maker's name runs into, when the model tagged the model apart
    ("Lockheed Tristar", "Ford Taurus"): the maker's name and the product entity after it.
    Only the brief can tell it from an organisation's name the model cut ("Lockheed
    Martin")."""
    head = span.root.head
    if span.root.dep_ != "compound" or head.i != span.end or head.ent_type_ != "PRODUCT":
        return None
    end = head.i + 1
    while end < len(span.doc) and span.doc[end].ent_iob_ == "I":
        end += 1
    return span.doc[span.start : end].text


def _is_unit_code(span: Span) -> bool:
    """A code written after a figure is its unit, currency or time zone ("$99 (USD)",
    "16:00 UTC"), not an organisation's acronym."""
    if len(span) != 1 or not span.text.isupper():
        return False
    i = span.start - 1
    while i >= 0 and span.doc[i].text == "(":
        i -= 1
    return i >= 0 and span.doc[i].ent_type_ != "DATE" and any(c.isdigit() for c in span.doc[i].text)
