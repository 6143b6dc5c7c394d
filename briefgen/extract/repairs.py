"""Entity repairs: where the model cuts or glues a name, the name made whole again.

`ENTITY_REPAIRS` apply to a whole entity, `SPAN_REPAIRS` to each line's piece of it, in
order, each on what the ones before left; `MISSED_NAME_RULES` (missed.py) add the names the
model did not tag. Each repair a rule makes is kept as a `Repair`, which the entity layer
(spans.py) stores on the span and `find_mentions` records.

The repairs are kept by their shape: a name grown over words the model cut off it
(`grown_names`), cut of words at its edges (`cut_names`), or read from a title beside it
(`titled_names`); `extents` holds the extent they repair and the record of a repair.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from briefgen.budget import check
from briefgen.extract import ents
from briefgen.extract.cut_names import (
    cut_at_service_or_bracket,
    hyphenated_description_dropped,
    leading_article_dropped,
    trailing_possessive_dropped,
    verb_at_name_edge_dropped,
)
from briefgen.extract.extents import Extent, Repair, Repairing, SpanRepair
from briefgen.extract.grown_names import (
    apostrophe_name_joined,
    given_name_joined,
    government_of_person,
    grown_over_preposition,
    hyphenated_name_joined,
    place_ends_longer_name,
    place_opens_longer_name,
)
from briefgen.extract.missed import MISSED_NAME_RULES
from briefgen.extract.rules import Rule
from briefgen.extract.titled_names import (
    office_place_cut,
    person_title_dropped,
    title_before_person_dropped,
    titled_person,
)

# The labels that can name an actor or a place.
_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


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


# Repairs of each line's piece of a name; order = the order they apply.
SPAN_REPAIRS: list[SpanRepair] = [
    office_place_cut,
    titled_person,
    given_name_joined,
    leading_article_dropped,
    hyphenated_description_dropped,
    cut_at_service_or_bracket,
    trailing_possessive_dropped,
    person_title_dropped,
    verb_at_name_edge_dropped,
    title_before_person_dropped,
    place_ends_longer_name,
    place_opens_longer_name,
    government_of_person,
]
