"""Entity mentions: spaCy's entities, repaired, typed, filtered, with roles from the parse.

This is the per-article layer; `actors.py` merges mentions into one card per actor. The
signals it reads live beside it: `spans` (repairs and extents), `agency` (who acts),
`products` (made things) and `roles` (titles and affiliations).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from spacy.tokens import Doc, Span

from briefgen.extract import ParsedArticle
from briefgen.extract.agency import (
    AGENT_DEPS,
    SUBJECT_DEPS,
    acts,
    is_agent_of_passive,
    speaks,
    speaks_for_country,
)
from briefgen.extract.channels import acts_beyond_channel, is_outlet
from briefgen.extract.countries import gazetteer
from briefgen.extract.lexicon import folded, title_words, words
from briefgen.extract.missed import PROPER_TAGS, initials_take
from briefgen.extract.products import measured_in_points, model_run, names_product, product_cue
from briefgen.extract.roles import is_office_object, is_org_noun, role_of
from briefgen.extract.spans import clean_name, mention_extent, model_entity, repaired_entities
from briefgen.model import Evidence

# Longer than the longest names ("Movement for the Emancipation of the Niger Delta" is 8
# words): a run the model tagged across text that is no name.
_MAX_NAME_WORDS = 12


# An acronym that skips some of its name's words ("UNRWA") has at least this many letters:
# two letters taken from a long name say too little.
_MIN_SKIPPING_ACRONYM = 3

MentionKind = Literal["person", "organization", "country", "group", "place"]


@dataclass(frozen=True)
class Mention:
    """One mention of a candidate actor in one article."""

    name: str  # cleaned surface form, e.g. "Tehrik-e-Taliban Pakistan"
    kind: MentionKind
    evidence: Evidence
    country: str | None = None  # the country this form denotes (name, demonym, capital as agent)
    acronym: str | None = None  # "(TTP)" right after the name
    alias_of: str | None = None  # the name this one is another for: "X, known as Hemedti"
    role: str | None = None
    affiliation: str | None = None  # surface form of the affiliated entity
    in_lead: bool = False
    courtesy: bool = False  # after "Mr", "Ms", "Dr": a person, named by one word or more
    definite: bool = False  # "the" before it: "the Air Force", "the Commission"
    acts: bool = False  # the mention (or the noun it modifies) is an agent in its clause
    subject: bool = False  # a subject, possessor or passive agent (not merely an object)
    speaks: bool = False  # the subject of a reporting verb ("Apple said", "Boeing announced")
    product_cue: bool = False  # named the way products are (see `product_cue`)
    model: str | None = None  # the product name it runs into: "Lockheed Tristar"
    outlet: bool = False  # a platform or news outlet (see `channels.is_outlet`)
    beyond_channel: bool = False  # acts other than as a channel ("the EU fined Facebook")
    why: tuple[str, ...] = ()  # the rules that made, repaired and typed this mention


def find_mentions(article: ParsedArticle) -> list[Mention]:
    """Every actor-like mention in an article, junk removed."""
    junk = {n.casefold() for n in (article.source.publisher, article.source.author) if n}
    lead_end = _lead_end(article.doc)
    mentions = []
    for span in repaired_entities(article.doc):
        if _is_document(span):  # and so is its acronym: "the Digital Markets Act (DMA)"
            junk |= {name.casefold() for name in (span.text, _acronym_after(span)) if name}
            continue
        mention = _also_known_as(span, article) or _classify(span, article)
        if mention is None or mention.name.casefold() in junk or names_product(span):
            continue
        in_title = _in_title(span) or is_office_object(span)
        if mention.country is None and (is_junk(span) or _is_venue(span) or in_title):
            continue
        in_lead = span.start_char < lead_end
        mentions.append(
            replace(
                mention,
                in_lead=in_lead,
                definite=span.start > 0 and article.doc[span.start - 1].lower_ == "the",
                courtesy=span.start > 0 and article.doc[span.start - 1].text in words("honorifics"),
                acts=acts(span.root),
                subject=acts(span.root, SUBJECT_DEPS) and not measured_in_points(span.root),
                speaks=speaks(span.root),
                product_cue=product_cue(span),
                model=model_run(span),
                outlet=mention.kind == "organization" and is_outlet(span, mention.name),
                beyond_channel=acts_beyond_channel(span.root),
            )
        )
    return mentions


def _classify(span: Span, article: ParsedArticle) -> Mention | None:
    places = gazetteer()
    name = clean_name(span.text)
    if _place_called_person(span, name):  # "accused Kyiv of", tagged a person
        span = Span(span.doc, span.start, span.end, label="GPE")
    if _located(span) or _in_address(span):
        return None
    evidence = article.span_evidence(mention_extent(span))
    agent = span.root.dep_ in AGENT_DEPS or is_agent_of_passive(span.root)
    if span.label_ == "NORP":
        country = places.demonyms.get(name)
        if country and speaks_for_country(span.root):
            return Mention(name, "country", evidence, country=country)
        return None
    if span.label_ == "PERSON":
        if _names_people_or_company(span) or name in words("platforms"):
            return Mention(name, "organization", evidence)
        role, affiliation = role_of(span)
        kind: MentionKind = "organization" if is_org_noun(role) else "person"
        return Mention(name, kind, evidence, role=role, affiliation=affiliation)
    country = places.country(name, place=span.label_ == "GPE") or _state_of(span)
    if country:
        if not speaks_for_country(span.root):  # "the US economy", as "the American economy"
            return None
        return Mention(name, "country", evidence, country=country)
    if span.label_ == "GPE" and name in places.capitals:
        return Mention(name, "country", evidence, country=places.capitals[name]) if agent else None
    if span.label_ in ("LOC", "FAC") or name in places.provinces:
        return None
    if span.label_ == "GPE":
        return Mention(name, "organization", evidence) if agent else None
    return Mention(name, _org_kind(span), evidence, acronym=_acronym_after(span))


def _also_known_as(span: Span, article: ParsedArticle) -> Mention | None:
    """A name given as another for a person or organisation just named ("Mohamed Hamdan
    Dagalo, known as Hemedti", "better known as", "nicknamed", "dubbed"; lexicon
    `naming_verbs`): a mention of that actor, whatever the model tags it."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "as":  # "known as Hemedti"
        verb = root.head.head
    elif root.dep_ == "oprd":  # "nicknamed Hemedti"
        verb = root.head
    else:
        return None
    if verb.lemma_ not in words("naming_verbs") or verb.dep_ != "acl":
        return None
    named = next((e for e in repaired_entities(span.doc) if e.start <= verb.head.i < e.end), None)
    if named is None or named.label_ not in ("PERSON", "ORG"):
        return None
    kind: MentionKind = "person" if named.label_ == "PERSON" else "organization"
    evidence = article.span_evidence(mention_extent(span))
    return Mention(clean_name(span.text), kind, evidence, alias_of=clean_name(named.text))


def _state_of(span: Span) -> str | None:
    """The country a name for its state as a whole stands for: a country's name or demonym
    and a state noun ("the Canadian Government", "Government of Canada"; lexicon
    `state_nouns`)."""
    places = gazetteer()
    words_in = [token.text for token in span]
    if len(words_in) < 2:
        return None
    if words_in[-1].lower() in words("state_nouns"):
        rest = " ".join(words_in[:-1])
    elif words_in[0].lower() in words("state_nouns") and words_in[1] == "of":
        rest = " ".join(words_in[2:])
    else:
        return None
    return places.country(rest, place=True) or places.demonyms.get(rest)


def _place_called_person(span: Span, name: str) -> bool:
    """One word the model calls a person that is a country or a capital ("Kyiv"), unless the
    article names a person with it as surname ("Michael Jordan" ... "Jordan said")."""
    places = gazetteer()
    if span.label_ != "PERSON" or len(span) != 1:
        return False
    if name not in places.capitals and places.country(name) is None:
        return False
    return not any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == name for ent in span.doc.ents
    )


def _names_people_or_company(span: Span) -> bool:
    """A "person" that is a band, a family or a company: a plural name taking the article
    ("the Beatles", "the Kennedys") or a name ending in a word that marks an organisation
    ("Douglas Aircraft"; lexicon `org_designators`). A person's name does neither."""
    if span[-1].text in words("org_designators"):
        return True
    before = span.doc[span.start - 1] if span.start else None
    plural = span[-1].tag_ in ("NNPS", "NNS")
    return plural and before is not None and before.lower_ == "the" and before.head == span.root


def _in_title(span: Span) -> bool:
    """A portfolio the model tags as a name inside a title ("Japan's Finance Minister", "the
    Secretary of Defense")."""
    if not all(token.text in title_words() for token in span):
        return False
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif span.root.dep_ != "compound":
        return False
    return head.text in title_words()


def _in_address(span: Span) -> bool:
    """A place written as an address, a town and then its country ("Bangkok, Thailand",
    "Wimborne, UK's Cobham"): it says where something is, not who acts."""
    if span.label_ != "GPE":
        return False
    doc = span.doc
    country = gazetteer().country
    town = _entity_at(doc, span.start - 2, end=True) if span.start >= 2 else None
    if town is not None and doc[span.start - 1].text == ",":
        return country(span.text, place=True) is not None and country(town.text, place=True) is None
    state = _entity_at(doc, span.end + 1, end=False) if span.end + 1 < len(doc) else None
    if state is not None and doc[span.end].text == ",":
        return (
            country(state.text, place=True) is not None and country(span.text, place=True) is None
        )
    return False


def _entity_at(doc: Doc, i: int, *, end: bool) -> Span | None:
    """The place entity that ends (or starts) at token `i`."""
    ent = model_entity(doc[i])
    if ent is None or ent.label_ != "GPE" or (ent.end - 1 if end else ent.start) != i:
        return None
    return ent


def _is_venue(span: Span) -> bool:
    """A building, site or event, not an actor: a name ending in a venue word (lexicon
    `venue_words`: "Moscone Center", "Macworld Conference") used as the object of a
    preposition ("held at the California Theater")."""
    return (
        span[-1].text in words("venue_words")
        and span.root.dep_ == "pobj"
        and span.label_ in ("ORG", "GPE", "FAC")
    )


def _is_document(span: Span) -> bool:
    """A law, treaty or other text, not an actor: a name of two words or more ending in a
    document word (lexicon `document_words`: "the Digital Markets Act", "the Paris
    Agreement")."""
    return span.label_ != "PERSON" and len(span) > 1 and span[-1].text in words("document_words")


def _located(span: Span) -> bool:
    """A place named as where something is based ("Los Angeles based Northrop Grumman",
    "a Kabul-based group"): a location, whatever the parse makes of it."""
    doc = span.doc
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    return after[:1] == ["based"] or after == ["-", "based"]


def _org_kind(span: Span) -> MentionKind:
    if any(token.text in words("armed_group_words") for token in span):
        return "group"
    nearby = [span.root.head, *span.root.children]
    if any(t.lower_ in folded("armed_group_nouns") and t.dep_ in ("appos", "conj") for t in nearby):
        return "group"
    if span.root.dep_ == "appos" and span.root.head.lower_ in folded("armed_group_nouns"):
        return "group"
    return "organization"


def _acronym_after(span: Span) -> str | None:
    """The acronym in brackets right after a name, when it spells the name's capitalised
    words ("Tehrik-e-Taliban Pakistan (TTP)"), a legal form left out ("European Aeronautic
    Defence & Space NV (EADS)"), or takes their initials in order ("IGAD")."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return None
    candidate = doc[span.end + 1].text
    if not candidate.isupper() or len(candidate) < 2:
        return None
    tokens = [token.text for token in span]
    while len(tokens) > 1 and tokens[-1] in words("legal_forms"):
        tokens.pop()
    initials = "".join(text[0] for text in tokens if text[:1].isupper())
    parts = "".join(
        part[0] for part in " ".join(tokens).replace("-", " ").split() if part[:1].isupper()
    )
    if candidate in (initials, parts) or _spells_out(initials, candidate):
        return candidate
    if len(candidate) >= _MIN_SKIPPING_ACRONYM and initials_take(span, candidate):
        return candidate  # "United Nations Relief and Works Agency for Palestine Refugees"
    return None


def _spells_out(initials: str, acronym: str) -> bool:
    """Initials an acronym takes in order, with at most two letters from inside words
    ("IGAD" for "Intergovernmental Authority on Development", "UNICEF")."""
    if len(initials) < 2 or acronym[0] != initials[0] or len(acronym) > len(initials) + 2:
        return False
    letters = iter(acronym)
    return all(initial in letters for initial in initials)


def is_junk(span: Span) -> bool:
    """Numbers, lone lowercase words, capitalised common nouns opening a sentence, a legal
    form alone ("LLC"), and a run-on longer than any name."""
    text = span.text
    if any(ch.isdigit() for ch in text) or text.islower() or len(span) > _MAX_NAME_WORDS:
        return True
    if all(token.text in words("legal_forms") for token in span):
        return True
    if len(span) == 1 and span[0].is_sent_start and span[0].tag_ not in PROPER_TAGS:
        return True
    return not any(token.tag_ in PROPER_TAGS or token.text[:1].isupper() for token in span)


def _lead_end(doc: Doc) -> int:
    """End offset of the lead: the title line and the first two sentences of the body."""
    sentences = [s for s in doc.sents if s.text.strip()]
    return sentences[min(2, len(sentences) - 1)].end_char if sentences else 0
