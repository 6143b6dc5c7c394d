"""Who said it: the subject of a reporting verb, resolved to a canonical actor.

Subjects are found in the dependency parse (active, passive, inverted "said Tarar",
"according to X", and verbs nested under "by saying" or "a statement saying"). Names
resolve through the actor index; pronouns to the most prominent person of the nearest
preceding sentence that names one (subjects first: the speaker of "..., he said" is
almost always the last sentence's subject); role nouns ("the minister") to the last
person with that role; body nouns ("the company") to the last organisation named.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from briefgen.extract.actors import ActorIndex
from briefgen.extract.countries import gazetteer
from briefgen.extract.lexicon import folded, words
from briefgen.extract.spans import model_entity, repaired_entities

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_SUBJECTS = ("nsubj", "nsubjpass")
# Links from a nested reporting verb up to the clause that has its subject:
# "justified it by saying", "was quoted as saying", "said, adding", "released a statement saying".
_CLIMB = ("conj", "xcomp", "advcl", "ccomp", "pcomp", "prep", "acl", "dobj", "pobj", "agent")
_CLIMB_STEPS = 5
# Verbs that attribute words to their object: "X quoted / cited Y as saying".
_QUOTING = frozenset({"quote", "cite"})
_NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP")
_INVERTED_REACH = 4  # tokens from an inverted cue to the name: "said chief executive Jane Doe"


def subject_of(cue: Token) -> Token | None:
    """Who did the saying: the subject (active or passive) or the object of "according to"."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    node = cue
    for _ in range(_CLIMB_STEPS):
        quoted = next((c for c in node.children if c.dep_ == "dobj"), None)
        as_saying = any(c.dep_ == "prep" and c.lower_ == "as" for c in node.children)
        if node.lemma_ in _QUOTING and as_saying and quoted is not None:
            return quoted  # "Detik.com quoted Djamal as saying": Djamal spoke
        subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
        if node.dep_ == "relcl" and any(s.tag_ in ("WP", "WDT") for s in subjects):
            return _described(node.head)  # "Charles O'Reilly, ..., who stated"
        if subjects:
            # A misparse can give a verb two subjects: the name nearest the verb is the speaker.
            named = [
                s for s in subjects if s.ent_type_ in _NAME_LABELS or s.pos_ in ("PROPN", "PRON")
            ]
            return min(named or subjects, key=lambda s: abs(s.i - node.i))
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            break
        node = node.head
    return _adjacent_name(cue)


def _described(noun: Token) -> Token:
    """The noun a phrase hangs from through apposition and prepositions: a relative clause
    after "X, a management expert at Stanford University, who ..." is about X."""
    found, node = noun, noun
    while node.dep_ in ("pobj", "prep", "appos") and node.head.pos_ in ("NOUN", "PROPN", "ADP"):
        node = node.head
        if node.pos_ in ("NOUN", "PROPN"):
            found = node
    return found


def _adjacent_name(cue: Token) -> Token | None:
    """When the parse gave the cue no subject: the name ending right before it ("Scott
    Carson replied"), or, after a quote, the name right after it ('"...," claims writer
    John Ostrower')."""
    if cue.i > 0 and cue.nbor(-1).ent_type_ in _NAME_LABELS:
        return cue.nbor(-1)
    if cue.i == 0 or not cue.nbor(-1).is_punct:
        return None
    following = cue.doc[cue.i + 1 : cue.i + 1 + _INVERTED_REACH]
    return next((t for t in following if t.ent_type_ in _NAME_LABELS and t.ent_iob_ == "B"), None)


def speaker_of(cue: Token, quoted: Span | None, actors: ActorIndex) -> str | None:
    """The canonical actor who is the subject of the cue (never a token inside the quote)."""
    subject = subject_of(cue)
    if subject is None or (quoted is not None and quoted.start <= subject.i < quoted.end):
        return None
    for candidate in _candidates(subject):
        name = resolve_mention(candidate, actors)
        if name is not None:
            return name
    return None


def _candidates(subject: Token) -> list[Token]:
    """The subject, then the names in its apposition ("Ryanair CEO, Michael O'Leary"),
    then other names inside it ("a statement by Boeing spokesman William Barksdale"),
    people before organisations."""
    found = [subject]
    for appos in (c for c in subject.children if c.dep_ == "appos"):
        found += [appos, *(t for t in appos.subtree if t.ent_type_ == "PERSON" and t.i != appos.i)]
    names = [
        t
        for t in subject.subtree
        if t.ent_type_ in _NAME_LABELS
        and t not in found
        and t.dep_ in ("compound", "poss", "pobj", "appos")
        and (t.ent_type_ == "PERSON" or _authored(t, subject))
    ]
    return found + sorted(names, key=lambda t: t.ent_type_ != "PERSON")


def _authored(name: Token, subject: Token) -> bool:
    """No preposition but "by" links an organisation to the subject: "a statement by X"
    names the speaker, "a professor from X" only where the speaker works."""
    node = name
    while node.i != subject.i and node.head.i != node.i:
        node = node.head
        if node.pos_ == "ADP" and node.lower_ != "by":
            return False
    return True


def resolve_mention(token: Token, actors: ActorIndex) -> str | None:
    """The canonical actor a subject token refers to: a name, a pronoun or a role noun;
    None unless that actor is on the actor list."""
    name = _referent(token, actors)
    return name if name is not None and actors.actor(name) is not None else None


def _referent(token: Token, actors: ActorIndex) -> str | None:
    doc = token.doc
    entity = model_entity(token)
    repaired = next((e for e in repaired_entities(doc) if e.start <= token.i < e.end), None)
    if repaired is not None and (name := actors.resolve(repaired.text)) is not None:
        return name  # "Doctors Without Borders", where the model tagged "Without Borders"
    if entity is not None:
        surname = _by_surname(token, actors) if len(entity) == 1 else None
        return actors.resolve(entity.text) or surname or _via_modifier(token, actors)
    if token.lower_ in _PERSON_PRONOUNS:
        return _antecedent(doc, token.i, lambda ent: _person(ent, actors))
    if token.is_title and (name := _by_surname(token, actors)) is not None:
        return name
    if token.pos_ in ("NOUN", "PROPN"):
        return (
            _via_modifier(token, actors)
            or _by_role(doc, token, actors)
            or _by_body(doc, token, actors)
        )
    return None


def _by_surname(token: Token, actors: ActorIndex) -> str | None:
    """A name the tagger left unlabelled ("Mannion said"): the one person actor whose
    name has it as its last word."""
    direct = actors.resolve(token.text)
    if direct is not None:
        return direct
    owners = [
        a.name for a in actors.actors if a.type == "person" and a.name.split()[-1] == token.text
    ]
    return owners[0] if len(owners) == 1 else None


def _via_modifier(noun: Token, actors: ActorIndex) -> str | None:
    """The country or body a noun speaks for: "Afghan officials", "Pakistan's government"."""
    if noun.lower_ not in folded("government_nouns"):
        return None
    for child in noun.children:
        if child.dep_ in ("amod", "poss", "compound", "nmod"):
            country = gazetteer().demonyms.get(child.text) or actors.resolve(child.text)
            name = actors.resolve(country) if country else None  # only the brief's actors speak
            if name is not None:
                return name
    return None


def _bare_subject(token: Token) -> bool:
    """A proper-noun subject the tagger left unlabelled ("Djamal told reporters")."""
    return token.dep_ in _SUBJECTS and token.pos_ == "PROPN" and not token.ent_type_


def _person(ent: Span, actors: ActorIndex) -> str | None:
    """The actor a name of a person refers to; a courtesy title ("Mr MacFarlane") marks
    a person whatever label the tagger gave the name."""
    if not ent.label_:
        name = _by_surname(ent.root, actors)
        actor = actors.actor(name) if name else None
        return name if actor is not None and actor.type == "person" else None
    titled = ent.start > 0 and ent.doc[ent.start - 1].text in words("honorifics")
    name = actors.resolve(ent.text)
    actor = actors.actor(name) if name else None
    if ent.label_ == "PERSON" or titled:
        return name if actor is None or actor.type == "person" or titled else None
    return name if actor is not None and actor.type == "person" else None  # "Paulson", as ORG


def _antecedent(doc: Doc, before: int, refers: Callable[[Span], str | None]) -> str | None:
    """What a pronoun or body noun refers to: in the nearest sentence (this one, before
    the reference, then earlier ones) that names a fitting actor, the one in subject
    position, else the last one named."""
    sentence = doc[before].sent
    while True:
        end = min(sentence.end, before)
        names = [e for e in doc.ents if sentence.start <= e.start and e.end <= end]
        names += [doc[t.i : t.i + 1] for t in doc[sentence.start : end] if _bare_subject(t)]
        fitting = [
            (e, name)
            for e in sorted(names, key=lambda e: e.start)
            if (name := refers(e)) is not None
        ]
        if fitting:
            subjects = [name for e, name in fitting if _in_subject(e)]
            return subjects[-1] if subjects else fitting[-1][1]
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent


def _organisation(ent: Span, actors: ActorIndex) -> str | None:
    name = actors.resolve(ent.text) if ent.label_ == "ORG" else None
    actor = actors.actor(name) if name else None
    return name if actor is not None and actor.type == "organization" else None


def _in_subject(ent: Span) -> bool:
    """The entity is a clause subject or sits in one (by apposition or as a compound)."""
    token: Token = ent.root
    for _ in range(3):
        if token.dep_ in _SUBJECTS:
            return True
        if token.dep_ not in ("appos", "compound") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _determined(noun: Token) -> bool:
    return any(c.lower_ in ("the", "this", "that") for c in noun.children)


def _by_role(doc: Doc, noun: Token, actors: ActorIndex) -> str | None:
    """The person last named whose role has this word: "the minister"."""
    if not _determined(noun):
        return None
    for ent in reversed([e for e in doc.ents if e.end <= noun.i and e.label_ == "PERSON"]):
        name = actors.resolve(ent.text)
        actor = actors.actor(name) if name else None
        if actor is not None and actor.role and noun.lemma_.lower() in actor.role.lower():
            return actor.name
    return None


def _by_body(doc: Doc, noun: Token, actors: ActorIndex) -> str | None:
    """The organisation named last, subjects first: "the company", "the carmaker"."""
    if not _determined(noun) or noun.lemma_.lower() not in folded("body_nouns"):
        return None
    return _antecedent(doc, noun.i, lambda ent: _organisation(ent, actors))
