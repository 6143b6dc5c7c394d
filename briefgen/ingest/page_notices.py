"""Boilerplate rules for what a page says about itself and what closes it: a comment
section's notices and the unsigned comments after them, the promotions after a wire
story's closing credit, notices about the page (a blog's, a programme's, a comment system's),
credit lines of pictures and graphics, and the signatures of embedded posts (see page_rules)."""

from __future__ import annotations

import re
from functools import cache

from briefgen.extract.lexicon import folded, words
from briefgen.extract.rules import rule
from briefgen.ingest.boilerplate import Cut, segments
from briefgen.ingest.page_shapes import (
    CAPTION_MAX_WORDS,
    CREDIT_MAX_WORDS,
    MONTH,
    NAME_WORD,
    PHRASE_MAX_WORDS,
    QUOTES,
    STAGE,
    TAIL_MAX_WORDS,
    WORD,
    any_of,
    count_words,
    lines,
    matching,
    segments_where,
)

NOTICE_LEAD_WORDS = 6  # words of a notice's sentence before its phrase ("The BBC")
ARTICLE_MIN_WORDS = 40  # words above a comment section: an article comes before its comments

# -- what closes a page ----------------------------------------------------------------------


@cache
def _comment_notice() -> re.Pattern[str]:
    return re.compile(rf"(?:{any_of('comment_notices')})")


@rule(
    STAGE,
    example="The rig explosion did not have an effect on crude oil prices because the well was "
    "not in production mode. Shares of Transocean traded on the New York Stock Exchange fell 8 "
    "cents to $90.29, while shares of BP traded on the NYSE were off 54 cents at $59.55. We "
    "welcome comments that advance the story through relevant opinion, anecdotes, links and "
    "data. When is Earth Day ??? Wonderful example of what we are doing to our ecosystem.",
)
def comment_policy(text: str) -> list[Cut]:
    """A comment section, from its notice ("We welcome comments that advance the story ...",
    "Views expressed in the comments do not represent those of Reuters", "This discussion is
    now closed") to the end of the page: readers' comments, unsigned, stand under it. With
    no article above it (fewer than ARTICLE_MIN_WORDS words), only the notice goes."""
    found = _comment_notice().search(text)
    if found is None:
        return []
    start, end = next(((s, e) for s, e in segments(text) if s <= found.start() < e), found.span())
    if count_words(text[start : found.start()]) > NOTICE_LEAD_WORDS:
        start = found.start()  # a run-on segment: only the notice on
    if count_words(text[:start]) < ARTICLE_MIN_WORDS:
        return [(start, end)]  # no article above it: the notice alone goes, not the page
    return [(start, len(text))]


_SENTENCE_END = re.compile(r"[.!?]")


@cache
def _closing_credit() -> re.Pattern[str]:
    roles = any_of("credit_roles")
    return re.compile(rf"\(\s*(?:{roles}) by\b[^()\n]{{2,300}}\)", re.IGNORECASE)


@rule(
    STAGE,
    example="Its costs have topped $3 billion. (Reporting by David Morgan; Editing by Peter "
    "Cooney) An ultra-low latency infrastructure for electronic trading and data distribution "
    "A connected approach to governance, risk and compliance",
)
def credit_tail(text: str) -> list[Cut]:
    """What follows a wire story's closing credit ("(Reporting by X; Editing by Y)") at the
    page's end when it is no sentence, only a short run of phrases: the page's promotions,
    not the story (which the credit ends)."""
    found = next(reversed(list(_closing_credit().finditer(text))), None)  # the last credit
    if found is None or not text[found.end() :].strip():
        return []
    tail = text[found.end() :]
    if count_words(tail) > TAIL_MAX_WORDS or _SENTENCE_END.search(tail):
        return []  # a sentence after the credit may be the story's: only a run of phrases goes
    return [(found.end(), len(text))]


# -- notices about the page ------------------------------------------------------------------


@cache
def _page_self() -> re.Pattern[str]:
    selves = "|".join(re.escape(w) for w in sorted(folded("page_selves"), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{any_of('deictic_determiners')})\s(?:[\w'’-]+\s){{0,2}}(?:{selves})\b",
        re.IGNORECASE,
    )


def _notice(segment: str) -> bool:
    """A short segment about the page itself ("this blog", "our broadcasts"), quoting no one."""
    if count_words(segment) > PHRASE_MAX_WORDS or any(mark in segment for mark in QUOTES):
        return False
    if "''" in segment:  # a quote in doubled single quotes ("''I disavow these ...''")
        return False
    found = _page_self().search(segment)
    return found is not None and found.group().split()[0] in words("deictic_determiners")


def _in_tail(text: str, start: int) -> bool:
    """Among the page's last lines: little text after `start`, and less than before it."""
    after = count_words(text[start:])
    return after <= TAIL_MAX_WORDS and after <= count_words(text[:start])


@rule(
    STAGE,
    example=[
        "Scientists say it is too early to write off long-term harm. The seafood is safe, he "
        "argues.\nWHYS is a global conversation hosted by BBC News. For updates on the stories "
        "being covered on our broadcasts, pls visit our facebook page.",
        "This live page is part of a BBC News trial to test new ways of presenting breaking "
        "news. Italy's borrowing costs hit record highs over Greece.",
    ],
)
def page_notice(text: str) -> list[Cut]:
    """A notice about the page itself: a short segment naming "this blog", "this live page",
    "our broadcasts" or "this commenter". Among the page's last lines (little text after
    it, in the page's second half), it starts the page's tail: from its paragraph's start
    (a short blurb before it, "WHYS is a global conversation hosted by BBC News.") on."""
    found = segments_where(text, _notice)
    tail = [start for start, _ in found if _in_tail(text, start)]
    if not tail:
        return found
    return [cut for cut in found if cut[1] <= tail[0]] + [(_tail_start(text, tail[0]), len(text))]


def _tail_start(text: str, notice: int) -> int:
    """Where a page's tail starts, given its first notice: at its paragraph's start when one
    segment at most (a blurb) comes before it there, else at the notice."""
    line_start = text.rfind("\n", 0, notice) + 1
    before = list(segments(text[line_start:notice]))
    return line_start if len(before) <= 1 else notice


# -- credit lines and signatures -------------------------------------------------------------


@cache
def _credit_join() -> re.Pattern[str]:
    agencies = rf"(?:{any_of('news_outlets')}|{any_of('photo_agencies')})"
    names = rf"{NAME_WORD}(?:,?\s(?:and\s)?{NAME_WORD}){{0,5}}"  # a few names before the join
    return re.compile(
        rf"^{names}(?:/(?:The\s)?{NAME_WORD}(?:\s{NAME_WORD}){{0,3}})+$|\svia\s{agencies}$"
    )


_BRACKETED_DASH = re.compile(r"^\(.+\s[-–—]{1,2}\s.+\)\.?$")  # "(Alastair Grant - AP)"
_CREDIT_SMALL = {"and", "via", "of", "the", "de", "van", "von", "for"}


def _capitalised(part: str) -> bool:
    """Every word capitalised, but for the small words of names ("and", "via", "of")."""
    tokens = WORD.findall(part)
    return bool(tokens) and all(t[0].isupper() or t in _CREDIT_SMALL for t in tokens)


def _credit_only(segment: str) -> bool:
    """Names joined to an agency by a slash, "via" or (in brackets) a dash, and nothing
    else: "Gary Cameron/Reuters.", "Scott Olson via Getty Images.", "(Alastair Grant - AP)"."""
    bare = segment.strip("().").strip()
    if count_words(bare) > CREDIT_MAX_WORDS or "[" in bare or not _capitalised(bare):
        return False
    return bool(_credit_join().search(bare) or _BRACKETED_DASH.match(segment.strip()))


_GRAPHIC_LABEL = re.compile(r"\b[A-Z]{3,}:\s")  # "SOURCES: Staff reports, ... | credit"


def credit_span(segment: str) -> tuple[int, int] | None:
    """Where a credit line is in a segment: all of it when it is `_credit_only`; from the
    label ("SOURCES:") or the start, when sources and a pipe come before the credit ("...,
    BP | Alberto Cuadra/The Washington Post - June 8, 2010": a dash and a date close it)."""
    *sources, credit = segment.split(" | ")
    credit = re.split(r"\s[-–—]\s(?=[A-Z][a-z]+\s\d)", credit)[0]
    if not _credit_only(credit):
        return None
    if not sources:
        return 0, len(segment)
    before = " | ".join(sources)
    labels = list(_GRAPHIC_LABEL.finditer(before))
    if labels:
        return labels[-1].start(), len(segment)
    return (0, len(segment)) if _capitalised(before) else None


@rule(
    STAGE,
    example=[
        "Scarborough continued. \n\nMICHAEL B. THOMAS via Getty Images.\n\nTrump spoke later.",
        "Obama met Boehner on Monday.\nGary Cameron/Reuters.\nThe talks went on.",
    ],
)
def credit_line(text: str) -> list[Cut]:
    """A picture's or a graphic's credit standing alone: capitalised names joined to an
    agency by a slash, "via" or a dash ("Gary Cameron/Reuters.", "Scott Olson via Getty
    Images."), or after a graphic's sources and a pipe ("SOURCES: U.S. Coast Guard, BP |
    Alberto Cuadra/The Washington Post - June 8, 2010")."""
    cuts = []
    for start, end in segments(text):
        found = credit_span(text[start:end])
        if found is not None:
            cuts.append((start + found[0], start + found[1]))
    return cuts


@cache
def _signature() -> re.Pattern[str]:
    return re.compile(
        rf"(?:[—–-]{{1,2}}\s*)?(?:{NAME_WORD}\s){{0,3}}{NAME_WORD}\s\(@\w+\)\s"
        rf"{MONTH}\s\d{{1,2}},\s\d{{4}}(?:\s\.)?"
    )


@rule(
    STAGE,
    example="Trump's campaign wants Tyson at the convention https://t.co/daC7Qr7ZhZ — Ben Jacobs "
    "(@Bencjacobs) June 28, 2016 . Aides did not comment.",
)
def embed_signature(text: str) -> list[Cut]:
    """An embedded post's signature: "— Ben Jacobs (@Bencjacobs) June 28, 2016" (a name, its
    handle in brackets, the date posted). The post stays; left in, the signature's date
    makes a timeline event of the poster's name."""
    return matching(_signature(), text)


# -- teasers of other stories ----------------------------------------------------------------

TEASER_END = re.compile(r"[^\W\d_]\.\.\.$|[^\W\d_]…$")  # "... and toppled into th..."
TEASERS_MIN = 2  # teasers in one paragraph that make a widget (one may be a trailing quote)
TEASER_CHARS = 120  # a widget cuts teasers at a fixed length: one of the run is this long


def _teaser(segment: str) -> bool:
    """A segment cut off inside a word or right after it ("toppled into th..."), short,
    quoting no one: a teaser of another story."""
    if count_words(segment) > CAPTION_MAX_WORDS or any(mark in segment for mark in QUOTES):
        return False
    return bool(TEASER_END.search(segment))


@rule(
    STAGE,
    example="Crews resumed the search on Friday.\nChoppy seas halted Saturday's cleanup of an oil "
    "spill around the massive oil drilling rig that exploded and toppled into th... Coast Guard "
    "rescue following oil rig explosion BP says the accident was caused by a failure of its "
    "cementi... NEW ORLEANS -- Coast Guard officials on Friday suspended the search.",
)
def story_teasers(text: str) -> list[Cut]:
    """A widget of other stories' teasers: two or more short segments in one paragraph, each
    cut off with an ellipsis after a word or a word's start ("... toppled into th..."), one
    at least as long as a widget cuts them (a writer's trailing "..." is shorter)."""
    cuts: list[Cut] = []
    for offset, line in lines(text):
        found = [(s, e) for s, e in segments(line) if _teaser(line[s:e])]
        longest = max((e - s for s, e in found), default=0)
        if len(found) >= TEASERS_MIN and longest >= TEASER_CHARS:
            cuts += [(offset + s, offset + e) for s, e in found]
    return cuts
