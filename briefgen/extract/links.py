"""Name links: the rules that join mentions of one actor written differently.

Each link is learned from the text (a "Name (ACR)", initials that spell a name, a legal form,
a transliteration, a typo, a surname, a short given name, a shortened or clipped name with
"the") and is an edge from one folded name to another, kept with its rule and a pair of
evidence: a mention of each name. `LINK_RULES` orders the rules: a name takes the link of the
first rule that gives it one, so each name has at most one outgoing link, and `actors` joins
the chosen links in a union-find (`rules.Merges`) whose groups are the actors.

The links the text introduces (an acronym, an alias) are here; the rest are by their
evidence: an organisation's name form (`org_links`), the words person names share
(`person_links`), the letters (`spelling_links`); `name_use` holds what they all read.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from briefgen.extract.name_use import NameUse
from briefgen.extract.names import fold
from briefgen.extract.org_links import (
    business_links,
    clipped_links,
    initialism_links,
    legal_form_links,
    modifier_links,
    plural_name_links,
)
from briefgen.extract.person_links import given_name_links, middle_name_links, surname_links
from briefgen.extract.rules import Link, rule
from briefgen.extract.spelling_links import typo_links, variant_links


def choose_links(names: NameUse) -> list[Link]:
    """Each name's link from the first rule of `LINK_RULES` that gives it one, in rule order."""
    chosen: dict[str, Link] = {}
    for link_rule in LINK_RULES:
        for link in link_rule(names):
            chosen.setdefault(link.key, link)
    return list(chosen.values())


@rule(
    "link",
    example="Islamabad says the violence stems from militant groups operating inside "
    "Afghanistan, particularly the Tehrik-e-Taliban Pakistan (TTP), which it accuses Kabul of "
    "sheltering. Pakistani officials have long maintained that the Afghan Taliban has failed "
    "to curb TTP activities along the border.",
)
def acronym_links(names: NameUse) -> Iterator[Link]:
    """An acronym joins the name that introduced it in parentheses ("Tehrik-e-Taliban
    Pakistan (TTP)").

    Names that bring in the same acronym ("European Aeronautic Defence & Space NV (EADS)",
    "European Aeronautic Defense & Space Company (EADS)") join the commonest of them."""
    introduced: dict[str, Counter[str]] = defaultdict(Counter)
    for m in names.mentions:
        if m.acronym:
            introduced[fold(m.acronym)][fold(m.name)] += 1
    links = {}
    for acronym, named in introduced.items():
        hub = max(named, key=lambda name: (named[name], name))
        links.update({name: hub for name in [acronym, *named] if name != hub})
    yield from names.edges(acronym_links, links)


@rule(
    "link",
    example="Mohamed Hamdan Dagalo, better known as Hemedti, said the RSF would abide by the "
    "truce.",
)
def alias_links(names: NameUse) -> Iterator[Link]:
    """A name the text gives as another's joins it ("Mohamed Hamdan Dagalo, known as
    Hemedti")."""
    links = {fold(m.name): fold(m.alias_of) for m in names.mentions if m.alias_of}
    yield from names.edges(alias_links, links)


# Priority: a name takes the link of the first rule here that gives it one. This reproduces
# the order in which the links used to override each other (the last written won).
LINK_RULES = [
    clipped_links,
    typo_links,
    variant_links,
    modifier_links,
    given_name_links,
    middle_name_links,
    surname_links,
    plural_name_links,
    business_links,
    legal_form_links,
    initialism_links,
    alias_links,
    acronym_links,
]
