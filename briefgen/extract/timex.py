"""Detection of temporal expressions, and the tense of the clause that governs each one.

spaCy's DATE/TIME entities are the starting point; they are split where they join two
expressions ("November 11, three days later", "2009 to 2011") and completed with what the
model tends to miss (`MISSED_PATTERNS`): weekdays, deictic words ("now", "recently", "the
past"), parts of the day, decades ("the 70s"), numeric dates ("7/8/07") and anaphoric ones
("that day"). Each expression comes with the rule that found it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from briefgen.extract import lexicon
from briefgen.extract.labels import (
    AUXILIARIES,
    DATE_MODIFIERS,
    MODIFIERS_OR_OWNER,
    PAST_TAGS,
    SHARED_TENSE_TAGS,
    SUBJECTS,
    VERBALS,
)
from briefgen.extract.rules import REGISTRY, Rule, rule
from briefgen.extract.timex_context import PERIOD_CLOSERS
from briefgen.timewords import DAYS_FROM_TODAY, FUTURE_AUXILIARIES, PARTS_OF_DAY, SEASONS, WEEKDAYS

# Words the model leaves outside a DATE entity that belong to it ("this year", "the year previous").
_LEFT = frozenset(
    {"this", "last", "next", "previous", "coming", "early", "late", "mid", "each", "every"}
)
_RIGHT = frozenset({"ago", "previous"})
# Words an entity must not end with ("the 70s and").
_DANGLING = frozenset({"and", "or", "to", "of", "in", "on", "at", "the", "from", "between"})
# Words an entity piece must not start with ("between 2014").
# ... nor with a focus adverb, which TimeML leaves out ("only six months", "just last month").
_LEADING = frozenset(
    {"and", "or", "to", "between", "from", "through", "just", "only", "barely", "sometime",
     "both", "even"}
)  # fmt: skip
_ZONES = lexicon.words("time_zones")
_CLOCK = re.compile(r"\d{4}|\d{1,2}:\d{2}")  # "1750", "17:50"
_SEPARATORS = frozenset({",", "and", "to", "through", "or", ";", "until"})
_PAST_MODAL = frozenset({"could", "might", "would", "should", "must", "may"})
_OWN_TENSE = AUXILIARIES | SUBJECTS  # a conjunct with these is a clause of its own

Valid = Callable[[str], bool]
Found = tuple[Span, Rule[..., Any]]


def _any(words: Iterable[str]) -> str:
    """Words as a regular-expression alternation ('monday|tuesday|...')."""
    return "|".join(words)


@rule("date", example="The trial is set to begin on Wednesday in the Royal Courts of Justice.")
def model_entity(ent: Span) -> bool:
    """A DATE or TIME entity of the model, without the punctuation and conjunctions at its edges."""
    return ent.label_ in ("DATE", "TIME")


@rule(
    "date",
    example="The company had cut its costs to $118.3 billion last year, $19.8 billion than the "
    "year previous.",
)
def edge_words_joined(ent: Span) -> Span:
    """Words the model left outside a DATE entity joined to it: 'this year', 'the year
    previous', 'two days ago'; the weekday of a part of day ('Wednesday night'); the time
    zone of a clock time ('1750 GMT')."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start > 0 and doc[start - 1].lower_ in _LEFT and doc[start].lower_ not in _LEFT:
        start -= 1
    weekday = doc[start - 1] if start > 0 else None
    if weekday is not None and weekday.lower_ in WEEKDAYS and not weekday.ent_type_:
        start -= 1 if doc[start].lower_ in PARTS_OF_DAY else 0
    while end < len(doc) and doc[end].lower_ in _RIGHT:
        end += 1
    if end < len(doc) and _CLOCK.fullmatch(doc[end - 1].text):
        end += _zone_length(doc, end)  # "1750 GMT": the zone makes four digits a clock time
    return doc[start:end]


def _zone_length(doc: Doc, i: int) -> int:
    """How many tokens from `i` name a time zone: 'GMT' 1, 'local time' 2, else 0."""
    if doc[i].text in _ZONES:
        return 1
    return 2 if doc[i : i + 2].text.lower() == "local time" else 0


def _lines(ent: Span) -> list[Span]:
    """An entity cut at line breaks: a dateline never runs into the next line (the parse is
    line by line, so this only trims)."""
    parts, start = [], ent.start
    for token in ent:
        if "\n" in token.text:
            parts.append(ent.doc[start : token.i])
            start = token.i + 1
    parts.append(ent.doc[start : ent.end])
    return [p for p in (_trim(part) for part in parts) if len(p)]


@rule(
    "date",
    example="The new phone will also come pre-loaded with the new iPhone 3.0 software, which "
    "will be available on June 17, two days before the phone launches.",
)
def entity_split(span: Span, valid: Valid) -> list[Span]:
    """An entity cut at commas or conjunctions when every part is itself an expression
    ('June 17, two days', '2009 to 2011'); never before a bare year ('November 11, 2005')."""
    doc, cuts = span.doc, []
    for token in span[1:-1]:
        bare_year = re.fullmatch(r"\d{4}", doc[token.i + 1 : span.end].text)
        if token.lower_ in _SEPARATORS and not (token.text == "," and bare_year):
            cuts.append(token.i)
    bounds = [span.start - 1, *cuts, span.end]
    pieces = [_trim(doc[a + 1 : b]) for a, b in pairwise(bounds)]
    pieces = [p for p in pieces if len(p)]
    return pieces if len(pieces) > 1 and all(valid(p.text) for p in pieces) else [span]


@rule(
    "date",
    example="For the quarter ended Sept. 30, Delta posted net income of $133.1 million.",
)
def closing_day_split(span: Span, valid: Valid) -> list[Span]:
    """'the quarter ended Sept. 30' is two expressions, the period and its closing day, as
    TimeML annotates them: cut at 'ended'/'ending' when both sides are expressions."""
    cuts = [t.i for t in span[1:-1] if t.lower_ in PERIOD_CLOSERS]
    if len(cuts) != 1:
        return [span]
    doc = span.doc
    pieces = [_trim(doc[span.start : cuts[0]]), _trim(doc[cuts[0] + 1 : span.end])]
    return pieces if all(len(p) and valid(p.text) for p in pieces) else [span]


@rule(
    "date",
    example="An EPA official said the agency would make an announcement on the matter later "
    "Thursday.",
)
def missed_weekday() -> str:
    """A weekday the model missed, with its 'last' or 'next' and part of day: 'Tuesday night'."""
    return rf"\b(?:(?:last|next|this)\s+)?(?:{_any(WEEKDAYS)})(?:\s+(?:{_any(PARTS_OF_DAY)}))?\b"


@rule(
    "date",
    example="Pre-orders of the recently announced iPhone 4 began Tuesday, overwhelming Apple "
    "and AT&T.",
)
def missed_deictic_word() -> str:
    """A deictic word the model missed: 'today', 'tonight', 'now', 'soon', 'recently', 'annual'."""
    return (
        rf"\b(?:{_any(DAYS_FROM_TODAY)}|tonight|currently|nowadays|ongoing)\b"
        r"|\bnow\b(?!-)|\bsoon\b(?!-)|\b(?:more\s+)?recent(?:ly)?\b|\bannual\b"
    )


@rule(
    "date",
    example="He stated that his intent was not to perpetuate the bad business decisions of the "
    "past, and that loaning General Motors money would have been doing exactly that.",
)
def missed_reference_phrase() -> str:
    """'the past', 'the near future', 'a later date', 'these days', 'the long term': a
    reference to a time."""
    return (
        r"\bthe\s+(?:(?:near|distant)\s+)?(?:past|future)\b|\ba\s+later\s+date\b"
        r"|\bthese\s+days\b|\bthe\s+time\s+being\b"
        r"|\b(?:the\s+(?:long|short|near)\s+term|(?:long|short|near)-term)\b"
    )


@rule(
    "date",
    example="Lawyers say that $20bn will not be enough, and this weekend Kenneth Feinberg, the man "
    "appointed by US President Barack Obama to run it, warned BP that it would have to pay out "
    "more if necessary.",
)
def missed_relative_unit() -> str:
    """A week, month or year counted from now: 'earlier this month', 'next week'."""
    return r"\b(?:earlier|later|last|next|this)\s+(?:week|month|year|weekend)\b"


@rule("date", example="BP shares were down 2.85 p at 412.6 p this morning.")
def missed_part_of_day() -> str:
    """A part of the day: 'this morning', 'evening' ('night' alone is too often no time)."""
    return rf"\b(?:this\s+)?(?:{_any(p for p in PARTS_OF_DAY if p != 'night')})\b"


@rule(
    "date",
    example="If a price is not agreed on by that time, Fiat will pay the average of the estimates "
    "of two investment banks.",
)
def missed_same_day() -> str:
    """A day or time the text named before: 'that day', 'the same day', 'that time' ('at the
    same time' is a discourse connective: TimeBank never annotates it)."""
    return r"\b(?:that|the\s+same)\s+day\b|\bthat\s+time\b"


@rule(
    "date",
    example="Sales in the latest period were $1.76 billion, a 13% increase from last year's "
    "$1.55 billion.",
)
def missed_period_reference() -> str:
    """An accounting period the text compares: 'the latest period', 'the year-ago quarter',
    'the corresponding period', 'the 1988 period'."""
    return (
        r"\bthe\s+(?:(?:latest|comparable|corresponding|year-earlier|year-ago)\s+)+"
        r"(?:period|quarter|year)\b|\bthe\s+(?:same|(?:19|20)\d{2})\s+(?:period|quarter)\b"
    )


@rule(
    "date",
    example="The company's strategy for keeping its computer products business profitable -- "
    "it recently achieved profitability after several quarters of losses -- calls for a narrow "
    "focus and a lid on expenses.",
)
def missed_vague_duration() -> str:
    """An amount of time with no number, after 'for', 'after' or 'over': 'for centuries',
    'after several quarters of losses'."""
    return (
        r"(?:(?<=\bfor )|(?<=\bafter )|(?<=\bover ))(?:(?:several|many|a\s+few)\s+)?"
        r"(?:centuries|decades|years|months|weeks|days|quarters)\b"
    )


@rule(
    "date",
    example="The Northrop Grumman KC-45 tankers - more often known as KC-30s - are based on the "
    "Airbus A330 MRTT.",
)
def missed_decade() -> str:
    """A decade: 'the 70s', "'80s", 'the 1990s'."""
    return r"(?:\bthe\s+)?(?<![\w$])'?(?:1[89]|20)?\d0s\b"


@rule(
    "date",
    example="Sunday was chosen as its date matches the aircraft's designation number when "
    "written in the American format, 7/8/07.",
)
def missed_numeric_date() -> str:
    """A numeric date: '7/8/07', '10/29/2025'."""
    return r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b"


@rule(
    "date",
    example="Doors open at 16:00 BST for Saturday's show, with the first act on stage at "
    "18:00 BST.",
)
def missed_clock_time() -> str:
    """A clock time: '18:00 UTC', '6:40 p.m.', '1925 GMT'."""
    zones = _any(sorted(_ZONES, key=len, reverse=True))
    return (
        r"\b\d{1,2}:\d{2}(?:\s*(?:UTC|GMT|[ap]\.m\.?))?"
        rf"|\b(?:[01]\d|2[0-3])[0-5]\d\s+(?:(?-i:{zones})|local\s+time)\b"
    )


@rule(
    "date",
    example="It's too early to see a trend, but spring shows signs of hope. Classrooms are "
    "opening this fall.",
)
def missed_season() -> str:
    """A season: 'spring', 'last winter'; 'fall' only after a step ('this fall'), as a bare
    'fall' is too often a verb."""
    seasons = _any(s for s in SEASONS if s != "fall")
    return rf"\b(?:(?:this|last|next)\s+)?(?:{seasons})\b|\b(?:this|last|next)\s+fall\b"


@rule(
    "date",
    example="Under the agreement, Aer Lingus Group PLC said it will receive six new A330-300E "
    "aircraft from 2009 to 2011, then between 2014 and 2016 it will take delivery of six new "
    "A350 XWB aircraft.",
)
def missed_year_after_preposition() -> str:
    """A bare year after a preposition or conjunction that introduces one ('to 2011')."""
    return (
        r"(?:(?<=\bto )|(?<=\bin )|(?<=\bsince )|(?<=\bby )|(?<=\buntil )|(?<=\band )"
        r"|(?<=\bthrough ))(?:1[89]|20)\d{2}\b(?![\d,.%]\d)"
    )


@rule(
    "date",
    example="GM admitted Thursday night that the loss could swell further as it pays pensions "
    "and healthcare costs to thousands of former workers.",
)
def adjacent_joined(first: Span, second: Span) -> Span | None:
    """Two expressions that touch are one: 'Tuesday' + 'night' (the model splits DATE and TIME)."""
    return first.doc[first.start : second.end] if second.start == first.end else None


@rule(
    "date",
    example="A spokesman for Seagram said the company will post additional pretax profit of "
    "about $33 million a year because of the additional Du Pont dividends.",
)
def missed_rate() -> str:
    """The unit an amount is counted by: '$33 million a year', '500 a day'."""
    return (
        r"(?:(?<=\d )|(?<=million )|(?<=billion )|(?<=thousand ))"
        r"(?:a|per)\s+(?:year|month|week|day|hour)\b"
    )


# Patterns for what the model misses, tried at each position in this order.
MISSED_PATTERNS = [
    missed_weekday, missed_deictic_word, missed_reference_phrase, missed_relative_unit,
    missed_part_of_day, missed_same_day, missed_period_reference, missed_vague_duration,
    missed_decade, missed_numeric_date, missed_clock_time,
    missed_season, missed_year_after_preposition, missed_rate,
]  # fmt: skip
_MISSED = re.compile("|".join(f"(?P<{r.name}>{r()})" for r in MISSED_PATTERNS), re.IGNORECASE)


def temporal_spans(doc: Doc, valid: Valid) -> Iterator[Found]:
    """Temporal expressions in document order, each with the rule that found it; `valid`
    says whether a text is one."""
    spans = [found for ent in doc.ents if model_entity(ent) for found in _pieces(ent, valid)]
    taken = _Taken([(span.start_char, span.end_char) for span, _ in spans])
    for match in _MISSED.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and not taken.overlaps(span.start_char, span.end_char):
            spans.append((span, REGISTRY[match.lastgroup or ""]))
            taken.add(span.start_char, span.end_char)
    yield from _join_adjacent(sorted(spans, key=lambda found: found[0].start_char))


class _Taken:
    """Character ranges already taken, in order of their starts: a range overlaps one that
    starts before its end and at most the longest range's length before its start, so only
    those are read."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self._ranges = sorted(ranges)
        self._longest = max((end - start for start, end in ranges), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        low = bisect_left(self._ranges, (start - self._longest,))
        high = bisect_left(self._ranges, (end,))
        return any(start < taken_end for _, taken_end in self._ranges[low:high])

    def add(self, start: int, end: int) -> None:
        insort(self._ranges, (start, end))
        self._longest = max(self._longest, end - start)


@rule(
    "date",
    example="EADS have unexpectedly defeated Boeing for a contract to supply the United States "
    "Air Force (USAF) with 179 new aerial refueling tankers at a rate of 15 a year.",
)
def rate_unit_split(span: Span) -> Span:
    """'15 a year': the amount is not time, the unit it is counted by is ('a year')."""
    words = [t.lower_ for t in span]
    if len(words) >= 3 and words[-2] in ("a", "an", "per") and span[-3].like_num:
        return span[-2:]
    return span


def _pieces(ent: Span, valid: Valid) -> list[Found]:
    """An entity's expressions: extended at its edges, cut at line breaks, then split."""
    extended = edge_words_joined(ent)
    found_by: Rule[..., Any] = edge_words_joined if len(extended) != len(ent) else model_entity
    rate = rate_unit_split(extended)
    if len(rate) != len(extended):
        extended, found_by = rate, rate_unit_split
    pieces = []
    for line in _lines(extended):
        closed = closing_day_split(line, valid)
        line_by = closing_day_split if len(closed) > 1 else found_by
        for part in closed:
            split = entity_split(part, valid)
            pieces += [(piece, entity_split if len(split) > 1 else line_by) for piece in split]
    return pieces


def _modifies_next(token: Token) -> bool:
    """Whether a span's last token modifies a noun after the span ('fourth-quarter charge')."""
    return token.dep_ in DATE_MODIFIERS and token.head.i > token.i


def _possessive(token: Token) -> bool:
    """The "'s" of "last year's", which is not the date's ("the 1980's" is a decade)."""
    return token.tag_ == "POS" and token.i > 0 and not token.doc[token.i - 1].like_num


def _trim(span: Span) -> Span:
    doc, start, end = span.doc, span.start, span.end
    while start < end and (
        doc[start].is_punct or doc[start].is_space or doc[start].lower_ in _LEADING
    ):
        start += 1
    if end - start > 1 and doc[start].lower_ in ("a", "an") and _modifies_next(doc[end - 1]):
        start += 1  # "a fourth-quarter charge": the article is the noun's, not the date's
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].is_space
        or doc[end - 1].lower_ in _DANGLING
        or _possessive(doc[end - 1])
    ):
        end -= 1
    return doc[start:end]


def _join_adjacent(spans: list[Found]) -> Iterator[Found]:
    pending: Found | None = None
    for span, found_by in spans:
        joined = adjacent_joined(pending[0], span) if pending is not None else None
        if joined is not None:
            pending = (joined, adjacent_joined)
            continue
        if pending is not None:
            yield pending
        pending = (span, found_by)
    if pending is not None:
        yield pending


def tense(token: Token) -> str:
    """'past', 'future' or 'present': the tense of the clause governing `token`.

    A future auxiliary, a modal, an infinitive ("is set to begin") or "going to" point
    forward; a past form or a perfect points back; a passive has the tense of its "be" ("is
    officially reported in March" is present); a conjunct with no auxiliary or present form
    of its own has its first conjunct's ("would be trapped and set aflame on Wednesday").
    A date that modifies a noun ("a June 3 hearing has been scheduled") dates that noun's
    event, not the verb's: present."""
    if token.dep_ in MODIFIERS_OR_OWNER and token.head.pos_ == "NOUN":
        return "present"
    verb = token
    while verb.pos_ not in VERBALS and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in VERBALS:
        return "present"
    while verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.head.pos_ in VERBALS:
        verb = verb.head  # a gerund complement has its governor's tense: "will resume considering"
    while _bare_conjunct(verb):
        verb = verb.head  # "would be trapped ... and set aflame": the first conjunct's tense
    auxiliaries = [child for child in verb.children if child.dep_ in AUXILIARIES]
    if any(aux.lower_ in FUTURE_AUXILIARIES for aux in auxiliaries) or _going_to(verb):
        return "future"
    if any(aux.tag_ == "MD" and aux.lower_ in _PAST_MODAL for aux in auxiliaries):
        perfect = any(aux.lemma_ == "have" for aux in auxiliaries)
        return "past" if perfect else "future"
    if any(aux.tag_ == "TO" for aux in auxiliaries) and not any(
        a.lemma_ == "have" for a in auxiliaries
    ):
        return "future"
    if any(aux.lemma_ == "have" for aux in auxiliaries):
        return "past"
    if any(aux.tag_ == "VBD" for aux in auxiliaries):
        return "past"
    passive = [aux for aux in auxiliaries if aux.dep_ == "auxpass"]
    if verb.tag_ in PAST_TAGS and not passive:
        return "past"
    return "present"  # "is reported", "be vaccinated": the passive's "be" has the tense


def _bare_conjunct(verb: Token) -> bool:
    """A conjoined verb with no subject, auxiliary or present form of its own ("set" in
    "would be trapped and set aflame"): its auxiliaries are its first conjunct's ("it may
    be back, but it ceased" has two clauses, two tenses)."""
    return (
        verb.dep_ == "conj"
        and verb.head.pos_ in VERBALS
        and verb.tag_ in SHARED_TENSE_TAGS
        and not any(child.dep_ in _OWN_TENSE for child in verb.children)
    )


def _going_to(verb: Token) -> bool:
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lower_ == "going"
        and any(c.lemma_ == "be" for c in head.children)
    )
