"""Ordinary news that used to crash extraction: names made only of initials, and a document
that ends inside a name the text described as an organisation."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from briefgen.extract import ParsedArticle
from briefgen.extract.actors import extract_actors
from briefgen.extract.entities import Mention
from briefgen.extract.links import choose_links
from briefgen.extract.missed import described_names
from briefgen.extract.name_use import NameUse
from briefgen.extract.names import (
    fold,
    same_given_name,
    shortened_in_article,
    spelling_variants,
    swapped,
    without_legal_form,
)
from briefgen.model import Article, Evidence, Source
from briefgen.pipeline import build_brief
from tests.conftest import AS_OF

# Names the model tags as a person or an organisation although they are initials, one
# letter, punctuation or another script: every link rule and name helper must take them.
ODD_NAMES = [
    "U. S.",
    "W. H. O.",
    "J. R. R.",
    "J. R. R. Tolkien",
    "J.",
    "X",
    "x y",
    "O'Brien",
    "D'Arcy-Smith",
    "Jean-Luc",
    "St. John",
    "al-",
    "-",
    ".",
    "Владимир Путин",
    "محمد",
    "习近平",
    "🙂 Smile",
    "A B C D E F G",
    " ",
    " J. ",
]


@pytest.mark.parametrize(
    "text",
    [
        # The model tags the initials as a person's name.
        "W. H. O. warned on Tuesday that cholera was spreading. W. H. O. said cases had doubled.",
        "The report was written by J. R. R. and approved by W. H. O. on Friday.",
        "J. K. told reporters that the talks in Istanbul had failed. J. K. Rowling said so too.",
    ],
)
def test_a_name_of_initials_only_is_briefed(parse_text, text):
    article = parse_text(text)
    assert extract_actors([article]).actors
    assert build_brief([Article(path="who.txt", title="Cholera", text=text)], as_of=AS_OF).actors


@pytest.mark.parametrize("kind", ["person", "organization", "group"])
def test_every_link_rule_takes_odd_names(kind):
    mentions = [
        Mention(name, kind, Evidence(source=f"s{n % 2 + 1}", start=n, end=n + 1), definite=True)
        for n, name in enumerate(ODD_NAMES * 2)
    ]
    forms = {fold(name): Counter({name: 2}) for name in ODD_NAMES}
    choose_links(NameUse(mentions, forms))
    shortened_in_article(mentions)


@pytest.mark.parametrize("a", [*ODD_NAMES, ""])
def test_the_name_helpers_take_odd_names(a):
    for b in [*ODD_NAMES, ""]:
        key_a, key_b = fold(a), fold(b)
        spelling_variants(key_a, key_b)
        same_given_name(key_a, key_b)
        if len(key_a) == len(key_b):
            swapped(key_a, key_b)
    without_legal_form(fold(a))


def _ending_inside_a_name(nlp: Language) -> ParsedArticle:
    """ "The carmaker Magna Steyr said it would buy Magna": the description makes "Magna
    Steyr" a name, and the document ends on its first word (as the parse gives it)."""
    words = ["The", "carmaker", "Magna", "Steyr", "said", "it", "would", "buy", "Magna"]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True] * (len(words) - 1) + [False],
        tags=["DT", "NN", "NNP", "NNP", "VBD", "PRP", "MD", "VB", "NNP"],
        pos=["DET", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "AUX", "VERB", "PROPN"],
        lemmas=["the", "carmaker", "Magna", "Steyr", "say", "it", "would", "buy", "Magna"],
        heads=[3, 3, 3, 4, 4, 7, 7, 4, 7],
        deps=["det", "compound", "compound", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj"],
        ents=["O"] * len(words),
    )
    source = Source(id="s1", path="magna.txt", title="Magna", text=doc.text, published=AS_OF)
    return ParsedArticle(source, doc, AS_OF, assumed=False)


def test_a_name_given_as_one_no_entity_was_found_for(parse_text):
    # The model finds no entity in the Arabic name the alias is given for: the link from the
    # alias had no card to join and failed the actors of the whole brief (KeyError).
    text = (
        "Efforts to broker a lasting ceasefire between Pakistan and Afghanistan ended in "
        "failure this week. عبد الفتاح البرهان, known as B., said it would act."
    )
    assert extract_actors([parse_text(text)]) is not None


def test_a_document_ending_inside_a_described_name(nlp):
    article = _ending_inside_a_name(nlp)
    found = described_names(article.doc)
    assert [span.text for span in found] == ["Magna Steyr"]
    assert extract_actors([article]).actors
