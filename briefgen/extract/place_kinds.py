"""Type rules by a place's or a people's signals: a country, a place, or the body that
sits there.

A demonym, a country's or capital's name, or a state noun with either stands for its
country when it acts or speaks for it (gazetteer: `countries`); a town named as the side
opposed is its team; any other place is a place or no actor; a people the model tags as a
nationality is an actor when its own plural noun acts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from briefgen.extract.agency import acts, is_agent_of_passive
from briefgen.extract.countries import gazetteer
from briefgen.extract.labels import (
    DOERS,
    MODIFIERS,
    PLURAL_NOUN_TAGS,
    SUBJECTS,
)
from briefgen.extract.lexicon import words
from briefgen.extract.mentions import NOT_AN_ACTOR, Mention, Typed
from briefgen.extract.rules import rule

if TYPE_CHECKING:
    from briefgen.extract.kinds import Candidate


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
