"""Span repairs that cut a name: the words at its edges that are no part of it dropped.

A leading article or punctuation, a trailing "'s", a hyphenated description before it
("Kremlin-owned"), a service or bracket it runs into ("Adam Air Flight 574"), and a verb
the model took into a person's name ("Joining Cooley") are cut off.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefgen.extract.extents import Extent, Repairing
from briefgen.extract.labels import PARTICIPLE_OR_PAST_TAGS
from briefgen.extract.lexicon import words
from briefgen.extract.rules import rule


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


def hyphenated_description_dropped(context: Repairing, extent: Extent) -> Extent | None:
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
