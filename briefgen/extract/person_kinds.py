"""Type rules by a person's signals: whether a name is a person's, and whose.

The model's person tag is read with what the text says about the name: a surname of a
person the article names in full, an age in apposition, a name given as another's ("known
as"), and the words that make a "person" a band, a family, a company or a country
(`place_called_person`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from briefgen.extract.countries import gazetteer
from briefgen.extract.ents import model_ents
from briefgen.extract.labels import PLURAL_NOUN_TAGS
from briefgen.extract.lexicon import words
from briefgen.extract.mentions import Mention, MentionKind, Typed
from briefgen.extract.roles import is_org_noun
from briefgen.extract.rules import rule
from briefgen.extract.spans import clean_name, entity_at
from briefgen.extract.views import once_per_doc

if TYPE_CHECKING:
    from briefgen.extract.kinds import Candidate


# Where a Doc keeps the surnames of the people its model entities name (`_surnames`).
_SURNAMES = "briefgen_surnames"


@rule(
    "type",
    example="Russian Foreign Minister Sergei Lavrov said Moscow remained open to dialogue but "
    "accused Kyiv of sabotaging the process.",
)
def place_called_person(span: Span, name: str) -> bool:
    """One word the model calls a person that is a country or a capital ("Kyiv") is a place,
    unless the article names a person with it as surname ("Michael Jordan" ... "Jordan
    said")."""
    places = gazetteer()
    if span.label_ != "PERSON" or len(span) != 1:
        return False
    if name not in places.capitals and places.country(name) is None:
        return False
    return not any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == name
        for ent in model_ents(span.doc)
    )


@rule(
    "type",
    example="Mohamed Hamdan Dagalo, better known as Hemedti, said the RSF would abide by the "
    "truce.",
)
def also_known_as(c: Candidate) -> Typed | None:
    """A name given as another for a person or organisation just named is a mention of that
    actor, whatever the model tags it ("Mohamed Hamdan Dagalo, known as Hemedti", "better
    known as", "nicknamed", "dubbed"; lexicon `naming_verbs`)."""
    root = c.span.root
    if root.dep_ == "pobj" and root.head.lower_ == "as":  # "known as Hemedti"
        verb = root.head.head
    elif root.dep_ == "oprd":  # "nicknamed Hemedti"
        verb = root.head
    else:
        return None
    if verb.lemma_ not in words("naming_verbs") or verb.dep_ != "acl":
        return None
    named = entity_at(c.span.doc, verb.head.i)
    if named is None or named.label_ not in ("PERSON", "ORG"):
        return None
    kind: MentionKind = "person" if named.label_ == "PERSON" else "organization"
    return Mention(c.name, kind, c.evidence, alias_of=clean_name(named.text))


@rule(
    "type",
    example="Wladimir Klitschko retained his heavyweight titles. Klitschko dominated Rahman "
    "over six-plus rounds.",
)
def named_as_person(c: Candidate) -> Typed | None:
    """A one-word name the model calls a people or a place that is the surname of a person
    the article names in full ("Wladimir Klitschko" ... "Klitschko won", "Andrew Lopez" ...
    "Lopez targeted rival gang members") is that person, unless it is a plural, a known
    demonym or a country."""
    span = c.span
    if span.label_ not in ("NORP", "GPE") or len(span) != 1 or span[0].tag_ == "NNPS":
        return None
    if c.name not in _surnames(span.doc):
        return None
    places = gazetteer()
    if c.name in places.demonyms or places.country(c.name) or c.name in places.capitals:
        return None
    role, affiliation = c.role[1]
    return Mention(c.name, "person", c.evidence, role=role, affiliation=affiliation)


_MAX_AGE = 119


@rule(
    "type",
    example="Louis Skrmetta, 54, runs a company called Ship Island Excursions that takes "
    "tourists to the Gulf Islands National Seashore.",
)
def age_in_apposition(c: Candidate) -> Typed | None:
    """A name followed by an age set off by commas ("Louis Skrmetta, 54, runs a company")
    is a person's, whatever the model tagged it: news gives people's ages that way."""
    span, doc = c.span, c.span.doc
    if span.label_ == "PERSON" or span.end + 2 >= len(doc):
        return None
    comma, age, after = doc[span.end], doc[span.end + 1], doc[span.end + 2]
    if comma.text != "," or after.text not in (",", ".", ";") or not age.text.isdigit():
        return None
    if not 1 <= int(age.text) <= _MAX_AGE or len(span) < 2:
        return None
    role, affiliation = c.role[1]
    return Mention(c.name, "person", c.evidence, role=role, affiliation=affiliation)


def _surnames(doc: Doc) -> frozenset[str]:
    """The last words of the full names the model tags as people in a Doc (found once per
    Doc)."""
    return once_per_doc(doc, _SURNAMES, _last_words_of_people)


def _last_words_of_people(doc: Doc) -> frozenset[str]:
    people = (ent for ent in model_ents(doc) if ent.label_ == "PERSON" and len(ent) > 1)
    return frozenset(ent[-1].text for ent in people)


@rule(
    "type",
    example="The final Boeing 717 was built by the Long Beach plant, the original home of "
    "Douglas Aircraft and McDonnell Douglas.",
)
def band_family_or_company(c: Candidate) -> Typed | None:
    """A "person" that is a band, a family or a company, or a platform: a plural name taking
    the article ("the Beatles", "the Kennedys"), a name ending in a word that marks an
    organisation ("Douglas Aircraft"; lexicon `org_designators`), or a platform's name
    (lexicon `platforms`). A person's name does none of these."""
    span = c.span
    if span.label_ != "PERSON":
        return None
    if span[-1].text in words("org_designators") or c.name in words("platforms"):
        return Mention(c.name, "organization", c.evidence)
    before = span.doc[span.start - 1] if span.start else None
    plural = span[-1].tag_ in PLURAL_NOUN_TAGS
    if plural and before is not None and before.lower_ == "the" and before.head == span.root:
        return Mention(c.name, "organization", c.evidence)
    return None


@rule(
    "type",
    example="The DaimlerChrysler Corporation has announced that the corporation is divesting "
    "itself of the Chrysler Group by selling it to New York City-based private equity firm "
    "Cerberus Capital Management for US$7.4 billion. DaimlerChrysler has sold 80.1% of its "
    "stake in Chrysler. Cerberus has agreed to take on billions of dollars in pension and "
    "retiree health care costs at Chrysler. Cerberus also led a consortium that acquired the "
    "majority stake in GMAC, the financing arm of GM.",
)
def short_name_of_company(c: Candidate) -> Typed | None:
    """A one-word "person" that opens the name of an organisation its article gives, the
    rest words that mark a company ("Cerberus" for "Cerberus Capital Management", "Goldman"
    for "Goldman Sachs Group"; lexicons `org_designators`, `business_words`, `legal_forms`),
    is that organisation: a company goes by the first word of its name. Not when a person
    of the article bears the word ("Ford" beside "William Clay Ford Jr.")."""
    span = c.span
    if span.label_ != "PERSON" or len(span) != 1:
        return None
    company = _company_opened_by(span.doc, c.name)
    if company is None:
        return None
    return Mention(c.name, "organization", c.evidence, alias_of=company)


def _company_opened_by(doc: Doc, name: str) -> str | None:
    """The one organisation of a Doc whose name opens with a word and goes on with a word
    that marks a company, when no person's name of the Doc holds the word."""
    marks = words("org_designators") | words("business_words") | words("legal_forms")
    companies: set[str] = set()
    people: set[str] = set()
    for ent in model_ents(doc):
        if ent.label_ == "PERSON" and len(ent) > 1:
            people.update(token.text for token in ent)
        elif ent.label_ == "ORG" and ent[0].text == name and _marks_company(ent[1:], marks):
            companies.add(clean_name(ent.text))
    return companies.pop() if len(companies) == 1 and name not in people else None


def _marks_company(rest: Span, marks: frozenset[str]) -> bool:
    return any(token.text in marks for token in rest)


@rule(
    "type",
    example="Apple's iTunes store passes U.S. electronics retailer Best Buy for the No. 2 spot.",
)
def role_names_organisation(c: Candidate) -> Typed | None:
    """A "person" the text describes as a kind of organisation ("electronics retailer Best
    Buy"; lexicon `org_nouns`) is one."""
    if c.span.label_ != "PERSON":
        return None
    role, affiliation = c.role[1]
    if not is_org_noun(role):
        return None
    return Mention(c.name, "organization", c.evidence, role=role, affiliation=affiliation)


@rule(
    "type",
    example="Apple CEO Steve Jobs announced the iPhone 3G in 2008.",
)
def tagged_person(c: Candidate) -> Typed | None:
    """A name the model tags a person is one, with the role and affiliation the text gives."""
    if c.span.label_ != "PERSON":
        return None
    role, affiliation = c.role[1]
    return Mention(c.name, "person", c.evidence, role=role, affiliation=affiliation)
