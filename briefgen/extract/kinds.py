"""What a mention is: a person, an organisation, an armed group, a country, or no actor at all.

`MENTION_TYPE_RULES` is the cascade, read in order: the first rule that decides types the
mention (or says the name is no actor: a demonym that only describes, a town named as where
something happens). `Candidate` is what the rules read about one name of the entity layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Final, Literal

from spacy.tokens import Doc, Span, Token

from briefgen.extract import ParsedArticle
from briefgen.extract.agency import acts, is_agent_of_passive, speaks_for_country
from briefgen.extract.countries import gazetteer
from briefgen.extract.ents import model_ents
from briefgen.extract.labels import (
    AGENT_ROLES,
    COORDINATE,
    DOERS,
    MODIFIERS,
    PLURAL_NOUN_TAGS,
    SUBJECTS,
)
from briefgen.extract.lexicon import folded, words
from briefgen.extract.missed import initials_take
from briefgen.extract.roles import Role, is_org_noun, role_rule
from briefgen.extract.rules import Rule, first, rule
from briefgen.extract.spans import clean_name, entity_at, mention_extent
from briefgen.model import Evidence

MentionKind = Literal["person", "organization", "country", "group", "place"]


# An acronym that skips some of its name's words ("UNRWA") has at least this many letters:
# two letters taken from a long name say too little.
_MIN_SKIPPING_ACRONYM = 3


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
    plural: bool = False  # ends in a plural noun: a team or a people ("the New Orleans Saints")
    why: tuple[str, ...] = ()  # the rules that made, repaired and typed this mention
    surface: str | None = None  # the name as written, when its article's full name replaced it


# Where a Doc keeps the surnames of the people its model entities name (`_surnames`).
_SURNAMES = "briefgen_surnames"


# What a type rule returns when it decides the name is no actor.
NOT_AN_ACTOR: Final = "not an actor"
Typed = Mention | Literal["not an actor"]
TypeRule = Rule[["Candidate"], "Typed | None"]


@dataclass
class Candidate:
    """One name of the entity layer while it is typed and filtered; what the rules read is
    worked out when first read."""

    original: Span  # as the entity layer gives it
    article: ParsedArticle
    junk: set[str] = field(default_factory=set)  # folded names no mention may have

    @cached_property
    def name(self) -> str:
        return clean_name(self.original.text)

    @cached_property
    def relabelled(self) -> bool:
        """Whether `place_called_person` makes the name a place."""
        return bool(place_called_person(self.original, self.name))

    @cached_property
    def span(self) -> Span:
        """The name, tagged a place when the model called a place a person."""
        span = self.original
        return Span(span.doc, span.start, span.end, label="GPE") if self.relabelled else span

    @cached_property
    def evidence(self) -> Evidence:
        return self.article.span_evidence(mention_extent(self.span))

    @cached_property
    def agent(self) -> bool:
        root = self.span.root
        return root.dep_ in AGENT_ROLES or is_agent_of_passive(root)

    @cached_property
    def speaks_for_country(self) -> bool:
        return speaks_for_country(self.span.root)

    @cached_property
    def role(self) -> tuple[Rule[[Span], Role | None] | None, Role]:
        """The rule that read a person's role, and the role and affiliation it read."""
        found = role_rule(self.span)
        return (None, (None, None)) if found is None else found

    @cached_property
    def typed(self) -> tuple[TypeRule, Typed]:
        """The first of `MENTION_TYPE_RULES` that decides, and what it decided."""
        found = first(MENTION_TYPE_RULES, self)
        assert found is not None and found[1] is not None, "organisation decides every name"
        return found[0], found[1]

    @cached_property
    def mention(self) -> Mention | None:
        typed = self.typed[1]
        return typed if isinstance(typed, Mention) else None

    def as_country(self, country: str) -> Typed:
        """A mention of a country when the name speaks for it; else no actor ("the US
        economy", as "the American economy")."""
        if not self.speaks_for_country:
            return NOT_AN_ACTOR
        return Mention(self.name, "country", self.evidence, country=country)


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
    found = doc.user_data.get(_SURNAMES)
    if found is None:
        people = (ent for ent in model_ents(doc) if ent.label_ == "PERSON" and len(ent) > 1)
        found = doc.user_data[_SURNAMES] = frozenset(ent[-1].text for ent in people)
    return found


@rule(
    "type",
    example="Congressional Democrats and environmentalists sharply criticized the rule.",
)
def people_that_act(c: Candidate) -> Typed | None:
    """A party, faith or other people the model tags as a nationality, named by a plural
    noun of its own that acts, is an actor of that name ("Democrats and environmentalists
    have argued", "Papandreou's Socialists hold a majority", "Iranians are still haunted");
    a people only named ("the rights of Americans") is none, and a demonym as written
    stands for its country (`demonym_for_country`)."""
    span = c.span
    if span.label_ != "NORP" or c.name in gazetteer().demonyms or not _people_noun(span):
        return None
    return Mention(c.name, "organization", c.evidence) if acts(span.root, DOERS) else None


def _people_noun(span: Span) -> bool:
    """A name that ends in a plural noun heading its own phrase ("the Democrats"), not one
    modifying another ("Democrat senators")."""
    root = span.root
    return root.i == span.end - 1 and root.tag_ in PLURAL_NOUN_TAGS and root.dep_ not in MODIFIERS


@rule(
    "type",
    example="Pakistani officials have long maintained that the Afghan Taliban has failed.",
)
def demonym_for_country(c: Candidate) -> Typed | None:
    """A demonym is a mention of its country when it speaks for it ("Pakistani officials",
    "the Afghan side"); describing anything else ("an Irish airline") it is no actor."""
    if c.span.label_ != "NORP":
        return None
    country = gazetteer().demonyms.get(c.name)
    return c.as_country(country) if country else NOT_AN_ACTOR


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


@rule(
    "type",
    example="Both Qatar and Turkey have reportedly urged restraint.",
)
def country_name(c: Candidate) -> Typed | None:
    """A country's name (or ISO code, for a place) is a mention of it when it acts or speaks
    for it ("Pakistan said", "US officials"); describing a thing ("the US economy") it is no
    actor."""
    country = gazetteer().country(c.name, place=c.span.label_ == "GPE")
    return c.as_country(country) if country else None


@rule(
    "type",
    example="The emerging Chrysler will be owned 55 percent by the United Auto Workers, eight "
    "percent by the United States Government, two percent by the Canadian Government "
    "and Fiat would begin with a 20 percent share.",
)
def state_of_country(c: Candidate) -> Typed | None:
    """A name for a state as a whole is a mention of its country: a country's name or
    demonym and a state noun ("the Canadian Government", "Government of Canada"; lexicon
    `state_nouns`)."""
    country = _state_of(c.span)
    return c.as_country(country) if country else None


@rule(
    "type",
    example="Islamabad says the violence stems from militant groups.",
)
def capital_as_agent(c: Candidate) -> Typed | None:
    """A capital that acts stands for its country ("Islamabad says", "accused Kabul of");
    named as a place ("talks in Kabul") it is no actor, nor is the object of a verb that
    does not address it ("Taliban takes Kabul", "fled Kabul"; addressed: lexicon
    `reporting_verbs`, "urged Islamabad", "told Moscow")."""
    capitals = gazetteer().capitals
    if c.span.label_ != "GPE" or c.name not in capitals:
        return None
    if not c.agent or _place_acted_on(c.span.root):
        return NOT_AN_ACTOR
    return Mention(c.name, "country", c.evidence, country=capitals[c.name])


def _place_acted_on(token: Token) -> bool:
    return token.dep_ == "dobj" and token.head.lemma_ not in words("reporting_verbs")


@rule(
    "type",
    example="The 23-year-old Bush will miss the team's final two regular season games against "
    "Detroit and Carolina with a sprained left knee.",
)
def opponent_place(c: Candidate) -> Typed | None:
    """A town or state named as the side opposed stands for the team or authority that sits
    there: the object of an opponent's preposition ("games against Detroit and Carolina";
    lexicon `opponent_words`), of a verb of defeating (lexicon `contest_verbs`: "beat
    Drake"), or "over", "to" or "at" after a result (lexicon `contest_results`: "a win over
    Jacksonville", "lost to Indianapolis", "the loss at Chicago"; not "won Oklahoma", a
    prize)."""
    if c.span.label_ != "GPE" or not opposed(c.span.root):
        return None
    return Mention(c.name, "organization", c.evidence)


def opposed(token: Token) -> bool:
    """Whether a name (its first conjunct) is the side a contest is played against ("games
    against Detroit and Carolina", "defeated Drake 65-53")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ == "pobj":
        if head.lower_ in words("opponent_words"):
            return True
        return head.lower_ in ("over", "to", "at") and head.head.lemma_ in words("contest_results")
    return token.dep_ == "dobj" and head.lemma_ in words("contest_verbs")


@rule(
    "type",
    example='"We do not need to buy aircraft from Europe as long as the flying ban stays '
    'unrevoked," Detik.com quoted Djamal as saying.',
)
def place_not_actor(c: Candidate) -> Typed | None:
    """A location, a facility or a country's province that is no subject is no
    actor ("the Red Sea", "floods in Punjab"); a province that is one acts for its government
    or its team (`place_as_agent`: "Punjab announced", "North Carolina beat Evansville")."""
    if c.span.label_ in ("LOC", "FAC"):
        return NOT_AN_ACTOR
    return _place(c) if c.name in gazetteer().provinces and not _doer(c) else None


def _place(c: Candidate) -> Typed:
    """A place that does not act is kept as a place, which a card of the same name that
    acts takes (`teams.place_as_team`): named as a team is ("North Carolina's record",
    "scorer for North Carolina", "overcame Jacksonville 31-24", "the negotiating table with
    Lionsgate"), it is that body, and with no such card it is no actor ("left Istanbul")."""
    return Mention(c.name, "place", c.evidence)


def _doer(c: Candidate) -> bool:
    """A place the model tags as one, as a subject or a passive's agent: where a province
    acts ("Top-ranked North Carolina waited"), unlike an object ("left Istanbul"), a
    possessor ("New York's John F. Kennedy airport") or a name the model tags otherwise
    (the Ford "Falcon", not the Venezuelan state)."""
    root = c.span.root
    return c.span.label_ == "GPE" and (root.dep_ in SUBJECTS or is_agent_of_passive(root))


@rule(
    "type",
    example="The New York Times sued OpenAI and Microsoft for copyright infringement on Wednesday.",
)
def place_as_agent(c: Candidate) -> Typed | None:
    """Another place acts as the authority that sits there when it is an agent ("Brussels
    said"); named as a place it is no actor."""
    if c.span.label_ != "GPE":
        return None
    return Mention(c.name, "organization", c.evidence) if c.agent else _place(c)


@rule(
    "type",
    example="Pakistani officials have long maintained that the Afghan Taliban has failed.",
)
def armed_group(c: Candidate) -> Typed | None:
    """An organisation that is an armed group: a name with a word of one (lexicon
    `armed_group_words`: "Taliban", "Army"), or described as one in apposition or
    coordination (lexicon `armed_group_nouns`: "militant group", "the militia")."""
    span = c.span
    found = any(token.text in words("armed_group_words") for token in span)
    nouns = folded("armed_group_nouns")
    nearby = [span.root.head, *span.root.children]
    found = found or any(t.lower_ in nouns and t.dep_ in COORDINATE for t in nearby)
    found = found or (span.root.dep_ == "appos" and span.root.head.lower_ in nouns)
    return Mention(c.name, "group", c.evidence, acronym=acronym_after(span)) if found else None


@rule(
    "type",
    example="The Air Force has 60 days to respond to the GAO.",
)
def organisation(c: Candidate) -> Typed | None:
    """Any other name is an organisation's, with the acronym given after it."""
    return Mention(c.name, "organization", c.evidence, acronym=acronym_after(c.span))


# How a mention is typed; order = priority: the first rule that decides wins.
MENTION_TYPE_RULES: list[TypeRule] = [
    also_known_as,
    named_as_person,
    age_in_apposition,
    people_that_act,
    demonym_for_country,
    band_family_or_company,
    role_names_organisation,
    tagged_person,
    country_name,
    state_of_country,
    capital_as_agent,
    opponent_place,
    place_not_actor,
    place_as_agent,
    armed_group,
    organisation,
]


def _state_of(span: Span) -> str | None:
    """The country a name for its state as a whole stands for."""
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


def acronym_after(span: Span) -> str | None:
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
