"""Contested claims and conflicting figures."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.contested import find_contested
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.rules import tracing


def test_seed_sets_the_afghan_denial_beside_pakistans_accusations(seed_brief):
    (contest,) = [c for c in seed_brief.contested if c.kind == "claims"]
    assert contest.matter == "Pakistan / Afghanistan"
    stances = [(claim.stance, claim.speaker) for claim in contest.claims]
    assert stances[-1] == ("denies", "Afghanistan")
    assert {speaker for stance, speaker in stances[:-1]} == {"Pakistan"}
    assert "denied Islamabad’s allegations" in contest.claims[-1].text
    assert any("TTP" in claim.text for claim in contest.claims[:-1])
    for claim in contest.claims:
        assert seed_brief.excerpt(claim.evidence) == claim.text


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # The seed's figure against another outlet's count of the same fact.
        (
            "The clashes left dozens dead on both sides.",
            "At least 23 people were killed in the border clashes.",
            True,
        ),
        (
            "At least 23 people were killed in the clashes.",
            "Officials said 23 people were killed.",
            False,
        ),
        (
            "The clashes left dozens dead on both sides.",
            "The airline ordered 23 new aircraft.",
            False,
        ),
        (  # T17 BP oil spill, Fox News (2010), reworded: one figure in words and in digits
            "Officials said eleven people were killed in the explosion on the rig.",
            "The explosion on the rig killed 11 people.",
            False,
        ),
        (  # T17 BP oil spill, Fox News (2010): those who escaped are not a count of the dead
            "Eleven workers are missing and presumed dead and more than 100 escaped the blast, "
            "the cause of which has not been determined.",
            "A top adviser to Obama said no new drilling will be authorized until the cause of "
            "the explosion, which killed 11 people, is determined.",
            False,
        ),
    ],
)
def test_conflicting_figures(parse_text, first, second, conflict):
    articles = [parse_text(first), parse_text(second, dt.date(2025, 10, 28))]
    articles[1] = type(articles[1])(
        articles[1].source.model_copy(update={"id": "s2"}),
        articles[1].doc,
        articles[1].anchor,
        False,
    )
    actors = extract_actors(articles)
    quotes = [q for a in articles for q in extract_quotes(a, actors)]
    with tracing() as trace:
        figures = [c for c in find_contested(articles, actors, quotes) if c.kind == "figures"]
    assert bool(figures) == conflict
    outcomes = [d.outcome.split(":")[0] for d in trace.by("figures_differ")]
    assert ("contested" in outcomes) == conflict and outcomes  # one outcome per event
    if conflict:
        assert figures[0].matter == "killed"
        assert [claim.evidence.source for claim in figures[0].claims] == ["s1", "s2"]


def test_statements_without_a_denial_are_not_contested(parse_text):
    article = parse_text(
        "Islamabad says the violence stems from militant groups operating inside Afghanistan. "
        "Afghan officials said the talks would continue."
    )
    actors = extract_actors([article])
    contested = find_contested([article], actors, extract_quotes(article, actors))
    assert [c for c in contested if c.kind == "claims"] == []


def test_the_pairing_of_a_denial_is_recorded(parse_text):
    # The seed: Pakistan's accusation, then the Afghan denial that answers it.
    article = parse_text(
        "Islamabad says the violence stems from militant groups operating inside Afghanistan, "
        "particularly the Tehrik-e-Taliban Pakistan (TTP), which it accuses Kabul of sheltering. "
        "However, Afghan officials have previously denied Islamabad’s allegations, insisting "
        "that the Taliban administration does not harbor groups targeting Pakistan and that "
        "cross-border attacks are often triggered by Pakistan’s military actions."
    )
    actors = extract_actors([article])
    with tracing() as trace:
        (contest,) = find_contested([article], actors, extract_quotes(article, actors))
    assert contest.matter == "Pakistan / Afghanistan"
    assert trace.by("denial_verb")[0].outcome == "denial by Afghanistan (denied)"
    side = trace.by("named_side")[0]
    assert (side.subject, side.outcome) == ("Pakistan", "answered by Afghanistan")
    assert trace.by("side_statements")[0].outcome.endswith("statements")
    assert {d.outcome for d in trace.by("closest_statements")} == {"asserts against Afghanistan"}


# The seed's accusations, and the Afghan denial (istanbul-talks.txt).
ACCUSES = (
    "Islamabad says the violence stems from militant groups operating inside Afghanistan, "
    "particularly the Tehrik-e-Taliban Pakistan (TTP), which it accuses Kabul of sheltering. "
)
OTHER_MATTER = (
    "Pakistan says the Afghan Taliban, despite past assurances, has failed to curb TTP "
    "activities along the border. "
)
DENIAL = (
    "However, Afghan officials have previously denied Islamabad’s allegations, insisting that "
    "the Taliban administration does not harbor groups targeting Pakistan."
)


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        # seed: "sheltering" / "does not harbor": the denial answers the accusation.
        (ACCUSES + DENIAL, ["accuses Kabul of sheltering"]),
        # seed: failing to curb TTP is another matter than harbouring groups.
        (OTHER_MATTER + DENIAL, []),
        (ACCUSES + OTHER_MATTER + DENIAL, ["accuses Kabul of sheltering"]),
    ],
)
def test_a_denial_is_paired_only_with_what_it_answers(parse_text, text, answered):
    article = parse_text(text)
    actors = extract_actors([article])
    with tracing() as trace:
        contested = find_contested([article], actors, extract_quotes(article, actors))
    claims = [c for c in contested if c.kind == "claims"]
    found = [claim.text for c in claims for claim in c.claims if claim.stance == "asserts"]
    assert len(found) == len(answered)
    assert all(part in text for part, text in zip(answered, found, strict=True))
    assert len(claims) <= 1  # one entry per denial, under one matter
    dropped = [d for d in trace.by("answers_claim") if d.outcome.startswith("dropped")]
    assert all("curb" in d.subject for d in dropped)


def test_figures_of_different_events_are_not_contested(parse_text):
    # MEANTIME airbus: two crashes, each with its own toll.
    first = parse_text(
        "The Airbus A330 jetliner crashed into the Atlantic Ocean, killing 228 people."
    )
    second = parse_text(
        "The Boeing 737 crashed on landing in Yogyakarta, killing 21 people.", dt.date(2025, 10, 28)
    )
    second = type(second)(
        second.source.model_copy(update={"id": "s2"}), second.doc, second.anchor, False
    )
    actors = extract_actors([first, second])
    contested = find_contested([first, second], actors, [])
    assert [c for c in contested if c.kind == "figures"] == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # ECB+ (topic 20, Iran earthquakes): the 2005 quake's toll and the 2003 Bam quake's.
        (
            "A powerful earthquake hit southern Iran on Sunday, killing 10 people and injuring 80.",
            "A major earthquake killed more than 31,000 in the city of Bam in central Iran in "
            "2003.",
        ),
        # ECB+ (topic 20): the Bam quake of December 2003 and the Sunday quake.
        (
            "Iranians are still haunted by harrowing images of the world's worst disaster in "
            "December 2003, in which more than 31,000 people were killed in the ancient city "
            "of Bam.",
            "Iranian rescue workers handed out blankets to survivors of a powerful earthquake on "
            "a Gulf island that killed 10 people on Sunday.",
        ),
    ],
)
def test_tolls_of_events_on_different_dates_are_not_contested(parse_text, first, second):
    one = parse_text(first, dt.date(2005, 11, 28))
    two = parse_text(second, dt.date(2005, 11, 28))
    two = type(two)(two.source.model_copy(update={"id": "s2"}), two.doc, two.anchor, False)
    actors = extract_actors([one, two])
    contested = find_contested([one, two], actors, [])
    assert [c for c in contested if c.kind == "figures"] == []


def test_tolls_of_one_dated_event_are_still_contested(parse_text):
    # ECB+ (topic 20): two reports of the Sunday quake with different tolls.
    one = parse_text(
        "A powerful earthquake hit southern Iran on Sunday, killing at least three people.",
        dt.date(2005, 11, 28),
    )
    two = parse_text(
        "An earthquake hit southern Iran on Sunday, killing 10 people.", dt.date(2005, 11, 28)
    )
    two = type(two)(two.source.model_copy(update={"id": "s2"}), two.doc, two.anchor, False)
    actors = extract_actors([one, two])
    contested = find_contested([one, two], actors, [])
    assert [c.kind for c in contested] == ["figures"]


# PolNeAR (train, NYT, two articles): Trump's words about Mrs. Khan, and his former campaign
# manager's denial about why he was fired; they share the side's name ("Trump") and "speak".
TRUMP_ON_KHAN = (
    "In his first reaction, during an ABC News interview, Mr. Trump questioned why Mr. Khan's "
    "wife did not speak alongside him at the Democratic convention, implying that she was "
    "forbidden from doing so."
)
LEWANDOWSKI_DENIES = (
    "Mr. Lewandowski was ultimately fired with the help of Mr. Trump's adult children, who "
    "believed the campaign manager was trying to spread negative stories about Mr. Kushner. "
    "Mr. Lewandowski, now a paid CNN commentator, has denied that that was the case, and he "
    "and Mr. Trump still speak frequently, with the candidate seeking his advice."
)


@pytest.mark.parametrize(
    ("texts", "answered"),
    [
        # PolNeAR: a side's own name and a verb said of every matter share no matter.
        ((TRUMP_ON_KHAN, LEWANDOWSKI_DENIES), False),
        # Seed: "sheltering" / "does not harbor" and "groups" are the matter.
        ((ACCUSES, DENIAL), True),
    ],
)
def test_the_names_of_the_sides_are_no_shared_matter(parse_text, texts, answered):
    from tests.conftest import separate_articles

    articles = separate_articles(parse_text, *texts)
    actors = extract_actors(articles)
    quotes = [q for a in articles for q in extract_quotes(a, actors)]
    with tracing() as trace:
        claims = [c for c in find_contested(articles, actors, quotes) if c.kind == "claims"]
    assert bool(claims) is answered
    outcomes = [d.outcome for d in trace.by("answers_claim")]
    assert outcomes and all(("trump" in o) is False for o in outcomes)
