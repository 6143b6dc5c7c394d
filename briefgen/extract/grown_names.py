"""Span repairs that grow a name: the words the model cut off it joined back.

A name the model starts at a capitalised preposition, cuts at a hyphen or after "O'"
(`ENTITY_REPAIRS`), a place that ends or opens a longer proper name the model did not tag,
and a person's name before a state noun ("the Bush administration") are grown over the
words that belong to them.
"""

from __future__ import annotations

from spacy.tokens import Span

from briefgen.extract.extents import Extent, Repairing
from briefgen.extract.labels import PROPER_TAGS
from briefgen.extract.lexicon import title_words, words
from briefgen.extract.rules import rule


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
