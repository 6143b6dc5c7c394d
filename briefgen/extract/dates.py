"""Temporal expressions and their TimeML-style values, anchored to the publication date.

The annotation component `briefgen_timexes` finds the expressions of a Doc (timex.py) and
writes them to `doc.spans["briefgen_timexes"]`, each with the rule that found it
(`span._.timex_found_by`) and its TimeML type (`span._.timex_type`); candidates that are no
temporal expression (an age, a version number) go to `doc.spans["briefgen_timexes_dropped"]`.
`extract_dates` values each expression with the first rule of `DATE_RULES` that decides
(HeidelTime-style named rules: calendar_rules.py, relative_rules.py), against the article's
anchor, the tense of its clause and the value the text mentioned last; each date keeps its
anchor, evidence and rules, so anyone can check why a value was chosen.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from briefgen.budget import check
from briefgen.extract import ParsedArticle, lexicon
from briefgen.extract.calendar_rules import CALENDAR_RULES, Result, clock
from briefgen.extract.clause_values import CLAUSE_RULES
from briefgen.extract.holidays import holiday
from briefgen.extract.labels import (
    AUXILIARIES,
    DATED_THING_POS,
    FINITE_TAGS,
    MODIFIERS_OR_OWNER,
    PRESENT_TAGS,
    VERBALS,
)
from briefgen.extract.number_words import spelled_numbers
from briefgen.extract.relative_rules import (
    DEICTIC_RULES,
    DURATION_RULES,
    NARRATIVE_RULES,
    SET_RULES,
    Reference,
    as_day,
    reference_word,
    relative_unit,
    unit,
    weekday_by_tense,
)
from briefgen.extract.rules import Rule, first, record, rule
from briefgen.extract.timeml_rules import (
    COMPARISONS,
    TIMEML_RULES,
    months_of_reported_year,
    reported_quarter_of,
)
from briefgen.extract.timex import temporal_spans, tense
from briefgen.extract.timex_context import CONTEXT_RULES, NOT_TIMEX_RULES, clock_day_from_date
from briefgen.extract.vague_rules import STEP_RULES, VAGUE_RULES
from briefgen.extract.week_rules import WEEK_RULES
from briefgen.model import DateMention, TimexType
from briefgen.timewords import (
    ANTERIORS,
    APPROXIMATORS,
    DAYS_FROM_TODAY,
    DECADE_WORDS,
    FISCAL_WORDS,
    FUTURE_AUXILIARIES,
    MONTHS,
    PARTS_OF_DAY,
    PERIOD_PARTS,
    SEASONS,
    TOWARDS,
    WEEKDAYS,
)

TIMEXES = "briefgen_timexes"
DROPPED = "briefgen_timexes_dropped"
# Function words around an expression that do not change its value.
_FUNCTION = frozenset(
    {"the", "on", "in", "of", "by", "since", "until", "from", "between", "at", "during", "for",
     "within", "our", "its", "their"}
)  # fmt: skip
# Words that make a span temporal even when no rule can value it ("the period").
_TEMPORAL = frozenset(
    {*MONTHS, *WEEKDAYS, *SEASONS, *PARTS_OF_DAY, *DAYS_FROM_TODAY, "quarter", "period", "time",
     "era", "noon", "midnight"}
)  # fmt: skip
# Whether a text is temporal, and its type, do not depend on the anchor, the tense or the
# value mentioned last (only values do): the layer reads them against this date.
_TYPE_ANCHOR = dt.date(2000, 1, 1)
_UNRESOLVED = {"numeric_date": "no such day", "calendar_date": "no such day",
               "month_day_by_tense": "no such day", "clock_time": "no such time",
               "unvalued_calendar_word": "a calendar word no rule values"}  # fmt: skip

for _name in ("timex_found_by", "timex_type", "timex_dropped_by"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


@rule(
    "date",
    example="United States automobile manufacturing firm General Motors filed for bankruptcy "
    "and Chapter 11 protection from its creditors at 12:00 UTC Monday, in a Manhattan, New "
    "York federal bankruptcy court.",
)
def clock_time(words: list[str], anchor: dt.date, clause_tense: str, last: str | None) -> Result:
    """'16:00 UTC today', '12:00 UTC Monday', '08:30 UTC': the day from the rest of the
    expression, else the day the text last mentioned, else the anchor; '5:30 every morning'
    is the set of that time of every day (XXXX-XX-XXT05:30)."""
    if not any(re.fullmatch(r"\d{1,2}:\d{2}", w) for w in words):
        return None
    rest = [w for w in words if not re.fullmatch(r"\d{1,2}:\d{2}|utc|gmt|[ap]\.m\.?", w)]
    day = as_day(last) or anchor
    if rest:
        value, kind = normalise(" ".join(rest), anchor, clause_tense, last)
        if kind == "SET" and value and value.startswith("XXXX-XX-XX"):
            timed = clock(words, "XXXX-XX-XX")
            return (timed[0], "SET") if timed and timed[0] else None
        day = as_day(value) or day
    return clock(words, day.isoformat())


_ZONES = frozenset(z.lower() for z in lexicon.words("time_zones"))
_CLOCK_ZONES = _ZONES | {"local"}  # "1425 local time"
_MERIDIEM = re.compile(r"[ap]\.m\.?")
# Hours with a name: TimeML writes midnight as the 24th hour of the day that ends.
_NAMED_HOURS = {"noon": 12, "midday": 12, "midnight": 24}
_HOUR_WORDS = {"at", "about", "around", "o'clock", "oclock", "local", "time"}


def _hour(words: list[str]) -> tuple[int, int, list[str]] | None:
    """The hour and minute of '10 p.m.', 'noon', '1750 GMT' (four digits before a time zone
    are a clock time, never a year), and the words left beside it."""
    named = [w for w in words if w in _NAMED_HOURS]
    numbered = [
        i for i, w in enumerate(words[:-1])
        if (w.isdecimal() and len(w) <= 2 and _MERIDIEM.fullmatch(words[i + 1]))
        or (len(w) == 4 and w.isdecimal() and words[i + 1] in _CLOCK_ZONES)
    ]  # fmt: skip
    if len(named) + len(numbered) != 1:
        return None
    if named:
        hour, minute, used = _NAMED_HOURS[named[0]], 0, {named[0]}
    elif len(words[numbered[0]]) == 4:
        digits = words[numbered[0]]
        hour, minute, used = int(digits[:2]), int(digits[2:]), {digits}
    else:
        i = numbered[0]
        hour = int(words[i]) % 12 + (12 if words[i + 1].startswith("p") else 0)
        minute, used = 0, {words[i], words[i + 1]}
    rest = [w for w in words if w not in used and w not in _ZONES and w not in _HOUR_WORDS]
    return hour, minute, rest


@rule(
    "date",
    example="His kidnappers demanded a ransom of dlrs 1 million, but negotiations broke off at "
    "noon Thursday.",
)
def hour_of_day(words: list[str], anchor: dt.date, clause_tense: str, last: str | None) -> Result:
    """'10 p.m. Wednesday', 'noon Thursday', '5 p.m. EST Nov. 9', '1750 GMT': an hour of the
    day the rest of the expression names, else of the day the text last named, else of the
    anchor; a time is never a year."""
    found = _hour(words)
    if found is None or found[0] > 24 or found[1] > 59:
        return None
    hour, minute, rest = found
    day = as_day(last) or anchor
    if rest:
        value, _ = normalise(" ".join(rest), anchor, clause_tense, last)
        if as_day(value) is None:
            return None
        day = as_day(value) or day
    zone = "Z" if {"utc", "gmt"} & set(words) else ""
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}{zone}", "TIME"


@rule(
    "date",
    example="CBS News first reported last night that the tomb may contain the remains of Air "
    "Force pilot Michael Blassie.",
)
def part_of_named_day(
    words: list[str], anchor: dt.date, clause_tense: str, last: str | None
) -> Result:
    """'last night' (the anchor's eve), 'mid-afternoon yesterday', 'mid afternoon': a part of
    the day the rest of the expression names, else of the day the text last named."""
    parts = [w for w in words if w in PARTS_OF_DAY]
    if len(parts) != 1 or len(words) == 1:
        return None
    rest = [w for w in words if w != parts[0] and w not in PERIOD_PARTS]
    if rest == ["last"]:
        day: dt.date | None = anchor - dt.timedelta(days=1)
    elif rest:
        day = as_day(normalise(" ".join(rest), anchor, clause_tense, last)[0])
    else:
        day = as_day(last) or anchor
    return (f"{day.isoformat()}T{PARTS_OF_DAY[parts[0]]}", "TIME") if day else None


@rule("date", example="During that time, Control Data had losses of more than $1 billion.")
def unvalued_calendar_word(words: list[str], *_: object) -> Result:
    """A span with a calendar word but no value is kept, unvalued: 'the period', 'that time'."""
    if any(w in _TEMPORAL or unit(w) or re.fullmatch(r"\d{4}", w) for w in words):
        return None, "DATE"
    return None


@rule(
    "date",
    example="Barra, 51, will be the first woman to lead a firm in the American auto industry.",
)
def not_temporal(words: list[str], *_: object) -> tuple[None, None]:
    """No calendar word: a bare number (an age, 'Barra, 51', or a version) is not a temporal
    expression."""
    return None, None


# The normalisation cascade, in the order the rules are tried: the first that decides wins.
DATE_RULES: list[Rule[..., Any]] = [
    clock_time, hour_of_day, holiday, *TIMEML_RULES, *WEEK_RULES, *VAGUE_RULES, *DURATION_RULES,
    *SET_RULES,
    reference_word, *DEICTIC_RULES, relative_unit, *NARRATIVE_RULES, *STEP_RULES, weekday_by_tense,
    *CALENDAR_RULES, part_of_named_day, unvalued_calendar_word, not_temporal,
]  # fmt: skip


def words_of(text: str) -> list[str]:
    """Lower-case words of an expression, hyphens split; function words, approximators and
    possessives dropped ("just last month's"); numbers in words as digits ("nineteen
    ninety-six" is 1996), "the year 2000" as its year, "the nineties" as the 90s; "fiscal"
    dropped, as TimeBank writes "fiscal 1989" as 1989; "or so" dropped, as an approximator."""
    text = text.lower().replace("-", " ").replace("’", "'")
    text = re.sub(r"(?<=\d0)'s\b", "s", text)  # "the 1990's" is "the 1990s"
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"\bor so\b", "", text)  # "the next year or so" is next year, approximately
    found = re.findall(r"\d{1,2}:\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|[ap]\.m\.?|\w+", text)
    dropped = _FUNCTION | FISCAL_WORDS | APPROXIMATORS
    words = spelled_numbers([w for w in found if w not in dropped])
    words = [f"{DECADE_WORDS[w]}0s" if w in DECADE_WORDS else w for w in words]
    return [w for i, w in enumerate(words) if not (w == "year" and _year_next(words, i))]


def _year_next(words: list[str], i: int) -> bool:
    return i + 1 < len(words) and len(words[i + 1]) == 4 and words[i + 1].isdecimal()


def resolve(
    text: str, anchor: dt.date, clause_tense: str = "past", last: str | None = None
) -> tuple[Rule[..., Any], str | None, TimexType | None]:
    """The rule that values an expression, with the TimeML value and type it gives: value
    None when it cannot be resolved, type None when the text is no temporal expression.

    `last` is the value the text mentioned last, for narrative expressions ("a day later")."""
    words = words_of(text)
    found = first(DATE_RULES, words, anchor, clause_tense, last) if words else None
    if found is None:
        return not_temporal, None, None
    made_by, (value, kind) = found
    return made_by, value, kind


def normalise(
    text: str, anchor: dt.date, clause_tense: str = "past", last: str | None = None
) -> tuple[str | None, TimexType | None]:
    """The TimeML value and type of an expression (see `resolve`)."""
    _, value, kind = resolve(text, anchor, clause_tense, last)
    return value, kind


@lru_cache(maxsize=1 << 14)
def timex_type(text: str) -> TimexType | None:
    """The TimeML type of an expression; None when it is none (a pure function of the text,
    asked once when the span is found and once when it is typed: remembered by text)."""
    return resolve(text, _TYPE_ANCHOR)[2]


@Language.component(TIMEXES, assigns=["doc.spans"])
def annotate_timexes(doc: Doc) -> Doc:
    """Temporal expressions to `doc.spans["briefgen_timexes"]`, non-temporal candidates to
    `doc.spans["briefgen_timexes_dropped"]`, each with its finding rule and type."""
    kept: list[Span] = []
    dropped: list[Span] = []
    for span, found_by in temporal_spans(doc, timex_type):
        span._.timex_found_by = found_by.name
        dropping = first(NOT_TIMEX_RULES, span)
        if dropping is not None:
            span._.timex_dropped_by = dropping[0].name
            dropped.append(span)
            continue
        in_context = first(CONTEXT_RULES, span) or first(CLAUSE_RULES, span, _TYPE_ANCHOR)
        span._.timex_type = in_context[1][1] if in_context else timex_type(span.text)
        (kept if span._.timex_type else dropped).append(span)
    doc.spans[TIMEXES] = kept
    doc.spans[DROPPED] = dropped
    return doc


def clause_tense(span: Span) -> str:
    """The tense that places a date: its clause's; but a date after 'since' lies before the
    anchor ('allowed to carry out an inspection since Jan. 13'), and a date a past clause
    gives as an end ('extended to Nov. 16', 'through January') or that dates a noun or an
    adjective ('payable Dec. 7', 'a cutback in September') need not: present."""
    if ahead_of_now(span):
        return "future"
    before = span.doc[span.start - 1] if span.start else None
    preposition = span[0] if span[0].dep_ == "prep" else before
    if preposition is not None and preposition.lower_ == "since":
        return "past"
    found = tense(span.root)
    if found == "future" and plan_told_in_past(span):
        return "near"
    if found != "past":
        return found
    if preposition is not None and preposition.lower_ in TOWARDS:
        return "present"
    head = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    return "present" if head.pos_ in DATED_THING_POS else found


@rule(
    "date",
    example="Organisers said 40,000 tickets have now been sold ahead of Saturday night's "
    "stadium concert in Cardiff in memory of Michael Jackson.",
)
def ahead_of_now(span: Span) -> bool:
    """A date of what a clause in the present or present perfect does something "ahead of"
    or "before" ("tickets have now been sold ahead of Saturday night's concert", lexicon
    `anteriors`) lies after the article's time: the next such day, not the last. Only when
    the words hang on the clause's verb: "Nestle's share of 7% before Friday's purchases is
    far below" compares a figure with what came before."""
    thing = span.root.head if span.root.dep_ in MODIFIERS_OR_OWNER else span.root
    preposition = thing.head
    anterior = preposition if preposition.lower_ in ANTERIORS else preposition.head
    if thing.dep_ != "pobj" or anterior.lower_ not in ANTERIORS:
        return False
    verb = anterior.head
    if not _finite(verb):
        return False
    forms = [verb, *(c for c in verb.children if c.dep_ in AUXILIARIES)]
    ahead = any(t.tag_ in PRESENT_TAGS or t.lower_ in FUTURE_AUXILIARIES for t in forms)
    if ahead and not any(t.tag_ == "VBD" for t in forms):
        record(ahead_of_now, span.text, "future")
        return True
    return False


@rule(
    "date",
    example="BP said a containment ship steamed into place over the well and was expected to "
    "begin collecting oil Sunday night.",
)
def plan_told_in_past(span: Span) -> bool:
    """A day of what an infinitive says a simple past expected or planned ("was expected to
    begin collecting oil Sunday night", written on the Monday) is the nearest such day,
    before or after the article: the plan was told before it was written, so its day need
    not lie ahead ("near"; a weekday of a plan in the present is the next)."""
    if not any(t.lower_.rstrip(".") in WEEKDAYS or t.lower_.rstrip(".") in MONTHS for t in span):
        return False  # only a weekday or a month needs the tense to be placed
    verb = span.root
    while verb.pos_ not in VERBALS and verb.head.i != verb.i:
        verb = verb.head
    while verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.head.pos_ in VERBALS:
        verb = verb.head  # "to begin collecting oil Sunday night"
    if not any(c.tag_ == "TO" for c in verb.children) or verb.head.i == verb.i:
        return False
    governor = verb.head
    forms = [governor, *(c for c in governor.children if c.dep_ in AUXILIARIES)]
    told = governor.pos_ in VERBALS and any(t.tag_ == "VBD" for t in forms)
    if told and not any(t.lemma_ == "have" for t in forms):
        record(plan_told_in_past, span.text, "near")
        return True
    return False


def _finite(verb: Token) -> bool:
    """The verb of a clause with a tense: finite, or with auxiliaries ("have now been sold");
    not a gerund or a participle ("celebrating the legacy")."""
    if verb.pos_ not in VERBALS:
        return False
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in AUXILIARIES for c in verb.children)


def _reference(value: str, before: Reference | None, anchor: dt.date) -> Reference:
    """The text's new reference: `value`, with the last day the text named and the quarter
    it reports (`reported_quarter_of`)."""
    made = Reference(value)
    made.day = value[:10] if as_day(value) else (before.day if before is not None else None)
    made.quarter = reported_quarter_of(value, before.quarter if before else None, anchor)
    return made


def extract_dates(article: ParsedArticle) -> list[DateMention]:
    """Every temporal expression in an article, normalised against its anchor."""
    for span in article.doc.spans[DROPPED]:
        where = [article.span_evidence(span)]
        record(span._.timex_found_by, span.text, "found", where)
        record(span._.timex_dropped_by or not_temporal.name, span.text, "dropped", where)
    found = []
    last: Reference | None = None
    for span in article.doc.spans[TIMEXES]:
        check(article.doc)
        in_context = first(CONTEXT_RULES, span) or first(CLAUSE_RULES, span, article.anchor)
        if in_context is not None:
            made_by, (value, kind) = in_context
        else:
            made_by, value, kind = resolve(span.text, article.anchor, clause_tense(span), last)
        assert kind is not None, "the layer keeps temporal expressions only"
        evidence = article.span_evidence(span)
        record(span._.timex_found_by, span.text, "found", [evidence])
        outcome = value or f"unresolved: {_UNRESOLVED.get(made_by.name, 'no value')}"
        record(made_by, span.text, outcome, [evidence])
        found.append(
            DateMention(
                text=span.text, value=value, type=kind, anchor=article.anchor,
                assumed=article.assumed, evidence=evidence,
                why=[span._.timex_found_by, made_by.name],
            )
        )  # fmt: skip
        moves = made_by.name not in COMPARISONS  # "a year earlier" keeps the reference
        if kind in ("DATE", "TIME") and value and value[:4].isdecimal() and moves:
            last = _reference(value, last, article.anchor)
        elif kind == "DURATION" and (
            year := months_of_reported_year([t.lower_ for t in span], value, last)
        ):
            last = _reference(year, last, article.anchor)
    return _clock_days(article, found)


def _clock_days(article: ParsedArticle, found: list[DateMention]) -> list[DateMention]:
    """Clock times given the day of the date that follows them, past other clock times
    ('1425 local time (1925 GMT) on Thursday'): `clock_day_from_date`."""
    spans = list(article.doc.spans[TIMEXES])
    for i, time in enumerate(found):
        j = i + 1
        while j < len(found) and found[j].type == "TIME":
            j += 1
        if time.type != "TIME" or j == len(found) or found[j].type != "DATE":
            continue
        date = found[j]
        value = clock_day_from_date(spans[i], time.value, spans[j], date.value)
        if value is not None:
            record(clock_day_from_date, time.text, value, [time.evidence, date.evidence])
            why = [*time.why, clock_day_from_date.name]
            found[i] = time.model_copy(update={"value": value, "why": why})
    return found
