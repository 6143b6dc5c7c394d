"""Words in marks that nobody is said to say: a quotation only when they say enough to be
one (`unframed`, read by quotes.py after a quote's speaker is decided)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from briefgen.extract.quotemarks import is_quoted
from briefgen.extract.rules import rule
from briefgen.extract.views import text_of

# Words a quote must have to stand with no cue and no speaker: shorter, it is a slogan or a
# heading ("Who cares?", "Make America Great Again."; PolNeAR train, the unattributed quotes
# of five words or fewer: 3 of 16 annotated as quotes).
_UNFRAMED_WORDS = 5
_PARAGRAPH = re.compile(r"[^\n]+")


# PolNeAR train, Breitbart 2016-07-19: a section heading in marks that nobody is said to say.
UNFRAMED = (
    "But an embarrassing plagiarism scandal tarnished her prime-time speech \u2014 and brought "
    "her husband\u2019s presidential campaign under withering scrutiny.\n\n\u2013 \u2018Who "
    "cares?\u2019 \u2013.\n\nWith millions watching on television, the Slovenia-born former "
    "model delivered a seemingly heartfelt defense of her husband."
)


@rule("quote", example=UNFRAMED)
def unframed(span: Span) -> bool:
    """Words in marks with no cue, that no rule attributes to anyone and with no other quote
    in their paragraph or the paragraphs beside it, are a quotation only when they say
    enough to be one: five words or fewer ("Who cares?") or all in capitals ("GLASS IS HALF
    FULL.") are a slogan, a heading or a scare phrase. textacy's `direct_quotations` keeps
    no quote without a cue and a subject; longer unattributed quotes stay, as a reader can
    still weigh them."""
    if _quoted_nearby(span):
        return False  # a speaker's words go on across paragraphs: "I love them. ..."
    words = [t for t in span if t.is_alpha or t.like_num]
    return len(words) <= _UNFRAMED_WORDS or _capitals(span)


# PolNeAR train, HuffPost 2016-07-25 (a morning email): an item's headline in marks, in
# capitals, right before the excerpt it heads.
HEADLINE = (
    "[Lee Moran, HuffPost]\n\u2018EUROPEANS ASK IF VIOLENCE IS BECOMING FACT OF LIFE\u2019 "
    "\u201cIn less than two weeks, Western Europe has witnessed the calm of everyday life "
    "repeatedly shattered by high-profile, indiscriminate acts of savagery.\u201d [WSJ]"
)


@rule("quote", example=HEADLINE)
def heading_in_capitals(span: Span) -> bool:
    """Words in marks all in capitals that no cue reports and no rule attributes are a
    heading or a slogan, even beside other quotes (a digest's headline over the excerpt it
    heads): `unframed` keeps words in marks near other quotes, since they may go on a quote
    whose attribution was missed, but nobody's words go on in capitals."""
    return _capitals(span)


def _capitals(span: Span) -> bool:
    letters = [c for c in span.text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _quoted_nearby(span: Span) -> bool:
    """Other words in marks in the span's paragraph or the paragraphs right before and
    after it: the span may go on a quote whose attribution the rules missed (Timeline17,
    Fox News 2010-04-23: '"They're assuming all those men ... are dead," Kemp said.' then
    '"That's the last we've heard."' opening the next paragraph)."""
    doc = span.doc
    text = text_of(doc)  # Doc.text builds every token: once per sentence asked is quadratic
    paragraphs = [m.span() for m in _PARAGRAPH.finditer(text)]
    at = next((i for i, (_, end) in enumerate(paragraphs) if span.start_char < end), 0)
    start = paragraphs[max(at - 1, 0)][0] if paragraphs else 0
    end = paragraphs[min(at + 1, len(paragraphs) - 1)][1] if paragraphs else len(text)
    window = doc.char_span(start, end, alignment_mode="expand")
    tokens = window if window is not None else doc
    return any(is_quoted(t) and not span.start - 1 <= t.i <= span.end for t in tokens)


# Words in marks with no cue and no speaker that are no quote: the first rule that drops them.
UNFRAMED_RULES = [unframed, heading_in_capitals]
