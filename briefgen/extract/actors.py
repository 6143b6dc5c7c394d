"""Actors: mentions from every article merged into one card per real-world actor.

Merging is by evidence in the text, not by lists: a country by its gazetteer name (so
"Islamabad declared" joins Pakistan), an acronym by the "Name (ACR)" that introduced it,
a surname by the one full name it ends, and "Afghan Taliban" by the name it modifies.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache

from briefgen.extract import ParsedArticle
from briefgen.extract.countries import gazetteer
from briefgen.extract.entities import (
    Mention,
    MentionKind,
    clean_name,
    find_mentions,
    is_org_noun,
)
from briefgen.extract.lexicon import folded, words
from briefgen.model import Actor

# Salience weights: a mention in the title or lead says more about what the story is about.
_TITLE_WEIGHT = 3
_LEAD_WEIGHT = 2
_QUOTE_WEIGHT = 2
_TITLE_PHRASE = 8  # longest name, in words, looked up in titles
_WORD = re.compile(r"\w+")
_INITIAL = re.compile(r"\w\.?")  # "m." in "michael m. sears": a middle initial
_SPREAD_WEIGHT = 2  # per extra article that mentions the actor

# Spelling variants: names this alike, word by word, are one actor spelled two ways. Short
# names are left alone: "Iran" and "Iraq" differ by one letter.
_MIN_VARIANT_LENGTH = 6
_NAME_SIMILARITY = 0.75
_WORD_SIMILARITY = 0.9
# Romanisations of one sound (Arabic, Persian, Pashto, Urdu names): kh/k, q/k, ph/f, dh/d.
_DIGRAPHS = (
    ("kh", "k"),
    ("gh", "g"),
    ("ph", "f"),
    ("dh", "d"),
    ("th", "t"),
    ("ck", "k"),
    ("q", "k"),
)


@dataclass(frozen=True)
class ActorIndex:
    """The merged actors and the map from every surface form to its actor's name."""

    actors: tuple[Actor, ...]
    names: dict[str, str]  # folded surface form -> canonical name

    def resolve(self, surface: str) -> str | None:
        """The canonical actor a surface form ("Tarar", "Islamabad", "TTP") refers to."""
        return self.names.get(fold(clean_name(surface.strip().removeprefix("the "))))

    def actor(self, name: str) -> Actor | None:
        """The actor card with this canonical name."""
        return next((actor for actor in self.actors if actor.name == name), None)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """A comparison key: case, accents and apostrophe style removed."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def extract_actors(articles: Sequence[ParsedArticle]) -> ActorIndex:
    """Merge the mentions of all articles into actors, in no particular order."""
    found = [_shortened_in_article(find_mentions(article)) for article in articles]
    mentions = _acting_countries([m for article in found for m in article])
    canonical = _canonical_names(mentions)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[canonical[_key(mention)]].append(mention)
    names = {fold(surface): name for surface, name in _surface_names(mentions, canonical).items()}
    titles = _title_phrases(fold(article.source.title) for article in articles)
    kept = {
        name: group
        for name, group in groups.items()
        if not _lone_word_person(name, group) and not _is_product(group)
    }
    makers = {
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
    """A "person" known by one word only and never given a full name or role anywhere in
    the brief: news introduces people by full name, so this is the model naming a thing
    ("Safari", "Toulouse") a person."""
    return " " not in name and all(m.kind == "person" and not m.role for m in mentions)


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


def _shortened_in_article(mentions: list[Mention]) -> list[Mention]:
    """ "the Air Force" -> "United States Air Force": an organisation's name of two words or
    more, with the article, ending the name of exactly one other organisation in the same
    article, is its short form there. A proper name does not take "the" ("Chrysler" is not
    "Daimler Chrysler" shortened); one word is too little to tell ("the House" is not the
    "White House"); and across articles the same short form may mean another ("the Air
    Force" of the UK)."""
    orgs = {fold(m.name): m.name for m in mentions if m.kind == "organization"}
    shortened = []
    for mention in mentions:
        if mention.definite and mention.kind == "organization" and " " in mention.name:
            ending = f" {fold(mention.name)}"
            longer = {name for key, name in orgs.items() if key.endswith(ending)}
            if len(longer) == 1:
                mention = replace(mention, name=longer.pop())
        shortened.append(mention)
    return shortened


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
    variants = _variant_links(mentions, forms)
    links = {
        **_acronym_links(mentions),
        **_initialism_links(mentions),
        **_legal_form_links(mentions),
        **_surname_links(mentions, variants),
        **_given_name_links(mentions),
        **_modifier_links(mentions),
        **variants,
        **_typo_links(mentions),
    }
    for key in canonical:
        target = key
        for _ in range(len(links) + 1):  # follow chains, never loop
            if target not in links:
                break
            target = links[target]
        canonical[key] = canonical[target]
    return canonical


def _acronym_links(mentions: list[Mention]) -> dict[str, str]:
    """ "TTP" -> "tehrik-e-taliban pakistan", learned from "Tehrik-e-Taliban Pakistan (TTP)";
    names that bring in the same acronym ("European Aeronautic Defence & Space NV (EADS)",
    "European Aeronautic Defense & Space Company (EADS)") join the commonest of them."""
    introduced: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.acronym:
            introduced[fold(m.acronym)][fold(m.name)] += 1
    links = {}
    for acronym, names in introduced.items():
        hub = max(names, key=lambda name: (names[name], name))
        links.update({name: hub for name in [acronym, *names] if name != hub})
    return links


def _initialism_links(mentions: list[Mention]) -> dict[str, str]:
    """ "UN Security Council" -> "United Nations Security Council", "EU" -> "European Union",
    "US Air Force" -> "United States Air Force": a name opening with a word in capitals that
    spells the initials of the opening words of exactly one other organisation's name, the
    rest being the same. Unlike "Name (ACR)", nothing in the text introduces these."""
    names = {fold(m.name): m.name for m in mentions if m.kind in ("organization", "group")}
    spelled: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, name in names.items():
        parts = name.split()
        for cut in range(2, len(parts) + 1):
            if all(part[:1].isupper() for part in parts[:cut]):
                initials = "".join(part[0] for part in parts[:cut])
                spelled[initials, fold(" ".join(parts[cut:]))].add(key)
    links = {}
    for key, name in names.items():
        first, _, rest = name.partition(" ")
        letters = first.replace(".", "")
        if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
            owners = spelled.get((letters, fold(rest)), set()) - {key}
            if len(owners) == 1:
                links[key] = owners.pop()
    return links


def _legal_form_links(mentions: list[Mention]) -> dict[str, str]:
    """ "General Motors Corporation" -> "General Motors", "Fiat Group SpA" -> "Fiat": a
    company's name with legal-form words after it (lexicon `legal_forms`) is the company.
    Names that share a base ("Ford Motor Co", "Ford Motor Company") join its commonest form."""
    names = Counter(fold(m.name) for m in mentions if m.kind == "organization")
    by_base: dict[str, list[str]] = defaultdict(list)
    for name in names:
        base = _without_legal_form(name)
        if base != name:
            by_base[base].append(name)
    links = {}
    for base, forms in by_base.items():
        target = base if base in names else max(forms, key=lambda form: (names[form], form))
        links.update({form: target for form in forms if form != target})
    return links


def _without_legal_form(name: str) -> str:
    """A folded name with trailing legal-form words and commas removed ("eads n.v", whose
    last full stop names lose, is "EADS N.V.")."""
    parts = name.split()
    forms = folded("legal_forms")
    while len(parts) > 1 and {parts[-1].rstrip(","), parts[-1].rstrip(",") + "."} & forms:
        parts.pop()
    return " ".join(parts).rstrip(",")


def _variant_links(mentions: list[Mention], forms: dict[str, Counter[str]]) -> dict[str, str]:
    """A rarer spelling -> the commoner one ("Zabiullah Mujahid" -> "Zabihullah Mujahid").

    Two names are variants when they never appear in the same article (a writer keeps one
    spelling), have as many words, and each pair of words is a near match or the same
    transliteration skeleton ("Muttaqi" ~ "Mottaki")."""
    articles: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.country is None and m.kind != "place" and not m.name.isupper():
            articles[fold(m.name)].add(m.evidence.source)
    by_count = sorted(articles, key=lambda key: (-sum(forms[key].values()), key))
    links: dict[str, str] = {}
    for i, rare in enumerate(by_count):
        for common in by_count[:i]:
            apart = not articles[rare] & articles[common]
            if common not in links and apart and _spelling_variants(rare, common):
                links[rare] = common
                break
    return links


def _typo_links(mentions: list[Mention]) -> dict[str, str]:
    """A misspelling -> the commoner name, even in one article: two neighbouring letters
    swapped ("Chrylser", "Chrysler") or a plural's s dropped from an organisation's last word
    ("General Motor", "General Motors")."""
    counts = Counter(fold(m.name) for m in mentions if m.country is None)
    organizations = {fold(m.name) for m in mentions if m.kind == "organization"}
    same_letters: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        same_letters["".join(sorted(name))].append(name)
    links = {}
    for rare in counts:
        if len(rare) < _MIN_VARIANT_LENGTH:
            continue
        swapped = [c for c in same_letters["".join(sorted(rare))] if _swapped(rare, c)]
        plural = [rare + "s"] if rare in organizations and " " in rare else []
        found = [c for c in swapped + plural if counts[c] > counts[rare]]
        if found:
            links[rare] = max(found, key=lambda name: counts[name])
    return links


def _swapped(a: str, b: str) -> bool:
    """Whether `b` is `a` with one pair of neighbouring letters swapped."""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1


def _spelling_variants(a: str, b: str) -> bool:
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b) or min(len(a), len(b)) < _MIN_VARIANT_LENGTH:
        return False
    pairs = list(zip(words_a, words_b, strict=True))
    if any(x[0] != y[0] for x, y in pairs):
        return False
    if all(_skeleton(x) == _skeleton(y) for x, y in pairs):
        return True
    return SequenceMatcher(None, a, b).ratio() >= _NAME_SIMILARITY and all(
        _skeleton(x) == _skeleton(y) or SequenceMatcher(None, x, y).ratio() >= _WORD_SIMILARITY
        for x, y in pairs
    )


def _skeleton(word: str) -> str:
    """A transliteration key: common digraphs merged, doubled letters and vowels collapsed."""
    for digraph, letter in _DIGRAPHS:
        word = word.replace(digraph, letter)
    word = re.sub(r"[aeiouy]+", "a", re.sub(r"[^a-z]", "", word))
    return re.sub(r"(.)\1+", r"\1", word)


def _surname_links(mentions: list[Mention], variants: dict[str, str]) -> dict[str, str]:
    """A one-word name -> the one full person name that ends (or starts) with it.

    The one-word mention may carry another type: the model often tags a lone surname
    ("Sugar said") as an organisation."""
    by_word: dict[str, set[str]] = defaultdict(set)  # first or last word -> full names
    for m in mentions:
        if m.kind == "person" and " " in m.name:
            name = fold(m.name)
            parts = name.split()
            for word in (parts[0], parts[-1]):
                by_word[word].add(variants.get(name, name))
    links = {}
    for mention in mentions:
        if mention.country or " " in mention.name or "-" in mention.name:
            continue
        key = fold(mention.name)
        owners = by_word.get(key, set())
        if len(owners) == 1:
            links[key] = next(iter(owners))
    return links


def _given_name_links(mentions: list[Mention]) -> dict[str, str]:
    """One person written with and without middle initials or a short given name: "Michael
    M. Sears" and "Michael Sears", "Tim Cook" and "Timothy D. Cook". Two full names join
    when, initials aside, they share the other words and one given name begins the other
    (3+ letters), and no third name fits; the rarer joins the commoner."""
    counts = Counter(fold(m.name) for m in mentions if m.kind == "person" and " " in m.name)
    by_rest: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for name in counts:
        given, *others = [part for part in name.split() if not _INITIAL.fullmatch(part)]
        if others:
            by_rest[tuple(others)].append((given, name))
    links = {}
    for names in by_rest.values():
        for given, name in names:
            fits = [
                other
                for other_given, other in names
                if other != name and _same_given_name(given, other_given)
            ]
            if len(fits) == 1 and (counts[fits[0]], fits[0]) > (counts[name], name):
                links[name] = fits[0]
    return links


def _same_given_name(a: str, b: str) -> bool:
    short, full = sorted((a, b), key=len)
    return len(short) >= 3 and full.startswith(short)


def _modifier_links(mentions: list[Mention]) -> dict[str, str]:
    """ "Afghan Taliban" -> "Taliban": a name led by a country's demonym or name, when the
    rest of it is itself named as an actor."""
    places = gazetteer()
    known = {fold(m.name) for m in mentions}
    links = {}
    for mention in mentions:
        first, _, rest = mention.name.partition(" ")
        is_country_word = first in places.demonyms or places.country(first)
        if rest and is_country_word and fold(rest) in known and mention.kind != "person":
            links[fold(mention.name)] = fold(rest)
    return links


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
        affiliation=names.get(fold(clean_name(affiliation)), affiliation) if affiliation else None,
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
