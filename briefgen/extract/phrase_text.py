"""Phrase text: the tokens a phrase shows, written as the sentence wrote them.

`event_phrases` and `phrase_trim` choose which tokens of a clause a phrase shows; this
module writes them: adjacent tokens glued as in the text, the hyphens and commas that stood
between shown tokens kept (a comma of a phrase set off only with its partner), a phrase's
parts put in text order with the quote marks of quotations shown whole, and the finished
phrase tidied (unpaired marks, a leading subordinator, its first letter raised).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Token

from briefgen.extract.phrase_parts import (
    balanced,
    closing_stop,
    determined,
    quote_pairs,
)
from briefgen.extract.polarity import (
    written,
)

# A phrase's part: its text (None: its tokens joined), its place, the tokens it shows.
Part = tuple[str | None, int, list[int]]
_QUOTES = '"“”'
_SUBORDINATOR = re.compile(r"^(?:which|that|who|whom|since|because|while|when|whereas)\s+", re.I)


def phrase_part(ids: list[int], doc: Doc, at: int | None = None) -> Part:
    """The part of a phrase that shows these tokens, placed at `at` (else its first token)."""
    return (None, ids[0] if at is None and ids else at or 0, ids)


def ordered_text(parts: list[Part], doc: Doc, comma_after: AbstractSet[int] = frozenset()) -> str:
    """Parts of a phrase in text order, joined, with the commas the sentence had between
    the tokens they show (`kept_commas`: "With the wind blowing from the south, the mess
    could reach") and one after each part placed at `comma_after` (`reported_first`)."""
    commas = kept_commas({i for _, _, ids in parts for i in ids}, doc)
    text, last = "", None
    for words, at, ids in sorted(_with_quote_marks(parts, doc), key=lambda part: part[1]):
        shown = words if words is not None else join_tokens(ids, doc, commas)
        if not shown:
            continue
        shown += "," if at in comma_after else ""
        comma = last is not None and bool(ids) and ids[0] == last + 2 and last + 1 in commas
        comma = comma and not text.endswith(",")
        text += ("," if comma else "") + (" " if text else "") + shown
        last = ids[-1] if ids else None
    return text


def _with_quote_marks(parts: list[Part], doc: Doc) -> list[Part]:
    """The parts, each with the quote marks around the quotations the phrase shows whole
    (`quoted_whole`): a mark joins the part that shows the word beside it."""
    pairs = quote_pairs({i for _, _, ids in parts for i in ids}, doc)
    if not pairs:
        return parts
    found: list[Part] = []
    for words, at, ids in parts:
        if words is None and ids:
            marks = {a for a, _ in pairs if a + 1 in ids}
            for _, b in pairs:
                stops = closing_stop(b, doc)
                if min([b, *stops]) - 1 in ids:
                    marks |= {b, *stops}
            ids = sorted({*ids, *marks})
        found.append((words, at, ids))
    return found


def join_tokens(indices: list[int], doc: Doc, commas: set[int] | None = None) -> str:
    """Tokens as the text wrote them where they are adjacent ("Pre-orders"), else spaced; a
    hyphen that glued two of them ("a 14-year low") or a comma of `kept_commas` ("the
    Mississippi, Alabama and Florida coasts") stays."""
    commas = kept_commas(set(indices), doc) if commas is None else commas
    the = determined(indices, doc)
    parts: list[str] = []
    for position, i in enumerate(indices):
        before = indices[position - 1] if position else None
        if i in the:
            parts.append("the")
            before = None
        if before == i - 1:
            parts[-1] += doc[i - 1].whitespace_ + doc[i].text
        elif before is not None and _glued_by_hyphen(before, i, doc):
            parts[-1] += "-" + doc[i].text
        else:
            if before is not None and i == before + 2 and before + 1 in commas:
                parts[-1] += ","
            parts.append(doc[i].text)
    return " ".join(parts)


def _glued_by_hyphen(last: int, first: int, doc: Doc) -> bool:
    """Two tokens a hyphen joined with no space ("second-largest", "14-year")."""
    hyphen = doc[last + 1] if first == last + 2 else None
    return (
        hyphen is not None
        and hyphen.text == "-"
        and not (doc[last].whitespace_ or hyphen.whitespace_)
    )


def kept_commas(shown: set[int], doc: Doc) -> set[int]:
    """The commas a phrase keeps: each that stood alone between two tokens it shows, but one
    of the two commas around a phrase set off ("The first A380 superjumbo, made by Airbus,
    was"; "The Boeing 787, or Dreamliner, is") only with the other, so no aside is left
    open ("Apple Corps' latest suit, filed claims" when its date was cut)."""
    between = {i + 1 for i in shown if i + 2 in shown and doc[i + 1].text == ","}
    return {c for c in between if all(p in between for p in _partners(c, doc))}


def _partners(comma: int, doc: Doc) -> list[int]:
    """The comma that closes the phrase this comma opens, or opens the one it closes."""
    found = []
    first = comma + 2 if doc[comma + 1].dep_ == "cc" else comma + 1  # ", or Dreamliner,"
    after = _widest(doc[min(first, len(doc) - 1)], _left)
    end = _right(after) + 1
    if _left(after) == first and end < len(doc) and doc[end].text == ",":
        found.append(end)
    before = _widest(doc[comma - 1], _right)
    start = _left(before) - 1
    if _right(before) == comma - 1 and start >= 0 and doc[start].text == ",":
        found.append(start)
    return found


def _left(token: Token) -> int:
    """Where a token's phrase starts, its punctuation aside."""
    return min(t.i for t in token.subtree if not t.is_punct or t.i == token.i)


def _right(token: Token) -> int:
    """Where a token's phrase ends, its punctuation aside (the parser can hang the comma
    that closes a phrase on it)."""
    return max(t.i for t in token.subtree if not t.is_punct or t.i == token.i)


def _widest(token: Token, edge: Callable[[Token], int]) -> Token:
    """The largest phrase that starts (or ends) where this token does."""
    while token.head.i != token.i and edge(token.head) == edge(token):
        token = token.head
    return token


def _unpaired_marks_cut(phrase: str) -> str:
    """A quote mark at either end that pairs with none ('"...', '... said"') goes; a
    quotation the phrase shows whole keeps its marks."""
    for _ in range(2):
        if phrase[:1] in _QUOTES and not balanced(phrase):
            phrase = phrase[1:].strip(" ,;:-—")
        if phrase[-1:] in _QUOTES and not balanced(phrase):
            phrase = phrase[:-1].strip(" ,;:-—")
    return phrase


def tidy(phrase: str) -> str:
    phrase = re.sub(r"\s+([,.;:’'”)])", r"\1", phrase).replace("“ ", "“").strip(" ,;:-—")
    phrase = _unpaired_marks_cut(phrase)
    phrase = re.sub(r"[,;:]([\"”])$", r"\1", phrase)  # '... or "bumper,"' ends on its word
    phrase = re.sub(r"\s+", " ", phrase)
    phrase = written(phrase)
    # A phrase states an event: a leading subordinator or relative word ("which", "since")
    # belongs to the sentence the clause was cut from.
    phrase = _SUBORDINATOR.sub("", phrase)
    return phrase[:1].upper() + phrase[1:] if phrase else ""
