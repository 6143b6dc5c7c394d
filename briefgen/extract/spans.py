"""Entity spans: the entity layer (spaCy's entities repaired where the model cuts or glues
them, and the names it missed: see repairs.py), names cleaned of the spaces a source put in
them, and the noun phrase a mention's evidence covers."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup, Token

from briefgen.extract.extents import Repair
from briefgen.extract.labels import (
    COMPOUND_OR_ADJECTIVE,
    NOUN_PHRASE_PARTS,
    NOUN_PHRASE_STOPS,
    PROPER_TAGS,
)
from briefgen.extract.lexicon import title_words, words
from briefgen.extract.repairs import repaired

_APOSTROPHE_SPACE = re.compile(r"\b([A-Z]) ?['’] ?(?=[A-Z])")  # "O' Leary" -> "O'Leary"


_HYPHEN_SPACE = re.compile(r"(?<=\w) - (?=\w)")  # "Wal - Mart" -> "Wal-Mart"


_COORDINATORS = frozenset({"both", "either", "neither"})  # open a coordination, not a phrase


_INNER_PUNCT = frozenset({"-", "'s", "'", "’s", "’", "."})  # may sit inside a noun phrase


# The span group of repaired and missed entities, and the `Span._` attribute that keeps the
# repairs that made each one.
ENTITIES = "briefgen_entities"
REPAIRS_ATTRIBUTE = "entity_repairs"


if not Span.has_extension(REPAIRS_ATTRIBUTE):
    Span.set_extension(REPAIRS_ATTRIBUTE, default=())


@Language.component(ENTITIES, assigns=["doc.spans"])
def annotate_entities(doc: Doc) -> Doc:
    """Write the repaired entities of a parsed Doc to `doc.spans["briefgen_entities"]`, each
    with the repairs that made it in `span._.entity_repairs`."""
    found = []
    for span, repairs in repaired(doc):
        span._.set(REPAIRS_ATTRIBUTE, repairs)
        found.append(span)
    doc.spans[ENTITIES] = found
    return doc


def repaired_entities(doc: Doc) -> tuple[Span, ...]:
    """spaCy's entities with determiners, possessives, punctuation and glued titles trimmed,
    cut at line breaks (a title line glued to the body), hyphenated names
    ("Tehrik-e-Taliban Pakistan") joined back together, a place that ends a longer name
    ("Air China") grown into that name, an organisation's, and the names the model missed
    that the text gives (`MISSED_NAME_RULES`): the span group the annotation layer wrote."""
    return tuple(_entities(doc))


def _entities(doc: Doc) -> SpanGroup:
    if ENTITIES not in doc.spans:
        annotate_entities(doc)
    group: SpanGroup = doc.spans[ENTITIES]
    return group


def entity_at(doc: Doc, i: int) -> Span | None:
    """The span of the entity layer that holds token `i`, found by halving: the spans are in
    text order and each ends after the one before."""
    group = _entities(doc)
    found = bisect_right(group, i, key=lambda span: span.end)
    if found < len(group) and group[found].start <= i:
        return group[found]
    return None


def span_rules(span: Span) -> tuple[str, ...]:
    """The names of the rules that found or repaired a span of the entity layer."""
    repairs: tuple[Repair, ...] = span._.get(REPAIRS_ATTRIBUTE)
    return tuple(repair.rule for repair in repairs)


def clean_name(text: str) -> str:
    """A name as written, without the spaces a source put inside it ("Wal - Mart", "O '
    Reilly") or a closing full stop, unless the stop ends an abbreviation ("U.S.", "Inc.")."""
    name = text.strip()
    last = name.rsplit(" ", 1)[-1]
    if last.count(".") < 2 and last not in words("legal_forms"):
        name = name.rstrip(".")
    return _HYPHEN_SPACE.sub("-", _APOSTROPHE_SPACE.sub(r"\1'", name))


def mention_extent(span: Span) -> Span:
    """The whole noun phrase that names the actor, from its left edge to the name's end:
    determiner, title and describing words included ("the Pentagon", "President Vladimir
    Putin", "engine maker Europrop"), so evidence shows how the text refers to it. It stops
    at punctuation and line breaks and never takes words the name does not govern."""
    doc, root = span.doc, span.root
    start = span.start
    # "car manufacturer General Motors"; not "US automakers GM and Chrysler", a plural that
    # describes a group the name is one of.
    if root.dep_ == "appos" and root.head.i == start - 1 and root.head.tag_ != "NNS":
        root, start = root.head, start - 1
    elif _names_its_state(root):  # "the government of Germany": the state, named
        root = root.head.head
        start = root.i
    while start > 0:
        token = doc[start - 1]
        if (token.is_punct and token.text not in _INNER_PUNCT) or "\n" in token.whitespace_:
            break
        if not root.is_ancestor(token) or token.pos_ in NOUN_PHRASE_STOPS:
            break
        if _branch(token, root).dep_ not in NOUN_PHRASE_PARTS or token.lower_ in _COORDINATORS:
            break  # "particularly the TTP", "both Qatar and Turkey"
        if token.pos_ == "VERB" and token.dep_ not in COMPOUND_OR_ADJECTIVE:
            break
        if start == span.start and _another_name(token):  # "Chrysler LLC Jim Press"
            break
        start -= 1
    while start < span.start and doc[start].is_punct:  # "an all-Airbus fleet": not "-Airbus"
        start += 1
    return doc[start : span.end]


def _names_its_state(name: Token) -> bool:
    """A name completing a state noun right before it ("the government of Germany"; lexicon
    `state_nouns`)."""
    of = name.head
    return (
        name.dep_ == "pobj"
        and of.lower_ == "of"
        and of.i == name.left_edge.i - 1
        and of.head.i == of.i - 1
        and of.head.lemma_.lower() in words("state_nouns")
    )


def _branch(token: Token, root: Token) -> Token:
    """The child of `root` whose subtree holds `token`."""
    while token.head != root:
        token = token.head
    return token


def _another_name(token: Token) -> bool:
    """A proper noun that is no title: part of a different name run into this one."""
    titles = title_words() | words("honorifics")
    return token.tag_ in PROPER_TAGS and not {token.text, token.text.rstrip(".")} & titles


def model_entity(token: Token) -> Span | None:
    """The model's entity a token is in, read from the token's own tags (no scan of the
    document's entities)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def entity_text(token: Token) -> str:
    """The repaired name a token belongs to ("Boeing", not the model's "Boeing Executive")."""
    span = entity_at(token.doc, token.i)
    return token.text if span is None else span.text
