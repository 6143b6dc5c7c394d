"""Timeline: dated events, each a short phrase from the clause that governs its date.

A date places an event unless `not_a_point` (a duration, a reference) or `no_event_phrase`
drops it; its phrase is cut by `event_phrase` (event_phrases.py); `same_event` merges
reports of one event across articles, when the same-fact test (extract/samefact.py) finds
their clauses report one fact, and `conflicting_dates` flags one event dated two ways.
An event's `why` is the rules that found and valued its date, then those that phrased,
merged and flagged it."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import islice

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from briefgen.budget import charging
from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.date_checks import DATE_CHECKS
from briefgen.extract.date_heads import governor
from briefgen.extract.dates import TIMEXES
from briefgen.extract.event_phrases import event_phrase
from briefgen.extract.key_events import (
    LEAD_SENTENCES,
    TWO_REPORTS,
    Context,
    Report,
    Spread,
    lead_end,
    rank_events,
    read_report,
)
from briefgen.extract.phrase_subjects import Namer
from briefgen.extract.referents import referent
from briefgen.extract.rules import ARTICLE_BREAK, first, record, rule
from briefgen.extract.samefact import Fact, Resolve, clause_fact, corroborates, reported_head
from briefgen.model import DateMention, Precision, TimelineEvent, TimexType

_POINT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?(?:T[\w:]+)?$")
# Two phrases name one event when this share of the shorter one's content words, and at
# least this many of them, recur in the other: tolerant of wording, not of a new subject.
_OVERLAP = 0.6
_MIN_SHARED = 2
# TimeML types that measure time rather than place an event in it (`amount_of_time`).
_AMOUNTS: frozenset[TimexType] = frozenset({"DURATION", "SET"})
_CONFLICT_WINDOW = 31  # days: discrepant reports of one event, not a recurring one
# Flagging a conflict accuses a source of an error: it needs near-identical wording.
_CONFLICT_OVERLAP = 0.8
_CONFLICT_SHARED = 3
# A real report (apple cluster, 2010-06-16) and a shorter copy that dates it a day earlier.
_CONFLICT_EXAMPLE = (
    "Pre-orders of the recently announced iPhone 4 began Tuesday, overwhelming Apple and AT&T."
    + ARTICLE_BREAK
    + "Pre-orders of the iPhone 4 began Monday, the company said."
)


def build_timeline(
    articles: Sequence[ParsedArticle],
    dates: Iterable[DateMention],
    resolve: Resolve | None = None,
    salience: Mapping[str, float] | None = None,
    actors: ActorIndex | None = None,
    stories: Sequence[Sequence[str]] = (),
) -> list[TimelineEvent]:
    """One entry per dated event, sorted. The same event reported by several articles (same
    date, similar phrase, the same fact) is one entry citing each; an event that sources date
    differently is flagged with the other dates in `conflicts`. `resolve` names the actors
    the clauses mention (the brief's actor index), for the same-fact test; `salience` gives
    each actor's salience, for the events' ranks (key_events.py); `actors` names the actor a
    pronoun subject refers to, for the phrases; `stories` groups the source ids by story (one
    story when none is given), so a sentence's centrality is read within its story."""
    name = _namer(actors)
    by_source = {article.source.id: article for article in articles}
    spans = {article.source.id: _date_spans(article) for article in articles}
    leads = {article.source.id: lead_end(list(islice(article.doc.sents, LEAD_SENTENCES)))
             for article in articles}  # fmt: skip
    spread = Spread(
        {article.source.id: article.doc for article in articles}, stories or [list(by_source)]
    )
    dates = list(dates)
    merged: list[TimelineEvent] = []
    facts: list[Fact] = []  # the fact of each entry of `merged`
    reports: list[list[Report]] = []  # what each report of each entry says of its weight
    on_date: dict[str, _WordIndex] = defaultdict(_WordIndex)  # date -> entries of `merged`
    for mention in dates:
        source = mention.evidence.source
        with charging(by_source[source].doc):
            found = _entry(
                by_source[source], mention, (spans[source], name), resolve,
                (source, leads[source], spread),
            )  # fmt: skip
        if found is None:
            continue
        entry, fact, report = found
        candidates = on_date[entry.date].sharing(entry.event, _MIN_SHARED)
        same = next((i for i in candidates if _one_event(merged[i], facts[i], entry, fact)), None)
        if same is None:
            on_date[entry.date].add(len(merged), entry.event)
            merged.append(entry)
            facts.append(fact)
            reports.append([report])
        else:
            merged[same] = _merge(merged[same], entry)
            reports[same].append(report)
    context = _context(articles, dates, salience or {})
    ranked = rank_events(_flag_all_conflicts(merged), reports, context)
    return sorted(ranked, key=lambda event: (sort_key(event.date), event.event))


def _context(
    articles: Sequence[ParsedArticle], dates: Sequence[DateMention], salience: Mapping[str, float]
) -> Context:
    """What the whole brief says of an event's weight: how many sources mention each date,
    its actors' salience as a share of the top one's, and the story's period (from the
    sources that give their date, where any do)."""
    mentioned: dict[str, set[str]] = defaultdict(set)
    for mention in dates:
        point = _point(mention)
        if point is not None:
            mentioned[point[0]].add(mention.evidence.source)
    top = max(salience.values(), default=0.0)
    dated = [article.anchor for article in articles if article.source.published]
    anchors = dated or [article.anchor for article in articles] or [dt.date.today()]
    return Context(
        date_sources={date: len(sources) for date, sources in mentioned.items()},
        salience={name: value / top for name, value in salience.items()} if top > 0 else {},
        first=min(anchors),
        last=max(anchors),
        published=Counter(a.source.published for a in articles if a.source.published),
        multiple=len(articles) > 2,
        dated=bool(dated),
    )


@rule(
    "timeline",
    example=TWO_REPORTS,
)
def same_event(kept: TimelineEvent, entry: TimelineEvent) -> bool:
    """Two reports of one event: the same date and a similar phrase ("Explosions in Kabul" /
    "the explosions in Kabul")."""
    return similar(kept.event, entry.event)


def _one_event(kept: TimelineEvent, kept_fact: Fact, entry: TimelineEvent, fact: Fact) -> bool:
    """A similar phrase on the same date (`same_event`) whose clause reports the same fact."""
    return same_event(kept, entry) and corroborates(kept_fact, fact, entry.event, entry.evidence)


def _merge(kept: TimelineEvent, entry: TimelineEvent) -> TimelineEvent:
    """An event that another report repeats cites that report too."""
    record(same_event, entry.event, f"joins {kept.event}", [*kept.evidence[:1], *entry.evidence])
    evidence = [*kept.evidence, *(e for e in entry.evidence if e not in kept.evidence)]
    why = kept.why if same_event.name in kept.why else [*kept.why, same_event.name]
    return kept.model_copy(update={"evidence": evidence, "why": why})


def _date_spans(article: ParsedArticle) -> list[Span]:
    """The spans of an article's temporal expressions: none of them belongs in a phrase."""
    return list(article.doc.spans[TIMEXES])


def _in_sentence(dated: list[Span], sentence: Span) -> list[Span]:
    """The date spans (in text order, none overlapping) that reach into a sentence: the only
    ones a clause of it can hold, as a parse tree never crosses a sentence's bounds."""
    low = bisect.bisect_right(dated, sentence.start, key=lambda span: span.end)
    high = bisect.bisect_left(dated, sentence.end, key=lambda span: span.start)
    return dated[low:high]


def _flag_all_conflicts(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """Each event checked against the events of its precision within the conflict window
    that share enough of its content words to be similar (found by a word index, so a year
    with thousands of events does not compare each with all)."""
    by_precision: dict[str, _WordIndex] = defaultdict(_WordIndex)
    for index, event in enumerate(events):
        by_precision[event.precision].add(index, event.event)
    flagged = []
    for event in events:
        day = _days(event.date)
        near = [
            events[i]
            for i in by_precision[event.precision].sharing(event.event, _CONFLICT_SHARED)
            if abs(_days(events[i].date) - day) <= _CONFLICT_WINDOW
        ]
        flagged.append(_flag_conflicts(event, near))
    return flagged


class _WordIndex:
    """Event phrases by content word: the entries that can be `similar` to a phrase."""

    def __init__(self) -> None:
        self.postings: dict[str, list[int]] = defaultdict(list)

    def add(self, entry: int, phrase: str) -> None:
        for word in _content(phrase):
            self.postings[word].append(entry)

    def sharing(self, phrase: str, least: int) -> list[int]:
        """The entries, in order, that share at least `least` (>= 1) content words."""
        counts = Counter(i for word in _content(phrase) for i in self.postings.get(word, ()))
        return sorted(i for i, shared in counts.items() if shared >= max(1, least))


@rule(
    "timeline",
    example="Efforts to broker a lasting ceasefire between Pakistan and Afghanistan ended in "
    "failure this week, as Islamabad declared that the four-day talks in Istanbul had failed.",
)
def not_a_point(mention: DateMention) -> bool:
    """A duration, a set, a reference ('recently') or an unresolved date places no event:
    only a day, a week, a month or a year does."""
    return _point(mention) is None


@rule(
    "timeline",
    example="BP Plc shares tumbled nearly 16 percent on U.S. exchanges to a 14-year low on "
    "Wednesday.",
)
def amount_of_time(span: Span) -> bool:
    """A duration or a frequency beside an event's date ("a 14-year low", "take approximately
    three months to finish", "5,000 barrels a day") is an amount the event is told in, not
    a time it happened: it stays in the phrase, while every other date is cut out of it."""
    return span._.timex_type in _AMOUNTS


@rule("timeline", example="The first flight of the 777 was in 1994.")
def no_event_phrase(phrase: str) -> bool:
    """The clause around the date names no event: fewer than two content words."""
    return len(_content(phrase)) < _MIN_SHARED


def _namer(actors: ActorIndex | None) -> Namer | None:
    """The actor a pronoun refers to, when it is on the brief's actor list."""
    if actors is None:
        return None
    index = actors

    def name(token: Token) -> str | None:
        found = referent(token, index)
        return found[1] if found is not None else None

    return name


def _entry(
    article: ParsedArticle,
    mention: DateMention,
    dated_and_name: tuple[list[Span], Namer | None],
    resolve: Resolve | None,
    placing: tuple[str, int, Spread],
) -> tuple[TimelineEvent, Fact, Report] | None:
    """The event a date mention dates, with its sentence as evidence, the fact its clause
    reports and what the report says of its weight; None when the date is no point in time,
    a check of `DATE_CHECKS` finds it no date of an event, or its clause names no event."""
    dated, name = dated_and_name
    span = article.doc.char_span(mention.evidence.start, mention.evidence.end, "expand")
    point = _point(mention)
    if point is None or span is None:
        record(not_a_point, mention.text, "dropped", [mention.evidence])
        return None
    checked = first(DATE_CHECKS, span, article.anchor)
    if checked is not None:
        record(checked[0], mention.text, "dropped", [mention.evidence])
        return None
    others = [d for d in _in_sentence(dated, span.sent) if d.start != span.start]
    amounts = [d for d in others if amount_of_time(d)]
    others = [d for d in others if d not in amounts]
    phrased_by, phrase, kept = event_phrase(span, others, name)
    if any(all(t.text in phrase for t in d if not t.is_punct) for d in amounts):
        kept = (*kept, amount_of_time)
    sentence = article.span_evidence(span.sent)
    if no_event_phrase(phrase):
        record(no_event_phrase, mention.text, "dropped", [sentence])
        return None
    for made in (phrased_by, *kept):
        record(made, mention.text, phrase, [sentence])
    date, precision = point
    event = TimelineEvent(
        date=date, precision=precision, event=phrase, assumed=mention.assumed,
        evidence=[sentence], why=[*mention.why, phrased_by.name, *(k.name for k in kept)],
    )  # fmt: skip
    # "Owen said Tuesday that the city had not purchased it": the fact is what was said.
    head, flipped = reported_head(governor(span.root))
    fact = clause_fact(head, resolve, [date], flipped)
    return event, fact, read_report(span, phrase, fact, article.anchor, placing)


def _content(phrase: str) -> set[str]:
    words = re.findall(r"[\w’']+", phrase.casefold())
    return {w.rstrip("s") for w in words if w not in STOP_WORDS and not w.isdigit()}


def similar(first: str, second: str, overlap: float = _OVERLAP, least: int = _MIN_SHARED) -> bool:
    """Two event phrases say the same thing: most content words of the shorter one recur
    in the other, and at least `least` do ("Explosions in Kabul" / "the explosions in Kabul")."""
    a, b = _content(first), _content(second)
    shared = len(a & b)
    return shared >= least and shared >= overlap * min(len(a), len(b))


@rule("timeline", example=_CONFLICT_EXAMPLE)
def conflicting_dates(event: TimelineEvent, events: list[TimelineEvent]) -> list[str]:
    """One event dated two ways: other dates, at the same precision and within a month, that
    another source gives for a near-identical phrase (further apart, a similar phrase is more
    likely a recurring event, a quarterly loss)."""
    sources = {e.source for e in event.evidence}
    return sorted({
        other.date for other in events
        if other.date != event.date and other.precision == event.precision
        and abs(_days(other.date) - _days(event.date)) <= _CONFLICT_WINDOW
        and {e.source for e in other.evidence} - sources
        and similar(other.event, event.event, _CONFLICT_OVERLAP, _CONFLICT_SHARED)
    })  # fmt: skip


def _flag_conflicts(event: TimelineEvent, events: list[TimelineEvent]) -> TimelineEvent:
    """An event flagged with the other dates sources give it, if any."""
    others = conflicting_dates(event, events)
    if not others:
        return event
    record(conflicting_dates, event.event, f"also dated {', '.join(others)}", event.evidence)
    why = [*event.why, conflicting_dates.name]
    return event.model_copy(update={"conflicts": others, "why": why})


def _days(value: str) -> int:
    year, month, day = sort_key(value)
    return dt.date(year, max(month, 1), max(day, 1)).toordinal()


def _point(mention: DateMention) -> tuple[str, Precision] | None:
    if mention.type not in ("DATE", "TIME") or not mention.value:
        return None
    match = _POINT.match(mention.value)
    if not match:
        return None
    year, month, day, week = match.groups()
    if week:
        return f"{year}-W{week}", "week"
    if day:
        return f"{year}-{month}-{day}", "day"
    return (f"{year}-{month}", "month") if month else (year, "year")


def sort_key(value: str) -> tuple[int, int, int]:
    """Chronological order in which a month sorts before the days in it."""
    match = _POINT.match(value)
    if not match:
        return (9999, 99, 99)
    year, month, day, week = match.groups()
    if week:
        monday = dt.date.fromisocalendar(int(year), int(week), 1)
        return (monday.year, monday.month, monday.day)
    return (int(year), int(month or 0), int(day or 0))
