"""Boilerplate rules for furniture run into the text with its punctuation lost: a page's
head and caption before the lead, a caption quoting someone, a heading in capitals before
its paragraph, a widget's labels run together, a newsletter's link to another story before
its excerpt, a pull-quote box's quote and attribution (see page_rules)."""

from __future__ import annotations

import re
from functools import cache

from briefgen.extract.lexicon import words
from briefgen.extract.rules import rule
from briefgen.ingest.boilerplate import Cut, segments
from briefgen.ingest.page_shapes import (
    DATE,
    ENDED,
    HEAD_MAX_WORDS,
    NAME_WORD,
    QUOTES,
    STAGE,
    any_of,
    count_words,
    lines,
    opening_sentence,
)

# -- a page's head run into its lead ---------------------------------------------------------


@cache
def _opener() -> re.Pattern[str]:
    """A sentence's first word, capitalised after a word that ends no sentence and before a
    lower-case word (or a number): "... since his death last June The estate of ..."."""
    openers = any_of("sentence_openers")
    # the next word in lower case, or a number before one ("A 12-member jury"; "The 1 Thing
    # He Thinks" is a title)
    return re.compile(rf"(?<=[\w'’\"”)])\s(?:{openers})\s(?=[a-z]|\d[\w,.-]*\s[a-z])")


@rule(
    STAGE,
    example="Michael Jackson estate agrees record Sony music deal Sony has sold 31 million "
    "Jackson albums since his death last June The estate of Michael Jackson has agreed the "
    "biggest recording deal in history, worth more than $200m, with Sony Music, US reports say.",
)
def run_in_head(text: str) -> list[Cut]:
    """A page's headline and caption run into its lead with no punctuation between them: in
    the text's first segment, what stands before the last sentence opener capitalised
    mid-segment ("... last June The estate ...", "... to operate A new cap ...") goes,
    when it is short and the lead from the opener on ends as a sentence; the lead stays."""
    first = next(segments(text), None)
    if first is None:
        return []
    start, end = first
    if not ENDED.search(text, start, end):
        return []  # a headline alone on its line ("Fiery words light up The debate stage;")
    found = [m for m in _opener().finditer(text, start, end) if not _letter_name(text, m)]
    if not found:
        return []
    cut = found[-1].start()
    if count_words(text[start:cut]) > HEAD_MAX_WORDS:
        return []
    return [(start, cut)]


# A name of two capitalised words or more, after a space ("Randy Jackson", "Mr Hayward's")
_NAME = re.compile(r"(?<=\s)[A-Z][\w'’.-]*\s[A-Z][\w'’.-]*")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


@rule(
    STAGE,
    example=[
        "Randy Jackson is the second youngest of the Jackson clan Randy Jackson, brother of the "
        "late pop star Michael Jackson, has been admitted to hospital with chest pains.",
        'Edward Markey called for "iron-clad" oil drilling safety plans Edward Markey told the '
        "House energy and commerce sub-committee Exxon-Mobil, Chevron, ConocoPhillips and Shell "
        "all have identical response plans to BP.",
    ],
)
def caption_before_lead(text: str) -> list[Cut]:
    """A picture's caption (and the headline) run into the lead with no punctuation, naming
    the lead's subject: in the text's first segment, what stands before a name of two words
    or more that it already gave at its start or after such a seam ("Randy Jackson is the
    second youngest of the Jackson clan Randy Jackson, brother of ..."), when the name follows
    a lower-case word other than a small word ("of the"), or a closing quote mark, with no
    punctuation; or after a capitalised word, when the segment starts with the name ("Janet
    Jackson said she would ... in Cardiff Janet Jackson will not be attending ..."); short,
    the lead from the name on ending as a sentence. The lead stays."""
    first = opening_sentence(text)
    if first is None:
        return []
    start, segment = first
    for name in _NAME.finditer(segment):
        at = name.start()
        opening = segment.startswith(name.group()) and _after_capital(segment, at)
        if not (_seam(segment, at) or opening):
            continue  # not after a caption's end
        if segment.count("(", 0, at) > segment.count(")", 0, at):
            continue  # inside brackets
        earlier = re.finditer(rf"{re.escape(name.group())}\b", segment[:at])
        if any(e.start() == 0 or _seam(segment, e.start()) for e in earlier):
            return [(start, start + at)] if count_words(segment[:at]) <= HEAD_MAX_WORDS else []
    return []


def _after_capital(segment: str, at: int) -> bool:
    """Whether a capitalised word with no punctuation stands right before `at`: a caption
    ending in a name ("... the tribute concert in Cardiff Janet Jackson will not ...")."""
    before = _WORD_BEFORE.search(segment, 0, at)
    return before is not None and before.group(1)[0].isupper() and before.group(1).isalpha()


def _seam(segment: str, at: int) -> bool:
    """Whether a caption could end right before `at`: after a lower-case word that is no
    small word, a closing quote mark or a colon, with no sentence mark."""
    before = _WORD_BEFORE.search(segment, 0, at)
    if before is None:
        return False
    word = before.group(1)
    if word[-1] in '"”:':
        return True
    return word[0].islower() and word[-1].isalnum() and word.lower() not in _small_words()


@cache
def _small_words() -> frozenset[str]:
    """The small words a caption does not end on ("of the"), in lower case."""
    return frozenset(w.lower() for w in words("heading_small_words")) | {"a"}


_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*$")


def _letter_name(text: str, opener: re.Match[str]) -> bool:
    """ "A" after a capitalised word is a letter of a name ("Series A convertible", "Plan A")."""
    return opener.group().strip() == "A" and bool(
        _CAPITALISED_BEFORE.search(text, 0, opener.start())
    )


@cache
def _quoted_caption() -> re.Pattern[str]:
    # A name and a colon, a quote closed with no sentence mark inside it, the next sentence
    name = rf"(?:{NAME_WORD}\s){{0,4}}{NAME_WORD}"
    return re.compile(rf"{name}:\s[\"“][^\"”\n]{{3,200}}?[^\s.!?,;:\"”][\"”](?=\s+[A-Z])")


@rule(
    STAGE,
    example='The slick has begun to reach the shore. Barack Obama: "Domestic oil production '
    'must be done responsibly" An emergency shrimping season was opened on Thursday.',
)
def quoted_caption(text: str) -> list[Cut]:
    """A picture's caption quoting its subject, run into the text: a name, a colon and a
    quote that ends with no sentence mark before the next sentence's capital ('President
    Obama: "We will make BP pay for the damage their company has caused" President Barack
    Obama has vowed ...'). In the text's first segment the headline before it goes too."""
    first = next(segments(text), (0, 0))
    cuts = []
    for found in _quoted_caption().finditer(text):
        start = first[0] if first[0] <= found.start() < first[1] else found.start()
        cuts.append((start, found.end()))
    return cuts


# A headline or caption ending in a quoted phrase whose closing mark the page glued to the next
# sentence's first word: "Jackson death was ' not suspicious 'Medical experts say ...". From a
# line's start or a sentence's end; the phrase holds no punctuation (a quote closing a
# sentence, "... a bad reaction," 'Mr Alvarez recalled", is the article's).
QUOTED_HEAD_WORDS = 20
_QUOTED_HEAD = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s))"
    r"[^.!?\n\"“”]{0,200}?\s'\s[^'.,!?;:\n\"“”]{1,60}\s'(?=[A-Z][a-z])",
    re.MULTILINE,
)


@rule(
    STAGE,
    example=[
        # BBC (Michael Jackson and BP oil spill clusters)
        "Jackson death was ' not suspicious 'Medical experts say they are not treating the death "
        "of pop star Michael Jackson as suspicious.",
        "The spill affected fishing and tourism. BP claims fund ' to begin payouts 'The Gulf "
        "Coast Claims Facility, as the claims program is known, was set up in June.",
    ],
)
def quoted_head(text: str) -> list[Cut]:
    """A headline or caption ending in a quoted phrase, its closing mark glued to the next
    sentence's first word ("BP claims fund ' to begin payouts 'The Gulf Coast Claims
    Facility ..."): short, from a line's start or a sentence's end, the phrase unpunctuated;
    the sentence after it stays."""
    return [
        m.span() for m in _QUOTED_HEAD.finditer(text) if count_words(m.group()) <= QUOTED_HEAD_WORDS
    ]


# -- headings and labels ---------------------------------------------------------------------

_CAPS_WORD = r"[A-Z0-9][A-Z0-9'’&-]*[A-Z0-9]"  # two characters at least, no period


@cache
def _caps_heading() -> re.Pattern[str]:
    small = any_of("heading_small_words")
    return re.compile(
        # at a line's start, or after a sentence's end (a subheading the page ran into
        # its paragraph: "... oil began to freely flow. NEW CAP FOR LEAKING OIL WELL Engineers")
        rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s))"
        rf"(?:{_CAPS_WORD},?[ \t\xa0]+){{2,}}(?!(?:{small})\b){_CAPS_WORD}[ \t\xa0]+"
        rf"(?=[\"“]?[A-Z][a-z])",
        re.MULTILINE,
    )


@rule(
    STAGE,
    example="NEW CAP FOR LEAKING OIL WELL In June, BP placed a cap, known as an LMRP cap, over "
    "the top of the Deepwater Horizon well so oil could be collected at the surface.",
)
def caps_heading(text: str) -> list[Cut]:
    """A heading in capitals run into its paragraph ("NEW CAP FOR LEAKING OIL WELL In June,
    BP placed ...", a newsletter's "NEW YORK ENDS TAMPON TAX"): three or more words in
    capitals, the last no small word ("DOCUMENTS OBTAINED BY The
    Intercept" is a sentence), before a word in lower case; at a line's start or after a
    sentence's end ("... once more. NEW CAP FOR LEAKING OIL WELL Engineers then bolted ...");
    the paragraph stays."""
    return [m.span() for m in _caps_heading().finditer(text)]


# A widget's date and time: "February 6, 2016 10:57PM" (prose puts "at", a zone or a comma)
_WIDGET_STAMP = re.compile(rf"{DATE}\s+\d{{1,2}}:\d{{2}}\s?[AP]M")
_JOINED = re.compile(r"[a-z][A-Z]")  # words run together: "FlagShareLikeReply", "N.H.Flag"
# A sentence ends before a space, or before labels run together: "... in Manchester, N.H.Flag"
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\s|(?=[A-Z][a-z]+[A-Z]))")


@rule(
    STAGE,
    example="Jeb Bush criticized Marco Rubio for opposing legal abortion in cases of rape.\n"
    "Igor BobicFlagShareLikeReplyAni Vrabel 5ptsmoderatorFeaturedFebruary 6, 2016 10:20PM"
    "Ted Cruz, Chris Christie Address Heroin Epidemic",
)
def widget_labels(text: str) -> list[Cut]:
    """A live blog widget's labels and stamp run together with its entry's heading (its
    spaces lost: "Igor BobicFlagShareLikeReplyAni Vrabel 5ptsmoderatorFeaturedFebruary 6,
    2016 10:20PMTed Cruz ..."): from the line's start, or the last sentence end before it,
    to the end of its date and time, when words run together before it. The heading stays."""
    cuts = []
    for offset, line in lines(text):
        for stamp in _WIDGET_STAMP.finditer(line):
            ends = [m.end() for m in _SENTENCE_END.finditer(line, 0, stamp.start())]
            start = max(ends, default=0)
            if _JOINED.search(line, start, stamp.start()):
                cuts.append((offset + start, offset + stamp.end()))
    return cuts


# A newsletter's link to another story at a paragraph's start: an optional label in capitals
# and a dash, the story's headline in quotes closed by a comma, "by" and its writer, a colon.
_DIGEST_LINK = re.compile(
    r"^(?:[A-Z][A-Z0-9 '’&,.-]{1,40}[—–]\s?|[—–]\s?)?[\"“][^\"”\n]{5,200},[\"”]\s"
    r"by\s[A-Z][^:\"“”\n]{2,60}:\s?",
    re.MULTILINE,
)


@rule(
    STAGE,
    example='PSA—"You have until the end of December to get free museum and zoo memberships," '
    "by DNAinfo's Nicole Levy: \"You have a few more weeks to snag free memberships to "
    'cultural institutions in all five boroughs when you sign up for an IDNYC card."',
)
def digest_link(text: str) -> list[Cut]:
    """A newsletter's link to another outlet's story at a paragraph's start: its label
    ("PSA—"), the story's headline in quotes and its byline ("by DNAinfo's Nicole Levy:"). The
    excerpt quoted after it stays: the other outlet's words."""
    return [m.span() for m in _DIGEST_LINK.finditer(text)]


# -- a pull-quote box -----------------------------------------------------------------------

ATTRIBUTION_MAX_WORDS = 9  # "Adrian Lowcock Investment advisor, Best Invest": a name, a post
_BOX_WORD = re.compile(r"\S+")


@cache
def _box_mark() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{any_of('quote_box_marks')})(?!\w)")


@rule(
    STAGE,
    example=[
        "Mr Salazar ordered a review. This deeply disturbing report is further evidence of the "
        'cosy relationship between some elements of MMS and the oil and gas industry" End Quote '
        "Ken Salazar Interior secretary BP engineers have the equipment in place and will run a "
        "series of tests over the next 12 hours.",
        'Only that "bottom kill" would fully seal the well, said Admiral Thad Allen. End Quote '
        'Thad Allen Retired admiral If the tests are positive "then we move to the static kill", '
        "he said.",
    ],
)
def quote_box(text: str) -> list[Cut]:
    """A pull-quote box run into the text: its mark ("End Quote", its picture's text), the
    speaker's name and post after it (up to the next sentence's quote mark, opener or
    possessive, or after the post's lower-case words: "Ken Salazar Interior secretary"), and
    the quote before it when its closing mark has no opening one in its segment (the box's
    opening mark was a picture). The article's sentences on either side stay."""
    cuts = []
    found = list(segments(text))
    for mark in _box_mark().finditer(text):
        start = mark.start()
        before = text[: mark.start()].rstrip()
        if before and before[-1] in QUOTES:
            segment = next(((s, e) for s, e in found if s < len(before) <= e), None)
            if segment is not None and _unopened(text[segment[0] : len(before)]):
                start = segment[0]
        cuts.append((start, mark.end() + _attribution(text[mark.end() :])))
    return cuts


def _unopened(segment: str) -> bool:
    """A segment whose last quote mark closes a quote it never opened."""
    return segment.count('"') % 2 == 1 or ("”" in segment and "“" not in segment)


def _attribution(after: str) -> int:
    """How far the name and post after a box's mark run: to the next sentence's opening quote
    mark, opener or possessive ("BP's chief executive said"), or to the end of the post's
    lower-case words ("... Interior secretary"); after a comma, the organisation's capitalised
    words but the last, the next sentence's subject ("advisor, Best Invest BP is ...")."""
    tokens = list(_BOX_WORD.finditer(after))[: ATTRIBUTION_MAX_WORDS + 1]
    texts = [t.group() for t in tokens]
    openers = words("sentence_openers")
    for i, word in enumerate(texts):
        if i >= 2 and (word[0] in QUOTES or re.search(r"[A-Z]\w*['’]s$", word)):
            return tokens[i].start()
        following = texts[i + 1] if i + 1 < len(texts) else ""
        if i >= 2 and word in openers and following[:1].islower():
            return tokens[i].start()
        if i >= 2 and word[0].islower():
            j = i
            while j < len(texts) and texts[j][0].islower():
                j += 1
            if texts[j - 1].endswith(","):
                k = j
                while k < len(texts) and texts[k][0].isupper() and texts[k][0] not in QUOTES:
                    k += 1
                j = max(j, k - 1)
            return tokens[j].start() if j < len(tokens) else 0
    return 0  # no post's end seen: only the mark goes
