"""Who says an outlook item: the first of `OUTLOOK_SPEAKERS` that finds a speaker wins.

A quote's speaker, the subject of a reporting verb above the cue, the holder of a claim whose
content the cue is in, no one for an embedded question, the subject of a verb whose complement
the cue is in, else the subject of the cue's clause (outlook.py reads the list).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.labels import (
    EXPLETIVE,
    GERUND_CLAUSES,
    NEGATIONS,
    PASSIVE_MARKERS,
    SHARED_SUBJECT,
    SUBJECTS,
)
from briefgen.extract.lexicon import words
from briefgen.extract.outlook_cues import Cue, asked, reported_clause
from briefgen.extract.polarity import active, claim_noun
from briefgen.extract.quotes import resolve_mention
from briefgen.extract.rules import rule
from briefgen.model import Quote

# Subjects that hold no view of their own: "it seems that ...", "this means ...".
_NO_HOLDER = frozenset({"it", "this", "that", "there"})


@dataclass(frozen=True)
class Statement:
    """A forward-looking sentence whose speaker is sought."""

    article: ParsedArticle
    sentence: Span
    cue: Cue
    quotes: Sequence[Quote]  # those that start in the sentence
    actors: ActorIndex


@rule(
    "outlook",
    example="Kansas senator Sam Brownback said \"It's stunning to me that we would outsource the "
    'production of these airplanes to Europe instead of building them in America."',
)
def outlook_quote_speaker(statement: Statement) -> str | None:
    """A forward-looking sentence holding a quote is said by the quote's speaker."""
    sentence, source = statement.sentence, statement.article.source.id
    for quote in statement.quotes:
        evidence = quote.evidence
        inside = sentence.start_char <= evidence.start < sentence.end_char
        if evidence.source == source and inside and quote.speaker:
            return quote.speaker
    return None


@rule(
    "outlook",
    example='The lawmakers said McConnell should support a suspension of the limit to "avert a '
    'manufactured crisis."',
)
def outlook_reporting_subject(statement: Statement) -> str | None:
    """What a reporting verb reports ("The lawmakers said [McConnell should support ...]") is
    said by that verb's subject, not by the subject inside it; "" when the subject is no
    actor, so the speaker stays unnamed rather than the wrong one; a participle reports for
    its clause's subject ("The general defended his call, telling lawmakers that Trump
    wouldn't order an attack" is the general's). A passive report ("It was announced that
    Starbucks would offer") names no sayer: the next rule reads the clause."""
    verb = statement.cue.token
    for _ in range(4):
        if reported_clause(verb):
            reporter = verb.head
            subject = next((c for c in reporter.children if c.dep_ in SUBJECTS), None)
            if subject is None and active() and reporter.dep_ in GERUND_CLAUSES | SHARED_SUBJECT:
                # "The general defended his call, telling lawmakers that ...": the general's
                owner = reporter.head
                subject = next((c for c in owner.children if c.dep_ in SUBJECTS), None)
            if subject is None or subject.dep_ in PASSIVE_MARKERS | EXPLETIVE:  # "It was said"
                return None
            return resolve_mention(subject, statement.actors) or ""
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


@rule(
    "outlook",
    example="Testifying before the Senate Armed Services Committee, Army Gen. Mark A. Milley, "
    "chairman of the Joints Chiefs of Staff, pushed back on the narrative that he went around "
    "Mr. Trump out of fear the president might order an attack on China during his final days "
    "in office.",
)
def outlook_claim_holder(statement: Statement) -> str | None:
    """What a claim, a belief or a fear holds ("fear the president might order an attack",
    `polarity.claim_noun`) is said by whoever holds it: the noun's owner ("Trump's claim
    that ..."), or the subject that has, makes or voices it ("Airbus has hopes that ...",
    lexicons `light_verbs`, `reporting_verbs`); else by no one named, never by the subject
    inside it (the president did not say he might order an attack)."""
    verb = statement.cue.token
    for _ in range(4):
        noun = claim_noun(verb) if active() else None
        if noun is not None:
            holder = _claim_holder(noun)
            return (resolve_mention(holder, statement.actors) or "") if holder else ""
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _claim_holder(noun: Token) -> Token | None:
    """Who holds a claim: its owner, or the subject of the verb that has or voices it."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = noun.head
    holding = words("light_verbs") | words("reporting_verbs")
    if (
        noun.dep_ != "dobj"
        or verb.lemma_.lower() not in holding
        or any(c.dep_ in NEGATIONS for c in verb.children)
    ):
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


@rule(
    "outlook",
    example="Hundreds of pro-Sanders demonstrators marched through Center City, raising fresh "
    "questions about whether Clinton will face a bleed of Sanders' most devoted backers.",
)
def outlook_open_question(statement: Statement) -> str | None:
    """An embedded question (`outlook_cues.asked`: "whether Clinton will face ...") is no one's
    view, least of all its subject's: no one is named."""
    return "" if asked(statement.cue.token) else None


@rule(
    "outlook",
    example="\u201cThe whole email (issue) doesn\u2019t help, and I agree that she should be held "
    "accountable. I do not believe that she should go to jail.",
)
def outlook_complement_holder(statement: Statement) -> str | None:
    """A clause that is the complement of a verb outside the reporting list, a verb of thought
    or showing ("I do not believe [that she should go to jail]"), is held by that verb's
    subject, never by the subject inside it; "" when the holder is no actor (the writer's "I",
    "the report"). "It" holds nothing ("it seems ..."): the next rule reads the clause."""
    verb = statement.cue.token
    for _ in range(4):
        if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB":
            holder = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
            if holder is None or holder.dep_ in PASSIVE_MARKERS or holder.lower_ in _NO_HOLDER:
                return None
            return resolve_mention(holder, statement.actors) or ""
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


@rule("outlook", example="Islamabad is reportedly considering additional border fortifications.")
def outlook_clause_subject(statement: Statement) -> str | None:
    """Otherwise it is said by the subject of the cue's clause, or of a reporting clause up to
    three levels above it, when that subject is an actor. The subject of a passive verb is
    acted on and holds nothing ("he should be suspended" is not his): no one is named,
    unless the verb raises its subject into another's act ("Biden is expected to announce")."""
    verb = statement.cue.token
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            if subject.dep_ == "nsubjpass" and not any(c.dep_ == "xcomp" for c in verb.children):
                return ""  # "he should be suspended"; "Biden is expected to announce" raises
            resolved = resolve_mention(subject, statement.actors)
            if resolved:
                return resolved
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


# Who says an outlook item: the first rule that finds a speaker wins.
OUTLOOK_SPEAKERS = [
    outlook_quote_speaker, outlook_reporting_subject, outlook_claim_holder,
    outlook_open_question, outlook_complement_holder, outlook_clause_subject,
]  # fmt: skip
