"""Outlook cues: what makes a sentence forward-looking, its kind and its hedging.

Three signals are tried in order, each over the whole sentence (`OUTLOOK_CUES`): a cue word
of the `future_cues` lexicon ("consider", "warn", "imminent") heading a clause in a present
or future form; a modal auxiliary ("will", "could", "would"); the adjective "future". A token
carrying a signal may be rejected by the signal's filters (recorded as dropped, and the search
goes on); otherwise the signal's kind rules give the item's kind and `HEDGING_RULES` how sure
it is. The first carrier that passes makes the cue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import get_args

from spacy.tokens import Span, Token

from briefgen.extract import ParsedArticle
from briefgen.extract.labels import (
    ADJECTIVE_CUE_ROLES,
    AUXILIARIES,
    CLAUSE_HEADS,
    CUE_WORD_POS,
    NAMED_OR_PRONOUN,
    PRESENT_OR_FUTURE_TAGS,
    QUESTION_CLAUSES,
    QUESTION_OPENERS,
    SUBJECTS,
)
from briefgen.extract.lexicon import table, words
from briefgen.extract.quotemarks import is_quoted
from briefgen.extract.rules import Rule, first, is_tracing, record, rule
from briefgen.extract.views import text_of, tokens_where
from briefgen.model import Hedging, OutlookKind
from briefgen.timewords import FUTURE_AUXILIARIES

_HEDGED = {"may": "possible", "might": "possible", "could": "possible", "would": "likely",
           "should": "likely"}  # fmt: skip
_MODALS = FUTURE_AUXILIARIES | set(_HEDGED)
_BACKSHIFTED = {"would", "could", "might"}  # the past forms of will, can and may
_FUTURE = frozenset({"future"})


@dataclass(frozen=True)
class Cue:
    """What makes a sentence forward-looking, and the rules that read it."""

    token: Token  # the cue word, or the verb a modal governs
    kind: OutlookKind
    hedging: Hedging
    why: tuple[str, ...] = ()  # the rule that gave its kind, then the one that gave its hedging


@dataclass(frozen=True)
class Signal:
    """One kind of forward-looking signal: the tokens that carry it, the filters that reject
    a carrier, and the rules that give its kind (the first that decides wins)."""

    name: str
    carriers: Callable[[Span], Iterator[Token]]  # the sentence's tokens that carry it
    filters: Sequence[Rule[[Token], bool]]
    kinds: Sequence[Rule[[Token], OutlookKind | None]]
    governs: bool = False  # the cue is the verb the carrier governs (a modal's verb)


def forward_cue(sentence: Span, article: ParsedArticle | None = None) -> Cue | None:
    """The first forward-looking signal in a sentence, or None: signals are tried in the
    order of `OUTLOOK_CUES`, each over the whole sentence; a carrier a filter rejects is
    recorded as dropped and the search goes on."""
    evidence = [article.span_evidence(sentence)] if article is not None and is_tracing() else []
    for signal in OUTLOOK_CUES:
        for token in signal.carriers(sentence):
            rejected = first(signal.filters, token)
            if rejected is not None:
                record(rejected[0], token.text, "dropped", evidence)
                continue
            cue = _read(signal, token)
            if cue is not None:
                for made in cue.why:
                    record(made, token.text, f"{cue.kind}, {cue.hedging}", evidence)
                return cue
    return None


def _read(signal: Signal, token: Token) -> Cue | None:
    """The kind and hedging of a signal's carrier, by the first rules that decide them."""
    kind = first(signal.kinds, token)
    hedging = first(HEDGING_RULES, token)
    if kind is None or hedging is None or kind[1] is None or hedging[1] is None:
        return None
    anchor = token.head if signal.governs else token
    return Cue(anchor, kind[1], hedging[1], (kind[0].name, hedging[0].name))


def _cue_words(sentence: Span) -> Iterator[Token]:
    """The tokens of a sentence whose lemma is in the `future_cues` lexicon."""
    return tokens_where(sentence, "lemma", table("future_cues"))


def _cue_entry(token: Token) -> tuple[str, ...] | None:
    """The `future_cues` lexicon entry of a token's lemma: [kind, hedging]."""
    return table("future_cues").get(token.lemma_.lower())


# --- Cue words: a lexicon lemma heading a clause in a present or future form ---------------


@rule(
    "outlook",
    example='The release of the "Dreamliner" is almost two and a half years behind schedule.',
)
def cue_word_not_verb_or_adjective(token: Token) -> bool:
    """A cue word that is neither a verb nor an adjective (the noun "plan", "risk") is no cue."""
    return token.pos_ not in CUE_WORD_POS


@rule(
    "outlook",
    example="This is thought likely to create 1,500 to 2,000 jobs and support 25,000 others.",
)
def cue_adjective_off_clause(token: Token) -> bool:
    """A cue adjective counts only as a predicate or modifier ("may be imminent"), not in
    another role of the parse."""
    return token.pos_ == "ADJ" and token.dep_ not in ADJECTIVE_CUE_ROLES


@rule("outlook", example="The increase was better than analysts had predicted.")
def past_form_cue(token: Token) -> bool:
    """A cue verb in a past form reports an old expectation, not an outlook ("had predicted")."""
    return token.pos_ == "VERB" and token.tag_ not in PRESENT_OR_FUTURE_TAGS


@rule(
    "outlook",
    example="Cerberus also led a consortium that acquired the majority stake in April of last "
    "year in GMAC, the financing arm of GM, and is said to planning to invest in auto parts "
    "giant Delphi.",
)
def cue_verb_off_clause(token: Token) -> bool:
    """A cue verb counts only when it heads a clause (main, complement, conjunct, relative,
    adverbial, open complement), not as a modifier or a noun's complement."""
    return token.pos_ == "VERB" and token.dep_ not in CLAUSE_HEADS


@rule(
    "outlook",
    example="Intelligence reports suggest that the group continues to use Afghan soil to plan "
    "attacks.",
)
def infinitive_cue(token: Token) -> bool:
    """A cue verb in the infinitive states a purpose, not a plan ("to plan attacks")."""
    return token.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


@rule("outlook", example="Islamabad is reportedly considering additional border fortifications.")
def outlook_cue_word(token: Token) -> OutlookKind | None:
    """A cue word that passed the filters gives the kind the `future_cues` lexicon lists."""
    entry = _cue_entry(token)
    return _kind(entry[0]) if entry else None


# --- Modal auxiliaries -------------------------------------------------------------------


@rule(
    "outlook",
    example="AirTran Airways would like to thank the many Boeing employees for their hard work.",
)
def courtesy_would(token: Token) -> bool:
    """A "would" before a wish or courtesy verb ("would like to thank") makes no forecast
    (lexicon `polite_would`)."""
    return token.lower_ == "would" and token.head.lemma_.lower() in words("polite_would")


@rule(
    "outlook",
    example="Clinton co-sponsored a bill in 2005 that would have banned human cloning while "
    "protecting the right of scientists to conduct stem cell research.",
)
def modal_perfect(token: Token) -> bool:
    """A modal with a perfect ("would have banned", "could have been") looks back: a past
    possibility or what did not happen, no forecast ("will have" is a future perfect)."""
    if token.lower_ in FUTURE_AUXILIARIES:
        return False
    verb = token.head
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.i > token.i for c in verb.children)


@rule(
    "outlook",
    example="Hochul issued a statement on Saturday that said she is prepared to declare a state "
    "of emergency to shore up staffing at medical facilities should unvaccinated workers fail "
    "to comply with the mandate.",
)
def inverted_modal(token: Token) -> bool:
    """A modal before its subject ("should unvaccinated workers fail", "will you resign?")
    opens a condition or a question, not a forecast: the subject stands between the modal
    and the next verb (the parse often loses such a clause's head, so the words are read)."""
    if text_of(token.sent).rstrip().endswith("?"):
        return True
    for word in token.doc[token.i + 1 : token.sent.end]:
        if word.tag_.startswith("VB") and word.tag_ != "VBN":
            return False
        if word.dep_ in SUBJECTS:
            return True
    return False


@rule(
    "outlook",
    example="Democratic leaders hoped the meeting, requested by Sanders, would be a moment of "
    "catharsis for the party.",
)
def backshifted_modal(token: Token) -> bool:
    """A past modal ("would", "could", "might") in the complement of a past verb of thought
    ("leaders hoped the meeting would be", "it was clear the overthrow would be") tells what
    was thought likely then, not what lies ahead. Reported speech stays an outlook: the
    verb is one of reporting, or reported itself ("said he hoped BP would meet"), unless it
    is in the past perfect ("analysts had forecast that the company would lose money"); so
    does the speaker's own modal inside quote marks."""
    if token.lower_ not in _BACKSHIFTED or is_quoted(token) or token.head.dep_ != "ccomp":
        return False
    governor = token.head.head
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in governor.children):
        return True  # "analysts, who had forecast that the company would lose": before a past
    return (
        governor.tag_ == "VBD"
        and not _reporting(governor)
        and not (governor.dep_ == "ccomp" and _reporting(governor.head))
    )


def _reporting(verb: Token) -> bool:
    return verb.lemma_.lower() in words("reporting_verbs")


@rule(
    "outlook",
    example="Police reform talks in Congress have fallen apart, as lawmakers could not strike a "
    "bipartisan deal despite the loudest calls in years to root out law enforcement violence "
    "against Black Americans.",
)
def past_inability(token: Token) -> bool:
    """A negated "could" ("lawmakers could not strike a deal", "could not be reached for
    comment") says what someone was unable to do, the past of "cannot", no forecast."""
    return token.lower_ == "could" and any(c.dep_ == "neg" for c in token.head.children)


@rule("outlook", example="“We will decimate the terrorists,” he said.")
def stated_intention(token: Token) -> OutlookKind | None:
    """A "will" whose subject is someone ("We will ...", "GM announced that it will offer")
    and whose verb is something that subject does states a position. A state or a fate is no
    intention: a copula ("she will be the first woman"; but "they will be willing to
    contribute" is), a passive ("data that will be used", "BP will be held accountable"), or a
    subject that stands for a thing ("it will cost $250", "that", "those") makes a forecast,
    left to the next rule."""
    if token.lower_ not in FUTURE_AUXILIARIES:
        return None
    verb = token.head
    if any(c.dep_ == "auxpass" for c in verb.children) or _mere_state(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return "position" if subject is not None and _someone(subject, verb) else None


def _mere_state(verb: Token) -> bool:
    """A copula, unless its complement wants something done ("be willing to contribute")."""
    return verb.lemma_ == "be" and not any(
        c.dep_ == "xcomp" for complement in verb.children for c in complement.children
    )


def _someone(subject: Token, verb: Token) -> bool:
    """The subject names someone or is a personal pronoun other than a neuter one; "it" only
    where a reporting verb's subject speaks of itself ("Apple announced that it will give")."""
    if subject.pos_ == "PROPN":
        return True
    personal = "Prs" in subject.morph.get("PronType", [])
    return personal and ("Neut" not in subject.morph.get("Gender", []) or reported_clause(verb))


@rule("outlook", example="60% of the parts will be supplied by domestic manufacturers.")
def future_tense_forecast(token: Token) -> OutlookKind | None:
    """Any other future tense ("will", "shall") is a forecast."""
    return "forecast" if token.lower_ in FUTURE_AUXILIARIES else None


@rule(
    "outlook",
    example="Tarar warned that the country would not allow the threat from Afghan-based "
    "militants to persist.",
)
def reported_would(token: Token) -> OutlookKind | None:
    """A "would" in what a reporting verb reports ("warned that the country would not
    allow") states the speaker's position."""
    return "position" if token.lower_ == "would" and reported_clause(token.head) else None


@rule(
    "outlook",
    example='The lawmakers said McConnell should support a suspension of the limit to "avert a '
    'manufactured crisis."',
)
def reported_should(token: Token) -> OutlookKind | None:
    """A "should" with a named or pronoun subject in what a reporting verb reports ("the
    lawmakers said McConnell should support a suspension") is what the speaker calls for: a
    position. Of a thing ("Obama said efforts to contain the leak should capture 90%") it is
    an expectation, left to the forecast rules."""
    if token.lower_ != "should" or not reported_clause(token.head):
        return None
    subject = next((c for c in token.head.children if c.dep_ in SUBJECTS), None)
    return "position" if subject is not None and subject.pos_ in NAMED_OR_PRONOUN else None


def reported_clause(verb: Token) -> bool:
    """The verb heads the complement of a reporting verb ("said [McConnell should support]")."""
    return verb.dep_ == "ccomp" and _reporting(verb.head)


@rule(
    "outlook",
    example="With the upcoming presidential race set to go full tilt, questions are beginning to "
    "surface as to when Democratic presidential nominee Hillary Clinton will hold her next "
    "press conference.",
)
def open_question_forecast(token: Token) -> OutlookKind | None:
    """A modal inside an embedded question (`asked`) states no one's intention or position:
    what it asks is a forecast, left open."""
    return "forecast" if asked(token) else None


@rule(
    "outlook",
    example="The deal could push the value of the contract as high as US$100 billion.",
)
def modal_forecast(token: Token) -> OutlookKind | None:
    """Any other modal of possibility ("may", "could", "should", "would") makes a forecast."""
    return "forecast" if token.lower_ in _HEDGED else None


# --- "future" ----------------------------------------------------------------------------


@rule("outlook", example="“This is just the beginning,” he said, hinting at future labor action.")
def future_mention(token: Token) -> OutlookKind | None:
    """Otherwise something "future" is a forecast."""
    return "forecast"


# What makes a sentence forward-looking and its kind: the signals in the order they are tried.
OUTLOOK_CUES = [
    Signal(
        "cue word",
        _cue_words,
        [
            cue_word_not_verb_or_adjective,
            cue_adjective_off_clause,
            past_form_cue,
            cue_verb_off_clause,
            infinitive_cue,
        ],
        [outlook_cue_word],
    ),
    Signal(
        "modal",
        lambda sentence: (t for t in tokens_where(sentence, "lower", _MODALS) if t.dep_ == "aux"),
        [courtesy_would, modal_perfect, inverted_modal, backshifted_modal, past_inability],
        [
            open_question_forecast,
            stated_intention,
            future_tense_forecast,
            reported_would,
            reported_should,
            modal_forecast,
        ],
        governs=True,
    ),
    Signal(
        "future",
        lambda sentence: (t for t in tokens_where(sentence, "lower", _FUTURE) if t.dep_ == "amod"),
        [],
        [future_mention],
    ),
]


# --- Hedging -----------------------------------------------------------------------------


@rule(
    "outlook",
    example="Hundreds of pro-Sanders demonstrators marched through Center City, raising fresh "
    "questions about whether Clinton will face a bleed of Sanders' most devoted backers.",
)
def open_question_possible(token: Token) -> Hedging | None:
    """What an embedded question asks ("questions about whether Clinton will face ...", "as
    to when she will hold ...") is open: possible at most, whatever its tense."""
    return "possible" if asked(token) else None


def asked(token: Token) -> bool:
    """The cue's clause is an embedded question: a complement (or its conjunct) opened by
    "whether", "when" or an "if" that is no condition (lexicon `question_words`)."""
    verb = _cue_verb(token)
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "..., or whether it will"
        clause = clause.head
    return clause.dep_ in QUESTION_CLAUSES and any(
        c.i < verb.i and c.dep_ in QUESTION_OPENERS and c.lower_ in words("question_words")
        for c in verb.children
    )


def _cue_verb(token: Token) -> Token:
    """The verb a cue belongs to: an auxiliary's head, else the cue itself."""
    return token.head if token.dep_ in AUXILIARIES else token


@rule("outlook", example="And maybe she won't need to formally dissent.")
def hedged_cue(token: Token) -> Hedging | None:
    """An adverb of doubt on the cue's verb makes it possible ("maybe she won't need to"),
    one of likelihood likely ("will likely win"): lexicons `doubt_adverbs`,
    `likelihood_adverbs`."""
    verb = _cue_verb(token)
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if adverbs & words("doubt_adverbs"):
        return "possible"
    return "likely" if adverbs & words("likelihood_adverbs") else None


@rule("outlook", example="Analysts warn that another round of border violence may be imminent.")
def cue_word_hedging(token: Token) -> Hedging | None:
    """A cue word is as sure as the `future_cues` lexicon says ("consider": possible)."""
    entry = _cue_entry(token)
    return _hedging(entry[1]) if entry else None


@rule("outlook", example="60% of the parts will be supplied by domestic manufacturers.")
def future_tense_certain(token: Token) -> Hedging | None:
    """The future tense is certain."""
    return "certain" if token.dep_ == "aux" and token.lower_ in FUTURE_AUXILIARIES else None


@rule(
    "outlook",
    example="The deal could push the value of the contract as high as US$100 billion.",
)
def modal_hedging(token: Token) -> Hedging | None:
    """The modals "may", "might" and "could" are possible; "would" and "should" likely."""
    if token.dep_ != "aux" or token.lower_ not in _HEDGED:
        return None
    return _hedging(_HEDGED[token.lower_])


@rule("outlook", example="“This is just the beginning,” he said, hinting at future labor action.")
def future_mention_possible(token: Token) -> Hedging | None:
    """Something "future" is only possible."""
    return "possible" if token.lower_ == "future" else None


# How sure a forward-looking statement is, from its signal's carrier.
HEDGING_RULES = [
    open_question_possible, hedged_cue, cue_word_hedging, future_tense_certain, modal_hedging,
    future_mention_possible,
]  # fmt: skip


def _kind(value: str) -> OutlookKind:
    if value not in get_args(OutlookKind):
        raise ValueError(f"future_cues lexicon: unknown kind {value!r}")
    return value  # type: ignore[return-value]


def _hedging(value: str) -> Hedging:
    if value not in get_args(Hedging):
        raise ValueError(f"future_cues lexicon: unknown hedging {value!r}")
    return value  # type: ignore[return-value]
