"""Quotes: direct, partial and indirect speech, each attributed to a canonical actor.

Quote marks are paired per paragraph by the annotation layer (quotemarks.py), so a stray
mark costs at most its own quote and never the document. Each quoted span is judged by named
rules: `KIND_RULES` (direct or partial), `CUE_RULES` (its reporting verb, cues.py) and, for a
fragment, `PARTIAL_RULES` (a quote or a scare quote); its speaker by `SPEAKER_RULES`
(attribution.py; after a colon, colon_labels.py); words in marks with no cue and no
speaker that say too little to be a quote are dropped (unframed.py). Reported speech outside
the marks follows (reported.py). Each quote's
`why` names the rules that found it, then those that found its speaker.
Also here: the cross-article merge (`merge_quotes`) and each actor's statements
(`positions`) for the brief's "positions" section.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Span, Token

from briefgen.budget import check
from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.attribution import Setting, attribute, written_source
from briefgen.extract.cues import find_cue
from briefgen.extract.labels import NAMING, NOMINALS, QUOTED_COMPLEMENTS, VERBALS
from briefgen.extract.polarity import KEEP_RULES, conditional_clause, qualify, wanted_clause
from briefgen.extract.quote_titles import TITLE_RULES, title_in_noun_phrase, work_title
from briefgen.extract.quotemarks import quote_marks, quoted_spans
from briefgen.extract.referents import resolve_mention
from briefgen.extract.reported import cue_phrase, reported_speech
from briefgen.extract.rules import Rule, first, record, rule
from briefgen.extract.samefact import corroborates, dates_by_source, dates_within, statement_fact
from briefgen.extract.speakers import Attribution
from briefgen.extract.unframed import UNFRAMED_RULES
from briefgen.model import Actor, DateMention, Evidence, Quote, QuoteKind

__all__ = [
    "extract_quotes",
    "merge_quotes",
    "positions",
    "quote_marks",
    "quote_speakers",
    "resolve_mention",
]

# Shorter fragments in marks are scare quotes or names, unless the fragment is what the
# reported clause asserts ('he was "shocked"'; labels.QUOTED_COMPLEMENTS).
_MIN_PARTIAL_WORDS = 3
KEPT, DROPPED = "kept", "dropped"
# Title case: words this long all capitalised, this many of them at least ("Fit With What I
# Thought I Knew"); short words ("the", "to", "is") a headline may leave lower-case.
_TITLE_WORD, _TITLE_WORDS = 4, 3

# Examples (the seed article; MEANTIME Wikinews, CC BY 4.0).
TARAR = (
    "Pakistan’s Information Minister Attaullah Tarar confirmed on Wednesday that the "
    "discussions had yielded no progress. “Regrettably, the Afghan side gave no assurances, "
    "kept deviating from the core issue and resorted to blame game, deflection and ruses,” "
    "Tarar wrote on X. He added that Pakistan had engaged in the dialogue “in the spirit of "
    "peace” but accused Kabul of “unabated support to anti-Pakistan terrorists.”"
)
DICKS = 'Washington representative Norm Dicks said he too was "shocked", releasing a statement.'
JOBS_INVITATION = (
    "After the case closed Apple Computer CEO Steve Jobs extended an invitation to the record "
    'label, "we have always loved the Beatles, and hopefully we can now work together to get '
    'them on the iTunes Music Store".'
)


def extract_quotes(article: ParsedArticle, actors: ActorIndex) -> list[Quote]:
    """Direct and partial quotes in text order, then indirect speech outside them."""
    text = article.source.text  # spaCy rebuilds doc.text on every access
    quotes: list[Quote] = []
    previous: tuple[Span, Attribution] | None = None  # the last quote and who said it
    for span in quoted_spans(article.doc):
        check(article.doc)
        evidence = article.span_evidence(span)
        judged = _judge(span, text, evidence, article.source.title)
        if judged is None:
            continue
        kind, cue, finding = judged
        said, why = attribute(Setting(span, cue, previous, actors), finding, evidence)
        if cue is None and said.name is None and said.source is None:
            dropped = next((made for made in UNFRAMED_RULES if made(span)), None)
            if dropped is not None:
                record(dropped, span.text.strip(), DROPPED, [evidence])
                continue
        cued, kept = cue_phrase(cue, evidence) if cue is not None else (None, ())
        quotes.append(
            Quote(
                text=span.text.strip(),
                speaker=said.name,
                cue=cued,
                kind=kind,
                evidence=evidence,
                why=[*why, *(made.name for made in kept)],
                **written_source(article, said),
            )
        )
        previous = (span, said)
    inside = {i for q in quotes for i in range(q.evidence.start, q.evidence.end)}
    direct = {i for q in quotes if q.kind == "direct" for i in range(*_chars(q))}
    return quotes + list(reported_speech(article, actors, inside, direct))


def _chars(quote: Quote) -> tuple[int, int]:
    return quote.evidence.start, quote.evidence.end


def _judge(
    span: Span, text: str, evidence: Evidence, title: str
) -> tuple[QuoteKind, Token | None, list[Rule[..., Any]]] | None:
    """A quoted span's kind and cue, each decision recorded, with the rules that found them
    (kind, for a fragment why it is kept, cue); None for a title (`TITLE_RULES`) or a
    fragment that is no quote."""
    said = span.text.strip()
    titled = first(TITLE_RULES, span, title)
    if titled is not None:
        record(titled[0], said, DROPPED, [evidence])
        return None
    how, kind = _decide(KIND_RULES, span, text)
    found = find_cue(span)
    cue, governs = found[1] if found is not None else (None, False)
    finding: list[Rule[..., Any]] = [how]
    record(how, said, kind, [evidence])
    if kind == "partial":
        keep, verdict = _decide(PARTIAL_RULES, span, cue, governs)
        record(keep, said, verdict, [evidence])
        if verdict == DROPPED:
            return None
        finding.append(keep)
    if found is not None:
        record(found[0], said, found[1][0].text, [evidence])
        finding.append(found[0])
    return kind, cue, finding


def _decide(rules: Sequence[Rule[..., Any]], *args: Any) -> tuple[Rule[..., Any], Any]:
    """The first rule of a list whose last rule always decides, and its decision."""
    found = first(rules, *args)
    assert found is not None, "the last rule of the list decides"
    return found


@rule("quote", example=TARAR)
def direct_clause(span: Span, text: str) -> QuoteKind | None:
    """A quote is direct when it is a clause of its own: it has a verb, opens with a capital
    and either opens a sentence (or follows a comma, colon or dash) or ends in a full stop."""
    before = text[max(0, span.start_char - 40) : span.start_char].rstrip(" “”«»„\"‘`'")
    inner = span.text.strip()
    starts_sentence = not before or before[-1] in ".!?:,\n" or before.endswith(("—", "–"))
    has_verb = any(t.pos_ in VERBALS for t in span) and not _title_cased(span)
    if has_verb and inner[:1].isupper() and (starts_sentence or inner.endswith((".", "!", "?"))):
        return "direct"
    return None


@rule("quote", example=TARAR)
def partial_fragment(span: Span, text: str) -> QuoteKind | None:
    """Any other text in marks is a fragment inside the reporter's sentence: partial."""
    return "partial"


KIND_RULES: list[Rule[[Span, str], QuoteKind | None]] = [
    title_in_noun_phrase,
    direct_clause,
    partial_fragment,
]


# PolNeAR train, Breitbart 2016-05-15: a show's name in marks after a cue.
MEGYN_KELLY = (
    "In the released excerpt, the two did not directly discuss his criticisms of her. She told "
    "ABC\u2019s \u201cGood Morning America\u201d on Monday the tone of the interview was cordial."
)


@rule("quote", example=MEGYN_KELLY)
def capitalised_name(span: Span, cue: Token | None, governs: bool) -> str | None:
    """A fragment in marks whose words are all capitalised and hold no verb is the name of a
    show, a book or a campaign ('she told ABC's "Good Morning America" that ...'), cue or not."""
    words = span.text.strip(" \u201c\u201d\"'\u2018\u2019,.").split()
    if words and all(w[:1].isupper() for w in words) and not any(t.pos_ in VERBALS for t in span):
        return DROPPED
    return None


@rule(
    "quote",
    # PolNeAR train, Breitbart 2016-08-31 (its headline).
    example="Jeff Sessions, Rudy Giuliani Wear \u2018Make Mexico Great Again Also\u2019 Hats at "
    "Trump Immigration Rally.",
)
def uncued_title(span: Span, cue: Token | None, governs: bool) -> str | None:
    """A fragment in marks with no cue whose words are all capitalised is a title, verb or
    not (a slogan: "Make Mexico Great Again Also")."""
    if cue is None and all(w[:1].isupper() for w in span.text.split()):
        return DROPPED
    return None


@rule(
    "quote",
    example='The "Back to the Mac" event also included a preview of Apple\'s forthcoming Mac '
    "OS X Lion operating system, to be released in mid-2011.",
)
def uncued_fragment(span: Span, cue: Token | None, governs: bool) -> str | None:
    """A fragment in marks with no cue and no subject with its verb is no quote."""
    return DROPPED if cue is None and not _is_clause(span) else None


@rule(
    "quote",
    example='He stated that his intent was not to "perpetuate] the bad business decisions of '
    'the past," and that loaning General Motors money would have been doing exactly that.',
)
def qualified_outside_marks(span: Span, cue: Token | None, governs: bool) -> str | None:
    """A fragment whose verb is negated, modalised, hedged or conditioned outside its marks
    ('was not to "perpetuate the bad decisions"') says the opposite, or more, when quoted
    alone: it is no partial quote (`polarity.KEEP_RULES`, through an open or a conditional
    clause: 'if voters "continue to elect ..."')."""
    for top in _tops(span):
        kept = qualify(top, KEEP_RULES, [wanted_clause, conditional_clause]).keep
        if any(not span.start <= i < span.end for i in kept):
            return DROPPED
    return None


@rule("quote", example=JOBS_INVITATION)
def uncued_clause(span: Span, cue: Token | None, governs: bool) -> str | None:
    """A clause of its own in marks ("we have always loved the Beatles") is a quote, cue
    or not."""
    return KEPT if cue is None else None


@rule(
    "quote",
    example="Mr Howard claims that the projects will create 273 jobs and secure the future of "
    'the "iconic" Ford Falcon, which has been built in Australia since 1960.',
)
def naming_fragment(span: Span, cue: Token | None, governs: bool) -> str | None:
    """A fragment that modifies or names something ("the "iconic" Falcon", the 787
    "Dreamliner") is a scare quote or a title, however long."""
    tops = _tops(span)
    return DROPPED if any(t.dep_ in NAMING and t.head.pos_ in NOMINALS for t in tops) else None


@rule("quote", example=TARAR)
def reported_fragment(span: Span, cue: Token | None, governs: bool) -> str | None:
    """A reported fragment of three words or more is a partial quote."""
    return KEPT if len(span.text.split()) >= _MIN_PARTIAL_WORDS else None


@rule("quote", example=DICKS)
def asserted_word(span: Span, cue: Token | None, governs: bool) -> str | None:
    """A fragment of one or two words is a quote when it is what the cue's clause asserts:
    'he was "shocked"'."""
    return KEPT if governs and any(t.dep_ in QUOTED_COMPLEMENTS for t in _tops(span)) else None


@rule("quote", example='He said "balanced" and "fair".')
def short_fragment(span: Span, cue: Token | None, governs: bool) -> str | None:
    """Any other fragment of one or two words in marks is a scare quote or a name."""
    return DROPPED


# PolNeAR train, Breitbart 2015-11-17 (its headline): words set in title case.
TRUMP_HEADLINE = (
    "Trump: \u2018I\u2019m the Worst Thing That Ever Happened to the Establishment.\u2019"
)


@rule("quote", example=TRUMP_HEADLINE)
def title_case(span: Span, cue: Token | None, governs: bool) -> str | None:
    """Words in marks set in title case ("I'm the Worst Thing That Ever Happened to the
    Establishment.") are a headline's rewording or a title, not words as said: no quote,
    cue or not. Its text body quotes the words as said."""
    return DROPPED if _title_cased(span) else None


def _title_cased(span: Span) -> bool:
    """Every word of four letters or more is capitalised, there are three or more, and not
    all are in capitals (a tweet in capitals is words as written); the first word and names
    do not count ("What a Super Tuesday!" is sentence case)."""
    words = [t for t in span if t.is_alpha][1:]
    long = [t.text for t in words if len(t.text) >= _TITLE_WORD and not t.ent_type_]
    return (
        len(long) >= _TITLE_WORDS
        and all(w[:1].isupper() for w in long)
        and not all(w.isupper() for w in long)
    )


# Whether a partial quote (a fragment in marks) is kept: the first rule that decides.
PARTIAL_RULES: list[Rule[[Span, Token | None, bool], str | None]] = [
    capitalised_name,
    uncued_title,
    title_case,
    uncued_fragment,
    work_title,
    qualified_outside_marks,
    uncued_clause,
    naming_fragment,
    reported_fragment,
    asserted_word,
    short_fragment,
]


def _tops(span: Span) -> list[Token]:
    return [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]


def _is_clause(span: Span) -> bool:
    """The span holds a subject and its verb: "we have always loved the Beatles"."""
    inside = range(span.start, span.end)
    return any(t.dep_ == "nsubj" and t.head.i in inside and t.head.pos_ in VERBALS for t in span)


def quote_speakers(quotes: Sequence[Quote]) -> list[str | None]:
    """Speakers of direct and partial quotes, for salience."""
    return [quote.speaker for quote in quotes if quote.kind != "indirect"]


_MIN_SHARED_WORDS = 6  # a shorter excerpt of another report's quote must be this long


def _words(quote: Quote) -> str:
    return " " + " ".join(re.findall(r"\w+", quote.text.casefold())) + " "


def _same_words(a: Quote, b: Quote, words_a: str | None = None) -> bool:
    """The same statement: equal words, or one report quotes a run of the other's words
    (`words_a`: `_words(a)`, when already known)."""
    if (a.kind == "indirect") != (b.kind == "indirect"):
        return False
    short, long = sorted((words_a or _words(a), _words(b)), key=len)
    return short == long or (len(short.split()) >= _MIN_SHARED_WORDS and short in long)


def merge_quotes(quotes: Iterable[Quote], dates: Sequence[DateMention] = ()) -> list[Quote]:
    """The same words reported by several sources become one quote: the first report, with
    the others as `also` evidence and the first speaker any of them names, when the same-fact
    test finds no other speaker or date in them (`dates`: the brief's date mentions). A repeat
    in the same source stays its own quote.

    Candidates come from two word indexes, so a quote is compared with the few quotes that
    can match, not with every quote of the brief: those holding all its words, and those
    whose rarest word (over the brief's quotes) it holds."""
    quotes = list(quotes)
    spoken = [_words(quote).split() for quote in quotes]
    spread = Counter(word for said in spoken for word in set(said))
    own_dates = dates_by_source(dates)
    merged: list[Quote] = []
    words_of: list[str] = []  # `_words` of each merged quote
    containing: dict[str, set[int]] = defaultdict(set)  # word -> merged quotes that have it
    by_rarest: dict[str, set[int]] = defaultdict(set)  # rarest word -> merged quotes
    for quote, said in zip(quotes, spoken, strict=True):
        if not said:
            merged.append(quote)
            words_of.append(" ")
            continue
        unique = set(said)
        # Only a quote that holds all these words, or whose words all lie in these, can match.
        holding = set.intersection(*sorted((containing[w] for w in unique), key=len))
        held = set().union(*(by_rarest[w] for w in unique if w in by_rarest))
        index = next(
            (
                i
                for i in sorted(holding | held)
                if quote.evidence.source not in _sources(merged[i])
                and _same_words(merged[i], quote, words_of[i])
                and _same_statement(merged[i], quote, own_dates)
            ),
            None,
        )
        if index is None:
            for word in unique:
                containing[word].add(len(merged))
            by_rarest[min(unique, key=lambda w: (spread[w], w))].add(len(merged))
            merged.append(quote)
            words_of.append(" " + " ".join(said) + " ")
            continue
        first = merged[index]
        merged[index] = first.model_copy(
            update={
                "speaker": first.speaker or quote.speaker,
                "also": [*first.also, quote.evidence, *quote.also],
            }
        )
    return merged


def _same_statement(kept: Quote, quote: Quote, dates: dict[str, list[DateMention]]) -> bool:
    """The same words are one statement when the same-fact test finds no other speaker or
    date in them (`dates`: the brief's date mentions by source)."""
    return corroborates(
        statement_fact(kept.text, kept.speaker, _dates_in(kept.evidence, dates)),
        statement_fact(quote.text, quote.speaker, _dates_in(quote.evidence, dates)),
        quote.text,
        [quote.evidence],
    )


def _dates_in(evidence: Evidence, dates: dict[str, list[DateMention]]) -> list[str]:
    return dates_within(evidence, dates.get(evidence.source, ()))


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
