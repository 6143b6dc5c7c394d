"""Stories: the articles of a brief grouped by the event or situation they report."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

import pytest

from briefgen.extract import ParsedArticle
from briefgen.extract.rules import tracing
from briefgen.extract.stories import extract_stories, group
from briefgen.ingest.text import read_text
from briefgen.model import Brief, Source
from briefgen.nlp import parse
from tests.conftest import AS_OF, CORPUS

# AllSides leads (../shared/corpus/allsides, development part): title and first paragraph of
# two outlets' reports on each of three stories of 15-18 October 2021.
COURT = [
    (
        "Supreme Court sides with police officers in two qualified immunity cases",
        "In two unsigned opinions Monday, the Supreme Court ruled in favor of police officers "
        "seeking qualified immunity from allegations of excessive force.",
    ),  # allsides_5607, CNN
    (
        "Supreme Court protects cops from lawsuits in two qualified immunity cases",
        "The Supreme Court Monday issued two unsigned opinions applying qualified immunity to "
        "disputes over alleged excessive use of force by police officers, reversing lower court "
        "decisions that allowed the officers to be sued for their on-the-job conduct.",
    ),  # allsides_5607, Fox News
]
ITALY = [
    (
        "Hundreds of port workers in Italy are striking against a new vaccine mandate",
        "Italy’s new covid-19 rules went into effect on Oct. 15, prompting labor strikes and "
        "protests across the country. The mandate, one of the strictest in the world, requires "
        "employees in the public and private sectors to show proof of vaccination, a negative "
        "test, or recovery from the virus in order to go to work.",
    ),  # allsides_5609, Quartz
    (
        "Italy Mandates All Workers to Show COVID-19 ‘Green Pass,’ Prompting Protests",
        "The Italian government imposed one of the world’s strictest COVID-19 measures on "
        "Friday, requiring all workers in Italy to show a COVID-19 “Green Pass” prior to "
        "entering their place of employment.",
    ),  # allsides_5609, The Epoch Times
]
AMESS = [
    (
        "Sir David Amess: Conservative MP stabbed to death",
        "Conservative MP Sir David Amess has died after being stabbed multiple times at his "
        "constituency surgery in Essex. Police said a 25-year-old man was arrested on "
        "suspicion of murder after the attack at a church in Leigh-on-Sea.",
    ),  # allsides_5613, BBC News
    (
        "David Amess: Counterterror police take over investigation into death of Tory MP",
        "Counterterror police are investigating the death of the Conservative MP Sir David "
        "Amess, who was stabbed while meeting constituents at a routine public surgery on "
        "Friday.",
    ),  # allsides_5613, The Independent
]
# MEANTIME (tests/data/meantime, Wikinews, CC BY 4.0): three reports on the 2008-09 US auto
# bail-out, months apart.
BAILOUT = [
    "118147_US_automaker_bailout_deal_fails_to_pass_Senate.md",
    "121134_US_automakers_GM_and_Chrysler_seek_more_government_aid.md",
    "123881_GM_and_Chrysler_receive_Canadian_loans_amid_US_restructuring_ultimata.md",
]


@pytest.fixture(scope="module")
def brief_of(nlp):
    """Parse (title, body) pairs as the articles s1, s2, ... of one brief."""

    def make(pairs: list[tuple[str, str]]) -> list[ParsedArticle]:
        texts = [f"{title}\n\n{body}" for title, body in pairs]
        sources = [
            Source(id=f"s{n}", path=f"a{n}.txt", title=title, text=text, published=AS_OF)
            for n, ((title, _), text) in enumerate(zip(pairs, texts, strict=True), start=1)
        ]
        docs = parse(nlp, texts)
        return [ParsedArticle(s, d, AS_OF, False) for s, d in zip(sources, docs, strict=True)]

    return make


def _bailout() -> list[tuple[str, str]]:
    articles = [read_text(CORPUS / "gm" / "docs" / name) for name in BAILOUT]
    return [(a.title, a.text.removeprefix(a.title).strip()) for a in articles]


def _groups(stories) -> list[set[str]]:
    return [set(story.sources) for story in stories]


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        # three stories, two leads each, interleaved: one story per event
        (
            [COURT[0], ITALY[0], AMESS[0], COURT[1], ITALY[1], AMESS[1]],
            [{"s1", "s4"}, {"s2", "s5"}, {"s3", "s6"}],
        ),
        # two stories, unequal: the larger first
        ([AMESS[0], COURT[0], AMESS[1]], [{"s1", "s3"}, {"s2"}]),
        # two reports of one event: one story
        (COURT, [{"s1", "s2"}]),
        # two unrelated reports: two stories
        ([ITALY[0], COURT[1]], [{"s1"}, {"s2"}]),
        # one article: one story
        ([AMESS[0]], [{"s1"}]),
    ],
)
def test_articles_are_grouped_by_story(brief_of, pairs, expected):
    parsed = brief_of(pairs)
    stories = extract_stories(parsed, [a.source for a in parsed])
    assert _groups(stories) == expected


def test_stories_of_one_size_are_ordered_newest_first(brief_of):
    # the leads' publication dates (AllSides, October 2021); the folder order is Italy first
    dates = {"Italy": dt.date(2021, 10, 15), "Court": dt.date(2021, 10, 18), "Amess": None}
    pairs = [ITALY[0], COURT[0], AMESS[0], ITALY[1], COURT[1], AMESS[1]]
    parsed = []
    for article in brief_of(pairs):
        name = next(n for n in dates if n.lower() in article.source.text.lower()[:60])
        source = article.source.model_copy(update={"published": dates[name]})
        parsed.append(dataclasses.replace(article, source=source))
    stories = extract_stories(parsed, [a.source for a in parsed])
    # the court story (18 October) first, Italy (15 October), then Amess (undated)
    assert _groups(stories) == [{"s2", "s5"}, {"s1", "s4"}, {"s3", "s6"}]


def test_reports_months_apart_on_one_situation_are_one_story(brief_of):
    parsed = brief_of(_bailout())
    stories = extract_stories(parsed, [a.source for a in parsed])
    assert _groups(stories) == [{"s1", "s2", "s3"}]


def test_a_story_is_titled_by_its_most_central_article(brief_of):
    parsed = brief_of([AMESS[0], COURT[0], AMESS[1]])
    stories = extract_stories(parsed, [a.source for a in parsed])
    assert stories[0].title in {AMESS[0][0], AMESS[1][0]}
    assert stories[1].title == COURT[0][0]


def test_a_copy_joins_its_originals_story(brief_of):
    parsed = brief_of([COURT[0], ITALY[0]])
    copy = parsed[0].source.model_copy(update={"id": "s3", "duplicate_of": "s1"})
    stories = extract_stories(parsed, [a.source for a in parsed] + [copy])
    assert _groups(stories) == [{"s1", "s3"}, {"s2"}]


def test_grouping_is_deterministic(brief_of):
    pairs = [COURT[0], ITALY[0], AMESS[0], COURT[1], ITALY[1], AMESS[1]]
    first = extract_stories(brief_of(pairs), [a.source for a in brief_of(pairs)])
    again = extract_stories(brief_of(pairs), [a.source for a in brief_of(pairs)])
    assert first == again


def test_every_article_records_why_it_joined_its_story(brief_of):
    parsed = brief_of([COURT[0], ITALY[0], AMESS[0], COURT[1], ITALY[1], AMESS[1]])
    with tracing() as trace:
        stories = extract_stories(parsed, [a.source for a in parsed])
    decisions = [d for d in trace.decisions if d.stage == "story"]
    assert [d.subject for d in decisions] == [
        parsed[int(i[1:]) - 1].source.title for story in stories for i in story.sources
    ]
    assert all("similarity" in d.outcome for d in decisions)
    assert {name for story in stories for name in story.why} == {"clear_split"}


@pytest.mark.parametrize(
    ("pairs", "rule"),
    [(COURT, "alike_articles"), ([ITALY[0], COURT[1]], "own_story")],
)
def test_two_articles_are_one_story_when_alike_in_words(brief_of, pairs, rule):
    parsed = brief_of(pairs)
    stories = extract_stories(parsed, [a.source for a in parsed])
    assert {name for story in stories for name in story.why} == {rule}


def test_stories_must_name_known_sources_once(seed_brief):
    data = seed_brief.model_dump(by_alias=True)
    with pytest.raises(ValueError, match="unknown source id 's9'"):
        Brief.model_validate({**data, "stories": [{"title": "A", "sources": ["s9"]}]})
    twice = [{"title": "A", "sources": ["s1"]}, {"title": "B", "sources": ["s1"]}]
    with pytest.raises(ValueError, match="in two stories"):
        Brief.model_validate({**data, "stories": twice})
    assert seed_brief.stories[0].sources == ["s1"] and len(seed_brief.stories) == 1


def test_articles_without_content_words_are_one_story():
    assert group([Counter(), Counter(), Counter()]).labels == [0, 0, 0]
