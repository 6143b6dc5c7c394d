"""Cards: what a group of merged mentions is (person, organisation, country, armed group)
and whether it is an actor at all, not a thing (a product, a product family, a model), a
channel (a platform or outlet only cited) or the model's mistake (a lone word).

Ordered lists decide, each drop recorded with the evidence of what it dropped:
`MENTION_DROPS` (mentions that are no actor's, before grouping), `CARD_DROPS` then
`MODEL_DROPS` (cards that are no actor, after grouping; a model is read against the makers
`CARD_DROPS` leaves), and `CARD_TYPE_RULES` (a card's type, recorded by `actors`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from briefgen.extract.countries import gazetteer
from briefgen.extract.entities import Mention, MentionKind
from briefgen.extract.lexicon import words
from briefgen.extract.names import fold
from briefgen.extract.roles import is_org_noun
from briefgen.extract.rules import ARTICLE_BREAK, Rule, first, record, rule
from briefgen.extract.spans import clean_name

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Card:
    """The mentions merged into one candidate actor, and the name it goes by."""

    name: str
    mentions: Sequence[Mention]


@dataclass
class MentionPool:
    """The mentions a mention-level drop reads: those the drops before it kept."""

    mentions: Sequence[Mention]

    @cached_property
    def names(self) -> set[str]:
        """Every folded name used."""
        return {fold(m.name) for m in self.mentions}

    @cached_property
    def acting_countries(self) -> set[str]:
        """The countries some mention of which acts."""
        return {m.country for m in self.mentions if m.country and m.acts}


@dataclass(frozen=True)
class Cast:
    """What a card-level drop reads besides the card: once the card drops have run, the
    folded names of the makers (products and the organisations kept)."""

    makers: frozenset[str] = frozenset()
    # The last words of two or more people's full names in the brief ("Doug McDermott",
    # "Greg McDermott"): a surname alone that could be either.
    shared_surnames: frozenset[str] = frozenset()


@rule(
    "mention",
    example="That contract was fought for between Boeing and Lockheed Martin, Lockheed "
    "ultimately winning the contest. They replace existing Lockheed Tristar and Vickers VC-10 "
    "aircraft.",
)
def maker_run_into_model(mention: Mention, pool: MentionPool) -> bool:
    """A maker's name run into its product's ("Lockheed Tristar") is no mention of the maker,
    unless the run is itself a name the brief uses ("Lockheed Martin", cut by the model)."""
    return mention.model is not None and fold(clean_name(mention.model)) not in pool.names


@rule(
    "mention",
    example="The first four aircraft will be assembled at the main Airbus factory in Toulouse, "
    "France. The plane first flew in France in 2005.",
)
def country_never_acts(mention: Mention, pool: MentionPool) -> bool:
    """A country that never acts in the brief is only a place ("a factory in Toulouse,
    France"): its mentions are no actor's."""
    return mention.country is not None and mention.country not in pool.acting_countries


# In order, each reading the mentions the ones before kept.
MENTION_DROPS = [maker_run_into_model, country_never_acts]


def drop_mentions(mentions: list[Mention]) -> list[Mention]:
    """The mentions no rule of `MENTION_DROPS` drops; each drop recorded."""
    for drop in MENTION_DROPS:
        pool = MentionPool(mentions)
        kept = []
        for mention in mentions:
            if drop(mention, pool):
                record(drop, mention.name, "dropped", [mention.evidence])
            else:
                kept.append(mention)
        mentions = kept
    return mentions


@rule(
    "card",
    example="On Wednesday, Apple introduced an iPod capable of displaying video, as well as a new "
    "video section to the iTunes music store.",
)
def named_as_product(card: Card, cast: Cast) -> bool:
    """A thing, not an actor: named the way products are ("iPod", "released their Media
    Center", "Macintosh computers") and never a subject or possessor, or cued more often than
    it is one, in at least half its mentions.

    Companies are subjects far more often, and a name that announces or says anything is an
    actor whatever its cues, and so is a name the brief gives as a body's, ending in a word
    that marks one (lexicon `org_designators`: "the IBF version" of a title is the
    International Boxing Federation's)."""
    mentions = card.mentions
    if any(m.country or m.speaks for m in mentions):
        return False
    if any(m.name.split()[-1] in words("org_designators") for m in mentions):
        return False  # named as a body somewhere: "International Boxing Federation"
    subjects = sum(m.subject for m in mentions)
    cues = sum(m.product_cue for m in mentions)
    if not subjects:
        return cues > 0
    return cues > subjects and cues * 2 >= len(mentions)


@rule(
    "card",
    example="After the plane was delivered in Singapore, it was flown to Toulouse, France for "
    "the ceremony of about 500 guests.",
)
def lone_word_person(card: Card, cast: Cast) -> bool:
    """A "person" known by one word only, never given a full name, a role or a courtesy title
    ("Mr MacFarlane") anywhere in the brief, is the model naming a thing ("Safari",
    "Toulouse") a person: news introduces people by full name. So is a surname the brief
    gives two people ("Pierre Thomas", "David Thomas"), which joins neither
    (`surname_of_two_people` says so): a card of its own would make a guess of every quote
    and pronoun it takes.

    A name that says something is no thing ("Pfizer says", "said Clements"): it
    stays, unless it is such a shared surname."""
    mentions = card.mentions
    if " " in card.name or any(m.kind != "person" or m.role or m.courtesy for m in mentions):
        return False
    return card.name in cast.shared_surnames or not any(m.speaks for m in mentions)


@rule(
    "card",
    example="Pakistan’s Information Minister Attaullah Tarar confirmed on Wednesday that the "
    "discussions had yielded no progress. “Regrettably, the Afghan side gave no assurances, "
    "kept deviating from the core issue and resorted to blame game, deflection and ruses,” "
    "Tarar wrote on X. He added that Pakistan had engaged in the dialogue “in the spirit of "
    "peace” but accused Kabul of “unabated support to anti-Pakistan terrorists.”",
)
def channel_only(card: Card, cast: Cast) -> bool:
    """A platform or news outlet only named as where something was said ("wrote on X",
    "according to Reuters", "he told the BBC").

    One that acts ("the EU fined Facebook") stays, and so does a person ("Jim Press")."""
    mentions = card.mentions
    if not any(m.outlet for m in mentions) or card_kind(mentions, card.name) != "organization":
        return False
    return not any(m.beyond_channel for m in mentions)


# The first that decides drops a card; the products among them are makers for `MODEL_DROPS`.
CARD_DROPS = [named_as_product, lone_word_person, channel_only]


@rule(
    "card",
    example="Chrysler said it would cut the Chrysler Aspen from production. The Chrysler Aspen "
    "was a large sport utility vehicle.",
)
def model_named_after_maker(card: Card, cast: Cast) -> bool:
    """A product named after its maker ("Apple TV", "Ford Taurus") or its product ("iPod
    Touch") that never speaks: a maker's name followed by words none of which marks an
    organisation or a place. A person or a team that acts is never one ("Tyler Hansbrough"
    beside a stray organisation "Tyler", "the New Orleans Saints")."""
    return (
        is_model_of(card.name, cast.makers)
        and not any(m.speaks for m in card.mentions)
        and not _acting_person_or_team(card)
    )


def _acting_person_or_team(card: Card) -> bool:
    """A card that acts and is typed a person ("Tyler Hansbrough has broken the record") or
    is mostly a plural noun ("the Saints face the Lions"): not a maker's product or shops
    ("several Apple Stores", a "MacBook Pro" the model tagged a person)."""
    mentions = card.mentions
    if not any(m.acts for m in mentions):
        return False
    plural = 2 * sum(m.plural for m in mentions) > len(mentions)
    return plural or card_kind(mentions, card.name) == "person"


MODEL_DROPS = [model_named_after_maker]


def drop_cards(groups: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """The groups no rule of `CARD_DROPS` or `MODEL_DROPS` drops, in their order; each drop
    recorded. Models are read against the products dropped and the organisations kept."""
    cast = Cast(shared_surnames=_shared_surnames(groups))
    kept: dict[str, list[Mention]] = {}
    makers = set()
    for name, group in groups.items():
        found = first(CARD_DROPS, Card(name, group), cast)
        if found is None:
            kept[name] = group
            if card_kind(group, name) == "organization":
                makers.add(fold(name))
        else:
            _dropped(found[0], name, group)
            if found[0] is named_as_product:
                makers.add(fold(name))
    cast = Cast(frozenset(makers), cast.shared_surnames)
    actors = {}
    for name, group in kept.items():
        found = first(MODEL_DROPS, Card(name, group), cast)
        if found is None:
            actors[name] = group
        else:
            _dropped(found[0], name, group)
    return actors


def _shared_surnames(groups: dict[str, list[Mention]]) -> frozenset[str]:
    """The last words of two or more full names of people among the cards."""
    people = [name for name in groups if " " in name]
    counts = Counter(
        name.split()[-1] for name in people if card_kind(groups[name], name) == "person"
    )
    return frozenset(word for word, count in counts.items() if count > 1)


def _dropped(made_by: Rule[..., Any], name: str, group: Iterable[Mention]) -> None:
    record(made_by, name, "dropped", (m.evidence for m in group))


def is_model_of(name: str, makers: Iterable[str]) -> bool:
    """Whether a name is a maker's name followed by words none of which marks an
    organisation (lexicon `org_designators`: "Apple Computer", "Chrysler Holding LLC") or a
    place ("GM Europe", "Central Election Commission of Turkmenistan")."""
    parts = name.split()
    places = gazetteer()
    for cut in range(1, len(parts)):
        if fold(" ".join(parts[:cut])) in makers:
            rest = parts[cut:]
            marks_org = any(word in words("org_designators") for word in rest)
            place = " ".join(rest[1:] if rest[0] == "of" else rest)  # "of Turkmenistan"
            return not (marks_org or places.country(place) or place in places.regions)
    return False


@rule("type", example="Pakistan declared that the talks had failed.")
def country_card(mentions: Sequence[Mention], name: str) -> MentionKind | None:
    """A card is a country if any of its mentions is one ("Islamabad declared" with
    Pakistan)."""
    return "country" if any(m.kind == "country" for m in mentions) else None


@rule(
    "type",
    example="Islamabad says the violence stems from militant groups operating inside "
    "Afghanistan, particularly the Tehrik-e-Taliban Pakistan (TTP), which it accuses Kabul of "
    "sheltering.",
)
def armed_group_card(mentions: Sequence[Mention], name: str) -> MentionKind | None:
    """An armed group if a name used says so ("Tehrik-e-Taliban Pakistan"; lexicon
    `armed_group_words`) or half the mentions' contexts do ("the militant group X").

    One "group" nearby does not make an air force militant."""
    groups = sum(m.kind == "group" for m in mentions)
    group_names = any(
        word in words("armed_group_words") for m in mentions for word in _WORD.findall(m.name)
    )
    return "group" if groups and (group_names or groups * 2 >= len(mentions)) else None


@rule(
    "type",
    example="Apple's iTunes store passes U.S. electronics retailer Best Buy for the No. 2 spot.",
)
def organisation_by_role_noun(mentions: Sequence[Mention], name: str) -> MentionKind | None:
    """An organisation if a mention's role is a noun for one ("electronics retailer Best
    Buy")."""
    return "organization" if any(is_org_noun(m.role) for m in mentions) else None


@rule(
    "type",
    example="The diplomat, Daniel Foote, was appointed special envoy to Haiti in July, just weeks "
    "after President Jovenel Moïse was killed in his bedroom during a nighttime raid on his "
    "residence. Mr. Foote, a former ambassador to Zambia and acting assistant secretary for "
    "international narcotics and..."
    + ARTICLE_BREAK
    + "In a letter to Secretary of State Antony Blinken, first reported by PBS, Daniel Foote "
    "said he was resigning immediately.",
)
def person_by_evidence(mentions: Sequence[Mention], name: str) -> MentionKind | None:
    """A person when the text treats it as one, though the model tags its name otherwise
    most often: a courtesy title ("Mr. Foote") or a person's title before or beside it
    ("Special Envoy for Haiti Daniel Foote"; lexicon `titles`)."""
    if _full_name_kinds(mentions, name).most_common(1)[0][0] == "person":
        return None  # no conflict: `type_of_full_name` says so
    titled = any(
        m.kind == "person" and m.role and m.role.split()[-1].title() in words("titles")
        for m in mentions
    )
    return "person" if titled or any(m.courtesy for m in mentions) else None


@rule(
    "type",
    example="That contract was fought for between Boeing and Lockheed Martin, Lockheed "
    "ultimately winning the contest. Lockheed Martin's Atlas V and Boeing's Delta IV are two "
    "types of expendable rocket.",
)
def organisation_by_first_word(mentions: Sequence[Mention], name: str) -> MentionKind | None:
    """A "person" mostly called by the first word of its name, as an organisation, is that
    organisation ("Lockheed" for "Lockheed Martin"): people go by their surname."""
    named = _full_name_kinds(mentions, name)
    first_word = name.split()[0]
    by_first = sum(m.name == first_word and m.kind == "organization" for m in mentions)
    is_person = named.most_common(1)[0][0] == "person"
    if is_person and first_word != name and by_first > named["person"]:
        return "organization"
    return None


@rule("type", example="Boeing and Airbus competed. Boeing said it would appeal.")
def type_of_full_name(mentions: Sequence[Mention], name: str) -> MentionKind | None:
    """The type the model gives the card's full name most often (any mention's if the full
    name is only tagged a group)."""
    return _full_name_kinds(mentions, name).most_common(1)[0][0]


def _full_name_kinds(mentions: Sequence[Mention], name: str) -> Counter[MentionKind]:
    named: Counter[MentionKind] = Counter(
        m.kind for m in mentions if m.name == name and m.kind != "group"
    )
    return named or Counter(m.kind for m in mentions)


CARD_TYPE_RULES = [
    country_card,
    armed_group_card,
    organisation_by_role_noun,
    person_by_evidence,
    organisation_by_first_word,
    type_of_full_name,
]


def card_type(mentions: Sequence[Mention], name: str) -> tuple[Rule[..., Any], MentionKind]:
    """A card's type and the rule of `CARD_TYPE_RULES` that decided it (not recorded: the
    caller records the type of the cards it keeps)."""
    found = first(CARD_TYPE_RULES, mentions, name)
    assert found is not None and found[1] is not None  # the last rule always decides
    return found[0], found[1]


def card_kind(mentions: Sequence[Mention], name: str) -> MentionKind:
    """A card's type."""
    return card_type(mentions, name)[1]
