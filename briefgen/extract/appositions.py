"""Sources the parse splits from their apposition: a cue it hangs from the noun it makes
the sentence's root ("Murphy, the head of Right to Rise USA, Tweeted", `modified_noun`), and
a noun phrase set off by a comma before the subject after a quote ('"...," another friend,
Mariam Emara told CNN', `apposition_before_subject`); read by speakers.py."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.extract.cues import is_cue
from briefgen.extract.labels import NOMINALS, NOT_APPOSED_OPENERS, SUBJECTS, VERBALS
from briefgen.extract.rules import rule

# PolNeAR train, Breitbart 2016-01-01: the parse makes "Tweeted" a modifier of "Murphy".
MURPHY = (
    "\u201cNot us but can\u2019t argue with it!\u201d Murphy, the head of Right to Rise USA, "
    "Tweeted on Friday with an image of the anti-Trump skywriting."
)


@rule("speaker", example=MURPHY)
def modified_noun(node: Token) -> Token | None:
    """A cue with no subject that the parse hangs from the noun it makes the root of the
    sentence ("Murphy, the head of Right to Rise USA, Tweeted": the parse saw no main
    verb) is said by that noun; one under an object ("released a statement saying") or a
    subject ("a poll showing") climbs on."""
    if node.dep_ != "acl" or not is_cue(node) or any(c.dep_ in SUBJECTS for c in node.children):
        return None
    noun = node.head
    return noun if noun.dep_ == "ROOT" and noun.pos_ in NOMINALS and noun.i < node.i else None


# PolNeAR train, Politico 2016-08-08: the parse hangs the name off the verb, not the role.
TAMARGO = (
    "\u201cHe looked me right in the eye and said you need to tell me what does it take to win "
    "in this county,\u201d Deborah Tamargo, the chairwoman of Florida\u2019s Hillsborough "
    "County GOP, recalled of a June conversation she had with Trump at the event."
)
_APPOSED_WORDS = 8  # tokens of a noun phrase in apposition before the subject
_NOT_APPOSED = VERBALS | {"ADP"}


@rule("speaker", example=TAMARGO)
def apposition_before_subject(source: Span, quoted: Span | None) -> Span | None:
    """After a quote, a short noun phrase with no verb that opens the attribution and is
    set off from the source by a comma is in apposition to it, however the parse hung it
    ('"...," another friend, Mariam Emara told CNN'; '"...," Deborah Tamargo, the chairwoman
    of Florida's Hillsborough County GOP, recalled'): the phrase, or None. Not a scene set
    before it ("In a statement, Clinton said")."""
    doc = source.doc
    if quoted is None or quoted.end > source.start or source.start < 2:
        return None
    if doc[source.start - 1].text != "," or (len(source) == 1 and source[0].pos_ == "PRON"):
        return None
    start = quoted.end
    while start < source.start and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if not any(t.text in ",?!" for t in doc[quoted.end - 1 : start]):
        return None  # the quote's sentence goes on with its attribution: '"...," another friend'
    phrase = doc[start : source.start - 1]
    if not 0 < len(phrase) <= _APPOSED_WORDS or phrase[0].pos_ in NOT_APPOSED_OPENERS:
        return None
    if any(t.pos_ in _NOT_APPOSED or (t.is_punct and t.text != ".") for t in phrase):
        return None  # a verb, a preposition: a clause or a scene ("the dawn of the movement")
    return phrase if any(t.pos_ in NOMINALS for t in phrase) else None


def with_apposition(source: Span, subject: Token) -> Span:
    """A source read by `modified_noun`, widened to the apposition set off by commas right
    before the cue: "the presumptive GOP presidential nominee, Donald Trump"."""
    doc = subject.doc
    said = next(t.i for t in doc[subject.i :] if t.dep_ == "acl" and is_cue(t))
    ends = [c.right_edge.i + 1 for c in subject.children if c.dep_ == "appos"]
    beside = [end for end in ends if end + 1 == said and doc[end].text == ","]
    return doc[source.start : max([source.end, *beside])]
