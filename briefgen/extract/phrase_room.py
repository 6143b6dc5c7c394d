"""What an event's phrase gives up first when a part of it is too long to show whole.

`event_phrases` trims the rightmost modifiers of a part over its room. These rules, read
there, say what a trim must take whole or not at all: a second verb joined to the part's
own (a second event, dropped before anything of the first is cut), and the clause that
says what a noun of saying or knowing holds ("worries that the company will have to
suspend its dividend", "no evidence that BP put profits ahead of safety"), and the clause
a verb reports ("by saying it had found no evidence"); and a participle that says only a
date the phrase drops, which goes with it. A reported clause shown before its reporter
keeps the comma between them; a second object that sums up its clause is left out.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from briefgen.extract.labels import (
    COORDINATORS,
    NOMINALS,
    NOUN_CONTENT_CLAUSES,
    PARTICIPLE_MODIFIERS,
    PARTICIPLE_TAGS,
    REPORTED_CLAUSES,
    SHADING,
    SUBJECTS,
    VERB_CONTENTS,
    VERBALS,
)
from briefgen.extract.polarity import CONTENT_MARK, active, claim_noun
from briefgen.extract.rules import Rule, first, record, rule


@rule(
    "phrase",
    example="Separately, the Environmental Protection Agency informed BP officials late "
    "Wednesday that the company has 24 hours to choose a less toxic form of chemical "
    "dispersants to break up the oil spill and must apply the new form of dispersants within "
    "72 hours of submitting the list of alternatives.",
)
def second_verb_first(token: Token, head: Token) -> bool:
    """A verb joined by "and" alone to the head of a part, or to a verb inside it, is a second
    event ("... to await the outcome of an investigation into the spill and defended his
    three years as CEO"): a part too long to show whole drops it before cutting anything of
    the first, so the row is not "urged them to await the outcome and defended his three
    years"."""
    if token.dep_ != "conj" or token.pos_ not in VERBALS or token.head.pos_ not in VERBALS:
        return False
    joining = [c for c in token.head.children if c.dep_ in COORDINATORS and c.i < token.i]
    return (
        token.i > head.i
        and [c.lower_ for c in joining] == ["and"]  # not "either ... or": an alternative
        and any(c.dep_ not in SUBJECTS and c.dep_ != "cc" for c in token.children)
    )


@rule(
    "phrase",
    example="BP shares fell 3.4% on Wednesday over worries that the company will have to "
    "suspend its dividend payments.",
)
def noun_content(modifier: Token) -> bool:
    """A clause that states what a noun holds ("worries that the company will have to
    suspend its dividend payments", "no evidence that BP and other oil companies put profits
    ahead of safety") goes only with its noun: its "that" is a subordinator, not a relative
    pronoun (the parser marks it `mark`), or the noun is one of saying or belief
    (`polarity.claim_noun`). Cut, the noun says nothing: "BP shares fell over worries"."""
    if modifier.dep_ not in NOUN_CONTENT_CLAUSES or modifier.head.pos_ not in NOMINALS:
        return False
    if modifier.i < modifier.head.i or not active():
        return False
    marked = any(c.dep_ == "mark" and c.lower_ == CONTENT_MARK for c in modifier.children)
    own_subject = any(c.dep_ in SUBJECTS for c in modifier.children)
    return (marked and own_subject) or claim_noun(modifier) is not None


@rule(
    "phrase",
    example="The presidential commission investigating the Gulf of Mexico oil disaster ran into "
    "controversy today by saying it had found no evidence that BP and other oil companies put "
    "profits ahead of safety on the Deepwater Horizon rig.",
)
def verb_content(modifier: Token) -> bool:
    """The clause a verb reports or takes as its content ("by saying it had found no
    evidence that ...") goes only with its verb: cut, the verb says nothing ("ran into
    controversy by saying"), so a trim drops the phrase holding the verb or keeps it whole."""
    return modifier.dep_ == "ccomp" and modifier.head.pos_ in VERBALS and active()


@rule(
    "phrase",
    example="A BP spokesperson referred to a company statement on Friday that the two relief "
    "wells -- begun on May 2 and May 16 -- were estimated to take approximately three months "
    "to finish.",
)
def dated_participle(token: Token, skip: AbstractSet[int]) -> bool:
    """A participle that describes a noun and says nothing but a date the phrase drops ("the
    two relief wells -- begun on May 2 and May 16 --") goes with its date: left alone it
    reads as the clause's verb ("the two relief wells begun were estimated")."""
    if token.dep_ not in PARTICIPLE_MODIFIERS or token.tag_ not in PARTICIPLE_TAGS:
        return False
    if token.head.pos_ not in NOMINALS or token.i < token.head.i:
        return False
    said = [c for c in token.children if not c.is_punct and c.dep_ not in SHADING]
    return bool(said) and all(c.i in skip for c in said)


@rule(
    "phrase",
    example="Elected officials should consider imposing ethics rules on oil and gas companies "
    "that do business with the federal government, the Interior Department's acting inspector "
    "general plans to tell the House Natural Resources Committee on Thursday.",
)
def reported_first(complement: Token, subjects: list[Token]) -> bool:
    """A reported clause set before the subject of the verb that reports it ("Elected
    officials should consider imposing ethics rules on oil and gas companies, the Interior
    Department's acting inspector general plans to tell ...") keeps a comma before that
    subject: cut to a phrase, it would run into the subject as if it were a relative
    clause ("companies the Interior Department's acting inspector general plans")."""
    return (
        complement.dep_ in REPORTED_CLAUSES
        and bool(subjects)
        and complement.right_edge.i < min(s.left_edge.i for s in subjects)
    )


@rule(
    "phrase",
    example="BP said Thursday that it is now capturing 5,000 barrels a day of crude oil from a "
    "leaking pipe at the bottom of the Gulf of Mexico, the first official admission that "
    "earlier estimates were too small.",
)
def summing_up_object(token: Token, _skip: AbstractSet[int] = frozenset()) -> bool:
    """A direct object set off by a comma after the verb's object or reported clause
    ("capturing 5,000 barrels a day ..., the first official admission that earlier estimates
    were too small"; "The economy created jobs ..., the government reported on Friday,
    evidence that ...") is no object, as a verb takes one: it sums up the clause, an aside
    the phrase leaves out."""
    if token.dep_ != "dobj" or token.left_edge.i == 0:
        return False
    before = [c for c in token.head.children if c.dep_ in VERB_CONTENTS and c.i < token.i]
    return bool(before) and token.doc[token.left_edge.i - 1].text == ","


def left_out(token: Token, skip: AbstractSet[int]) -> bool:
    """Whether a phrase leaves out a token with what hangs on it (`dated_participle`,
    `summing_up_object`), recorded."""
    found = first(_ASIDES, token, skip)
    if found is not None:
        record(found[0], token.text, "left out")
    return found is not None


_ASIDES: list[Rule[[Token, AbstractSet[int]], bool]] = [dated_participle, summing_up_object]


def summed_up(complement: Token) -> bool:
    """Whether a verb's complement sums its clause up (`summing_up_object`), recorded."""
    if not summing_up_object.fn(complement):
        return False
    record(summing_up_object, complement.text, "left out")
    return True


def reported_comma(complement: Token, subjects: list[Token]) -> bool:
    """Whether a reported clause keeps a comma before its reporter (`reported_first`),
    recorded."""
    if not reported_first.fn(complement, subjects):
        return False
    record(reported_first, complement.text, "comma kept")
    return True


def noun_conjunct(token: Token) -> bool:
    """A noun joined to one before it ("support for multitouch and a desktop version of the
    company's App Store"): a unit a trim may drop whole, its first conjunct left."""
    return token.dep_ == "conj" and token.pos_ in NOMINALS and token.head.pos_ in NOMINALS
