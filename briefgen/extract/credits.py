"""Quotes credited after their marks, with no cue: a digest's bracketed credit ('"..."
[WaPo.]', `outlet_credit`) and a signature on the line that closes the marks ('"...\nDean
Baker, Center for Economic and Policy Research."', `signature_in_marks`); read by
attribution.py's `SPEAKER_RULES`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from briefgen.extract.labels import VERBALS
from briefgen.extract.referents import referent
from briefgen.extract.rules import rule
from briefgen.extract.speakers import Attribution

if TYPE_CHECKING:
    from briefgen.extract.attribution import Setting


# PolNeAR train, HuffPost 2016-01-12 (a morning email): a digest's item, a headline in
# capitals, the excerpt in marks, the outlet it is taken from in brackets.
DIGEST = (
    "EBOLA SURVIVORS, THROUGH THE LENS \u201cIt\u2019s about creating agency for communities "
    "who previously didn\u2019t have very much agency to tell their own story.\u201d "
    "[HuffPost.]\n\nStopping brain inflammation may be the key."
)
_CREDIT_WORDS = 6  # tokens inside a credit's brackets: "[Lee Moran, HuffPost]", "[WSJ | Paywall]"


@rule("speaker", example=DIGEST)
def outlet_credit(setting: Setting) -> Attribution | None:
    """A quote with no cue followed by a credit in brackets that ends its paragraph
    ('"..." [WaPo.]', '"..." [Mother Jones.]') is an excerpt of what the credit names: that
    is its source as written, and its actor when it is one."""
    if setting.cue is not None:
        return None
    credit = _credit_after(setting.quote)
    if credit is None:
        return None
    for token in credit:
        named = referent(token, setting.actors) if token.pos_ == "PROPN" else None
        if named is not None:
            return Attribution(named[1], (named,), credit)
    return Attribution(None, (), credit)


def _ends_paragraph(token: Token) -> bool:
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is None or "\n" in token.whitespace_ + after.text


def _credit_after(quote: Span) -> Span | None:
    """The words of a bracketed credit right after the quote's closing mark, when the
    paragraph ends after it: capitalised words, with no verb, before an optional stop."""
    doc, at = quote.doc, quote.end
    while at < len(doc) and (doc[at].is_quote or doc[at].is_space):
        at += 1
    if at >= len(doc) or doc[at].text != "[":
        return None
    close = next((t.i for t in doc[at + 1 : at + 2 + _CREDIT_WORDS] if t.text == "]"), None)
    if close is None or not _ends_paragraph(doc[close]):
        return None
    end = next((t.i for t in doc[at + 1 : close] if t.text == "|"), close)  # "[WSJ | Paywall]"
    end -= 1 if doc[end - 1].text == "." else 0
    credit = doc[at + 1 : end]
    if not len(credit) or not credit[0].text[:1].isupper():
        return None
    return None if any(t.pos_ in VERBALS for t in credit) else credit


# PolNeAR train, HuffPost 2016-06-23: a quoted passage signed inside its marks.
BAKER = (
    '"I worry that we may see a resurgence of Democrats singing the virtues of balanced budgets '
    "as Clinton tries to distinguish herself from Trump\u2019s irresponsible tax cuts.\nDean "
    'Baker, Center for Economic and Policy Research."'
)
_SIGNATURE_WORDS = 12  # tokens of a signature: a name and where the person works


@rule("speaker", example=BAKER)
def signature_in_marks(setting: Setting) -> Attribution | None:
    """A quote whose closing mark comes on the next line, after only a person's name and
    what they are, with no verb ('"... tax cuts.\nDean Baker, Center for Economic and
    Policy Research."', '"...\nFormer NAACP president Ben Jealous."') is signed by that
    person."""
    signed = _signature_after(setting.quote)
    if signed is None:
        return None
    person = next((t for t in reversed(signed) if t.ent_type_ == "PERSON"), None)
    if person is None or any(t.pos_ in VERBALS for t in signed):
        return None
    named = referent(person, setting.actors)
    return Attribution(named[1] if named else None, (named,) if named else (), signed)


def _signature_after(quote: Span) -> Span | None:
    """The words of the line after a quote that ends its paragraph open, when that line is
    short and ends on the closing mark: the signature, without its stop."""
    doc, at = quote.doc, quote.end
    if at >= len(doc) or "\n" not in doc[at - 1].whitespace_ + doc[at].text or doc[at - 1].is_quote:
        return None
    while at < len(doc) and doc[at].is_space:
        at += 1
    close = next((t.i for t in doc[at : at + _SIGNATURE_WORDS + 2] if t.is_quote), None)
    if close is None or close == at or not _ends_paragraph(doc[close]):
        return None
    end = close - 1 if doc[close - 1].text == "." else close
    return doc[at:end] if end > at and "\n" not in doc[at:end].text else None
