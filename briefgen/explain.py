"""Why an item is in a brief, or why a name is not: the rules behind it, with their evidence.

`explain` picks an item of a brief (an actor by name, a quote or a date mention by index or
text, a story, or an article to show what the boilerplate cleaner removed from it) or a
candidate name, and selects from a traced run's decisions (`Decision(rule, stage,
subject, outcome, evidence)`) and merge links (`Link(key, target, rule, evidence)`) the ones
about it: those whose subject is one of its names, or whose evidence overlaps its evidence.
`to_dict` is the `--json` form (briefgen/cli/explain.py prints the text form). Selection is
plain data in, plain data out: `briefgen.api.explain_brief` runs the traced extraction.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from briefgen.errors import BriefgenError
from briefgen.extract.names import fold
from briefgen.extract.rules import STAGES, Decision, Link, Merges, all_rules
from briefgen.model import Actor, Brief, DateMention, Evidence, Source
from briefgen.team_actors import PROVENANCE

Kind = Literal["actor", "quote", "date", "candidate", "story", "cleaned"]
TEAM_NOTE = (
    "the team actor file merged this card or fixed its fields (team_actor_file): its entry "
    "names the card and its aliases, and its type, role and affiliation win"
)
# The groups an actor's decisions are shown in: the stages that found, typed and titled it.
ACTOR_GROUPS = (("found", {"span", "mention"}), ("typed", {"type"}), ("role", {"role"}))
QUOTE_STAGES = {"quote", "speaker"}
EXCERPT_CHARS = 80  # an evidence excerpt longer than this is cut in the middle
REMOVED_CHARS = 120  # a removed line longer than this is shown shortened
_SPACE = re.compile(r"\s+")


class ExplainError(BriefgenError):
    """The item to explain is not in the brief (names what is)."""


@dataclass(frozen=True)
class Query:
    """What to explain: an actor's name, a quote's index, a date's text or index, a name
    that may have been dropped as a candidate, a story's index, or an article (its source id
    or file name) whose removed boilerplate to show."""

    kind: Kind
    value: str


@dataclass(frozen=True)
class Entry:
    """One item explained: a heading, its fields, and its decisions in titled groups."""

    heading: str
    fields: tuple[tuple[str, str], ...]
    groups: tuple[tuple[str, tuple[Decision, ...]], ...]


@dataclass(frozen=True)
class Explanation:
    """The answer to a query: an entry per item it matched, and notes in plain words."""

    query: Query
    brief: Brief  # its sources' texts give the evidence excerpts
    entries: tuple[Entry, ...]
    notes: tuple[str, ...] = ()

    def decisions(self) -> list[Decision]:
        """Every decision shown, in order."""
        return [d for entry in self.entries for _, group in entry.groups for d in group]


def explain(
    brief: Brief, query: Query, decisions: Sequence[Decision], links: Sequence[Link] = ()
) -> Explanation:
    """The decisions and links of a traced run that are about the item `query` names."""
    return EXPLAINERS[query.kind](brief, query, decisions, links)


def name_key(text: str) -> str:
    """A name as compared: case, accents, spacing and a leading "the" ignored."""
    return _SPACE.sub(" ", fold(text)).strip().removeprefix("the ")


class Spans:
    """Evidence spans, to ask quickly whether another span overlaps any of them."""

    def __init__(self, evidence: Iterable[Evidence]) -> None:
        by_source: dict[str, list[tuple[int, int]]] = {}
        for item in evidence:
            by_source.setdefault(item.source, []).append((item.start, item.end))
        self._starts: dict[str, list[int]] = {}
        self._reach: dict[str, list[int]] = {}  # the furthest end of the spans so far
        for source, spans in by_source.items():
            spans.sort()
            self._starts[source] = [start for start, _ in spans]
            reach, furthest = [], -1
            for _, end in spans:
                furthest = max(furthest, end)
                reach.append(furthest)
            self._reach[source] = reach

    def overlaps(self, item: Evidence) -> bool:
        """Whether `item` shares a character with one of the spans."""
        starts = self._starts.get(item.source)
        if not starts:
            return False
        last = bisect.bisect_left(starts, item.end) - 1  # the last span starting before its end
        return last >= 0 and self._reach[item.source][last] > item.start

    def touches(self, evidence: Iterable[Evidence]) -> bool:
        """Whether any of `evidence` overlaps one of the spans."""
        return any(self.overlaps(item) for item in evidence)


def about(
    decisions: Iterable[Decision],
    stages: Collection[str],
    names: Collection[str] = (),
    evidence: Iterable[Evidence] = (),
    others: Collection[str] = (),
) -> tuple[Decision, ...]:
    """The decisions of these stages whose subject is one of `names` (as `name_key` gives
    them) or whose evidence overlaps `evidence`, unless their subject is one of `others`;
    each once, in the order they were made."""
    spans = Spans(evidence)
    found = []
    for d in decisions:
        key = name_key(d.subject)
        if d.stage not in stages or key in others:
            continue
        if key in names or spans.touches(d.evidence):
            found.append(d)
    return tuple(dict.fromkeys(found))


def dropped(decisions: Iterable[Decision], name: str) -> tuple[Decision, ...]:
    """The decisions that dropped `name` as a candidate."""
    key = name_key(name)
    return tuple(
        d for d in decisions if name_key(d.subject) == key and d.outcome.startswith("dropped")
    )


def find_actor(actors: Iterable[Actor], name: str) -> Actor | None:
    """The actor whose name, else one of whose aliases, is `name` (case and accents aside)."""
    key = name_key(name)
    listed = list(actors)
    return next((a for a in listed if name_key(a.name) == key), None) or next(
        (a for a in listed if key in {name_key(alias) for alias in a.aliases}), None
    )


def actor_names(actor: Actor) -> set[str]:
    """The keys an actor's mentions and merges go by: its names, and a country's key."""
    names = {name_key(actor.name), *(name_key(alias) for alias in actor.aliases)}
    return names | ({name_key(f"country:{actor.name}")} if actor.type == "country" else set())


def merge_chain(links: Sequence[Link], names: set[str]) -> list[Link]:
    """The links that joined the group of any of `names`, in the order they were made."""
    merges = Merges()
    for link in links:
        merges.join(link)
    roots = {
        merges.find(key)
        for link in links
        for key in (link.key, link.target)
        if name_key(key) in names
    }
    return [link for link in links if merges.find(link.key) in roots]


def as_decision(link: Link) -> Decision:
    """A merge link shown like any decision: `key` joins `target`."""
    return Decision(link.rule, "link", link.key, f"joins {link.target}", link.evidence)


def names_in(decision: Decision, names: set[str]) -> bool:
    """Whether a decision's subject is one of `names`, or its outcome ends with one
    ("joins Attaullah Tarar")."""
    outcome = name_key(decision.outcome)
    return name_key(decision.subject) in names or any(
        outcome == name or outcome.endswith(f" {name}") for name in names
    )


def _explain_actor(
    brief: Brief, query: Query, decisions: Sequence[Decision], links: Sequence[Link]
) -> Explanation:
    actor = find_actor(brief.actors, query.value)
    if actor is None:
        listed = ", ".join(a.name for a in brief.actors) or "none"
        raise ExplainError(
            f"no actor {query.value!r} in the brief (its actors: {listed}); "
            f'--candidate "{query.value}" tells why a name was left out'
        )
    names = actor_names(actor)
    # A mention's evidence may hold another actor's ("Pakistan's minister Attaullah Tarar").
    others = {key for other in brief.actors for key in actor_names(other)} - names
    groups = [
        (title, about(decisions, stages, names, actor.evidence, others))
        for title, stages in ACTOR_GROUPS
    ]
    if links:
        merged = tuple(as_decision(link) for link in merge_chain(links, names))
    else:  # until the actors keep their links: the link decisions that name the card
        merged = tuple(d for d in decisions if d.stage == "link" and names_in(d, names))
    fields = (
        ("type", actor.type),
        ("role", actor.role or "-"),
        ("affiliation", actor.affiliation or "-"),
        ("aliases", ", ".join(actor.aliases) or "-"),
        ("mentions", str(actor.mentions)),
        ("why", ", ".join(actor.why) or "-"),
    )
    entry = Entry(f"actor {actor.name}", fields, (*groups, ("merged", merged)))
    team = (TEAM_NOTE,) if PROVENANCE in actor.why else ()
    return Explanation(query, brief, (entry,), team)


def _explain_quote(
    brief: Brief, query: Query, decisions: Sequence[Decision], links: Sequence[Link]
) -> Explanation:
    index = _index(query, len(brief.quotes), "quotes")
    quote = brief.quotes[index]
    spans = [quote.evidence, *quote.also]
    chain = about(decisions, QUOTE_STAGES, {name_key(quote.text)}, spans)
    inside = about(decisions, set(STAGES) - QUOTE_STAGES, (), spans)
    fields = (
        ("text", quote.text),
        ("speaker", quote.speaker or "-"),
        ("cue", quote.cue or "-"),
        ("kind", quote.kind),
        ("evidence", where(quote.evidence)),
        ("why", ", ".join(quote.why) or "-"),
    )
    entry = Entry(f"quote {index}", fields, (("chain", chain), ("inside the quote", inside)))
    return Explanation(query, brief, (entry,))


def _explain_date(
    brief: Brief, query: Query, decisions: Sequence[Decision], links: Sequence[Link]
) -> Explanation:
    key = name_key(query.value)
    mentions = [d for d in brief.dates if name_key(d.text) == key]
    if not mentions and query.value.strip().isdigit():
        mentions = [brief.dates[_index(query, len(brief.dates), "dates")]]
    if mentions:
        return Explanation(query, brief, tuple(_date_entry(m, decisions) for m in mentions))
    unlisted = about(decisions, {"date"}, {key})
    if not unlisted:
        listed = ", ".join(dict.fromkeys(repr(d.text) for d in brief.dates)) or "none"
        raise ExplainError(f"no date mention {query.value!r} in the brief (its dates: {listed})")
    note = f"{query.value!r} is not among the brief's dates; the rules that decided on it:"
    entry = Entry(f"date {query.value!r}", (), (("chain", unlisted),))
    return Explanation(query, brief, (entry,), (note,))


def _date_entry(mention: DateMention, decisions: Sequence[Decision]) -> Entry:
    assumed = " (assumed: the brief's as-of date)" if mention.assumed else ""
    fields = (
        ("value", mention.value or "-"),
        ("type", mention.type),
        ("anchor", f"{mention.anchor or '-'}{assumed}"),
        ("evidence", where(mention.evidence)),
        ("why", ", ".join(mention.why) or "-"),
    )
    # Its own decisions: on its evidence, or on its text when they hold no evidence.
    spans = Spans([mention.evidence])
    chain = tuple(
        d
        for d in about(decisions, {"date"}, {name_key(mention.text)}, [mention.evidence])
        if not d.evidence or spans.touches(d.evidence)
    )
    return Entry(f"date {mention.text!r}", fields, (("chain", chain),))


def _explain_candidate(
    brief: Brief, query: Query, decisions: Sequence[Decision], links: Sequence[Link]
) -> Explanation:
    name = query.value
    key = name_key(name)
    said = [d for d in decisions if name_key(d.subject) == key]
    gone = dropped(said, name)
    rest = tuple(d for d in said if d not in gone)
    notes = []
    actor = find_actor(brief.actors, name)
    if actor is not None:
        notes.append(f"{name!r} is an actor: the card {actor.name!r} ({actor.type})")
    elif not said:
        notes.append(f"the model never tagged {name!r} as a name: there was no candidate to drop")
    elif not gone:
        notes.append(f"no rule dropped {name!r}")
    entry = Entry(f"candidate {name!r}", (), (("dropped", gone), ("other decisions", rest)))
    return Explanation(query, brief, (entry,) if said else (), tuple(notes))


def _explain_story(
    brief: Brief, query: Query, decisions: Sequence[Decision], links: Sequence[Link]
) -> Explanation:
    index = _index(query, len(brief.stories), "stories")
    story = brief.stories[index]
    chain = tuple(
        d
        for d in decisions
        if d.stage == "story" and {e.source for e in d.evidence} & {*story.sources}
    )
    fields = (
        ("title", story.title),
        ("sources", ", ".join(story.sources)),
        ("why", ", ".join(story.why) or "-"),
    )
    return Explanation(query, brief, (Entry(f"story {index}", fields, (("articles", chain),)),))


def _explain_cleaned(
    brief: Brief, query: Query, decisions: Sequence[Decision], links: Sequence[Link]
) -> Explanation:
    source = find_source(brief, query.value)
    outcome = f"removed from {source.path}"
    removed = tuple(
        replace(d, subject=shortened(d.subject))
        for d in decisions
        if d.stage == "boilerplate" and d.outcome == outcome
    )
    fields = (("path", source.path), ("title", source.title), ("removed", str(len(removed))))
    notes = () if removed else (f"the cleaner removed nothing from {source.path}",)
    entry = Entry(f"cleaned {source.id}", fields, (("removed", removed),))
    return Explanation(query, brief, (entry,), notes)


def find_source(brief: Brief, value: str) -> Source:
    """The source whose id is `value`, else whose file path is or ends with it."""
    for source in brief.sources:
        if value in (source.id, source.path) or source.path.endswith(f"/{value}"):
            return source
    listed = ", ".join(f"{s.id} {s.path}" for s in brief.sources) or "none"
    raise ExplainError(f"no article {value!r} in the brief (its sources: {listed})")


def shortened(text: str) -> str:
    """A removed text on one line, cut at REMOVED_CHARS."""
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= REMOVED_CHARS else text[: REMOVED_CHARS - 1] + "…"


Explainer = Callable[[Brief, Query, Sequence[Decision], Sequence[Link]], Explanation]
EXPLAINERS: dict[Kind, Explainer] = {
    "actor": _explain_actor,
    "quote": _explain_quote,
    "date": _explain_date,
    "candidate": _explain_candidate,
    "story": _explain_story,
    "cleaned": _explain_cleaned,
}


def _index(query: Query, count: int, field: str) -> int:
    """`query.value` as an index into a list of `count` items."""
    text = query.value.strip()
    if not text.isdigit() or int(text) >= count:
        span = f"from 0 to {count - 1}" if count else "none: the list is empty"
        raise ExplainError(f"{query.kind} {query.value!r}: the brief's {field} are numbered {span}")
    return int(text)


def where(evidence: Evidence) -> str:
    """Evidence as '<source id> <start>-<end>'."""
    return f"{evidence.source} {evidence.start}-{evidence.end}"


def excerpt(brief: Brief, evidence: Evidence) -> str:
    """The text an evidence span points at, on one line, cut in the middle if long."""
    text = _SPACE.sub(" ", brief.excerpt(evidence)).strip()
    if len(text) <= EXCERPT_CHARS:
        return text
    half = (EXCERPT_CHARS - 3) // 2
    return f"{text[:half]} … {text[-half:]}"


def to_dict(explanation: Explanation) -> dict[str, Any]:
    """The `--json` form: every decision with its evidence and excerpt, and each rule's
    description."""
    brief = explanation.brief

    def decision(d: Decision) -> dict[str, Any]:
        evidence = [{**e.model_dump(), "excerpt": excerpt(brief, e)} for e in d.evidence]
        return {
            "rule": d.rule,
            "stage": d.stage,
            "subject": d.subject,
            "outcome": d.outcome,
            "evidence": evidence,
        }

    entries = [
        {
            "item": entry.heading,
            "fields": dict(entry.fields),
            "groups": {title: [decision(d) for d in group] for title, group in entry.groups},
        }
        for entry in explanation.entries
    ]
    return {
        "query": {"kind": explanation.query.kind, "value": explanation.query.value},
        "entries": entries,
        "notes": list(explanation.notes),
        "rules": descriptions(explanation.decisions()),
    }


def descriptions(decisions: Iterable[Decision]) -> dict[str, str]:
    """Each rule that made one of `decisions`, with its one-line description."""
    registry = all_rules()
    names = dict.fromkeys(d.rule for d in decisions)
    return {name: registry[name].description if name in registry else "" for name in names}
