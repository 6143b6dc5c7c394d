"""Words in marks that are a title, not words as said.

A headline's words in marks are its rewording of a quote the body gives as said
(`TITLE_RULES`, tried on every span in marks before its kind is judged, quotes.py); a show's,
a podcast's or a campaign's name is set in title case inside a noun phrase ("the podcast
"So, That Happened."", "on "Meet the Press."", ""Orange is the New Black" star"): a
fragment (`title_in_noun_phrase`, a kind rule) that `work_title` drops when no earlier
partial rule has.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.extract.labels import FUNCTION_POS, VERBALS
from briefgen.extract.lexicon import words
from briefgen.extract.rules import Rule, rule
from briefgen.model import QuoteKind

DROPPED = "dropped"
_MIN_TITLE_WORDS = 2  # capitalised words a name in title case has at least ("Fox and Friends")
_ENDS = (".", "!", "?")  # words in marks that end a sentence are followed by a new one


# PolNeAR train, HuffPost 2015-11-15: its headline.
SANDERS = (
    "Bernie Sanders: \u2018It Is Not A Radical Idea\u2019 To Ask For A $15 Minimum Wage\n\n"
    "Sen. Bernie Sanders (I-Vt.) defended his call to raise the federal minimum wage to $15."
)


@rule("quote", example=SANDERS)
def headline_quote(span: Span, title: str) -> str | None:
    """Words in marks in the article's headline (its first line, when that is the title up
    to punctuation or is set in title case) are its rewording of what was said, not the
    words as said: the body quotes them."""
    doc = span.doc
    first_break = next((t.i for t in doc if "\n" in t.text_with_ws), len(doc) - 1)
    if span.start > first_break or first_break == len(doc) - 1:
        return None
    first_line = doc[: first_break + 1]
    headline, titled = _letters(first_line.text), _letters(title)
    if headline and ((titled and headline.startswith(titled)) or _title_words(first_line)):
        return DROPPED
    return None


# PolNeAR train, HuffPost 2016-02-28: a podcast's name after the noun it names.
PODCAST = (
    "But it\u2019s time to start worrying about President Trump. Zach Carter is a co-host of "
    "the HuffPost Politics podcast \u201cSo, That Happened.\u201d"
)


@rule("quote", example=PODCAST)
def title_in_noun_phrase(span: Span, text: str) -> QuoteKind | None:
    """Words in marks set in title case inside a noun phrase are a fragment, however
    sentence-like ('the podcast "So, That Happened."'): `PARTIAL_RULES` judge them."""
    return "partial" if _named_in_phrase(span) else None


# PolNeAR train, HuffPost 2015-11-08: a show's name after "on", a cue in its sentence.
CARSON = (
    "Carson said he was facing a unique level of scrutiny.\n\n\u201cI have always said that I "
    "expect to be vetted,\u201d he said on \u201cMeet the Press.\u201d \u201cBut being vetted "
    "and what is going on with me is different.\u201d"
)


@rule("quote", example=CARSON)
def work_title(span: Span, cue: Token | None, governs: bool) -> str | None:
    """Words in marks set in title case inside a noun phrase (right after a word that is no
    verb, or right before a common noun) are the name of a show, a podcast, a book or a
    campaign, cue or not: 'on "Meet the Press."', 'on NBC's "Meet the Press."', 'CNN's
    "State of the Union"', '"Orange is the New Black" star', 'told "Fox and Friends,"'."""
    return DROPPED if _named_in_phrase(span) else None


def _named_in_phrase(span: Span) -> bool:
    """Title case inside a noun phrase: after a word that is no verb, or before a noun; or
    the one spoken to after "told" ('Fiorina told "Fox and Friends,"')."""
    if not _title_words(span):
        return False
    before = _outside(span, -1)
    after = _outside(span, 1)
    named_after = before is not None and not before.is_punct and before.pos_ not in VERBALS
    told = before is not None and before.lemma_.lower() in words("addressee_verbs")
    named_before = (
        after is not None and after.pos_ == "NOUN" and not span.text.rstrip().endswith(_ENDS)
    )
    return named_after or named_before or told


TITLE_RULES: list[Rule[[Span, str], str | None]] = [headline_quote]


def _letters(text: str) -> str:
    """Only the letters and digits of a text: a title compared with punctuation ignored."""
    return "".join(c for c in text if c.isalnum())


def _title_words(span: Span) -> bool:
    """Every word in marks is capitalised but function words ("the", "and", "is", "with",
    by their tag or, when the tagger took them for part of a name, as stop words),
    two words or more are, and not all are in capitals (a tweet in capitals is words as
    written)."""
    alpha = [t for t in span if t.is_alpha]
    capitalised = [t for t in alpha if t.text[:1].isupper()]
    return (
        len(capitalised) >= _MIN_TITLE_WORDS
        and all(t.text[:1].isupper() or t.pos_ in FUNCTION_POS or _stop_in_name(t) for t in alpha)
        and not all(t.is_upper for t in capitalised)
    )


def _stop_in_name(token: Token) -> bool:
    """A lower-case function word the tagger took for part of a name ("the" in "Meet the
    Press", tagged a proper noun)."""
    return token.is_lower and token.is_stop and token.pos_ == "PROPN"


def _outside(span: Span, step: int) -> Token | None:
    """The first token before (step -1) or after (step 1) the span that is neither a quote
    mark nor a space, in the same paragraph."""
    doc = span.doc
    i = span.start - 1 if step < 0 else span.end
    while 0 <= i < len(doc):
        token = doc[i]
        if "\n" in token.text or (step < 0 and "\n" in token.text_with_ws):
            return None
        if not (token.is_quote or token.is_space):
            return token
        i += step
    return None
