"""Names the model missed or cut, recovered from what the text says of them: an acronym
that defines a long name, a description that says a name is an organisation's, a surname
the article gave in full before."""

from __future__ import annotations

import numpy as np
from spacy.attrs import ENT_IOB, ORTH, TAG
from spacy.tokens import Doc, Span, Token

from briefgen.extract.ents import model_ents
from briefgen.extract.labels import DOERS, PLURAL_NOUN_TAGS, PROPER_TAGS
from briefgen.extract.lexicon import folded, words
from briefgen.extract.rules import rule

_MAX_ACRONYM = 10  # letters; longer capitals in brackets are words, not an acronym


@rule(
    "span",
    name="acronym_defines_name",
    example="The UN Office for the Coordination of Humanitarian Affairs (OCHA) warned that "
    "funding for Afghanistan had fallen sharply this year.",
)
def defined_names(doc: Doc) -> list[Span]:
    """A long name an acronym in brackets defines, however the model cut it.

    Names an acronym in brackets defines, however the model cut them: "the UN Office for
    the Coordination of Humanitarian Affairs (OCHA)", "the Organization for Security and
    Co-operation in Europe (OSCE)". The name is the shortest run of capitalised words and
    connectors before the bracket whose initials take the acronym's letters in order, the
    first with the first (after Schwartz and Hearst's abbreviation definitions)."""
    found = []
    orth = doc.to_array([ORTH])
    for i in np.flatnonzero(orth == doc.vocab.strings.add("(")).tolist():
        if not 0 < i < len(doc) - 2 or doc[i + 2].text != ")":
            continue
        letters = doc[i + 1].text.replace("&", "").replace("-", "")
        if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= _MAX_ACRONYM):
            continue
        first = i
        while first > 0 and i - first < 2 * len(letters) + 2 and _name_word(doc[first - 1]):
            first -= 1
        for start in range(i - 1, first - 1, -1):
            if doc[start].text[:1].isupper() and initials_take(doc[start:i], letters):
                spelt_out = doc[i + 1].text not in {t.text for t in doc[start:i]}
                if i - start >= 2 and spelt_out:  # not "Space Company EADS N.V. (EADS)"
                    found.append(Span(doc, start, i, label="ORG"))
                break
    return found


def _name_word(token: Token) -> bool:
    """A word of a long name: capitalised, a connector ("of", "for the", "and", "&"), or
    the rest of a hyphenated word ("Co-operation")."""
    if token.text[:1].isupper() or token.lower_ in words("name_connectors"):
        return True
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.text == "-" and not before.whitespace_


def initials_take(words_in: Span, letters: str) -> bool:
    """Whether the capitalised words' initials take an acronym's letters in order, the first
    with the first ("UNRWA" in "United Nations Relief and Works Agency for Palestine
    Refugees")."""
    initials = [t.text[0].upper() for t in words_in if t.text[:1].isupper()]
    if not initials or initials[0] != letters[0]:
        return False
    remaining = iter(initials)
    return all(letter in remaining for letter in letters)


@rule(
    "span",
    name="described_as_organisation",
    example="The US car manufacturer General Motors said that it would axe 10,000 jobs at its "
    "European division, Opel. A day before the announcement, GM said it was "
    "cancelling a deal to sell Opel to Magna, a Canadian automobile parts company.",
)
def described_names(doc: Doc) -> list[Span]:
    """An untagged proper name the text calls a kind of organisation, and its other uses.

    Organisations the model left untagged although the text says what they are: a
    proper name in apposition to a kind of organisation ("its European division, Opel";
    lexicon `org_nouns`), and every other untagged use of that name in the article ("cut
    jobs at Opel")."""
    untagged = _untagged_proper(doc)
    at = [i for i, flag in enumerate(untagged) if flag]
    names = set()
    for i in at:
        if _describes_org(doc[i]):
            start = i
            while start > 0 and untagged[start - 1]:
                start -= 1
            names.add(doc[start : i + 1].text)
    found = []
    for name in names:
        size = len(name.split(" "))
        for i in at:
            end = i + size
            if end > len(doc):  # the document ends inside the name ("... sell Magna")
                continue
            whole = all(untagged[i:end]) and (end == len(doc) or not _proper(doc[end]))
            if whole and doc[i:end].text == name:
                found.append(Span(doc, i, end, label="ORG"))
    return found


@rule(
    "span",
    name="surname_of_full_name",
    example="Mark Papermaster, formerly an Apple Inc. executive overseeing hardware "
    "engineering for the company's iPhone, is stepping down from his post. Apple "
    "confirmed that Papermaster, 49, had left the company, but did not say whether he "
    "decided to leave or was forced out. Papermaster did not comment on the "
    "situation.",
)
def surnames(doc: Doc) -> list[Span]:
    """An untagged proper noun that ends a person's full name given in the same article.

    People the model left untagged by the surname the article gave them ("German
    Chancellor Olaf Scholz" ... "Scholz said"): a lone proper noun that ends a person's
    full name in the same article."""
    people = {ent[-1].text for ent in model_ents(doc) if ent.label_ == "PERSON" and len(ent) > 1}
    if not people:
        return []
    untagged = _untagged_proper(doc)
    return [
        Span(doc, i, i + 1, label="PERSON")
        for i, flag in enumerate(untagged)
        if flag
        and doc[i].text in people
        and not (i > 0 and _proper(doc[i - 1]))
        and not (i + 1 < len(doc) and _proper(doc[i + 1]))
    ]


def _untagged_proper(doc: Doc) -> list[bool]:
    """For each token, whether it is a proper noun outside every entity (read as arrays:
    these scans run over whole articles)."""
    tags, iob = doc.to_array([TAG, ENT_IOB]).T.reshape(2, -1)
    proper = np.isin(tags, [doc.vocab.strings.add(tag) for tag in PROPER_TAGS])
    outside = (iob == 0) | (iob == 2)  # 0: no annotation, 2: outside every entity
    flags: list[bool] = (proper & outside).tolist()
    return flags


def _proper(token: Token) -> bool:
    return token.tag_ in PROPER_TAGS


def _describes_org(token: Token) -> bool:
    """A name given a kind of organisation in apposition ("its division, Opel"), or one
    heading a name phrase with it as premodifier ("carmaker Opel")."""
    kinds = folded("org_nouns")
    if token.dep_ == "appos" and token.head.lemma_.lower() in kinds:
        return True
    described = (child for child in token.children if child.dep_ == "compound")
    return any(child.lemma_.lower() in kinds for child in described)


@rule(
    "span",
    name="plural_name_with_article",
    example="The Colts, trailing 14-0 at the start of the second quarter, scored 17 "
    "unanswered points in the fourth quarter. Colts coach Tony Dungy said the win mattered.",
)
def plural_names(doc: Doc) -> list[Span]:
    """An untagged plural proper name with "the" that acts is an organisation's, and so
    are its other untagged uses in the article.

    A plural proper name taking the article names a team, a band or a family ("the Colts",
    "the top-ranked Tar Heels", "the Kennedys"): one person is never named so. The name
    must be a subject or possessor once ("The Colts scored", "James and the Cavaliers
    are in the NBA Finals"), so that a plural naming a
    place or an event ("the Rockies", "the Oscars" as a setting) stays out; its other
    uses may be tagged as common plurals, as headlines write them ("Colts beat Chiefs")."""
    untagged = _untagged_proper(doc)
    names: set[str] = set()
    for i, flag in enumerate(untagged):
        if not flag:  # no Token built for the others
            continue
        token = doc[i]
        if not (token.tag_ == "NNPS" and _first_conjunct(token).dep_ in DOERS):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            continue
        start = i
        while start > 0 and untagged[start - 1] and doc[start - 1].head.i == i:
            start -= 1
        names.add(doc[start : i + 1].text)
    return _uses(doc, names) if names else []


def _first_conjunct(token: Token) -> Token:
    """The first of the words a word is coordinated with ("James and the Cavaliers")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _uses(doc: Doc, names: set[str]) -> list[Span]:
    """Every use of the names outside the model's entities, each a whole run of capitalised
    words (so "Colts" is not found inside "Indianapolis Colts")."""
    found = []
    outside = [token.ent_iob_ in ("", "O") for token in doc]
    for name in names:
        size = len(name.split(" "))
        first = name.split(" ")[0]
        for token in doc:
            i, end = token.i, token.i + size
            if token.text != first or end > len(doc) or not all(outside[i:end]):
                continue
            if doc[i:end].text != name or doc[end - 1].tag_ not in PLURAL_NOUN_TAGS:
                continue
            if _capitalised(doc, i - 1) or _capitalised(doc, end):
                continue
            found.append(Span(doc, i, end, label="ORG"))
    return found


def _capitalised(doc: Doc, i: int) -> bool:
    """Whether token `i` is a capitalised word inside a name (not one opening a sentence)."""
    if not 0 <= i < len(doc):
        return False
    token = doc[i]
    return token.text[:1].isupper() and token.is_alpha and not token.is_sent_start


# Finders of names the model missed, in the order their names are taken.
MISSED_NAME_RULES = [defined_names, described_names, surnames, plural_names]
