"""Channels: platforms and news outlets named as where something was said ("wrote on X",
"according to Reuters", "he told the BBC", "The Wall Street Journal reported"), which are
no actors, unlike an outlet that acts ("the EU fined Facebook", "ABC agreed to a deal")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.extract.agency import (
    acts,
    clause_role,
    is_agent_of_passive,
    people_named,
)
from briefgen.extract.labels import COMPOUND_OR_APPOSITION, MODIFIES_COMPLETES_OR_OWNS
from briefgen.extract.lexicon import folded, words


def is_outlet(span: Span, name: str) -> bool:
    """A platform or a news outlet: by name (lexicons `platforms`, `news_outlets`), by the
    word that ends it ("The New York Times", "Automotive News"; lexicon `media_words`), or
    by what the text calls it ("German magazine Der Spiegel"; lexicon `media_nouns`)."""
    if name in words("platforms") or name in words("news_outlets"):
        return True
    if span[-1].text in words("media_words"):  # not "Radio Shack", a retailer
        return True
    root = span.root
    described = [child for child in root.children if child.dep_ in COMPOUND_OR_APPOSITION]
    if root.dep_ == "appos":
        described.append(root.head)
    return any(_is_media_noun(token) for token in described if token.pos_ == "NOUN")


def _is_media_noun(noun: Token) -> bool:
    """A noun in lexicon `media_nouns`, alone ("magazine") or with the word before it
    ("news agency")."""
    nouns = folded("media_nouns")
    before = noun.doc[noun.i - 1].lower_ if noun.i else ""
    return noun.lemma_.lower() in nouns or f"{before} {noun.lemma_.lower()}" in nouns


def acts_beyond_channel(token: Token) -> bool:
    """Whether a name acts other than by passing on what was said: it, or the people it
    names ("Reuters correspondent X"), is an agent, object or possessor whose verb is not
    one of reporting or sourcing (lexicon `channel_verbs`: "reported", "cited by", "told
    the BBC")."""
    if not acts(token):
        return False
    role = clause_role(token)
    people = people_named(role) if role.dep_ in MODIFIES_COMPLETES_OR_OWNS else None
    if people is not None:
        role = clause_role(people)
    verb = role.head.head if is_agent_of_passive(role) else role.head
    return verb.lemma_ not in words("channel_verbs")
