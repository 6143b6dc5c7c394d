"""Names the model left untagged where the brief names the same actor elsewhere: a
headline's title case or capitals hide names from the model ("Colts Beat Chiefs 20-13",
"WLADIMIR KLITSCHKO RETAINS WORLD HEAVYWEIGHT BELTS"), and a body may leave a name it tags
elsewhere untagged ("GM Tony Reagins", "the Colts defense").

A name the bodies of the brief give an actor card is that actor where it is written again.
This runs on the cards `cards.drop_cards` kept, so a name found again never weighs in on
whether its card is an actor (a product's name written again stays a product's).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_ALPHA, TAG
from spacy.tokens import Doc, Token

from briefgen.extract import ParsedArticle
from briefgen.extract.entities import Mention, lead_end, with_signals
from briefgen.extract.headlines import headline_end
from briefgen.extract.labels import PROPER_TAGS
from briefgen.extract.lexicon import title_words
from briefgen.extract.names import fold
from briefgen.extract.rules import ARTICLE_BREAK, Rule, record, rule
from briefgen.extract.spans import clean_name, entity_at
from briefgen.extract.views import lower_case_words

# The model's labels for things and works, which may be a person's name the brief gives
# ("Jermayne Timmons" tagged a product); laws and events never are.
_THING_LABELS = ("PRODUCT", "WORK_OF_ART")


_BEGIN = 3  # ENT_IOB of a token that begins an entity


# Longest name looked for, in words ("Movement for the Emancipation of the Niger Delta").
_MAX_WORDS = 8


# Shortest name of one word looked for: two letters are an abbreviation ("KO", "QB").
_MIN_LETTERS = 3


@dataclass(frozen=True)
class Known:
    """The names the bodies of the brief give actor cards (folded: the card's name and the
    mention the name is first given by there) and the words the brief writes in lower case."""

    names: dict[str, tuple[str, Mention]]
    lower: frozenset[str]

    def look_up(self, words: Sequence[Token]) -> tuple[str, Mention] | None:
        """The card and first body mention of the name the words are written next to each
        other; None when they are no such name, or one word the brief writes in lower case
        ("Judge", "Son"), a title ("Sgt") or an abbreviation ("KO")."""
        if any(b.i != a.i + 1 for a, b in pairwise(words)):
            return None
        if len(words) == 1:
            word = words[0]
            if word.lower_ in self.lower or word.text in title_words():
                return None
            if len(word.text) < _MIN_LETTERS:
                return None
        return self.names.get(fold(clean_name(_text(words))))


def names_written_again(
    cards: dict[str, list[Mention]], articles: Sequence[ParsedArticle], places: Collection[str]
) -> dict[str, list[Mention]]:
    """The cards with the mentions `headline_name_from_body` and `untagged_known_name` find
    of them; `places` are the folded names the brief uses for a place, which are none."""
    known = Known(_body_names(cards, articles, places), lower_case_words(a.doc for a in articles))
    grown = {name: list(group) for name, group in cards.items()}
    for card, mention in [
        *untagged_known_name(known, articles),
        *headline_name_from_body(known, articles, grown),
    ]:
        grown[card].append(mention)
    return grown


@rule(
    "span",
    example="Colts Beat Chiefs 20-13 To Clinch Playoff Berth\n"
    "The Indianapolis Colts beat the Kansas City Chiefs 20-13 on Sunday. The Chiefs "
    "lost their fourth game in a row, and the Colts clinched a playoff berth.",
)
def headline_name_from_body(
    known: Known, articles: Sequence[ParsedArticle], cards: dict[str, list[Mention]]
) -> Iterator[tuple[str, Mention]]:
    """A run of a headline's capitalised words that no mention covers and that is a name
    the brief's bodies give an actor is that actor ("Chiefs" in "Colts Beat Chiefs 20-13",
    "KLITSCHKO" in capitals): title case and capitals hide names from the model. A word the
    brief writes in lower case is a common word ("Judge", "Son"), never such a name."""
    taken = _taken(cards)
    for article in articles:
        end = headline_end(article.doc)
        if not end:
            continue
        offsets = [(start, stop) for start, stop in taken.get(article.source.id, ()) if start < end]
        free = _free(article, offsets, end)
        i = 0
        while i < len(free):
            size = next(
                (
                    n
                    for n in range(min(_MAX_WORDS, len(free) - i), 0, -1)
                    if known.look_up(free[i : i + n])
                ),
                0,
            )
            if size:
                yield _mention(headline_name_from_body, article, free[i : i + size], known)
            i += max(size, 1)


def _taken(cards: dict[str, list[Mention]]) -> dict[str, list[tuple[int, int]]]:
    """The offsets of the mentions of each article (by source id), read once: a read of
    every card's mentions per headline grew with the square of the brief."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for group in cards.values():
        for m in group:
            found[m.evidence.source].append((m.evidence.start, m.evidence.end))
    return found


def _free(article: ParsedArticle, taken: Sequence[tuple[int, int]], end: int) -> list[Token]:
    """The capitalised words of an article's headline (the text before `end`) that no
    mention covers (`taken`: its mentions' offsets), in order: runs of them are looked up
    as names."""
    words = []
    for token in article.doc:
        if token.idx >= end:
            break
        covered = any(s < token.idx + len(token) and token.idx < e for s, e in taken)
        if not covered and token.is_alpha and token.text[:1].isupper():
            words.append(token)
    return words


@rule(
    "span",
    example="Angels GM Tony Reagins confirmed the offer on Sunday. Reagins said the team "
    "would wait."
    + ARTICLE_BREAK
    + "With last night's news from Los Angeles Angels GM Tony Reagins that the team has "
    "made an offer, the market moved.",
)
def untagged_known_name(
    known: Known, articles: Sequence[ParsedArticle]
) -> Iterator[tuple[str, Mention]]:
    """A run of proper nouns the model left untagged that is a name the brief gives an
    actor, whole or by its last two words or more, is that actor ("Los Angeles Angels GM
    Tony Reagins", where another article tags "Tony Reagins": the words before it are a
    title or a description); so is a name the model calls a product or a work that is
    wholly a person's name the brief gives ("Jermayne Timmons")."""
    for article in articles:
        doc = article.doc
        for run, label in _untagged_runs(doc, headline_end(doc)):
            cuts = range(len(run) - 1) if len(run) > 2 and not label else range(1)
            for cut in cuts:
                found = known.look_up(run[cut:])
                if found is None:
                    continue
                if not label or found[1].kind == "person":
                    yield _mention(untagged_known_name, article, run[cut:], known)
                break


def _untagged_runs(doc: Doc, start: int) -> list[tuple[list[Token], str]]:
    """The runs of proper nouns after offset `start` that no name of the entity layer holds,
    each whole, with the label of the model's entity that holds it (`_THING_LABELS`) or ""
    (untagged); read as arrays, as this runs over every word of the brief."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    tags, alpha, iob, label = doc.to_array([TAG, IS_ALPHA, ENT_IOB, ENT_TYPE]).T
    proper = np.isin(tags, [strings.add(tag) for tag in PROPER_TAGS]) & (alpha == 1)
    things = np.isin(label, [strings.add(name) for name in _THING_LABELS])
    runs: list[tuple[list[Token], str]] = []
    for i in np.flatnonzero(proper & ((label == 0) | things)).tolist():
        token = doc[i]
        if token.idx < start or entity_at(doc, i) is not None:
            continue
        same = runs and runs[-1][0][-1].i == i - 1 and runs[-1][1] == token.ent_type_
        if same and iob[i] != _BEGIN:
            runs[-1][0].append(token)
        else:
            runs.append(([token], token.ent_type_))
    return [(run, label) for run, label in runs if _whole(doc, run)]


def _whole(doc: Doc, run: Sequence[Token]) -> bool:
    """Whether a run is a whole name: no capitalised word outside the entity layer runs on
    before or after it ("Ford" in "the Ford Five Hundred" is the product's; "Angels" before
    "GM Tony Reagins" is a name of its own)."""
    before = doc[run[0].i - 1] if run[0].i else None
    after = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
    runs_on = (t for t in (before, after) if t is not None and not t.is_sent_start)
    return not any(
        t.is_alpha and t.text[:1].isupper() and entity_at(doc, t.i) is None for t in runs_on
    )


def _body_names(
    cards: dict[str, list[Mention]], articles: Sequence[ParsedArticle], places: Collection[str]
) -> dict[str, tuple[str, Mention]]:
    """The folded names the bodies of the brief give each card that is no thing
    (`_thing_like`), with the card and the first mention of the name there (which
    gives the kind and country of the name written again).
    A name the brief also uses for a place ("in Brooklyn") is none, and a country is named
    by its own name only ("Turkmenistan", not the capital "Paris" that once acts for it)."""
    ends = {article.source.id: headline_end(article.doc) for article in articles}
    names: dict[str, tuple[str, Mention]] = {}
    for card, group in cards.items():
        if _thing_like(group):
            continue
        for mention in group:
            key = fold(mention.name)
            if mention.evidence.start < ends[mention.evidence.source] or key in places:
                continue
            if fold(mention.country or mention.name) == key:
                names.setdefault(key, (card, mention))
    return {**_surnames(cards, places), **names}


def _surnames(
    cards: dict[str, list[Mention]], places: Collection[str]
) -> dict[str, tuple[str, Mention]]:
    """The surnames of the people of acting cards, each with its card and the mention of
    the full name, when one person of the brief has it ("Lyons" for "Department of
    Corrections spokeswoman Michelle Lyons"; the same name in one article is
    `missed.surname_of_full_name`)."""
    found: dict[str, list[tuple[str, Mention]]] = {}
    for card, group in cards.items():
        if _thing_like(group):
            continue
        people = [m for m in group if m.kind == "person" and " " in m.name]
        for surname in {fold(m.name.rsplit(" ", 1)[1]) for m in people} - set(places):
            full = next(m for m in people if fold(m.name.rsplit(" ", 1)[1]) == surname)
            found.setdefault(surname, []).append((card, full))
    return {surname: held[0] for surname, held in found.items() if len(held) == 1}


def _thing_like(group: Sequence[Mention]) -> bool:
    """A card that may be a thing the brief keeps as an actor: it never acts (no subject or
    speaker), or a mention of it is written as a product's ("Apple's forthcoming Mac OS X
    Lion operating system")."""
    acts = any(m.subject or m.speaks for m in group)
    return not acts or any(m.product_cue or m.model for m in group)


def _text(words: Sequence[Token]) -> str:
    return " ".join(t.text for t in words)


def _mention(
    made_by: Rule[..., Any], article: ParsedArticle, words: Sequence[Token], known: Known
) -> tuple[str, Mention]:
    """The card a run of words names and a mention of it, made by a rule and recorded: the
    kind and country of the name's first mention in a body, what the parse says of these
    words."""
    card, template = known.names[fold(clean_name(_text(words)))]
    span = article.doc[words[0].i : words[-1].i + 1]
    evidence = article.span_evidence(span)
    record(made_by, span.text, f"found, {card}", [evidence])
    mention = Mention(
        name=template.name,
        kind=template.kind,
        evidence=evidence,
        country=template.country,
        surface=span.text if span.text != template.name else None,
    )
    return card, with_signals(mention, span, lead_end(article.doc), (made_by.name,))
