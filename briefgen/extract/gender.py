"""A person's grammatical gender as the text shows it, for pronoun agreement.

Two signals, both vocabulary (lexicon `masculine_words`, `feminine_words`): a courtesy title
before a name ("Mr MacFarlane", "Mrs. Clinton"), and the gendered pronoun subjects outside
quote marks right after a sentence whose only subject naming a person is that one ("Trump
spoke. He said ..."), a person being any name whose last word is a surname the tagger
called a person somewhere. A name gets a gender when its signals agree at least twice as
often as they disagree; the table is read once per Doc, keyed by surname (the name's last
word).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc, Span, Token

from briefgen.extract.ents import ents_in, model_ents
from briefgen.extract.labels import SUBJECTS
from briefgen.extract.lexicon import folded
from briefgen.extract.quotemarks import is_quoted
from briefgen.extract.views import once_per_doc

MASCULINE, FEMININE = "masculine", "feminine"
_KEY = "briefgen_genders"
_TITLE_WEIGHT = 2  # a courtesy title outweighs one pronoun
_MAJORITY = 2  # votes for a gender over votes against it


def word_gender(token: Token) -> str | None:
    """The gender a pronoun or courtesy title marks ("she", "Mr."), if any."""
    word = token.lower_
    if word in folded("masculine_words"):
        return MASCULINE
    return FEMININE if word in folded("feminine_words") else None


def name_gender(name: Span) -> str | None:
    """The gender the text gives the person a name (its surname) stands for, if clear."""
    return genders(name.doc).get(name[-1].lower_)


def genders(doc: Doc) -> dict[str, str]:
    """Each person's gender by surname, from the whole Doc, computed once."""
    return dict(once_per_doc(doc, _KEY, _count))


def _count(doc: Doc) -> dict[str, str]:
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    previous: set[str] = set()
    surnames = {e[-1].lower_ for e in model_ents(doc) if e.label_ == "PERSON"}
    for sentence in doc.sents:
        # a person's surname counts whatever the tagger called it there ("Trump" as ORG)
        people = [e for e in ents_in(sentence) if e[-1].lower_ in surnames]
        for person in people:
            title = doc[person.start - 1] if person.start > 0 else None
            marked = word_gender(title) if title is not None else None
            if marked is not None:
                votes[person[-1].lower_][marked] += _TITLE_WEIGHT
        subjects = [p for p in people if p.root.dep_ in SUBJECTS]
        for token in sentence:
            marked = word_gender(token)
            if marked is None or token.dep_ not in SUBJECTS or is_quoted(token):
                continue
            before = {p[-1].lower_ for p in subjects if p.end <= token.i} or previous
            if len(before) == 1:
                votes[next(iter(before))][marked] += 1
        previous = {p[-1].lower_ for p in subjects}
    found = {}
    for name, counts in votes.items():
        (best, most), *rest = counts.most_common()
        if most >= _MAJORITY * (rest[0][1] if rest else 0):
            found[name] = best
    return found
