"""Contested claims: where actors contradict each other, and where figures disagree.

A denial is a statement made under a denial verb ("denied Islamabad's allegations,
insisting that ..."). It is set beside the statements it answers: those of the actors its
sentence names (with anyone affiliated to them) that share a predicate with it, ranked by
the words they share; each denial sentence is paired once, under one matter. Figures
conflict when two sentences count the same fact ("dozens dead", "23 killed") of one event
(the same-fact test, figures aside) with different numbers. The decisions are named rules
(stage "contested"): `denial_verb`, `named_side`, `side_statements`, `answers_claim` and
`closest_statements` pair a denial with what it answers; `counted_fact` and `figures_differ`
find conflicting figures.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.ents import ents_in, model_ents
from briefgen.extract.labels import NOMINALS
from briefgen.extract.lexicon import table, words
from briefgen.extract.number_words import words_value
from briefgen.extract.rules import ARTICLE_BREAK, record, rule
from briefgen.extract.samefact import Fact, corroborates, predicate_group, sentence_fact
from briefgen.extract.views import text_of
from briefgen.model import Actor, Claim, Contested, Quote

MAX_ASSERTIONS = 2  # the other side's statements shown beside one denial
_WORD = re.compile(r"[^\W\d_]{4,}")
_NAME_WORD = re.compile(r"[^\W\d_]+")
# The seed: Pakistan's accusation, then the Afghan denial that answers it.
_DENIAL_EXAMPLE = (
    "Islamabad says the violence stems from militant groups operating inside Afghanistan, "
    "particularly the Tehrik-e-Taliban Pakistan (TTP), which it accuses Kabul of sheltering. "
    "However, Afghan officials have previously denied Islamabad’s allegations, insisting that "
    "the Taliban administration does not harbor groups targeting Pakistan and that "
    "cross-border attacks are often triggered by Pakistan’s military actions."
)


def find_contested(
    articles: Sequence[ParsedArticle], actors: ActorIndex, quotes: Sequence[Quote]
) -> list[Contested]:
    """Denials set against what they deny, then conflicting figures."""
    return _contested_claims(articles, actors, quotes) + _conflicting_figures(articles)


def _contested_claims(
    articles: Sequence[ParsedArticle], actors: ActorIndex, quotes: Sequence[Quote]
) -> list[Contested]:
    """One entry per denial sentence: the statements it answers, whichever side named in it
    made them, under one matter."""
    by_source = {article.source.id: article for article in articles}
    said = _Said(actors, quotes)
    found: list[Contested] = []
    seen: set[tuple[str, int]] = set()  # denial sentences already paired
    for denial in quotes:
        article = by_source.get(denial.evidence.source)
        if article is None or denial.speaker is None:
            continue
        sentence = _sentence(article, denial)
        if sentence is None or (article.source.id, sentence.start_char) in seen:
            continue
        verb = denial_verb(sentence)
        if verb is None:
            continue
        seen.add((article.source.id, sentence.start_char))
        evidence = [article.span_evidence(sentence)]
        record(denial_verb, denial.text, f"denial by {denial.speaker} ({verb.text})", evidence)
        assertions: list[Quote] = []
        for side in named_side(sentence, actors, denial.speaker):
            record(named_side, side, f"answered by {denial.speaker}", evidence)
            assertions += _assertions(side, said, denial.speaker, sentence, by_source)
        unique = {(q.evidence.source, q.evidence.start): q for q in assertions}
        kept = closest_statements(list(unique.values()), text_of(sentence))
        for quote in assertions:
            outcome = f"asserts against {denial.speaker}" if quote in kept else "dropped"
            record(closest_statements, quote.text, outcome, [quote.evidence])
        if kept:
            found.append(_contest(kept, denial, sentence, article, actors))
    return found


def _contest(
    kept: list[Quote], denial: Quote, sentence: Span, article: ParsedArticle, actors: ActorIndex
) -> Contested:
    """A denial beside the statements it answers, under the sides that disagree."""
    sides = dict.fromkeys(_side_of(quote.speaker or "", actors) for quote in kept)
    return Contested(
        kind="claims",
        matter=f"{', '.join(sides)} / {denial.speaker}",
        claims=[*map(_asserts, kept), _denies(denial, sentence, article)],
    )


def _side_of(speaker: str, actors: ActorIndex) -> str:
    """The side a speaker speaks for: the actor it is affiliated to, else itself."""
    card = actors.actor(speaker)
    return card.affiliation if card is not None and card.affiliation else speaker


class _Said:
    """The brief's actors by affiliation and quotes by speaker, so a denial reads the
    statements of its sides only, not every quote of the brief."""

    def __init__(self, actors: ActorIndex, quotes: Sequence[Quote]) -> None:
        self.actors = actors
        self.affiliates: dict[str, list[Actor]] = defaultdict(list)
        for actor in actors.actors:
            if actor.affiliation:
                self.affiliates[actor.affiliation].append(actor)
        self.quotes = quotes
        self.by_speaker: dict[str, list[int]] = defaultdict(list)
        for index, quote in enumerate(quotes):
            if quote.speaker is not None:
                self.by_speaker[quote.speaker].append(index)

    def of(self, side: str) -> tuple[list[Actor], list[Quote]]:
        """The side's affiliates and the quotes that the side or one of them said, in order."""
        cards = self.affiliates.get(side, [])
        speakers = {side, *(card.name for card in cards)}
        said = sorted(i for name in speakers for i in self.by_speaker.get(name, ()))
        return cards, [self.quotes[i] for i in said]


def _assertions(
    side: str,
    said: _Said,
    denier: str,
    sentence: Span,
    by_source: dict[str, ParsedArticle],
) -> list[Quote]:
    """The side's statements that the denial answers; each decision recorded."""
    cards, quotes = said.of(side)
    statements = side_statements(side, cards, quotes, denier)
    record(
        side_statements,
        side,
        f"{len(statements)} statements" if statements else "no statement: not contested",
    )
    denied = _matter(sentence)
    who = _name_words([side, denier, *(a.name for a in cards)], said.actors)
    answered = []
    for quote in statements:
        shared = answers_claim(_quoted(quote, by_source), denied, who)
        outcome = f"answered: {', '.join(sorted(shared))}" if shared else "dropped: another matter"
        record(answers_claim, quote.text, outcome, [quote.evidence])
        if shared:
            answered.append(quote)
    return answered


Matter = tuple[set[str], set[str]]  # predicate groups, nouns


def _quoted(quote: Quote, by_source: dict[str, ParsedArticle]) -> Matter:
    """What a quote is about (its own words, parsed in its article)."""
    article = by_source.get(quote.evidence.source)
    if article is None:
        return set(), set()
    span = article.doc.char_span(quote.evidence.start, quote.evidence.end, alignment_mode="expand")
    return _matter(span) if span is not None else (set(), set())


def _matter(span: Span) -> Matter:
    """The predicate groups of a span's verbs that state something (not reporting, denial or
    light verbs, which say that something is said, denied or had, nor a verb the language
    uses of every matter: a stop word by its lemma, "go", "do", "be"), and its nouns (stop
    words and courtesy titles aside)."""
    said = words("reporting_verbs") | words("denial_verbs") | words("light_verbs") | STOP_WORDS
    verbs = {
        predicate_group(t.lemma_.lower())
        for t in span
        if t.pos_ == "VERB" and t.lemma_.lower() not in said
    }
    courtesy = words("honorifics")  # "Mr.", "Ms.": part of a name, which says who
    nouns = {
        t.lemma_.lower()
        for t in span
        if t.pos_ in NOMINALS and not t.is_stop and t.text not in courtesy
    }
    return verbs, nouns


def _name_words(names: Sequence[str], actors: ActorIndex) -> frozenset[str]:
    """The words of the sides' names and their cards' aliases ("Trump", "Donald")."""
    cards = [card for name in names if (card := actors.actor(name)) is not None]
    every = [*names, *(alias for card in cards for alias in card.aliases)]
    return frozenset(w.lower() for name in every for w in _NAME_WORD.findall(name))


@rule("contested", example=_DENIAL_EXAMPLE)
def answers_claim(claim: Matter, denial: Matter, who: AbstractSet[str] = frozenset()) -> set[str]:
    """A denial answers a statement when they share a predicate, the same verb or a close
    synonym ("accuses Kabul of sheltering" / "does not harbor groups", lexicon
    `predicate_groups`), and something it is about (a noun or a name: "groups"); a statement
    about another matter is not set beside it. The names of the sides (`who`: the denier,
    the side answered and its affiliates) say who disagrees, not about what: sharing only
    them ("Trump" in Trump's words about a judge and his campaign manager's denial about
    donors) is no shared matter."""
    verbs, nouns = claim[0] & denial[0], (claim[1] & denial[1]) - who
    return verbs | nouns if verbs and nouns else set()


def _sentence(article: ParsedArticle, quote: Quote) -> Span | None:
    span = article.doc.char_span(quote.evidence.start, quote.evidence.end, alignment_mode="expand")
    return span.sent if span is not None else None


@rule("contested", example=_DENIAL_EXAMPLE)
def denial_verb(sentence: Span) -> Token | None:
    """A statement made in a sentence with a denial verb ("denied Islamabad’s allegations,
    insisting that ...") is a denial (lexicon `denial_verbs`)."""
    return next(
        (t for t in sentence if t.lemma_.lower() in words("denial_verbs") and t.pos_ == "VERB"),
        None,
    )


@rule("contested", example=_DENIAL_EXAMPLE)
def named_side(sentence: Span, actors: ActorIndex, speaker: str) -> list[str]:
    """A denial answers each actor its sentence names other than its speaker."""
    named = [actors.resolve(entity.text) for entity in ents_in(sentence)]
    return list(dict.fromkeys(name for name in named if name and name != speaker))


@rule("contested", example=_DENIAL_EXAMPLE)
def side_statements(
    side: str, cards: Sequence[Actor], quotes: Sequence[Quote], exclude: str
) -> list[Quote]:
    """What a side says is what the actor, or anyone affiliated to it (but the denier),
    said; a side that said nothing is not contested."""
    members = {side} | {a.name for a in cards if a.affiliation == side and a.name != exclude}
    return [q for q in quotes if q.speaker in members]


@rule("contested", example=_DENIAL_EXAMPLE)
def closest_statements(statements: Sequence[Quote], denial: str) -> list[Quote]:
    """Beside a denial stand the two statements of the side that share the most words (of four
    letters or more) with it."""
    return sorted(statements, key=lambda q: -_shared(q.text, denial))[:MAX_ASSERTIONS]


def _shared(first: str, second: str) -> int:
    return len(set(_WORD.findall(first.lower())) & set(_WORD.findall(second.lower())))


def _asserts(quote: Quote) -> Claim:
    return Claim(speaker=quote.speaker, stance="asserts", text=quote.text, evidence=quote.evidence)


def _denies(quote: Quote, sentence: Span, article: ParsedArticle) -> Claim:
    return Claim(
        speaker=quote.speaker,
        stance="denies",
        text=text_of(sentence).strip(),
        evidence=article.span_evidence(sentence),
    )


def _conflicting_figures(articles: Sequence[ParsedArticle]) -> list[Contested]:
    """Different numbers given for one counted fact ("killed", "injured") of one event."""
    figures: dict[str, dict[tuple[str, int], Report]] = {}
    for article in articles:
        for entity in model_ents(article.doc):
            if entity.label_ != "CARDINAL":
                continue
            fact = counted_fact(entity.root)
            if fact:
                record(counted_fact, entity.text, fact, [article.span_evidence(entity)])
                place = (article.source.id, entity.sent.start_char)  # a sentence counts once
                reports = figures.setdefault(fact, {})
                reports.setdefault(place, (_number(entity.text), article, entity.sent))
    found = []
    for fact, reports in figures.items():
        for event in _events(fact, list(reports.values())):
            found += _figures_contested(fact, event)
    return found


Report = tuple[str, ParsedArticle, Span]  # the figure, its article, its sentence


def _events(fact: str, reports: list[Report]) -> list[list[Report]]:
    """Reports of one counted fact grouped by the event they count: a report joins the first
    group whose first report the same-fact test finds the same event (figures aside)."""
    groups: list[tuple[Fact, list[Report]]] = []
    counted = set(table("casualty_terms"))
    for report in reports:
        _, article, sentence = report
        read = sentence_fact(sentence, dates=_dates_of(sentence, article))
        # What is counted ("23 people", "dozens dead") says nothing of which event it was.
        nouns = {e.root.head.lemma_.lower() for e in ents_in(sentence) if e.label_ == "CARDINAL"}
        heads = read.heads - counted - nouns
        read = replace(read, predicate=fact, numbers=frozenset(), heads=heads)
        evidence = [article.span_evidence(sentence)]
        joined = next(
            (k for k, (f, _) in enumerate(groups)
             if corroborates(f, read, text_of(sentence).strip(), evidence)),
            None,
        )  # fmt: skip
        if joined is None:
            groups.append((read, [report]))
        else:  # the group's event now has the dates of every report of it
            kept, group = groups[joined]
            groups[joined] = (replace(kept, dates=kept.dates | read.dates), [*group, report])
    return [group for _, group in groups]


def _dates_of(sentence: Span, article: ParsedArticle) -> list[str]:
    """The values of a sentence's dates ("in December 2003", "on Sunday"): reports of one
    event give compatible dates (`samefact.dates_disagree`)."""
    from briefgen.extract.dates import resolve  # the dates layer's own values
    from briefgen.extract.timex import tense

    found = (e for e in ents_in(sentence) if e.label_ == "DATE")
    return [value for e in found if (value := resolve(e.text, article.anchor, tense(e.root))[1])]


def _figures_contested(fact: str, reports: list[Report]) -> list[Contested]:
    differ = figures_differ(reports)
    numbers = " / ".join(dict.fromkeys(number for number, _, _ in reports))
    record(figures_differ, fact, f"contested: {numbers}" if differ else "not contested: " + numbers)
    if not differ:
        return []
    claims = [
        Claim(stance="reports", text=s.text.strip(), evidence=a.span_evidence(s))
        for _, a, s in reports
    ]
    return [Contested(kind="figures", matter=fact, claims=claims)]


@rule("contested", example="The clashes left dozens dead on both sides.")
def counted_fact(number: Token) -> str | None:
    """What a number counts: 'dozens dead', '23 people were killed', '40 deaths' (the noun it
    modifies, that noun's dependents or its head, in lexicon `casualty_terms`); a number
    coordinated with the term ("presumed dead and more than 100 escaped") counts no such
    thing."""
    facts = table("casualty_terms")
    noun = number.head if number.dep_ == "nummod" else number
    candidates = [noun, *noun.children]
    if noun.dep_ != "conj":  # "dead and more than 100 escaped": a number beside, not a count
        candidates.append(noun.head)
    for token in candidates:
        entry = facts.get(token.lemma_.lower())
        if entry:
            return entry[0]
    return None


@rule(
    "contested",
    example="The clashes left dozens dead on both sides."
    + ARTICLE_BREAK
    + "At least 23 people were killed in the border clashes.",
)
def figures_differ(reports: Sequence[Report]) -> bool:
    """Figures conflict when two reports of one counted fact give different numbers."""
    return len({number for number, _, _ in reports}) >= 2


def _number(text: str) -> str:
    """A comparison key for a figure: digits, also of a number in words ("Eleven" is 11),
    or the vague word ('dozens')."""
    digits = re.sub(r"[^\d]", "", text)
    spelled = words_value(text)
    return digits or (str(spelled) if spelled is not None else text.lower().split()[-1])
