"""The brief's data model: the `briefgen/brief@1` JSON contract.

Every record is immutable and validated. A brief read back from (possibly hand-edited)
JSON is checked field by field and across fields: evidence must point inside an existing
source, and quotes and outlook items must name actors that exist.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

SCHEMA = "briefgen/brief@1"

ActorType = Literal["person", "organization", "country", "group"]
QuoteKind = Literal["direct", "partial", "indirect"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Precision = Literal["day", "week", "month", "year"]
EventStatus = Literal["happened", "planned"]
OutlookKind = Literal["risk", "next_step", "position", "forecast"]
Hedging = Literal["certain", "likely", "possible"]

# The rules that decided an item (`briefgen explain` shows the chain): optional, added within
# brief@1, so briefs from before it still read.
RuleNames = list[Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]]
WHY_DESCRIPTION = "Names of the rules that decided this item; `briefgen explain` shows each."

_TIMELINE_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")


def check_calendar(value: str) -> None:
    """Refuse a well-formed date that is not in the calendar: month 13, 31 April, week 54
    (or week 53 of a year that has 52)."""
    year, _, rest = value.partition("-")
    try:
        if rest.startswith("W"):
            dt.date.fromisocalendar(int(year), int(rest[1:]), 1)
        elif len(rest) == 2:
            dt.date(int(year), int(rest), 1)
        elif rest:
            dt.date.fromisoformat(value)
    except ValueError as error:
        raise ValueError(f"{value!r} is not a date in the calendar ({error})") from None


class Record(BaseModel):
    """Base for every record: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def _unset(value: object) -> bool:
    """A review field at its default: not written, so an unreviewed brief reads as before."""
    return not value


class Reviewable(Record):
    """Base for the items a reviewer may leave out or annotate (`briefgen review`). Added
    within brief@1; each field is written only when set."""

    dropped: bool = Field(
        False,
        exclude_if=_unset,
        description="Left out of the documents by a reviewer; kept here so it can be restored.",
    )
    note: str | None = Field(
        None, exclude_if=_unset, description="A reviewer's note; not printed in the documents."
    )


class Evidence(Record):
    """Where an item comes from: character offsets into `sources[i].text`."""

    source: str = Field(description="Id of the source article, e.g. 's1'.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        return self


class Article(Record):
    """An input article as read from a file, before it is given a source id."""

    path: str
    title: str
    text: str = Field(description="The body: the file minus front matter and byline.")
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    author: str | None = None


class Source(Record):
    """One input article of a brief."""

    id: str = Field(pattern=r"^s\d+$")
    path: str
    title: str
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    author: str | None = None
    text: str = Field(description="The body that every evidence offset points into.")
    duplicate_of: str | None = Field(
        None, description="Id of the source this one copies; it is cited, not briefed again."
    )


class Actor(Reviewable):
    """A real-world actor: one card per person, organisation, country or group."""

    name: str = Field(min_length=1)
    type: ActorType
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = []
    mentions: int = Field(ge=0)
    salience: float = Field(0.0, description="Ranking score: mentions, title/lead, quotes, spread.")
    evidence: list[Evidence] = []
    why: RuleNames = Field([], description=WHY_DESCRIPTION)
    merged: list[MergedActor] = Field(
        [],
        exclude_if=_unset,
        description="Actors a reviewer merged into this one, as they were, so the merge can "
        "be split; their names are among `aliases`, their evidence in `evidence`.",
    )


class MergedActor(Record):
    """An actor a reviewer merged into another: the card as it was and what the merge moved."""

    actor: Actor
    spoke: list[str] = Field(
        [],
        description="The items it was the speaker of, re-pointed to the other actor: "
        "'quotes.3', 'outlook.0', 'contested.1.claims.0'.",
    )
    aliases: list[str] = Field([], description="The names the merge added to `aliases`.")


Actor.model_rebuild()  # `merged` names MergedActor, defined after it


class Place(Reviewable):
    """A place the articles keep naming where things happen, and that does not itself act
    (a country that acts is an actor instead)."""

    name: str = Field(min_length=1)
    mentions: int = Field(ge=0)
    evidence: list[Evidence] = []


class Quote(Reviewable):
    """Something an actor said, directly, in part, or reported."""

    text: str = Field(min_length=1)
    speaker: str | None = None
    cue: str | None = Field(None, description="The reporting verb, e.g. 'said'.")
    kind: QuoteKind
    evidence: Evidence
    also: list[Evidence] = Field([], description="The same quote reported in other sources.")
    why: RuleNames = Field([], description=WHY_DESCRIPTION)
    source_text: str | None = Field(
        None,
        description=(
            "Who spoke as the source writes it ('a spokesman for Disney', 'Okafor', 'he'); "
            "`speaker` is the actor it names or resolves to, when there is one."
        ),
    )
    source_evidence: Evidence | None = Field(None, description="Where `source_text` is.")


class DateMention(Record):
    """A temporal expression and the TimeML-style value it resolves to."""

    text: str
    value: str | None = Field(description="TimeML value, or null when it cannot be resolved.")
    type: TimexType
    anchor: dt.date | None = Field(description="The date the value was resolved against.")
    assumed: bool = Field(
        False, description="True when the anchor is the brief's as-of date, not a publication date."
    )
    evidence: Evidence
    why: RuleNames = Field([], description=WHY_DESCRIPTION)


class TimelineEvent(Reviewable):
    """A dated event."""

    date: str = Field(description="TimeML value: YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD.")
    precision: Precision
    event: str = Field(min_length=1)
    assumed: bool = False
    evidence: list[Evidence] = Field(min_length=1, description="Every source that reports it.")
    conflicts: list[str] = Field(
        [], description="Other dates that sources give for the same event: a flag for the reader."
    )
    why: RuleNames = Field([], description=WHY_DESCRIPTION)
    # Added within brief@1: briefs from before them read as all happened, unranked, none key.
    status: EventStatus = Field(
        "happened",
        description="'planned' when every report of it is a plan or an expectation: dated "
        "after its article was published, or in future or modal syntax ('will', 'is expected to').",
    )
    rank: int | None = Field(
        None,
        ge=1,
        description="Importance among the brief's events, 1 = most important: sources that "
        "report it and its date, its actors' salience, lead, main clause, precision, period.",
    )
    key: bool = Field(
        False,
        description="Shown in the document's timeline: the most important events, one per date, "
        "at most 15 that happened and 5 planned.",
    )

    @field_validator("date")
    @classmethod
    def _timeml_date(cls, value: str) -> str:
        if not _TIMELINE_DATE.match(value):
            raise ValueError(f"{value!r} is not YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD")
        check_calendar(value)
        return value


class OutlookItem(Reviewable):
    """A forward-looking statement: a risk, a next step, a position or a forecast."""

    text: str = Field(min_length=1, description="A short phrase; the evidence is the sentence.")
    kind: OutlookKind
    hedging: Hedging = Field(description="How sure the statement is, from its modal or cue.")
    speaker: str | None = None
    evidence: Evidence
    also: list[Evidence] = Field([], description="The same statement in other sources.")
    why: RuleNames = Field([], description=WHY_DESCRIPTION)


class Claim(Record):
    """One side's statement in a contested matter, or one source's figure."""

    speaker: str | None = None
    stance: Literal["asserts", "denies", "reports"]
    text: str = Field(min_length=1)
    evidence: Evidence


class Contested(Reviewable):
    """Opposing statements by different actors, or conflicting figures for one fact."""

    kind: Literal["claims", "figures"]
    matter: str = Field(
        min_length=1, description="Who disagrees ('Pakistan / Afghanistan') or the fact counted."
    )
    claims: list[Claim] = Field(min_length=2)


class SummaryItem(Reviewable):
    """One bottom-line-up-front bullet."""

    text: str = Field(min_length=1)
    evidence: list[Evidence] = Field(min_length=1)
    pinned: bool = Field(
        False,
        exclude_if=_unset,
        description="Pinned by a reviewer: it leads its story's bottom line in the documents.",
    )


class Story(Record):
    """A group of the brief's articles that report one event or situation."""

    title: str = Field(
        min_length=1, description="The title of its most central article: a headline for it."
    )
    sources: list[str] = Field(
        min_length=1, description="Ids of its sources, in source order; copies included."
    )
    summary: list[int] = Field(
        [],
        description="Its bottom line: indices into the brief's `summary`, in reading order "
        "(the newest development, why it matters, other facts, what comes next).",
    )
    why: RuleNames = Field([], description=WHY_DESCRIPTION)


class Brief(Record):
    """A whole brief: what the templates render and what `briefgen extract` writes."""

    schema_: Literal["briefgen/brief@1"] = Field("briefgen/brief@1", alias="schema")
    title: str = Field(min_length=1)
    as_of: dt.date
    generator: str = Field(description="briefgen version and spaCy pipeline that made it.")
    sources: list[Source] = Field(min_length=1)
    actors: list[Actor] = []
    places: list[Place] = Field([], description="Places named 3+ times, most named first.")
    quotes: list[Quote] = []
    dates: list[DateMention] = []
    timeline: list[TimelineEvent] = []
    outlook: list[OutlookItem] = []
    summary: list[SummaryItem] = []
    contested: list[Contested] = []
    stories: list[Story] = Field(
        [],
        description="The articles grouped by the event or situation they report, most "
        "important first (the largest, then the one with the newest article).",
    )
    key_quotes: list[int] = Field(
        [],
        description=(
            "Indices into `quotes` of the direct and partial quotes the brief leads with, best "
            "first: salient speakers, widely reported, at most two per speaker, spread over "
            "sources and stories, none repeating another."
        ),
    )

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @model_validator(mode="after")
    def _references_resolve(self) -> Brief:
        self._check_sources()
        self._check_evidence()
        self._check_speakers()
        self._check_key_quotes()
        return self

    def _check_sources(self) -> None:
        ids = {source.id for source in self.sources}
        if len(ids) != len(self.sources):
            raise ValueError("sources: two sources share an id")
        originals = {source.id for source in self.sources if source.duplicate_of is None}
        for index, source in enumerate(self.sources):
            if source.duplicate_of is not None and source.duplicate_of not in originals:
                raise ValueError(
                    f"sources.{index}.duplicate_of: {source.duplicate_of!r} is not a briefed source"
                )
        self._check_stories(ids)

    def _check_stories(self, ids: set[str]) -> None:
        seen: set[str] = set()
        for index, story in enumerate(self.stories):
            for k, source_id in enumerate(story.sources):
                field = f"stories.{index}.sources.{k}"
                if source_id not in ids:
                    raise ValueError(f"{field}: unknown source id {source_id!r}")
                if source_id in seen:
                    raise ValueError(f"{field}: {source_id!r} is in two stories")
                seen.add(source_id)
            for k, bullet in enumerate(story.summary):
                if not 0 <= bullet < len(self.summary):
                    raise ValueError(f"stories.{index}.summary.{k}: no bullet {bullet}")

    def _check_key_quotes(self) -> None:
        for index, quote in enumerate(self.key_quotes):
            if not 0 <= quote < len(self.quotes):
                raise ValueError(f"key_quotes.{index}: {quote} is not the index of a quote")
            if self.quotes[quote].kind == "indirect":
                raise ValueError(f"key_quotes.{index}: quotes.{quote} is indirect, not a quote")

    def _check_evidence(self) -> None:
        texts = {source.id: len(source.text) for source in self.sources}
        for field, evidence in self._all_evidence():
            if evidence.source not in texts:
                raise ValueError(f"{field}.source: unknown source id {evidence.source!r}")
            if evidence.end > texts[evidence.source]:
                raise ValueError(
                    f"{field}.end: {evidence.end} is past the end of source "
                    f"{evidence.source!r} ({texts[evidence.source]} characters)"
                )

    def _check_speakers(self) -> None:
        names = {actor.name for actor in self.actors}
        speakers = [(f"quotes.{i}", q.speaker) for i, q in enumerate(self.quotes)]
        speakers += [(f"outlook.{i}", o.speaker) for i, o in enumerate(self.outlook)]
        speakers += [
            (f"contested.{i}.claims.{k}", claim.speaker)
            for i, contest in enumerate(self.contested)
            for k, claim in enumerate(contest.claims)
        ]
        for field, speaker in speakers:
            if speaker is not None and speaker not in names:
                raise ValueError(f"{field}.speaker: {speaker!r} is not the name of an actor")

    def _all_evidence(self) -> list[tuple[str, Evidence]]:
        found: list[tuple[str, Evidence]] = []
        for field in ("actors", "places", "timeline", "summary"):
            for index, item in enumerate(getattr(self, field)):
                found += [(f"{field}.{index}.evidence.{k}", e) for k, e in enumerate(item.evidence)]
        for index, contest in enumerate(self.contested):
            found += [
                (f"contested.{index}.claims.{k}.evidence", claim.evidence)
                for k, claim in enumerate(contest.claims)
            ]
        for field in ("quotes", "dates", "outlook"):
            for index, item in enumerate(getattr(self, field)):
                found.append((f"{field}.{index}.evidence", item.evidence))
                for k, evidence in enumerate(getattr(item, "also", [])):
                    found.append((f"{field}.{index}.also.{k}", evidence))
        found += [
            (f"quotes.{index}.source_evidence", quote.source_evidence)
            for index, quote in enumerate(self.quotes)
            if quote.source_evidence is not None
        ]
        return found

    def source(self, source_id: str) -> Source:
        """The source with this id."""
        return next(source for source in self.sources if source.id == source_id)

    def excerpt(self, evidence: Evidence) -> str:
        """The text an evidence span points at."""
        return self.source(evidence.source).text[evidence.start : evidence.end]

    def to_json(self) -> str:
        """Serialise as `briefgen/brief@1` JSON."""
        return self.to_json_bytes().decode("utf-8")

    def to_json_bytes(self) -> bytes:
        """`to_json` encoded in UTF-8, made without the str: a 3,000-article brief is 43 MB
        of JSON, and a str of it takes two bytes a character once one character is past
        U+00FF (pydantic's `model_dump_json` decodes these bytes)."""
        return self.__pydantic_serializer__.to_json(self, by_alias=True, indent=2) + b"\n"

    @classmethod
    def from_json(cls, data: str | bytes) -> Brief:
        """Parse and validate `briefgen/brief@1` JSON (raises pydantic.ValidationError)."""
        return cls.model_validate_json(data)
