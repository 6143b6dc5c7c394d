"""The boilerplate rules: each finds the ranges of an article's text that are page furniture.

A rule takes the text and returns ranges to cut (`briefgen.ingest.boilerplate` cuts them and
records each). `PAGE_RULES` is their order: markup first, then the thread of reader comments
and the page's tail (everything after them goes), then the page's head and captions (before
the time stamps, credits and datelines that mark where a head or a caption ends), then spans
of known shapes (time stamps, credits, bylines, datelines), then whole segments that are not
article sentences (widgets, prompts to the reader, contacts), then whole lines (headlines of
other stories).
Words come from the lexicon.
"""

from __future__ import annotations

import re
from functools import cache

from briefgen.extract.lexicon import words
from briefgen.extract.rules import rule
from briefgen.ingest.boilerplate import Cut, segments
from briefgen.ingest.page_captions import (
    caption_seam,
    present_caption,
    programme_blurb,
    unmarked_pull_quote,
)
from briefgen.ingest.page_headlines import echoed_caption, echoed_headline
from briefgen.ingest.page_notices import (
    comment_policy,
    credit_line,
    credit_tail,
    embed_signature,
    page_notice,
    story_teasers,
)
from briefgen.ingest.page_runins import (
    caps_heading,
    caption_before_lead,
    digest_link,
    quote_box,
    quoted_caption,
    quoted_head,
    run_in_head,
    widget_labels,
)
from briefgen.ingest.page_segments import (
    contact_line,
    contributor_line,
    correspondent_line,
    headline_line,
    page_phrase,
    photo_caption,
    reader_prompt,
    related_links,
)
from briefgen.ingest.page_shapes import (
    CREDIT_MAX_WORDS,
    HEAD_CAPTION_WORDS,
    HEAD_MAX_WORDS,
    MONTH,
    NAME_WORD,
    PLACE,
    STAGE,
    TAG,
    TAIL_MAX_WORDS,
    TITLE_WORD,
    PageRule,
    any_of,
    count_words,
    matching,
    photo_credit_pattern,
    segments_where,
    timestamp_pattern,
)

# -- markup and comments -------------------------------------------------------------------


@rule(
    STAGE,
    example='Rand Paul wrote on Twitter after the shooting. <tweet author="RandPaul" '
    'tweet_id="672176019122458624">My thoughts and prayers are with the victims.</tweet>',
)
def markup_tag(text: str) -> list[Cut]:
    """An HTML or embed tag left in the text (`<tweet ...>`, `</a>`): the tag goes, the
    words it wraps stay."""
    return matching(TAG, text)


@cache
def _comment_signature() -> re.Pattern[str]:
    controls = any_of("comment_controls")
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
    return re.compile(rf"(?:{any_of('tail_markers')})")


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
    if found is None or count_words(text[found.start() :]) > TAIL_MAX_WORDS:
        return []
    return [(found.start(), len(text))]


# -- what opens a page -----------------------------------------------------------------------

# What stands after a page's head: the lead (a capital, a digit, a quote or a bracket) or a
# dateline; never a sentence going on ("... on Friday 4 June 2010 at 10.30 BST, when ...").
_HEAD_FOLLOWER = re.compile(r"\s*(?:[A-Z0-9\"“‘'(]|$)")


@rule(
    STAGE,
    example=[
        "BP switches on live video from oil leak Gush of oil now being broadcast live A still "
        "of live video from the BP oil spill. Photograph: Spillcam BP has posted a live video "
        "feed of the gusher on the ocean floor.",
        "BP dampens hope of early leak fix, court fight looms WASHINGTON | Thu Jul 8, 2010 "
        "6:09 pm IST WASHINGTON (Reuters) - BP dampened hopes that it could plug its leak.",
    ],
)
def page_head(text: str) -> list[Cut]:
    """The page's head run into its lead: in the first line, what stands before the page's
    time stamp or a picture's credit (a headline, a standfirst, a caption, without the
    punctuation that would end them), when it is short; after a time stamp, a caption up to
    its credit goes with it. The stamp and the credit are their own rules' to cut."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start : len(text) if end < 0 else end]
    stamps = [m.span() for m in timestamp_pattern().finditer(line)]
    credits = [m.span() for m in photo_credit_pattern().finditer(line)]
    anchors = sorted(
        (s, e) for s, e in stamps + credits if _HEAD_FOLLOWER.match(line, e) is not None
    )
    if not anchors or count_words(line[: anchors[0][0]]) > HEAD_MAX_WORDS:
        return []
    head_end, after = anchors[0]
    cuts = [(start, start + head_end)] if head_end else []
    credit = next((s for s, _ in credits if s >= after), -1)  # after a stamp: a caption
    stamped = (head_end, after) in stamps and credit >= 0
    if stamped and count_words(line[after:credit]) <= HEAD_CAPTION_WORDS:
        cuts.append((start + after, start + credit))
    return cuts


# -- spans of known shapes -------------------------------------------------------------------


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
    return matching(timestamp_pattern(), text)


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


@rule(
    STAGE,
    example="The Deepwater Horizon oil rig burning last week. Photograph: Gerald Herbert/AP "
    "Underwater robots dived to the ocean floor yesterday in a new effort to stop the leak.",
)
def photo_credit(text: str) -> list[Cut]:
    """A picture's credit: "Photograph: Gerald Herbert/AP", "(Melina Mara/Post)", "REUTERS/Lee
    Celano", "(AP Photo/Alastair Grant, File)", "(Alastair Grant - AP)" (a name and an agency
    joined by a slash or a dash, or after a credit label)."""
    return matching(photo_credit_pattern(), text)


@cache
def _wire_credit() -> re.Pattern[str]:
    roles = any_of("credit_roles")
    return re.compile(rf"\(\s*(?:{roles}) by\b[^()\n]{{2,300}}\)", re.IGNORECASE)


@rule(
    STAGE,
    example="Analysts say the rally in clean-up stocks will not last. (Reporting by Adveith "
    "Nair; Editing by Gopakumar Warrier)",
)
def wire_credit(text: str) -> list[Cut]:
    """A wire story's credit in brackets: "(Reporting by X; Editing by Y)"."""
    cuts = matching(_wire_credit(), text)
    roles = tuple(w.lower() + " by" for w in words("credit_roles"))
    return cuts + segments_where(
        text, lambda s: s.lower().startswith(roles) and count_words(s) <= CREDIT_MAX_WORDS
    )


@cache
def _byline() -> re.Pattern[str]:
    outlets = any_of("news_outlets")
    # the correspondent's place after the outlet: "By Peter Bowes BBC News, Los Angeles"
    place = rf"(?:,\s(?:(?:{any_of('place_heads')})\s{TITLE_WORD}|{TITLE_WORD})(?=\s[A-Z]|\s*$))?"
    return re.compile(
        rf"(?:^|(?<=[.!?]\s))By\s(?:the\s)?(?:{NAME_WORD}\s){{1,3}}(?:Wire\s)?Staff\b"
        rf"|(?:^|(?<=[.!?]\s))By\s(?:{TITLE_WORD}\s){{1,3}}(?:{outlets})(?:\sNews)?\b{place}"
        rf"|^By\s(?:{NAME_WORD}\s?){{1,4}}(?:(?:,|\sand)\s(?:{NAME_WORD}\s?){{1,4}})?$"
        # the writer's post between the name and the outlet: "By Damian Kahya Business
        # reporter, BBC News", "By Reeta Chakrabarti Political correspondent, BBC News"
        rf"|(?:^|(?<=[.!?]\s))By\s(?:{NAME_WORD}\s){{1,3}}(?:{TITLE_WORD}\s)?(?:[a-z]+\s)?[a-z]+,"
        rf"\s(?:{outlets})(?:\sNews)?\b{place}",
        re.MULTILINE,
    )


@rule(
    STAGE,
    example=[
        "By the CNN Wire Staff\nTornadoes killed at least 20 people across three states on "
        "Saturday, officials said.",
        "By Peter Bowes BBC News Michael Jackson's doctor has pleaded not guilty to the "
        "involuntary manslaughter of the singer.",
        "By Damian Kahya Business reporter, BBC News Is investing in oil firms no longer such a "
        "good idea? We might not think of ourselves as shareholders in a big oil company.",
    ],
)
def byline(text: str) -> list[Cut]:
    """A byline: "By the CNN Wire Staff", "By Peter Bowes BBC News, Los Angeles" (with the
    correspondent's place), "By Damian Kahya Business reporter, BBC News" (with the writer's
    post), or a line that is only "By" and a name (never "By BP's own
    account, ...": a byline has no verb)."""
    return matching(_byline(), text)


@cache
def _dateline() -> re.Pattern[str]:
    outlets = any_of("news_outlets")
    lead = r"(?:^|(?<=[.!?\"”]\s))"
    return re.compile(
        rf"(?<!\w){PLACE}(?:,\s{MONTH}\s\d{{1,2}})?\s\((?:{outlets})\)\s+[-–—―]{{1,2}}\s+"
        rf"|{lead}{TITLE_WORD}(?:\s{TITLE_WORD}){{0,2}}(?:,\s{TITLE_WORD}\.?)?"
        rf"\s\((?:{outlets})\)\s+[-–—―]{{1,2}}\s+"  # "Cleveland (AFP) – ", at a lead's start
        rf"|{lead}\((?:{outlets})\)\s+[-–—―]{{1,2}}\s+"  # its place gone with a time stamp
        rf"|{lead}{MONTH}\s\d{{1,2}}\s\((?:{outlets})\)\s+[-–—―]{{1,2}}\s+"  # "Dec 29 (Reuters) - "
        rf"|{lead}(?:(?:{outlets})\s)?{PLACE}\s+(?:--|—|–|―)\s+(?=[A-Z\"“])"
        rf"|(?<=\s)(?:{outlets})\s{PLACE}\s+(?:--|—|–|―)\s+(?=[A-Z\"“])"
        rf"|^{PLACE}\s-\s(?=[A-Z\"“])",  # "JERUSALEM - Israeli ...": one hyphen, at a line's start
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
    """A dateline before a story's lead: "LONDON (Reuters) - ", "VENICE, La. -- ", "Dec 29
    (Reuters) - " (a place in capitals or a date, an agency, a dash; at a sentence's start or
    after the agency's credit, "via AP NEW ORLEANS -- "), or a place in capitals and a single
    hyphen at a line's start ("JERUSALEM - ", "CASPER, Wyo. - "); the lead sentence stays."""
    return matching(_dateline(), text)


@cache
def _rubric() -> re.Pattern[str]:
    labels = any_of("rubric_labels").replace("'", "['’]")
    return re.compile(rf"^(?:{labels}):[ \t]+(?=[\"“‘A-Z0-9])", re.MULTILINE)


@rule(
    STAGE,
    example=[
        "Why it matters: The approval was a near-final step in making the booster shots "
        "available to tens of millions of Americans.",
        "The big picture: Anything short of total failure could have a transformative impact on "
        "day-to-day life.",
    ],
)
def rubric_label(text: str) -> list[Cut]:
    """An outlet's standing rubric at the start of a paragraph ("Why it matters:", "Driving
    the news:", lexicon `rubric_labels`): the label goes, the sentence after it stays."""
    return matching(_rubric(), text)


_CUT_OFF = re.compile(r"(?:\.{3,}|…)\s*\Z")


@rule(
    STAGE,
    example="In the letter, House Majority Leader Steny Hoyer, D-Md., and his colleagues said "
    "Democrats backed efforts to raise the debt ceiling three times under former President "
    "Donald Trump. The lawmakers said McConnell should support a suspension of the limit to "
    '"avert a manufactured crisis," noting he had warned as recently as last week that the '
    "U.S....",
)
def cut_off_ending(text: str) -> list[Cut]:
    """A text that ends in an ellipsis was cut off by its page (a teaser, a paywall): its
    unfinished last sentence goes, since what followed might qualify or reverse it ("... the
    U.S...."). A text of one sentence keeps it, and so does a last sentence that closes a
    quotation opened before it ('... Zero tolerance,” Hochul told CNN’s Jake Tapper...'): cut,
    the quotation would lose its end and its speaker."""
    if _CUT_OFF.search(text) is None:
        return []
    found = list(segments(text))
    if len(found) < 2 or _closes_quotation(text, *found[-1]):
        return []
    return [found[-1]]


def _closes_quotation(text: str, start: int, end: int) -> bool:
    before = text[:start]
    return before.count("“") > before.count("”") and "”" in text[start:end]


PAGE_RULES: tuple[PageRule, ...] = (
    markup_tag,
    comment_thread,
    comment_policy,
    page_tail,
    credit_tail,
    page_notice,
    page_head,  # before the stamps and credits that mark where the head ends
    photo_caption,  # before the stamps, credits and datelines that mark where a caption ends
    quoted_caption,
    quote_box,
    unmarked_pull_quote,
    page_timestamp,
    live_time_prefix,
    widget_labels,
    embed_signature,
    photo_credit,
    credit_line,
    wire_credit,
    byline,
    correspondent_line,
    agency_dateline,
    caps_heading,
    digest_link,
    run_in_head,  # after the bylines, stamps and datelines that stand before a head
    caption_before_lead,
    caption_seam,  # after the heads found by their words, the one found by its grammar
    echoed_headline,  # and the one found by the lead repeating it
    echoed_caption,  # and a caption ending in a name, found so too
    quoted_head,  # a head left whose seam is a glued quote mark
    programme_blurb,
    present_caption,
    related_links,
    story_teasers,
    reader_prompt,
    page_phrase,
    contact_line,
    contributor_line,
    headline_line,
    rubric_label,
    cut_off_ending,  # last: the end of the text once the page's tail is gone
)
