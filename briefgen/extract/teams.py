"""A place named as a team: "North Carolina's record" is the team's when the brief has the
team act under that name ("top-ranked North Carolina beat Evansville"); a place named with a
person's full name is that person when the brief names the person so ("Wladimir
Klitschko")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from briefgen.extract.entities import Mention
from briefgen.extract.names import fold
from briefgen.extract.rules import ARTICLE_BREAK, record, rule

# How often a brief must have a place act as a body (or name a person) before its other
# mentions are that body (or person): once may be a plant or a site the text makes a subject
# ("Atlanta makes the Ford Taurus", MEANTIME gm).
_MIN_ACTS = 2


@rule(
    "type",
    example="Heavyweight Champion, Wladimir Klitschko, 53-3, 47 KO's, easily dismantled former "
    "2-Time Heavyweight Champion, Hasim Rahman, 45-7-2, 36 KO's, in the seventh round."
    + ARTICLE_BREAK
    + "Wladimir Klitschko defended his IBF heavyweight crown by stopping Hasim Rahman in the "
    "seventh round at SAP Arena on Saturday."
    + ARTICLE_BREAK
    + "Wladimir Klitschko has held at least one major heavyweight belt since beating Chris "
    "Byrd for the IBF version in April 2006.",
)
def place_as_person(mentions: Sequence[Mention]) -> list[Mention]:
    """A place named with a person's full name ("Wladimir Klitschko", which the model may
    tag a place) is that person when the brief gives the name to a person twice or more:
    a place is seldom named with a given name and a surname, and the brief's own uses of
    the name outweigh one label."""
    people = Counter(fold(m.name) for m in mentions if m.kind == "person" and " " in m.name)
    kept = []
    for mention in mentions:
        if mention.kind == "place" and people[fold(mention.name)] >= _MIN_ACTS:
            record(place_as_person, mention.name, "person", [mention.evidence])
            why = (*mention.why, place_as_person.name)
            mention = replace(mention, kind="person", why=why)
        kept.append(mention)
    return kept


@rule(
    "type",
    example="Top-ranked North Carolina waited for Tyler Hansbrough to make history, then cruised "
    "to its latest lopsided victory."
    + ARTICLE_BREAK
    + "North Carolina has established itself as the gold standard of college basketball."
    + ARTICLE_BREAK
    + "Tyler Hansbrough scored 20 Thursday night to break North Carolina's career scoring "
    "record and help the No. 1 Tar Heels remain unbeaten.",
)
def place_as_team(mentions: Sequence[Mention]) -> list[Mention]:
    """A place named where a team or body can be ("North Carolina's record", "for North
    Carolina", "overcame Jacksonville 31-24"; see `kinds.place_not_actor`) is the
    organisation of its name when the brief has that one act twice or more ("North Carolina beat
    Evansville", "North Carolina waited"); else it is no actor and leaves the list."""
    acting = Counter(fold(m.name) for m in mentions if m.kind == "organization")
    kept = []
    for mention in mentions:
        if mention.kind == "place":
            if acting[fold(mention.name)] < _MIN_ACTS:
                record(place_as_team, mention.name, "dropped", [mention.evidence])
                continue
            record(place_as_team, mention.name, "organization", [mention.evidence])
            why = (*mention.why, place_as_team.name)
            mention = replace(mention, kind="organization", why=why)
        kept.append(mention)
    return kept
