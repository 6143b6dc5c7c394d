"""Agency: whether a name acts in its clause, itself ("Islamabad declared") or through its
people ("Pakistani officials said"), or only describes or places something ("the US
economy", "talks in Kabul")."""

from __future__ import annotations

from spacy.tokens import Token

from briefgen.extract.labels import (
    AGENT_ROLES,
    COMPOUND_OR_ADJECTIVE,
    COORDINATE,
    MODIFIERS,
    MODIFIERS_OR_OWNER,
    MODIFIES_OR_COMPLETES,
)
from briefgen.extract.lexicon import folded, words
from briefgen.extract.products import is_product_kind


def speaks_for_country(word: Token) -> bool:
    """A demonym or a country's name stands for the country when it is a noun of its own
    ("the Afghans", "Pakistan said") or modifies the state's people ("Pakistani officials",
    "US officials", "the Afghan side"); modifying anything else ("an Irish airline", "the
    US economy", "Afghan soil") it only describes."""
    word = clause_role(word)  # "Canadian and US governments"
    if word.dep_ not in MODIFIERS or word.head == word:
        return True
    return _speaks_for(word.head)


def acts(token: Token, deps: frozenset[str] = AGENT_ROLES) -> bool:
    """Whether a name is an agent: a subject, object or possessor ("Qatar and Turkey
    mediated", "accused Kabul"), in apposition to one ("Irish airline, Ryanair, announced"),
    or the name of the people who are ("Pakistani officials said", "officials from China
    agreed", "Apple CEO Steve Jobs said"); modifying a thing ("Mac sales increased") it
    does not act."""
    token = clause_role(token)
    if token.dep_ == "poss":
        return not _owns_a_thing(token)
    if is_agent_of_passive(token):
        return True
    if token.dep_ in MODIFIES_OR_COMPLETES and token.head != token:
        people = people_named(token)
        if people is None:
            return False
        token = clause_role(people)
    return token.dep_ in deps or is_agent_of_passive(token)


def _owns_a_thing(possessor: Token) -> bool:
    """A possessor that only places or makes a named thing ("London's FTSE 100", "Tokyo's
    Nikkei", "Japan's Nikkei average"), unlike one that acts ("Kabul's silence") or owns its
    people ("Pakistan's Information Minister Attaullah Tarar")."""
    thing = possessor.head
    if thing.ent_type_ == "PERSON" or _speaks_for(thing):
        return False
    return thing.pos_ == "PROPN" or is_product_kind(thing)


def people_named(token: Token) -> Token | None:
    """The people a name stands for, when it modifies them ("Pakistani officials", "Boeing
    spokesman") or completes them ("officials from China", "the government of Germany")."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "from", "for"):
        head = head.head
    elif token.dep_ not in MODIFIERS_OR_OWNER:
        return None
    if head == token or not _speaks_for(head):
        return None
    while head.dep_ == "compound" and head.head != head:  # "minister Rainer Bruederle"
        head = head.head
    return head


def clause_role(token: Token) -> Token:
    """The token whose dependency gives a name's role: the head of its conjunction or
    apposition ("Qatar and Turkey", "the airline, Ryanair")."""
    while token.dep_ in COORDINATE and token.head != token:
        token = token.head
    return token


def _speaks_for(noun: Token) -> bool:
    """A noun for the people who act for a state or an organisation: "officials",
    "government", "spokesman", "CEO", or a person under such a title ("economy minister
    Rainer Bruederle")."""
    if _is_office(noun):
        return True
    return noun.ent_type_ == "PERSON" and any(
        child.dep_ in COMPOUND_OR_ADJECTIVE and _is_office(child) for child in noun.children
    )


def _is_office(word: Token) -> bool:
    forms = (word.lower_, word.lemma_.lower())  # "governments" as "government"
    return any(form in folded("government_nouns") or form in folded("titles") for form in forms)


def speaks(token: Token) -> bool:
    """Whether a name, or the people it names, is the subject of a reporting verb."""
    token = clause_role(people_named(token) or token)
    return token.dep_ == "nsubj" and token.head.lemma_ in words("reporting_verbs")


def is_agent_of_passive(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.dep_ == "agent"
