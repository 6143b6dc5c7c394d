"""What an event's phrase gives up first when a part of it is too long to show whole.

`event_phrases` trims the rightmost modifiers of a part over its room. These rules, read
there, say what a trim must take whole or not at all: a second verb joined to the part's
own (a second event, dropped before anything of the first is cut), and the clause that
says what a noun of saying or knowing holds ("worries that the company will have to
suspend its dividend", "no evidence that BP put profits ahead of safety"), and the clause
a verb reports ("by saying it had found no evidence"); and a participle that says only a
date the phrase drops, which goes with it. A reported clause shown before its reporter
keeps the comma between them; a second object that sums up its clause is left out.
What syntax binds stays: a name is never cut inside (`name_whole`), the rest of a list the
parser read as an aside stays with its subject (`listed_apposition`), an adverb that places
the object stays with the verb (`object_placed`); what a colon sets after a noun goes
(`after_colon`); a part that starts inside a quotation takes it whole (`quotation_whole`);
"which" never stands for a person (`which_not_person`).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from briefgen.extract.labels import (
    ADVERB_MODIFIERS,
    APPOSITIONS,
    AUXILIARIES,
    COMPARATIVE_TAGS,
    COORDINATORS,
    FINITE_TAGS,
    MEASURES,
    NOMINALS,
    NOUN_CONTENT_CLAUSES,
    PARTICIPLE_MODIFIERS,
    PARTICIPLE_TAGS,
    PLURAL_PRESENT_TAGS,
    PREPOSITIONS,
    REPORTED_CLAUSES,
    SHADING,
    SINGULAR_NOUN_TAGS,
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


@rule(
    "phrase",
    example='Speaking the next day at the White House, Allen observed: "To push BP out of the '
    'way, it would raise a question: Replace them with what?"',
)
def after_colon(token: Token, _skip: AbstractSet[int] = frozenset()) -> bool:
    """What a colon sets after a noun ("it would raise a question: Replace them with what?")
    spells the noun out in a sentence of its own: the phrase ends on the noun, not "raise a
    question Replace them with what". A verb's reported clause after a colon ("Allen
    observed: ...") is its content and stays."""
    head = token.head
    if head.pos_ not in NOMINALS or token.i < head.i or token.is_punct:
        return False
    start = token.left_edge.i
    return start > head.i and token.doc[start - 1].text == ":"


def left_out(token: Token, skip: AbstractSet[int]) -> bool:
    """Whether a phrase leaves out a token with what hangs on it (`dated_participle`,
    `summing_up_object`, `after_colon`), recorded."""
    found = first(_ASIDES, token, skip)
    if found is not None:
        record(found[0], token.text, "left out")
    return found is not None


_ASIDES: list[Rule[[Token, AbstractSet[int]], bool]] = [
    dated_participle, summing_up_object, after_colon,
]  # fmt: skip


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


@rule(
    "phrase",
    example="Vaccine advisers to the US Centers for Disease Control and Prevention voted "
    "unanimously on Friday to recommend an extra dose of Covid-19 vaccine for some "
    "immunocompromised people, and the CDC director signed off on the recommendation almost "
    "immediately.",
)
def name_whole(modifier: Token) -> bool:
    """A modifier inside the name that holds its noun ("the US Centers for Disease Control
    and Prevention") is part of the name: a trim takes the phrase holding the whole name or
    leaves it, never "Vaccine advisers to the US Centers voted"."""
    head = modifier.head
    if modifier.dep_ not in PREPOSITIONS or head.i > modifier.i or not head.ent_type_:
        return False
    inside = modifier.doc[head.i + 1 : modifier.right_edge.i + 1]
    return all(t.ent_iob_ == "I" and t.ent_type_ == head.ent_type_ for t in inside)


@rule(
    "phrase",
    example="Jackson's mother Katherine and his sister LaToya have backed plans for the Michael "
    "Forever Tribute concert at the Millennium Stadium on 8 October.",
)
def listed_apposition(token: Token) -> bool:
    """An apposition with conjuncts of its own, after a singular subject whose verb agrees
    with a plural ("Jackson's mother Katherine and his sister LaToya have backed"; "Ben Carson,
    Ted Cruz and Rand Paul have all attacked"), is the rest of a list the parser read as an
    aside: the phrase keeps it, not "Jackson's mother have backed"."""
    subject = token.head
    if token.dep_ not in APPOSITIONS or not any(c.dep_ == "conj" for c in token.children):
        return False
    if subject.dep_ not in SUBJECTS or subject.tag_ not in SINGULAR_NOUN_TAGS:
        return False
    if any(c.dep_ == "conj" for c in subject.children):
        return False
    verb = subject.head
    forms = [verb, *(c for c in verb.children if c.dep_ in AUXILIARIES)]
    finite = [f for f in forms if f.tag_ in FINITE_TAGS]
    return bool(finite) and finite[0].tag_ in PLURAL_PRESENT_TAGS


@rule(
    "phrase",
    example="One report Saturday morning placed the Taliban just 7 miles away from the capital "
    "city Kabul, as US Marines arrived to secure the US Embassy there and help diplomats and "
    "Afghan civilians flee.",
)
def object_placed(token: Token) -> bool:
    """An adverb right after a verb's object, with a distance or a comparison and a phrase of
    its own saying where ("placed the Taliban just 7 miles away from the capital city",
    "has brought Sen. Bernie Sanders one step closer to ..."), says where the verb puts the
    object: a complement the phrase keeps, not "One report placed the Taliban". Set off by a
    comma ("..., up 31 percent from a year earlier") it is an aside; a time is no place
    ("issued a statement late in the day")."""
    verb = token.head
    if token.dep_ not in ADVERB_MODIFIERS or verb.pos_ not in VERBALS:
        return False
    if not any(c.dep_ in PREPOSITIONS and c.i > token.i for c in token.children):
        return False
    # a distance or a comparison, not a time ("issued a statement late in the day")
    if token.tag_ not in COMPARATIVE_TAGS and not any(c.dep_ in MEASURES for c in token.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < token.i]
    if not objects:
        return False
    return not any(t.is_punct for t in token.doc[objects[-1].right_edge.i : token.i])


def places_object(token: Token) -> bool:
    """Whether a verb's adverb is a complement that places its object (`object_placed`),
    recorded."""
    if not object_placed.fn(token):
        return False
    record(object_placed, token.text, "kept")
    return True


_MARKS = '"“”'


@rule(
    "phrase",
    example='The prediction this year for the Atlantic is for an "active to extremely active" '
    "hurricane season, which officially began on 1 June.",
)
def quotation_whole(keep: AbstractSet[int], head: Token) -> set[int]:
    """A part whose head follows a quotation it starts inside (the parser hung the
    quotation's first words elsewhere: "an "active to extremely active" hurricane season"
    gives its noun only "extremely active" hurricane season") takes the quotation whole,
    with the determiner before it; the tokens it adds (none when it starts outside, or
    when its head is inside: a quotation's own words are no part of a noun after it)."""
    if not keep:
        return set()
    doc, start = head.doc, min(keep)
    marks = [t.i for t in doc[start].sent if t.text in _MARKS]
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        if opening < start <= closing < head.i:
            before = opening - 1 if opening and doc[opening - 1].dep_ == "det" else opening
            added = set(range(before, start)) - {opening}
            record(quotation_whole, doc[opening : closing + 1].text, "kept whole")
            return added
    return set()


@rule(
    "phrase",
    example="Randy Jackson recently succeeded in stopping an unapproved tribute show to his "
    "brother Michael in Rome, which had been scheduled for 25 June, the anniversary of his death.",
)
def which_not_person(pronoun: Token, noun: Token) -> Token | None:
    """ "Which" never stands for a person: when the parser hangs its clause on one ("a tribute
    show to his brother Michael in Rome, which had been scheduled"), the antecedent is the
    object of the verb the person's phrase completes, before it ("show"); none found, the
    parse stands."""
    person = noun.ent_type_ == "PERSON" or any(
        c.dep_ in APPOSITIONS and c.ent_type_ == "PERSON" for c in noun.children
    )
    if pronoun.lower_ != "which" or not person:
        return None
    verb = next((a for a in noun.ancestors if a.pos_ in VERBALS), None)
    if verb is None:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < noun.left_edge.i]
    if not objects or objects[-1].ent_type_ == "PERSON":
        return None
    return objects[-1]


def antecedent(pronoun: Token, noun: Token) -> Token:
    """The noun a relative pronoun stands for: the one its clause hangs on, unless
    `which_not_person` finds another, recorded."""
    found = which_not_person.fn(pronoun, noun)
    if found is None:
        return noun
    record(which_not_person, f"{noun.text} -> {found.text}", "antecedent")
    return found
