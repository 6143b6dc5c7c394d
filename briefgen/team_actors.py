"""A team's actor file: merges, fixed types and roles, and names that are never actors.

`actors.toml` beside a team's templates (or the file the `actors` setting names) says what a
team knows better than the extractor:

    block = ["GMT", "Follow Neil"]        # never an actor

    [[actor]]
    name = "Donald Trump"                 # the card's name
    aliases = ["Trump", "Donald J. Trump"]  # cards of these names join it
    type = "person"                       # fixed type, role, affiliation (optional)
    role = "President"

It is applied after extraction: cards whose name or an alias is blocked are dropped (their
quotes keep the source as written, with no speaker); cards named by an entry are merged into
one card under the entry's name, with its fixed fields; every speaker follows the rename. A
card the file changed carries `team_actor_file` in its `why`.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefgen.errors import BriefgenError
from briefgen.model import Actor, ActorType, Brief

ACTOR_FILE = "actors.toml"  # looked for in the team template folder
PROVENANCE = "team_actor_file"  # the `why` name of a card the file changed


class ActorFileError(BriefgenError):
    """The actor file cannot be read or holds an invalid entry."""


class TeamActor(BaseModel):
    """One actor as the team names and describes it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    aliases: list[str] = []
    type: ActorType | None = None
    role: str | None = None
    affiliation: str | None = None


class ActorFile(BaseModel):
    """A team's actor file: its entries and its block list."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    actor: list[TeamActor] = []
    block: list[str] = []


def team_actor_file(path: Path | None, template_dir: Path | None) -> Path | None:
    """The actor file in use: the one named, else `actors.toml` in the team template folder
    when there is one, else none."""
    if path is not None:
        return path
    found = template_dir / ACTOR_FILE if template_dir is not None else None
    return found if found is not None and found.is_file() else None


def load_actor_file(path: Path) -> ActorFile:
    """Read and check an actor file; an error names the file and the entry."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ActorFileError(f"{path}: {error}") from None
    try:
        return ActorFile.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ActorFileError(f"{path}: {where}: {first['msg']}") from None


def apply_actor_file(brief: Brief, team: ActorFile) -> Brief:
    """The brief with the team's block list and merges applied, speakers renamed to match."""
    blocked = {_key(name) for name in team.block}
    cards = [actor for actor in brief.actors if not _names(actor) & blocked]
    renamed: dict[str, str | None] = {a.name: None for a in brief.actors if a not in cards}
    for entry in team.actor:
        wanted = {_key(name) for name in (entry.name, *entry.aliases)}
        matched = [actor for actor in cards if _names(actor) & wanted]
        if not matched:
            continue
        merged = _merged(entry, matched)
        renamed.update({actor.name: merged.name for actor in matched})
        cards = [actor for actor in cards if actor not in matched] + [merged]
    if not renamed and cards == brief.actors:
        return brief
    cards.sort(key=lambda actor: (-actor.salience, actor.name))
    return _with_speakers(brief.model_copy(update={"actors": cards}), renamed)


def _merged(entry: TeamActor, matched: list[Actor]) -> Actor:
    """One card for the entry: the matched cards' mentions, evidence and names, the entry's
    fixed fields over the most salient card's."""
    lead = max(matched, key=lambda actor: actor.salience)
    names = {name for actor in matched for name in (actor.name, *actor.aliases)}
    names |= set(entry.aliases)
    evidence = list(dict.fromkeys(e for actor in matched for e in actor.evidence))
    why = list(dict.fromkeys([*(w for actor in matched for w in actor.why), PROVENANCE]))
    return Actor(
        name=entry.name,
        type=entry.type or lead.type,
        role=entry.role or lead.role,
        affiliation=entry.affiliation or lead.affiliation,
        aliases=sorted(names - {entry.name}),
        mentions=sum(actor.mentions for actor in matched),
        salience=sum(actor.salience for actor in matched),
        evidence=evidence,
        why=why,
    )


def _with_speakers(brief: Brief, renamed: dict[str, str | None]) -> Brief:
    """Quotes, outlook items and contested claims spoken by a renamed or dropped card."""

    def speaker(name: str | None) -> str | None:
        return renamed.get(name, name) if name is not None else None

    quotes = [q.model_copy(update={"speaker": speaker(q.speaker)}) for q in brief.quotes]
    outlook = [o.model_copy(update={"speaker": speaker(o.speaker)}) for o in brief.outlook]
    contested = [
        contest.model_copy(
            update={
                "claims": [
                    claim.model_copy(update={"speaker": speaker(claim.speaker)})
                    for claim in contest.claims
                ]
            }
        )
        for contest in brief.contested
    ]
    changed = brief.model_copy(
        update={"quotes": quotes, "outlook": outlook, "contested": contested}
    )
    return Brief.model_validate(changed.model_dump(by_alias=True))


def _names(actor: Actor) -> set[str]:
    return {_key(name) for name in (actor.name, *actor.aliases)}


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def describe(team: ActorFile, path: Path) -> str:
    """One line for `config` and `doctor`: the file and what it holds."""
    return f"{path} ({_count(team.actor, 'actor')}, {_count(team.block, 'blocked name')})"


def _count(items: Iterable[object], noun: str) -> str:
    n = len(list(items))
    return f"{n} {noun}{'s' if n != 1 else ''}"
