"""Actors: mentions from every article merged into one card per real-world actor.

Merging is by evidence in the text, not by lists (the link rules are in `links`): a country
by its gazetteer name (so "Islamabad declared" joins Pakistan), an acronym by the "Name
(ACR)" that introduced it, a surname by the one full name it ends, and "Afghan Taliban" by
the name it modifies. The links chosen are joined in a union-find (`rules.Merges`) kept on
the index, so each card can say which rules joined which of its mentions; `cards` decides
what each card is and which are no actor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from briefgen.budget import charging
from briefgen.extract import ParsedArticle
from briefgen.extract.cards import card_type, drop_cards, drop_mentions
from briefgen.extract.countries import gazetteer
from briefgen.extract.entities import Mention, find_mentions
from briefgen.extract.ents import model_ents
from briefgen.extract.headlines import headline_name_cut
from briefgen.extract.known_names import names_written_again
from briefgen.extract.lexicon import title_words, words
from briefgen.extract.links import choose_links
from briefgen.extract.name_use import NameUse
from briefgen.extract.names import fold, shortened_in_article
from briefgen.extract.rules import Link, Merges, record, rule
from briefgen.extract.spans import clean_name
from briefgen.extract.surnames import short_name_in_article
from briefgen.extract.teams import place_as_person, place_as_team
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
    """The merged actors, the map from every surface form to its actor's name, and the
    merges: the link edges (rule and evidence pair) between folded names and mention keys."""

    actors: tuple[Actor, ...]
    names: dict[str, str]  # folded surface form -> canonical name
    merges: Merges = field(default_factory=Merges)
    joined: dict[str, list[Link]] = field(default_factory=dict)  # canonical name -> its links
    # Look-ups made once: a long article asks for the same names thousands of times.
    _resolved: dict[str, str | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _by_name: dict[str, Actor] = field(default_factory=dict, init=False, repr=False, compare=False)
    _holders: dict[Doc, list[tuple[int, Actor]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _surnames: dict[str, list[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __len__(self) -> int:
        """How many actors were found."""
        return len(self.actors)

    def resolve(self, surface: str) -> str | None:
        """The canonical actor a surface form ("Tarar", "Islamabad", "TTP") refers to."""
        if surface not in self._resolved:
            self._resolved[surface] = _look_up(self.names, surface)
        return self._resolved[surface]

    def actor(self, name: str) -> Actor | None:
        """The actor card with this canonical name."""
        if not self._by_name and self.actors:
            for actor in reversed(self.actors):  # the first card of a name wins
                self._by_name[actor.name] = actor
        return self._by_name.get(name)

    def people_named(self, surname: str) -> list[str]:
        """The person actors whose name ends in this word, in card order (an index made
        once: a look-up per name must not read every card of a large brief)."""
        if not self._surnames and self.actors:
            for actor in self.actors:
                if actor.type == "person":
                    self._surnames.setdefault(actor.name.split()[-1], []).append(actor.name)
        return self._surnames.get(surname, [])

    def role_holders(self, doc: Doc) -> list[tuple[int, Actor]]:
        """The people the model names in a Doc whose actor has a role, as (the token after
        the name, the actor) in text order: found once per Doc, as role nouns look back."""
        if doc not in self._holders:
            people = (ent for ent in model_ents(doc) if ent.label_ == "PERSON")
            named = ((ent.end, self.resolve(ent.text)) for ent in people)
            actors = ((end, self.actor(name)) for end, name in named if name)
            self._holders[doc] = [(end, a) for end, a in actors if a is not None and a.role]
        return self._holders[doc]

    def links_of(self, name: str) -> list[Link]:
        """The link edges that joined the mentions of the card with this canonical name (an
        actor's or a dropped card's), in the order they were made, each with its rule and a
        mention of either side."""
        return self.joined.get(name, [])


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
    found = [_mentions(article) for article in articles]
    mentions = headline_name_cut([m for article in found for m in article], articles)
    mentions = place_as_person(mentions)
    places = {fold(m.name) for m in mentions if m.kind == "place"}
    mentions = place_as_team(mentions)
    mentions = short_name_in_article(drop_mentions(mentions))
    canonical, merges = _canonical_names(mentions)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[canonical[_key(mention)]].append(mention)
    names = {fold(surface): name for surface, name in _surface_names(mentions, canonical).items()}
    titles = _title_phrases(fold(article.source.title) for article in articles)
    kept = names_written_again(drop_cards(groups), articles, places)
    joined = _links_by_card(merges, {_key(m): canonical[_key(m)] for m in mentions})
    dated = {article.source.id: article.anchor for article in articles}
    actors = tuple(
        _card(name, group, names, titles, joined.get(name, []), dated)
        for name, group in kept.items()
    )
    return ActorIndex(actors, names, merges, joined)


def _mentions(article: ParsedArticle) -> list[Mention]:
    with charging(article.doc):
        return shortened_in_article(find_mentions(article))


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


def _key(mention: Mention) -> str:
    return f"country:{mention.country}" if mention.country else fold(mention.name)


def _canonical_names(mentions: list[Mention]) -> tuple[dict[str, str], Merges]:
    """Map each mention key to the canonical name of its actor: the commonest form of the key
    its chain of links ends at. Also the merges, every link applied recorded."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        forms[_key(mention)][mention.country or mention.name] += 1
    commonest = {key: counts.most_common(1)[0][0] for key, counts in forms.items()}
    merges = Merges(commonest)
    for link in choose_links(NameUse(mentions, forms)):
        merges.join(link)
        record(link.rule, link.key, f"joins {link.target}", link.evidence)
    return {key: commonest[merges.find(key)] for key in commonest}, merges


def _links_by_card(merges: Merges, card_of_key: dict[str, str]) -> dict[str, list[Link]]:
    """The links that joined each card's mentions (by canonical name), in the order made."""
    card_of_root = {merges.find(key): name for key, name in card_of_key.items()}
    joined: dict[str, list[Link]] = defaultdict(list)
    for link in merges.links:
        name = card_of_root.get(merges.find(link.key))
        if name is not None:
            joined[name].append(link)
    return dict(joined)


def _surface_names(mentions: list[Mention], canonical: dict[str, str]) -> dict[str, str]:
    """Each form a mention is written or named by -> its card's name: a surname read as a
    full name in its article (`short_name_in_article`) goes to that card unless a card of its
    own keeps it."""
    surfaces = {m.surface: canonical[_key(m)] for m in mentions if m.surface}
    surfaces.update({m.name: canonical[_key(m)] for m in mentions})
    surfaces.update({m.acronym: canonical[_key(m)] for m in mentions if m.acronym})
    return surfaces


def _card(
    name: str,
    mentions: list[Mention],
    names: dict[str, str],
    titles: set[tuple[str, ...]],
    links: list[Link],
    dated: dict[str, dt.date],
) -> Actor:
    type_rule, kind = card_type(mentions, name)
    record(type_rule, name, kind, (m.evidence for m in mentions))
    why = [type_rule.name, *(link.rule for link in links), *(r for m in mentions for r in m.why)]
    role = _role(mentions, name, dated)
    if role is not None and _commonest_role(mentions) != role:
        why.append(latest_role.name)
    written = {m.name for m in mentions} | {m.surface for m in mentions if m.surface}
    aliases = sorted({n for n in written if n != name and n not in gazetteer().demonyms})
    aliases += sorted({m.acronym for m in mentions if m.acronym and m.acronym not in aliases})
    evidence = sorted({m.evidence for m in mentions}, key=lambda e: (e.source, e.start, e.end))
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
        why=list(dict.fromkeys(why)),
    )


def _commonest_role(mentions: Sequence[Mention]) -> str | None:
    """The role given most often, the fuller one on a tie ("Chief Financial Officer" over
    "executive")."""
    counts = Counter(m.role for m in mentions if m.role)
    return max(counts, key=lambda text: (counts[text], len(text.split())), default=None)


@rule(
    "role",
    example="Apple CEO Steve Jobs announced the iPhone 3G in 2008.",
)
def latest_role(mentions: Sequence[Mention], dated: dict[str, dt.date]) -> str | None:
    """A person's role is the one the latest-dated articles that give one give (most often
    there, the fuller on a tie): a later report updates a title ("chief operating officer"
    Timothy D. Cook, then "CEO" Tim Cook), so the brief says what the actor is now; a role
    held before ("then-Sen. Barack Obama") only when the brief gives no other."""
    roled = [m for m in mentions if m.role]
    roled = [m for m in roled if m.role and not _held_before(m.role)] or roled
    latest = max((dated[m.evidence.source] for m in roled), default=None)
    return _commonest_role([m for m in roled if dated[m.evidence.source] == latest])


def _held_before(role: str) -> bool:
    """A role said as held before ("former Secretary of State", "then-Sen."; lexicon
    `past_role_words`)."""
    opening = re.split(r"[\s-]", role.lower(), maxsplit=1)[0]
    return opening in words("past_role_words")


def _role(mentions: Sequence[Mention], name: str, dated: dict[str, dt.date]) -> str | None:
    """The card's role (`latest_role`), recorded, with the one given most often when that
    is another."""
    role = latest_role(mentions, dated)
    if role is not None:
        commonest = _commonest_role(mentions)
        outcome = role if role == commonest else f"{role} (over {commonest}, said earlier)"
        record(latest_role, name, outcome, [m.evidence for m in mentions if m.role == role])
    return role
