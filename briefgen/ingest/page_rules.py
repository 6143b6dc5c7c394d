"""The boilerplate rules: each finds the ranges of an article's text that are page furniture.

A rule takes the text and returns ranges to cut (`briefgen.ingest.boilerplate` cuts them and
records each). `PAGE_RULES` is their order: markup first, then the thread of reader comments
and the page's tail (everything after them goes), then captions (before the time stamps,
credits and datelines that mark where a caption ends), then spans of known shapes (time
stamps, credits, bylines, datelines), then whole segments that are not article sentences
(widgets, prompts to the reader, contacts), then whole lines (headlines of other stories).
Words come from the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from briefgen.extract.lexicon import WordClass, folded, words
from briefgen.extract.rules import Rule, Stage, rule
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

_MONTH = r"(?:" + "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(d[:3].title() for d in WEEKDAYS) + r")[a-z]*\.?"
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"
)
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[apAP]\.?[mM]\.?)?"
# A place in capitals before a pipe or a dateline's dash: "HOUSTON/WASHINGTON", "ROBERT,
# Louisiana", "KUALA LUMPUR, April 27".
_PLACE = r"[A-Z][A-Z.'/-]+(?:\s[A-Z][A-Z.'/-]+)*(?:,\s[A-Z][A-Za-z.]+(?:\s[A-Z][a-z.]+)?)?"
_NAME_WORD = r"[A-Z][\w.'’-]*"
_TITLE_WORD = r"[A-Z][a-z][\w'’-]*"
_QUOTES = '"“”'
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_HANDLE = re.compile(r"(?<![\w.])@\w{2,}|\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_LINK = re.compile(r"https?://|\bpic\.twitter\.com/|\bwww\.")
_TAG = re.compile(r"</?[a-z][a-z0-9-]*(?:\s+[\w:-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*\s*/?>")


def _any(name: WordClass) -> str:
    """A regex alternation of a lexicon class, longest entries first."""
    return "|".join(re.escape(w) for w in sorted(words(name), key=len, reverse=True))


def _count(text: str) -> int:
    return len(text.split())


def _matching(pattern: re.Pattern[str], text: str) -> list[Cut]:
    return [match.span() for match in pattern.finditer(text)]


def _segments_where(text: str, test: Callable[[str], bool]) -> list[Cut]:
    return [(start, end) for start, end in segments(text) if test(text[start:end])]


# -- markup and comments -------------------------------------------------------------------


@rule(
    STAGE,
    example='Rand Paul wrote on Twitter after the shooting. <tweet author="RandPaul" '
    'tweet_id="672176019122458624">My thoughts and prayers are with the victims.</tweet>',
)
def markup_tag(text: str) -> list[Cut]:
    """An HTML or embed tag left in the text (`<tweet ...>`, `</a>`): the tag goes, the
    words it wraps stay."""
    return _matching(_TAG, text)


@cache
def _comment_signature() -> re.Pattern[str]:
    controls = _any("comment_controls")
    return re.compile(rf"\bPosted by:?\s+\S+(?:\s\S+)?\s*\|[^|\n]{{0,60}}\|\s*(?:{controls})")


@rule(
    STAGE,
    example="Officials said the cap was holding on Monday. Posted by: eye95 | July 19, 2010 "
    "9:25 AM | Report abuse All the talk is gibberish and makes no sense at all.",
)
def comment_thread(text: str) -> list[Cut]:
    """Readers' comments: from the first comment signature ("Posted by: NAME | DATE | Report
    abuse") to the end of the page, where comment threads stand."""
    found = _comment_signature().search(text)
    return [(found.start(), len(text))] if found else []


@cache
def _tail_marker() -> re.Pattern[str]:
    return re.compile(rf"(?:{_any('tail_markers')})")


@rule(
    STAGE,
    example="The hearings wound up with protests outside. A version appeared on p25 of the Main "
    "section of the Guardian on Thursday 6 May 2010 Follow the latest environment news on "
    "Twitter",
)
def page_tail(text: str) -> list[Cut]:
    """The furniture after an article's end: from a line that only closes a page ("A version
    appeared on p25 of the Main section", "Find out more and buy the ebook") to the end,
    when little text follows it (a widget, not the article going on)."""
    found = _tail_marker().search(text)
    if found is None or _count(text[found.start() :]) > TAIL_MAX_WORDS:
        return []
    return [(found.start(), len(text))]


# -- spans of known shapes -------------------------------------------------------------------


@cache
def _timestamp() -> re.Pattern[str]:
    zone = rf"(?:{_any('time_zones')})\b(?:\stime\b)?"
    label = rf"(?:{_any('stamp_labels')})\s*:?\s*(?:at\s+)?"
    stamp = rf"{_CLOCK}\s*{zone}"
    pipe = rf"(?:(?:{_PLACE}(?:\s\d{{1,2}})?|{_TITLE_WORD}(?:\s{_TITLE_WORD}){{0,2}})\s\|\s+)?"
    return re.compile(
        rf"{pipe}(?:(?:{label})?{_DATE},?\s+(?:at\s+)?{stamp}(?:\s+{stamp})?"
        rf"|(?:{label})?{stamp},?\s+{_DATE}(?:\s+{stamp})?"
        rf"|{_DATE}\s+{label}{stamp}"
        rf"|{_DATE};\s+{_CLOCK}(?:\s*{zone})?)"  # "Saturday, May 15, 2010; 11:47 PM"
    )


@rule(
    STAGE,
    example=[
        "HOUSTON | Thu Apr 22, 2010 7:30 pm EDT An oil drilling rig that had burned for 36 "
        "hours in the Gulf of Mexico sank on Thursday, officials said.",
        "Page last updated at 11:24 GMT, Tuesday, 27 September 2011 12:24 UK Michael Jackson "
        "announced his live concerts at the London O2 Arena in March 2009.",
    ],
)
def page_timestamp(text: str) -> list[Cut]:
    """A page's time stamp: a date with a clock time and a time zone ("Thu Apr 22, 2010
    7:30 pm EDT", "Page last updated at 11:24 GMT, Tuesday, 27 September 2011"), with the
    place and pipe before it, or a date and a clock time joined by a semicolon ("Saturday,
    May 15, 2010; 11:47 PM"). Prose dates an event without a zone ("at 7:30 pm on Thursday")."""
    return _matching(_timestamp(), text)


# A live blog's entry time at the start of a segment: "12.11 pm:", "1pm:", "1003:" (a 24-hour
# time; 19xx and 20xx are left alone, as years of a dated list).
_LIVE_TIME = re.compile(
    r"(?:\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?|\d{1,2}\s*[ap]\.?m\.?|(?:[01][0-8]|2[1-3])[0-5]\d)"
    r"\s*:\s+(?=[A-Z\"“‘'])"
)


@rule(
    STAGE,
    example="The committee has been off for a recess. 12.11 pm: More on the blame game, with "
    "the drill owner Transocean blaming Halliburton and BP for the failure of the cement plug.",
)
def live_time_prefix(text: str) -> list[Cut]:
    """A live blog's entry time ("12.11 pm:", "1003:") before the entry: the time goes,
    the entry stays (left in, a clock time is read as a year or a date)."""
    cuts = []
    for start, end in segments(text):
        found = _LIVE_TIME.match(text, start, end)
        if found:
            cuts.append(found.span())
    return cuts


@cache
def _photo_credit() -> re.Pattern[str]:
    labels = _any("credit_labels")
    outlets = _any("news_outlets")
    agencies = rf"(?:{outlets}|{_any('photo_agencies')})"
    # An agency in capitals where it is not spelled so ("REUTERS/Lee Celano"): "NBC/Wall
    # Street Journal poll" and "USA TODAY/Suffolk" are pollsters, not credits.
    shouted = "|".join(w.upper() for w in words("news_outlets") if w != w.upper())
    agency = rf"(?:/[A-Za-z][\w.&'-]*(?:\s(?:{labels})\b)?)+"
    slashed = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}{agency}"
    return re.compile(
        rf"\b(?:{labels}):\s*(?:{slashed}|(?:{outlets})\b|{_NAME_WORD})"
        rf"|\((?:{_TITLE_WORD}\s){{1,3}}{_TITLE_WORD}/[A-Z][\w.&' -]{{0,30}}\)"
        rf"|\((?:{agencies})\s(?:{labels})/[^()\n]{{1,60}}\)"
        rf"|\((?:By\s)?(?:{_NAME_WORD}\s){{1,3}}[-–—―]{{1,2}}\s{agencies}\)"
        rf"|\b(?:{shouted})/{_TITLE_WORD}(?:\s{_TITLE_WORD})?(?:/{_TITLE_WORD})?"
    )


@rule(
    STAGE,
    example="The Deepwater Horizon oil rig burning last week. Photograph: Gerald Herbert/AP "
    "Underwater robots dived to the ocean floor yesterday in a new effort to stop the leak.",
)
def photo_credit(text: str) -> list[Cut]:
    """A picture's credit: "Photograph: Gerald Herbert/AP", "(Melina Mara/Post)", "REUTERS/Lee
    Celano", "(AP Photo/Alastair Grant, File)", "(Alastair Grant - AP)" (a name and an agency
    joined by a slash or a dash, or after a credit label)."""
    return _matching(_photo_credit(), text)


@cache
def _wire_credit() -> re.Pattern[str]:
    roles = _any("credit_roles")
    return re.compile(rf"\(\s*(?:{roles}) by\b[^()\n]{{2,300}}\)", re.IGNORECASE)


@rule(
    STAGE,
    example="Analysts say the rally in clean-up stocks will not last. (Reporting by Adveith "
    "Nair; Editing by Gopakumar Warrier)",
)
def wire_credit(text: str) -> list[Cut]:
    """A wire story's credit in brackets: "(Reporting by X; Editing by Y)"."""
    cuts = _matching(_wire_credit(), text)
    roles = tuple(w.lower() + " by" for w in words("credit_roles"))
    return cuts + _segments_where(
        text, lambda s: s.lower().startswith(roles) and _count(s) <= CREDIT_MAX_WORDS
    )


@cache
def _byline() -> re.Pattern[str]:
    outlets = _any("news_outlets")
    return re.compile(
        rf"(?:^|(?<=[.!?]\s))By\s(?:the\s)?(?:{_NAME_WORD}\s){{1,3}}(?:Wire\s)?Staff\b"
        rf"|(?:^|(?<=[.!?]\s))By\s(?:{_TITLE_WORD}\s){{1,3}}(?:{outlets})(?:\sNews)?\b"
        rf"|^By\s(?:{_NAME_WORD}\s?){{1,4}}(?:(?:,|\sand)\s(?:{_NAME_WORD}\s?){{1,4}})?$",
        re.MULTILINE,
    )


@rule(
    STAGE,
    example=[
        "By the CNN Wire Staff\nTornadoes killed at least 20 people across three states on "
        "Saturday, officials said.",
        "By Peter Bowes BBC News Michael Jackson's doctor has pleaded not guilty to the "
        "involuntary manslaughter of the singer.",
    ],
)
def byline(text: str) -> list[Cut]:
    """A byline: "By the CNN Wire Staff", "By Peter Bowes BBC News", or a line that is only
    "By" and a name (never "By BP's own account, ...": a byline has no verb)."""
    return _matching(_byline(), text)


@cache
def _dateline() -> re.Pattern[str]:
    outlets = _any("news_outlets")
    lead = r"(?:^|(?<=[.!?\"”]\s))"
    return re.compile(
        rf"(?<!\w){_PLACE}(?:,\s{_MONTH}\s\d{{1,2}})?\s\((?:{outlets})\)\s+[-–—―]{{1,2}}\s+"
        rf"|{lead}{_TITLE_WORD}(?:\s{_TITLE_WORD}){{0,2}}(?:,\s{_TITLE_WORD}\.?)?"
        rf"\s\((?:{outlets})\)\s+[-–—―]{{1,2}}\s+"  # "Cleveland (AFP) – ", at a lead's start
        rf"|{lead}\((?:{outlets})\)\s+[-–—―]{{1,2}}\s+"  # its place gone with a time stamp
        rf"|{lead}(?:(?:{outlets})\s)?{_PLACE}\s+(?:--|—|–|―)\s+(?=[A-Z\"“])"
        rf"|(?<=\s)(?:{outlets})\s{_PLACE}\s+(?:--|—|–|―)\s+(?=[A-Z\"“])",
        re.MULTILINE,
    )


@rule(
    STAGE,
    example=[
        "LONDON (Reuters) - BP Plc will compensate all those affected by the oil spill, its "
        "chief executive said on Friday.",
        "NEW ORLEANS -- No oil appeared to be leaking from the drilling rig, the Coast Guard "
        "said Friday.",
    ],
)
def agency_dateline(text: str) -> list[Cut]:
    """A dateline before a story's lead: "LONDON (Reuters) - ", "VENICE, La. -- " (a place in
    capitals, an agency, a dash; at a sentence's start or after the agency's credit, "via AP
    NEW ORLEANS -- "); the lead sentence after it stays."""
    return _matching(_dateline(), text)


# -- segments that are not article sentences ---------------------------------------------


@cache
def _correspondent() -> re.Pattern[str]:
    outlets = _any("news_outlets")
    heads = _any("place_heads")
    place = rf"(?:(?:{heads})\s{_TITLE_WORD}|{_TITLE_WORD})"
    return re.compile(
        rf"(?:^|(?<=[.!?\"”]\s))(?:{_TITLE_WORD}\s){{1,2}}{_TITLE_WORD},?\s(?:{outlets})\sNews,"
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
    return _matching(_correspondent(), text)


@cache
def _caption_shapes() -> re.Pattern[str]:
    positions = _any("caption_positions")
    pictures = _any("picture_nouns")
    outlets = _any("news_outlets")
    return re.compile(
        rf"{_NAME_WORD},\s(?:{positions}),\s"
        rf"|\b[Ii]n\sthis\s(?:[\w,-]+\s){{0,4}}(?:{pictures})(?:\s(?:{_any('picture_verbs')})\b|,|\.?$)"
        rf"|^(?:{pictures})\staken\b"
        rf"|^\((?:{outlets})\)\s(?![-–—])"  # "(AP) Stanley Murray, ...", not "(AP) - " (a dateline)
    )


def _captioned(segment: str) -> bool:
    """A caption's shape, in a segment short enough and quoting no one."""
    if _count(segment) > CAPTION_MAX_WORDS or any(mark in segment for mark in _QUOTES):
        return False
    return bool(_caption_shapes().search(segment))


def _before_credit(text: str, start: int, end: int) -> bool:
    """A segment right before a picture's credit is its caption (the credit follows it)."""
    segment = text[start:end]
    if _count(segment) > CAPTION_MAX_WORDS or any(mark in segment for mark in _QUOTES):
        return False
    credit = _photo_credit().match(text, end + 1)
    return credit is not None and text[end : end + 1] == " "


_DATE_ENDED = re.compile(rf",\s{_MONTH}\s\d{{1,2}},\s\d{{4}}\.$")


def _before_stamp(text: str, start: int, end: int) -> bool:
    """A segment ending with a full date ("..., northern England, April 28, 2009.") right
    before the page's time stamp is a wire picture's caption, set above the story."""
    segment = text[start:end]
    if _count(segment) > CAPTION_MAX_WORDS or not _DATE_ENDED.search(segment):
        return False
    return _timestamp().match(text, end + 1) is not None


_DATED_CAPTION = re.compile(rf"^{_MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?:\s")


@cache
def _caption_follower() -> re.Pattern[str]:
    outlets = _any("news_outlets")
    return re.compile(rf"\s*(?:\(?(?:{outlets})\)?\.?\s|{_PLACE}\s+(?:--|—|–|―)\s)")


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
    "(AP) ...", the sentence right before a picture's credit, a sentence ending with a full
    date right before the page's time stamp (a wire caption), or a dated caption ("Apr. 21:
    Fire boat crews battle ...") followed by its credit or the story's dateline, or among the
    captions that end a page."""
    found = list(segments(text))
    shaped = [_captioned(text[start:end]) for start, end in found]
    follower = _caption_follower()
    cuts: list[Cut] = []
    trailing = True
    for (start, end), caption in reversed(list(zip(found, shaped, strict=True))):
        dated = bool(_DATED_CAPTION.match(text[start:end]))
        credited = dated and bool(follower.match(text, end, end + CAPTION_LOOKAHEAD))
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
    tokens = _WORD.findall(segment)
    if not tokens or tokens[0] not in words("page_verbs") or _count(segment) > PROMPT_MAX_WORDS:
        return False
    if any(mark in segment for mark in _QUOTES):
        return False
    page = folded("page_words") | folded("platforms")
    return bool(_HANDLE.search(segment)) or any(t.lower() in page for t in tokens[1:])


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
    return _segments_where(text, _prompt)


@cache
def _page_phrase() -> re.Pattern[str]:
    return re.compile(rf"(?:{_any('page_phrases')})", re.IGNORECASE)


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
        if _count(segment) > PHRASE_MAX_WORDS or not phrase.search(bare):
            continue
        if _LINK.search(segment):
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
    return _segments_where(text, _contact)


def _contact(segment: str) -> bool:
    handles = _HANDLE.findall(segment)
    if not handles or _LINK.search(segment) or any(m in segment for m in _QUOTES):
        return False
    return _count(segment) - len(handles) <= CONTACT_OTHER_WORDS


@cache
def _contributors() -> re.Pattern[str]:
    names = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}"
    return re.compile(
        rf"^{names}(?:(?:,|,?\sand)\s{names})*\s(?:also\s)?(?:{_any('credit_phrases')})\b"
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
    return _segments_where(text, lambda s: _count(s) <= CREDIT_MAX_WORDS and bool(pattern.match(s)))


# -- whole lines -----------------------------------------------------------------------------


# A headline holds no sentence end, quote, bracket or trailing comma.
_NOT_HEADLINE = '.!?;"“”[]()'


def _headline(line: str) -> bool:
    stripped = line.strip()
    if not stripped[:1].isalpha() or stripped.endswith(":"):  # a colon introduces a quote
        return False
    if any(mark in stripped for mark in _NOT_HEADLINE):
        return False
    tokens = _WORD.findall(stripped)
    if not HEADLINE_WORDS[0] <= len(tokens) == _count(stripped) <= HEADLINE_WORDS[1]:
        return False
    long = [t for t in tokens if len(t) >= 4]
    capitals = sum(t[0].isupper() for t in long)
    return bool(long) and capitals >= HEADLINE_CAPITALISED * len(long)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


@rule(
    STAGE,
    example="Clinton spoke to supporters in Iowa on Monday.\n\nMike Huckabee Makes Sexist Wife "
    "Joke To Bash Fed Chair Janet Yellen",
)
def headline_line(text: str) -> list[Cut]:
    """A line after the first that is a headline (title case, no sentence punctuation, words
    only): another story's link, or a section heading; never a sentence."""
    found = list(_lines(text))
    first = next((n for n, (_, line) in enumerate(found) if line.strip()), 0)
    return [
        (offset, offset + len(line))
        for n, (offset, line) in enumerate(found)
        if n > first and _headline(line)
    ]


PAGE_RULES: tuple[PageRule, ...] = (
    markup_tag,
    comment_thread,
    page_tail,
    photo_caption,  # before the stamps, credits and datelines that mark where a caption ends
    page_timestamp,
    live_time_prefix,
    photo_credit,
    wire_credit,
    byline,
    correspondent_line,
    agency_dateline,
    related_links,
    reader_prompt,
    page_phrase,
    contact_line,
    contributor_line,
    headline_line,
)
