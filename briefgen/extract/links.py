"""Name links: the rules that join mentions of one actor written differently.

Each link is learned from the text (a "Name (ACR)", initials that spell a name, a legal form,
a transliteration, a typo, a surname, a short given name, a shortened or clipped name with
"the") and is an edge from one folded name to another, kept with its rule and a pair of
evidence: a mention of each name. `LINK_RULES` orders the rules: a name takes the link of the
first rule that gives it one, so each name has at most one outgoing link, and `actors` joins
the chosen links in a union-find (`rules.Merges`) whose groups are the actors.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from briefgen.extract.countries import gazetteer
from briefgen.extract.entities import Mention
from briefgen.extract.lexicon import folded
from briefgen.extract.names import (
    MIN_CLIP,
    MIN_VARIANT_LENGTH,
    fold,
    same_given_name,
    spelling_variants,
    swapped,
    variant_key,
    variant_word_keys,
    without_legal_form,
)
from briefgen.extract.rules import ARTICLE_BREAK, Link, Rule, record, rule
from briefgen.model import Evidence

# The most words a place's name puts before a team's ("Kansas City", "Salt Lake City").
_MAX_PLACE_WORDS = 3


_INITIAL = re.compile(r"\w\.?")  # "m." in "michael m. sears": a middle initial


# The Arabic article written onto a surname: "al-Burhan", "el-Sisi", "ash-Sharaa".
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\w)")


@dataclass
class NameUse:
    """The brief's mentions, as the link rules read them.

    `forms` counts the surface forms of each mention key (a folded name, or "country:X")."""

    mentions: Sequence[Mention]
    forms: dict[str, Counter[str]]

    @cached_property
    def variants(self) -> dict[str, str]:
        """A rarer spelling -> the commoner one (read by two rules)."""
        return _variants(self.mentions, self.forms)

    @cached_property
    def first_evidence(self) -> dict[str, Evidence]:
        """The first mention of each folded name or acronym."""
        found: dict[str, Evidence] = {}
        for m in self.mentions:
            found.setdefault(fold(m.name), m.evidence)
            if m.acronym:
                found.setdefault(fold(m.acronym), m.evidence)
        return found

    def edges(self, made_by: Rule[..., Any], targets: dict[str, str]) -> Iterator[Link]:
        """The links a rule found, each with a mention of its key and one of its target.

        The target must be a name mentioned: one the text gives as another's ("X, known as
        Y") may be a name no entity was found for, and the key would join nothing."""
        evidence = self.first_evidence
        for key, target in targets.items():
            if target not in self.forms:
                continue
            pair = tuple(evidence[name] for name in (key, target) if name in evidence)
            yield Link(key, target, made_by.name, pair)


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


@rule(
    "link",
    example="The Government Accountability Office on June 18 called for a re-run of the "
    "bidding. The Air Force has 60 days to respond to the GAO.",
)
def initialism_links(names: NameUse) -> Iterator[Link]:
    """A name opening with capitals that spell the opening words of exactly one other
    organisation's name, the rest the same, is that name ("UN Security Council", "GAO").

    Unlike "Name (ACR)", nothing in the text introduces these."""
    orgs = {fold(m.name): m.name for m in names.mentions if m.kind in ("organization", "group")}
    spelled: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, name in orgs.items():
        parts = name.split()
        for cut in range(2, len(parts) + 1):
            if all(part[:1].isupper() for part in parts[:cut]):
                initials = "".join(part[0] for part in parts[:cut])
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
    example="Pakistan's Information Minister Attaullah Tarar confirmed on Wednesday that the "
    "discussions had yielded no progress. Tarar emphasized that Pakistan had shown restraint.",
)
def surname_links(names: NameUse) -> Iterator[Link]:
    """A one-word name joins the one full person name that ends (or starts) with it, the
    Arabic article aside ("Tarar" for "Attaullah Tarar", "Burhan" for "Abdel Fattah
    al-Burhan").

    The one-word mention may carry another type: the model often tags a lone surname ("Sugar
    said") as an organisation; but a plural organisation's name with "the" ("the Colts") is
    no one's surname. After a courtesy title ("Mr. Foote"), which only people bear, the full
    name it ends may be one the model tagged otherwise ("Daniel Foote", an organisation)."""
    variants = names.variants
    by_word: dict[str, set[str]] = defaultdict(set)  # first or last word -> full names
    by_last: dict[str, set[str]] = defaultdict(set)  # last word -> full names of any type
    for m in names.mentions:
        name = fold(m.name)
        parts = name.split()
        if " " in m.name and parts and m.country is None:  # not a name of spaces only
            by_last[parts[-1]].add(variants.get(name, name))
        if m.kind == "person" and " " in m.name and parts:
            for word in {parts[0], parts[-1], _ARABIC_ARTICLE.sub("", parts[-1])}:
                by_word[word].add(variants.get(name, name))
    teams = {
        fold(m.name) for m in names.mentions if m.plural and m.definite and m.kind == "organization"
    }
    links: dict[str, str] = {}
    apart: set[str] = set()
    people: dict[str, set[str]] = {}  # each one-word name's owners, read once per name
    anyone: dict[str, set[str]] = {}
    for mention in names.mentions:
        key = fold(mention.name)
        if mention.country or " " in mention.name or "-" in mention.name or key in teams:
            continue
        owners = _people_once(people, by_word, key)
        if not owners and mention.courtesy:
            owners = _people_once(anyone, by_last, key)
        if len(owners) == 1:
            links[key] = next(iter(owners))
        elif key not in apart and (shared := surname_of_two_people(owners)):
            apart.add(key)
            evidence = [mention.evidence, *(names.first_evidence[o] for o in shared)]
            outcome = f"stays apart: {', '.join(shared)}"
            record(surname_of_two_people, mention.name, outcome, evidence)
    yield from names.edges(surname_links, links)


@rule(
    "link",
    example="Lohan lawyer Mark Heller told the judge that Lohan had checked into a rehab. "
    "Attorney Mark Jay Heller said she would stay there.",
)
def middle_name_links(names: NameUse) -> Iterator[Link]:
    """A person's full name with a middle name joins the one shorter full name of the brief
    it holds, first and last words the same ("Mark Jay Heller" is Mark Heller, "Hillary
    Rodham Clinton" Hillary Clinton).

    Words before a name may be a title ("Billionaire Donald Trump") but also a given name
    ("Osman Abu Laban", the nephew of Abu-Laban): they join nothing here."""
    people = {
        fold(m.name) for m in names.mentions if m.kind == "person" and len(m.name.split()) > 1
    }
    by_last: dict[str, set[str]] = defaultdict(set)
    for name in people:
        by_last[name.split()[-1]].add(name)
    links = {}
    for name in people:
        held = [o for o in by_last[name.split()[-1]] if _holds(name, o, words_before=False)]
        if len(people_of(set(held))) == 1:
            links[name] = min(held, key=len)
    yield from names.edges(middle_name_links, links)


def _people_once(found: dict[str, set[str]], owners: dict[str, set[str]], key: str) -> set[str]:
    """`people_of` the owners of a one-word name, worked out on its first mention only."""
    if key not in found:
        found[key] = people_of(owners.get(key, set()))
    return found[key]


def people_of(names: set[str]) -> set[str]:
    """Full names less those that hold another's words in order, first and last the same
    or a title before it ("Mark Jay Heller" and "Colts QB Andrew Luck" are the Mark Heller
    and the Andrew Luck of the same brief): the people a set of full names stands for.

    A name only holds one with its last word (`_holds`), so each is set beside those alone:
    the owners of a given name ("John") are many, and all pairs grew with their square."""
    by_last: dict[str, list[str]] = defaultdict(list)
    for name in names:
        by_last[_last_word(name)].append(name)
    return {
        name
        for name in names
        if not any(o != name and _holds(name, o) for o in by_last[_last_word(name)])
    }


def _last_word(name: str) -> str:
    """The last word of a folded name that is no initial ("" when all are)."""
    return next((part for part in reversed(name.split()) if not _INITIAL.fullmatch(part)), "")


def _holds(longer: str, shorter: str, *, words_before: bool = True) -> bool:
    """Whether `shorter`'s words are `longer`'s, initials aside and some left out, the last
    the same and the first the same or one given name beginning the other ("timothy d. cook"
    holds "tim cook"), or, `words_before`, all left out words before it."""
    big = [part for part in longer.split() if not _INITIAL.fullmatch(part)]
    small = [part for part in shorter.split() if not _INITIAL.fullmatch(part)]
    if not big or not small:  # initials only ("j. k."): nothing to compare
        return False
    if big == small:  # "donald j. trump" holds "donald trump": initials only between them
        return len(longer.split()) > len(shorter.split())
    if len(big) == len(small) > 1 and big[-1] == small[-1] and big[1:] == small[1:]:
        return (
            big[0] != small[0] and same_given_name(big[0], small[0]) and len(big[0]) > len(small[0])
        )
    if len(small) >= len(big) or big[-1] != small[-1]:
        return False
    if words_before and big[-len(small) :] == small:
        return True
    words = iter(big)
    given = big[0] == small[0] or same_given_name(big[0], small[0])
    return given and all(word in words for word in small[1:])


@rule(
    "link",
    example="Pierre Thomas was placed on injured reserve. Tight end David Thomas has a knee "
    "injury. Thomas will miss the rest of the season.",
)
def surname_of_two_people(owners: set[str]) -> list[str] | None:
    """A surname the brief gives to two people or more ("Pierre Thomas", "David Thomas")
    joins none of them: its card stays apart, and the decision names them."""
    return sorted(owners) if len(owners) > 1 else None


@rule(
    "link",
    example=(
        "He left current chief operating officer Timothy D. Cook in charge of day-to-day "
        "operations, the same move made in Jobs' last two absences."
        + ARTICLE_BREAK
        + "The former Chief Operating Officer, Tim Cook will be succeeding Jobs as CEO. Tim "
        "Cook was personally recommended by Jobs to take over as CEO."
    ),
)
def given_name_links(names: NameUse) -> Iterator[Link]:
    """One person written with and without middle initials or a short given name ("Michael
    M. Sears" and "Michael Sears", "Timothy D. Cook" and "Tim Cook"): the rarer joins the
    commoner.

    Two full names join when, initials aside, they share the other words and one given name
    begins the other (3+ letters), and no third name fits."""
    counts = Counter(fold(m.name) for m in names.mentions if m.kind == "person" and " " in m.name)
    by_rest: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for name in counts:
        parts = [part for part in name.split() if not _INITIAL.fullmatch(part)]
        if len(parts) > 1:  # initials only ("j. k.") or one word left: nothing to compare
            by_rest[tuple(parts[1:])].append((parts[0], name))
    links = {}
    for named in by_rest.values():
        for given, name in named:
            fits = [
                other
                for other_given, other in named
                if other != name and same_given_name(given, other_given)
            ]
            if len(fits) == 1 and (counts[fits[0]], fits[0]) > (counts[name], name):
                links[name] = fits[0]
    yield from names.edges(given_name_links, links)


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
    example=(
        "According to Fiat's announcement, the company has told the US Treasury that it "
        "intends to use its option to buy the share in Chrysler held by the US government."
        + ARTICLE_BREAK
        + 'The government would sell its stake, saying that was a question "better addressed '
        'to the U.S. Treasury".'
    ),
)
def variant_links(names: NameUse) -> Iterator[Link]:
    """A rarer spelling joins the commoner one, when the two never appear in one article
    ("Zabiullah Mujahid" and "Zabihullah Mujahid").

    A writer keeps one spelling; the names have as many words, and each pair of words is a
    near match or the same transliteration skeleton ("Muttaqi" ~ "Mottaki")."""
    yield from names.edges(variant_links, names.variants)


def _variants(mentions: Sequence[Mention], forms: dict[str, Counter[str]]) -> dict[str, str]:
    articles: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.country is None and m.kind != "place" and not m.name.isupper():
            articles[fold(m.name)].add(m.evidence.source)
    by_count = sorted(articles, key=lambda key: (-sum(forms[key].values()), key))
    # Only names with the same blocking key (the words' initials) and a key of the last word
    # in common (`variant_word_keys`) can be variants: each name is compared with those of
    # the commoner names, in the order of commonness, not with its whole block (whose size
    # grows with the brief: names starting "j" and "s").
    blocks: dict[tuple[str, ...], list[str]] = defaultdict(list)
    keyed: dict[tuple[tuple[str, ...], str], list[int]] = defaultdict(list)
    links: dict[str, str] = {}
    for rare in by_count:
        key = variant_key(rare)
        if key is None:
            continue
        block, word_keys = blocks[key], variant_word_keys(rare)
        near = sorted({i for word_key in word_keys for i in keyed.get((key, word_key), ())})
        for common in (block[i] for i in near):
            apart = not articles[rare] & articles[common]
            if common not in links and apart and spelling_variants(rare, common):
                links[rare] = common
                break
        for word_key in word_keys:
            keyed[key, word_key].append(len(block))
        block.append(rare)
    return links


@rule(
    "link",
    example="GM's move comes a day after Chrysler, another U.S. car maker, released a list of "
    "789 dealerships that it was closing. Chrysler will keep 2,400 of them. Unlike Chrylser, "
    "GM will not publicly announce the dealerships that it intends to shut down.",
)
def typo_links(names: NameUse) -> Iterator[Link]:
    """A misspelling joins the commoner name, even in one article: two neighbouring letters
    swapped ("Chrylser") or a plural's s dropped from an organisation's last word ("General
    Motor")."""
    counts = Counter(fold(m.name) for m in names.mentions if m.country is None)
    organizations = {fold(m.name) for m in names.mentions if m.kind == "organization"}
    same_letters: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        same_letters["".join(sorted(name))].append(name)
    links = {}
    for rare in counts:
        if len(rare) < MIN_VARIANT_LENGTH:
            continue
        swaps = [c for c in same_letters["".join(sorted(rare))] if swapped(rare, c)]
        plural = [rare + "s"] if rare in organizations and " " in rare else []
        found = [c for c in swaps + plural if counts[c] > counts[rare]]
        if found:
            links[rare] = max(found, key=lambda name: counts[name])
    yield from names.edges(typo_links, links)


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
