"""Cross-article steps grow with the brief, not with its square: counted in operations.

Synthetic worst cases of a large brief (thousands of distinct names, quotes and dates, each in
its own article, as in a day's monitoring feed) count the pairwise comparisons a step makes.
A step that compared every item with every other would make millions here, and fails."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from briefgen.extract import links, quotes, referents, timeline
from briefgen.extract.actors import ActorIndex
from briefgen.extract.kinds import Mention
from briefgen.extract.links import NameUse
from briefgen.model import Actor, DateMention, Evidence, Quote, TimelineEvent

SIZE = 3_000
_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vi", "zo", "be", "da", "go", "ha", "ji"]


def _names(count: int, seed: int = 23) -> list[str]:
    """`count` distinct two-word names of varied initials ("Kalomi Rusate")."""
    rng = random.Random(seed)
    found: set[str] = set()
    while len(found) < count:
        words = ["".join(rng.choices(_SYLLABLES, k=3)).title() for _ in range(2)]
        found.add(" ".join(words))
    return sorted(found)


def _counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> Counter[str]:
    calls: Counter[str] = Counter()
    original = getattr(module, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls[name] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_spelling_variants_compares_a_name_with_its_block_only(monkeypatch):
    names = _names(SIZE)
    mentions = [
        Mention(name, "person", Evidence(source=f"s{i}", start=0, end=len(name)))
        for i, name in enumerate(names)
    ]
    forms = {name.casefold(): Counter({name: 1}) for name in names}
    calls = _counting(monkeypatch, links, "spelling_variants")
    NameUse(mentions, forms).variants  # noqa: B018 (the property does the work)
    # Every pair would be 4.5 million calls; blocks by initials leave about n * n / 196.
    assert calls["spelling_variants"] < 20 * SIZE


def _quote(i: int, text: str) -> Quote:
    return Quote(text=text, kind="direct", evidence=Evidence(source=f"s{i}", start=0, end=9))


def test_merging_quotes_compares_a_quote_with_few_candidates(monkeypatch):
    # Distinct statements that all share common words ("the", "we", "will"), as news quotes do.
    rng = random.Random(5)
    names = _names(SIZE * 2, seed=7)
    said = [
        _quote(i, f"We will meet {rng.choice(names)} and the {rng.choice(names)} team today")
        for i in range(SIZE)
    ]
    compared = _counting(monkeypatch, quotes, "_same_words")
    merged = quotes.merge_quotes(said)
    assert len(merged) == SIZE  # nothing to merge: every statement is distinct
    assert compared["_same_words"] < 20 * SIZE


def test_a_statement_reads_its_own_articles_dates(monkeypatch):
    # 3,000 articles repeat one statement, each with its date: every pair is compared (they are
    # the same words), and each comparison reads the dates of two articles, not all 3,000.
    said = [_quote(i, "The talks will resume next week in Doha") for i in range(SIZE)]
    dates = [
        DateMention(
            text="next week",
            value=f"2025-W{1 + i % 50:02d}",
            type="DATE",
            anchor=None,
            evidence=Evidence(source=f"s{i}", start=0, end=5),
        )
        for i in range(SIZE)
    ]
    read: Counter[str] = Counter()
    within = quotes.dates_within

    def counted(evidence: Evidence, some: list[DateMention]) -> list[str]:
        read["dates"] += len(some)
        return within(evidence, some)

    monkeypatch.setattr(quotes, "dates_within", counted)
    quotes.merge_quotes(said[:300], dates)
    assert 0 < read["dates"] < 2 * 300 * 300


def test_merging_quotes_still_finds_an_excerpt_in_another_report():
    full = _quote(1, "We will rebuild every school the storm destroyed before the winter")
    excerpt = _quote(2, "rebuild every school the storm destroyed")
    merged = quotes.merge_quotes([excerpt, full])
    assert len(merged) == 1 and [e.source for e in merged[0].also] == ["s1"]


def test_timeline_conflicts_read_similar_phrases_only(monkeypatch):
    # 3,000 events of one month (as a month's news gives), nearly each phrase its own (a few
    # names are others' words swapped): each event is set beside the few sharing its words,
    # not beside the whole month.
    names = _names(SIZE, seed=11)
    events = [
        TimelineEvent(
            date=f"2010-03-{1 + i % 28:02d}",
            precision="day",
            event=f"{name} opened a factory",
            evidence=[Evidence(source=f"s{i}", start=0, end=9)],
        )
        for i, name in enumerate(names)
    ]
    calls = _counting(monkeypatch, timeline, "similar")
    flagged = timeline._flag_all_conflicts(events)
    assert 0 < sum(bool(event.conflicts) for event in flagged) < SIZE // 20
    assert calls["similar"] < 20 * SIZE  # every pair of the month: 9 million


class _Counted(tuple):  # type: ignore[type-arg]
    """A tuple that counts how often it is read through."""

    reads = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        _Counted.reads += 1
        return super().__iter__()


def test_a_surname_is_looked_up_not_searched(parse_text):
    # 3,000 person cards, and a surname the tagger left unlabelled ("Mannion said").
    people = [Actor(name=name, type="person", mentions=1) for name in _names(SIZE, seed=3)]
    people.append(Actor(name="Pat Mannion", type="person", mentions=1))
    actors = ActorIndex(_Counted(people), {})
    article = parse_text("Mannion said the plant would close. Mannion said it again.")
    tokens = [token for token in article.doc if token.text == "Mannion"]
    assert [referents._by_surname(token, actors) for token in tokens] == ["Pat Mannion"] * 2
    assert _Counted.reads <= 1  # the cards are read once, into an index
