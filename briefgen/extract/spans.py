"""Entity spans: spaCy's entities repaired where the model cuts or glues them, names cleaned
of the spaces a source put in them, and the noun phrase a mention's evidence covers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from briefgen.extract.lexicon import title_words, words
from briefgen.extract.missed import MISSED_NAME_RULES, PROPER_TAGS
from briefgen.extract.rules import Rule, rule

# The labels that can name an actor or a place.
_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


# Dependents that belong to a name's noun phrase: determiner, possessor, titles, describing
# words ("the Pentagon", "Pakistan's Information Minister X", "President of Indonesia X").
_NP_DEPS = frozenset({"det", "poss", "case", "compound", "amod", "nmod", "nummod", "prep", "punct"})


_APOSTROPHE_SPACE = re.compile(r"\b([A-Z]) ?['’] ?(?=[A-Z])")  # "O' Leary" -> "O'Leary"


_HYPHEN_SPACE = re.compile(r"(?<=\w) - (?=\w)")  # "Wal - Mart" -> "Wal-Mart"


_COORDINATORS = frozenset({"both", "either", "neither"})  # open a coordination, not a phrase


_INNER_PUNCT = frozenset({"-", "'s", "'", "’s", "’", "."})  # may sit inside a noun phrase


# The span group of repaired and missed entities, and the `Span._` attribute that keeps the
# repairs that made each one.
ENTITIES = "briefgen_entities"
REPAIRS = "entity_repairs"


class Repair(NamedTuple):
    """One repair of a name: the rule that made it, the name before it, what it did."""

    rule: str
    subject: str
    outcome: str


if not Span.has_extension(REPAIRS):
    Span.set_extension(REPAIRS, default=())


@Language.component(ENTITIES, assigns=["doc.spans"])
def annotate_entities(doc: Doc) -> Doc:
    """Write the repaired entities of a parsed Doc to `doc.spans["briefgen_entities"]`, each
    with the repairs that made it in `span._.entity_repairs`."""
    found = []
    for span, repairs in _repaired(doc):
        span._.set(REPAIRS, repairs)
        found.append(span)
    doc.spans[ENTITIES] = found
    return doc


def repaired_entities(doc: Doc) -> tuple[Span, ...]:
    """spaCy's entities with determiners, possessives, punctuation and glued titles trimmed,
    cut at line breaks (a title line glued to the body), hyphenated names
    ("Tehrik-e-Taliban Pakistan") joined back together, a place that ends a longer name
    ("Air China") grown into that name, an organisation's, and the names the model missed
    that the text gives (`MISSED_NAME_RULES`): the span group the annotation layer wrote."""
    if ENTITIES not in doc.spans:
        annotate_entities(doc)
    return tuple(doc.spans[ENTITIES])


def span_rules(span: Span) -> tuple[str, ...]:
    """The names of the rules that found or repaired a span of the entity layer."""
    repairs: tuple[Repair, ...] = span._.get(REPAIRS)
    return tuple(repair.rule for repair in repairs)


@dataclass(frozen=True)
class Extent:
    """A name's token range and label while it is repaired."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Repairing:
    """What a repair reads besides the name: the Doc, where the model's entities start, and
    the last token a name already took."""

    doc: Doc
    starts: frozenset[int]
    covered: int


SpanRepair = Rule[[Repairing, Extent], "Extent | None"]


def _repaired(doc: Doc) -> list[tuple[Span, tuple[Repair, ...]]]:
    found: list[tuple[Span, tuple[Repair, ...]]] = []
    covered = -1
    model_ents = doc.ents  # each access builds new spans
    starts = frozenset(e.start for e in model_ents)
    for span, made in _candidates(doc, model_ents):
        if span.label_ not in _LABELS or span.start <= covered:
            continue
        extent, repairs = _apply(
            ENTITY_REPAIRS,
            Repairing(doc, starts, covered),
            Extent(span.start, span.end, span.label_),
            made,
        )
        for piece, cut in _pieces(doc, extent, repairs):
            piece, done = _apply(SPAN_REPAIRS, Repairing(doc, starts, covered), piece, cut)
            if piece.start < piece.end:
                covered = piece.end - 1
                found.append((Span(doc, piece.start, piece.end, label=piece.label), done))
    return found


def _candidates(doc: Doc, model_ents: Sequence[Span]) -> list[tuple[Span, tuple[Repair, ...]]]:
    """The model's entities and the names it missed (`MISSED_NAME_RULES`), in text order; a
    missed name replaces the model's entities it overlaps."""
    bounds = {(e.start, e.end) for e in model_ents}
    missed = [
        (span, (Repair(finder.name, span.text, f"found, {span.label_}"),))
        for finder in MISSED_NAME_RULES
        for span in finder(doc)
        if (span.start, span.end) not in bounds
    ]
    ents = [(e, ()) for e in model_ents if not any(_overlap(e, span) for span, _ in missed)]
    return sorted([*ents, *missed], key=lambda pair: pair[0].start)


def _apply(
    repairs: Sequence[SpanRepair], context: Repairing, extent: Extent, done: tuple[Repair, ...]
) -> tuple[Extent, tuple[Repair, ...]]:
    """Every repair of an ordered list in turn, each on what the ones before it left."""
    doc = context.doc
    for repair in repairs:
        repaired = repair(context, extent)
        if repaired is not None and repaired != extent:
            done = (
                *done,
                Repair(
                    repair.name,
                    doc[extent.start : extent.end].text,
                    _outcome(doc, extent, repaired),
                ),
            )
            extent = repaired
    return extent, done


def _outcome(doc: Doc, before: Extent, after: Extent) -> str:
    """What a repair did: "grown to Doctors Without Borders", "cut to Boeing", "tagged PERSON"."""
    if (before.start, before.end) == (after.start, after.end):
        return f"tagged {after.label}"
    grown = after.end - after.start > before.end - before.start
    label = f" ({after.label})" if after.label != before.label else ""
    return f"{'grown' if grown else 'cut'} to {doc[after.start : after.end].text}{label}"


def _pieces(
    doc: Doc, extent: Extent, done: tuple[Repair, ...]
) -> list[tuple[Extent, tuple[Repair, ...]]]:
    """The pieces of a name on either side of the line breaks inside it (`cut_at_line_break`)."""
    pieces = cut_at_line_break(doc, extent)
    if pieces is None:
        return [(extent, done)]
    subject = doc[extent.start : extent.end].text
    return [
        (
            piece,
            (
                *done,
                Repair(
                    cut_at_line_break.name, subject, f"cut to {doc[piece.start : piece.end].text}"
                ),
            ),
        )
        for piece in pieces
    ]


@rule("span", example="EXAMPLE")
def grown_over_preposition(context: Repairing, extent: Extent) -> Extent | None:
    """A name the model starts at a capitalised preposition grown over the capitalised words
    before it, an organisation's name.

    "Without Borders" grown to "Doctors Without Borders": no person's name opens so."""
    doc = context.doc
    first = doc[extent.start]
    if first.pos_ != "ADP" or not first.text[:1].isupper() or first.is_sent_start:
        return None
    start = extent.start
    while (
        start - 1 > context.covered
        and doc[start - 1].text[:1].isupper()
        and not doc[start - 1].ent_type_
    ):
        start -= 1
        if doc[start].is_sent_start:
            break
    return None if start == extent.start else Extent(start, extent.end, "ORG")


@rule("span", example="EXAMPLE")
def hyphenated_name_joined(context: Repairing, extent: Extent) -> Extent | None:
    """A hyphenated name the model cut at a hyphen joined back ("Tehrik" to
    "Tehrik-e-Taliban Pakistan").

    The end is extended over "-e-Taliban" and the proper nouns after it; a hyphen before
    one of the model's entities is a boundary, and a lower-case last piece ("EADS-led") is
    a word about the name, not part of it."""
    doc, end = context.doc, extent.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and doc[end + 1].i not in context.starts
    ):
        end += 2
    if end == extent.end or doc[end - 1].is_lower:
        return None
    while end < len(doc) and doc[end].tag_ in PROPER_TAGS and doc[end - 1].whitespace_ == " ":
        end += 1
    return replace(extent, end=end)


@rule("span", example="EXAMPLE")
def apostrophe_name_joined(context: Repairing, extent: Extent) -> Extent | None:
    """A name cut after "O'" or "D'" joined to the capitalised word it continues in
    ("Michael O' Leary", tagged as a person and a place)."""
    doc, end = context.doc, extent.end
    if (
        end + 1 < len(doc)
        and doc[end - 1].text in ("'", "’")
        and end >= 2
        and len(doc[end - 2].text) == 1
        and doc[end - 2].text.isupper()
        and doc[end].is_title
    ):
        return replace(extent, end=end + 1)
    return None


# Repairs of a whole entity, before it is cut at line breaks; order = the order they apply.
ENTITY_REPAIRS: list[SpanRepair] = [
    grown_over_preposition,
    hyphenated_name_joined,
    apostrophe_name_joined,
]


@rule("span", example="EXAMPLE")
def cut_at_line_break(doc: Doc, extent: Extent) -> list[Extent] | None:
    """A name cut at the line breaks inside it: a title line the model glued to the body."""
    pieces, first = [], extent.start
    for i in range(extent.start, extent.end):
        if "\n" in doc[i].text:
            pieces.append((first, i))
            first = i + 1
        elif "\n" in doc[i].whitespace_:
            pieces.append((first, i + 1))
            first = i + 1
    if not pieces:
        return None
    return [Extent(start, end, extent.label) for start, end in [*pieces, (first, extent.end)]]


@rule("span", example="EXAMPLE")
def titled_person(context: Repairing, extent: Extent) -> Extent | None:
    """A name a title or courtesy title opens or precedes is a person's, whatever the model
    tagged it.

    A title and two or more capitalised words ("Spokeswoman Sandy Angers", tagged an
    organisation; "German Chancellor Olaf Scholz"), or any capitalised name after a courtesy
    title, which only people bear ("Mr MacFarlane said")."""
    doc, start = context.doc, extent.start
    if extent.label == "PERSON":
        return None
    if start > 0 and doc[start - 1].text in words("honorifics") and doc[start].text[:1].isupper():
        return replace(extent, label="PERSON")
    titles = words("titles")
    if doc[start].text in titles:
        start += 1
    elif start == 0 or doc[start - 1].text not in titles:
        return None
    name = doc[start : extent.end]
    company = words("org_designators") | words("legal_forms")  # "General Motors Corporation"
    if len(name) >= 2 and all(t.is_title and t.text not in company for t in name):
        return replace(extent, label="PERSON")
    return None


@rule("span", example="EXAMPLE")
def leading_article_dropped(context: Repairing, extent: Extent) -> Extent | None:
    """A leading "the" (any determiner) or punctuation is no part of a name ("The Air Force")."""
    doc, start = context.doc, extent.start
    while start < extent.end and (doc[start].pos_ == "DET" or doc[start].is_punct):
        start += 1
    return replace(extent, start=start)


@rule("span", example="EXAMPLE")
def hyphenated_description_dropped(context: Repairing, extent: Extent) -> Extent | None:
    """A name opening with "X-owned", "X-led" starts after it: a description of the name
    that follows ("Kremlin-owned Unified Aircraft").

    Unlike a hyphenated name ("Tehrik-e-Taliban", whose lower-case piece goes on)."""
    doc, start = context.doc, extent.start
    if (
        start + 3 < extent.end
        and doc[start + 1].text == "-"
        and doc[start + 2].is_lower
        and doc[start + 3].text != "-"
    ):
        return replace(extent, start=start + 3)
    return None


@rule("span", example="EXAMPLE")
def cut_at_service_or_bracket(context: Repairing, extent: Extent) -> Extent | None:
    """A name ends before a service it runs into or a bracket opened inside it: "Adam Air
    Flight 574" is the airline (lexicon `service_words`), "Intergovernmental Authority on
    Development (IGAD" the name before its acronym."""
    doc, start = context.doc, extent.start
    stops = words("service_words") | {"("}
    end = next((i for i in range(start + 1, extent.end) if doc[i].text in stops), extent.end)
    return replace(extent, end=end)


@rule("span", example="EXAMPLE")
def trailing_possessive_dropped(context: Repairing, extent: Extent) -> Extent | None:
    """A trailing "'s" or punctuation is no part of a name ("China Eastern's board")."""
    doc, end = context.doc, extent.end
    while end > extent.start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return replace(extent, end=end)


@rule("span", example="EXAMPLE")
def person_title_dropped(context: Repairing, extent: Extent) -> Extent | None:
    """Leading title words are no part of a person's name ("Prime Minister Shehbaz Sharif")."""
    doc, start = context.doc, extent.start
    if extent.label != "PERSON":
        return None
    while extent.end - start > 1 and doc[start].text in words("titles"):
        start += 1
    return replace(extent, start=start)


@rule("span", example="EXAMPLE")
def title_before_person_dropped(context: Repairing, extent: Extent) -> Extent | None:
    """A name that runs into a person's title ends before it, portfolios too ("Boeing
    Executive Vice President Scott Carson", "EU Competition Commissioner Margrethe
    Vestager")."""
    doc, end = context.doc, extent.end
    if extent.label == "PERSON" or end >= len(doc):
        return None
    if doc[end].text not in words("titles") and doc[end].ent_type_ != "PERSON":
        return None
    while end - extent.start > 1 and doc[end - 1].text in title_words():
        end -= 1
    return replace(extent, end=end)


@rule("span", example="EXAMPLE")
def place_ends_longer_name(context: Repairing, extent: Extent) -> Extent | None:
    """A place that ends a longer proper name the model did not tag grown into it, an
    organisation's ("Air China", "Garuda Indonesia"); see `ends_a_name`."""
    if extent.start >= extent.end:
        return None
    if ends_a_name(Span(context.doc, extent.start, extent.end, label=extent.label)):
        return Extent(extent.start - 1, extent.end, "ORG")
    return None


# Repairs of each line's piece of a name; order = the order they apply.
SPAN_REPAIRS: list[SpanRepair] = [
    titled_person,
    leading_article_dropped,
    hyphenated_description_dropped,
    cut_at_service_or_bracket,
    trailing_possessive_dropped,
    person_title_dropped,
    title_before_person_dropped,
    place_ends_longer_name,
]


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


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
        if not root.is_ancestor(token) or token.pos_ in ("AUX", "PRON"):
            break
        if _branch(token, root).dep_ not in _NP_DEPS or token.lower_ in _COORDINATORS:
            break  # "particularly the TTP", "both Qatar and Turkey"
        if token.pos_ == "VERB" and token.dep_ not in ("amod", "compound"):
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


def ends_a_name(span: Span) -> bool:
    """A place that ends a longer proper name the model did not tag ("Air China", "Garuda
    Indonesia"): a capitalised word the model left untagged modifies it."""
    if span.label_ != "GPE" or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (
        before.tag_ in PROPER_TAGS
        and not before.ent_type_
        and before.dep_ == "compound"
        and span.start <= before.head.i < span.end
        and before.text not in title_words()
    )


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
    for span in repaired_entities(token.doc):
        if span.start <= token.i < span.end:
            return span.text
    return token.text
