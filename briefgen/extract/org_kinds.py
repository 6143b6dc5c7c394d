"""Type rules by an organisation's signals: an armed group, or any other organisation.

The last rules of the cascade: a name with a word of an armed group or described as one is
a group, any other an organisation, each with the acronym given after it in brackets
(`acronym_after`, also read by `entities`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from briefgen.extract.labels import COORDINATE
from briefgen.extract.lexicon import folded, words
from briefgen.extract.mentions import Mention, Typed
from briefgen.extract.missed import initials_take
from briefgen.extract.rules import rule

if TYPE_CHECKING:
    from briefgen.extract.kinds import Candidate


# An acronym that skips some of its name's words ("UNRWA") has at least this many letters:
# two letters taken from a long name say too little.
_MIN_SKIPPING_ACRONYM = 3


@rule(
    "type",
    example="Pakistani officials have long maintained that the Afghan Taliban has failed.",
)
def armed_group(c: Candidate) -> Typed | None:
    """An organisation that is an armed group: a name with a word of one (lexicon
    `armed_group_words`: "Taliban", "Army"), or described as one in apposition or
    coordination (lexicon `armed_group_nouns`: "militant group", "the militia")."""
    span = c.span
    found = any(token.text in words("armed_group_words") for token in span)
    nouns = folded("armed_group_nouns")
    nearby = [span.root.head, *span.root.children]
    found = found or any(t.lower_ in nouns and t.dep_ in COORDINATE for t in nearby)
    found = found or (span.root.dep_ == "appos" and span.root.head.lower_ in nouns)
    return Mention(c.name, "group", c.evidence, acronym=acronym_after(span)) if found else None


@rule(
    "type",
    example="The Air Force has 60 days to respond to the GAO.",
)
def organisation(c: Candidate) -> Typed | None:
    """Any other name is an organisation's, with the acronym given after it."""
    return Mention(c.name, "organization", c.evidence, acronym=acronym_after(c.span))


def acronym_after(span: Span) -> str | None:
    """The acronym in brackets right after a name, when it spells the name's capitalised
    words ("Tehrik-e-Taliban Pakistan (TTP)"), a legal form left out ("European Aeronautic
    Defence & Space NV (EADS)"), or takes their initials in order ("IGAD")."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return None
    candidate = doc[span.end + 1].text
    if not candidate.isupper() or len(candidate) < 2:
        return None
    tokens = [token.text for token in span]
    while len(tokens) > 1 and tokens[-1] in words("legal_forms"):
        tokens.pop()
    initials = "".join(text[0] for text in tokens if text[:1].isupper())
    parts = "".join(
        part[0] for part in " ".join(tokens).replace("-", " ").split() if part[:1].isupper()
    )
    if candidate in (initials, parts) or _spells_out(initials, candidate):
        return candidate
    if len(candidate) >= _MIN_SKIPPING_ACRONYM and initials_take(span, candidate):
        return candidate  # "United Nations Relief and Works Agency for Palestine Refugees"
    return None


def _spells_out(initials: str, acronym: str) -> bool:
    """Initials an acronym takes in order, with at most two letters from inside words
    ("IGAD" for "Intergovernmental Authority on Development", "UNICEF")."""
    if len(initials) < 2 or acronym[0] != initials[0] or len(acronym) > len(initials) + 2:
        return False
    letters = iter(acronym)
    return all(initial in letters for initial in initials)
