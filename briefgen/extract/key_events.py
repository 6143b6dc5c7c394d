"""Key events: which timeline events happened and which are planned, and which matter most.

Each report of an event is read where it is found (`read_report`): whether it sits in the
article's lead, whether it is its sentence's main event, which actors it names, and whether
it is a plan (`PLAN_RULES`, plans.py). Across the brief, `rank_events` scores every event by the
`SIGNALS` that hold for it (weights in `WEIGHTS`), ranks them, and marks as `key` the most
important ones, one per date (`one_row_per_date`): `KEY_HAPPENED` that happened and
`KEY_PLANNED` planned, which the document's timeline shows.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from briefgen.extract.date_heads import governor
from briefgen.extract.labels import CONTENT_POS
from briefgen.extract.plans import PLAN_RULES, start_of
from briefgen.extract.readable import unreadable
from briefgen.extract.rules import ARTICLE_BREAK, UNDATED, Rule, first, record, rule
from briefgen.extract.samefact import Fact, reported_head
from briefgen.extract.views import content_lemmas
from briefgen.model import TimelineEvent

KEY_HAPPENED = 15  # rows of the document's timeline: a page, as the issue asks (10 to 15)
KEY_PLANNED = 5  # planned and expected events shown apart: what comes next, not a calendar
LEAD_SENTENCES = 3  # an article's lead: where news writing puts its main event
STORY_BEFORE = 30  # days before the first article that still belong to the story's period
# A sentence whose content words are on average used by fewer than this share of the
# brief's other sources is off the story (T17 develop, MJ: radio listings and round-up
# items score 0.01 to 0.09, the story's sentences above, its main events 0.5 and up).
OFF_STORY = 0.09
TOLD_BY = 3  # sources a story needs for its words to tell an item of another story
FRESH_DAYS = 2  # news reports an event on its day or within this many days after it
# What each signal adds to an event's score (tuned on the develop split of T17 only).
WEIGHTS = {
    "reported_widely": 1.0,  # per doubling of the sources that report the event
    "date_in_many_reports": 1.0,  # per doubling of the sources that mention its date
    "salient_actor": 1.0,  # times the share of the top actor's salience its actor has
    "lead_event": 0.5,
    "main_event": 0.25,
    "exact_day": 1.0,
    "within_story": 2.0,
    "central_sentence": 8.0,  # times the mean share of sources using its sentence's words
    "reported_fresh": 3.0,  # per doubling of (1 + the articles published while it was news)
}


@dataclass(frozen=True)
class Report:
    """What one report of an event says about its weight and its status."""

    lead: bool  # in the article's first sentences
    unreadable: str | None  # the rule of `readable.READABLE_RULES` its phrase fails, if any
    central: float  # how much of its sentence's vocabulary its story's sources share
    told: bool  # its story has enough sources to tell its words (`Spread.told`)
    main: bool  # the main event of its sentence
    actors: frozenset[str]  # actors its clause names
    planned: str | None  # the rule that found it a plan, if any


@dataclass(frozen=True)
class Context:
    """What the brief as a whole says about an event's weight."""

    date_sources: Mapping[str, int]  # a date's value -> how many sources mention it
    salience: Mapping[str, float]  # an actor -> its salience as a share of the top actor's
    first: dt.date  # the story's period: from the first publication ...
    last: dt.date  # ... to the last
    published: Mapping[dt.date, int] = field(default_factory=dict)  # articles per day
    multiple: bool = False  # more than two sources: enough to tell the story's words
    dated: bool = True  # some source gives its publication date


def read_report(
    date: Span, phrase: str, fact: Fact, anchor: dt.date, placing: tuple[str, int, Spread]
) -> Report:
    """One report of an event: where it stands in its article, how central its sentence is
    to the brief, whether its phrase was cut short and whether it is a plan."""
    head = governor(date.root)
    root = date.sent.root
    value = next(iter(fact.dates), "")
    planned = first(PLAN_RULES, date, value, anchor) if value else None
    source, lead_end, spread = placing
    return Report(
        lead=date.start < lead_end,
        unreadable=unreadable(phrase, date),
        central=spread.of(date.sent, source),
        told=spread.told(source),
        main=head.i in (root.i, reported_head(root)[0].i),
        actors=fact.agents | fact.undergoers,
        planned=planned[0].name if planned else None,
    )


class Spread:
    """For each content word (lemma), the share of the other sources of an article's story
    that use it: a sentence's centrality is the mean share of its content words, so a sentence
    on the story scores high and one from an unrelated item of a news round-up near 0. A story
    of fewer than `TOLD_BY` sources has too few to tell its words: its sentences are weighed
    against the whole brief's sources, and found off the story only when one story holds most
    of the brief's sources (`told`: a radio running order of two pages in a brief of thirty
    on one trial), not in a mix of small stories, whose words are few of the brief's."""

    def __init__(self, docs: Mapping[str, Doc], stories: Sequence[Sequence[str]] = ()) -> None:
        lemmas = {
            source: {lemma for _, lemma in content_lemmas(doc, CONTENT_POS)}
            for source, doc in docs.items()
        }
        told = [[s for s in story if s in lemmas] for story in stories]
        told = [story for story in told if len(story) >= TOLD_BY]
        self._story = {source: n for n, story in enumerate(told) for source in story}
        self._shares = [_shares([lemmas[s] for s in story]) for story in told]
        self._brief = _shares(list(lemmas.values()))
        # One story holds most of the brief's sources: the brief's words are that story's.
        self._dominated = any(2 * len(story) > len(lemmas) for story in told)

    def of(self, sentence: Span, source: str) -> float:
        """The sentence's centrality to its article's story (to the brief, for a small one)."""
        shares = self._shares[self._story[source]] if source in self._story else self._brief
        lemmas = {_lemma(t) for t in sentence if _content_word(t)}
        return math.fsum(shares.get(w, 0.0) for w in lemmas) / len(lemmas) if lemmas else 0.0

    def told(self, source: str) -> bool:
        """The source's story has enough sources to tell its words, or the brief's words tell
        what is off its main story."""
        return source in self._story or self._dominated


def _shares(sets: Sequence[set[str]]) -> dict[str, float]:
    """Each lemma's share of the other sets that hold it."""
    counts: Counter[str] = Counter(lemma for found in sets for lemma in found)
    others = max(len(sets) - 1, 1)
    return {lemma: (n - 1) / others for lemma, n in counts.items()}


def _content_word(token: Token) -> bool:
    return token.pos_ in CONTENT_POS and not token.is_stop


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def lead_end(sentences: Sequence[Span]) -> int:
    """The token where an article's lead ends."""
    lead = sentences[:LEAD_SENTENCES]
    return lead[-1].end if lead else 0


# Two articles reporting one event of 2004.
TWO_REPORTS = (
    "He fought pancreatic cancer in 2004 and took six months off in early 2009."
    + ARTICLE_BREAK
    + "He has been fighting pancreatic cancer since 2004."
)


def _doublings(count: int) -> float:
    return math.log2(count) if count > 1 else 0.0


@rule(
    "timeline",
    example=TWO_REPORTS,
)
def reported_widely(event: TimelineEvent, reports: Sequence[Report], context: Context) -> float:
    """An event more sources report matters more: a weight per doubling of its sources."""
    return _doublings(len({e.source for e in event.evidence}))


@rule(
    "timeline",
    example="The rig exploded on 20 April, killing 11 workers."
    + ARTICLE_BREAK
    + "Oil has leaked since the blast on 20 April.",
)
def date_in_many_reports(
    event: TimelineEvent, reports: Sequence[Report], context: Context
) -> float:
    """A date that many sources mention, whatever they say of it, is a date of the story
    (the date signal of timeline summarisation): a weight per doubling of those sources."""
    return _doublings(context.date_sources.get(event.date, 0))


@rule(
    "timeline",
    example="Pakistan's information minister Attaullah Tarar said on Wednesday that Afghanistan "
    "had given no assurances. Tarar said Pakistan would act.",
)
def salient_actor(event: TimelineEvent, reports: Sequence[Report], context: Context) -> float:
    """An event whose clause names one of the brief's salient actors: the share of the top
    actor's salience that its most salient actor has."""
    return max((context.salience.get(a, 0.0) for r in reports for a in r.actors), default=0.0)


@rule(
    "timeline",
    example="BP capped the leaking well on 15 July. Engineers were relieved. The fix held.",
)
def lead_event(event: TimelineEvent, reports: Sequence[Report], context: Context) -> float:
    """An event some article reports in its first sentences, where news puts what matters."""
    return 1.0 if any(r.lead for r in reports) else 0.0


@rule("timeline", example="Boeing rolled out the first 787 Dreamliner on July 8, 2007.")
def main_event(event: TimelineEvent, reports: Sequence[Report], context: Context) -> float:
    """The main event of its sentence (its root clause, or what its reporting verb reports),
    not a detail in a subordinate clause."""
    return 1.0 if any(r.main for r in reports) else 0.0


@rule("timeline", example="The A380 made its maiden flight on April 27, 2005 from Toulouse.")
def exact_day(event: TimelineEvent, reports: Sequence[Report], context: Context) -> float:
    """An event dated to the day, which a timeline can place exactly."""
    return 1.0 if event.precision == "day" else 0.0


@rule("timeline", example="Those discussions came after explosions in Kabul on October 9.")
def within_story(event: TimelineEvent, reports: Sequence[Report], context: Context) -> float:
    """An event in the story's period (from a month before its first article to its last),
    not background years before it."""
    start = start_of(event.date)
    inside = context.first - dt.timedelta(days=STORY_BEFORE) <= start <= context.last
    return 1.0 if inside else 0.0


@rule(
    "timeline",
    example="The rig exploded on Tuesday, killing 11 workers, the Coast Guard said.",
)
def reported_fresh(event: TimelineEvent, reports: Sequence[Report], context: Context) -> float:
    """A day on which, or just after which, articles of the brief were published: news is
    written while an event is fresh, so the days a story was reported are its days."""
    if event.precision != "day":
        return 0.0
    day = start_of(event.date)
    fresh = sum(context.published.get(day + dt.timedelta(days=n), 0) for n in range(FRESH_DAYS + 1))
    return math.log2(1 + fresh)


@rule(
    "timeline",
    example="BP capped the leaking well on 15 July. The well had leaked oil for months."
    + ARTICLE_BREAK
    + "The leaking well was capped, BP said. Oil stopped flowing from the well.",
)
def central_sentence(event: TimelineEvent, reports: Sequence[Report], context: Context) -> float:
    """An event told in words the brief's sources share (its story's words), not an item of
    an unrelated story in a round-up: the best of its reports' centrality (0 to 1)."""
    return max((r.central for r in reports), default=0.0)


# The signals of an event's importance; its score is the weighted sum of those that hold.
SIGNALS: list[Rule[[TimelineEvent, Sequence[Report], Context], float]] = [
    reported_widely, date_in_many_reports, salient_actor, lead_event, main_event, exact_day,
    within_story, reported_fresh, central_sentence,
]  # fmt: skip


@rule(
    "timeline",
    example="The breakdown marks another setback in relations, which have steadily deteriorated "
    "since the Taliban's return to power in 2021. The talks failed on Tuesday.",
)
def background_date(
    event: TimelineEvent, reports: Sequence[Report], shown: set[str], context: Context
) -> bool:
    """An event before the story's period (more than a month before its first article) is
    background: the JSON and the background template keep it, the key events do not."""
    return start_of(event.date) < context.first - dt.timedelta(days=STORY_BEFORE)


@rule(
    "timeline",
    example="The national incident commander gave interviews on Thursday. On Friday the top "
    "U.S. spill official said.",
)
def fragment_phrase(
    event: TimelineEvent, reports: Sequence[Report], shown: set[str], context: Context
) -> bool:
    """The phrase shown, its first report's, does not read as an event: one of
    `readable.READABLE_RULES` found it a fragment (a verb without its subject or its object,
    an ending on a function word, names only), or it starts inside a word group (a
    possessive "'s")."""
    opening = event.event[:1]
    return not (opening.isupper() or opening.isdigit()) or bool(reports and reports[0].unreadable)


@rule(
    "timeline",
    example="BP capped the leaking well on 15 July. The well had leaked oil for months."
    + ARTICLE_BREAK
    + "BP capped its leaking well after 87 days. Oil stopped flowing from the well."
    + ARTICLE_BREAK
    + "The leaking well was capped, BP said. Oil stopped flowing from the well. A large "
    "asteroid is expected to come closer to us than the moon tonight.",
)
def off_story(
    event: TimelineEvent, reports: Sequence[Report], shown: set[str], context: Context
) -> bool:
    """An event told in words few of its story's sources use: an item of another story (a
    round-up's other news, a radio listing), kept in the JSON, not shown. Only a story of
    several sources can tell, or the brief's words when one story holds most of its sources
    (`Spread.told`)."""
    told = [r.central for r in reports if r.told]
    return len(told) == len(reports) > 0 and max(told) < OFF_STORY


@rule(
    "timeline",
    example="An explosion on the drilling rig killed 11 workers on 20 October. Oil began gushing "
    "into the Gulf on 20 October.",
)
def one_row_per_date(
    event: TimelineEvent, reports: Sequence[Report], shown: set[str], context: Context
) -> bool:
    """A date a more important event already shows is not shown again: the document's
    timeline has one row per date, as the outlets' own timelines do."""
    return event.date in shown


@rule(
    "timeline",
    example="The talks in Istanbul failed on Tuesday. Earlier this month, Pakistan and "
    "Afghanistan agreed to a ceasefire."
    + ARTICLE_BREAK
    + "Pakistan's information minister said the negotiations in Istanbul had collapsed."
    + ARTICLE_BREAK
    + "Kabul blamed Islamabad for the breakdown of the Istanbul negotiations.",
)
def inexact_date(
    event: TimelineEvent, reports: Sequence[Report], shown: set[str], context: Context
) -> bool:
    """In a brief of several sources, an event dated to a month, a week or a year, not a day:
    the document's timeline gives each key event its exact date, as the outlets' timelines do
    (the JSON and the background paper keep it). One or two articles may have no day for
    their main event ("efforts to broker a ceasefire ended in failure this week")."""
    return context.multiple and event.precision != "day"


@rule(
    "timeline",
    example=UNDATED
    + "The talks failed on Tuesday, officials said."
    + ARTICLE_BREAK
    + "Pakistan's information minister said on Wednesday that the negotiations had collapsed.",
)
def assumed_date(
    event: TimelineEvent, reports: Sequence[Report], shown: set[str], context: Context
) -> bool:
    """An event dated from the brief's as-of date, its source giving none ("on Tuesday" in an
    undated article), is no key event where other sources give theirs: the graphic and the
    stories' key events would set a guess among real dates (an undated 2008 report's
    "Saturday" shown as this week's). The table and the JSON keep it, marked assumed."""
    return event.assumed and context.dated


# What keeps an event out of the document's timeline, tried in order.
KEY_REFUSALS: list[Rule[[TimelineEvent, Sequence[Report], set[str], Context], bool]] = [
    assumed_date, background_date, inexact_date, fragment_phrase, off_story, one_row_per_date,
]  # fmt: skip


def _score(
    event: TimelineEvent, reports: Sequence[Report], context: Context
) -> tuple[float, list[str]]:
    """The weighted sum of the signals that hold for an event, and their names."""
    total, fired = 0.0, []
    for signal in SIGNALS:
        value = signal.fn(event, reports, context)
        if value > 0:
            total += WEIGHTS[signal.name] * value
            fired.append(signal.name)
            record(signal, event.event, f"+{WEIGHTS[signal.name] * value:.2f}", event.evidence)
    return total, fired


def _status(event: TimelineEvent, reports: Sequence[Report]) -> tuple[str, list[str]]:
    """Planned when every report of it is a plan; one report of it done makes it happened."""
    plans = [r.planned for r in reports]
    if plans and all(plans):
        return "planned", sorted({p for p in plans if p})
    return "happened", []


def rank_events(
    events: Sequence[TimelineEvent], reports: Sequence[Sequence[Report]], context: Context
) -> list[TimelineEvent]:
    """Every event with its status, its rank (1 = most important) and whether the document
    shows it (`key`), in the order given."""
    scored = []
    for event, found in zip(events, reports, strict=True):
        status, plan_rules = _status(event, found)
        if status == "planned":
            record(plan_rules[0], event.event, "planned", event.evidence)
        score, fired = _score(event, found, context)
        why = [*event.why, *plan_rules, *fired]
        scored.append((score, event.model_copy(update={"status": status, "why": why})))
    order = sorted(
        range(len(scored)),
        key=lambda i: (-scored[i][0], -len(scored[i][1].evidence), start_of(scored[i][1].date)),
    )
    ranked: list[TimelineEvent | None] = [None] * len(scored)
    shown: dict[str, set[str]] = {"happened": set(), "planned": set()}
    room = {"happened": KEY_HAPPENED, "planned": KEY_PLANNED}
    for rank, i in enumerate(order, start=1):
        event = scored[i][1]
        key = _is_key(event, reports[i], shown[event.status], room[event.status], context)
        if key:
            shown[event.status].add(event.date)
            record(key_event, event.event, f"shown, rank {rank}", event.evidence)
        why = [*event.why, key_event.name] if key else event.why
        ranked[i] = event.model_copy(update={"rank": rank, "key": key, "why": why})
    return [event for event in ranked if event is not None]


def _is_key(
    event: TimelineEvent, reports: Sequence[Report], shown: set[str], room: int, context: Context
) -> bool:
    if len(shown) >= room:
        return False
    refused = first(KEY_REFUSALS, event, reports, shown, context)
    if refused is not None:
        record(refused[0], event.event, "not shown", event.evidence)
        return False
    return key_event(event, shown)


@rule("timeline", example="Those discussions came after explosions in Kabul on October 9.")
def key_event(event: TimelineEvent, shown: set[str]) -> bool:
    """Among the most important events of its status (`KEY_HAPPENED` that happened,
    `KEY_PLANNED` planned), one per date: the document's timeline shows it."""
    return event.date not in shown
