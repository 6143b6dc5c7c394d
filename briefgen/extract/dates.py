"""Temporal expressions and their TimeML-style values, anchored to the publication date.

Each expression keeps its anchor and evidence so anyone can check why a value was chosen.
Direction comes from the tense of the clause that governs the expression: a past-tense
"on Wednesday" is the last Wednesday on or before the anchor, a future one the next.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from briefgen.extract import ParsedArticle
from briefgen.model import DateMention, TimexType

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}  # fmt: skip
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip
UNITS = {"minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M", "year": "Y",
         "decade": "DE", "century": "CE"}  # fmt: skip
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMBER = r"\d+|" + "|".join(NUMBERS) + "|several|few|many"
_UNIT = "|".join(UNITS)
# Expressions spaCy's NER often misses; each match is checked by the normaliser.
_EXTRA = re.compile(
    rf"\b(?:(?:last|next|this|on|by|since|until|from)\s+)?(?:{'|'.join(WEEKDAYS)})"
    rf"(?:\s+(?:morning|afternoon|evening|night))?\b"
    rf"|\b(?:today|yesterday|tomorrow|tonight|currently|now)\b"
    rf"|\b(?:earlier|later|last|next|this)\s+(?:week|month|year|weekend)\b",
    re.IGNORECASE,
)
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})


def extract_dates(article: ParsedArticle) -> list[DateMention]:
    """Every temporal expression in an article, normalised against its anchor."""
    found = []
    last: dt.date | None = None
    for span in _temporal_spans(article):
        value, kind = normalise(span.text, article.anchor, tense(span.root), last)
        if kind is None:
            continue
        found.append(
            DateMention(
                text=span.text,
                value=value,
                type=kind,
                anchor=article.anchor,
                assumed=article.assumed,
                evidence=article.span_evidence(span),
            )
        )
        last = _as_day(value) or last
    return found


def _temporal_spans(article: ParsedArticle) -> Iterator[Span]:
    doc = article.doc
    spans = [ent for ent in doc.ents if ent.label_ in ("DATE", "TIME")]
    taken = {i for span in spans for i in range(span.start_char, span.end_char)}
    for match in _EXTRA.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and not taken & set(range(span.start_char, span.end_char)):
            spans.append(span)
    yield from _join_adjacent(sorted(spans, key=lambda span: span.start_char))


def _join_adjacent(spans: list[Span]) -> Iterator[Span]:
    """"Tuesday" + "night" -> "Tuesday night": the model splits DATE and TIME parts."""
    pending: Span | None = None
    for span in spans:
        if pending is not None and span.start == pending.end:
            pending = span.doc[pending.start : span.end]
            continue
        if pending is not None:
            yield pending
        pending = span
    if pending is not None:
        yield pending


def tense(token: Token) -> str:
    """'past', 'future' or 'present': the tense of the clause governing `token`."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return "present"
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.lower_ in _FUTURE_AUX for aux in auxiliaries) or _going_to(verb):
        return "future"
    if verb.tag_ in ("VBD", "VBN") or any(aux.tag_ == "VBD" for aux in auxiliaries):
        return "past"
    if any(aux.lemma_ == "have" for aux in auxiliaries):
        return "past"
    return "present"


def _going_to(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going" and any(
        c.lemma_ == "be" for c in head.children
    )


def normalise(
    text: str, anchor: dt.date, clause_tense: str = "past", last: dt.date | None = None
) -> tuple[str | None, TimexType | None]:
    """The TimeML value and type of an expression; (None, type) when it cannot be resolved,
    (None, None) when the text is not a temporal expression at all."""
    words = re.sub(r"[^\w\s-]", " ", text.lower()).replace("-", " ").split()
    words = [w for w in words if w not in ("the", "on", "in", "of", "by", "since", "until", "from")]
    if not words:
        return None, None
    for rule in (_duration, _set, _deictic, _relative_unit, _narrative, _weekday, _calendar):
        result = rule(words, anchor, clause_tense, last)
        if result is not None:
            return result
    return (None, "DATE") if any(w in MONTHS or w.isdigit() for w in words) else (None, None)


Result = tuple[str | None, TimexType] | None


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBERS.get(word)


def _unit(word: str) -> str | None:
    return UNITS.get(word.rstrip("s")) if word not in ("is", "was") else None


def _duration(words: list[str], *_: object) -> Result:
    """'four-day', '48-hour', 'the past two decades', 'years', 'three months'."""
    core = [w for w in words if w not in ("past", "last", "next", "long", "about", "some", "over")]
    if len(core) == 2 and _unit(core[1]) and (core[0] in ("several", "few", "many") or _number(core[0])):
        amount = _number(core[0])
        return _period(str(amount) if amount else "X", _unit(core[1]) or ""), "DURATION"
    if len(core) == 1 and core[0].endswith("s") and _unit(core[0]):
        return _period("X", _unit(core[0]) or ""), "DURATION"
    return None


def _period(amount: str, unit: str) -> str:
    return f"PT{amount}{unit[1]}" if unit.startswith("T") else f"P{amount}{unit}"


def _set(words: list[str], *_: object) -> Result:
    """'every Friday', 'daily', 'each year'."""
    if words[0] in ("every", "each") and len(words) == 2:
        if words[1] in WEEKDAYS:
            return f"XXXX-WXX-{WEEKDAYS.index(words[1]) + 1}", "SET"
        if _unit(words[1]):
            return _period("1", _unit(words[1]) or ""), "SET"
    cadence = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y"}
    return (cadence[words[0]], "SET") if len(words) == 1 and words[0] in cadence else None


def _deictic(words: list[str], anchor: dt.date, *_: object) -> Result:
    """'today', 'yesterday', 'tonight', 'now', 'currently'."""
    phrase = " ".join(words)
    shifts = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if phrase in shifts:
        return (anchor + dt.timedelta(days=shifts[phrase])).isoformat(), "DATE"
    if phrase == "tonight":
        return f"{anchor.isoformat()}TNI", "TIME"
    if phrase in ("now", "currently", "at present", "present", "nowadays"):
        return "PRESENT_REF", "DATE"
    if phrase in ("recently", "past", "earlier", "previously"):
        return "PAST_REF", "DATE"
    if phrase == "future":
        return "FUTURE_REF", "DATE"
    return None


def _relative_unit(words: list[str], anchor: dt.date, *_: object) -> Result:
    """'this week', 'earlier this month', 'last year', 'next weekend', 'two days ago'."""
    if len(words) == 3 and words[2] == "ago" and _number(words[0]) and _unit(words[1]) == "D":
        return (anchor - dt.timedelta(days=_number(words[0]) or 0)).isoformat(), "DATE"
    core = [w for w in words if w not in ("earlier", "later", "early", "late")]
    if len(core) != 2 or core[0] not in ("this", "last", "next", "past", "coming"):
        return None
    step = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[core[0]]
    unit = core[1]
    if unit in ("week", "weekend"):
        year, week, _ = (anchor + dt.timedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if unit == "weekend" else ""), "DATE"
    if unit == "month":
        month = anchor.year * 12 + anchor.month - 1 + step
        return f"{month // 12:04d}-{month % 12 + 1:02d}", "DATE"
    if unit == "year":
        return f"{anchor.year + step:04d}", "DATE"
    if unit in SEASONS:
        return f"{anchor.year + step:04d}-{SEASONS[unit]}", "DATE"
    return None


def _narrative(words: list[str], anchor: dt.date, _: str, last: dt.date | None) -> Result:
    """'two days later', 'a day earlier': relative to the date the text last mentioned."""
    if len(words) != 3 or words[2] not in ("later", "earlier", "before", "after"):
        return None
    amount, unit = _number(words[0]), _unit(words[1])
    if not amount or unit not in ("D", "W"):
        return None
    days = amount * (7 if unit == "W" else 1) * (1 if words[2] in ("later", "after") else -1)
    return ((last or anchor) + dt.timedelta(days=days)).isoformat(), "DATE"


def _weekday(words: list[str], anchor: dt.date, clause_tense: str, _: object) -> Result:
    """'Wednesday', 'last Friday', 'Tuesday night': the nearest such day in the tense's direction."""
    days = [w for w in words if w in WEEKDAYS]
    if len(days) != 1:
        return None
    rest = [w for w in words if w not in WEEKDAYS]
    if any(w not in PARTS_OF_DAY and w not in ("last", "next", "this", "coming") for w in rest):
        return None
    target = WEEKDAYS.index(days[0])
    if "next" in rest or "coming" in rest or (clause_tense == "future" and "last" not in rest):
        offset = (target - anchor.weekday()) % 7 or 7
    else:
        offset = -((anchor.weekday() - target) % 7)
        if "last" in rest and offset == 0:
            offset = -7
    day = anchor + dt.timedelta(days=offset)
    part = next((PARTS_OF_DAY[w] for w in rest if w in PARTS_OF_DAY), None)
    return (f"{day.isoformat()}T{part}", "TIME") if part else (day.isoformat(), "DATE")


def _calendar(words: list[str], anchor: dt.date, clause_tense: str, _: object) -> Result:
    """'October 19', '19 October 2025', 'October', 'mid-October', '2021', 'the 2020s', 'Q3'."""
    words = [w for w in words if w not in ("mid", "early", "late", "end", "beginning", "start")]
    words = [re.sub(r"(?<=\d)(st|nd|rd|th)$", "", w) for w in words]
    months = [MONTHS[w] for w in words if w in MONTHS]
    years = [int(w) for w in words if w.isdigit() and len(w) == 4 and 1000 <= int(w) <= 2999]
    decades = [w for w in words if re.fullmatch(r"\d{3}0s", w)]
    days = [int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31]
    if any(w not in MONTHS and not w.isdigit() and w not in decades for w in words):
        return _season_or_quarter(words, anchor)
    if decades and not months:
        return decades[0][:3], "DATE"
    if len(months) != 1 or len(days) > 1 or len(years) > 1:
        return (str(years[0]), "DATE") if len(years) == 1 and not months and not days else None
    year = years[0] if years else _infer_year(anchor, months[0], days[0] if days else None, clause_tense)
    if not days:
        return f"{year:04d}-{months[0]:02d}", "DATE"
    try:
        return dt.date(year, months[0], days[0]).isoformat(), "DATE"
    except ValueError:
        return None, "DATE"


def _infer_year(anchor: dt.date, month: int, day: int | None, clause_tense: str) -> int:
    """The year that puts a month(-day) on the side of the anchor the tense points to."""
    candidate = (month, day or 1)
    if clause_tense == "future" and candidate < (anchor.month, anchor.day if day else 1):
        return anchor.year + 1
    if clause_tense == "past" and candidate > (anchor.month, anchor.day):
        return anchor.year - 1
    return anchor.year


def _season_or_quarter(words: list[str], anchor: dt.date) -> Result:
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    year = years[0] if years else anchor.year
    seasons = [SEASONS[w] for w in words if w in SEASONS]
    if seasons and all(w in SEASONS or w.isdigit() for w in words):
        return f"{year:04d}-{seasons[0]}", "DATE"
    if "quarter" in words:
        ordinal = next((QUARTERS[w] for w in words if w in QUARTERS), None)
        if ordinal:
            return f"{year:04d}-Q{ordinal}", "DATE"
    quarter = next((w for w in words if re.fullmatch(r"q[1-4]", w)), None)
    return (f"{year:04d}-{quarter.upper()}", "DATE") if quarter else None


def _as_day(value: str | None) -> dt.date | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\w+)?", value):
        return dt.date.fromisoformat(value[:10])
    return None
