"""Phrase subjects: a subject the parser found across a quote's edge."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.dates import extract_dates
from briefgen.extract.labels import SUBJECTS
from briefgen.extract.phrase_subjects import quote_split_subject
from briefgen.extract.timeline import build_timeline
from briefgen.model import Article
from briefgen.pipeline import build_brief

KENNEDY = (
    "And critics in both parties quickly compared Mr. Rubio's repetitiousness to the gravest "
    "debate lapses of modern presidential campaign history, from Rick Perry's ''Oops'' in 2012 "
    "all the way back to Dan Quayle's stepping into Lloyd Bentsen's ''You're no Jack Kennedy'' "
    "buzz saw in 1988."
)


@pytest.mark.parametrize(
    ("sentence", "verb", "split"),
    [
        # PolNeAR (train, NYT): "Kennedy", inside a quoted clause, read as the subject of
        # "saw", a noun outside it ("buzz saw").
        (KENNEDY, "saw", True),
        # AllSides (Washington Examiner): a quoted title that is all of its subject stays.
        ("“Forward” is expected to be a condemnation of establishment elitism and America’s "
         "“era of institutional failure.”", "expected", False),
        # Timeline17 (Fox News, BP oil spill): the subject is outside, the quote in the object.
        ('The Gulf of Mexico leak is a "combination of all the bad things happening" and makes '
         "it far worse than any disaster imagined in the drills, said Nancy Kinner.", "is", False),
    ],
)  # fmt: skip
def test_a_subject_across_a_quotes_edge(parse_text, sentence, verb, split):
    doc = parse_text(sentence).doc
    head = next(t for t in doc if t.text == verb)
    subjects = [c for c in head.children if c.dep_ in SUBJECTS]
    assert subjects
    assert any(quote_split_subject(s, head) for s in subjects) is split


def test_a_verb_misread_across_a_quote_makes_no_event(parse_text):
    article = parse_text(KENNEDY)
    events = [e.event for e in build_timeline([article], extract_dates(article))]
    assert not any("saw" in event for event in events), events


@pytest.mark.parametrize(
    ("text", "pronoun_shown_as"),
    [
        # ECB+ (32ecb): the victim, named in the sentence before, is named again in the
        # pronoun's own clause: "he" is not Robyn Mendes.
        ("Robyn Mendes was the victim in that case. In 2005, he was charged with assault and "
         "battery on Mendes with a dangerous weapon, according to court records.", None),
        # Timeline17 (BBC, Michael Jackson): "He" is Randy Jackson, named in no clause of his.
        ("Randy Jackson, brother of the late pop star Michael Jackson, has been admitted to "
         "hospital with chest pains. He was in court on Monday with his family for a hearing.",
         "Randy Jackson"),
    ],
)  # fmt: skip
def test_a_pronoun_is_not_the_person_its_own_clause_names(text, pronoun_shown_as):
    published = dt.date(2009, 1, 2)
    article = Article(path="x.txt", title="Example", text=text, published=published)
    events = [e.event for e in build_brief([article], as_of=published).timeline]
    if pronoun_shown_as is None:
        assert not any("Mendes was charged" in event for event in events), events
    else:
        assert any(event.startswith(pronoun_shown_as) for event in events), events
