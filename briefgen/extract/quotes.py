"""Quotes: direct, partial and indirect speech, each attributed to a canonical actor.

Quote marks are paired per paragraph (quotemarks.py), so a stray mark costs at most its
own quote and never the document. The speaker is the subject of the reporting verb that
governs the quote in the dependency parse (speakers.py); a quote with no cue is spoken
by the subject of the reporter's sentence around it, or continues the previous speaker.
Also here: the cross-article merge (`merge_quotes`) and each actor's statements
(`positions`) for the brief's "positions" section.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.lexicon import words
from briefgen.extract.quotemarks import Marked, quote_marks
from briefgen.extract.speakers import resolve_mention, speaker_of
from briefgen.model import Actor, Quote, QuoteKind

__all__ = [
    "extract_quotes",
    "merge_quotes",
    "positions",
    "quote_marks",
    "quote_speakers",
    "resolve_mention",
]

_MIN_PARTIAL_WORDS = 3  # shorter fragments in marks are scare quotes or names ...
# ... unless the fragment is what the reported clause asserts: 'he was "shocked"'.
_COMPLEMENTS = frozenset({"acomp", "attr", "oprd", "ccomp", "xcomp", "advmod", "npadvmod"})
# A fragment that modifies or names something ("the "iconic" Falcon", "the 787
# "Dreamliner"") is a scare quote or a title, however long.
_NAMING = frozenset({"amod", "compound", "appos", "nmod"})
# Clauses a quote forms under a verb that introduces it: "enthused Scott Fancher".
_QUOTE_DEPS = frozenset({"ccomp", "parataxis", "dobj", "xcomp"})
_ADJACENT = 3  # tokens between a quote's edge and an unlisted verb that introduces it


def extract_quotes(article: ParsedArticle, actors: ActorIndex) -> list[Quote]:
    """Direct and partial quotes in text order, then indirect speech outside them."""
    doc, text = article.doc, article.source.text  # spaCy rebuilds doc.text on every access
    quotes: list[Quote] = []
    previous: tuple[Span, str | None] | None = None  # the last quote and its speaker
    for marked in quote_marks(text):
        span = _span(doc, text, marked)
        if span is None:
            continue
        kind = _kind(span, text)
        cue, governs = _cue(span)
        if kind == "partial" and not _is_partial_quote(span, cue, governs):
            continue
        if cue is not None:
            speaker = speaker_of(cue, span, actors)
        else:
            speaker = _labelled_speaker(span, actors) or _continued_speaker(span, previous, actors)
        quotes.append(
            Quote(
                text=span.text.strip(),
                speaker=speaker,
                cue=cue.text if cue is not None else None,
                kind=kind,
                evidence=article.span_evidence(span),
            )
        )
        previous = (span, speaker)
    inside = {i for q in quotes for i in range(q.evidence.start, q.evidence.end)}
    return quotes + list(_indirect(article, actors, inside))


def _span(doc: Doc, text: str, marked: Marked) -> Span | None:
    # A comma before the closing mark belongs to the sentence around the quote.
    end = marked.start + len(text[marked.start : marked.end].rstrip(" ,;"))
    span = doc.char_span(marked.start, end, alignment_mode="expand")
    return span if span is not None and span.text.strip() else None


def _kind(span: Span, text: str) -> QuoteKind:
    """Direct when the quote is a clause of its own: it has a verb, opens with a capital and
    either opens a sentence (or follows a comma, colon or dash) or ends in a full stop; partial
    when a fragment sits inside the reporter's sentence."""
    before = text[max(0, span.start_char - 40) : span.start_char].rstrip(' “”«»„"‘')
    inner = span.text.strip()
    starts_sentence = not before or before[-1] in ".!?:,\n" or before.endswith(("—", "–"))
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in span)
    if has_verb and inner[:1].isupper() and (starts_sentence or inner.endswith((".", "!", "?"))):
        return "direct"
    return "partial"


def _is_partial_quote(span: Span, cue: Token | None, governs: bool) -> bool:
    """A fragment in marks is a quote when a cue reports it and it is not a name or a
    modifier; a fragment of one or two words must be what the cue's clause asserts.
    Without a cue, only a clause of its own that is not a title is a quote."""
    if cue is None:
        return _is_clause(span) and not all(w[:1].isupper() for w in span.text.split())
    tops = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    if any(t.dep_ in _NAMING and t.head.pos_ in ("NOUN", "PROPN") for t in tops):
        return False
    if len(span.text.split()) >= _MIN_PARTIAL_WORDS:
        return True
    return governs and any(t.dep_ in _COMPLEMENTS for t in tops)


def _is_clause(span: Span) -> bool:
    """The span holds a subject and its verb: "we have always loved the Beatles"."""
    inside = range(span.start, span.end)
    return any(
        t.dep_ == "nsubj" and t.head.i in inside and t.head.pos_ in ("VERB", "AUX") for t in span
    )


def _cue(quote: Span) -> tuple[Token | None, bool]:
    """The verb that reports the quote and whether it governs it in the parse: a listed
    reporting verb above the quote, an unlisted verb that takes the quote as its clause
    right beside it ("enthused Scott Fancher"), or a reporting verb elsewhere in the
    sentence outside the marks."""
    inside = range(quote.start, quote.end)
    quote_sentences = list({t.sent.start: t.sent for t in quote}.values())
    tops = [t for t in quote if t.head.i not in inside or t.head.i == t.i]
    for token in tops:
        for ancestor in token.ancestors:
            if ancestor.i not in inside and _is_cue(ancestor):
                return ancestor, True
    for token in tops:
        head = token.head
        if (
            head.i not in inside
            and head.pos_ == "VERB"
            and token.dep_ in _QUOTE_DEPS
            and _beside(head, quote)
        ):
            return head, True
    for sentence in quote_sentences:
        found = next(
            (t for t in sentence if t.i not in inside and _is_cue(t) and not _quoted(t)), None
        )
        if found is not None:
            return found, False
    after = _sentence_after(quote)
    if after is not None:
        # Only a cue with no content of its own reports the quote before it.
        found = next(
            (t for t in after[: _ADJACENT + 2] if _is_cue(t) and not _has_content(t)), None
        )
        return found, False
    return None, False


def _has_content(verb: Token) -> bool:
    return any(c.dep_ in ("ccomp", "dobj") and not _quoted(c) for c in verb.children)


def _beside(verb: Token, quote: Span) -> bool:
    return (
        quote.start - _ADJACENT <= verb.i < quote.start
        or quote.end <= verb.i <= quote.end + _ADJACENT
    )


def _sentence_after(quote: Span) -> Span | None:
    """The sentence right after a quote that closes a sentence of its own
    ('"How can it go away?" Alan Mulally remembered asking')."""
    after = next((t for t in quote.doc[quote.end : quote.end + 2] if not t.is_punct), None)
    if after is None or not after.is_sent_start or _quoted(after) or quote[-1].sent.end > after.i:
        return None
    return after.sent


def _quoted(token: Token) -> bool:
    """The token is inside some pair of quote marks (cached per document)."""
    doc = token.doc
    if "quoted_chars" not in doc.user_data:
        doc.user_data["quoted_chars"] = [(m.start, m.end) for m in quote_marks(doc.text)]
    return any(start <= token.idx < end for start, end in doc.user_data["quoted_chars"])


def _is_cue(token: Token) -> bool:
    """A reporting verb in the active voice ("will be added" reports nobody), or "according to"."""
    if token.pos_ == "VERB" and token.lemma_.lower() in words("reporting_verbs"):
        return not any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
    return token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)


def _labelled_speaker(quote: Span, actors: ActorIndex) -> str | None:
    """A transcript label: 'Secretary of the Air Force James Roche: "No, Sir, ..."'."""
    before = [t for t in quote.doc[max(quote.start - 3, 0) : quote.start] if not t.is_quote]
    if len(before) < 2 or before[-1].text != ":" or not before[-2].ent_type_:
        return None
    return resolve_mention(before[-2], actors)


def _continued_speaker(
    quote: Span, previous: tuple[Span, str | None] | None, actors: ActorIndex
) -> str | None:
    """Who said a quote without a cue: the subject of the reporter's sentence around it;
    else the speaker of the quote right before it (same paragraph, nothing but quotes in
    between); else the subject of the sentence introducing it ('Zetsche denied
    allegations. "We do not exclude any option."')."""
    doc = quote.doc
    sentence = quote[0].sent
    frame = [
        t
        for t in sentence
        if t.pos_ == "VERB"
        and not _quoted(t)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    ]
    if frame:  # in a sentence of the reporter's: 'Jobs extended an invitation, "..."'
        verb = min(frame, key=lambda t: abs(t.i - quote.start))
        return speaker_of(verb, quote, actors)
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    if previous is not None:
        gap = doc[previous[0].end : quote.start].text
        if not gap.strip(' \n“”"‘’,.') or (previous[0].end >= before.start and "\n" not in gap):
            return previous[1]  # the quote goes on (in the next paragraph, or the next sentence)
    if "\n" in doc[before.end - 1 : quote.start].text or _quoted(before.root):
        return None
    root = before.root
    return speaker_of(root, None, actors) if root.pos_ == "VERB" else None


def _indirect(article: ParsedArticle, actors: ActorIndex, inside: set[int]) -> Iterator[Quote]:
    """Reported speech: "X said that ...", "X accused Kabul of ...", "according to X, ..."."""
    for token in article.doc:
        if not _is_cue(token):
            continue
        content = _reported_content(token)
        if content is None or content.start_char in inside or content.end_char - 1 in inside:
            continue
        speaker = speaker_of(token, content, actors)
        if speaker is None:
            continue
        yield Quote(
            text=content.text.strip(),
            speaker=speaker,
            cue=token.text,
            kind="indirect",
            evidence=article.span_evidence(content),
        )


def _reported_content(verb: Token) -> Span | None:
    """What was reported: the that-clause, the charge ("accused Kabul of sheltering ..."),
    or the clause that "according to X" qualifies."""
    if verb.lower_ == "according":
        clause = verb.head
        tokens = [
            t for t in clause.subtree if t.i not in {s.i for s in verb.subtree} and not t.is_punct
        ]
        return _trimmed(verb.doc, tokens) if clause.i != verb.i else None
    for child in verb.children:
        if child.dep_ == "ccomp":
            # The clause opens at its "that": "said earlier that 23 soldiers had been killed".
            mark = next((t for t in child.children if t.dep_ == "mark"), None)
            opens = mark.i + 1 if mark is not None and mark.i < child.i else child.left_edge.i
            tokens = [t for t in child.subtree if t.i >= opens]
            return _trimmed(verb.doc, tokens)
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    charge = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None
    )
    if target is not None and charge is not None:
        return _trimmed(verb.doc, [*target.subtree, *charge.subtree])
    return None


def _trimmed(doc: Doc, tokens: list[Token]) -> Span | None:
    """The contiguous span over the tokens, without trailing punctuation; None if short."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return doc[tokens[0].i : tokens[-1].i + 1] if len(tokens) >= 3 else None


def quote_speakers(quotes: Sequence[Quote]) -> list[str | None]:
    """Speakers of direct and partial quotes, for salience."""
    return [quote.speaker for quote in quotes if quote.kind != "indirect"]


_MIN_SHARED_WORDS = 6  # a shorter excerpt of another report's quote must be this long


def _words(quote: Quote) -> str:
    return " " + " ".join(re.findall(r"\w+", quote.text.casefold())) + " "


def _same_words(a: Quote, b: Quote) -> bool:
    """The same statement: equal words, or one report quotes a run of the other's words."""
    if (a.kind == "indirect") != (b.kind == "indirect"):
        return False
    short, long = sorted((_words(a), _words(b)), key=len)
    return short == long or (len(short.split()) >= _MIN_SHARED_WORDS and short in long)


def merge_quotes(quotes: Iterable[Quote]) -> list[Quote]:
    """The same words reported by several sources become one quote: the first report, with
    the others as `also` evidence and the first speaker any of them names. A repeat in the
    same source stays its own quote."""
    merged: list[Quote] = []
    containing: dict[str, set[int]] = defaultdict(set)  # word -> merged quotes that have it
    led_by: dict[str, set[int]] = defaultdict(set)  # first word -> merged quotes it leads
    for quote in quotes:
        said = _words(quote).split()
        if not said:
            merged.append(quote)
            continue
        # Only a quote that holds all these words, or whose words all lie in these, can match.
        holding = set.intersection(*(containing[w] for w in set(said)))
        held = set().union(*(led_by[w] for w in set(said)))
        index = next(
            (
                i
                for i in sorted(holding | held)
                if quote.evidence.source not in _sources(merged[i])
                and _same_words(merged[i], quote)
            ),
            None,
        )
        if index is None:
            for word in said:
                containing[word].add(len(merged))
            led_by[said[0]].add(len(merged))
            merged.append(quote)
            continue
        first = merged[index]
        merged[index] = first.model_copy(
            update={
                "speaker": first.speaker or quote.speaker,
                "also": [*first.also, quote.evidence, *quote.also],
            }
        )
    return merged


def _sources(quote: Quote) -> set[str]:
    return {quote.evidence.source, *(e.source for e in quote.also)}


def positions(quotes: Iterable[Quote], actors: Sequence[Actor]) -> dict[str, list[Quote]]:
    """Each actor's statements (direct, partial and indirect), actors in the given order
    (key actors first), each actor's statements in source order; silent actors left out."""
    said: dict[str, list[Quote]] = {}
    for quote in quotes:
        if quote.speaker is not None:
            said.setdefault(quote.speaker, []).append(quote)
    return {actor.name: said[actor.name] for actor in actors if actor.name in said}
