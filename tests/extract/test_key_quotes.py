"""Key quotes: chosen across the whole brief by speaker salience, spread and novelty."""

from __future__ import annotations

from collections import Counter

import pytest

from briefgen.extract.key_quotes import MAX_PER_SPEAKER, rank_key_quotes
from briefgen.extract.rules import tracing
from briefgen.ingest.text import read_text
from briefgen.model import Actor, Brief, Evidence, Quote, Story
from briefgen.pipeline import build_brief
from tests.conftest import AS_OF, CORPUS


def _quote(text: str, speaker: str | None, source: str, kind: str = "direct") -> Quote:
    return Quote(
        text=text, speaker=speaker, kind=kind, evidence=Evidence(source=source, start=0, end=1)
    )


def _actor(name: str, salience: float) -> Actor:
    return Actor(name=name, type="person", mentions=1, salience=salience)


@pytest.fixture(scope="module")
def meantime_briefs() -> dict[str, Brief]:
    """A brief of each MEANTIME cluster (several articles, several outlets)."""
    briefs = {}
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        articles = [read_text(path) for path in sorted((folder / "docs").iterdir())]
        briefs[folder.name] = build_brief(articles, as_of=AS_OF)
    return briefs


def test_the_seed_hears_tarar_twice_at_most(seed_brief: Brief) -> None:
    speakers = Counter(seed_brief.quotes[i].speaker for i in seed_brief.key_quotes)
    assert seed_brief.key_quotes, "the seed has direct quotes"
    assert max(speakers.values()) <= MAX_PER_SPEAKER
    assert all(seed_brief.quotes[i].kind != "indirect" for i in seed_brief.key_quotes)


@pytest.mark.parametrize("cluster", ["airbus", "apple", "gm"])
def test_key_quotes_are_spread_over_sources(
    cluster: str, meantime_briefs: dict[str, Brief]
) -> None:
    brief = meantime_briefs[cluster]
    quoted = {q.evidence.source for q in brief.quotes if q.kind != "indirect"}
    key = [brief.quotes[i] for i in brief.key_quotes]
    assert len({q.evidence.source for q in key}) >= min(3, len(quoted))
    assert max(Counter(q.speaker for q in key if q.speaker).values(), default=0) <= 2


# Each row: the quotes (text, speaker, source), the actors' salience, the texts expected first.
CASES = [
    (  # the most salient speaker leads, but a second source is heard before his second quote
        [
            ("We will decimate the terrorists and their sanctuaries.", "Tarar", "s1"),
            ("We will protect our people from the menace of terrorism.", "Tarar", "s1"),
            ("Kabul does not allow anyone to use its soil against others.", "Mujahid", "s2"),
        ],
        {"Tarar": 10.0, "Mujahid": 6.0},
        [
            "We will decimate the terrorists and their sanctuaries.",
            "Kabul does not allow anyone to use its soil against others.",
            "We will protect our people from the menace of terrorism.",
        ],
    ),
    (  # a third quote by one speaker is passed over; so is a repeat and a lone word
        [
            ("The talks failed to bring about a workable solution.", "Tarar", "s1"),
            ("The Afghan side gave no assurances at the talks.", "Tarar", "s1"),
            ("We engaged in the dialogue in the spirit of peace.", "Tarar", "s1"),
            ("talks failed to bring about a workable solution", None, "s2"),
            ("heartbroken", "Hayward", "s2"),
        ],
        {"Tarar": 10.0, "Hayward": 9.0},
        [
            "The talks failed to bring about a workable solution.",
            "The Afghan side gave no assurances at the talks.",
        ],
    ),
]


@pytest.mark.parametrize(("quotes", "salience", "expected"), CASES)
def test_ranking(
    quotes: list[tuple[str, str | None, str]], salience: dict[str, float], expected: list[str]
) -> None:
    made = [_quote(text, speaker, source) for text, speaker, source in quotes]
    actors = [_actor(name, value) for name, value in salience.items()]
    stories = [Story(title="One", sources=["s1", "s2"])]
    with tracing() as trace:
        ranked = rank_key_quotes(made, actors, stories)
    assert [made[i].text for i in ranked] == expected
    assert trace.fired()["key_quote"] == len(expected)


# Each row: a quote that is not one to lead with, its kind, and the rule that passes it over.
PASSED_OVER = [
    ("heartbroken", "partial", "too_short_alone"),  # T17 BP oil spill, BBC
    (
        "avert a manufactured crisis",
        "partial",
        "woven_into_sentence",
    ),  # AllSides, Fox Business
    ("in the coming weeks", "partial", "woven_into_sentence"),  # AllSides, Daily Caller
    ("The murder of George Floyd is...", "direct", "cut_short"),  # AllSides, Daily Caller
    ("Islamic Emirate of Afghanistan", "partial", "quoted_name"),  # AllSides, Daily Caller
    ("Make America Great Again", "partial", "quoted_name"),  # PolNeAR train, a slogan on a hat
    ("Equal Justice Under Law", "partial", "quoted_name"),  # PolNeAR train, an inscription
    (  # PolNeAR train
        "Well you were for Bernie and I\u2019m for Hillary so we\u2019re like a bridge over "
        "troubled\u2026",
        "direct",
        "cut_short",
    ),
]


@pytest.mark.parametrize(("text", "kind", "rule_name"), PASSED_OVER)
def test_passed_over(text: str, kind: str, rule_name: str) -> None:
    whole = _quote("We will protect our people from the menace of terrorism.", "Tarar", "s1")
    with tracing() as trace:
        ranked = rank_key_quotes(
            [_quote(text, "Tarar", "s1", kind=kind), whole], [_actor("Tarar", 1.0)], []
        )
    assert ranked == [1]
    assert trace.fired()[rule_name] == 1


def test_a_whole_sentence_quoted_in_part_can_lead() -> None:
    """A partial quote that is a sentence of its own (capitalised) may be a key quote."""
    quote = _quote("Every possible pathway to a deal has been tried.", "Booker", "s1", "partial")
    assert rank_key_quotes([quote], [_actor("Booker", 1.0)], []) == [0]


def test_a_sentence_in_title_case_is_no_name() -> None:
    """PolNeAR train: a quote with a lower-case content word says something."""
    quote = _quote("Make America Great Again is what he says", "Trump", "s1", "partial")
    assert rank_key_quotes([quote], [_actor("Trump", 1.0)], []) == [0]


def test_indirect_quotes_are_never_key() -> None:
    quotes = [_quote("the talks had failed", "Tarar", "s1", kind="indirect")]
    assert rank_key_quotes(quotes, [_actor("Tarar", 1.0)], []) == []


def test_a_quote_that_names_no_one_is_not_key() -> None:
    """T17 BP oil spill, Reuters: a quote in a paragraph of its own; PolNeAR train (Western
    Journal, 2016-05-05): an unnamed source as written ("a spokesman") is someone named."""
    alone = _quote("At this point, we don't understand what happened.", None, "s1")
    unnamed = _quote("Governor Romney has no plans to attend convention,", None, "s2")
    unnamed = unnamed.model_copy(update={"source_text": "a spokesman"})
    with tracing() as trace:
        ranked = rank_key_quotes([alone, unnamed], [], [])
    assert ranked == [1]
    assert trace.fired()["said_by_no_one"] == 1
