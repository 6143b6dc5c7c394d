"""Organisation name links: one organisation written with more or fewer words.

The evidence is the name's own form: capitals that spell another's opening words ("GAO"),
legal-form or business words after it ("General Motors Corporation", "Ford Motor
Company"), a country's demonym before it ("Afghan Taliban"), a clipped first word with "the"
("the Fed"), or a team's plural name without its place ("the Colts").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from briefgen.extract.countries import gazetteer
from briefgen.extract.entities import Mention
from briefgen.extract.lexicon import folded, words
from briefgen.extract.name_use import NameUse
from briefgen.extract.names import (
    MIN_CLIP,
    MIN_VARIANT_LENGTH,
    fold,
    without_legal_form,
)
from briefgen.extract.rules import Link, rule

# The most words a place's name puts before a team's ("Kansas City", "Salt Lake City").
_MAX_PLACE_WORDS = 3


@rule(
    "link",
    example="The Government Accountability Office on June 18 called for a re-run of the "
    "bidding. The Air Force has 60 days to respond to the GAO.",
)
def initialism_links(names: NameUse) -> Iterator[Link]:
    """A name opening with capitals that spell the opening words of exactly one other
    organisation's name, the rest the same, is that name ("UN Security Council", "GAO",
    "FDA" for "Food and Drug Administration").

    Unlike "Name (ACR)", nothing in the text introduces these."""
    orgs = {fold(m.name): m.name for m in names.mentions if m.kind in ("organization", "group")}
    spelled: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, name in orgs.items():
        parts = name.split()
        if not parts or not parts[0][:1].isupper():
            continue
        for cut in range(2, _name_words(parts) + 1):
            if parts[cut - 1][:1].isupper():
                for initials in _spellings(parts[:cut]):
                    spelled[initials, fold(" ".join(parts[cut:]))].add(key)
    links = {}
    for key, name in orgs.items():
        first, _, rest = name.partition(" ")
        letters = first.replace(".", "")
        if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
            owners = spelled.get((letters, fold(rest)), set()) - {key}
            if len(owners) == 1:
                links[key] = owners.pop()
    yield from names.edges(initialism_links, links)


def _name_words(parts: list[str]) -> int:
    """How many of a name's opening words are capitalised words or connectors."""
    connectors = words("name_connectors")
    return next(
        (i for i, part in enumerate(parts) if not (part[:1].isupper() or part in connectors)),
        len(parts),
    )


def _spellings(parts: list[str]) -> set[str]:
    """The acronyms a run of name words spells: the capitalised words' initials, with or
    without the connectors' ("FDA" for "Food and Drug Administration", "DOJ" for
    "Department of Justice")."""
    capitals = "".join(part[0] for part in parts if part[:1].isupper())
    every = "".join(part[0].upper() for part in parts if part[:1].isalpha())
    return {capitals, every}


@rule(
    "link",
    example="General Motors Corporation (GM) announced on Wednesday that it saw a 45% drop in "
    "United States vehicle sales for its cars in March. General Motors said sales of trucks "
    "fell too.",
)
def legal_form_links(names: NameUse) -> Iterator[Link]:
    """A company's name with legal-form words after it is the company ("General Motors
    Corporation", "Fiat Group SpA"; lexicon `legal_forms`).

    Names that share a base ("Ford Motor Co", "Ford Motor Company") join its commonest form."""
    counts = Counter(fold(m.name) for m in names.mentions if m.kind == "organization")
    by_base: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        base = without_legal_form(name)
        if base != name:
            by_base[base].append(name)
    links = {}
    for base, forms in by_base.items():
        target = base if base in counts else max(forms, key=lambda form: (counts[form], form))
        links.update({form: target for form in forms if form != target})
    yield from names.edges(legal_form_links, links)


@rule(
    "link",
    example="A third US car manufacturer, Ford Motor Company, has said that it can make it "
    "through this year without any government aid. The US automobile manufacturer Ford has "
    "said that it posted a net profit of US$997 million in the third quarter.",
)
def business_links(names: NameUse) -> Iterator[Link]:
    """An organisation's name plus words for its line of business or legal form is that
    organisation ("Ford Motor Company" is Ford, "Apple Computer" is Apple).

    Only such words (lexicons `business_words`, `legal_forms`): "Airbus Military" and "GM
    Europe" are arms of their own."""
    orgs = {fold(m.name) for m in names.mentions if m.kind == "organization"}
    business = folded("business_words") | folded("legal_forms")
    links = {}
    for name in orgs:
        parts = name.split()
        while len(parts) > 1 and parts[-1].rstrip(",") in business:
            parts.pop()
        short = " ".join(parts)
        if short != name and short in orgs:
            links[name] = short
    yield from names.edges(business_links, links)


@rule(
    "link",
    example="Pakistani officials have long maintained that the Afghan Taliban, despite past "
    "assurances, has failed to curb TTP activities along the border. The Taliban denied it.",
)
def modifier_links(names: NameUse) -> Iterator[Link]:
    """A name led by a country's demonym or name joins the rest of it, when that is itself
    named as an actor ("Afghan Taliban" is the Taliban)."""
    places = gazetteer()
    known = {fold(m.name) for m in names.mentions}
    links = {}
    for mention in names.mentions:
        first, _, rest = mention.name.partition(" ")
        is_country_word = first in places.demonyms or places.country(first)
        if rest and is_country_word and fold(rest) in known and mention.kind != "person":
            links[fold(mention.name)] = fold(rest)
    yield from names.edges(modifier_links, links)


@rule(
    "link",
    example="Federal Reserve Chairman Ben Bernanke said on Tuesday that the Fed would strongly "
    "resist any erosion of long-term inflation expectations.",
)
def clipped_links(names: NameUse) -> Iterator[Link]:
    """One short word with the article, the clipped start of the first word of exactly one
    longer organisation's name in its article, is that organisation ("the Fed").

    So "the Fed" beside the Federal Deposit Insurance Corporation is still read; a proper
    name does not take "the" ("Ford" is no clipping of "Fordham University")."""
    in_article: dict[str, set[str]] = defaultdict(set)  # source -> multi-word org names
    for m in names.mentions:
        if m.kind == "organization" and " " in m.name:
            in_article[m.evidence.source].add(fold(m.name))
    owners: dict[str, set[str]] = defaultdict(set)
    for mention in names.mentions:
        if _is_clipping(mention):
            key = fold(mention.name)
            longer = in_article[mention.evidence.source]
            owners[key] |= {name for name in longer if _clips(key, name.split()[0])}
    links = {key: found.pop() for key, found in owners.items() if len(found) == 1}
    yield from names.edges(clipped_links, links)


def _is_clipping(mention: Mention) -> bool:
    clip = mention.name
    return (
        mention.definite
        and mention.kind == "organization"
        and clip.isalpha()
        and clip.istitle()
        and MIN_CLIP <= len(clip) < MIN_VARIANT_LENGTH
    )


def _clips(clip: str, word: str) -> bool:
    return word.startswith(clip) and word != clip


@rule(
    "link",
    example="The Indianapolis Colts clinched a playoff spot with a 20-13 win. The Colts, "
    "trailing 14-0 at the start of the second quarter, scored 17 unanswered points.",
)
def plural_name_links(names: NameUse) -> Iterator[Link]:
    """A one-word plural organisation's name joins the one longer organisation's name in the
    brief that ends with it, a place's few words before it ("the Colts" is the Indianapolis
    Colts, "the Saints" the New Orleans Saints): a team is called by its plural name, its
    place left out."""
    orgs = {fold(m.name) for m in names.mentions if m.kind == "organization"}
    plural = {fold(m.name) for m in names.mentions if m.plural and m.kind == "organization"}
    longer: dict[str, set[str]] = defaultdict(set)
    for name in orgs:
        parts = name.split()
        for cut in range(1, len(parts)):
            longer[" ".join(parts[cut:])].add(name)
    links = {key: next(iter(longer[key])) for key in plural if len(longer.get(key, ())) == 1}
    links = {
        key: name
        for key, name in links.items()
        if " " not in key and len(name.split()) <= _MAX_PLACE_WORDS + 1
    }
    yield from names.edges(plural_name_links, links)
