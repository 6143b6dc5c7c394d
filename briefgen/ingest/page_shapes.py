"""What the boilerplate rules share: word limits, the shapes of dates, places and names,
the patterns of a page's time stamp and a picture's credit, and small helpers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from briefgen.extract.lexicon import WordClass, words
from briefgen.extract.rules import Rule, Stage
from briefgen.ingest.boilerplate import Cut, segments
from briefgen.timewords import MONTHS, WEEKDAYS

PageRule = Rule[[str], list[Cut]]
STAGE: Stage = "boilerplate"

# Word limits: a segment longer than these is prose, whatever words it holds.
PROMPT_MAX_WORDS = 30  # "Follow the latest environment news, comment and analysis on Twitter"
PHRASE_MAX_WORDS = 40  # a UI phrase with its label and a date ("A version appeared on p25 ...")
CONTACT_OTHER_WORDS = 5  # words beside the handle: "Reach him directly at x@breitbart.com."
CREDIT_MAX_WORDS = 16  # "Tom Hamburger and Rosalind S. Helderman contributed to this report."
HEADLINE_WORDS = (4, 20)  # a headline of another story: four to twenty words, title case
HEADLINE_CAPITALISED = 0.8  # share of its longer words (4+ letters) that are capitalised
# A caption is one or two sentences; a longer segment is a caption run into the lead (the
# page's lines joined), whose sentence must stay.
CAPTION_MAX_WORDS = 60
TAIL_MAX_WORDS = 150  # at most this much text after a page-end marker is the page's tail
CAPTION_LOOKAHEAD = 40  # characters after a dated caption searched for its credit or dateline
# A page's head (headline, standfirst, caption) before its time stamp or picture credit: the
# longest seen is 68 words (a Guardian headline, standfirst, stamp and caption).
HEAD_MAX_WORDS = 80
HEAD_CAPTION_WORDS = 40  # a caption between the page's time stamp and its picture's credit

MONTH = r"(?:" + "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True)) + r")\.?"
WEEKDAY = r"(?:" + "|".join(d[:3].title() for d in WEEKDAYS) + r")[a-z]*\.?"
DATE = rf"(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}})"
CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[apAP]\.?[mM]\.?)?"
# A place in capitals before a pipe or a dateline's dash: "HOUSTON/WASHINGTON", "ROBERT,
# Louisiana", "KUALA LUMPUR, April 27".
PLACE = r"[A-Z][A-Z.'/-]+(?:\s[A-Z][A-Z.'/-]+)*(?:,\s[A-Z][A-Za-z.]+(?:\s[A-Z][a-z.]+)?)?"
NAME_WORD = r"[A-Z][\w.'’-]*"
TITLE_WORD = r"[A-Z][a-z][\w'’-]*"
QUOTES = '"“”'
WORD = re.compile(r"[^\W\d_][\w'’-]*")
HANDLE = re.compile(r"(?<![\w.])@\w{2,}|\b[\w.+-]+@[\w-]+\.[\w.]+\b")
LINK = re.compile(r"https?://|\bpic\.twitter\.com/|\bwww\.")
ENDED = re.compile(r"[.!?][\"'”’)]*$")  # a segment that ends as a sentence


def opening_sentence(text: str) -> tuple[int, str] | None:
    """The text's first segment and where it starts, when it ends as a sentence: where a
    headline or caption run into the lead is looked for."""
    first = next(segments(text), None)
    if first is None or not ENDED.search(text, *first):
        return None
    start, end = first
    return start, text[start:end]


# An attribute's value holds no line break but before its closing quote: a broken tag whose
# value runs over lines holds article text (a list of reasons), which must stay.
TAG = re.compile(
    r"</?[a-z][a-z0-9-]*(?:\s+[\w:-]+(?:=(?:\"[^\"\n]*\n?\"|'[^'\n]*\n?'|[^\s>]+))?)*\s*/?>"
)


def any_of(name: WordClass) -> str:
    """A regex alternation of a lexicon class, longest entries first."""
    return "|".join(re.escape(w) for w in sorted(words(name), key=len, reverse=True))


def count_words(text: str) -> int:
    return len(text.split())


def matching(pattern: re.Pattern[str], text: str) -> list[Cut]:
    return [match.span() for match in pattern.finditer(text)]


def lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of `text` with its offset."""
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def segments_where(text: str, test: Callable[[str], bool]) -> list[Cut]:
    return [(start, end) for start, end in segments(text) if test(text[start:end])]


@cache
def timestamp_pattern() -> re.Pattern[str]:
    zone = rf"(?:{any_of('time_zones')})\b(?:\stime\b)?"
    label = rf"(?:{any_of('stamp_labels')})\s*:?\s*(?:at\s+)?"
    stamp = rf"{CLOCK}\s*{zone}"
    pipe = rf"(?:(?:{PLACE}(?:\s\d{{1,2}})?|{TITLE_WORD}(?:\s{TITLE_WORD}){{0,2}})\s\|\s+)?"
    return re.compile(
        rf"{pipe}(?:(?:{label})?{DATE},?\s+(?:at\s+)?{stamp}(?:\s+{stamp})?"
        rf"|(?:{label})?{stamp},?\s+{DATE}(?:\s+{stamp})?"
        rf"|{DATE}\s+{label}{stamp}"
        rf"|{DATE};\s+{CLOCK}(?:\s*{zone})?)"  # "Saturday, May 15, 2010; 11:47 PM"
    )


@cache
def photo_credit_pattern() -> re.Pattern[str]:
    labels = any_of("credit_labels")
    outlets = any_of("news_outlets")
    agencies = rf"(?:{outlets}|{any_of('photo_agencies')})"
    # An agency in capitals where it is not spelled so ("REUTERS/Lee Celano"): "NBC/Wall
    # Street Journal poll" and "USA TODAY/Suffolk" are pollsters, not credits.
    shouted = "|".join(w.upper() for w in words("news_outlets") if w != w.upper())
    agency = rf"(?:/[A-Za-z][\w.&'-]*(?:\s(?:{labels})\b)?)+"
    slashed = rf"{NAME_WORD}(?:\s{NAME_WORD}){{0,3}}{agency}"
    # A name without an agency: "Photograph: Leslie Rose" before the lead's capital ("Of all
    # the folks ..."; "Photograph: Nasa The final ..." keeps "The"), "... Scruton for the Guardian".
    named = (
        rf"{NAME_WORD}(?:\s{TITLE_WORD}(?=\s(?:[A-Z]|for\s)))?"
        rf"(?:\sfor\s(?:[Tt]he\s)?{TITLE_WORD})?"
    )
    return re.compile(
        rf"\b(?:{labels}):\s*(?:{slashed}|(?:{outlets})\b|{named})"
        rf"|\((?:{TITLE_WORD}\s){{1,3}}{TITLE_WORD}/[A-Z][\w.&' -]{{0,30}}\)"
        rf"|\((?:{agencies})\s(?:{labels})/[^()\n]{{1,60}}\)"
        rf"|\((?:By\s)?(?:{NAME_WORD}\s){{1,3}}[-–—―]{{1,2}}\s{agencies}\)"
        rf"|\b(?:{shouted})/{TITLE_WORD}(?:\s{TITLE_WORD})?(?:/{TITLE_WORD})?"
    )
