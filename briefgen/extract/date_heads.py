"""Which word a date dates: the verb or noun a temporal expression says when about.

The parser hangs a date on the nearest word it fits; `governor` reads past that to the word
whose event the date places: a noun that is a verb's argument hands it to the verb, a noun
inside a verb's prepositional phrase too (`date_on_verb`), and a participle that sets the scene
of a clause, completes its verb or describes one of its nouns (`participle_adjunct`).
"""

from __future__ import annotations

from spacy.tokens import Token

from briefgen.extract.labels import (
    ADVERBIAL_CLAUSES,
    ARGUMENTS,
    GERUND_CLAUSES,
    NOMINALS,
    REPORTED_CLAUSES,
    SUBJECTS,
    VERBALS,
)
from briefgen.extract.lexicon import words
from briefgen.extract.rules import Rule, rule

_CLIMB = 2  # prepositional phrases a date's noun may be nested in below its verb


def governor(token: Token) -> Token:
    """The verb or noun a date says when about; a noun that is a verb's argument ("made
    its maiden flight on April 27") hands over to the verb, an adverb the date hangs on ("as
    early as Wednesday") to what it modifies."""
    return governed(token)[0]


def governed(token: Token) -> tuple[Token, tuple[Rule[..., Token | None], ...]]:
    """`governor`, with the rules that handed the date from the word it hangs on to a verb."""
    head = attached_to(token)
    verb = date_on_verb(token, head)
    if verb is not None:
        head = verb
    elif head.pos_ in NOMINALS and head.dep_ in ARGUMENTS and head.head.pos_ in VERBALS:
        head = head.head
    elif head.pos_ in NOMINALS and _frames_clause(head):
        return head.head.head, ()
    adjunct = participle_adjunct(head)
    moved = (date_on_verb,) if verb is not None else ()
    return (adjunct, (*moved, participle_adjunct)) if adjunct is not None else (head, moved)


def attached_to(token: Token) -> Token:
    """The word a date hangs on as parsed, past its preposition and an adverb the date
    completes ("as early as Wednesday")."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    while head.pos_ == "ADV" and head.dep_ == "advmod" and head.head.i != head.i:
        head = head.head
    return head


@rule(
    "timeline",
    example='Jackson family members are expected to attend a gala event, "Forever Michael," at a '
    "Beverly Hills hotel on Saturday.",
)
def date_on_verb(date: Token, noun: Token) -> Token | None:
    """A date in a preposition after a noun that is itself the object of a verb's preposition
    ("attend a gala at a Beverly Hills hotel on Saturday", "said in a press conference on
    Wednesday") dates the verb's event: the parser hangs it on the nearest noun, and a place
    or a means is no event. The object of a preposition of time (lexicon `event_prepositions`:
    "came after explosions in Kabul on October 9") is an event and keeps its date."""
    if date.dep_ != "pobj" or noun.pos_ not in NOMINALS or noun.dep_ != "pobj":
        return None
    return _verb_above(noun)


@rule(
    "timeline",
    example="Speaking at a news conference last night, Admiral Allen said the small seepages "
    "did not indicate a threat to the well bore.",
)
def participle_adjunct(word: Token) -> Token | None:
    """A date on a participle that sets the scene of a clause ("Speaking at a news conference
    last night, he said ...", "Hafle, testifying before a panel on Friday, rejected the
    notion"), completes its verb ("began pumping oil on Monday") or describes a noun of it
    ("embarked upon a procedure using drilling mud last night") dates that clause's event: the
    participle has no subject of its own and its phrase would be a fragment. A participle
    after its clause is a later event ("..., prompting a truce on October 19", `gerund_clause`)
    and one that reports ("..., saying that troops would remain") keeps its date."""
    if word.tag_ != "VBG" or word.dep_ not in GERUND_CLAUSES:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in REPORTED_CLAUSES for c in word.children):
        return None
    above = word.head
    if word.dep_ in ADVERBIAL_CLAUSES and word.i > above.i:
        return None  # "..., prompting a second truce on October 19": a later event
    if above.pos_ in VERBALS:
        return above
    if above.pos_ not in NOMINALS:
        return None
    if above.dep_ in ARGUMENTS and above.head.pos_ in VERBALS:
        return above.head
    return _verb_above(above) if above.dep_ == "pobj" else None


def _verb_above(noun: Token) -> Token | None:
    """The verb whose prepositional phrase holds a noun ("said in a press conference"), or
    holds the noun that noun's phrase completes ("testified at the trial of Dr Murray"); the
    verb of a noun the phrase describes when that noun is the verb's argument or adjunct
    ("attend a gala event at a hotel"); but a noun nested in another noun's phrase keeps the
    date with that noun ("backed plans for the concert at the Millennium Stadium on 8
    October": the concert's date). None when a preposition of time makes the noun an event."""
    for climbed in range(_CLIMB):
        preposition = noun.head
        if noun.dep_ != "pobj" or preposition.dep_ != "prep":
            return None
        if preposition.lower_ in words("event_prepositions"):
            return None
        above = preposition.head
        if above.pos_ in VERBALS:
            return above
        if above.pos_ not in NOMINALS:
            return None
        if above.dep_ != "pobj" and above.head.pos_ in VERBALS:
            return above.head if not climbed else noun  # "attend a gala event at a hotel"
        noun = above
    return None


def _frames_clause(noun: Token) -> bool:
    """A noun in a phrase that opens its clause, before the subject ("During closing
    statements on Thursday, the prosecution said ..."): the frame of the clause's event."""
    preposition = noun.head
    verb = preposition.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep" or verb.pos_ != "VERB":
        return False
    subjects = [c.left_edge.i for c in verb.children if c.dep_ in SUBJECTS]
    return bool(subjects) and preposition.i < min(subjects)
