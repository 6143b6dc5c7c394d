"""Places: where things happen, kept apart from the actors.

A place is a location the model tags (town, region, country, site) that is not an actor's
mention: "talks in Istanbul", "explosions in Kabul", "a factory in Toulouse, France". The
brief lists the places named at least `MIN_MENTIONS` times (`recurring_place`), the way
annotated news counts a location as a key entity only when it recurs; `PLACE_DROPS` leaves
out the mentions that are an actor's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.budget import charging
from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.countries import gazetteer
from briefgen.extract.entities import is_junk
from briefgen.extract.names import fold
from briefgen.extract.rules import first, record, rule
from briefgen.extract.spans import clean_name, mention_extent, repaired_entities
from briefgen.model import Evidence, Place

MIN_MENTIONS = 3
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True)
class PlaceMention:
    """A location named once: the country it names, or its cleaned text, and where."""

    name: str
    evidence: Evidence


@dataclass(frozen=True)
class KnownActors:
    """What tells a place from an actor: where actors are mentioned, and their names."""

    ends: frozenset[tuple[str, int]]  # (source, end) of every actor's mention
    names: frozenset[str]  # folded canonical names
    surnames: frozenset[str]  # folded last words of people's full names

    @classmethod
    def of(cls, actors: ActorIndex) -> KnownActors:
        ends = {(e.source, e.end) for actor in actors.actors for e in actor.evidence}
        names = frozenset(fold(actor.name) for actor in actors.actors)
        people = (fold(a.name).split() for a in actors.actors if a.type == "person")
        return cls(
            frozenset(ends), names, frozenset(words[-1] for words in people if len(words) > 1)
        )


@rule(
    "mention",
    example="Islamabad declared that the talks had failed. Islamabad accused Kabul of "
    "sheltering militants. Islamabad says the violence stems from Afghanistan.",
)
def acting_place(place: PlaceMention, known: KnownActors) -> bool:
    """A place named where an actor is mentioned is that actor's mention, not a place (the
    capital acting for its country: "Islamabad declared")."""
    return (place.evidence.source, place.evidence.end) in known.ends


@rule(
    "mention",
    example="He added that Pakistan had engaged in the dialogue “in the spirit of peace” but "
    "accused Kabul of “unabated support to anti-Pakistan terrorists.”",
)
def place_is_an_actor(place: PlaceMention, known: KnownActors) -> bool:
    """A place that is an actor is listed as the actor only: the country that acts elsewhere
    in the brief, or a city's name an organisation goes by."""
    return fold(place.name) in known.names


@rule(
    "mention",
    example="On the November 24, Breitbart News Daily show on Sirius XM Patriot channel 125 from "
    "6AM to 9AM EST, host and Breitbart News Executive Chairman Stephen K. Bannon will interview "
    "a number of guests.\n\nBannon will interview Col. Rob Maness about the Louisiana governor "
    "race results.\n\nBannon will interview Breitbart News contributor Pamela Geller about the "
    "fight against radical Islam.",
)
def place_is_a_surname(place: PlaceMention, known: KnownActors) -> bool:
    """A one-word "place" that is the surname of a person the brief names in full, and no
    country or capital, is that person ("Bannon" for Stephen K. Bannon, "Jackson" for
    Michael Jackson; "Washington", of "Washington D.C.", stays a place)."""
    key = fold(place.name)
    if " " in key or key not in known.surnames:
        return False
    places = gazetteer()
    capital = any(c == place.name or c.startswith(f"{place.name} ") for c in places.capitals)
    return not (capital or places.country(place.name, place=True))


PLACE_DROPS = [acting_place, place_is_an_actor, place_is_a_surname]


@rule(
    "card",
    example="The keynote took place at the Moscone Center in San Francisco, California. Apple "
    "has held the event in San Francisco since 1985. Thousands queued in San Francisco for the "
    "new phone.",
)
def recurring_place(name: str, evidence: Sequence[Evidence]) -> bool:
    """A place is listed when named `MIN_MENTIONS` (3) times or more across the articles."""
    return len(evidence) >= MIN_MENTIONS


def extract_places(articles: Sequence[ParsedArticle], actors: ActorIndex) -> list[Place]:
    """The places named `MIN_MENTIONS`+ times across the articles, most named first."""
    known = KnownActors.of(actors)
    found: dict[str, list[Evidence]] = defaultdict(list)
    spelled: dict[str, str] = {}
    for article in articles:
        with charging(article.doc):
            named = _place_mentions(article)
        for place in named:
            dropped = first(PLACE_DROPS, place, known)
            if dropped is not None:
                record(dropped[0], place.name, "dropped", [place.evidence])
                continue
            key = fold(place.name)
            spelled.setdefault(key, place.name)
            found[key].append(place.evidence)
    places = []
    for key, evidence in found.items():
        listed = recurring_place(spelled[key], evidence)
        record(recurring_place, spelled[key], "listed" if listed else "dropped", evidence)
        if listed:
            places.append(Place(name=spelled[key], mentions=len(evidence), evidence=evidence))
    return sorted(places, key=lambda place: -place.mentions)


def _place_mentions(article: ParsedArticle) -> list[PlaceMention]:
    """The locations the model tags in an article, junk left out; a country by its name."""
    found = []
    for span in repaired_entities(article.doc):
        if span.label_ not in _PLACE_LABELS or is_junk(span):
            continue
        text = clean_name(span.text)
        name = gazetteer().country(text, place=span.label_ == "GPE") or text
        found.append(PlaceMention(name, article.span_evidence(mention_extent(span))))
    return found
