"""A short name read in its article: "Jackson" is the one Jackson the article names in full.

Across a brief a surname may belong to several people (Michael, Janet and Randy Jackson), so
`person_links.surname_links` leaves it apart; inside one article that names only one of them in
full, the surname is that person, as a reader takes it there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from briefgen.extract.entities import Mention
from briefgen.extract.names import fold
from briefgen.extract.person_links import people_of
from briefgen.extract.rules import ARTICLE_BREAK, record, rule

Owners = dict[str, set[str]]  # a name's first or last word -> the full person names with it


@rule(
    "link",
    example="Janet Jackson will not be attending her brother Michael Jackson's tribute concert "
    "in Cardiff."
    + ARTICLE_BREAK
    + "Michael Jackson: Jury chosen for Dr Conrad Murray trial. Jackson died shortly before "
    "his run of comeback concerts in London.",
)
def short_name_in_article(mentions: Sequence[Mention]) -> list[Mention]:
    """A one-word name the brief gives to two people or more ("Jackson": Michael and Janet)
    is, in an article that names only one of them in full, that one: with it as last word
    ("Michael Jackson ... Jackson was 50"), or, when none ends with it, as first word (a
    family calls him "Michael"). Elsewhere it stays apart (`surname_of_two_people`)."""
    brief_last, brief_first = _owners(mentions)
    ambiguous = {
        word
        for word in brief_last.keys() | brief_first.keys()
        if len(people_of(brief_last.get(word, set()) | brief_first.get(word, set()))) > 1
    }
    by_source: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_source[m.evidence.source].append(m)
    local = {source: _owners(found) for source, found in by_source.items()}
    spelled = _spellings(mentions)
    read = []
    for mention in mentions:
        key = fold(mention.name)
        if key in ambiguous and _surname_like(mention):
            last, first = local[mention.evidence.source]
            named = people_of(last.get(key, set())) or people_of(first.get(key, set()))
            if len(named) == 1:
                mention = _read_as(mention, spelled[named.pop()])
        read.append(mention)
    return read


def _owners(mentions: Sequence[Mention]) -> tuple[Owners, Owners]:
    """The folded full person names by their last and by their first word."""
    last: Owners = defaultdict(set)
    first: Owners = defaultdict(set)
    for m in mentions:
        parts = fold(m.name).split()
        if m.kind == "person" and len(parts) > 1 and not m.country:
            last[parts[-1]].add(" ".join(parts))
            first[parts[0]].add(" ".join(parts))
    return last, first


def _spellings(mentions: Sequence[Mention]) -> dict[str, str]:
    """Each folded name -> the name as its first mention writes it (an index made once: a
    scan of the brief's mentions per short name read grew with the square of the brief)."""
    found: dict[str, str] = {}
    for m in mentions:
        found.setdefault(fold(m.name), m.name)
    return found


def _read_as(mention: Mention, full: str) -> Mention:
    record(short_name_in_article, mention.name, f"is {full} here", [mention.evidence])
    why = (*mention.why, short_name_in_article.name)
    return replace(mention, name=full, surface=mention.name, why=why)


def _surname_like(mention: Mention) -> bool:
    """One word that can be a person's short name: no country, no team ("the Colts")."""
    return (
        " " not in mention.name
        and "-" not in mention.name
        and mention.country is None
        and not (mention.plural and mention.definite)
    )
