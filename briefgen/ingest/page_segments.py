"""Boilerplate rules over whole segments and lines: captions, widgets of other stories,
prompts to the reader, contacts and credits, headlines of other stories (see page_rules)."""

from __future__ import annotations

import re
from functools import cache

from briefgen.extract.lexicon import folded, words
from briefgen.extract.rules import rule
from briefgen.ingest.boilerplate import Cut, segments
from briefgen.ingest.page_notices import credit_span
from briefgen.ingest.page_shapes import (
    CAPTION_LOOKAHEAD,
    CAPTION_MAX_WORDS,
    CONTACT_OTHER_WORDS,
    CREDIT_MAX_WORDS,
    HANDLE,
    HEADLINE_CAPITALISED,
    HEADLINE_WORDS,
    LINK,
    MONTH,
    NAME_WORD,
    PHRASE_MAX_WORDS,
    PLACE,
    PROMPT_MAX_WORDS,
    QUOTES,
    STAGE,
    TITLE_WORD,
    WORD,
    any_of,
    count_words,
    lines,
    matching,
    photo_credit_pattern,
    segments_where,
    timestamp_pattern,
)

# -- segments that are not article sentences ---------------------------------------------


@cache
def _correspondent() -> re.Pattern[str]:
    outlets = any_of("news_outlets")
    heads = any_of("place_heads")
    place = rf"(?:(?:{heads})\s{TITLE_WORD}|{TITLE_WORD})"
    return re.compile(
        rf"(?:^|(?<=[.!?\"”]\s))(?:{TITLE_WORD}\s){{1,2}}{TITLE_WORD},?\s(?:{outlets})\sNews,"
        rf"\s{place}\b(?=\s[A-Z\"“‘']|\s*$)",
        re.MULTILINE,
    )


@rule(
    STAGE,
    example="Paul Adams BBC News, Washington When the president speaks from the Oval Office, "
    "it is serious, and it is personal.",
)
def correspondent_line(text: str) -> list[Cut]:
    """A correspondent's sign-on before a piece: "Paul Adams BBC News, Washington", "David
    Willis, BBC News, Los Angeles" (a name, an outlet's News, a place, then the piece)."""
    return matching(_correspondent(), text)


@cache
def _caption_shapes() -> re.Pattern[str]:
    positions = any_of("caption_positions")
    pictures = any_of("picture_nouns")
    outlets = any_of("news_outlets")
    return re.compile(
        rf"{NAME_WORD},\s(?:{positions}),\s"
        rf"|\b[Ii]n\sthis\s(?:[\w,-]+\s){{0,4}}(?:{pictures})(?:\s(?:{any_of('picture_verbs')})\b|,|\.?$)"
        rf"|^(?:{pictures})\staken\b"
        rf"|^\((?:{outlets})\)\s(?![-–—])"  # "(AP) Stanley Murray, ...", not "(AP) - " (a dateline)
        # a place in the picture in brackets: "vessel (L) and the drillship (C) burn off";
        # "(R)" alone is a party ("Sen. Ted Cruz (R)"), not a place
        rf"|\w\s\((?:L|C)\)(?=[\s,])"
    )


def _captioned(segment: str) -> bool:
    """A caption's shape, in a segment short enough and quoting no one."""
    if count_words(segment) > CAPTION_MAX_WORDS or any(mark in segment for mark in QUOTES):
        return False
    return bool(_caption_shapes().search(segment))


def _before_credit(text: str, start: int, end: int) -> bool:
    """A segment right before a picture's credit is its caption (the credit follows it)."""
    segment = text[start:end]
    if count_words(segment) > CAPTION_MAX_WORDS or any(mark in segment for mark in QUOTES):
        return False
    if text[end : end + 1] != " ":
        return False
    if photo_credit_pattern().match(text, end + 1) is not None:
        return True
    after = next(segments(text[end + 1 : end + 1 + CREDIT_LINE_CHARS]), None)
    if after is None:
        return False
    credit = text[end + 1 + after[0] : end + 1 + after[1]]
    return credit_span(credit) == (0, len(credit))


_DATE_ENDED = re.compile(rf",\s{MONTH}\s\d{{1,2}},\s\d{{4}}\.$")


def _before_stamp(text: str, start: int, end: int) -> bool:
    """A segment ending with a full date ("..., northern England, April 28, 2009.") right
    before the page's time stamp is a wire picture's caption, set above the story."""
    segment = text[start:end]
    if count_words(segment) > CAPTION_MAX_WORDS or not _DATE_ENDED.search(segment):
        return False
    return timestamp_pattern().match(text, end + 1) is not None


CREDIT_LINE_CHARS = 120  # a credit line after a caption is within this many characters
# A dated caption, after the credit of the caption before it when that was left at its start
# ("AFP April 27: Weathered oil ... is seen in the Gulf of Mexico near Louisiana.").
_DATED_CAPTION = re.compile(rf"^(?:[A-Z]{{2,6}}\s)?{MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?:\s")


@cache
def _caption_follower() -> re.Pattern[str]:
    outlets = any_of("news_outlets")
    # a credit: an outlet, a source handing out through one ("Coast Guard via AP"), or a short
    # name in capitals ("ESA"); or the story's dateline
    return re.compile(
        rf"\s*(?:(?:{NAME_WORD}\s){{0,3}}(?:via\s)?\(?(?:{outlets})\)?\.?\s"
        rf"|[A-Z]{{2,6}}\s(?=[A-Z][a-z])|{PLACE}\s+(?:--|—|–|―)\s)"
    )


@rule(
    STAGE,
    example=[
        "Eleven workers are missing. Apr. 21: Fire boat crews battle the blazing remnants of "
        "the offshore oil rig Deepwater Horizon. AP VENICE, La. -- The slick tripled in size.",
        "Officials found no violations. (AP) Stanley Murray, left, father of Chad Murray, hugs "
        "loved ones after crew members arrived at a hotel in Kenner, La., Thursday.",
    ],
)
def photo_caption(text: str) -> list[Cut]:
    """A picture's caption: "Stanley Murray, left, ...", "... in this handout photograph",
    "(AP) ...", "vessel (L) and the drillship (C) burn off ...", the sentence right before a
    picture's credit, a sentence ending with a full date right before the page's time stamp
    (a wire caption), or a dated caption ("Apr. 21: Fire boat crews battle ...") followed by
    its credit or the story's dateline, or among the
    captions that end a page."""
    found = list(segments(text))
    shaped = [_captioned(text[start:end]) for start, end in found]
    follower = _caption_follower()
    cuts: list[Cut] = []
    trailing = True
    for (start, end), caption in reversed(list(zip(found, shaped, strict=True))):
        dated = bool(_DATED_CAPTION.match(text[start:end]))
        credit = follower.match(text, end, end + CAPTION_LOOKAHEAD) if dated else None
        credited = credit is not None
        if credit is not None and "-" not in credit.group() and credit.group()[-1:].isspace():
            end = credit.end() - 1  # the credit goes with its caption ("... coastline. Fox News")
        stamped = _before_stamp(text, start, end)
        if (
            caption
            or credited
            or stamped
            or (dated and trailing)
            or _before_credit(text, start, end)
        ):
            cuts.append((start, end))
        else:
            trailing = False
    return cuts


_PARENTHESIS = re.compile(r"\([^()\n]{1,200}\)")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")
_AGO = re.compile(r"\s[-–]\s\d{1,3}\s(?P<unit>[a-z]+)\sago\b")


@rule(
    STAGE,
    example="Officials said work would resume. Giant box to fight US oil spill - 3 hrs ago "
    "Mirror Box used in bid to avert oil spill - 3 hrs ago CTV.",
)
def related_links(text: str) -> list[Cut]:
    """A widget of other stories, each headline followed by its age ("- 3 hrs ago"): cut
    from the sentence end before its first headline to the end of its segment."""
    units = folded("age_units")
    cuts = []
    for start, end in segments(text):
        ages = [m for m in _AGO.finditer(text, start, end) if m.group("unit") in units]
        if ages:
            before = [m.end() for m in _SENTENCE_END.finditer(text, start, ages[0].start())]
            cuts.append((max(before, default=start), end))
    return cuts


def _prompt(segment: str) -> bool:
    tokens = WORD.findall(segment)
    if (
        not tokens
        or tokens[0] not in words("page_verbs")
        or count_words(segment) > PROMPT_MAX_WORDS
    ):
        return False
    if any(mark in segment for mark in QUOTES):
        return False
    page = folded("page_words") | folded("platforms")
    return bool(HANDLE.search(segment)) or any(t.lower() in page for t in tokens[1:])


@rule(
    STAGE,
    example=[
        "Trump leads the field in Iowa. Follow John Nolte on Twitter @NolteNC.",
        "Senators questioned the three companies for hours. Follow the latest environment "
        "news, comment and analysis on Twitter",
    ],
)
def reader_prompt(text: str) -> list[Cut]:
    """A line that asks the reader to do something with the page ("Follow X on Twitter",
    "Read it all here", "Leave your thoughts in the comments section below"): an imperative
    from the lexicon's `page_verbs` about the page or a platform, short, with no quote."""
    return segments_where(text, _prompt)


@cache
def _page_phrase() -> re.Pattern[str]:
    return re.compile(rf"(?:{any_of('page_phrases')})", re.IGNORECASE)


@rule(
    STAGE,
    example="BP will pay all legitimate claims, the company said. We welcome comments on our "
    "articles for a limited period after their publication.",
)
def page_phrase(text: str) -> list[Cut]:
    """A short segment holding a phrase only pages use ("Report abuse", "comments section",
    "an error occurred while processing this directive"; lexicon `page_phrases`), or a
    bracketed aside holding one ("(Your thoughts are welcomed in the comments section
    below)"). Inside an embedded post (a segment with a link), only the phrase goes: the
    post is someone's words."""
    phrase = _page_phrase()
    cuts = [m.span() for m in _PARENTHESIS.finditer(text) if phrase.search(m.group())]
    for start, end in segments(text):
        segment = text[start:end]
        bare = _PARENTHESIS.sub("", segment)  # an aside holding the phrase is cut alone
        if count_words(segment) > PHRASE_MAX_WORDS or not phrase.search(bare):
            continue
        if LINK.search(segment):
            cuts += [(start + m.start(), start + m.end()) for m in phrase.finditer(segment)]
        else:
            cuts.append((start, end))
    return cuts


@rule(
    STAGE,
    example="He did not respond to a request for comment. Twitter: @Milbank.",
)
def contact_line(text: str) -> list[Cut]:
    """A short segment with a social-media handle or an e-mail address: a writer's contact
    ("Twitter: @Milbank.", "Reach him directly at awrhawkins@breitbart.com."); not an
    embedded post (with its link), which quotes someone."""
    return segments_where(text, _contact)


def _contact(segment: str) -> bool:
    handles = HANDLE.findall(segment)
    if not handles or LINK.search(segment) or any(m in segment for m in QUOTES):
        return False
    return count_words(segment) - len(handles) <= CONTACT_OTHER_WORDS


@cache
def _contributors() -> re.Pattern[str]:
    names = rf"{NAME_WORD}(?:\s{NAME_WORD}){{0,3}}"
    return re.compile(
        rf"^{names}(?:(?:,|,?\sand)\s{names})*\s(?:also\s)?(?:{any_of('credit_phrases')})\b"
        rf"[^.!?]{{0,40}}\.?$"
    )


@rule(
    STAGE,
    example="The senator declined to comment.\n\nCosta reported from Washington.",
)
def contributor_line(text: str) -> list[Cut]:
    """A credit for the story's reporters: "Costa reported from Washington.", "Tom Hamburger
    contributed to this report." (names, a credit phrase, nothing else)."""
    pattern = _contributors()
    return segments_where(
        text, lambda s: count_words(s) <= CREDIT_MAX_WORDS and bool(pattern.match(s))
    )


# -- whole lines -----------------------------------------------------------------------------


# A headline holds no sentence end, quote, bracket or trailing comma.
_NOT_HEADLINE = '.!?;"“”[]()'


def _headline(line: str) -> bool:
    stripped = line.strip()
    if not stripped[:1].isalpha() or stripped.endswith(":"):  # a colon introduces a quote
        return False
    if any(mark in stripped for mark in _NOT_HEADLINE):
        return False
    tokens = WORD.findall(stripped)
    if not HEADLINE_WORDS[0] <= len(tokens) == count_words(stripped) <= HEADLINE_WORDS[1]:
        return False
    long = [t for t in tokens if len(t) >= 4]
    capitals = sum(t[0].isupper() for t in long)
    return bool(long) and capitals >= HEADLINE_CAPITALISED * len(long)


@rule(
    STAGE,
    example="Clinton spoke to supporters in Iowa on Monday.\n\nMike Huckabee Makes Sexist Wife "
    "Joke To Bash Fed Chair Janet Yellen",
)
def headline_line(text: str) -> list[Cut]:
    """A line after the first that is a headline (title case, no sentence punctuation, words
    only): another story's link, or a section heading; never a sentence."""
    found = list(lines(text))
    first = next((n for n, (_, line) in enumerate(found) if line.strip()), 0)
    return [
        (offset, offset + len(line))
        for n, (offset, line) in enumerate(found)
        if n > first and _headline(line)
    ]
