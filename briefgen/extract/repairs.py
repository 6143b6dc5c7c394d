"""Entity repairs: where the model cuts or glues a name, the name made whole again.

`ENTITY_REPAIRS` apply to a whole entity, `SPAN_REPAIRS` to each line's piece of it, in
order, each on what the ones before left; `MISSED_NAME_RULES` (missed.py) add the names the
model did not tag. Each repair a rule makes is kept as a `Repair`, which the entity layer
(spans.py) stores on the span and `find_mentions` records.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from briefgen.budget import check
from briefgen.extract import ents
from briefgen.extract.countries import gazetteer
from briefgen.extract.labels import PARTICIPLE_OR_PAST_TAGS, PROPER_TAGS
from briefgen.extract.lexicon import title_words, words
from briefgen.extract.missed import MISSED_NAME_RULES
from briefgen.extract.rules import Rule, rule

# The labels that can name an actor or a place.
_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


class Repair(NamedTuple):
    """One repair of a name: the rule that made it, the name before it, what it did."""

    rule: str
    subject: str
    outcome: str


class Extent(NamedTuple):
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


# A repair: the name's new extent, or None when it leaves the name as it is. A plain function
# in a repair list (no rule) repairs without being recorded: `_hyphenated_description_dropped`.
SpanRepair = Callable[[Repairing, Extent], "Extent | None"]


def repaired(doc: Doc) -> list[tuple[Span, tuple[Repair, ...]]]:
    """Each name of a Doc, in text order, repaired, with the repairs that made it: a name
    never starts inside one taken before."""
    found: list[tuple[Span, tuple[Repair, ...]]] = []
    covered = -1
    model_ents = ents.model_ents(doc)
    starts = frozenset(e.start for e in model_ents)
    for span, made in _candidates(doc, model_ents):
        check(doc)
        if span.label_ not in _LABELS or span.start <= covered:
            continue
        whole = Extent(span.start, span.end, span.label_)
        extent, repairs = _apply(ENTITY_REPAIRS, Repairing(doc, starts, covered), whole, made)
        for piece in _lines(doc, extent) or [extent]:
            piece, done = _apply(SPAN_REPAIRS, Repairing(doc, starts, covered), piece, repairs)
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
    taken = {i for span, _ in missed for i in range(span.start, span.end)}
    ents = [(e, ()) for e in model_ents if taken.isdisjoint(range(e.start, e.end))]
    return sorted([*ents, *missed], key=lambda pair: pair[0].start)


def _apply(
    repairs: Sequence[SpanRepair], context: Repairing, extent: Extent, done: tuple[Repair, ...]
) -> tuple[Extent, tuple[Repair, ...]]:
    """Every repair of an ordered list in turn, each on what the ones before it left."""
    doc = context.doc
    for repair in repairs:
        repaired = repair(context, extent)
        if repaired is None or repaired == extent:
            continue
        if isinstance(repair, Rule):
            subject = doc[extent.start : extent.end].text
            done = (*done, Repair(repair.name, subject, _outcome(doc, extent, repaired)))
        extent = repaired
    return extent, done


def _outcome(doc: Doc, before: Extent, after: Extent) -> str:
    """What a repair did: "grown to Doctors Without Borders", "cut to Boeing", "tagged PERSON"."""
    if (before.start, before.end) == (after.start, after.end):
        return f"tagged {after.label}"
    grown = after.end - after.start > before.end - before.start
    label = f" ({after.label})" if after.label != before.label else ""
    return f"{'grown' if grown else 'cut'} to {doc[after.start : after.end].text}{label}"


@rule(
    "span",
    example="The World Health Organization said it had sent 12 ambulances. Doctors Without "
    "Borders said its teams were treating the wounded at the hospital.",
)
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


@rule(
    "span",
    example="Pakistan-Afghanistan Truce Talks Fail in Istanbul as Islamabad\nEfforts to broker a "
    "lasting ceasefire between Pakistan and Afghanistan ended in failure this week.",
)
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
    return None if end == extent.end else Extent(extent.start, end, extent.label)


@rule(
    "span",
    example="Ryanair CEO, Michael O' Leary, justified his choice of Boeing.",
)
def apostrophe_name_joined(context: Repairing, extent: Extent) -> Extent | None:
    """A name cut after "O'" or "D'" joined to the capitalised word it continues in
    ("Michael O' Leary", tagged as a person and a place).

    Rare in the shared corpora (once in 3,835 articles: a source's stray space), kept for a
    general fact of English names: an Irish or Norman surname's one-letter prefix and
    apostrophe (O'Leary, O'Brien, D'Arcy) belong to the surname, so "Michael O" is never a
    name. Without it the brief shows a card and a speaker "Michael O"."""
    doc, end = context.doc, extent.end
    if (
        end + 1 < len(doc)
        and doc[end - 1].text in ("'", "’")
        and end >= 2
        and len(doc[end - 2].text) == 1
        and doc[end - 2].text.isupper()
        and doc[end].is_title
    ):
        return Extent(extent.start, end + 1, extent.label)
    return None


# Repairs of a whole entity, before it is cut at line breaks; order = the order they apply.
ENTITY_REPAIRS: list[SpanRepair] = [
    grown_over_preposition,
    hyphenated_name_joined,
    apostrophe_name_joined,
]


def _lines(doc: Doc, extent: Extent) -> list[Extent] | None:
    """A name cut at the line breaks inside it (a title line glued to the body), or None
    when it has none. Not a rule: it never fires since each line is parsed on its own
    (`nlp.parse`); kept until the corpus statistics decide."""
    pieces, first = [], extent.start
    for i in range(extent.start, extent.end):
        if "\n" in doc[i].text:
            pieces.append((first, i))
            first = i + 1
        elif "\n" in doc[i].whitespace_:
            pieces.append((first, i + 1))
            first = i + 1
    pieces = [(start, end) for start, end in [*pieces, (first, extent.end)] if start < end]
    if pieces == [(extent.start, extent.end)]:
        return None
    return [Extent(start, end, extent.label) for start, end in pieces]


@rule(
    "span",
    example="Spokeswoman Sandy Angers said that the team had been merged into the parent "
    "product development team.",
)
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
        return Extent(extent.start, extent.end, "PERSON")
    titles = words("titles")
    if doc[start].text in titles:
        start += 1
    elif start == 0 or doc[start - 1].text not in titles:
        return None
    name = doc[start : extent.end]
    company = words("org_designators") | words("legal_forms")  # "General Motors Corporation"
    if len(name) >= 2 and all(t.is_title and t.text not in company for t in name):
        return Extent(extent.start, extent.end, "PERSON")
    return None


@rule(
    "span",
    example="U.S. Special Envoy for Haiti Daniel Foote resigned Thursday, saying that he did not "
    "want to be associated with what he called the United States' decision.",
)
def office_place_cut(context: Repairing, extent: Extent) -> Extent | None:
    """A place that ends a title's "for", "of" or "to" and opens a name belongs to the title:
    the name is the person after it ("Special Envoy for Haiti Daniel Foote", "US envoy to
    Haiti Daniel Foote", tagged an organisation whole, are Daniel Foote)."""
    doc, start = context.doc, extent.start
    if start == 0 or doc[start - 1].lower_ not in ("for", "of", "to"):
        return None
    if doc[start - 1].head.text.title() not in words("titles"):  # "Envoy for", "envoy to"
        return None
    country = gazetteer().country
    cut = next(
        (i for i in range(start + 1, extent.end - 1) if country(doc[start:i].text, place=True)),
        None,
    )
    if cut is None or extent.end - cut < 2 or not all(t.is_title for t in doc[cut : extent.end]):
        return None
    return Extent(cut, extent.end, "PERSON")


@rule(
    "span",
    example="The Air Force has 60 days to respond to the GAO.",
)
def leading_article_dropped(context: Repairing, extent: Extent) -> Extent | None:
    """A leading "the" (any determiner) or punctuation is no part of a name ("The Air Force")."""
    doc, start = context.doc, extent.start
    while start < extent.end and (doc[start].pos_ == "DET" or doc[start].is_punct):
        start += 1
    return None if start == extent.start else Extent(start, extent.end, extent.label)


def _hyphenated_description_dropped(context: Repairing, extent: Extent) -> Extent | None:
    """A name opening with "X-owned", "X-led" starts after it: a description of the name
    that follows ("Kremlin-owned Unified Aircraft"). Not a rule: the model no longer tags
    such a description with the name, so it never fires; kept until the corpus statistics
    decide. Unlike a hyphenated name ("Tehrik-e-Taliban", whose lower-case piece goes on)."""
    doc, start = context.doc, extent.start
    if (
        start + 3 < extent.end
        and doc[start + 1].text == "-"
        and doc[start + 2].is_lower
        and doc[start + 3].text != "-"
    ):
        return Extent(start + 3, extent.end, extent.label)
    return None


@rule(
    "span",
    example="The African Union and the Intergovernmental Authority on Development (IGAD) said "
    "they supported the Jeddah process.",
)
def cut_at_service_or_bracket(context: Repairing, extent: Extent) -> Extent | None:
    """A name ends before a service it runs into or a bracket opened inside it: "Adam Air
    Flight 574" is the airline (lexicon `service_words`), "Intergovernmental Authority on
    Development (IGAD" the name before its acronym."""
    doc, start = context.doc, extent.start
    stops = words("service_words") | {"("}
    end = next((i for i in range(start + 1, extent.end) if doc[i].text in stops), extent.end)
    return None if end == extent.end else Extent(extent.start, end, extent.label)


@rule(
    "span",
    example="The deal was approved unanimously by China Eastern's board of directors.",
)
def trailing_possessive_dropped(context: Repairing, extent: Extent) -> Extent | None:
    """A trailing "'s" or punctuation is no part of a name ("China Eastern's board")."""
    doc, end = context.doc, extent.end
    while end > extent.start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return None if end == extent.end else Extent(extent.start, end, extent.label)


@rule(
    "span",
    example="Spokeswoman Sandy Angers said that the team had been merged into the parent "
    "product development team.",
)
def person_title_dropped(context: Repairing, extent: Extent) -> Extent | None:
    """Leading title words are no part of a person's name ("Prime Minister Shehbaz Sharif")."""
    doc, start = context.doc, extent.start
    if extent.label != "PERSON":
        return None
    while extent.end - start > 1 and doc[start].text in words("titles"):
        start += 1
    return None if start == extent.start else Extent(start, extent.end, extent.label)


@rule(
    "span",
    example='EU Competition Commissioner Margrethe Vestager said: "What Google has done is '
    'illegal under EU antitrust rules."',
)
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
    return None if end == extent.end else Extent(extent.start, end, extent.label)


@rule(
    "span",
    example="The preliminary agreement will see Dreamliners delivered to six airlines - Air "
    "China, China Eastern Airlines and Hainan Airlines.",
)
def place_ends_longer_name(context: Repairing, extent: Extent) -> Extent | None:
    """A place that ends a longer proper name the model did not tag grown into it, an
    organisation's ("Air China", "Garuda Indonesia"); see `ends_a_name`."""
    if extent.label != "GPE" or extent.start >= extent.end:  # see `ends_a_name`
        return None
    if ends_a_name(Span(context.doc, extent.start, extent.end, label=extent.label)):
        return Extent(extent.start - 1, extent.end, "ORG")
    return None


@rule(
    "span",
    example='"It\'s a cosmetic move," said Jonathan S. Gelles of Wertheim Schroder amp Co.',
)
def place_opens_longer_name(context: Repairing, extent: Extent) -> Extent | None:
    """A place that opens a longer proper name the model did not tag, ending in a plural or
    an organisation's word, grown into it: a team or an office of the place ("the
    Indianapolis Colts", "the Bristol County District Attorney's Office"; lexicon
    `org_designators`)."""
    doc = context.doc
    if extent.label != "GPE" or extent.start >= extent.end:
        return None
    head = doc[extent.end - 1].head
    if doc[extent.end - 1].dep_ != "compound" or head.i < extent.end:
        return None
    rest = doc[extent.end : head.i + 1]
    if any(t.tag_ not in PROPER_TAGS or t.ent_type_ for t in rest if t.tag_ != "POS"):
        return None
    if head.tag_ != "NNPS" and head.text not in words("org_designators"):
        return None
    return Extent(extent.start, head.i + 1, "ORG")


@rule(
    "span",
    example="Joining Cooley at the news conference was Assistant Sheriff Doyle Campbell.",
)
def verb_at_name_edge_dropped(context: Repairing, extent: Extent) -> Extent | None:
    """A verb the model took into a person's name, opening or closing it, is no part of it
    ("Joining Cooley at the news conference", "Pierre Thomas Placed on Injured Reserve"):
    a name is nouns. A sentence's first word is tagged a proper noun when capitalised, so
    there an -ing word the text writes capitalised nowhere else is one ("Bashing Trump may
    be job one")."""
    doc, start, end = context.doc, extent.start, extent.end
    if extent.label != "PERSON":
        return None
    while end - start > 1 and (
        doc[start].tag_ in PARTICIPLE_OR_PAST_TAGS
        or (doc[start].is_sent_start and _gerund(doc[start]))
    ):
        start += 1
    while end - start > 1 and doc[end - 1].tag_ in PARTICIPLE_OR_PAST_TAGS:
        end -= 1
    return None if (start, end) == extent[:2] else Extent(start, end, extent.label)


def _gerund(token: Token) -> bool:
    """An -ing word opening its sentence that the text never writes capitalised elsewhere
    ("Bashing", "Entrusting"): capitalised only because it opens the sentence, it is no
    given name ("Irving Berlin ... Irving Berlin's" is written so inside sentences too)."""
    word = token.text
    if len(word) < 6 or not word.endswith("ing") or not token.is_sent_start:
        return False
    return not any(t.text == word and not t.is_sent_start for t in token.doc)


# Repairs of each line's piece of a name; order = the order they apply.
@rule(
    "span",
    example="The Bush administration issued two late-term regulations on Thursday that "
    "environmentalists say weaken federal protection for endangered species.",
)
def government_of_person(context: Repairing, extent: Extent) -> Extent | None:
    """A person's name modifying a noun for a state as a whole (lexicon `state_nouns`: "the
    Bush administration", "the Palin administration") names the government that person
    leads, an organisation of its own: grown over the noun."""
    doc, last = context.doc, context.doc[extent.end - 1]
    if extent.label != "PERSON" or extent.end >= len(doc) or last.dep_ != "compound":
        return None
    noun = doc[extent.end]
    if last.head != noun or noun.lower_ not in words("state_nouns") or noun.ent_type_:
        return None
    return Extent(extent.start, extent.end + 1, "ORG")


SPAN_REPAIRS: list[SpanRepair] = [
    office_place_cut,
    titled_person,
    leading_article_dropped,
    _hyphenated_description_dropped,
    cut_at_service_or_bracket,
    trailing_possessive_dropped,
    person_title_dropped,
    verb_at_name_edge_dropped,
    title_before_person_dropped,
    place_ends_longer_name,
    place_opens_longer_name,
    government_of_person,
]


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
