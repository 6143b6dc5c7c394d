"""Reporting cues: the verb that reports a quote in marks, found by named rules.

A cue is a listed reporting verb in the active voice ("said", "wrote"; "will be added"
reports nobody) or "according to". `CUE_RULES` find the cue of a quote, the first that
decides wins: a cue above the quote in the parse, an unlisted verb that takes the quote as
its clause right beside it, a cue elsewhere in the quote's sentence, or a cue with no content
of its own in the sentence right after it (or one the parse hangs from that sentence's
opening noun and its apposition).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from briefgen.extract.labels import (
    CLAUSE_END_POS,
    CUE_CONTENT,
    NAMED_OR_PRONOUN,
    NOMINALS,
    PARTICLES,
    PASSIVE_MARKERS,
    QUOTE_CLAUSES,
    SHORT_SUBJECT_POS,
    SUBJECTS,
    VERB_MODIFIER_POS,
    VERBALS,
)
from briefgen.extract.lexicon import words
from briefgen.extract.quotemarks import is_quoted
from briefgen.extract.rules import Rule, first, rule
from briefgen.extract.views import views

_ADJACENT = 3  # tokens between a quote's edge and an unlisted verb that introduces it
# Words from a quote's closing mark to a cue the tagger missed: "a voice-over in the ad states".
_SUBJECT_REACH = 8
_CLOSING = frozenset(",?!")  # what a quote ends on when its attribution follows
_BARE_CLAUSE = 5  # words of a clause that is only a verb and its subject: "Hannity pressed."

Cue = tuple[Token, bool]  # the cue and whether it governs the quote in the parse


def is_cue(token: Token) -> bool:
    """A reporting verb in the active voice ("will be added" reports nobody), or "according to"."""
    if token.pos_ == "VERB" and token.lemma_.lower() in words("reporting_verbs"):
        return not any(c.dep_ in PASSIVE_MARKERS for c in token.children)
    return token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)


def cues_in(span: Span) -> Iterator[Token]:
    """The tokens of a span that `is_cue`, in order; only tokens whose lemma is a reporting
    verb or whose form is "according" are built (from the annotation layer's views)."""
    doc, kept = span.doc, views(span.doc)
    verbs = words("reporting_verbs")
    for i in range(span.start, span.end):
        if (kept.lemma[i] in verbs or kept.lower[i] == "according") and is_cue(doc[i]):
            yield doc[i]


def is_quote_cue(token: Token) -> bool:
    """A cue of words in marks: a reporting verb, or a verb that reports a quote but no
    that-clause ("Trump barked", "the sign read", "shot back", "went on"; lexicon
    `quote_verbs`), in the active voice."""
    if is_cue(token):
        return True
    if token.pos_ != "VERB" or any(c.dep_ in PASSIVE_MARKERS for c in token.children):
        return False
    lemma = token.lemma_.lower()
    forms = {lemma, *(f"{lemma} {c.lower_}" for c in token.children if c.dep_ in PARTICLES)}
    return not forms.isdisjoint(words("quote_verbs"))


def _tops(quote: Span) -> list[Token]:
    """The quote's tokens whose head lies outside it (or that are their own head)."""
    inside = range(quote.start, quote.end)
    return [t for t in quote if t.head.i not in inside or t.head.i == t.i]


@rule(
    "quote",
    example="“Regrettably, the Afghan side gave no assurances, kept deviating from the core "
    "issue and resorted to blame game, deflection and ruses,” Tarar wrote on X.",
)
def governing_cue(quote: Span) -> Cue | None:
    """A reporting verb above the quote in the parse: '"...," Tarar wrote on X'."""
    inside = range(quote.start, quote.end)
    for token in _tops(quote):
        for ancestor in token.ancestors:
            if ancestor.i not in inside and is_quote_cue(ancestor):
                return ancestor, True
    return None


@rule(
    "quote",
    # PolNeAR train, The Western Journal 2016-06: an unlisted verb ("mused") beside the quote.
    example="\u201cImagine Brad Thor going up against Trump and Clinton on the same stage,"
    "\u201d mused Blaze co-host Stu Burguiere.",
)
def introducing_verb(quote: Span) -> Cue | None:
    """An unlisted verb right beside the quote that takes it as its clause ('"...," mused
    Blaze co-host Stu Burguiere')."""
    inside = range(quote.start, quote.end)
    for token in _tops(quote):
        head = token.head
        if (
            head.i not in inside
            and head.pos_ == "VERB"
            and token.dep_ in QUOTE_CLAUSES
            and _beside(head, quote)
        ):
            return head, True
    return None


@rule(
    "quote",
    example="\"It's a partnership that will give Chrysler a chance not only to survive, but to "
    'thrive in a global auto industry," said American president Obama, "Fiat has demonstrated '
    'that it can build the clean, fuel-efficient cars that are the future of the industry."',
)
def cue_in_sentence(quote: Span) -> Cue | None:
    """A reporting verb outside the marks in the quote's sentence, not governing it: the
    one nearest the quote ('When Brown criticized Clinton, Hillary shot back, "..."')."""
    inside = range(quote.start, quote.end)
    for sentence in {t.sent.start: t.sent for t in quote}.values():
        found = [t for t in sentence if t.i not in inside and is_quote_cue(t) and not is_quoted(t)]
        if found:
            return min(found, key=lambda t: _distance(t, quote)), False
    return None


@rule(
    "quote",
    example='"How can it go away?" Alan Mulally remembered asking, "It\'s the best-selling car '
    'in America."',
)
def cue_after_quote(quote: Span) -> Cue | None:
    """After a quote that closes a sentence of its own, a cue with no content of its own
    at the start of the next sentence, or its first verb after a long subject ('"How can it
    go away?" Alan Mulally remembered asking'; '"..., who knows?" Trump told Britain's ITV';
    '"Hi Americans! ..." a welcome message on the website reads')."""
    after = _sentence_after(quote)
    if after is None:
        return None
    window = [*after[: _ADJACENT + 2], *_after_subject(after)]
    found = next((t for t in window if is_quote_cue(t) and not _has_content(t)), None)
    return (found, False) if found is not None else None


# PolNeAR train, USA Today 2016-06-15: the cue parsed as a modifier of the noun before it.
NOMINEE = (
    '"Is President Obama going to finally mention the words radical Islamic terrorism? If he '
    "doesn't he should immediately resign in disgrace!\" the presumptive GOP presidential "
    "nominee, Donald Trump, tweeted Sunday after a lone-wolf attack on an Orlando nightclub."
)


@rule("quote", example=NOMINEE)
def cue_after_apposition(quote: Span) -> Cue | None:
    """After a quote that closes a sentence of its own, a sentence that opens with a noun
    and a name in apposition to it, then a reporting verb the parse hangs from that noun
    with no subject of its own ('"...!" the presumptive GOP presidential nominee, Donald
    Trump, tweeted Sunday'): the verb is the cue, the noun and its name who spoke."""
    after = _sentence_after(quote)
    verb = next((t for t in after if t.pos_ in VERBALS), None) if after is not None else None
    if after is None or verb is None or verb.dep_ != "acl" or not is_quote_cue(verb):
        return None
    noun = verb.head
    opens = noun.left_edge.i == after.start and noun.pos_ in NOMINALS
    apposed = any(c.dep_ == "appos" and c.i < verb.i for c in noun.children)
    return (verb, False) if opens and apposed else None


# PolNeAR train, The Western Journal 2016-08-27 (The Advocate's editorial): "read" tagged a noun.
EDITORIAL = (
    "The Advocate aimed its Friday editorial at Clinton. \u201cIf she wants to be the next "
    "president, Hillary Clinton should act like one, and come to Louisiana,\u201d the "
    "editorial read. The newspaper said that given the extent of the flooding she should visit."
)


@rule("quote", example=EDITORIAL)
def cue_tagged_otherwise(quote: Span) -> Cue | None:
    """Right after a quote that closes on a comma or question mark, a reporting word the
    tagger took for a noun or a modifier, after a short subject with no verb and ending its
    clause: '"...," the editorial read.', '"...?" the 43-year-old asked in the video's
    description', '"...," the two write.'"""
    doc, at = quote.doc, quote.end
    while at < len(doc) and (doc[at].is_punct or doc[at].is_quote) and doc[at].text != "-":
        at += 1
    for token in doc[at + 1 : min(at + 1 + _SUBJECT_REACH, len(doc))]:
        if token.is_punct and token.text != "-":
            return None
        if _mistagged_cue(token) and source_before(token) is not None:
            return token, False
    return None


def _mistagged_cue(token: Token) -> bool:
    """A reporting word in lower case (not "Post" in "the New York Post's") the parse gave
    no subject of its own, ending its clause."""
    lemmas = {token.lemma_.lower(), token.lower_}
    listed = not lemmas.isdisjoint(words("reporting_verbs")) or not lemmas.isdisjoint(
        words("quote_verbs")
    )
    parsed = token.pos_ == "VERB" and any(c.dep_ in SUBJECTS for c in token.children)
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    ends = following is None or following.is_punct or following.pos_ in CLAUSE_END_POS
    return listed and token.is_lower and not parsed and ends


def source_before(cue: Token) -> Span | None:
    """The words between a quote's closing mark (after a comma, question or exclamation
    mark) and a cue, when they are a short subject with no verb: "the editorial" in
    '"...," the editorial read'."""
    doc = cue.doc
    for i in range(cue.i - 1, max(cue.i - 1 - _SUBJECT_REACH, 0), -1):
        token = doc[i]
        if token.is_quote and i > 0 and doc[i - 1].text in _CLOSING:
            phrase = doc[i + 1 : cue.i]
            return phrase if any(t.pos_ in SHORT_SUBJECT_POS for t in phrase) else None
        if (token.is_punct and token.text != "-") or token.pos_ in VERBALS or is_quoted(token):
            return None
    return None


# PolNeAR train, Politico 2016-08-17 (Anita Dunn): "denies" governs the quote in the parse.
DUNN = (
    "If Russia is indeed attempting to destabilize Clinton’s candidacy — as many "
    "researchers believe, but Moscow strongly denies — “why wouldn’t you want "
    "to raise the potential?” asked Dunn, now a partner at communications firm "
    "SKDKnickerbocker."
)


@rule("quote", example=DUNN)
def inverted_cue_after(quote: Span) -> Cue | None:
    """A quote that closes on a comma, question or exclamation mark and is followed at once
    by a reporting verb with its subject after it ('"...?" asked Dunn') is reported by that
    verb, whatever the parse hangs the quote from ("Moscow strongly denies — '...?'")."""
    if not _closes_open(quote):
        return None
    verb = _next_word(quote)
    if verb is None or not is_quote_cue(verb) or is_quoted(verb):
        return None
    inverted = any(c.dep_ in SUBJECTS and c.i > verb.i for c in verb.children)
    return (verb, verb in _ancestors(quote)) if inverted else None


# PolNeAR train, The Western Journal 2015-12-07: an unlisted verb with a subject and nothing else.
REACTED = (
    "Obama spoke about the need for Americans to recognize the positive contributions of "
    "Muslims in America. “What sport is he talking about, and who? Is Obama profiling?” "
    "reacted Trump."
)


@rule("quote", example=REACTED)
def bare_clause_after(quote: Span) -> Cue | None:
    """A quote that closes on a comma, question or exclamation mark followed by a clause
    of nothing but a verb and its subject, inverted or a name or pronoun ('"...?" reacted
    Trump.', '"...?" Hannity pressed.', not '"...?" The crowd booed.' nor a negated verb,
    "Mrs. Clinton did not hesitate."), is reported by that verb, listed or not: the quote is
    what it takes."""
    if not _closes_open(quote):
        return None
    start = quote.end
    while start < len(quote.doc) and (quote.doc[start].is_quote or quote.doc[start].is_space):
        start += 1
    end = start
    while end < len(quote.doc) and not quote.doc[end].is_punct and end - start <= _BARE_CLAUSE:
        end += 1
    clause = quote.doc[start:end]
    if end >= len(quote.doc) or quote.doc[end].text != "." or not clause:
        return None
    verbs = [t for t in clause if t.pos_ == "VERB"]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not subjects or (subjects[0].i < verb.i and not _names_speaker(subjects[0])):
        return None  # '"...?" The crowd booed.': a reaction, not a report
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "''...?'' Mrs. Clinton did not hesitate.": no report
    rest = [t for t in clause if t.i != verb.i and not any(t in s.subtree for s in subjects)]
    if any(t.pos_ not in VERB_MODIFIER_POS for t in rest):
        return None
    return verb, False


def _names_speaker(subject: Token) -> bool:
    """A subject before its verb that names who spoke: a name, a personal pronoun, or a
    capitalised word with no determiner (the tagger's "Hannity" as a noun), never a common
    noun phrase ("The crowd")."""
    bare = subject.is_title and not any(c.dep_ == "det" for c in subject.children)
    return subject.pos_ in NAMED_OR_PRONOUN or bool(subject.ent_type_) or bare


CUE_RULES: list[Rule[[Span], Cue | None]] = [
    inverted_cue_after,
    governing_cue,
    introducing_verb,
    cue_in_sentence,
    cue_after_quote,
    cue_after_apposition,
    cue_tagged_otherwise,
    bare_clause_after,
]


def find_cue(quote: Span) -> tuple[Rule[[Span], Cue | None], Cue] | None:
    """The first of `CUE_RULES` that finds the quote's cue, and the cue."""
    found = first(CUE_RULES, quote)
    return (found[0], found[1]) if found is not None and found[1] is not None else None


def _closes_open(quote: Span) -> bool:
    """The quote's words end on a comma, question or exclamation mark: its sentence goes on
    after the closing mark."""
    inner = quote.text.rstrip(" \u201c\u201d\"'\u2018\u2019`")
    return inner[-1:] in _CLOSING


def _next_word(quote: Span) -> Token | None:
    """The first token after a quote's closing marks and white space."""
    doc, at = quote.doc, quote.end
    while at < len(doc) and (doc[at].is_quote or doc[at].is_space or doc[at].text in _CLOSING):
        at += 1
    return doc[at] if at < len(doc) else None


def _ancestors(quote: Span) -> set[Token]:
    return {a for t in _tops(quote) for a in t.ancestors}


def _has_content(verb: Token) -> bool:
    """The verb says something of its own: a clause or an object outside marks, but not
    the one spoken to ("Trump told Britain's ITV", lexicon `addressee_verbs`)."""
    spoken_to = verb.lemma_.lower() in words("addressee_verbs")
    return any(
        c.dep_ in CUE_CONTENT and not is_quoted(c) and not (spoken_to and c.dep_ == "dobj")
        for c in verb.children
    )


def _distance(token: Token, quote: Span) -> int:
    return min(abs(token.i - quote.start), abs(token.i - quote.end))


def _beside(verb: Token, quote: Span) -> bool:
    return (
        quote.start - _ADJACENT <= verb.i < quote.start
        or quote.end <= verb.i <= quote.end + _ADJACENT
    )


def _after_subject(sentence: Span) -> list[Token]:
    """The first verb with a subject of a sentence that opens with that subject and nothing
    else before the verb ('a welcome message on the website reads'; 'Miller, a retired
    worker from a nuclear plant, said', not the verb in "retired"), if any."""
    verb = next(
        (t for t in sentence if t.pos_ == "VERB" and any(c.dep_ in SUBJECTS for c in t.children)),
        None,
    )
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None) if verb else None
    if verb is None or subject is None or subject.left_edge.i != sentence.start:
        return []
    between = sentence.doc[subject.right_edge.i + 1 : verb.i]
    return [verb] if all(t.pos_ in VERB_MODIFIER_POS for t in between) else []


def _sentence_after(quote: Span) -> Span | None:
    """The sentence right after a quote that closes a sentence of its own
    ('"How can it go away?" Alan Mulally remembered asking')."""
    after = next((t for t in quote.doc[quote.end : quote.end + 4] if not t.is_punct), None)
    if after is None or not after.is_sent_start or is_quoted(after) or quote[-1].sent.end > after.i:
        return None
    return after.sent
