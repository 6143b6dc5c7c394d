"""Name variants: the links that join mentions of one actor written differently, each
learned from the text (a "Name (ACR)", initials that spell a name, a legal form, a
transliteration, a typo, a surname, a short given name, a shortened or clipped name with
"the")."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache

from briefgen.extract.countries import gazetteer
from briefgen.extract.entities import Mention
from briefgen.extract.lexicon import folded, words

# Spelling variants: names this alike, word by word, are one actor spelled two ways. Short
# names are left alone: "Iran" and "Iraq" differ by one letter.
_MIN_VARIANT_LENGTH = 6


_NAME_SIMILARITY = 0.75


_MIN_CLIP = 3  # "Fed" for "Federal"; two letters are an abbreviation, not a clipping


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


_INITIAL = re.compile(r"\w\.?")  # "m." in "michael m. sears": a middle initial


# The Arabic article written onto a surname: "al-Burhan", "el-Sisi", "ash-Sharaa".
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\w)")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """A comparison key: case, accents and apostrophe style removed."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def shortened_in_article(mentions: list[Mention]) -> list[Mention]:
    """ "the Air Force" -> "United States Air Force": an organisation's name with the article,
    ending the name of exactly one other organisation in the same article, is its short form
    there. A proper name does not take "the" ("Chrysler" is not "Daimler Chrysler"
    shortened); one word is too little to tell unless what it drops only places the
    institution ("the Commission" for "the European Commission", "the Senate" for "the
    United States Senate"; "the House" is not the "White House"); and across articles the
    same short form may mean another ("the Air Force" of the UK)."""
    orgs = {fold(m.name): m.name for m in mentions if m.kind == "organization"}
    shortened = []
    for mention in mentions:
        if mention.definite and mention.kind == "organization":
            ending = f" {fold(mention.name)}"
            longer = {
                name
                for key, name in orgs.items()
                if key.endswith(ending)
                and (" " in mention.name or _place_word(name[: len(name) - len(ending)]))
            }
            if len(longer) == 1:
                mention = replace(mention, name=longer.pop())
        shortened.append(mention)
    return shortened


def _place_word(words_before: str) -> bool:
    """Words that place an institution, as a country, its demonym or a region does ("US" in
    "the US House", "European" in "the European Commission"; lexicon
    `region_adjectives`)."""
    places = gazetteer()
    return bool(
        places.country(words_before, place=True)
        or words_before in places.demonyms
        or words_before in places.regions
        or words_before in words("region_adjectives")
    )


def acronym_links(mentions: list[Mention]) -> dict[str, str]:
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


def initialism_links(mentions: list[Mention]) -> dict[str, str]:
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


def legal_form_links(mentions: list[Mention]) -> dict[str, str]:
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


def business_links(mentions: list[Mention]) -> dict[str, str]:
    """ "Ford Motor Company", "Ford Motors" -> "Ford", "Apple Computer" -> "Apple": a full
    name that is an organisation named in the brief plus words for its line of business
    and legal forms (lexicons `business_words`, `legal_forms`). Only such words: "Airbus
    Military" and "GM Europe" are arms of their own."""
    names = {fold(m.name) for m in mentions if m.kind == "organization"}
    business = folded("business_words") | folded("legal_forms")
    links = {}
    for name in names:
        parts = name.split()
        while len(parts) > 1 and parts[-1].rstrip(",") in business:
            parts.pop()
        short = " ".join(parts)
        if short != name and short in names:
            links[name] = short
    return links


def _without_legal_form(name: str) -> str:
    """A folded name with trailing legal-form words and commas removed ("eads n.v", whose
    last full stop names lose, is "EADS N.V.")."""
    parts = name.split()
    forms = folded("legal_forms")
    while len(parts) > 1 and {parts[-1].rstrip(","), parts[-1].rstrip(",") + "."} & forms:
        parts.pop()
    return " ".join(parts).rstrip(",")


def variant_links(mentions: list[Mention], forms: dict[str, Counter[str]]) -> dict[str, str]:
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
            if common not in links and apart and spelling_variants(rare, common):
                links[rare] = common
                break
    return links


def typo_links(mentions: list[Mention]) -> dict[str, str]:
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


def spelling_variants(a: str, b: str) -> bool:
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


def surname_links(mentions: list[Mention], variants: dict[str, str]) -> dict[str, str]:
    """A one-word name -> the one full person name that ends (or starts) with it, the
    Arabic article aside ("Burhan" for "Abdel Fattah al-Burhan").

    The one-word mention may carry another type: the model often tags a lone surname
    ("Sugar said") as an organisation."""
    by_word: dict[str, set[str]] = defaultdict(set)  # first or last word -> full names
    for m in mentions:
        if m.kind == "person" and " " in m.name:
            name = fold(m.name)
            parts = name.split()
            for word in {parts[0], parts[-1], _ARABIC_ARTICLE.sub("", parts[-1])}:
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


def given_name_links(mentions: list[Mention]) -> dict[str, str]:
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


def modifier_links(mentions: list[Mention]) -> dict[str, str]:
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


def clipped_links(mentions: list[Mention]) -> dict[str, str]:
    """ "the Fed" -> "Federal Reserve": one short word with the article, the clipped start of
    the first word of exactly one longer organisation's name, in the articles that use it
    (so "the Fed" beside the Federal Deposit Insurance Corporation is still read). A proper
    name does not take "the" ("Ford" is no clipping of "Fordham University")."""
    in_article: dict[str, set[str]] = defaultdict(set)  # source -> multi-word org names
    for m in mentions:
        if m.kind == "organization" and " " in m.name:
            in_article[m.evidence.source].add(fold(m.name))
    owners: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if _is_clipping(mention):
            key = fold(mention.name)
            names = in_article[mention.evidence.source]
            owners[key] |= {name for name in names if _clips(key, name.split()[0])}
    return {key: names.pop() for key, names in owners.items() if len(names) == 1}


def _is_clipping(mention: Mention) -> bool:
    clip = mention.name
    return (
        mention.definite
        and mention.kind == "organization"
        and clip.isalpha()
        and clip.istitle()
        and _MIN_CLIP <= len(clip) < _MIN_VARIANT_LENGTH
    )


def _clips(clip: str, word: str) -> bool:
    return word.startswith(clip) and word != clip


def alias_links(mentions: list[Mention]) -> dict[str, str]:
    """ "Hemedti" -> "Mohamed Hamdan Dagalo", learned from "Mohamed Hamdan Dagalo, known as
    Hemedti"."""
    return {fold(m.name): fold(m.alias_of) for m in mentions if m.alias_of}
