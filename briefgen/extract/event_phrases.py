"""Event phrases: the clause around a date cut to a short phrase for the timeline.

The phrase is cut by the first of `PHRASE_RULES` that decides, by what the date hangs on
(a gerund used as a preposition, a noun, a gerund clause, a verb). A verb's phrase is built
from the verb `polarity.qualify` names (the reporting verb of a reported clause, the governor
of a wanted or conditional one) and keeps the negation, modal, hedge and condition it finds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from briefgen.extract.date_heads import governed
from briefgen.extract.labels import (
    EVENT_COMPLEMENTS,
    GERUND_CLAUSES,
    GERUND_PARTS,
    NOMINALS,
    OBJECTS,
    PARTICIPLE_MODIFIERS,
    PHRASE_DROPS,
    PHRASE_TRIMS,
    REPORTED_CLAUSES,
    SHARED_SUBJECT,
    SUBJECTS,
    VERB_CORE,
    VERBALS,
    WH_PRONOUN_TAGS,
)
from briefgen.extract.lexicon import folded
from briefgen.extract.phrase_parts import (
    balanced,
    bound_of,
    bracketed_aside,
    closing_stop,
    determined,
    frame_whole,
    next_clause_subject,
    noun_infinitive,
    open_question,
    purpose_infinitive,
    quote_pairs,
)
from briefgen.extract.phrase_room import (
    left_out,
    noun_conjunct,
    noun_content,
    reported_comma,
    second_verb_first,
    summed_up,
    verb_content,
)
from briefgen.extract.polarity import (
    Qualified,
    active,
    claim_noun,
    is_condition,
    qualify,
    with_shared,
    written,
)
from briefgen.extract.quotemarks import across_quote, is_quoted
from briefgen.extract.rules import Rule, first, record, rule
from briefgen.extract.spans import model_entity

_MAX_PART = 9  # tokens kept of a subject or object: a phrase, not a sentence
# Words a part may run over its room rather than lose the phrase holding a modifier bound to
# its noun ("with the governors of the gulf states", one over, not "in a conference call").
_SLACK = 3
# Entity labels a subject is shown by its name alone ("Attaullah Tarar", not a noun phrase).
_NAMED_SUBJECTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
Namer = Callable[[Token], str | None]  # a pronoun -> the actor it refers to, if any
# A phrase's part: its text (None: its tokens joined), its place, the tokens it shows.
Part = tuple[str | None, int, list[int]]
_QUOTES = '"“”'
_SUBORDINATOR = re.compile(r"^(?:which|that|who|whom|since|because|while|when|whereas)\s+", re.I)


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
    return found[0], _tidy(found[1] or ""), why


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
    return _compact(objects[0], skip) if objects else ""


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
    return _compact(governor, clause.skip)


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
        return _compact(governor.head, skip)
    qualified = clause.qualified
    chosen = [
        c for c in governor.children
        if (c.dep_ in GERUND_PARTS and c.i not in skip)
        or (c.i in qualified.through and c.i not in qualified.keep)
    ]  # fmt: skip
    ids = {c.i: _compact_ids(c, skip) for c in chosen}
    parts = [_part(ids[c.i], governor.doc, c.i) for c in chosen]
    placed = {governor.i, *(i for found in ids.values() for i in found)}
    return _ordered(parts + _qualifier_parts(clause, placed), governor.doc)


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
    participle = verb.tag_ == "VBG" and verb.dep_ in GERUND_CLAUSES  # "Obama ..., saying"
    if not subjects and (verb.dep_ in SHARED_SUBJECT or participle):
        # not across a quote's edge: "'... I would have been sitting,' Daniloff said"
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECTS]
        subjects = [s for s in subjects if not across_quote(s, verb)]
    core = [c for c in verb.children if c.dep_ in VERB_CORE]
    complements = [
        c for c in verb.children
        if c.dep_ in EVENT_COMPLEMENTS
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
        parts = [_part(_compact_ids(verb.head, skip), verb.doc, verb.head.i)]
    parts += [_part([t.i], verb.doc) for t in (*core, verb)]
    placed = {verb.i, *(t.i for t in core), *(t.i for s in subjects for t in s.subtree)}
    reported_first: set[int] = set()  # reported clauses before their reporter's subject
    for complement in complements:
        if frame_apart.fn(complement, subjects) and _frame_too_long(complement, skip):
            continue
        # The clause raised from, or the clause a verb reports ("said they did not intend to
        # speak to Dr Murray again"), may take twice the room: it is what the phrase reports.
        reported = complement.i in clause.qualified.through or complement.dep_ in REPORTED_CLAUSES
        room = 2 * _MAX_PART if reported else _MAX_PART
        ids = _compact_ids(complement, skip, room)
        if ids and reported_comma(complement, subjects):
            reported_first.add(complement.i)
        parts.append(_part(ids, verb.doc, complement.i))
        placed.update(ids)
    return _ordered(parts + _qualifier_parts(clause, placed), verb.doc, reported_first)


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
    kept = _kept(frame, skip)
    if frame.dep_ != "prep" or not frame_whole.fn(_words(kept, frame.doc), _MAX_PART):
        return False
    record(frame_whole, _join(sorted(kept), frame.doc), "left out")
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


def _part(ids: list[int], doc: Doc, at: int | None = None) -> Part:
    """The part of a phrase that shows these tokens, placed at `at` (else its first token)."""
    return (None, ids[0] if at is None and ids else at or 0, ids)


def _ordered(parts: list[Part], doc: Doc, comma_after: AbstractSet[int] = frozenset()) -> str:
    """Parts of a phrase in text order, joined, with the commas the sentence had between
    the tokens they show (`_commas`: "With the wind blowing from the south, the mess
    could reach") and one after each part placed at `comma_after` (`reported_first`)."""
    commas = _commas({i for _, _, ids in parts for i in ids}, doc)
    text, last = "", None
    for words, at, ids in sorted(_with_quote_marks(parts, doc), key=lambda part: part[1]):
        shown = words if words is not None else _join(ids, doc, commas)
        if not shown:
            continue
        shown += "," if at in comma_after else ""
        comma = last is not None and bool(ids) and ids[0] == last + 2 and last + 1 in commas
        comma = comma and not text.endswith(",")
        text += ("," if comma else "") + (" " if text else "") + shown
        last = ids[-1] if ids else None
    return text


def _with_quote_marks(parts: list[Part], doc: Doc) -> list[Part]:
    """The parts, each with the quote marks around the quotations the phrase shows whole
    (`quoted_whole`): a mark joins the part that shows the word beside it."""
    pairs = quote_pairs({i for _, _, ids in parts for i in ids}, doc)
    if not pairs:
        return parts
    found: list[Part] = []
    for words, at, ids in parts:
        if words is None and ids:
            marks = {a for a, _ in pairs if a + 1 in ids}
            for _, b in pairs:
                stops = closing_stop(b, doc)
                if min([b, *stops]) - 1 in ids:
                    marks |= {b, *stops}
            ids = sorted({*ids, *marks})
        found.append((words, at, ids))
    return found


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
    return [_part(run, doc) for run in runs]


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
    keep = set().union(*(_kept(subject, skip) for subject in subjects))
    return _part(sorted(keep)[:_MAX_PART], doc, subjects[0].i)


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
    before it, in its sentence or the one before. Otherwise the pronoun stays, and the row
    is not shown (readable.py `pronoun_subject`): a wrong name says what did not happen."""
    if name is None or subject.lower_ not in folded("personal_pronouns") or is_quoted(subject):
        return None  # a pronoun inside quote marks is the speaker's, not the narrative's
    named = name(subject)
    nearest = _nearest_person(subject)
    return named if nearest is not None and name(nearest) == named else None


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
    joined = any(child.dep_ == "conj" for child in subject.children)
    if ent is not None and ent.label_ in _NAMED_SUBJECTS and not joined:
        full = surname_named(ent)
        if full is not None:
            clause.surnamed.append(subject)
        return full or ent.text, list(range(ent.start, ent.end))
    return None, _compact_ids(subject, skip)


def _compact(head: Token, skip: set[int]) -> str:
    """A token's subtree without dates, side clauses and punctuation, cut to a phrase."""
    return _join(_compact_ids(head, skip), head.doc)


def _compact_ids(head: Token, skip: set[int], room: int = _MAX_PART) -> list[int]:
    """The tokens `_compact` keeps, in order, at most `room` of them."""
    keep, doc = _kept(head, skip), head.doc
    while _words(keep, doc) > room:
        second = [c for c in _subtree_children(head, keep) if second_verb_first.fn(c, head)]
        if second:
            record(second_verb_first, second[-1].text, "left out")
            keep -= {t.i for t in second[-1].subtree}
            continue
        # Drop the rightmost modifier first: later material tends to be the least essential.
        # With nothing left to drop the phrase stays whole: a cut mid-phrase garbles it
        # ("Interior Secretary Ken Salazar Environmental Protection Agency chief are").
        removable = [c for c in _subtree_children(head, keep) if c.dep_ in PHRASE_TRIMS]
        if not removable:
            break
        rightmost = max(removable, key=lambda c: c.i)
        last = _trim_target(rightmost, head, removable, keep)
        if last is None or (last != rightmost and _words(keep, doc) - room <= _SLACK):
            break  # a bound modifier costs its holder only when the part is well over
        keep -= {t.i for t in _trimmed(last, head).subtree}
    # A conjunction stays only while something it joins stays ("Pakistan and Afghanistan",
    # "BP and government officials", where the parser gives "and" no conjunct).
    joined = {t.i for i in keep for t in doc[i].children if t.dep_ == "cc" and _joins(t, keep)}
    return [i for i in sorted(keep) if doc[i].dep_ != "cc" or i in joined]


def _trim_target(last: Token, head: Token, removable: list[Token], keep: set[int]) -> Token | None:
    """The modifier a trim drops: the rightmost; when that goes only with its noun
    (`_BOUND`), the modifier that holds the noun, unless that is the head's own
    complement ("made progress in its effort to install a new cap"): then nothing, and the
    phrase stays whole."""
    bound = first(_BOUND, last)
    if bound is None:
        return last
    record(bound[0], _join(sorted(keep), head.doc), "kept with its noun")
    for above in last.ancestors:
        if above.i == head.i or (above.head.i == head.i and above in removable):
            return None
        held = first(_BOUND, above) if above in removable else None
        if held is not None:
            record(held[0], above.text, "kept with its head")
        elif above in removable or noun_conjunct(above):
            return above
    return None


# Modifiers that go only with their noun: a trim drops the phrase that holds them.
_BOUND: list[Rule[[Token], bool]] = [
    noun_infinitive, bound_of, noun_content, verb_content,
]  # fmt: skip


def _words(ids: set[int], doc: Doc) -> int:
    """The words a reader sees in these tokens: a token glued to the one before ("'s")
    is no word of its own."""
    return sum(1 for i in ids if not (i - 1 in ids and not doc[i - 1].whitespace_))


def _trimmed(modifier: Token, head: Token) -> Token:
    """What dropping a modifier drops: a participle's complement goes with the participle
    ('a hearing devoted to the disaster' is cut to 'a hearing', not 'a hearing devoted'), and
    so does an infinitive's its meaning needs (`purpose_infinitive`: "to pay for legal
    claims" goes whole, not to "to pay")."""
    above = modifier.head
    needs = _participle(above) or purpose_infinitive.fn(above)
    if modifier.dep_ == "prep" and above.i != head.i and needs:
        return above
    return modifier


def _participle(token: Token) -> bool:
    """A participle that modifies a noun ("devoted"), not an infinitive ("to install") nor a
    clause with a subject of its own ("evidence that BP put profits ahead of safety")."""
    return (
        token.pos_ in VERBALS
        and token.dep_ in PARTICIPLE_MODIFIERS
        and token.tag_ != "VB"
        and not any(c.dep_ in SUBJECTS for c in token.children)
    )


def _join(indices: list[int], doc: Doc, commas: set[int] | None = None) -> str:
    """Tokens as the text wrote them where they are adjacent ("Pre-orders"), else spaced; a
    hyphen that glued two of them ("a 14-year low") or a comma of `_commas` ("the
    Mississippi, Alabama and Florida coasts") stays."""
    commas = _commas(set(indices), doc) if commas is None else commas
    the = determined(indices, doc)
    parts: list[str] = []
    for position, i in enumerate(indices):
        before = indices[position - 1] if position else None
        if i in the:
            parts.append("the")
            before = None
        if before == i - 1:
            parts[-1] += doc[i - 1].whitespace_ + doc[i].text
        elif before is not None and _glued_by_hyphen(before, i, doc):
            parts[-1] += "-" + doc[i].text
        else:
            if before is not None and i == before + 2 and before + 1 in commas:
                parts[-1] += ","
            parts.append(doc[i].text)
    return " ".join(parts)


def _glued_by_hyphen(last: int, first: int, doc: Doc) -> bool:
    """Two tokens a hyphen joined with no space ("second-largest", "14-year")."""
    hyphen = doc[last + 1] if first == last + 2 else None
    return (
        hyphen is not None
        and hyphen.text == "-"
        and not (doc[last].whitespace_ or hyphen.whitespace_)
    )


def _commas(shown: set[int], doc: Doc) -> set[int]:
    """The commas a phrase keeps: each that stood alone between two tokens it shows, but one
    of the two commas around a phrase set off ("The first A380 superjumbo, made by Airbus,
    was"; "The Boeing 787, or Dreamliner, is") only with the other, so no aside is left
    open ("Apple Corps' latest suit, filed claims" when its date was cut)."""
    between = {i + 1 for i in shown if i + 2 in shown and doc[i + 1].text == ","}
    return {c for c in between if all(p in between for p in _partners(c, doc))}


def _partners(comma: int, doc: Doc) -> list[int]:
    """The comma that closes the phrase this comma opens, or opens the one it closes."""
    found = []
    first = comma + 2 if doc[comma + 1].dep_ == "cc" else comma + 1  # ", or Dreamliner,"
    after = _widest(doc[min(first, len(doc) - 1)], _left)
    end = _right(after) + 1
    if _left(after) == first and end < len(doc) and doc[end].text == ",":
        found.append(end)
    before = _widest(doc[comma - 1], _right)
    start = _left(before) - 1
    if _right(before) == comma - 1 and start >= 0 and doc[start].text == ",":
        found.append(start)
    return found


def _left(token: Token) -> int:
    """Where a token's phrase starts, its punctuation aside."""
    return min(t.i for t in token.subtree if not t.is_punct or t.i == token.i)


def _right(token: Token) -> int:
    """Where a token's phrase ends, its punctuation aside (the parser can hang the comma
    that closes a phrase on it)."""
    return max(t.i for t in token.subtree if not t.is_punct or t.i == token.i)


def _widest(token: Token, edge: Callable[[Token], int]) -> Token:
    """The largest phrase that starts (or ends) where this token does."""
    while token.head.i != token.i and edge(token.head) == edge(token):
        token = token.head
    return token


def _joins(cc: Token, keep: set[int]) -> bool:
    """A conjunction joins what stays: a conjunct of its head, or the word right after it."""
    after = cc.i + 1 in keep and cc.head.i in keep
    return after or any(c.dep_ == "conj" and c.i in keep for c in cc.head.children)


def _kept(head: Token, skip: set[int]) -> set[int]:
    dropped: set[int] = set()  # `skip` is left out at the end, not copied per call
    # "should be punished if the procedure is outlawed": a condition stays whole.
    kept = {
        t.i for c in head.subtree if c.i != head.i and active() and is_condition(c)
        for t in c.subtree
    }  # fmt: skip
    for token in head.subtree:
        if token.i in kept or token.i in dropped or token.i == head.i:
            continue
        if token.dep_ in PHRASE_DROPS or token.is_space:
            if _content_mark(token) or _needed(token, skip):
                continue
            dropped |= {t.i for t in token.subtree}
        elif next_clause_subject.fn(token):
            record(next_clause_subject, token.text, "left out")
            dropped |= {t.i for t in token.subtree}
        elif left_out(token, skip):
            dropped |= {t.i for t in token.subtree}
    aside = bracketed_aside.fn(head) - dropped
    if any(not head.doc[i].is_punct for i in aside):
        record(bracketed_aside, head.doc[min(aside) : max(aside) + 1].text, "left out")
    dropped |= aside
    return {t.i for t in head.subtree if t.i not in dropped and t.i not in skip}


# Dependents a phrase drops by their label but keeps by a rule.
_KEPT_BY_RULE: list[Rule[[Token], bool]] = [open_question, purpose_infinitive, noun_infinitive]


def _needed(token: Token, skip: set[int]) -> bool:
    """A dependent a phrase drops by its label but keeps by a rule, recorded when kept: the
    "if" of a question (`open_question`), an infinitive its verb or noun needs
    (`purpose_infinitive`, `noun_infinitive`)."""
    if token.i in skip:
        return False
    found = first(_KEPT_BY_RULE, token)
    if found is None:
        return False
    record(found[0], token.text, "kept")
    return True


def _content_mark(token: Token) -> bool:
    """The "that" of a claim's content ("claims that vast plumes ... are spreading"), which
    the phrase keeps: without it the noun runs into the clause."""
    return token.dep_ == "mark" and active() and claim_noun(token.head) is not None


def _subtree_children(head: Token, keep: set[int]) -> list[Token]:
    return [
        t for t in head.subtree if t.i != head.i and t.i in keep and t.head.i in keep | {head.i}
    ]


def _unpaired_marks_cut(phrase: str) -> str:
    """A quote mark at either end that pairs with none ('"...', '... said"') goes; a
    quotation the phrase shows whole keeps its marks."""
    for _ in range(2):
        if phrase[:1] in _QUOTES and not balanced(phrase):
            phrase = phrase[1:].strip(" ,;:-—")
        if phrase[-1:] in _QUOTES and not balanced(phrase):
            phrase = phrase[:-1].strip(" ,;:-—")
    return phrase


def _tidy(phrase: str) -> str:
    phrase = re.sub(r"\s+([,.;:’'”)])", r"\1", phrase).replace("“ ", "“").strip(" ,;:-—")
    phrase = _unpaired_marks_cut(phrase)
    phrase = re.sub(r"[,;:]([\"”])$", r"\1", phrase)  # '... or "bumper,"' ends on its word
    phrase = re.sub(r"\s+", " ", phrase)
    phrase = written(phrase)
    # A phrase states an event: a leading subordinator or relative word ("which", "since")
    # belongs to the sentence the clause was cut from.
    phrase = _SUBORDINATOR.sub("", phrase)
    return phrase[:1].upper() + phrase[1:] if phrase else ""
