"""Places: where things happen, kept apart from the actors.

A place is a location the model tags (town, region, country, site) that is not an actor's
mention: "talks in Istanbul", "explosions in Kabul", "a factory in Toulouse, France". The
brief lists the places named at least `MIN_MENTIONS` times, the way annotated news counts a
location as a key entity only when it recurs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.countries import gazetteer
from briefgen.extract.entities import is_junk
from briefgen.extract.names import fold
from briefgen.extract.spans import clean_name, mention_extent, repaired_entities
from briefgen.model import Evidence, Place

MIN_MENTIONS = 3
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def extract_places(articles: Sequence[ParsedArticle], actors: ActorIndex) -> list[Place]:
    """The places named `MIN_MENTIONS`+ times across the articles, most named first."""
    acting = {(e.source, e.end) for actor in actors.actors for e in actor.evidence}
    names = {fold(actor.name) for actor in actors.actors}
    found: dict[str, list[Evidence]] = defaultdict(list)
    spelled: dict[str, str] = {}
    for article in articles:
        for span in repaired_entities(article.doc):
            if span.label_ not in _PLACE_LABELS or is_junk(span):
                continue
            evidence = article.span_evidence(mention_extent(span))
            if (evidence.source, evidence.end) in acting:
                continue  # "Islamabad declared": the country acting, an actor's mention
            text = clean_name(span.text)
            name = gazetteer().country(text, place=span.label_ == "GPE") or text
            key = fold(name)
            if key in names:
                continue  # an actor already: the country that acts elsewhere, or a city's
            spelled.setdefault(key, name)
            found[key].append(evidence)
    places = [
        Place(name=spelled[key], mentions=len(evidence), evidence=evidence)
        for key, evidence in found.items()
        if len(evidence) >= MIN_MENTIONS
    ]
    return sorted(places, key=lambda place: -place.mentions)
