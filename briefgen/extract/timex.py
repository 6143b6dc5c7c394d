"""Detection of temporal expressions, and the tense of the clause that governs each one.

spaCy's DATE/TIME entities are the starting point; they are split where they join two
expressions ("November 11, three days later", "2009 to 2011", "the quarter ended Sept. 30")
and completed with what the model tends to miss (`MISSED_PATTERNS` in timex_patterns.py):
weekdays, deictic words ("now", "recently", "the past"), parts of the day, decades ("the
70s"), numeric dates ("7/8/07") and anaphoric ones ("that day"). Each expression comes with
the rule that found it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterator
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from briefgen.extract import lexicon
from briefgen.extract.ents import model_ents
from briefgen.extract.labels import (
    AUXILIARIES,
    DATE_MODIFIERS,
    LEADING_PHRASE_POS,
    MODIFIERS_OR_OWNER,
    PAST_TAGS,
    PRESENT_TAGS,
    SHARED_TENSE_TAGS,
    SUBJECTS,
    VERBALS,
)
from briefgen.extract.rules import REGISTRY, Rule, is_tracing, record, rule
from briefgen.extract.timex_context import PERIOD_CLOSERS, RANGE_WORDS
from briefgen.extract.timex_patterns import MISSED
from briefgen.extract.views import text_of
from briefgen.timewords import FUTURE_AUXILIARIES, MONTHS, PARTS_OF_DAY, WEEKDAYS

# Entities of the model that name someone or something: a date word inside one is part of the
# name ("MedPage Today", "USA Today").
_NAMING_ENTITIES = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
)

# Words the model leaves outside a DATE entity that belong to it ("this year", "the year previous").
_LEFT = frozenset(
    {"this", "last", "next", "previous", "coming", "early", "late", "mid", "each", "every"}
)
_RIGHT = frozenset({"ago", "previous"})
_PERIODS = frozenset({"period", "quarter"})
_YEAR = re.compile(r"(?:the\s+)?(?:19|20)\d{2}", re.IGNORECASE)
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
# Conjunctions whose clause in the present tense speaks of the future ("can be overturned if a
# Republican is elected president in November", "unless it is paid by Friday").
_CONDITIONS = frozenset({"if", "unless", "once"})
_OWN_TENSE = AUXILIARIES | SUBJECTS  # a conjunct with these is a clause of its own
# Words that place an expression on the calendar ("four hours Friday", "nine months of 1997").
_ANCHOR_WORDS = frozenset({*WEEKDAYS, *MONTHS, "year", "today", "yesterday", "tomorrow"})

Valid = Callable[[str], str | None]  # the TimeML type of a text; None: no temporal expression
Found = tuple[Span, Rule[..., Any]]


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
    previous', 'two days ago', 'the 1988 period'; the weekday of a part of day ('Wednesday
    night'); the time zone of a clock time ('1750 GMT')."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start > 0 and doc[start - 1].lower_ in _LEFT and doc[start].lower_ not in _LEFT:
        start -= 1
    weekday = doc[start - 1] if start > 0 else None
    if weekday is not None and weekday.lower_ in WEEKDAYS and not weekday.ent_type_:
        start -= 1 if doc[start].lower_ in PARTS_OF_DAY else 0
    while end < len(doc) and doc[end].lower_ in _RIGHT:
        end += 1
    if end < len(doc) and doc[end].lower_ in _PERIODS and _YEAR.fullmatch(ent.text):
        end += 1  # "the 1988 period": the period of that year the text compares
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
    example="GM admitted Thursday night that the loss could swell further as it pays pensions "
    "and healthcare costs to thousands of former workers.",
)
def adjacent_joined(first: Span, second: Span, valid: Valid) -> Span | None:
    """Two expressions that touch are one: 'Tuesday' + 'night' (the model splits DATE and
    TIME); but not an amount of time and the date it lies in ('more than four hours Friday'):
    `duration_date_split`."""
    if second.start != first.end:
        return None
    if valid(first.text) == "DURATION" and valid(second.text) in ("DATE", "TIME"):
        return None
    return first.doc[first.start : second.end]


@rule(
    "date",
    example="After accounting for a small downward revision Friday to December's figures, the "
    "economy has been creating jobs at a rate of 358,000 a month, after averaging 242,000 for "
    "the first nine months of 1997.",
)
def duration_date_split(span: Span, valid: Valid) -> list[Span]:
    """'the first nine months of 1997', 'more than four hours Friday': an amount of time and
    the date it lies in are two expressions, as TimeML annotates them; the 'of' between them
    belongs to neither. Cut where a duration ends and a date or time begins."""
    doc = span.doc
    for cut in range(span.start + 1, span.end):
        right_start = cut + (doc[cut].lower_ == "of")
        left, right = _trim(doc[span.start : cut]), _trim(doc[right_start : span.end])
        if not (len(left) and len(right)) or valid(left.text) != "DURATION":
            continue
        if valid(right.text) in ("DATE", "TIME") and _calendar_anchor(right):
            return [left, right]
    return [span]


@rule(
    "date",
    example="Intel told analysts that the company will resume shipments of the chips within two "
    "to three weeks.",
)
def range_split(span: Span, valid: Valid) -> list[Span]:
    """'two to three weeks', 'two or three days', 'between 60 and 90 days': a range of amounts of
    time is two expressions, its ends, as TimeML annotates them (the first takes the second's
    unit: `range_lower_bound`)."""
    for token in span[1:-2]:
        before, after = token.doc[token.i - 1], token.doc[token.i + 1]
        if token.lower_ in RANGE_WORDS and before.like_num and after.like_num:
            right = span.doc[token.i + 1 : span.end]
            start = span.start
            while span.doc[start].pos_ == "VERB":
                start += 1  # "(to) last four to six weeks": the verb the model took in
            if valid(right.text) == "DURATION":
                return [_trim(span.doc[start : token.i]), right]
    return [span]


def _calendar_anchor(span: Span) -> bool:
    """Whether a span names a point of the calendar: a number, a weekday, a month, 'year'."""
    return any(t.like_num or t.lower_ in _ANCHOR_WORDS for t in span)


def temporal_spans(doc: Doc, valid: Valid) -> Iterator[Found]:
    """Temporal expressions in document order, each with the rule that found it; `valid`
    says whether a text is one."""
    spans = [found for ent in model_ents(doc) if model_entity(ent) for found in _pieces(ent, valid)]
    taken = _Taken([(span.start_char, span.end_char) for span, _ in spans])
    in_names = {t.i for e in model_ents(doc) if name_holds_date(e) for t in e}
    for match in MISSED.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or taken.overlaps(span.start_char, span.end_char):
            continue
        if all(t.i in in_names for t in span) and not _named_holiday(span, match.lastgroup):
            if is_tracing():
                record(name_holds_date, span.text, "part of a name, no date")
            continue
        spans += [(end, REGISTRY[match.lastgroup or ""]) for end in range_split(span, valid)]
        taken.add(span.start_char, span.end_char)
    yield from _join_adjacent(sorted(spans, key=lambda found: found[0].start_char), valid)


@rule(
    "date",
    example="Dr. Marty Makary, a professor at Johns Hopkins University School of Medicine and "
    "editor in chief of MedPage Today, argues that mandating vaccines is not well-supported.",
)
def name_holds_date(ent: Span) -> bool:
    """A name the model found ('MedPage Today', 'USA Today') holds no date: a date word the
    patterns find inside it is part of the name."""
    return ent.label_ in _NAMING_ENTITIES


def _named_holiday(span: Span, found_by: str | None) -> bool:
    """A holiday's name the model tagged as a whole ("New Year's Eve" an EVENT) is a date;
    a holiday's word inside another name ("Christmas Island") is not."""
    return found_by == "missed_holiday" and any(
        e.start == span.start and e.end == span.end for e in model_ents(span.doc)
    )


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
            for piece in split:
                by = entity_split if len(split) > 1 else line_by
                ends = range_split(piece, valid)
                by = range_split if len(ends) > 1 else by
                for end in ends:
                    cut = duration_date_split(end, valid)
                    for p in cut:
                        alone = leading_phrase_cut(p, valid)
                        pieces.append(
                            (alone, leading_phrase_cut if len(alone) != len(p)
                             else duration_date_split if len(cut) > 1 else by)
                        )  # fmt: skip
    return pieces


@rule(
    "date",
    example="Nhek Bunchhay, who had been closely involved in the search for Howes before having to "
    "flee the Cambodian capital after a coup d'etat last year, appeared confident.",
)
def leading_phrase_cut(span: Span, valid: Valid) -> Span:
    """An entity that holds two phrases, a noun of the sentence and then a time ('a coup
    d'etat last year', 'in an interview several months before'): the time alone. Two phrases
    are two tokens whose heads lie outside the span; a hyphen joins one phrase
    ('mid-November'), and a lead with a number is kept ('4pm tomorrow')."""
    roots = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
    if len(roots) < 2 or roots[0].pos_ not in LEADING_PHRASE_POS:
        return span
    cut = min(t.i for t in roots[-1].subtree if t.i >= span.start)
    lead, rest = span.doc[span.start : cut], span.doc[cut : span.end]
    if not len(lead) or any(t.like_num for t in lead) or not lead[-1].whitespace_:
        return span  # "4pm tomorrow", "aged 50 in June": a number may be the time's
    if valid(lead.text) is None and valid(rest.text):
        return rest
    return span


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


def _join_adjacent(spans: list[Found], valid: Valid) -> Iterator[Found]:
    pending: Found | None = None
    for span, found_by in spans:
        joined = adjacent_joined(pending[0], span, valid) if pending is not None else None
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

    A future auxiliary, a modal, an infinitive ("is set to begin"), "going to" or a present
    condition ("if he is elected in November") point forward; a past form or a perfect
    points back; a passive has the tense of its "be" ("is officially reported in March" is
    present); a conjunct with no auxiliary or present form of its own has its first
    conjunct's ("would be trapped and set aflame on Wednesday").
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
    while participle_adjunct_tense(verb):
        verb = verb.head
    auxiliaries = [child for child in verb.children if child.dep_ in AUXILIARIES]
    if any(aux.lower_ in FUTURE_AUXILIARIES for aux in auxiliaries) or _going_to(verb):
        return "future"
    if any(aux.tag_ == "MD" and aux.lower_ in _PAST_MODAL for aux in auxiliaries):
        perfect = any(aux.lemma_ == "have" for aux in auxiliaries)
        return "past" if perfect else "future"
    if any(aux.tag_ == "TO" for aux in auxiliaries) and not any(
        a.lemma_ == "have" for a in auxiliaries
    ):
        return "past" if _governed_by_past(verb) else "future"
    if any(aux.lemma_ == "have" for aux in auxiliaries):
        return "present" if perfect_not_dated(token, verb, auxiliaries) else "past"
    if any(aux.tag_ == "VBD" for aux in auxiliaries):
        return "past"
    passive = [aux for aux in auxiliaries if aux.dep_ == "auxpass"]
    if verb.tag_ in PAST_TAGS and not passive:
        return "past"
    if any(child.dep_ == "mark" and child.lower_ in _CONDITIONS for child in verb.children):
        return "future"  # a present condition looks ahead: "if he is elected in November"
    return "present"  # "is reported", "be vaccinated": the passive's "be" has the tense


@rule(
    "date",
    example="Jackson's mother Katherine and his sister LaToya have backed plans for the Michael "
    "Forever Tribute concert at the Millennium Stadium on 8 October.",
)
def perfect_not_dated(date: Token, verb: Token, auxiliaries: list[Token]) -> bool:
    """A day of the month "on" which a present perfect is said ("have backed plans for the
    concert ... on 8 October") is not that verb's: English dates no present perfect by a
    definite past day. It dates something the clause names, a planned thing as often as a
    past one: the nearest such day, not the last ("present"). Only a day hung on the verb
    itself, in a clause that says no "since": in "has sold ... since his death on 25 June" the
    day is the death's."""
    preposition = date.head if date.dep_ == "pobj" else None
    if preposition is None or preposition.lower_ != "on" or preposition.head.i != verb.i:
        return False
    if any(c.lower_ == "since" for c in verb.children):
        return False  # "has leaked since the blast on 20 April": the blast's day, before
    if not any(t.lower_.rstrip(".") in MONTHS for t in date.subtree):
        return False
    perfect = [a for a in auxiliaries if a.lemma_ == "have"]
    if not perfect or perfect[0].tag_ not in PRESENT_TAGS:
        return False
    record(perfect_not_dated, date.text, "present")
    return True


@rule(
    "date",
    example="Nashua's stock has fluctuated sharply on takeover speculation, rising to a high "
    "for the year of $42.875 a share in June from $29.75 in March.",
)
def participle_adjunct_tense(verb: Token) -> bool:
    """A present participle that adjoins a clause with no subject or auxiliary of its own
    ("has fluctuated ..., rising to a high ... from $29.75 in March") has no tense: its
    dates take the tense of the verb it adjoins (March of the past, not the nearest)."""
    climbs = (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.head.pos_ in VERBALS
        and not any(child.dep_ in _OWN_TENSE or child.dep_ == "mark" for child in verb.children)
    )
    if climbs:
        record(participle_adjunct_tense, verb.text, verb.head.text)
    return climbs


def _governed_by_past(verb: Token) -> bool:
    """Whether an infinitive hangs from a verb in the past perfect: the plan lies before
    the report ('had been due to expire Friday evening', 'had been scheduled to expire at
    midnight Friday'); 'is scheduled to close Monday', 'set to resume Monday' and 'agreed to
    purchase the line in February' look ahead."""
    governor = verb.head
    while governor.pos_ == "ADJ" and governor.head.i != governor.i:
        governor = governor.head  # "due to expire": the verb "due" hangs from
    if governor.i == verb.i or governor.pos_ not in VERBALS:
        return False  # "an agreement to acquire the bank in January" dates the agreement's aim
    auxiliaries = [c for c in governor.children if c.dep_ in AUXILIARIES]
    return any(a.lemma_ == "have" and a.tag_ == "VBD" for a in auxiliaries)


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
