"""Cross-article steps grow with the brief, not with its square: counted in operations.

Synthetic worst cases of a large brief (thousands of distinct names, quotes and dates, each in
its own article, as in a day's monitoring feed) count the pairwise comparisons a step makes.
A step that compared every item with every other would make millions here, and fails."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from briefgen.extract import name_use, person_links, quotes, referents, timeline
from briefgen.extract.actors import ActorIndex
from briefgen.extract.known_names import Known, headline_name_from_body
from briefgen.extract.mentions import Mention
from briefgen.extract.name_use import NameUse
from briefgen.extract.names import spelling_variants, variant_key
from briefgen.extract.surnames import short_name_in_article
from briefgen.model import Actor, DateMention, Evidence, Quote, TimelineEvent
from tests.conftest import separate_articles

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


def _counting(
    monkeypatch: pytest.MonkeyPatch, module: object, name: str, limit: int | None = None
) -> Counter[str]:
    """Count the calls of `module.name`; past `limit` calls, fail at once (a quadratic step
    on these sizes would otherwise run for hours before its count could be read)."""
    calls: Counter[str] = Counter()
    original = getattr(module, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls[name] += 1
        if limit is not None and calls[name] > limit:
            raise AssertionError(f"{name} called over {limit} times")
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
    calls = _counting(monkeypatch, name_use, "spelling_variants")
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


def _person(name: str, source: str) -> Mention:
    return Mention(name, "person", Evidence(source=source, start=0, end=len(name)))


def test_spelling_variants_in_one_block_compare_near_last_words_only(monkeypatch):
    # 3,000 names with the same initials ("K... R..."), as the "J... S..." of a large brief:
    # the block by initials is the whole brief; each name is set beside the few whose last
    # word shares a skeleton or a string left by deleting letters.
    rng = random.Random(17)
    names: set[str] = set()
    while len(names) < SIZE:
        given = "Ka" + "".join(rng.choices(_SYLLABLES, k=2))
        names.add(f"{given} Ru{''.join(rng.choices(_SYLLABLES, k=3))}")
    mentions = [_person(name, f"s{i}") for i, name in enumerate(sorted(names))]
    forms = {name.casefold(): Counter({name: 1}) for name in names}
    calls = _counting(monkeypatch, name_use, "spelling_variants", limit=20 * SIZE)
    NameUse(mentions, forms).variants  # noqa: B018 (the property does the work)
    assert calls["spelling_variants"] < 20 * SIZE  # the whole block: 4.5 million


def _all_pairs_variants(names: list[str], articles: dict[str, set[str]]) -> dict[str, str]:
    """The variant links as every pair of a block gave them, before the index."""
    found: dict[str, str] = {}
    blocks: dict[tuple[str, ...] | None, list[str]] = {}
    for rare in names:
        key = variant_key(rare)
        if key is None:
            continue
        for common in blocks.setdefault(key, []):
            apart = not articles[rare] & articles[common]
            if common not in found and apart and spelling_variants(rare, common):
                found[rare] = common
                break
        blocks[key].append(rare)
    return found


def test_the_index_finds_every_variant_all_pairs_found():
    # Names respelled as reports respell them: a letter dropped, doubled or changed, a
    # transliteration's digraph ("kh", "q"), short and long last words alike.
    rng = random.Random(29)
    bases = [f"{a} {b}" for a, b in zip(_names(300, seed=2), _names(300, seed=4), strict=True)]
    bases += ["Abdullah Mohammadzaiwalakhel", "Zabihullah Mujahid", "Amir Khan Muttaqi"]
    names = {name.casefold() for name in bases}
    for name in bases:
        for _ in range(3):
            i = rng.randrange(1, len(name))
            edits = [name[:i] + name[i + 1 :], name[:i] + name[i] + name[i:]]
            edits += [name[:i] + "q" + name[i + 1 :], name.replace("k", "kh").replace("q", "k")]
            names.add(rng.choice(edits).casefold())
    ordered = sorted(names)
    rng.shuffle(ordered)
    articles = {name: {f"s{i}"} for i, name in enumerate(ordered)}
    mentions = [_person(name.title(), f"s{i}") for i, name in enumerate(ordered)]
    # Commonness follows the shuffled order, as `_variants` sorts by it.
    forms = {name: Counter({name: len(ordered) - i}) for i, name in enumerate(ordered)}
    expected = _all_pairs_variants(ordered, articles)
    assert len(expected) > 100  # the respellings were found
    assert NameUse(mentions, forms).variants == expected


def test_owners_of_a_given_name_are_compared_by_last_word(monkeypatch):
    # 3,000 people who share a given name ("Kalo ..."), and a lone "Kalo" said once per
    # article: each full name is set beside those of its last word, once per one-word name.
    rng = random.Random(31)
    people = {f"Kalo {''.join(rng.choices(_SYLLABLES, k=3)).title()}" for _ in range(SIZE)}
    mentions = [_person(name, f"s{i}") for i, name in enumerate(sorted(people))]
    mentions += [_person("Kalo", f"s{i}") for i in range(SIZE)]
    forms: dict[str, Counter[str]] = {}
    for m in mentions:
        forms.setdefault(m.name.casefold(), Counter())[m.name] += 1
    calls = _counting(monkeypatch, person_links, "_holds", limit=20 * SIZE)
    assert not list(person_links.surname_links(NameUse(mentions, forms)))  # many owners: no link
    assert calls["_holds"] < 20 * SIZE  # every pair, for every "Kalo": 27 billion


def test_a_short_name_read_in_its_article_reads_the_mentions_a_few_times():
    # 3,000 articles, each naming one of two Jacksons in full and then "Jackson" alone: the
    # full name is spelled from an index, not found by reading every mention again.
    found: list[Mention] = []
    for i in range(SIZE):
        found += [_person(f"{'Michael' if i % 2 else 'Janet'} Jackson", f"s{i}")]
        found += [_person("Jackson", f"s{i}")]
    _Counted.reads = 0
    read = short_name_in_article(_Counted(found))
    assert [m.name for m in read[:4]] == ["Janet Jackson"] * 2 + ["Michael Jackson"] * 2
    assert _Counted.reads <= 5  # once per Jackson read: 3,000


def test_headline_names_read_each_card_once(parse_text):
    # 3,000 cards and headlines in 20 articles: each card's mentions are read once to find
    # what a headline's words are taken by, not once per headline.
    articles = separate_articles(
        parse_text,
        *(f"Kalo Rusate Wins Again\nKalo Rusate won the race on Sunday. {i}" for i in range(20)),
    )
    groups = [_Counted([_person(name, f"s{i % 20 + 1}")]) for i, name in enumerate(_names(SIZE))]
    cards = {name: group for name, group in zip(_names(SIZE), groups, strict=True)}
    _Counted.reads = 0
    known = Known({}, frozenset())
    assert not list(headline_name_from_body(known, articles, cards))
    assert _Counted.reads <= SIZE  # once per headline: 60,000
