"""A mention: one name of a candidate actor in one article, as typed.

`Mention` is what the type rules (`kinds`) make of a name and what the cards are merged
from; a rule that decides a name is no actor returns `NOT_AN_ACTOR` instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from briefgen.model import Evidence

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
    plural: bool = False  # ends in a plural noun: a team or a people ("the New Orleans Saints")
    why: tuple[str, ...] = ()  # the rules that made, repaired and typed this mention
    surface: str | None = None  # the name as written, when its article's full name replaced it


# What a type rule returns when it decides the name is no actor.
NOT_AN_ACTOR: Final = "not an actor"
Typed = Mention | Literal["not an actor"]
