"""Names compared: the folded key every name is compared by, the short form an article uses
for a longer name, and the tests of spelling, legal form and given name that the link rules
(`links`) apply."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache

from briefgen.extract.countries import gazetteer
from briefgen.extract.entities import Mention
from briefgen.extract.lexicon import folded, table, words

# Spelling variants: names this alike, word by word, are one actor spelled two ways. Short
# names are left alone: "Iran" and "Iraq" differ by one letter.
MIN_VARIANT_LENGTH = 6


_NAME_SIMILARITY = 0.75


MIN_CLIP = 3  # "Fed" for "Federal"; two letters are an abbreviation, not a clipping


_WORD_SIMILARITY = 0.9


# Words this long are blocked by length, not by their deleted letters (`variant_word_keys`):
# a 14-letter word has 470 strings of up to 3 letters fewer ("tehrik-e-taliban" is one word).
_LONG_WORD = 14


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
    United States Senate"; "the House" is not the "White House"); a longer "name" with an
    article before the ending is words run into it; and across articles the same short form
    may mean another ("the Air Force" of the UK)."""
    orgs = {fold(m.name): m.name for m in mentions if m.kind == "organization"}
    shortened = []
    for mention in mentions:
        if mention.definite and mention.kind == "organization":
            ending = f" {fold(mention.name)}"
            longer = {
                name
                for key, name in orgs.items()
                if key.endswith(ending)
                and not _article_before(key[: len(key) - len(ending)])
                and (" " in mention.name or _place_word(name[: len(name) - len(ending)]))
            }
            if len(longer) == 1:
                mention = replace(mention, name=longer.pop())
        shortened.append(mention)
    return shortened


def _article_before(words_before: str) -> bool:
    """Words that end in an article run a phrase into the name, not a longer name of it
    ("Federal Health Officials Want The White House", a headline's words)."""
    return words_before.rsplit(" ", 1)[-1] in ("the", "a", "an")


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


def without_legal_form(name: str) -> str:
    """A folded name with trailing legal-form words and commas removed ("eads n.v", whose
    last full stop names lose, is "EADS N.V.")."""
    parts = name.split()
    forms = folded("legal_forms")
    while len(parts) > 1 and {parts[-1].rstrip(","), parts[-1].rstrip(",") + "."} & forms:
        parts.pop()
    return " ".join(parts).rstrip(",")


def swapped(a: str, b: str) -> bool:
    """Whether `b` is `a` with one pair of neighbouring letters swapped."""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1


def variant_key(name: str) -> tuple[str, ...] | None:
    """A folded name's blocking key for `spelling_variants`: its words' first letters (two
    variants have as many words and each pair starts alike); None when too short to have one."""
    if len(name) < MIN_VARIANT_LENGTH:
        return None
    return tuple(word[0] for word in name.split())


def variant_word_keys(name: str) -> set[str]:
    """Keys of a folded name's last word, one of which every spelling variant's last word
    shares (`spelling_variants`): its transliteration skeleton, and each string left when
    up to 2/9 of its letters are deleted.

    Two words with a ratio >= 0.9 (`_WORD_SIMILARITY`) have a common subsequence of L
    letters with at most 2L/9 letters more in both together (2M >= 0.9 (2L + dx + dy), M <= L
    letters matched), so each reaches it by that many deletions. A word of `_LONG_WORD`
    letters or more would have hundreds: it and every word that may be near it (9/11 of
    its length or longer, as |dx - dy| <= 2L/9) share one key instead."""
    word = name.split()[-1]
    keys = {f"s:{_skeleton(word)}"}
    if 11 * len(word) >= 9 * _LONG_WORD:
        keys.add("long")
    if len(word) >= _LONG_WORD:
        return keys
    left = {word}
    keys.add(f"d:{word}")
    for _ in range(2 * len(word) // 9):
        left = {part[:i] + part[i + 1 :] for part in left for i in range(len(part))}
        keys |= {f"d:{part}" for part in left}
    return keys


def spelling_variants(a: str, b: str) -> bool:
    """Whether two folded names are one name spelled two ways: as many words, each pair a
    near match or one transliteration skeleton ("muttaqi", "mottaki")."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b) or min(len(a), len(b)) < MIN_VARIANT_LENGTH:
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


def same_given_name(a: str, b: str) -> bool:
    """Whether one given name begins the other, 3+ letters ("tim", "timothy"), or is a short
    form of it (lexicon `given_names`: "ed", "edward"; "bill", "william")."""
    short, full = sorted((a, b), key=len)
    if len(short) >= 3 and full.startswith(short):
        return True
    return full in table("given_names").get(short, ())
