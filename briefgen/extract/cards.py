"""Cards: what a group of merged mentions is (person, organisation, country, armed group)
and whether it is an actor at all, not a thing (a product, a product family, a model), a
channel (a platform or outlet only cited) or the model's mistake (a lone word)."""

from __future__ import annotations

import re
from collections import Counter

from briefgen.extract.countries import gazetteer
from briefgen.extract.entities import Mention, MentionKind
from briefgen.extract.lexicon import folded, words
from briefgen.extract.names import fold
from briefgen.extract.roles import is_org_noun

_WORD = re.compile(r"\w+")


def lone_word_person(name: str, mentions: list[Mention]) -> bool:
    """A "person" known by one word only and never given a full name, a role or a courtesy
    title ("Mr MacFarlane") anywhere in the brief: news introduces people by full name, so
    this is the model naming a thing ("Safari", "Toulouse") a person."""
    return " " not in name and all(
        m.kind == "person" and not m.role and not m.courtesy for m in mentions
    )


def is_product(mentions: list[Mention]) -> bool:
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


def is_product_line(name: str, mentions: list[Mention], used: set[str]) -> bool:
    """A product family: a name the brief also uses with two or more model words after it
    ("MacBook" beside "MacBook Pro" and "MacBook Air"; lexicon `model_words`), that never
    speaks."""
    if any(m.country or m.speaks for m in mentions):
        return False
    models = {word for word in folded("model_words") if f"{fold(name)} {word}" in used}
    return len(models) >= 2


def is_channel(mentions: list[Mention], name: str) -> bool:
    """A platform or news outlet only named as where something was said ("wrote on X",
    "according to Reuters", "he told the BBC"); one that acts ("the EU fined Facebook")
    stays, and so does a person ("Jim Press")."""
    if not any(m.outlet for m in mentions) or card_kind(mentions, name) != "organization":
        return False
    return not any(m.beyond_channel for m in mentions)


def is_model_of(name: str, makers: set[str]) -> bool:
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


def card_kind(mentions: list[Mention], name: str) -> MentionKind:
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
