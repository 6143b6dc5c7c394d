"""Span repairs read from titles: a title at a name's edge makes it a person's or is cut.

A title or courtesy title before a name makes it a person's (`titled_person`); a place
ending an office ("Special Envoy for Haiti") and title words opening a person's name or
closing another's are cut off it.
"""

from __future__ import annotations

from briefgen.extract.countries import gazetteer
from briefgen.extract.extents import Extent, Repairing
from briefgen.extract.lexicon import title_words, words
from briefgen.extract.rules import rule


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
