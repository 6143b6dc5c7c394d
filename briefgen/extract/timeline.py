"""Timeline: dated events, each a short phrase from the clause that governs its date.

A date places an event unless `not_a_point` (a duration, a reference) or `no_event_phrase`
drops it; its phrase is cut by the first of `PHRASE_RULES` that decides; `same_event` merges
reports of one event across articles and `conflicting_dates` flags one event dated two ways.
An event's `why` is the rules that found and valued its date, then those that phrased,
merged and flagged it."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from briefgen.budget import charging
from briefgen.extract import ParsedArticle
from briefgen.extract.dates import TIMEXES
from briefgen.extract.labels import (
    ARGUMENTS,
    EVENT_COMPLEMENTS,
    GERUND_CLAUSES,
    GERUND_PARTS,
    NOMINALS,
    OBJECTS,
    PHRASE_DROPS,
    PHRASE_TRIMS,
    SHARED_SUBJECT,
    SUBJECTS,
    VERB_CORE,
    VERBALS,
    WH_PRONOUN_TAGS,
)
from briefgen.extract.rules import ARTICLE_BREAK, Rule, first, record, rule
from briefgen.extract.spans import model_entity
from briefgen.model import DateMention, Precision, TimelineEvent

_POINT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?(?:T[\w:]+)?$")
_MAX_PART = 9  # tokens kept of a subject or object: a phrase, not a sentence
# Two phrases name one event when this share of the shorter one's content words, and at
# least this many of them, recur in the other: tolerant of wording, not of a new subject.
_OVERLAP = 0.6
_MIN_SHARED = 2
_SUBORDINATOR = re.compile(r"^(?:which|that|who|whom|since|because|while|when|whereas)\s+", re.I)
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
    articles: Sequence[ParsedArticle], dates: Iterable[DateMention]
) -> list[TimelineEvent]:
    """One entry per dated event, sorted. The same event reported by several articles (same
    date, similar phrase) is one entry citing each; an event that sources date differently
    is flagged with the other dates in `conflicts`."""
    by_source = {article.source.id: article for article in articles}
    spans = {article.source.id: _date_spans(article) for article in articles}
    merged: list[TimelineEvent] = []
    on_date: dict[str, list[int]] = defaultdict(list)  # date -> indices into `merged`
    for mention in dates:
        source = mention.evidence.source
        with charging(by_source[source].doc):
            entry = _entry(by_source[source], mention, spans[source])
        if entry is None:
            continue
        same = next((i for i in on_date[entry.date] if same_event(merged[i], entry)), None)
        if same is None:
            on_date[entry.date].append(len(merged))
            merged.append(entry)
        else:
            merged[same] = _merge(merged[same], entry)
    flagged = _flag_all_conflicts(merged)
    return sorted(flagged, key=lambda event: (sort_key(event.date), event.event))


@rule(
    "timeline",
    example=(
        "He fought pancreatic cancer in 2004 and took six months off in early 2009."
        + ARTICLE_BREAK
        + "He has been fighting pancreatic cancer since 2004."
    ),
)
def same_event(kept: TimelineEvent, entry: TimelineEvent) -> bool:
    """Two reports of one event: the same date and a similar phrase ("Explosions in Kabul" /
    "the explosions in Kabul")."""
    return similar(kept.event, entry.event)


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
    """Each event checked against the events of its precision within the conflict window."""
    by_precision: dict[str, list[tuple[int, TimelineEvent]]] = defaultdict(list)
    for event in events:
        by_precision[event.precision].append((_days(event.date), event))
    for group in by_precision.values():
        group.sort(key=lambda pair: pair[0])
    flagged = []
    for event in events:
        group = by_precision[event.precision]
        day = _days(event.date)
        low = bisect.bisect_left(group, day - _CONFLICT_WINDOW, key=lambda pair: pair[0])
        high = bisect.bisect_right(group, day + _CONFLICT_WINDOW, key=lambda pair: pair[0])
        flagged.append(_flag_conflicts(event, [other for _, other in group[low:high]]))
    return flagged


@rule(
    "timeline",
    example="Efforts to broker a lasting ceasefire between Pakistan and Afghanistan ended in "
    "failure this week, as Islamabad declared that the four-day talks in Istanbul had failed.",
)
def not_a_point(mention: DateMention) -> bool:
    """A duration, a set, a reference ('recently') or an unresolved date places no event:
    only a day, a week, a month or a year does."""
    return _point(mention) is None


@rule("timeline", example="The first flight of the 777 was in 1994.")
def no_event_phrase(phrase: str) -> bool:
    """The clause around the date names no event: fewer than two content words."""
    return len(_content(phrase)) < _MIN_SHARED


def _entry(article: ParsedArticle, mention: DateMention, dated: list[Span]) -> TimelineEvent | None:
    """The event a date mention dates, with its sentence as evidence; None when the date is
    no point in time or the clause around it names no event."""
    span = article.doc.char_span(mention.evidence.start, mention.evidence.end, "expand")
    point = _point(mention)
    if point is None or span is None:
        record(not_a_point, mention.text, "dropped", [mention.evidence])
        return None
    others = [d for d in _in_sentence(dated, span.sent) if d.start != span.start]
    phrased_by, phrase = event_phrase(span, others)
    sentence = article.span_evidence(span.sent)
    if no_event_phrase(phrase):
        record(no_event_phrase, mention.text, "dropped", [sentence])
        return None
    record(phrased_by, mention.text, phrase, [sentence])
    date, precision = point
    return TimelineEvent(
        date=date, precision=precision, event=phrase, assumed=mention.assumed,
        evidence=[sentence], why=[*mention.why, phrased_by.name],
    )  # fmt: skip


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


def event_phrase(date: Span, other_dates: Iterable[Span] = ()) -> tuple[Rule[..., str | None], str]:
    """'Explosions in Kabul', 'Attaullah Tarar confirmed the discussions had yielded no
    progress': the clause around a date, cut to subject, verb and object, without this
    or any other temporal expression; with the rule of `PHRASE_RULES` that cut it."""
    governor = _governor(date.root)
    skip = {i for span in (date, *other_dates) for i in range(span.start, span.end)}
    skip |= _date_preposition(date) | {i for span in other_dates for i in _date_preposition(span)}
    found = first(PHRASE_RULES, governor, skip)
    assert found is not None, "verb_clause decides every clause"
    return found[0], _tidy(found[1] or "")


@rule(
    "timeline",
    example="Saddam appeared to accept a border demarcation treaty he had rejected in peace talks "
    "following the August 1988 cease-fire of the eight-year war with Iran.",
)
def gerund_preposition_object(governor: Token, skip: set[int]) -> str | None:
    """A date on a gerund used as a preposition ('following deadly border clashes earlier
    this month'): the event is its object."""
    if governor.pos_ not in VERBALS or governor.tag_ != "VBG" or governor.dep_ != "prep":
        return None
    objects = [c for c in governor.children if c.dep_ in OBJECTS]
    return _compact(objects[0], skip) if objects else ""


@rule(
    "timeline",
    example="Those discussions came after explosions in Kabul on October 9, attacks that "
    "Afghan authorities blamed on Pakistan.",
)
def noun_phrase(governor: Token, skip: set[int]) -> str | None:
    """A date on a noun ('explosions in Kabul on October 9'): the event is its noun phrase."""
    return _compact(governor, skip) if governor.pos_ not in VERBALS else None


@rule(
    "timeline",
    example="It remains the largest car manufacturer in the United States, posting sales figures "
    "of $152 billion in 2012.",
)
def gerund_clause(governor: Token, skip: set[int]) -> str | None:
    """A date on a gerund clause ('..., reaching a deal on Tuesday'): the event is what the
    gerund does, without a subject."""
    if governor.tag_ != "VBG" or governor.dep_ not in GERUND_CLAUSES:
        return None
    parts = [c for c in governor.children if c.dep_ in GERUND_PARTS and c.i not in skip]
    return " ".join(_compact(part, skip) for part in parts)


@rule(
    "timeline",
    example="Boeing rolled out the first 787 Dreamliner on July 8, 2007.",
)
def verb_clause(governor: Token, skip: set[int]) -> str | None:
    """A date on a verb: the event is its clause cut to subject, verb and objects ('Boeing
    rolled out the first 787 Dreamliner')."""
    return _clause(governor, skip)


# How the phrase of an event is cut, by what the date hangs on: the first that decides wins.
PHRASE_RULES: list[Rule[..., str | None]] = [
    gerund_preposition_object, noun_phrase, gerund_clause, verb_clause,
]  # fmt: skip


def _governor(token: Token) -> Token:
    """The verb or noun a date says when about; a noun that is a verb's argument ("made
    its maiden flight on April 27") hands over to the verb."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.pos_ in NOMINALS and head.dep_ in ARGUMENTS and head.head.pos_ == "VERB":
        return head.head
    return head


def _date_preposition(date: Span) -> set[int]:
    root = date.root
    return {root.head.i} if root.dep_ == "pobj" else set()


def _clause(verb: Token, skip: set[int]) -> str:
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not subjects and verb.dep_ in SHARED_SUBJECT:
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECTS]
    core = [c for c in verb.children if c.dep_ in VERB_CORE]
    complements = [
        c for c in verb.children
        if c.dep_ in EVENT_COMPLEMENTS
        and c.i not in skip
    ][:2]  # fmt: skip
    # The tokenizer can split one subject into several ("Pre", "-", "orders"): keep them all.
    parts = [(_subjects_text(subjects, skip), subjects[0].i)] if subjects else []
    if verb.dep_ == "relcl" and subjects and subjects[0].tag_ in WH_PRONOUN_TAGS:
        # "... carmakers, which reach parity": the relative pronoun stands for its antecedent.
        parts = [(_compact(verb.head, skip), verb.head.i)]
    parts += [(t.text, t.i) for t in (*core, verb)]
    parts += [(_compact(c, skip), c.i) for c in complements]
    return " ".join(text for text, _ in sorted(parts, key=lambda part: part[1]) if text)


def _subjects_text(subjects: list[Token], skip: set[int]) -> str:
    if len(subjects) == 1:
        return _subject_text(subjects[0], skip)
    keep = set().union(*(_kept(subject, skip) for subject in subjects))
    return _join(sorted(keep)[:_MAX_PART], subjects[0].doc)


def _subject_text(subject: Token, skip: set[int]) -> str:
    """A named subject by its name alone ("Attaullah Tarar"), else a compact noun phrase;
    joined subjects stay joined ("GM and Chrysler")."""
    if any(child.dep_ == "conj" for child in subject.children):
        return _compact(subject, skip)
    ent = model_entity(subject)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
        return ent.text
    return _compact(subject, skip)


def _compact(head: Token, skip: set[int]) -> str:
    """A token's subtree without dates, side clauses and punctuation, cut to a phrase."""
    keep = _kept(head, skip)
    while len(keep) > _MAX_PART:
        # Drop the rightmost modifier first: later material tends to be the least essential.
        removable = [c for c in _subtree_children(head, keep) if c.dep_ in PHRASE_TRIMS]
        if not removable:
            keep = set(sorted(keep)[:_MAX_PART])
            break
        keep -= {t.i for t in max(removable, key=lambda c: c.i).subtree}
    doc = head.doc
    # A conjunction stays only while something it joins stays ("Pakistan and Afghanistan").
    joined = {t.i for i in keep for t in doc[i].children if t.dep_ == "cc" and _has_conj(t, keep)}
    return _join([i for i in sorted(keep) if doc[i].dep_ != "cc" or i in joined], doc)


def _join(indices: list[int], doc: Doc) -> str:
    """Tokens as the text wrote them where they are adjacent ("Pre-orders"), else spaced."""
    parts: list[str] = []
    for position, i in enumerate(indices):
        if position and indices[position - 1] == i - 1:
            parts[-1] += doc[i - 1].whitespace_ + doc[i].text
        else:
            parts.append(doc[i].text)
    return " ".join(parts)


def _has_conj(cc: Token, keep: set[int]) -> bool:
    return any(c.dep_ == "conj" and c.i in keep for c in cc.head.children)


def _kept(head: Token, skip: set[int]) -> set[int]:
    dropped: set[int] = set()
    for token in head.subtree:
        if token.i != head.i and (token.dep_ in PHRASE_DROPS or token.is_space):
            dropped |= {t.i for t in token.subtree}
    return {t.i for t in head.subtree if t.i not in dropped and t.i not in skip}


def _subtree_children(head: Token, keep: set[int]) -> list[Token]:
    return [
        t for t in head.subtree if t.i != head.i and t.i in keep and t.head.i in keep | {head.i}
    ]


def _tidy(phrase: str) -> str:
    phrase = re.sub(r"\s+([,.;:’'”)])", r"\1", phrase).replace("“ ", "“").strip(' ,;:-—“”"')
    phrase = re.sub(r"\s+", " ", phrase)
    # A phrase states an event: a leading subordinator or relative word ("which", "since")
    # belongs to the sentence the clause was cut from.
    phrase = _SUBORDINATOR.sub("", phrase)
    return phrase[:1].upper() + phrase[1:] if phrase else ""
