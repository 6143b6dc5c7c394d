"""Spelling links: one name written with other letters.

The evidence is the letters: a transliteration or near spelling never seen beside the
commoner one in an article ("Zabiullah Mujahid"), or a typo even in one article: two
neighbouring letters swapped ("Chrylser"), a plural's s dropped ("General Motor").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from briefgen.extract.name_use import NameUse
from briefgen.extract.names import (
    MIN_VARIANT_LENGTH,
    fold,
    swapped,
)
from briefgen.extract.rules import ARTICLE_BREAK, Link, rule


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
