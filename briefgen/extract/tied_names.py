"""A name inside a source phrase that names whom the source is tied to, not the source.

"said a senior Cruz adviser", "said a person close to the Clintons", "said an Iowa
Democrat": the speaker is an unnamed person and the name only says whose adviser, friend or
state they are. A quote of theirs keeps its source as written and names no actor, rather than
give Cruz words he never said. A name inside a phrase for a thing that carries someone's words
("the Clinton campaign", "Gowdy's office", "a Pentagon readout", "a statement by X") or for a
body that speaks through a person ("a Twitter spokesman", lexicon `government_nouns`) names
its author, and still does; so does an organisation's name ("GM's vice president": its
people speak for it).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.extract.lexicon import WordClass, folded
from briefgen.extract.rules import rule
from briefgen.model import ActorType

# The classes of nouns whose modifier or "of"/"by" object is their author or principal.
_VOICE_CLASSES: tuple[WordClass, ...] = (
    "voice_nouns",
    "claim_nouns",
    "body_nouns",
    "org_nouns",
    "media_nouns",
    "page_words",
    "picture_nouns",
    "government_nouns",
)
# A person's name or a group word at the head of the phrase: a person ("United Auto Workers
# Secretary-Treasurer Gary Casteel", "an Iowa Democrat"), never their employer or state.
_PERSON_LABELS = frozenset({"PERSON", "NORP"})

# PolNeAR train, Politico 2016-05-31, "Cruz looks to ease bad blood with GOP establishment".
CRUZ_ADVISER = (
    "Ted Cruz\u2019s associates insist he\u2019s returning to the Senate as the same "
    "uncompromising, hell-bent conservative he\u2019s always been.\n\n\u201cThat can go a long "
    "way toward establishing good relationships,\u201d said a senior Cruz adviser."
)


@rule("speaker", example=CRUZ_ADVISER)
def tied_name(name: Token, subject: Token, named: ActorType) -> str | None:
    """A name inside a source phrase headed by a person (a common noun that is no author of
    words, a person's name, a group word) says whom that person is tied to and names no
    speaker: "a senior Cruz adviser", "a person close to the Clintons", "an Iowa Democrat",
    "Hillary Clinton's right-hand woman". A name after the head with no preposition between
    is the person's own ("GOP strategist Charlie Black"), one after "by" on the head is its
    author ("a study by Michael Greenstone"), and an organisation is whom its people speak
    for ("a United Auto Workers negotiator", "GM's vice president"). `named`: the type of
    the actor the name resolves to. Returns the head."""
    if _organisation(name, named) or _own_name(name, subject) or _by_author(name, subject):
        return None  # an organisation's officer, negotiator or leader speaks for it
    if subject.ent_type_ in _PERSON_LABELS:
        return subject.text
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    lemma = subject.lemma_.lower()
    if any(lemma in folded(kind) or subject.lower_ in folded(kind) for kind in _VOICE_CLASSES):
        return None
    return subject.text


def _path(name: Token, subject: Token) -> list[Token]:
    """The heads from the name up to (not including) the subject."""
    path, node = [], name
    while node.i != subject.i and node.head.i != node.i:
        path.append(node)
        node = node.head
    return path


def _own_name(name: Token, subject: Token) -> bool:
    """The head's own name: after it with no preposition between ("GOP strategist Charlie
    Black"), or a person's name set in apposition ("the general secretary of the British
    union Unite, Tony Woodley"), or after a title's "of": a post is in a body, so the person
    there holds it ("the vice president and chairman of Chrysler LLC Jim Press")."""
    if name.i > subject.i and all(t.pos_ != "ADP" for t in _path(name, subject)):
        return True
    person = _entity(name)
    if person is None or person.label_ != "PERSON":
        return False
    root = person.root
    return root.dep_ == "appos" or (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_ in folded("titles")
    )


def _entity(token: Token) -> Span | None:
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def _by_author(name: Token, subject: Token) -> bool:
    path = _path(name, subject)
    return len(path) >= 2 and path[-1].lower_ == "by" and path[-1].head.i == subject.i


def _organisation(name: Token, named: ActorType) -> bool:
    """Tagged and known as an organisation (a surname the tagger calls ORG, or a state the
    brief files as an organisation, is not)."""
    return name.ent_type_ == "ORG" and named == "organization"
