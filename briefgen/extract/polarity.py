"""Polarity, modality and attribution kept when a clause is shortened to a phrase (issue 17).

Every phrase the brief writes is cut around a head token (a timeline event's verb, the cue of
reported speech, an outlook sentence's main verb). A cut must not turn "did not recommend"
into "recommend", "may resume" into "resume" or "officials said talks would resume" into
"talks would resume". Two ordered lists decide it, by dependency syntax:

- `RAISE_RULES`: the verb the phrase must be built from. A clause that is wanted, reported
  or conditional ("did not want *to sign*", "denied that *troops crossed*", "*if talks fail*,
  fighting resumes") hands over to the verb that governs it, whose clause says who claims it,
  and whether it happened at all.
- `KEEP_RULES`: the words of the head's clause the phrase must keep: its negation ("not",
  "never", "no longer"), its modal ("may", "could"), its hedge ("reportedly", lexicon
  `hedge_adverbs`) and its condition ("if both sides agree", lexicon `condition_marks`).

`phrases_as_before()` switches all of it off: the faithfulness benchmark's baseline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from briefgen.extract.labels import (
    ARGUMENTS,
    AUXILIARIES,
    CLAUSE_COMPLETIONS,
    CONTENT_CLAUSES,
    EXPLETIVE,
    MISHUNG_CLAUSES,
    NON_FINITE_TAGS,
    OBJECTS,
    PASSIVE_MARKERS,
    SUBJECTS,
    VERBALS,
    WH_WORD_TAGS,
)
from briefgen.extract.lexicon import words
from briefgen.extract.quotemarks import across_quote
from briefgen.extract.rules import Rule, first, rule

MODAL_TAG = "MD"  # Penn tag of a modal auxiliary ("may", "could", "will")
CONTENT_MARK = "that"  # the subordinator of a content clause ("the claim that ...")
_MAX_RAISES = 4  # "X warned reserves will run out unless lawmakers vote to raise ...": a few levels
_ACTIVE: ContextVar[bool] = ContextVar("briefgen_faithful_phrases", default=True)


@dataclass(frozen=True)
class Qualified:
    """The verb a phrase is built from, the words it must keep, and the rules that said so."""

    head: Token
    through: frozenset[int] = frozenset()  # the child of `head` the original head hangs under
    keep: frozenset[int] = frozenset()  # token indices: negation, modal, hedge, condition
    why: tuple[Rule[..., Any], ...] = ()


def active() -> bool:
    """Whether phrases keep their qualifiers (off only inside `phrases_as_before`)."""
    return _ACTIVE.get()


@contextmanager
def phrases_as_before() -> Iterator[None]:
    """Phrases cut as before issue 17: no raising, no qualifier kept, no date shown."""
    token = _ACTIVE.set(False)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def qualify(
    head: Token,
    keep_rules: Sequence[Rule[[Token], set[int]]] | None = None,
    raise_rules: Sequence[Rule[[Token], Token | None]] | None = None,
) -> Qualified:
    """The verb a phrase cut at `head` is built from (by `RAISE_RULES` or those given), and
    the words it must keep (by `KEEP_RULES` or those given) of every verb on the way up: the
    condition of a reported clause stays with it."""
    if not active():
        return Qualified(head)
    why: list[Rule[..., Any]] = []
    through: set[int] = set()
    chain = [head]
    for _ in range(_MAX_RAISES):
        raised = first(RAISE_RULES if raise_rules is None else raise_rules, head)
        if raised is None or raised[1] is None:
            break
        why.append(raised[0])
        through = {_child_towards(head, raised[1]).i}
        head = raised[1]
        chain.append(head)
    keep: set[int] = set()
    for keeper in KEEP_RULES if keep_rules is None else keep_rules:
        found = set().union(*(keeper.fn(verb) for verb in chain))
        if found:
            keep |= found
            why.append(keeper)
    return Qualified(head, frozenset(through), frozenset(keep), tuple(why))


def _child_towards(token: Token, ancestor: Token) -> Token:
    """The child of `ancestor` that `token` hangs under (`token` itself when it is one or
    when `ancestor` is not above it)."""
    child = token
    while child.head.i != ancestor.i:
        if child.head.i == child.i:
            return token
        child = child.head
    return child


# --- Which verb's clause a phrase is built from ----------------------------------------------


# Examples: TimeBank 1.2 (wsj, apw), Timeline17 (BBC), PolNeAR (Politico), MEANTIME (Wikinews).
@rule("phrase", example="Officials said the president himself met with Sununu Sunday.")
def reported_clause(head: Token) -> Token | None:
    """A clause that someone reports or denies ("said the talks would resume", "denied that
    troops crossed") is their claim, not a fact: the phrase is built from the reporting verb,
    with its subject (lexicons `reporting_verbs`, `denial_verbs`); not the writer's own
    frame with an expletive subject ("it should be mentioned that ..."). A verb the parser
    joined as a conjunct with no "and" or comma before it ("don't mean a rift will put
    California up for grabs") is such a clause too, as is one hung on a noun although "that"
    only marks it ("told the audience at his fundraiser for veterans that he and Fox News had
    ..."), and a reporting verb the tagger took for a noun with a subject ("the Times
    obituary points out that") reports all the same."""
    governor = head.head
    complement = head.dep_ == "ccomp" or unjoined_conjunct(head)
    if not complement and (raised := complement_read_as_relative(head)) is not None:
        governor, complement = raised, True
    # A verb the tagger took for a noun heads a clause all the same when it has a subject
    # ("the Times obituary points out that ...").
    verbal = governor.pos_ in VERBALS or _has_own_subject(governor)
    if not complement or governor.i == head.i or not verbal:
        return None
    if any(_expletive(c) for c in governor.children):
        return None  # "it should be mentioned that ...": the writer's own frame
    claims = words("reporting_verbs") | words("denial_verbs")
    return governor if governor.lemma_.lower() in claims or _negated(governor) else None


@rule("phrase", example="BP chief Tony Hayward is scheduled to appear before Congress next week.")
def wanted_clause(head: Token) -> Token | None:
    """An open clause ("did not want to sign", "failed to agree") happens only as its governing
    verb says: the phrase is built from that verb."""
    governor = head.head
    if head.dep_ != "xcomp" or governor.i == head.i or governor.pos_ not in VERBALS:
        return None
    return governor


@rule(
    "phrase",
    example="Ryan also is stressing that whatever the president does can be overturned if a "
    "Republican is elected president in November.",
)
def conditional_clause(head: Token) -> Token | None:
    """A condition ("if talks fail on Friday, fighting will resume") is no event of its own:
    the phrase is built from the clause it conditions, condition included."""
    if head.dep_ != "advcl" or head.head.i == head.i or _condition_mark(head) is None:
        return None
    return head.head


@rule(
    "phrase",
    example="The thrift holding company said it expects to obtain regulatory approval and "
    "complete the transaction by year-end.",
)
def shared_frame(head: Token) -> Token | None:
    """A bare conjunct ("... and complete the transaction") shares the frame of the verb it
    is joined to: when that verb is reported, wanted or conditional, the phrase is built from
    it."""
    frames = (reported_clause, wanted_clause, conditional_clause)
    token = head
    while (
        token.dep_ == "conj" and token.head.pos_ in VERBALS and not _has_own_subject(token)
        and not across_quote(token, token.head)
    ):  # fmt: skip
        token = token.head  # "shot and killed a woman and wounded two men": the first verb
        if any(frame.fn(token) is not None for frame in frames):
            return token
    return None


@rule(
    "phrase",
    example="“I was totally against going into Iraq,” Trump said, repeating a false claim that "
    "he opposed the 2003 invasion.",
)
def claimed_content(head: Token) -> Token | None:
    """A clause that states what a claim, a belief or a fear holds ("Trump's lie that the
    election was stolen", "fears that the group will return", lexicon `claim_nouns`) is that
    claim, not a fact: the phrase is built from the verb the noun's phrase hangs on ("BP has
    challenged widespread scientific claims that ..."), or from the noun when none does."""
    noun = claim_noun(head)
    if noun is None:
        return None
    token = noun
    while token.pos_ not in VERBALS and token.head.i != token.i:
        token = token.head
    return token if token.i != head.i else None


# The verb a phrase is built from: the first rule that decides hands the head over, repeatedly.
RAISE_RULES: list[Rule[[Token], Token | None]] = [
    reported_clause, wanted_clause, conditional_clause, claimed_content, shared_frame,
]  # fmt: skip


# --- What a phrase keeps of its head's clause --------------------------------------------------


@rule(
    "phrase",
    example="StatesWest Airlines, Phoenix, Ariz., said it withdrew its offer to acquire Mesa "
    "Airlines because the Farmington, N.M., carrier didn't respond to its offer by the close "
    "of business yesterday, a deadline StatesWest had set for a response.",
)
def negation_kept(head: Token) -> set[int]:
    """The head's negation stays: "not", "never", "no longer" (a `neg` dependent of the verb,
    of one of its adverbs, or of the verb a bare conjunct shares it with), and a negative
    subject or object ("will do nothing to defeat it", "no one was hurt": lexicon
    `negative_pronouns`, `negative_determiners`)."""
    found = set()
    for token in with_shared(head):
        for child in token.children:
            if child.dep_ == "neg":
                found.add(child.i)
            elif child.dep_ in ARGUMENTS and _negative(child):
                found |= {t.i for t in child.subtree}  # "no new hardware products", whole
            elif _negated_adverb(child, token):
                found |= {child.i, *(c.i for c in child.children if c.dep_ == "neg")}
        if found and token is not head:  # a shared "did not" keeps its "did"
            found |= {c.i for c in token.children if c.dep_ in AUXILIARIES and c.i < token.i}
    return found


@rule("phrase", example="The first jets will be delivered in 2014.")
def modal_kept(head: Token) -> set[int]:
    """The head's modal stays ("may", "could", "would"), with the auxiliaries before it, also
    when a bare conjunct shares it ("could meet and sign")."""
    found = set()
    for token in with_shared(head):
        aux = [c for c in token.children if c.dep_ in AUXILIARIES and c.i < token.i]
        if any(c.tag_ == MODAL_TAG for c in aux):
            found |= {c.i for c in aux}
    return found


@rule(
    "phrase",
    example="That may take all of Tuesday and possibly run into Wednesday Then, engineers will "
    "have to decide whether to pump in cement at the top of the well or wait.",
)
def hedge_kept(head: Token) -> set[int]:
    """The head's hedge stays ("reportedly", "allegedly": lexicon `hedge_adverbs`), also
    when a bare conjunct shares it ("allegedly shot and killed two co-workers")."""
    hedges = words("hedge_adverbs")
    return {
        c.i
        for token in with_shared(head)
        for c in token.children
        if c.dep_ == "advmod" and c.lower_ in hedges
    }


@rule(
    "phrase",
    example="If successful, BP said it hoped to begin pumping oil to the surface early next week.",
)
def condition_kept(head: Token) -> set[int]:
    """The head's condition stays whole ("if both sides agree", lexicon `condition_marks`)."""
    return {
        t.i
        for child in head.children
        if child.dep_ == "advcl" and _condition_mark(child) is not None
        for t in child.subtree
    }


# What a phrase keeps of its head's clause: every rule that finds something adds it.
KEEP_RULES: list[Rule[[Token], set[int]]] = [negation_kept, modal_kept, hedge_kept, condition_kept]
# What the cue of reported speech keeps ("did not confirm that ..."): no condition.
CUE_KEEP_RULES: list[Rule[[Token], set[int]]] = [negation_kept, modal_kept, hedge_kept]


def written(text: str) -> str:
    """Tokens joined by spaces back as written: "did n't" is "didn't"."""
    return re.sub(r"\s+(n[’']t)\b", r"\1", text, flags=re.I)


def claim_noun(verb: Token) -> Token | None:
    """The noun of saying or belief (lexicon `claim_nouns`) whose content a verb's clause
    states: a clause hung on it by "that" ("Trump's lie that the election was stolen", also
    when parsed as a relative clause), or a whole clause (its own subject and object) with
    no other subordinator that starts right after the noun, wherever the parser hung it
    ("pushed back on the narrative ... out of fear the president might order an attack").
    A relative clause ("the report the FBI turned over", no object), an adverbial one
    ("criticism when it was revealed") and one that opens on a frame before its subject
    state no content."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    noun: Token | None = None
    if verb.dep_ in CONTENT_CLAUSES and marks == {CONTENT_MARK} and verb.i > verb.head.i:
        noun = verb.head
    elif verb.dep_ in CONTENT_CLAUSES | MISHUNG_CLAUSES and marks <= {CONTENT_MARK}:
        edge = verb.left_edge
        whole = bool(marks) or (_opens_on_subject(verb) and _completed(verb))
        if whole and edge.i > verb.sent.start and not _subordinated(edge):
            noun = verb.doc[edge.i - 1]
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in words("claim_nouns"):
        return None
    return noun


def _subordinated(edge: Token) -> bool:
    """A clause opened by another word than the "that" of content: a relative "that" ("claims
    that spread"), a subordinator or a wh-word ("criticism when it was revealed")."""
    if edge.lower_ == CONTENT_MARK:
        return edge.dep_ != "mark"
    return edge.pos_ == "SCONJ" or edge.tag_ in WH_WORD_TAGS


def _completed(verb: Token) -> bool:
    """A verb with its object or complement, or a passive: no gap a relative clause leaves."""
    return any(c.dep_ in CLAUSE_COMPLETIONS for c in verb.children)


def with_shared(head: Token) -> list[Token]:
    """The head, and the verb it is a bare conjunct of ("did not confirm or deny"), whose
    auxiliaries and negation it shares; not a quote's verb the reporter's is joined to."""
    governor = head.head
    shares = (
        head.dep_ == "conj"
        and governor.pos_ in VERBALS
        and not any(c.dep_ in SUBJECTS or _finite_auxiliary(c) for c in head.children)
        and not _contrasted(governor)
        and not across_quote(head, governor)
    )
    return [head, governor] if shares else [head]


def unjoined_conjunct(verb: Token) -> bool:
    """A verb parsed as a conjunct with nothing joining it to the verb before: no "and",
    "or", "but" and no comma before it, so a complement clause the parser misread."""
    if verb.dep_ != "conj" or verb.pos_ not in VERBALS:
        return False
    governor = verb.head
    if any(c.dep_ == "cc" and c.i < verb.i for c in governor.children):
        return False
    edge = verb.left_edge.i
    return edge > governor.i and not verb.doc[edge - 1].is_punct


def complement_read_as_relative(verb: Token) -> Token | None:
    """A clause the parser hung on a noun as a relative clause although "that" opens it as a
    complementizer ("told the audience at his fundraiser for veterans that he and Fox News
    had multiple conversations"): a relative "that" fills the clause's gap as its subject or
    object, a complementizer is only its mark, before a clause with a subject and an object
    of its own. The verb above the noun, which the clause completes, or None."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
    ):
        return None
    if not any(c.dep_ in SUBJECTS for c in verb.children) or not any(
        c.dep_ in OBJECTS for c in verb.children
    ):
        return None  # a clause with a gap: "the sites that Baghdad had placed off-limits"
    return next((t for t in verb.head.ancestors if t.pos_ in VERBALS), None)


def _finite_auxiliary(child: Token) -> bool:
    """An auxiliary of a conjunct's own ("and has resigned"), not the bare infinitive of a
    passive that still shares its governor's ("will require ... and be vaccinated")."""
    return child.dep_ in AUXILIARIES and child.tag_ not in NON_FINITE_TAGS


def _contrasted(governor: Token) -> bool:
    """Conjuncts joined by a contrast ("not to X but to Y") do not share a negation
    (lexicon `contrast_conjunctions`)."""
    contrasts = words("contrast_conjunctions")
    return any(c.dep_ == "cc" and c.lower_ in contrasts for c in governor.children)


def _has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


def _opens_on_subject(verb: Token) -> bool:
    """A clause with its own subject that opens on it ("fear the president might order an
    attack"); one that opens on a dated frame before its subject starts a sentence of its
    own, glued to a heading ("Peers debate BP oil spill statement On 14 June 2010, Lord
    Marland repeated a statement")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    return bool(subjects) and verb.left_edge.i == min(s.left_edge.i for s in subjects)


def _expletive(subject: Token) -> bool:
    """An expletive subject, or the "it" of a passive that stands for the clause after it
    ("it should be mentioned that", "it is expected that")."""
    it = subject.dep_ in PASSIVE_MARKERS and subject.pos_ == "PRON" and subject.lower_ == "it"
    return subject.dep_ in EXPLETIVE or it


def _negated_adverb(adverb: Token, verb: Token) -> bool:
    """A negated adverb before its verb ("no longer makes", "not yet signed"); not a clause
    after it ("said, no matter how good ...")."""
    return adverb.dep_ == "advmod" and adverb.i < verb.i and _negated(adverb)


def _negative(argument: Token) -> bool:
    """ "nothing", "nobody", or a noun with "no" ("no one", "no progress")."""
    return argument.lower_ in words("negative_pronouns") or any(
        c.dep_ == "det" and c.lower_ in words("negative_determiners") for c in argument.children
    )


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def is_condition(clause: Token) -> bool:
    """A clause that conditions its verb ("if both sides agree", "unless ...")."""
    return clause.dep_ == "advcl" and _condition_mark(clause) is not None


def _condition_mark(clause: Token) -> Token | None:
    marks = words("condition_marks")
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in marks), None)
