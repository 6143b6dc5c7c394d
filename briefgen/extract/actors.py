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
from briefgen.extract.countries import gazetteer
from briefgen.extract.entities import Mention, MentionKind, find_mentions
from briefgen.extract.lexicon import folded, title_words, words
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
from briefgen.extract.roles import is_org_noun
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
        if _is_product(group) or _is_product_line(name, group, used)
    }
    kept = {
        name: group
        for name, group in groups.items()
        if name not in products and not (_lone_word_person(name, group) or _is_channel(group, name))
    }
    # Models are named after their maker ("Apple TV") or their product ("iPod Touch").
    makers = {fold(name) for name in products} | {
        fold(name) for name, group in kept.items() if _card_kind(group, name) == "organization"
    }
    actors = tuple(
        _card(name, group, names, titles)
        for name, group in kept.items()
        if not (_is_model_of(name, makers) and not any(m.speaks for m in group))
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


def _lone_word_person(name: str, mentions: list[Mention]) -> bool:
    """A "person" known by one word only and never given a full name, a role or a courtesy
    title ("Mr MacFarlane") anywhere in the brief: news introduces people by full name, so
    this is the model naming a thing ("Safari", "Toulouse") a person."""
    return " " not in name and all(
        m.kind == "person" and not m.role and not m.courtesy for m in mentions
    )


def _is_product(mentions: list[Mention]) -> bool:
    """A thing, not an actor: named the way products are ("iPod", "released their Media
    Center", "Macintosh computers") and never a subject or possessor, or cued more often
    than it is one, in at least half its mentions. Companies are subjects far more often,
    and a name that announces or says anything is an actor whatever its cues."""
    if any(m.country or m.speaks for m in mentions):
        return False
    subjects = sum(m.subject for m in mentions)
    cues = sum(m.product_cue for m in mentions)
    if not subjects:
        return cues > 0
    return cues > subjects and cues * 2 >= len(mentions)


def _is_product_line(name: str, mentions: list[Mention], used: set[str]) -> bool:
    """A product family: a name the brief also uses with two or more model words after it
    ("MacBook" beside "MacBook Pro" and "MacBook Air"; lexicon `model_words`), that never
    speaks."""
    if any(m.country or m.speaks for m in mentions):
        return False
    models = {word for word in folded("model_words") if f"{fold(name)} {word}" in used}
    return len(models) >= 2


def _is_channel(mentions: list[Mention], name: str) -> bool:
    """A platform or news outlet only named as where something was said ("wrote on X",
    "according to Reuters", "he told the BBC"); one that acts ("the EU fined Facebook")
    stays, and so does a person ("Jim Press")."""
    if not any(m.outlet for m in mentions) or _card_kind(mentions, name) != "organization":
        return False
    return not any(m.beyond_channel for m in mentions)


def _is_model_of(name: str, makers: set[str]) -> bool:
    """A product named after its maker ("Apple TV", "Ford Taurus"): a maker's name followed
    by words none of which marks an organisation (lexicon `org_designators`: "Apple
    Computer", "Chrysler Holding LLC") or a place ("GM Europe")."""
    parts = name.split()
    places = gazetteer()
    for cut in range(1, len(parts)):
        if fold(" ".join(parts[:cut])) in makers:
            rest = parts[cut:]
            marks_org = any(word in words("org_designators") for word in rest)
            place = " ".join(rest)
            return not (marks_org or places.country(place) or place in places.regions)
    return False


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
    kind = _card_kind(mentions, name)
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


def _card_kind(mentions: list[Mention], name: str) -> MentionKind:
    """A country if any mention says so; an armed group if a name used says so
    ("Tehrik-e-Taliban Pakistan") or half the mentions' contexts do ("the militant group
    X"): one "group" nearby does not make an air force militant. Else the type of the full
    name."""
    kinds = Counter(m.kind for m in mentions)
    if kinds["country"]:
        return "country"
    group_names = any(
        word in words("armed_group_words") for m in mentions for word in _WORD.findall(m.name)
    )
    if kinds["group"] and (group_names or kinds["group"] * 2 >= len(mentions)):
        return "group"
    if any(is_org_noun(m.role) for m in mentions):  # "electronics retailer Best Buy"
        return "organization"
    named = Counter(m.kind for m in mentions if m.name == name and m.kind != "group") or kinds
    kind = named.most_common(1)[0][0]
    # People go by their surname; a "person" mostly called by the first word of its name,
    # as an organisation ("Lockheed" for "Lockheed Martin"), is that organisation.
    first = name.split()[0]
    by_first = sum(m.name == first and m.kind == "organization" for m in mentions)
    if kind == "person" and first != name and by_first > named["person"]:
        return "organization"
    return kind


def _is_demonym(mention: Mention) -> bool:
    return mention.name in gazetteer().demonyms
