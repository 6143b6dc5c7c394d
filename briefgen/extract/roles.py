"""Roles and affiliations from premodifiers and appositions: "Pakistan's Information
Minister Attaullah Tarar", "X, a spokesman for Y", "electronics retailer Best Buy"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefgen.extract.labels import (
    COMPOUND_ADJECTIVE_OR_OWNER,
    COMPOUND_OR_ADJECTIVE,
    FINITE_TAGS,
    NOMINAL_MODIFIERS,
    NOMINALS,
    PARENTHETICALS,
    PROPER_TAGS,
    SUBJECTS,
    TITLE_WORD_POS,
    WH_PRONOUN_TAGS,
    WH_WORD_TAGS,
)
from briefgen.extract.lexicon import folded, title_words, words
from briefgen.extract.rules import Rule, first, rule
from briefgen.extract.spans import entity_text


def is_org_noun(role: str | None) -> bool:
    """Whether a description names a kind of organisation ("electronics retailer"; lexicon
    `org_nouns`): what it describes is no person."""
    return role is not None and role.split()[-1].lower() in folded("org_nouns")


Role = tuple[str | None, str | None]  # (role, affiliation)
_ROLE_OF_WORDS = 4  # words of an "of" phrase a role without an owner keeps ("of organisers")


def role_rule(span: Span) -> tuple[Rule[[Span], Role | None], Role] | None:
    """The first of `ROLE_RULES` that reads a role for a person's name, and what it read."""
    found = first(ROLE_RULES, span)
    if found is None or found[1] is None:
        return None
    return found[0], found[1]


@rule(
    "role",
    example="Apple CEO Steve Jobs announced the iPhone 3G in 2008.",
)
def title_before_name(span: Span) -> Role | None:
    """A title premodifying a name, and the entity before it that owns it ("Pakistan's
    Information Minister Attaullah Tarar", "Secretary of State Marco Rubio"). After "a" the
    words are no title: the name opens a clause ("a timeline Clinton could match") or is
    imagined in a role ("a President Trump would be"); nor where a preposition's object runs
    on into the name and a finite verb ("of the court reporter Nichols murdered"): an object
    is no subject, so the name opens a relative clause on the noun."""
    doc = span.doc
    start = _office_of(span) or span.start
    while start > 0:
        if _is_title_word(doc[start - 1], span):
            start -= 1
        elif _hyphenated_title(doc, start):
            start -= 2  # "Rear-Admiral", "Lieutenant-General"
        else:
            break
    if start == span.start or doc[span.start - 1].pos_ not in NOMINALS:
        return None
    if start > 0 and doc[start - 1].lower_ in _INDEFINITE_ARTICLES:
        return None  # "a timeline Clinton could still match", "a President Trump would be"
    if _opens_clause(span, start):
        return None  # "daughter of the court reporter Nichols murdered"
    if start > 0 and _glued_run(doc[start - 1], span):
        return None  # a dateline or caption run into the name: no title
    title = doc[start : span.start]
    if len(title) > 1 and title[-1].text in words("styles") and title[-2].text in words("titles"):
        title = title[:-1]  # "Foreign Minister Prince Faisal": the office, not the rank
    return title.text, _affiliation(doc[start], title)


@rule(
    "role",
    example="Zabihullah Mujahid, a spokesman for the Taliban government, said the claims were "
    "false.",
)
def apposed_role(span: Span) -> Role | None:
    """A role noun in apposition to a name, and the entity it belongs to ("X, a spokesman
    for Y"); one that says something of the name is its source, not its role ("Clinton, a
    top aide said, “is very confident”"), and one the parser hung on a name far before it
    is none ("Nichols, 37, was found guilty of murdering a judge, a court reporter")."""
    for child in span.root.children:
        if child.dep_ == "appos" and _is_role_noun(child) and not _reports(child):
            if not _beside(span, child):
                continue
            affiliation = _affiliation_of(child)
            return _noun_phrase(child, whole=affiliation is None), affiliation
    return None


@rule(
    "role",
    example="The firm's president and chief executive, Alan Mulally, commented on the profits.",
)
def name_apposed_to_role(span: Span) -> Role | None:
    """A name in apposition to a role noun before it ("the company's chief executive, X");
    not one that opens a relative clause on it (`title_before_name`: "daughter of the court
    reporter Nichols murdered")."""
    noun = span.root.head
    if noun.i + 1 == span.start and _opens_clause(span, noun.left_edge.i + 1):
        return None
    if span.root.dep_ == "appos" and _is_role_noun(span.root.head):
        return _noun_phrase(span.root.head), _affiliation_of(span.root.head)
    return None


@rule(
    "role",
    example="The vice president of Dacia, Constantin Stroe, said that the price Ford offers "
    "is not important.",
)
def head_of_named_body(span: Span) -> Role | None:
    """A name set after "role of Y" ("The head of the IAEA, Rafael Grossi"), which the parse
    attaches to Y rather than to the role."""
    named = span.root.head
    of = named.head
    if span.root.dep_ != "appos" or not named.ent_type_ or named.dep_ != "pobj":
        return None
    if of.lower_ != "of" or not _is_role_noun(of.head):
        return None
    return _noun_phrase(of.head), entity_text(named)


@rule(
    "role",
    example='"It\'s also really hard to poll," said Eric Herzik, who chairs the political '
    "science department at the University of Nevada-Reno, citing another reason the state is "
    "difficult to predict.",
)
def relative_clause_role(span: Span) -> Role | None:
    """A role a relative clause on a name gives: "X, who is a spokesman for Y" (a role noun
    after "be"), or "X, who runs Y" / "who heads a project for Y" (lexicon `heading_verbs`:
    the head of a body, not of a person: "who leads Bernie Sanders" in a poll is none)."""
    clause = next((c for c in span.root.children if c.dep_ == "relcl"), None)
    if clause is None or not any(c.tag_ in WH_PRONOUN_TAGS for c in clause.children):
        return None
    for child in clause.children:
        if child.dep_ == "attr" and clause.lemma_ == "be" and _is_role_noun(child):
            return _noun_phrase(child), _affiliation_of(child)
        if child.dep_ == "dobj" and clause.lemma_ in words("heading_verbs"):
            return _head_of(child)
    return None


def _head_of(body: Token) -> Role | None:
    """The role and affiliation of who heads `body`: a named organisation ("runs Our
    Principles"), a unit of one ("chairs the political science department at the
    University of Nevada-Reno", "heads a federal chemical hazard assessment team"), not a
    number of something ("leads Bernie Sanders 1 point")."""
    if body.ent_type_ == "ORG":
        return "head", entity_text(body)
    if body.pos_ != "NOUN" or any(c.dep_ == "nummod" for c in body.children):
        return None  # "who leads Bernie Sanders 1 point": a margin, no body
    return f"head of {_noun_phrase(body)}", _affiliation_of(body)


@rule(
    "role",
    example="U.S. Special Envoy for Haiti Daniel Foote resigned Thursday, saying that he did not "
    "want to be associated with what he called the United States' decision.",
)
def office_for_place(span: Span) -> Role | None:
    """A title whose "for", "of" or "to" ends in a place right before the name ("U.S.
    Special Envoy for Haiti Daniel Foote", "US envoy to Haiti Daniel Foote"), which the
    parse makes the name the object of: the title through the place is the role."""
    prep = span.root.head
    title = prep.head
    if span.root.dep_ != "pobj" or prep.lower_ not in ("for", "of", "to"):
        return None
    if title.text.title() not in words("titles") or prep.i >= span.start:
        return None
    between = span.doc[prep.i + 1 : span.start]
    if not between or any(t.head.i < span.start or t.tag_ not in PROPER_TAGS for t in between):
        return None  # only the place, modifying the name, between the title and the name
    left = [t for t in title.lefts if t.dep_ in COMPOUND_OR_ADJECTIVE or t.dep_ == "nmod"]
    start = left[0].i if left else title.i
    return span.doc[start : span.start].text, None


# How a person's role is read; order = priority.
ROLE_RULES = [
    title_before_name,
    office_for_place,
    apposed_role,
    name_apposed_to_role,
    head_of_named_body,
    relative_clause_role,
]


def _office_of(span: Span) -> int | None:
    """Where a title written with "of" before a name starts ("Secretary of State Marco
    Rubio", "Minister of Foreign Affairs Wang Yi"): a title word modifying the name, whose
    "of" phrase ends right before it."""
    for child in span.root.children:
        if (
            child.i < span.start
            and child.dep_ in NOMINAL_MODIFIERS
            and child.text in words("titles")
        ):
            of = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None and of.right_edge.i == span.start - 1:
                return child.i
    return None


def is_office_object(span: Span) -> bool:
    """A name inside such a title ("State" in "Secretary of State Marco Rubio"): no actor."""
    doc, root = span.doc, span.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of":
        return False
    title = of.head
    if title.text not in words("titles") or title.dep_ not in NOMINAL_MODIFIERS:
        return False
    return (
        of.right_edge.i == span.end - 1
        and span.end < len(doc)
        and doc[span.end].ent_type_ == "PERSON"
    )


def _reports(noun: Token) -> bool:
    """Whether a parenthetical reporting verb with no subject but the name follows the noun
    phrase ("Clinton, a top aide said, ..."): the phrase is that verb's subject, which the
    parse hung on the name as an apposition. A verb that takes the clause after it is the
    name's own ("Buzz Hargrove, the president of Canadian Auto Workers said he ...")."""
    after = max(t.i for t in noun.subtree) + 1
    if after >= len(noun.doc):
        return False
    verb = noun.doc[after]
    if verb.dep_ not in PARENTHETICALS or verb.lemma_.lower() not in words("reporting_verbs"):
        return False
    return not any(c.dep_ in SUBJECTS and c != noun.head for c in verb.children)


def _is_role_noun(noun: Token) -> bool:
    """A common noun in apposition that can be a role: singular, not a time, not a kind of
    made thing ("Tiger, the newest version of Mac OS X") and not a name ("the code name for
    this release")."""
    if noun.pos_ != "NOUN" or noun.tag_ == "NNS":  # "guests, including Mr. Lee": a group
        return False
    if noun.ent_type_ in ("DATE", "TIME"):  # "Donald Trump (Last week: 2": a time, no role
        return False
    lemma = noun.lemma_.lower()
    return lemma != "name" and lemma not in folded("product_nouns")


_INDEFINITE_ARTICLES = frozenset({"a", "an"})


def _beside(span: Span, apposition: Token) -> bool:
    """Whether only punctuation, adverbs and the name's other appositions ("X, 37, a
    spokesman", "X, formerly an Apple executive") stand between a name and an apposition."""
    others = {
        t.i
        for c in span.root.children
        if c.dep_ == "appos" and c.i != apposition.i
        for t in c.subtree
    }
    between = span.doc[span.end : apposition.left_edge.i]
    return all(t.is_punct or t.pos_ == "ADV" or t.i in others for t in between)


def _opens_clause(span: Span, start: int) -> bool:
    """Whether a name after "P the NOUN" is followed by a finite verb: the subject of a
    relative clause on the noun, which the preposition's object cannot be."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (
        start > 1
        and doc[start - 1].lower_ == "the"
        and doc[start - 2].pos_ == "ADP"
        and after is not None
        and after.tag_ in FINITE_TAGS
    )


# Entities no title is part of: a person, a time or an amount before a name is the end of
# another phrase run into it ("16 September Jermaine Jackson", "#3.8 m. Jackson").
_NOT_TITLE_ENTS = frozenset({"PERSON", "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "PERCENT"})


def _is_title_word(token: Token, span: Span) -> bool:
    if token.text in words("honorifics") or token.text in words("legal_forms"):
        return False  # "Mr", or the end of a company's name run into a person's ("Chrysler LLC")
    if token.ent_type_ in _NOT_TITLE_ENTS and token.text not in title_words():
        return False  # "Murray" in "Dr Conrad Murray trial Jackson"; not "Prince" of a name
    if token.i > 0 and token.doc[token.i - 1].tag_ == "CD" and len(token.text.strip(".")) <= 3:
        return False  # a unit after a number ("#3.8 m. Jackson"), not "Radio 1 presenter X"
    if token.ent_type_ in ("GPE", "NORP", "ORG", "PRODUCT") and token.text not in title_words():
        return False
    if any(child.tag_ in WH_WORD_TAGS for child in token.lefts):
        return False  # a degree asked in the clause ("how fast new chief executive X can")
    return (
        token.dep_ in COMPOUND_OR_ADJECTIVE
        and token.head.i >= token.i
        and token.head.i < span.end
        and token.pos_ in TITLE_WORD_POS
    )


def _hyphenated_title(doc: Doc, start: int) -> bool:
    """Whether the words before `start` are a word and a hyphen with no space around it,
    the first part of a hyphenated title ("Rear-" of "Rear-Admiral Mary Landry", "front-" of
    "Democratic front-runner Hillary Clinton")."""
    if start < 2 or doc[start - 1].text != "-" or doc[start - 2].whitespace_:
        return False
    return not doc[start - 1].whitespace_ and doc[start - 2].is_alpha


def _glued_run(before: Token, span: Span) -> bool:
    """Whether the word before a title is a time or an amount modifying the name: a
    headline or caption run into the sentence ("on 16 September Newsbeat presenter X"), not
    a title's owner."""
    return (
        before.ent_type_ in _NOT_TITLE_ENTS - {"PERSON"}  # "Lohan lawyer Mark Heller": an owner
        and before.dep_ in COMPOUND_OR_ADJECTIVE
        and before.head.i >= before.i
        and before.head.i < span.end
    )


def _affiliation(first: Token, title: Span) -> str | None:
    """The entity that owns a title: "Pakistan's" or "Afghan" just before it."""
    doc = first.doc
    if first.i >= 2 and doc[first.i - 1].tag_ == "POS" and doc[first.i - 2].ent_type_:
        return entity_text(doc[first.i - 2])
    if first.i >= 1 and doc[first.i - 1].ent_type_ in ("GPE", "NORP", "ORG"):
        return entity_text(doc[first.i - 1])
    return None


def _affiliation_of(noun: Token) -> str | None:
    """The entity a role noun belongs to: "spokesman for Y", "spokesman for the Y
    government", "Y's minister"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_:
            return entity_text(child)
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            named = [t for o in objects for t in (o, *o.children) if _names_owner(t, o)]
            if named:
                return entity_text(named[0])
    return None


def _names_owner(token: Token, obj: Token) -> bool:
    """The object itself, or the name modifying it ("a spokesman for the Taliban
    government"), when it is an entity."""
    if not token.ent_type_:
        return False
    return token == obj or token.dep_ in COMPOUND_ADJECTIVE_OR_OWNER


def _noun_phrase(noun: Token, whole: bool = False) -> str:
    """A role noun with its left modifiers: "foreign minister", "senior spokesman"; `whole`
    (when no entity owns it) keeps a short "of" phrase the noun needs to say anything ("head
    of organisers", not "head")."""
    left = [t for t in noun.lefts if t.dep_ in COMPOUND_OR_ADJECTIVE and not t.ent_type_]
    start = left[0].i if left else noun.i
    end = noun.i + 1
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if whole and of is not None and of.i == end:
        phrase = list(of.subtree)
        if len(phrase) <= _ROLE_OF_WORDS and not any(t.is_punct for t in phrase):
            end = phrase[-1].i + 1
    return noun.doc[start:end].text
