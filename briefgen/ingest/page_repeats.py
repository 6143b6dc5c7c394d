"""Boilerplate told by repetition: a line one site prints on many of its pages.

The per-article rules (`page_rules.PAGE_RULES`) read one page at a time; a widget's teaser
("The pun - ancient artform, or the lowest form of wit?" on BBC pages), a blog's tagline
or a standing editor's note reads as a sentence there. Across a batch it shows itself: the
same segment, verbatim, on several pages of one site whose stories differ. This pass runs
once over the articles read together, after each was cleaned.

It stays linear in the batch's length: each segment (at most `MAX_CHARS`) is hashed once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from pathlib import PurePath
from urllib.parse import urlsplit

from briefgen.extract.lexicon import words
from briefgen.extract.rules import ARTICLE_BREAK, rule
from briefgen.ingest.boilerplate import Cut, Removal, cut_by, segments
from briefgen.ingest.page_shapes import QUOTES, STAGE, count_words
from briefgen.model import Article

MIN_PAGES = 3  # a segment on three pages of a site is its furniture; two can be one story's updates
MIN_WORDS = 3  # shorter segments ("9:40 p.m.", "Trump said.") repeat by chance
MAX_CHARS = 400  # a longer segment is a paragraph of a story, not furniture: not hashed
# A page more than half of whose other text is on other pages of its site is a version of one of
# them (an updated wire story): what it shares is the story, not evidence of furniture.
COPIED_SHARE = 0.5

_WORD = re.compile(r"[^\W\d_]")
Page = tuple[str, str]  # (the site, the text)


def site(article: Article) -> str:
    """The site a page comes from: its publisher, else its URL's host, else its folder."""
    if article.publisher:
        return article.publisher.casefold()
    if article.url:
        return (urlsplit(article.url).hostname or article.url).casefold()
    return str(PurePath(article.path).parent)


@rule(
    STAGE,
    example=ARTICLE_BREAK.join(
        f"{lead} The pun - ancient artform, or the lowest form of wit?"
        for lead in (
            "Dr Conrad Murray has been found guilty of the involuntary manslaughter of Michael "
            "Jackson.",
            "Michael Jackson's doctor, Conrad Murray, has been sentenced to four years in jail.",
            "The trial of Michael Jackson's doctor has heard from the emergency room physician.",
        )
    ),
)
def repeated_segment(pages: Sequence[Page]) -> list[list[Cut]]:
    """A segment (three words or more, not a paragraph) found verbatim on three pages or more
    of one site in the batch, pages that are not versions of one another's story: a widget's
    teaser, a blog's tagline, a standing note. It goes from every page that holds it."""
    read = [_hashable(text) for _, text in pages]
    spans = [found for found, _ in read]
    holders: dict[tuple[str, str], set[int]] = defaultdict(set)
    for index, ((name, _), found) in enumerate(zip(pages, spans, strict=True)):
        for segment in found:
            holders[(name, segment)].add(index)
    sizes = [_sizes(*read[i], pages[i][0], holders) for i in range(len(pages))]
    furniture = {
        key
        for key, where in holders.items()
        if sum(_own_story(sizes[i], _size(spans[i][key[1]])) for i in where) >= MIN_PAGES
    }
    return [
        [
            cut
            for segment, cuts in found.items()
            if (pages[i][0], segment) in furniture
            for cut in cuts
        ]
        for i, found in enumerate(spans)
    ]


def without_repeats(articles: Sequence[Article]) -> tuple[list[Article], list[Removal]]:
    """The articles read together, each without the segments `repeated_segment` finds (a
    page of nothing else keeps them: it is skipped or briefed as it is, never emptied), and
    the removals."""
    pages = [(site(article), article.text) for article in articles]
    cleaned, removals = [], []
    for article, cuts in zip(articles, repeated_segment(pages), strict=True):
        if cuts and _WORD.search(_outside(article.text, cuts)):
            text, removed = cut_by(repeated_segment, article.text, cuts, article.path)
            article = article.model_copy(update={"text": text})
            removals += removed
        cleaned.append(article)
    return cleaned, removals


def _outside(text: str, cuts: list[Cut]) -> str:
    """The text outside the ranges."""
    pieces, last = [], 0
    for start, end in sorted(cuts):
        pieces.append(text[last:start])
        last = max(last, end)
    return "".join([*pieces, text[last:]])


def _hashable(text: str) -> tuple[dict[str, list[Cut]], int]:
    """The page's segments that can be furniture, each with its ranges, and the length of
    all its segments."""
    found: dict[str, list[Cut]] = defaultdict(list)
    total = 0
    for start, end in segments(text):
        segment = text[start:end]
        total += end - start
        short = len(segment) <= MAX_CHARS and count_words(segment) >= MIN_WORDS
        if short and not _of_the_story(segment):
            found[segment].append((start, end))
    return found, total


@cache
def _story_pronouns() -> frozenset[str]:
    # The page speaks as "we" to "you" ("We Are Sorry, This video is restricted ..."); the
    # other personal pronouns point back into the story.
    return frozenset(w.casefold() for w in words("personal_pronouns")) - {"we", "us", "you"}


def _of_the_story(segment: str) -> bool:
    """A segment that quotes someone or opens with a pronoun pointing back into the story
    ("She was 85.", "He was 95.": each outlet's account of one death) belongs to it."""
    if any(mark in segment for mark in QUOTES):
        return True
    first = segment.split(maxsplit=1)[0].casefold()
    return first in _story_pronouns()


def _size(cuts: list[Cut]) -> int:
    return sum(end - start for start, end in cuts)


def _sizes(
    found: dict[str, list[Cut]], total: int, name: str, holders: dict[tuple[str, str], set[int]]
) -> tuple[int, int]:
    """A page's segment text in characters: all of it, and what other pages of its site hold."""
    shared = sum(_size(cuts) for s, cuts in found.items() if len(holders[(name, s)]) > 1)
    return total, shared


def _own_story(sizes: tuple[int, int], line: int) -> bool:
    """Whether a page holding a repeated line tells a story of its own: some text besides the
    line, most of it on no other page of its site."""
    total, shared = sizes
    rest = total - line
    return rest > 0 and (shared - line) / rest <= COPIED_SHARE
