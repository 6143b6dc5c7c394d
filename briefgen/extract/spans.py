"""Entity spans: spaCy's entities repaired where the model cuts or glues them, names cleaned
of the spaces a source put in them, and the noun phrase a mention's evidence covers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from briefgen.extract.lexicon import title_words, words
from briefgen.extract.missed import PROPER_TAGS, defined_names, described_names, surnames

# The labels that can name an actor or a place.
_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


# Dependents that belong to a name's noun phrase: determiner, possessor, titles, describing
# words ("the Pentagon", "Pakistan's Information Minister X", "President of Indonesia X").
_NP_DEPS = frozenset({"det", "poss", "case", "compound", "amod", "nmod", "nummod", "prep", "punct"})


_APOSTROPHE_SPACE = re.compile(r"\b([A-Z]) ?['’] ?(?=[A-Z])")  # "O' Leary" -> "O'Leary"


_HYPHEN_SPACE = re.compile(r"(?<=\w) - (?=\w)")  # "Wal - Mart" -> "Wal-Mart"


_COORDINATORS = frozenset({"both", "either", "neither"})  # open a coordination, not a phrase


# Each document's repaired entities, kept while the document lives (not in `Doc.user_data`,
# which `Doc.to_bytes` would have to serialise).
_REPAIRED: WeakKeyDictionary[Doc, tuple[Span, ...]] = WeakKeyDictionary()


_INNER_PUNCT = frozenset({"-", "'s", "'", "’s", "’", "."})  # may sit inside a noun phrase


def repaired_entities(doc: Doc) -> tuple[Span, ...]:
    """spaCy's entities with determiners, possessives, punctuation and glued titles trimmed,
    cut at line breaks (a title line glued to the body), hyphenated names
    ("Tehrik-e-Taliban Pakistan") joined back together, a place that ends a longer name
    ("Air China") grown into that name, an organisation's, and the names the model missed
    that the text gives (`described_names`, `surnames`). Worked out once per document."""
    if doc not in _REPAIRED:
        _REPAIRED[doc] = tuple(_repaired(doc))
    return _REPAIRED[doc]


def _repaired(doc: Doc) -> Iterator[Span]:
    covered = -1
    model_ents = doc.ents  # each access builds new spans
    starts = {e.start for e in model_ents}
    bounds = {(e.start, e.end) for e in model_ents}
    defined = [span for span in defined_names(doc) if (span.start, span.end) not in bounds]
    ents = [e for e in model_ents if not any(_overlap(e, span) for span in defined)]
    missed = [*defined, *described_names(doc), *surnames(doc)]
    for ent in sorted([*ents, *missed], key=lambda span: span.start):
        if ent.label_ not in _LABELS or ent.start <= covered:
            continue
        ent = _grown_over_preposition(doc, ent, covered)
        extended = _extend_apostrophe(doc, _extend_hyphenated(doc, ent, starts))
        for start, end in _lines(doc, ent.start, extended):
            label = _titled_person(doc, start, end) or ent.label_
            start, end = _trim(doc, start, end, label)
            if start < end:
                covered = end - 1
                span = Span(doc, start, end, label=label)
                yield Span(doc, start - 1, end, label="ORG") if ends_a_name(span) else span


def _grown_over_preposition(doc: Doc, ent: Span, covered: int) -> Span:
    """A name the model starts at a capitalised preposition ("Without Borders") grown back
    over the capitalised words before it: "Doctors Without Borders", an organisation's name,
    as no person's opens so."""
    first = doc[ent.start]
    if first.pos_ != "ADP" or not first.text[:1].isupper() or first.is_sent_start:
        return ent
    start = ent.start
    while (
        start - 1 > covered and doc[start - 1].text[:1].isupper() and not doc[start - 1].ent_type_
    ):
        start -= 1
        if doc[start].is_sent_start:
            break
    return ent if start == ent.start else Span(doc, start, ent.end, label="ORG")


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _titled_person(doc: Doc, start: int, end: int) -> str | None:
    """ "PERSON" for a name the model tags otherwise though a title opens it ("Spokeswoman
    Sandy Angers", tagged an organisation) or comes right before it ("German Chancellor
    Olaf Scholz"): a title and two or more capitalised words; or after a courtesy title,
    which only people bear ("Mr MacFarlane said")."""
    if start > 0 and doc[start - 1].text in words("honorifics") and doc[start].text[:1].isupper():
        return "PERSON"
    titles = words("titles")
    if doc[start].text in titles:
        start += 1
    elif start == 0 or doc[start - 1].text not in titles:
        return None
    name = doc[start:end]
    company = words("org_designators") | words("legal_forms")  # "General Motors Corporation"
    if len(name) >= 2 and all(t.is_title and t.text not in company for t in name):
        return "PERSON"
    return None


def _lines(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The token ranges of an entity on either side of any line break inside it."""
    pieces, first = [], start
    for i in range(start, end):
        if "\n" in doc[i].text:
            pieces.append((first, i))
            first = i + 1
        elif "\n" in doc[i].whitespace_:
            pieces.append((first, i + 1))
            first = i + 1
    return [*pieces, (first, end)]


def _trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Drop a leading "the", a trailing "'s", edge punctuation, a service the name runs
    into ("Adam Air Flight 574"; lexicon `service_words`) or a bracket opened inside it,
    and title words: leading
    ones from a person ("Prime Minister Shehbaz Sharif"), trailing ones, portfolios too,
    from a name that runs into a person's title ("Boeing Executive Vice President Scott
    Carson", "EU Competition Commissioner Margrethe Vestager")."""
    while start < end and (doc[start].pos_ == "DET" or doc[start].is_punct):
        start += 1
    if _describes_with_hyphen(doc, start, end):  # "Kremlin-owned Unified Aircraft"
        start += 3
    # "Adam Air Flight 574": the airline; "Intergovernmental Authority on Development (IGAD":
    # the name, its acronym after it.
    end = next(
        (i for i in range(start + 1, end) if doc[i].text in words("service_words") | {"("}), end
    )
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if label == "PERSON":
        while end - start > 1 and doc[start].text in words("titles"):
            start += 1
    elif end < len(doc) and (doc[end].text in words("titles") or doc[end].ent_type_ == "PERSON"):
        while end - start > 1 and doc[end - 1].text in title_words():
            end -= 1
    return start, end


def _describes_with_hyphen(doc: Doc, start: int, end: int) -> bool:
    """A name opening with "X-owned", "X-led": a description of the name that follows,
    unlike a hyphenated name ("Tehrik-e-Taliban", whose lower-case piece goes on)."""
    return (
        start + 3 < end
        and doc[start + 1].text == "-"
        and doc[start + 2].is_lower
        and doc[start + 3].text != "-"
    )


def _extend_hyphenated(doc: Doc, ent: Span, starts: set[int]) -> int:
    """The end of `ent` extended over "-e-Taliban Pakistan"; `starts` are the token
    indices where the model's entities begin (a hyphen before one is a boundary)."""
    end = ent.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and doc[end + 1].i not in starts
    ):
        end += 2
    if end == ent.end or doc[end - 1].is_lower:  # "EADS-led": a word about the name, not it
        return ent.end
    while end < len(doc) and doc[end].tag_ in PROPER_TAGS and doc[end - 1].whitespace_ == " ":
        end += 1
    return end


def _extend_apostrophe(doc: Doc, end: int) -> int:
    """A name cut after "O'" or "D'" ("Michael O' Leary", tagged as a person and a place)
    joined to the capitalised word it continues in."""
    if (
        end + 1 < len(doc)
        and doc[end - 1].text in ("'", "’")
        and end >= 2
        and len(doc[end - 2].text) == 1
        and doc[end - 2].text.isupper()
        and doc[end].is_title
    ):
        return end + 1
    return end


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
