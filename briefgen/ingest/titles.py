"""An article's title, cleaned as its text is: a title made of the page's first words
(Timeline17's files: "Page last updated at 11:24 GMT, Tuesday, 27 September 2011 12:24 UK
...") carries the furniture the cleaner removed from the text, and a story heading or the
Sources list would show it.

The rule `excerpt_title` (stage "boilerplate", recorded as the text's removals are, so
`briefgen explain --cleaned` lists it) takes the cleaned text's opening words for a title
that was the raw text's opening words when the cleaner cut among them. A title with no word
falls back to the text's first sentence. (A rule cutting stamps and credits from titles of
another kind was tried and dropped: no title of the development corpora has one.)
"""

from __future__ import annotations

import logging
import re

from briefgen.extract.rules import record, rule
from briefgen.ingest.boilerplate import segments
from briefgen.ingest.page_shapes import STAGE
from briefgen.terminal import visible

log = logging.getLogger(__name__)

TITLE_MAX_CHARS = 150  # a title longer than this is cut at a word and marked "..."
ELLIPSIS = " ..."  # how a title made of a text's first words shows that the text goes on
_TRAILING_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)\s*$")
_WORD = re.compile(r"[^\W\d_]{2,}")
_TOKEN = re.compile(r"\S+")


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _excerpt(title: str, raw: str) -> str | None:
    """The words of `title` when it is the opening of `raw` (an ellipsis after it allowed),
    spaces aside; None when it is not."""
    words = _spaced(_TRAILING_ELLIPSIS.sub("", title))
    if not words or not _spaced(raw[: len(title) * 2 + 200]).startswith(words):
        return None
    return words


def _opening(text: str, count: int) -> str:
    """The text's first `count` words, ending at its first sentence's end if sooner (its full
    stop dropped; a stop inside an open bracket, as in "BP Plc (BP. N)", ends nothing), with
    an ellipsis when the sentence goes on: on one line, a prefix of the text (the stories'
    title weighting reads it so)."""
    text = text.strip()
    end = len(text)
    for _, stop in segments(text):
        if text.count("(", 0, stop) <= text.count(")", 0, stop):
            end = stop
            break
    tokens = list(_TOKEN.finditer(text, 0, end))[:count]
    while len(tokens) > 1 and tokens[-1].end() > TITLE_MAX_CHARS:
        tokens.pop()
    if not tokens:
        return ""
    shown = " ".join(text[: tokens[-1].end()].split())
    if tokens[-1].end() != end:
        return shown + ELLIPSIS
    # the whole first sentence: a title with no full stop, as a headline has
    return shown[:-1] if shown.endswith(".") and not shown.endswith("..") else shown


@rule(
    STAGE,
    example=[
        # BBC (Michael Jackson cluster): the file's title is the page's first words
        '---\ntitle: "Page last updated at 11:24 GMT, Tuesday, 27 September 2011 12:24 UK ..."'
        "\n---\nPage last updated at 11:24 GMT, Tuesday, 27 September 2011 12:24 UK Michael "
        "Jackson announced his live concerts at the London O2 Arena in March 2009. Jackson "
        "died in June 2009 aged 50.",
        # BBC (BP oil spill cluster): a byline before the lead
        '---\ntitle: "By Finlo Rohrer BBC News, Washington The fight continues to stem ..."\n'
        "---\nBy Finlo Rohrer BBC News, Washington The fight continues to stem the Gulf of "
        "Mexico oil spill, but could the arrival of the annual hurricane season make things "
        "worse?",
    ],
)
def excerpt_title(title: str, raw: str, cleaned: str) -> str | None:
    """A title made of the text's opening words (an ellipsis after them, as Timeline17's files
    were made, or a text file's first line), when the cleaner cut page text among them: the
    cleaned text's opening words instead, as many (or to its first sentence's end). A title
    the cleaned text still opens with, or any other title (a headline from the page's
    metadata), is kept."""
    words = _excerpt(title, raw)
    if words is None or _spaced(cleaned).startswith(words):
        return None
    return _opening(cleaned, len(words.split()))


def clean_title(title: str, raw: str, cleaned: str, path: str) -> str:
    """The title of an article whose raw text the cleaner made `cleaned`, page furniture
    gone (each rule recorded as a removal from `path`); the first sentence of the cleaned text
    when no title is left (a cleaned text always has one: a text with no word is no article)."""
    made = excerpt_title(title, raw, cleaned)
    if made is not None:
        record(excerpt_title, f"title: {title}", f"removed from {path}" if path else "removed")
        log.info("%s: excerpt_title replaced title %r by %r", visible(path), title, made)
        title = made
    return title if _WORD.search(title) else first_sentence(cleaned)


def first_sentence(text: str) -> str:
    """A title for a text that has none: its first sentence (on its first line), cut at a
    word to `TITLE_MAX_CHARS`."""
    return _opening(text, TITLE_MAX_CHARS)
