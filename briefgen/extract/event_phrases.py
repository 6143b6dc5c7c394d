"""Event phrases: the clause around a date cut to a short phrase for the timeline.

The phrase is cut by the first of `PHRASE_RULES` that decides, by what the date hangs on
(a gerund used as a preposition, a noun, a gerund clause, a verb). A verb's phrase is built
from the verb `polarity.qualify` names (the reporting verb of a reported clause, the governor
of a wanted or conditional one) and keeps the negation, modal, hedge and condition it finds.
Its parts are cut to their room by `phrase_trim`, its subject named by `phrase_subjects`, and
its tokens written out by `phrase_text`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from spacy.tokens import Span, Token

from briefgen.extract.date_heads import governed
from briefgen.extract.labels import (
    EVENT_COMPLEMENTS,
    GERUND_CLAUSES,
    GERUND_PARTS,
    NOMINALS,
    OBJECTS,
    PARTICIPLE_MODIFIERS,
    REPORTED_CLAUSES,
    SHARED_SUBJECT,
    SUBJECTS,
    VERB_CORE,
    VERBALS,
    WH_PRONOUN_TAGS,
)
from briefgen.extract.phrase_parts import frame_whole
from briefgen.extract.phrase_room import (
    antecedent,
    listed_apposition,
    places_object,
    reported_comma,
    summed_up,
)
from briefgen.extract.phrase_subjects import (
    Namer,
    pronoun_named,
    quote_split_subject,
    surname_named,
)
from briefgen.extract.phrase_text import Part, join_tokens, ordered_text, phrase_part, tidy
from briefgen.extract.phrase_trim import MAX_PART, compact, compact_ids, kept_ids, word_count
from briefgen.extract.polarity import (
    Qualified,
    is_condition,
    qualify,
    with_shared,
)
from briefgen.extract.quotemarks import across_quote
from briefgen.extract.rules import Rule, first, record, rule
from briefgen.extract.spans import model_entity

# Entity labels a subject is shown by its name alone ("Attaullah Tarar", not a noun phrase).
_NAMED_SUBJECTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass(frozen=True)
class Clause:
    """What an event's phrase is cut from: the word the date hangs on (a verb raised by
    `qualify`), the tokens no phrase may hold (dates), and what `qualify` found."""

    governor: Token
    skip: set[int]
    qualified: Qualified
    name: Namer | None = None  # the actor a pronoun refers to, if any
    named: list[Token] = field(default_factory=list)  # pronoun subjects shown by their actor
    framed: list[Token] = field(default_factory=list)  # frames kept apart (`frame_apart`)
    surnamed: list[Token] = field(default_factory=list)  # surnames shown by the full name


def event_phrase(
    date: Span, other_dates: Iterable[Span] = (), name: Namer | None = None
) -> tuple[Rule[..., str | None], str, tuple[Rule[..., Any], ...]]:
    """'Explosions in Kabul', 'Attaullah Tarar confirmed the discussions had yielded no
    progress': the clause around a date, cut to subject, verb and object, without this
    or any other temporal expression; with the rule of `PHRASE_RULES` that cut it and the
    rules of `polarity` that chose its verb and the qualifiers it keeps."""
    head, moved = governed(date.root)
    # A date goes with what hangs on it: "in the first 20 days of the spill response".
    dropped = [span for span in (date, *other_dates) if not date_as_object(span)]
    skip = {t.i for span in dropped for t in (*span, *span.root.subtree)}
    skip |= {i for span in dropped for i in _date_preposition(span)}
    qualified = qualify(head) if head.pos_ in VERBALS or heads_clause(head) else Qualified(head)
    clause = Clause(qualified.head, skip, qualified, name)
    found = first(PHRASE_RULES, clause)
    assert found is not None, "verb_clause decides every clause"
    named = (pronoun_named,) if clause.named else ()
    framed = (frame_apart,) if clause.framed else ()
    surnamed = (surname_named,) if clause.surnamed else ()
    why = (*moved, *qualified.why, *named, *framed, *surnamed)
    return found[0], tidy(found[1] or ""), why


@rule(
    "timeline",
    example="Saddam appeared to accept a border demarcation treaty he had rejected in peace talks "
    "following the August 1988 cease-fire of the eight-year war with Iran.",
)
def gerund_preposition_object(clause: Clause) -> str | None:
    """A date on a gerund used as a preposition ('following deadly border clashes earlier
    this month'): the event is its object."""
    governor, skip = clause.governor, clause.skip
    if governor.pos_ not in VERBALS or governor.tag_ != "VBG" or governor.dep_ != "prep":
        return None
    objects = [c for c in governor.children if c.dep_ in OBJECTS]
    return compact(objects[0], skip) if objects else ""


@rule(
    "timeline",
    example="Those discussions came after explosions in Kabul on October 9, attacks that "
    "Afghan authorities blamed on Pakistan.",
)
def noun_phrase(clause: Clause) -> str | None:
    """A date on a noun ('explosions in Kabul on October 9'): the event is its noun phrase;
    not a noun the phrase was raised to for the clause it reports, which has a subject: a
    verb the tagger took for a noun ("the Times obituary points out that ...")."""
    governor = clause.governor
    if governor.pos_ in VERBALS or (clause.qualified.through and heads_clause(governor)):
        return None
    return compact(governor, clause.skip)


@rule(
    "timeline",
    example="The first, a 48-hour ceasefire, collapsed quickly, prompting a second temporary "
    "truce on October 19 after emergency talks in Doha.",
)
def gerund_clause(clause: Clause) -> str | None:
    """A date on a participle that follows its clause with a later event ("..., prompting a
    second temporary truce on October 19"): the event is what the participle brings about,
    its object ("A second temporary truce after emergency talks in Doha"), with its
    qualifiers; on one that describes a noun the date stays with ("after a procedure using
    drilling mud on Tuesday"), the noun with its participle."""
    governor, skip = clause.governor, clause.skip
    if governor.tag_ != "VBG" or governor.dep_ not in GERUND_CLAUSES:
        return None
    if clause.qualified.through:  # "..., saying that troops would remain": a clause of its own
        return None
    if governor.dep_ in PARTICIPLE_MODIFIERS and governor.head.pos_ in NOMINALS:
        return compact(governor.head, skip)
    qualified = clause.qualified
    chosen = [
        c for c in governor.children
        if (c.dep_ in GERUND_PARTS and c.i not in skip)
        or (c.i in qualified.through and c.i not in qualified.keep)
    ]  # fmt: skip
    ids = {c.i: compact_ids(c, skip) for c in chosen}
    parts = [phrase_part(ids[c.i], governor.doc, c.i) for c in chosen]
    placed = {governor.i, *(i for found in ids.values() for i in found)}
    return ordered_text(parts + _qualifier_parts(clause, placed), governor.doc)


@rule(
    "timeline",
    example="Boeing rolled out the first 787 Dreamliner on July 8, 2007.",
)
def verb_clause(clause: Clause) -> str | None:
    """A date on a verb: the event is its clause cut to subject, verb and objects ('Boeing
    rolled out the first 787 Dreamliner'), with its qualifiers."""
    return _clause(clause)


# How the phrase of an event is cut, by what the date hangs on: the first that decides wins.
PHRASE_RULES: list[Rule[[Clause], str | None]] = [
    gerund_preposition_object, noun_phrase, gerund_clause, verb_clause,
]  # fmt: skip


def heads_clause(word: Token) -> bool:
    """A word that heads a clause without a verb ("declaring Clinton the nominee", "noting that
    workers qualified"): it has a subject, or is a reported clause; its phrase is qualified
    and raised as a verb's."""
    return word.dep_ in REPORTED_CLAUSES or any(c.dep_ in SUBJECTS for c in word.children)


def _own_subjects(verb: Token) -> list[Token]:
    """A verb's subjects: the one nearest to it when a heading glued to its sentence gives
    it another ("Case study: Gulf of Mexico oil spill and BP On 20 April 2010 a deepwater
    oil well exploded"); all of them when they stand together, as the tokenizer can split
    one subject in several ("Pre", "-", "orders")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if len(subjects) < 2 or all(b.left_edge.i <= a.right_edge.i + 2 for a, b in pairwise(subjects)):
        return subjects
    return [min(subjects, key=lambda s: abs(s.i - verb.i))]


@rule(
    "phrase",
    example="On Monday, many companies will observe Labor Day by giving employees a day off.",
)
def date_as_object(date: Span) -> bool:
    """A date that is its verb's object ("will observe Labor Day", "celebrated Christmas") is
    what the verb acts on, not when it happened: the phrase keeps it."""
    if date.root.dep_ != "dobj":
        return False
    record(date_as_object, date.text, "kept in the phrase")
    return True


def _date_preposition(date: Span) -> set[int]:
    """The preposition of a date, with the adverb it hangs on ("as early as")."""
    root = date.root
    if root.dep_ != "pobj":
        return set()
    adverb = root.head.head
    if adverb.pos_ == "ADV" and adverb.dep_ == "advmod":
        return {t.i for t in adverb.subtree}
    return {root.head.i}


def _clause(clause: Clause) -> str:
    verb, skip = clause.governor, clause.skip
    subjects = _own_subjects(verb)
    if any(quote_split_subject(s, verb) for s in subjects):
        return ""  # a parse across a quote's edge: no clause of this verb to phrase
    participle = verb.tag_ == "VBG" and verb.dep_ in GERUND_CLAUSES  # "Obama ..., saying"
    if not subjects and (verb.dep_ in SHARED_SUBJECT or participle):
        # not across a quote's edge: "'... I would have been sitting,' Daniloff said"
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECTS]
        subjects = [s for s in subjects if not across_quote(s, verb)]
    core = [c for c in verb.children if c.dep_ in VERB_CORE]
    complements = [
        c for c in verb.children
        if (c.dep_ in EVENT_COMPLEMENTS or places_object(c))
        and c.i not in skip
        and not _across_semicolon(c, verb)
        and not summed_up(c)
    ]  # fmt: skip
    # The first two complements, and always the clause the phrase was raised from.
    # The clause raised from, unless it is a condition the phrase keeps whole anyway.
    through = [
        c for c in verb.children
        if c.i in clause.qualified.through and c.i not in clause.qualified.keep
        and c not in subjects  # "Trump's lie that ... spread": shown as the subject
    ]  # fmt: skip
    complements = _two_after_frames(complements, subjects, clause)
    complements = [*complements, *(c for c in through if c not in complements)]
    # The tokenizer can split one subject into several ("Pre", "-", "orders"): keep them all.
    parts = [_subjects_part(subjects, clause)] if subjects else []
    if verb.dep_ == "relcl" and subjects and subjects[0].tag_ in WH_PRONOUN_TAGS:
        # "... carmakers, which reach parity": the relative pronoun stands for its antecedent.
        noun = antecedent(subjects[0], verb.head)  # not a person for "which"
        parts = [phrase_part(compact_ids(noun, skip), verb.doc, noun.i)]
    parts += [phrase_part([t.i], verb.doc) for t in (*core, verb)]
    placed = {verb.i, *(t.i for t in core), *(t.i for s in subjects for t in s.subtree)}
    reported_first: set[int] = set()  # reported clauses before their reporter's subject
    for complement in complements:
        if frame_apart.fn(complement, subjects) and _frame_too_long(complement, skip):
            continue
        # The clause raised from, or the clause a verb reports ("said they did not intend to
        # speak to Dr Murray again"), may take twice the room: it is what the phrase reports.
        reported = complement.i in clause.qualified.through or complement.dep_ in REPORTED_CLAUSES
        room = 2 * MAX_PART if reported else MAX_PART
        ids = compact_ids(complement, skip, room)
        if ids and reported_comma(complement, subjects):
            reported_first.add(complement.i)
        parts.append(phrase_part(ids, verb.doc, complement.i))
        placed.update(ids)
    return ordered_text(parts + _qualifier_parts(clause, placed), verb.doc, reported_first)


@rule(
    "timeline",
    example="Under harsh questioning from lawmakers on Thursday, Hayward urged them to await the "
    "outcome of an investigation into the spill.",
)
def frame_apart(complement: Token, subjects: list[Token]) -> bool:
    """A phrase that opens its clause before the subject sets the scene ("Under harsh
    questioning from lawmakers", "At a news conference"): it stays, but takes neither of the
    two complements a phrase keeps after its verb, so "Hayward urged them to await the
    outcome" is not cut to "Hayward urged them"."""
    return bool(subjects) and complement.i < min(s.left_edge.i for s in subjects)


def _frame_too_long(frame: Token, skip: set[int]) -> bool:
    """A frame left out as too long to show whole (`frame_whole`); a clause before the
    subject ("The total cost has hit $9.5 billion, BP said") is what is reported, no frame."""
    kept = kept_ids(frame, skip)
    if frame.dep_ != "prep" or not frame_whole.fn(word_count(kept, frame.doc), MAX_PART):
        return False
    record(frame_whole, join_tokens(sorted(kept), frame.doc), "left out")
    return True


def _two_after_frames(
    complements: list[Token], subjects: list[Token], clause: Clause
) -> list[Token]:
    """The frames before the subject (`frame_apart`) and the first two other complements."""
    frames = [c for c in complements if frame_apart.fn(c, subjects)]
    rest = [c for c in complements if c not in frames]
    if set(rest[:2]) - set(complements[:2]):  # a frame would have taken a complement's room
        clause.framed.append(frames[0])
    return [*frames, *rest[:2]]


def _across_semicolon(complement: Token, verb: Token) -> bool:
    """A clause the parser hangs on a verb across a semicolon is a sentence of its own
    ("Still, it would be a temporary fix; BP hopes to plug the leak by mid-August")."""
    low, high = sorted((complement.i, verb.i))
    return any(t.text == ";" for t in verb.doc[low:high])


def _qualifier_parts(clause: Clause, placed: set[int]) -> list[Part]:
    """The qualifiers `qualify` found that the phrase does not hold yet, as runs of adjacent
    tokens ("no longer", "if both sides agree")."""
    # A qualifier goes with its verb: none is left alone when the clause it qualifies was cut.
    doc = clause.governor.doc
    verbs = placed | {verb.i for verb in with_shared(clause.governor)}  # "could win and lose"
    left = sorted(
        i
        for i in clause.qualified.keep - placed  # a condition keeps its own date
        if _qualified_verb(doc[i]).i in verbs
    )
    runs: list[list[int]] = []
    for i in left:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [phrase_part(run, doc) for run in runs]


def _qualified_verb(token: Token) -> Token:
    """The verb a qualifier token belongs to: the head of its negation, modal or adverb, or
    the verb its condition clause hangs on."""
    while token.head.i != token.i and token.head.pos_ not in VERBALS:
        token = token.head
    head = token.head
    return head.head if head.dep_ == "advcl" and is_condition(head) else head


def _subjects_part(subjects: list[Token], clause: Clause) -> Part:
    """The subject part of a clause's phrase, placed at its first subject."""
    skip, doc = clause.skip, subjects[0].doc
    if len(subjects) == 1:
        text, ids = _subject_text(subjects[0], clause)
        return (text, subjects[0].i, ids)  # text None: its tokens joined
    keep = set().union(*(kept_ids(subject, skip) for subject in subjects))
    return phrase_part(sorted(keep)[:MAX_PART], doc, subjects[0].i)


def _subject_text(subject: Token, clause: Clause) -> tuple[str | None, list[int]]:
    """A named subject by its name alone ("Attaullah Tarar"), a pronoun by the actor it
    refers to, else a compact noun phrase (None: its tokens joined); joined subjects stay
    joined ("GM and Chrysler"); with the tokens it shows."""
    skip = clause.skip
    named = pronoun_named(subject, clause.name)
    if named is not None:
        clause.named.append(subject)
        return named, [subject.i]
    ent = model_entity(subject)
    # "Ben Carson, Ted Cruz and Rand Paul have": a list the parser read as an aside.
    joined = any(c.dep_ == "conj" or listed_apposition.fn(c) for c in subject.children)
    if ent is not None and ent.label_ in _NAMED_SUBJECTS and not joined:
        full = surname_named(ent)
        if full is not None:
            clause.surnamed.append(subject)
        return full or ent.text, list(range(ent.start, ent.end))
    return None, compact_ids(subject, skip)
