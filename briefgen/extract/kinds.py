"""What a mention is: a person, an organisation, an armed group, a country, or no actor at all.

`MENTION_TYPE_RULES` is the cascade, read in order: the first rule that decides types the
mention (or says the name is no actor: a demonym that only describes, a town named as where
something happens). `Candidate` is what the rules read about one name of the entity layer.

The rules are kept by the signals they read: a person's (`person_kinds`), a place's or a
people's (`place_kinds`), an organisation's (`org_kinds`); `mentions` holds what they make.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Span

from briefgen.extract import ParsedArticle
from briefgen.extract.agency import is_agent_of_passive, speaks_for_country
from briefgen.extract.labels import AGENT_ROLES
from briefgen.extract.mentions import NOT_AN_ACTOR, Mention, Typed
from briefgen.extract.org_kinds import armed_group, organisation
from briefgen.extract.person_kinds import (
    age_in_apposition,
    also_known_as,
    band_family_or_company,
    named_as_person,
    place_called_person,
    role_names_organisation,
    short_name_of_company,
    tagged_person,
)
from briefgen.extract.place_kinds import (
    capital_as_agent,
    country_name,
    demonym_for_country,
    opponent_place,
    people_that_act,
    place_as_agent,
    place_not_actor,
    state_of_country,
)
from briefgen.extract.roles import Role, role_rule
from briefgen.extract.rules import Rule, first
from briefgen.extract.spans import clean_name, mention_extent
from briefgen.model import Evidence

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


# How a mention is typed; order = priority: the first rule that decides wins.
MENTION_TYPE_RULES: list[TypeRule] = [
    also_known_as,
    named_as_person,
    age_in_apposition,
    people_that_act,
    demonym_for_country,
    band_family_or_company,
    role_names_organisation,
    short_name_of_company,
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
