"""Who said a quote in marks: `SPEAKER_RULES`, the first that decides wins.

A quote signed after a dash, or on the line that closes its marks, is said by the name
signed; one after a digest's label ("- Carl Bialik:") by whom the label names (the
colon rules live in colon_labels.py). One with
a reporting cue is said by the cue's subject (speakers.py). One without is
said by the person a transcript label names; else by whom the words before a colon right
before it name; else by the outlet a digest credits in brackets after it (the credit
rules live in credits.py); else by the subject of the reporter's sentence
around it; else by the speaker of the quote right before it, when it goes on in its
sentence or in a paragraph of its own; else by the
subject of the sentence introducing it. The last rule leaves a quote with no speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span, Token

from briefgen.extract import ParsedArticle
from briefgen.extract.actors import ActorIndex
from briefgen.extract.colon_labels import (
    colon_introduction,
    label_before_colon,
    transcript_label,
)
from briefgen.extract.credits import outlet_credit, signature_in_marks
from briefgen.extract.labels import ACTIVE_SUBJECTS
from briefgen.extract.lexicon import words
from briefgen.extract.quotemarks import is_quoted
from briefgen.extract.referents import referent
from briefgen.extract.rules import Rule, first, record, rule
from briefgen.extract.speakers import Attribution, speaker_of
from briefgen.model import Evidence

SENTENCE_STOPS = frozenset(".!?")

# Examples (MEANTIME Wikinews, CC BY 4.0).
JOBS = (
    '"We love the Beatles, and it has been painful being at odds with them over these '
    'trademarks," said Apple Inc. CEO Steve Jobs. "It feels great to resolve this in a positive '
    "manner, and in a way that should remove the potential of further disagreements in the "
    'future."'
)


@dataclass(frozen=True)
class Setting:
    """A quote and what its speaker is read from: its cue, the quote before it in the
    article and its speaker, and the brief's actors."""

    quote: Span
    cue: Token | None
    previous: tuple[Span, Attribution] | None
    actors: ActorIndex


@rule("speaker", example="Pakistan accused Kabul of sheltering the Tehrik-e-Taliban Pakistan.")
def cue_subject(setting: Setting) -> Attribution | None:
    """A quote with a reporting cue is said by the cue's subject, or by nobody we know; a cue
    with no subject at all ('Adding, "..."') leaves the quote to the rules after it."""
    if setting.cue is None:
        return None
    said = speaker_of(setting.cue, setting.quote, setting.actors)
    return said if said.steps or said.name else None


# PolNeAR train, Washington Post 2016-02-05 (a fact check): quotes signed after a dash.
SIGNED = (
    "In the end, Sanders voted in support of the ACA. \"I will look into it. I don't know the "
    'status, but I will certainly look into it." - Hillary Clinton. Clinton has certainly been '
    "looking into it a long time."
)
DASHES = frozenset("-\u2013\u2014")


@rule("speaker", example=SIGNED)
def dash_signature(setting: Setting) -> Attribution | None:
    """A quote signed after a dash, on its line or the next, is said by the name that
    follows, up to a comma or the end of its sentence: '"..." - Bernie Sanders.', '"..."
    -President Obama, tweeting ...'."""
    quote = setting.quote
    doc, at = quote.doc, quote.end
    while at < len(doc) and (doc[at].is_quote or doc[at].is_space or doc[at].text in ".,"):
        at += 1
    if at >= len(doc) or doc[at].text[:1] not in DASHES:
        return None
    start = at if doc[at].text.strip("".join(DASHES)) else at + 1
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].is_space:
        end += 1
    if end == start or (end < len(doc) and not doc[end].is_punct and not doc[end].is_space):
        return None
    name = doc[end - 1]
    named = referent(name, setting.actors)
    source = doc[start:end]
    return Attribution(named[1], (named,), source) if named else Attribution(None, (), source)


@rule(
    "speaker",
    example="After the case closed Apple Computer CEO Steve Jobs extended an invitation to the "
    'record label, "we have always loved the Beatles, and hopefully we can now work together to '
    'get them on the iTunes Music Store".',
)
def reporter_sentence(setting: Setting) -> Attribution | None:
    """A quote in a sentence of the reporter's is said by the subject of its verb nearest
    the quote: 'Jobs extended an invitation, "..."'. A passive subject is said to only, unless
    the verb is one of saying ("Jobs was quoted as saying"): "many are met with the argument"
    names who hears it; and an adverbial clause before the main clause only sets the scene."""
    quote = setting.quote
    frame = [
        t
        for t in quote[0].sent
        if t.pos_ == "VERB"
        and not _scene_set(t, quote)
        and not is_quoted(t)
        and any(_speaks(c) for c in t.children)
    ]
    if not frame:
        return None
    verb = min(frame, key=lambda t: abs(t.i - quote.start))
    return speaker_of(verb, quote, setting.actors)


def _scene_set(verb: Token, quote: Span) -> bool:
    """An adverbial clause whose main clause stands between it and the quote sets the scene
    ("As friends try to convince loved ones, many are met with the argument: ..."); right
    before the quote it frames it ("As Vulture put it, ...")."""
    return verb.dep_ == "advcl" and verb.i < verb.head.i < quote.start


def _speaks(subject: Token) -> bool:
    """The subject can be who speaks: an active one, or a passive one of a verb of saying."""
    if subject.dep_ in ACTIVE_SUBJECTS:
        return True
    return subject.dep_ == "nsubjpass" and subject.head.lemma_ in words("reporting_verbs")


@rule("speaker", example=JOBS)
def continued_quote(setting: Setting) -> Attribution | None:
    """A quote that goes on from the one right before it (the same paragraph with nothing
    but quotes in between, or the next sentence) has its speaker."""
    quote, previous = setting.quote, setting.previous
    sentence = quote[0].sent
    if previous is None or sentence.start == 0:
        return None
    before = quote.doc[sentence.start - 1].sent
    gap = quote.doc[previous[0].end : quote.start].text
    if not gap.strip(" \n“”\"‘’`',.") or (
        "\n" not in gap and (previous[0].end >= before.start or _one_clause(previous[0], quote))
    ):
        return Attribution(previous[1].name, source=previous[1].source)
    return None


def _one_clause(previous: Span, quote: Span) -> bool:
    """Between two quotes, one clause with one verb and one full stop at its end, however
    the parser split it ('"...," said Air Force 1st Lt. Tyler Livingston. "..."': the tagger
    calls the stop of "Lt." part of the name, the parser ends a sentence there)."""
    gap = [t for t in quote.doc[previous.end : quote.start] if not (t.is_quote or t.is_space)]
    stops = [t for t in gap if t.text in SENTENCE_STOPS and t.pos_ == "PUNCT"]
    verbs = [t for t in gap if t.pos_ == "VERB"]
    return len(verbs) == 1 and len(stops) == 1 and stops[0].i == gap[-1].i


# PolNeAR train, Breitbart 2016 (Maria Espinoza): a paragraph that is only a quote.
ESPINOZA = (
    "\u201cI won\u2019t just talk like a conservative during the election season,\u201d "
    'Espinoza said Friday.\n\n"I am a proven champion for Constitutional governance, '
    'individual liberty and the Rule of Law."'
)


@rule("speaker", example=ESPINOZA)
def quote_paragraph(setting: Setting) -> Attribution | None:
    """A paragraph that is nothing but a quote, right after the paragraph of the quote before
    it, goes on with that quote's speaker (or its source as written)."""
    quote, previous = setting.quote, setting.previous
    if previous is None or (previous[1].name is None and previous[1].source is None):
        return None
    doc = quote.doc
    start, end = quote.start, quote.end
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    around = [*doc[start : quote.start], *doc[quote.end : end]]
    if any(not (t.is_punct or t.is_quote or t.is_space) for t in around):
        return None
    lines = doc[previous[0].end : start].text.split("\n")
    if sum(1 for line in lines if line.strip()) > 1:
        return None  # a paragraph in between
    return Attribution(previous[1].name, source=previous[1].source)


@rule(
    "speaker",
    example="Following some speculation that the companies Daimler-Benz (Mercedes-Benz) and "
    "Chrysler, which merged together in 1998 to make DaimlerChrysler, would split, chairman "
    'Dieter Zetsche denied allegations. "We do not exclude any option in order to find the best '
    'solution for both the Chrysler Group and DaimlerChrysler."',
)
def introducing_sentence(setting: Setting) -> Attribution | None:
    """A quote right after a sentence of the reporter's in its paragraph is said by that
    sentence's subject ('Zetsche denied allegations. "We do not exclude any option."')."""
    quote = setting.quote
    sentence = quote[0].sent
    if sentence.start == 0 or any(not t.is_punct for t in quote.doc[sentence.start : quote.start]):
        return None  # the quote does not open its sentence: "When asked whether the deal ..."
    before = quote.doc[sentence.start - 1].sent
    if "\n" in quote.doc[before.end - 1 : quote.start].text or is_quoted(before.root):
        return None
    root = before.root
    return speaker_of(root, None, setting.actors) if root.pos_ == "VERB" else None


@rule(
    "speaker",
    # PolNeAR dev, USA Today 2016-09-16: a title in marks, said by nobody.
    example='Ouisa Davis\' commentary, "Melania, tell your immigrant story," is very '
    "thoughtful. Several weeks ago, Donald Trump stated that Melania would discuss her "
    'immigration history "in a few weeks."',
)
def unattributed(setting: Setting) -> Attribution | None:
    """No rule names who said the quote: it has no speaker."""
    return Attribution(None)


SPEAKER_RULES: list[Rule[[Setting], Attribution | None]] = [
    dash_signature,
    signature_in_marks,
    label_before_colon,
    cue_subject,
    transcript_label,
    colon_introduction,
    outlet_credit,
    reporter_sentence,
    continued_quote,
    quote_paragraph,
    introducing_sentence,
    unattributed,
]


def attribute(
    setting: Setting, finding: list[Rule[..., Any]], evidence: Evidence
) -> tuple[Attribution, list[str]]:
    """The quote's speaker and source as written by the first of `SPEAKER_RULES` that
    decides, every step recorded, and the quote's `why`: the finding rules, then the
    speaker's."""
    found = first(SPEAKER_RULES, setting)
    assert found is not None and found[1] is not None, "the last speaker rule always decides"
    how, attribution = found[0], found[1]
    subject = setting.quote.text.strip()
    record(how, subject, attribution.name or "no speaker", [evidence])
    for step, outcome in attribution.steps:
        record(step, subject, outcome, [evidence])
    chain = [*finding, how, *(step for step, _ in attribution.steps)]
    return attribution, list(dict.fromkeys(r.name for r in chain))


def written_source(article: ParsedArticle, said: Attribution) -> dict[str, Any]:
    """A quote's source as the text writes it, and where: `source_text`, `source_evidence`."""
    if said.source is None or not said.source.text.strip():
        return {}
    return {
        "source_text": said.source.text.strip(),
        "source_evidence": article.span_evidence(said.source),
    }
