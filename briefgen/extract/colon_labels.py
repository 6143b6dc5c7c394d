"""Quotes after a colon: who the words before it name (`transcript_label`,
`colon_introduction`, `label_before_colon`, read by attribution.py's `SPEAKER_RULES`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from briefgen.extract.labels import (
    ACTIVE_SUBJECTS,
    COMPOUND_OR_APPOSITION,
    NOMINALS,
    SUBJECTS,
    VERBALS,
    WH_PRONOUN_TAGS,
)
from briefgen.extract.quotemarks import is_quoted
from briefgen.extract.referents import referent
from briefgen.extract.rules import rule
from briefgen.extract.speakers import NAME_LABELS, Attribution, source_phrase, speaker_of

if TYPE_CHECKING:
    from briefgen.extract.attribution import Setting

LABEL_OPENERS = frozenset("-\u2013\u2014|")  # a dash or bar before a digest's label

# Examples (MEANTIME Wikinews, CC BY 4.0; PolNeAR train, named beside each).
ROCHE = (
    "The following is a sequential email exchange regarding Airbus as recorded in the "
    "Congressional Record:: Special Asst. to the Secretary and Director of Air Force "
    'Communications Bill Bodie: "We don\'t have to turn the other cheek, you know." : Secretary '
    'of the Air Force James Roche: "No, Sir, save it and blow him away. He admits that they '
    'were not technically qualified!"'
)


@rule("speaker", example=ROCHE)
def transcript_label(setting: Setting) -> Attribution | None:
    """A transcript label: 'Secretary of the Air Force James Roche: "No, Sir, ..."'."""
    quote = setting.quote
    before = [t for t in quote.doc[max(quote.start - 3, 0) : quote.start] if not t.is_quote]
    if len(before) < 2 or before[-1].text != ":" or not before[-2].ent_type_:
        return None
    if _addressed(before[-2]):  # "delivered a blunt message to Trump:" labels nobody
        return None
    named = referent(before[-2], setting.actors)
    if named is None:
        return None
    return Attribution(named[1], (named,), source_phrase(before[-2]))


def _addressed(name: Token) -> bool:
    """A name after a preposition in a clause whose verb comes before it ("delivered a blunt
    message to Trump:") is whom the words go to; in a title with no verb it stays a label
    ("Director of Air Force Communications Bill Bodie:")."""
    return name.dep_ == "pobj" and any(a.pos_ == "VERB" and a.i < name.i for a in name.ancestors)


# PolNeAR train, Breitbart 2015-11-11: the quotes open the paragraphs after the colons.
CRUZ = (
    "That is, when the CNBC moderators yielded to the snaky temptation of snark, Cruz called "
    "them on it:\n\n\u201cThe questions asked in this debate illustrate why the American "
    "people don\u2019t trust the media.\u201d\n\nCruz continued:\n\n\u201cYou look at the "
    "questions: Donald Trump, are you a comic book villain?\u201d"
)


@rule("speaker", example=CRUZ)
def colon_introduction(setting: Setting) -> Attribution | None:
    """A quote right after a colon, in its paragraph or opening the next, is said by whom the
    words before the colon name: the active subject of their main verb ("Cruz continued:"),
    or of a verb the parse hangs from the quote ("Obama's first five questioners ranged from
    skeptical to hostile:", "As John Cornyn put it:"); never of a relative clause nor of an
    adverbial clause before a main one ("As friends try to convince loved ones, many are met
    with the argument:", where the passive subject hears it); else the last name in them
    outside marks and relative clauses ("Stated Stone:")."""
    quote = setting.quote
    colon = _colon_before(quote)
    if colon is None:
        return None
    intro = quote.doc[colon.sent.start : colon.i]
    verbs = [
        t
        for t in intro
        if t.pos_ in VERBALS
        and (_main_clause(t) or t.head.i > colon.i)
        and any(c.dep_ in ACTIVE_SUBJECTS and c.i < colon.i for c in t.children)
        and not _relative(t)
    ]
    if verbs:
        return speaker_of(verbs[-1], quote, setting.actors)
    words = [t for t in intro if not is_quoted(t) and not _in_relative_clause(t, intro)]
    names = [t for t in words if t.ent_type_ in NAME_LABELS] or [
        t for t in words if t.pos_ == "PROPN" and not t.ent_type_
    ]
    if not names:
        return None
    named = referent(names[-1], setting.actors)
    source = source_phrase(names[-1])
    return Attribution(named[1], (named,), source) if named else Attribution(None, (), source)


def _main_clause(verb: Token) -> bool:
    """The verb heads its sentence, or is joined to the verb that does ("... and added:")."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _in_relative_clause(token: Token, intro: Span) -> bool:
    """The word lies, within the words before a colon, in a relative clause ("the cleric
    Anwar al-Awlaki, who was killed in a 2011 U.S. drone strike, is shown lecturing:" names
    no "U.S." as who speaks)."""
    node = token
    while intro.start <= node.head.i < intro.end and node.head.i != node.i:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return node.dep_ == "relcl"


def _relative(verb: Token) -> bool:
    """A relative clause, parsed as such or not: "the homepage of which currently displays"."""
    subjects = (c for c in verb.children if c.dep_ in SUBJECTS)
    return verb.dep_ == "relcl" or any(
        w.tag_ in WH_PRONOUN_TAGS for c in subjects for w in c.subtree
    )


def _colon_before(quote: Span) -> Token | None:
    """The colon right before a quote's opening mark, in its paragraph or the one before."""
    marks = [t for t in quote.doc[max(quote.start - 3, 0) : quote.start] if not t.is_space]
    while marks and marks[-1].is_quote:
        marks.pop()
    return marks[-1] if marks and marks[-1].text == ":" else None


# PolNeAR train, HuffPost 2016-02-03 ("HuffPollster: A seismic shift ..."): a digest line.
BIALIK = (
    "Pollsters agree - Carl Bialik: \u201cOne of the biggest lessons was a simple one: Keep "
    "on contacting voters as late as possible.\u201d"
)


@rule("speaker", example=BIALIK)
def label_before_colon(setting: Setting) -> Attribution | None:
    """A quote right after a colon is said by the name or noun phrase the colon follows
    when that phrase opens its line or follows a dash or "from": a digest's labels
    ('Pollsters agree - Carl Bialik: "..."', 'More from Blumenthal and Cohen: "..."',
    'From the report: "..."'), never the object of a verb ('Trump told Newsmax: "..."')."""
    colon = _colon_before(setting.quote)
    if colon is None or colon.i == 0:
        return None
    last = _label_head(colon.doc[colon.i - 1], colon)
    if last.pos_ not in NOMINALS:
        return None
    phrase = source_phrase(last)
    doc = colon.doc
    opener = next(
        (t for t in reversed(doc[phrase.start - 1 if phrase.start else 0 : last.i]) if _opens(t)),
        None,
    )
    if opener is None and phrase.start > 0 and not doc[phrase.start - 1].is_space:
        return None
    if opener is not None:
        phrase = doc[opener.i + 1 : max(phrase.end, opener.i + 2)]
    named = referent(last, setting.actors)
    return Attribution(named[1], (named,), phrase) if named else Attribution(None, (), phrase)


def _label_head(last: Token, colon: Token) -> Token:
    """The head of the phrase a colon follows, climbing from its last word through
    apposition and compounds on the same line: "Rep. Trey Gowdy (R-S.C.):" is Gowdy's label,
    not "S.C.)"'s."""
    node = last
    while (
        node.dep_ in COMPOUND_OR_APPOSITION
        and node.head.i < node.i
        and "\n" not in colon.doc[node.head.i : colon.i].text
    ):
        node = node.head
    return node


def _opens(token: Token) -> bool:
    """A dash, a bar, a sentence end or a "from" within a word of a sentence start or a dash
    ("From the report:", "- More from Blumenthal and Cohen:", not "Trump tweeted from his
    account:"): what a digest's label follows."""
    lead = token.doc[max(token.i - 2, 0) : token.i + 1]
    digest_from = token.lower_ == "from" and (
        lead[0].i == 0 or any(bool(t.is_sent_start) or t.text[:1] in LABEL_OPENERS for t in lead)
    )
    glued = token.text == "-" and _glued(token)  # "a libertarian-style case:"
    return (token.text in LABEL_OPENERS and not glued) or digest_from or bool(token.is_sent_end)


def _glued(token: Token) -> bool:
    """No white space on either side: a hyphen inside a word, not a dash."""
    doc = token.doc
    return not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_
