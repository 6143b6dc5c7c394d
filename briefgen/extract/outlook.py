"""Outlook: forward-looking statements (risks, next steps, positions, forecasts).

What makes a sentence forward-looking, its kind and its hedging are decided in
`outlook_cues` (`OUTLOOK_CUES`, `HEDGING_RULES`). Here each such sentence becomes an item:
not the headline (`outlook_headline`), with a speaker (`OUTLOOK_SPEAKERS`) and a short
phrase (`phrase_drops_asides`, `phrase_word_limit`); its evidence is the whole sentence and
its `why` the rules that made it. A statement whose horizon ended before the brief's as-of
date is history and dropped (`past_horizon`, horizon.py). Items are then merged across
articles (the same phrase and the same fact, extract/samefact.py) and ranked.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from briefgen.budget import check
from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.headlines import in_headline
from briefgen.extract.horizon import horizon, past_horizon
from briefgen.extract.labels import (
    ASIDES,
    GOVERNED_CLAUSES,
    PARENTHETICALS,
    SUBJECTS,
    VERB_COMPLEMENTS,
    VERBALS,
)
from briefgen.extract.lexicon import words
from briefgen.extract.outlook_cues import forward_cue
from briefgen.extract.outlook_speakers import OUTLOOK_SPEAKERS, Statement
from briefgen.extract.polarity import active, claim_noun, qualify
from briefgen.extract.quotemarks import is_quoted, quoted_spans
from briefgen.extract.rules import ARTICLE_BREAK, Rule, first, record, rule
from briefgen.extract.samefact import corroborates, dates_by_source, dates_within, statement_fact
from briefgen.extract.views import text_of
from briefgen.model import Actor, DateMention, Evidence, OutlookItem, Quote

_WORD = re.compile(r"\w+")

_MAX_PHRASE_WORDS = 30
_MAX_NAME_WORDS = 6  # words a cut moves on to end a name it fell in
_KIND_WEIGHT = {"risk": 0.3, "next_step": 0.3, "position": 0.2, "forecast": 0.1}
_HEDGING_WEIGHT = {"certain": 0.2, "likely": 0.1, "possible": 0.0}
_OPENING_BRACKETS = frozenset("([")
_CLOSING_BRACKETS = frozenset(")]")


def extract_outlook(
    article: ParsedArticle,
    actors: ActorIndex,
    quotes: Sequence[Quote],
    dates: Sequence[DateMention] = (),
    as_of: dt.date | None = None,
) -> list[OutlookItem]:
    """One outlook item per forward-looking sentence, with kind, hedging and speaker; with
    the article's `dates` and the brief's `as_of`, none whose horizon ended before it."""
    items = []
    starts = sorted((quote.evidence.start, n) for n, quote in enumerate(quotes))
    for sentence in article.doc.sents:
        check(article.doc)
        if outlook_headline(sentence, article):
            evidence = [article.span_evidence(sentence)]
            record(outlook_headline, text_of(sentence).strip(), "dropped", evidence)
            continue
        if outlook_run_on(sentence):
            evidence = [article.span_evidence(sentence)]
            record(outlook_run_on, text_of(sentence).strip()[:200], "dropped", evidence)
            continue
        cue = forward_cue(sentence, article)
        if cue is None:
            continue
        found = horizon(sentence, dates, article.source.id, article.anchor)
        past = past_horizon(found, as_of, article.anchor)
        if found is not None and as_of is not None:
            outcome = past or f"kept: horizon {found.text!r} is not past"
            record(
                past_horizon, text_of(sentence).strip(), outcome, [article.span_evidence(sentence)]
            )
        if past is not None:
            continue
        inside = _quotes_in(sentence, quotes, starts)
        items.append(_item(Statement(article, sentence, cue, inside, actors)))
    return items


def _quotes_in(
    sentence: Span, quotes: Sequence[Quote], starts: list[tuple[int, int]]
) -> list[Quote]:
    """The quotes that start inside a sentence, in their given order, found by halving
    `starts` (each quote's start and index, sorted)."""
    low = bisect_left(starts, (sentence.start_char,))
    high = bisect_left(starts, (sentence.end_char,))
    return [quotes[n] for n in sorted(n for _, n in starts[low:high])]


def _item(statement: Statement) -> OutlookItem:
    """The outlook item of a forward-looking sentence; its decisions recorded."""
    article, sentence, cue = statement.article, statement.sentence, statement.cue
    evidence = article.span_evidence(sentence)
    why = list(cue.why)
    found = first(OUTLOOK_SPEAKERS, statement)
    speaker = (found[1] or None) if found else None  # "": a speaker the brief cannot name
    if found:
        record(found[0], text_of(sentence).strip(), speaker or "", [evidence])
        why.append(found[0].name)
    text, cuts = phrase_of(sentence, cue.token)
    for cut in cuts:
        record(cut, text_of(sentence).strip(), text, [evidence])
        why.append(cut.name)
    return OutlookItem(
        text=text,
        kind=cue.kind,
        hedging=cue.hedging,
        speaker=speaker,
        evidence=evidence,
        why=list(dict.fromkeys(why)),
    )


# T17 BP oil spill, BBC (2010-06-18): a bulleted list run into one "sentence" of 129 words.
_RUN_ON = (
    "The questions, set out in a letter to Mr Hayward on Sunday by Mr Waxman and fellow "
    "committee member Bart Stupak, include allegations that BP: Went against the advice of its "
    "own plan review regarding the well's design and chose a riskier, cheaper and quicker "
    "casing option Used only six centralisers to make sure the casing ran down the center of "
    "the well bore, rather than the 21 recommended by sub-contractor Halliburton Rejected "
    "warnings by its own plan review and Halliburton in preparations for a cementing job "
    "Decided to forego a recommended safety step in the circulation of drilling mud Did not "
    'deploy a "lockdown sleeve" that would have prevented the seal from being blown out from '
    "below The pun - ancient artform, or the lowest form of wit?"
)
_RUN_ON_WORDS = 120  # four times a phrase's length: no phrase can stand for a longer "sentence"


@rule("outlook", example=_RUN_ON)
def outlook_run_on(sentence: Span) -> bool:
    """A "sentence" of more than 120 words is a list or page text run together, which no
    phrase can stand for (its qualifiers would have to stay, so the phrase would be all of
    it): no outlook item is made from it."""
    return len(text_of(sentence).split()) > _RUN_ON_WORDS


@rule(
    "outlook",
    example="Example\n\nIslamabad is reportedly considering additional border fortifications.",
)
def outlook_headline(sentence: Span, article: ParsedArticle) -> bool:
    """The headline restates the story: it is no forward-looking statement, nor is any part
    of it the parser made a sentence of its own ("Lagging Data May Push Back Biden's Booster
    Shot Timeline:" of a headline that ends "Timeline: Report")."""
    return in_headline(sentence, article.source.title)


@rule(
    "outlook",
    example="The collapse of the Istanbul talks has alarmed regional mediators. Islamabad is "
    "reportedly considering additional border fortifications."
    + ARTICLE_BREAK
    + "The clashes left dozens dead on both sides and forced the closure of several key border "
    "crossings. Islamabad is reportedly considering additional border fortifications.",
)
def same_outlook_phrase(item: OutlookItem, kept: OutlookItem) -> bool:
    """The same phrase from several articles is one statement, citing them all."""
    return _phrase_key(item) == _phrase_key(kept)


def _phrase_key(item: OutlookItem) -> str:
    """The phrase's words: a quotation mark the parser left outside one sentence is no
    difference ('would "take help from anyone."' and 'would "take help from anyone.')."""
    return " ".join(_WORD.findall(item.text.casefold()))


def merge_outlook(
    items: Sequence[OutlookItem], dates: Sequence[DateMention] = ()
) -> list[OutlookItem]:
    """One item per statement: the same phrase from several articles cites them all, when the
    same-fact test finds no other speaker or date in it (`dates`: the brief's date mentions);
    a merged item keeps the first item's `why`. A phrase the test refuses is an item of its
    own."""
    merged: list[OutlookItem] = []
    by_phrase: dict[str, list[int]] = {}  # phrase -> indices into `merged`
    own_dates = dates_by_source(dates)
    for item in items:
        same = by_phrase.setdefault(_phrase_key(item), [])
        index = next(
            (
                i
                for i in same
                if same_outlook_phrase(item, merged[i])
                and _same_statement(merged[i], item, own_dates)
            ),
            None,
        )
        if index is None:
            same.append(len(merged))
            merged.append(item)
            continue
        kept = merged[index]
        record(same_outlook_phrase, item.text, f"joins {kept.evidence.source}", [item.evidence])
        merged[index] = kept.model_copy(update={"also": [*kept.also, item.evidence, *item.also]})
    return merged


def _same_statement(
    kept: OutlookItem, item: OutlookItem, dates: dict[str, list[DateMention]]
) -> bool:
    """`dates`: the brief's date mentions by source."""
    return corroborates(
        statement_fact(kept.text, kept.speaker, _dates_in(kept.evidence, dates)),
        statement_fact(item.text, item.speaker, _dates_in(item.evidence, dates)),
        item.text,
        [item.evidence],
    )


def _dates_in(evidence: Evidence, dates: dict[str, list[DateMention]]) -> list[str]:
    return dates_within(evidence, dates.get(evidence.source, ()))


def rank_outlook(items: Sequence[OutlookItem], actors: Sequence[Actor]) -> list[OutlookItem]:
    """Items by importance: who says it, what kind it is, how sure, and how early it comes."""
    salience = {actor.name: actor.salience for actor in actors}
    top = max(salience.values(), default=1.0) or 1.0

    def score(item: OutlookItem) -> float:
        speaker = salience.get(item.speaker or "", 0.0) / top
        return speaker + _KIND_WEIGHT[item.kind] + _HEDGING_WEIGHT[item.hedging]

    return sorted(items, key=lambda item: (-score(item), item.evidence.source, item.evidence.start))


def phrase(sentence: Span) -> str:
    """The sentence without relative clauses, appositions and parentheses, for the document."""
    return phrase_of(sentence)[0]


def phrase_of(sentence: Span, cue: Token | None = None) -> tuple[str, list[Rule[..., Any]]]:
    """The phrase of a sentence and the rules that cut it, in the order they did. A cut
    never drops the main verb ("..., the minister said") or what qualifies it or any verb
    it keeps (`polarity.KEEP_RULES`: "... if talks fail"), nor the aside that holds the
    cue ("analysts, who had forecast that the company would lose money"): such a sentence
    stays whole."""
    cuts: list[Rule[..., Any]] = []
    dropped = phrase_drops_asides(sentence)
    if cue is not None and cue.i in dropped:
        dropped = set()
    if dropped:
        cuts.append(phrase_drops_asides)
    kept = [t for t in sentence if t.i not in dropped]
    text = _joined(kept)
    shortened = phrase_word_limit(text)
    if shortened is not None:
        # Every verb the cut phrase keeps keeps its qualifiers ("should value stability ...
        # if Trump wins"): the main verb's, and those of the verbs before the cut.
        verbs = [
            t for t in kept
            if t.pos_ in VERBALS and _words_before(kept, t.i) < _MAX_PHRASE_WORDS
        ]  # fmt: skip
        qualified = [
            qualify(verb, raise_rules=()) for verb in dict.fromkeys([sentence.root, *verbs])
        ]
        last = max(set().union(*(q.keep for q in qualified)) | {sentence.root.i})
        if cue_past_limit(cue, kept):
            cuts.append(cue_past_limit)
        elif negation_past_limit(kept):
            cuts.append(negation_past_limit)
        elif _words_before(kept, last) >= _MAX_PHRASE_WORDS:
            cuts += [r for q in qualified for r in q.why if r not in cuts]
        elif governor_past_limit(kept):
            cuts.append(governor_past_limit)
        else:
            cuts.append(phrase_word_limit)
            text = shortened
    mark = quote_reopened(sentence, text)
    if mark:
        cuts.append(quote_reopened)
        text = mark + text
    mark = opening_mark_left(sentence)
    if mark and text.endswith(mark):
        cuts.append(opening_mark_left)
        text = text.removesuffix(mark).rstrip()
    return text, cuts


@rule(
    "outlook",
    example="Sooner or later, ''I think we will have a consumption tax,'' he said. ''It's a "
    "good thing for people to talk about.''",
)
def opening_mark_left(sentence: Span) -> str | None:
    """A quotation's opening mark the parser left at the end of the sentence before it
    ("... he said. ''") is no part of the phrase: the mark, or None."""
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    if last is None or not last.is_quote or last.i + 1 >= len(sentence.doc):
        return None
    opened = next((s for s in quoted_spans(sentence.doc) if s.start == last.i + 1), None)
    return last.text if opened is not None and opened.start >= sentence.end - 1 else None


@rule(
    "outlook",
    example="Pakistan’s Information Minister Attaullah Tarar confirmed the breakdown in a "
    "statement on X, saying that Afghanistan’s Taliban government had failed to provide "
    "credible guarantees against cross-border militant attacks, and warned that Pakistan "
    "would not allow the threat from Afghan-based militants to persist.",
)
def cue_past_limit(cue: Token | None, kept: list[Token]) -> bool:
    """A sentence whose outlook cue lies past the word limit stays whole: the cut would keep
    its opening and drop what makes it an outlook, with its negation and modal (the seed's
    "... and warned that Pakistan …" without "would not allow"; PolNeAR's "... but if
    Republicans plan to move judges in order …" without "Nye won't get a vote until
    2017")."""
    return cue is not None and _words_before(kept, cue.i) >= _MAX_PHRASE_WORDS


@rule(
    "outlook",
    example="\u201cI don\u2019t think we will stop talking about the issues. I think a lot of the "
    "rhetoric that was more heated, in New York for example, was the product of that white-hot "
    "primary atmosphere,\u201d said Devine, suggesting that the upcoming contests won\u2019t be "
    "so vivifying.",
)
def quote_reopened(sentence: Span, text: str) -> str | None:
    """A phrase from a sentence that opens inside a quotation begun in an earlier sentence
    takes the quotation's opening mark, so the reader sees where the quoted words begin:
    "\u201cI think a lot of the rhetoric ...,\u201d said Devine"."""
    first = next((t for t in sentence if not t.is_space), None)
    if first is None or not is_quoted(first):
        return None
    opened = next((s for s in quoted_spans(sentence.doc) if s.start <= first.i < s.end), None)
    if opened is None or opened.start == 0:
        return None
    mark = sentence.doc[opened.start - 1]
    if mark.i >= sentence.start or mark.is_alpha or text.startswith(mark.text):
        return None  # the mark opens in this sentence: the phrase has it
    return mark.text


@rule(
    "outlook",
    example="It will give the rest of the world the view that Cuba is like any other nation, "
    "something the US has, of course, tried to persuade the world that it is not.",
)
def negation_past_limit(kept: list[Token]) -> bool:
    """A sentence stays whole when the word limit would cut the negation of a clause the cut
    phrase opens ("tried to persuade the world that it …" without "is not"; "Bolton said
    that whatever choice voters are going to make, …" without "they should not make it"):
    the clause would be read as its opposite, or as nothing."""
    inside = {t.i for t in kept if _words_before(kept, t.i) < _MAX_PHRASE_WORDS}
    return any(
        child.dep_ == "neg" and child.i not in inside
        for verb in kept
        if verb.head.i in inside and verb.head.i != verb.i and _complement(verb)
        for child in verb.children
    )


@rule(
    "outlook",
    example="There\u2019s time to get through all of that between now and the end of the year, "
    "but if Republicans plan to move judges in order \u2014 and at the pace Crenshaw moved"
    "\u00a0\u2014\u00a0Nye won\u2019t get a vote until 2017 or even early 2018.",
)
def governor_past_limit(kept: list[Token]) -> bool:
    """A sentence stays whole when the word limit would keep a clause and drop the verb it
    hangs on: a fronted "if ...", "when ..." or reported clause says nothing without its
    main clause ("but if Republicans plan to move judges in order …" without "Nye won't get
    a vote until 2017"), and would be read as the statement itself."""
    inside = {t.i for t in kept if _words_before(kept, t.i) < _MAX_PHRASE_WORDS}
    return any(
        t.dep_ in GOVERNED_CLAUSES and t.head.pos_ in VERBALS and t.head.i not in inside
        for t in kept
        if t.i in inside and t.pos_ in VERBALS
    )


def _complement(verb: Token) -> bool:
    """A clause that completes the word before it ("warned that ...", "and allow" with no
    subject of its own); a conjunct with its own subject is a statement of its own."""
    own_subject = any(c.dep_ in SUBJECTS for c in verb.children)
    return verb.dep_ in VERB_COMPLEMENTS or (verb.dep_ == "conj" and not own_subject)


def _words_before(kept: list[Token], index: int) -> int:
    """How many words of the phrase come before the token `index` (0 when it is not kept)."""
    before = [t for t in kept if t.i < index]
    return len(_joined(before).split()) if any(t.i == index for t in kept) else 0


@rule(
    "outlook",
    example='Todd Tiahrt, a Kansas representative, said "We should have an American tanker '
    'built by an American company with American workers."',
)
def phrase_drops_asides(sentence: Span) -> set[int]:
    """Relative clauses set off by punctuation, appositions and parentheticals leave an
    outlook phrase, with the commas that set them off (the token indices dropped); an aside
    not set off by punctuation is none: a restrictive relative clause ("the first woman to
    serve as governor") says which thing is meant, and a name's own words ("CBS's Face the
    Nation") are the name, so both stay; and a reporting clause ("..., he said") is no aside
    (lexicon `reporting_verbs`), nor the content of a claim parsed as a relative clause ("the
    narrative that he went around Mr. Trump out of fear ...")."""
    doc = sentence.doc
    dropped: set[int] = set()
    reporting = words("reporting_verbs")
    for token in sentence:
        if active() and token.dep_ in PARENTHETICALS and token.lemma_.lower() in reporting:
            continue  # "..., the campaign said": who says it is no aside
        if active() and claim_noun(token) is not None:
            continue  # "the narrative that he went around Mr. Trump": the claim, no aside
        if token.dep_ in ASIDES and token.head.i != token.i:
            aside = sorted(t.i for t in token.subtree)
            if not _set_off(doc, aside[0]):
                continue  # "the first woman to serve as governor", "CBS's Face the Nation"
            dropped |= set(aside)
            dropped |= {
                i for i in (aside[0] - 1, aside[-1] + 1) if 0 <= i < len(doc) and doc[i].text == ","
            }
    return dropped | _emptied_brackets(sentence, dropped)


def _set_off(doc: Doc, start: int) -> bool:
    """The clause opening at `start` is set off by punctuation (", who ...", "(which ..."):
    a non-restrictive aside, as against a restrictive one that says which thing is meant."""
    return start > 0 and doc[start - 1].is_punct


def _emptied_brackets(sentence: Span, dropped: set[int]) -> set[int]:
    """The brackets around an aside that was dropped whole: "the Department of Homeland
    Security (DHS) should" loses "(DHS)", not only "DHS"."""
    emptied: set[int] = set()
    opened: list[int] = []
    for token in sentence:
        if token.text in _OPENING_BRACKETS:
            opened.append(token.i)
        elif token.text in _CLOSING_BRACKETS and opened:
            start = opened.pop()
            inside = range(start + 1, token.i)
            if inside and all(i in dropped for i in inside):
                emptied |= {start, token.i}
    return emptied


@rule(
    "outlook",
    example="Ryanair is the world's most profitable airline, having reported record profits of "
    "$269m earlier this year, and is pursuing an aggressive expansion plan which will see it's "
    "total number of passengers jump to 70m over the next few years.",
)
def phrase_word_limit(text: str) -> str | None:
    """An outlook phrase longer than thirty words is cut there and ends with an ellipsis,
    never inside a name: a cut between two capitalised words moves to the name's end
    ("said County Public Health Director Dr. Barbara Ferrer …", not "... Dr. …")."""
    words_in = text.split()
    if len(words_in) <= _MAX_PHRASE_WORDS:
        return None
    end = _MAX_PHRASE_WORDS
    if words_in[end - 1][:1].isupper():
        while end < min(len(words_in), _MAX_PHRASE_WORDS + _MAX_NAME_WORDS) and _in_name(
            words_in[end:]
        ):
            end += 1
        if words_in[end - 1] in words("name_connectors"):
            end -= 1
    return None if end == len(words_in) else " ".join(words_in[:end]) + " …"


def _in_name(rest: list[str]) -> bool:
    """Whether the first of these words goes on a name: capitalised, or a connector before a
    capitalised word ("Transatlantic Trade and Investment Partnership")."""
    word = rest[0]
    if word[:1].isupper():
        return True
    return word in words("name_connectors") and len(rest) > 1 and rest[1][:1].isupper()


def _joined(kept: list[Token]) -> str:
    """Tokens put back together, a space where something was cut out between them."""
    if not kept:
        return ""
    pieces = []
    for token, following in zip(kept, [*kept[1:], None], strict=True):
        if following is None or following.i == token.i + 1:
            gap = token.whitespace_
        else:
            # before punctuation, the space the text has before it ("million (...) \"aid\"")
            gap = following.doc[following.i - 1].whitespace_ if following.is_punct else " "
        pieces.append(token.text + gap)
    return "".join(pieces).strip()
