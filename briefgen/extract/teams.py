"""A place named as a team: "North Carolina's record" is the team's when the brief has the
team act under that name ("top-ranked North Carolina beat Evansville")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from briefgen.extract.entities import Mention
from briefgen.extract.names import fold
from briefgen.extract.rules import ARTICLE_BREAK, record, rule

# How often a brief must have a place act as a body before its other mentions are that
# body: once may be a plant or a site the text makes a subject ("Atlanta makes the Ford
# Taurus", MEANTIME gm).
_MIN_ACTS = 2


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
