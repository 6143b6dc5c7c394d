"""Actors: mentions from every article merged into one card per real-world actor.

Merging is by evidence in the text, not by lists (the links are in `names`): a country by
its gazetteer name (so "Islamabad declared" joins Pakistan), an acronym by the "Name (ACR)"
that introduced it, a surname by the one full name it ends, and "Afghan Taliban" by the
name it modifies.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefgen.extract import ParsedArticle
from briefgen.extract.cards import (
    card_kind,
    is_channel,
    is_model_of,
    is_product,
    is_product_line,
    lone_word_person,
)
from briefgen.extract.countries import gazetteer
from briefgen.extract.entities import Mention, find_mentions
from briefgen.extract.lexicon import title_words, words
from briefgen.extract.names import (
    acronym_links,
    alias_links,
    business_links,
    clipped_links,
    fold,
    given_name_links,
    initialism_links,
    legal_form_links,
    modifier_links,
    shortened_in_article,
    surname_links,
    typo_links,
    variant_links,
)
from briefgen.extract.spans import clean_name
from briefgen.model import Actor

# Salience weights: a mention in the title or lead says more about what the story is about.
_TITLE_WEIGHT = 3


_LEAD_WEIGHT = 2


_QUOTE_WEIGHT = 2


_TITLE_PHRASE = 8  # longest name, in words, looked up in titles


_WORD = re.compile(r"\w+")


_SPREAD_WEIGHT = 2  # per extra article that mentions the actor


@dataclass(frozen=True)
class ActorIndex:
    """The merged actors and the map from every surface form to its actor's name."""

    actors: tuple[Actor, ...]
    names: dict[str, str]  # folded surface form -> canonical name

    def resolve(self, surface: str) -> str | None:
        """The canonical actor a surface form ("Tarar", "Islamabad", "TTP") refers to."""
        return _look_up(self.names, surface)

    def actor(self, name: str) -> Actor | None:
        """The actor card with this canonical name."""
        return next((actor for actor in self.actors if actor.name == name), None)


def _look_up(names: dict[str, str], surface: str) -> str | None:
    """The canonical name a surface form maps to, cleaned the way mention names are, with
    any titles before it dropped ("Prince Faisal bin Farhan", as the model may tag it)."""
    parts = clean_name(surface.strip().removeprefix("the ")).split(" ")
    titles = title_words() | words("honorifics")
    while True:
        found = names.get(fold(" ".join(parts)))
        if found is not None or len(parts) < 2 or parts[0] not in titles:
            return found
        parts = parts[1:]


def extract_actors(articles: Sequence[ParsedArticle]) -> ActorIndex:
    """Merge the mentions of all articles into actors, in no particular order."""
    found = [shortened_in_article(find_mentions(article)) for article in articles]
    mentions = _acting_countries(_not_in_models([m for article in found for m in article]))
    canonical = _canonical_names(mentions)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[canonical[_key(mention)]].append(mention)
    names = {fold(surface): name for surface, name in _surface_names(mentions, canonical).items()}
    titles = _title_phrases(fold(article.source.title) for article in articles)
    used = {fold(m.name) for m in mentions}
    products = {
        name
        for name, group in groups.items()
        if is_product(group) or is_product_line(name, group, used)
    }
    kept = {
        name: group
        for name, group in groups.items()
        if name not in products and not (lone_word_person(name, group) or is_channel(group, name))
    }
    # Models are named after their maker ("Apple TV") or their product ("iPod Touch").
    makers = {fold(name) for name in products} | {
        fold(name) for name, group in kept.items() if card_kind(group, name) == "organization"
    }
    actors = tuple(
        _card(name, group, names, titles)
        for name, group in kept.items()
        if not (is_model_of(name, makers) and not any(m.speaks for m in group))
    )
    return ActorIndex(actors, names)


def rank_actors(actors: Iterable[Actor], quote_speakers: Iterable[str | None]) -> list[Actor]:
    """Actors ordered by salience, which adds the quotes each one gave to its mentions."""
    quoted = Counter(speaker for speaker in quote_speakers if speaker)
    scored = [
        actor.model_copy(update={"salience": actor.salience + _QUOTE_WEIGHT * quoted[actor.name]})
        for actor in actors
    ]
    return sorted(scored, key=lambda actor: (-actor.salience, actor.name))


def _title_phrases(titles: Iterable[str]) -> set[tuple[str, ...]]:
    """Every run of up to `_TITLE_PHRASE` words in the titles, for whole-word name look-ups."""
    phrases: set[tuple[str, ...]] = set()
    for title in titles:
        words = _WORD.findall(title)
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + _TITLE_PHRASE) + 1):
                phrases.add(tuple(words[start:end]))
    return phrases


def _salience(mentions: list[Mention], titles: set[tuple[str, ...]]) -> float:
    """Mentions, weighted up in a title and the lead, plus the spread across articles.

    Title presence is a whole-word match of any name used, since NER misses much in
    headlines."""
    spread = len({m.evidence.source for m in mentions})
    forms = {fold(m.name) for m in mentions} | {fold(m.acronym) for m in mentions if m.acronym}
    in_title = any(tuple(_WORD.findall(form)) in titles for form in forms)
    return float(
        len(mentions)
        + _TITLE_WEIGHT * in_title
        + _LEAD_WEIGHT * any(m.in_lead for m in mentions)
        + _SPREAD_WEIGHT * (spread - 1)
    )


def _not_in_models(mentions: list[Mention]) -> list[Mention]:
    """Drop a maker's name run into its product's ("Lockheed Tristar"), unless the run is
    itself a name the brief uses ("Lockheed Martin", cut by the model)."""
    names = {fold(m.name) for m in mentions}
    return [m for m in mentions if m.model is None or fold(clean_name(m.model)) in names]


def _acting_countries(mentions: list[Mention]) -> list[Mention]:
    """Drop the mentions of countries that never act: a country only named as a place
    ("a factory in Toulouse, France") is a location, not an actor."""
    acting = {m.country for m in mentions if m.country and m.acts}
    return [m for m in mentions if m.country is None or m.country in acting]


def _key(mention: Mention) -> str:
    return f"country:{mention.country}" if mention.country else fold(mention.name)


def _canonical_names(mentions: list[Mention]) -> dict[str, str]:
    """Map each mention key to the canonical name of its actor."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        forms[_key(mention)][mention.country or mention.name] += 1
    canonical = {key: counts.most_common(1)[0][0] for key, counts in forms.items()}
    variants = variant_links(mentions, forms)
    links = {
        **acronym_links(mentions),
        **alias_links(mentions),
        **initialism_links(mentions),
        **legal_form_links(mentions),
        **business_links(mentions),
        **surname_links(mentions, variants),
        **given_name_links(mentions),
        **modifier_links(mentions),
        **variants,
        **typo_links(mentions),
        **clipped_links(mentions),
    }
    for key in canonical:
        target = key
        for _ in range(len(links) + 1):  # follow chains, never loop
            if target not in links:
                break
            target = links[target]
        canonical[key] = canonical[target]
    return canonical


def _surface_names(mentions: list[Mention], canonical: dict[str, str]) -> dict[str, str]:
    surfaces = {m.name: canonical[_key(m)] for m in mentions}
    surfaces.update({m.acronym: canonical[_key(m)] for m in mentions if m.acronym})
    return surfaces


def _card(
    name: str, mentions: list[Mention], names: dict[str, str], titles: set[tuple[str, ...]]
) -> Actor:
    kind = card_kind(mentions, name)
    # The role given most often, the fuller one on a tie ("Chief Financial Officer" over
    # "executive").
    counts = Counter(m.role for m in mentions if m.role)
    role = max(counts, key=lambda text: (counts[text], len(text.split())), default=None)
    aliases = sorted({m.name for m in mentions if m.name != name and not _is_demonym(m)})
    aliases += sorted({m.acronym for m in mentions if m.acronym and m.acronym not in aliases})
    evidence = sorted({m.evidence for m in mentions}, key=lambda e: (e.source, e.start))
    affiliation = next((m.affiliation for m in mentions if m.role == role and m.affiliation), None)
    if affiliation:  # "Indonesian President": the demonym stands for its country
        affiliation = gazetteer().demonyms.get(affiliation, affiliation)
    return Actor(
        name=name,
        type=kind,
        role=role,
        affiliation=_look_up(names, affiliation) or affiliation if affiliation else None,
        aliases=aliases,
        mentions=len(mentions),
        salience=_salience(mentions, titles),
        evidence=evidence,
    )


def _is_demonym(mention: Mention) -> bool:
    return mention.name in gazetteer().demonyms
