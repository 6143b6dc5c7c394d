"""Span repairs that grow a name: the words the model cut off it joined back.

A name the model starts at a capitalised preposition, cuts at a hyphen or after "O'"
(`ENTITY_REPAIRS`), a place that ends or opens a longer proper name the model did not tag,
and a person's name before a state noun ("the Bush administration") are grown over the
words that belong to them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.extract.countries import gazetteer
from briefgen.extract.extents import Extent, Repairing
from briefgen.extract.labels import PLURAL_NOUN_TAGS, PROPER_TAGS
from briefgen.extract.lexicon import title_words, words
from briefgen.extract.rules import rule
from briefgen.extract.views import views


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


@rule(
    "span",
    example="BBC Radio 1 presenter Fearne Cotton will co-host the event with Hollywood actor "
    "Samuel L Jackson. Speaking of the singer, Fearne Cotton said she had always been a fan.",
)
def given_name_joined(context: Repairing, extent: Extent) -> Extent | None:
    """A person the model tags by the surname alone grown over the capitalised proper noun
    just before it, a given name it left out ("BBC Radio 1 presenter Fearne Cotton", "Pro
    Bowl cornerback Cortland Finnegan"): a word the article never writes alone nor in lower
    case, that is no title or courtesy title ("Coach Williams"), no abbreviation ("RB
    Bush"), no place or people, and opens no sentence or quoted title ("Forever Michael");
    a plural is no surname ("Desperate Housewives")."""
    doc, start = context.doc, extent.start
    if extent.label != "PERSON" or extent.end - start != 1 or start - 1 <= context.covered:
        return None
    given, surname = doc[start - 1], doc[start]
    if surname.tag_ in PLURAL_NOUN_TAGS:  # "Desperate Housewives": a show, no family name
        return None
    if not _given_name_shape(given) or not _only_before(given, surname.text):
        return None
    return Extent(start - 1, extent.end, extent.label)


def _given_name_shape(word: Token) -> bool:
    """A capitalised proper noun of its own, no title, place or people, not opening a
    sentence nor following a quote mark or another capitalised word."""
    if not (word.is_alpha and word.is_title and len(word) > 1 and word.tag_ in PROPER_TAGS):
        return False
    if word.is_sent_start or word.ent_type_ or word.text in title_words() | words("honorifics"):
        return False
    places = gazetteer()
    if word.text in places.demonyms or places.country(word.text) or word.text in places.capitals:
        return False
    before = word.doc[word.i - 1] if word.i else None
    return before is None or not (before.is_quote or before.text[:1].isupper())


def _only_before(word: Token, surname: str) -> bool:
    """Whether an article writes a word only right before this surname, never alone nor in
    lower case."""
    doc, lower = word.doc, views(word.doc).lower
    for i, form in enumerate(lower):
        if form != word.lower_ or i == word.i:
            continue
        if doc[i].is_lower or i + 1 >= len(doc) or doc[i + 1].text != surname:
            return False
    return True
