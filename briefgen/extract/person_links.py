"""Person name links: one person written with more or fewer names.

The evidence is the words two person names share: a lone surname or given name of exactly
one full name ("Tarar"), a middle name or initials more ("Mark Jay Heller", "Timothy D.
Cook"), a short given name ("Tim Cook"); a surname two people bear joins neither
(`surname_of_two_people`). `people_of` is also read by `surnames`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from briefgen.extract.name_use import NameUse
from briefgen.extract.names import (
    fold,
    same_given_name,
)
from briefgen.extract.rules import ARTICLE_BREAK, Link, record, rule

_INITIAL = re.compile(r"\w\.?")  # "m." in "michael m. sears": a middle initial


# The Arabic article written onto a surname: "al-Burhan", "el-Sisi", "ash-Sharaa".
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\w)")


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
