"""`briefgen.explain`: which decisions and links are about an item, on synthetic traces.

The brief is a hand-made one over a real sentence of the seed; the decisions are made up
(any rule name, any stage), so these tests hold whatever the extractors record.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.explain import (
    ExplainError,
    Query,
    Spans,
    about,
    dropped,
    excerpt,
    explain,
    find_actor,
    merge_chain,
    name_key,
    to_dict,
)
from briefgen.extract.rules import Decision, Link, Stage
from briefgen.model import Actor, ActorType, Brief, DateMention, Evidence, Quote, Source, Story

TEXT = (
    "Pakistan’s Information Minister Attaullah Tarar confirmed on Wednesday that the "
    "discussions had yielded no progress. “Regrettably, the Afghan side gave no assurances,” "
    "Tarar wrote on X. Islamabad says the violence stems from the Tehrik-e-Taliban Pakistan "
    "(TTP). Erdoğan did not comment."
)


def ev(text: str, nth: int = 0, source: str = "s1") -> Evidence:
    """Evidence for the nth occurrence of `text` in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Evidence(source=source, start=start, end=start + len(text))


def actor(name: str, kind: ActorType, aliases: list[str], *spans: Evidence) -> Actor:
    return Actor(name=name, type=kind, aliases=aliases, mentions=len(spans), evidence=list(spans))


BRIEF = Brief(
    title="Talks",
    as_of=dt.date(2025, 10, 30),
    generator="test",
    sources=[Source(id="s1", path="seed.txt", title="Talks", text=TEXT)],
    actors=[
        actor("Pakistan", "country", ["Islamabad"], ev("Pakistan"), ev("Islamabad")),
        actor(
            "Attaullah Tarar",
            "person",
            ["Tarar"],
            ev("Pakistan’s Information Minister Attaullah Tarar"),
            ev("Tarar", 1),
        ),
        actor("Tehrik-e-Taliban Pakistan", "group", ["TTP"], ev("Tehrik-e-Taliban Pakistan")),
        actor("Recep Tayyip Erdoğan", "person", ["Erdoğan"], ev("Erdoğan")),
    ],
    quotes=[
        Quote(
            text="Regrettably, the Afghan side gave no assurances,",
            speaker="Attaullah Tarar",
            cue="wrote",
            kind="direct",
            evidence=ev("Regrettably, the Afghan side gave no assurances,"),
        )
    ],
    dates=[
        DateMention(
            text="Wednesday",
            value="2025-10-29",
            type="DATE",
            anchor=dt.date(2025, 10, 30),
            evidence=ev("Wednesday"),
        )
    ],
)


def decided(rule: str, stage: Stage, subject: str, outcome: str, *evidence: Evidence) -> Decision:
    return Decision(rule, stage, subject, outcome, evidence)


TYPED_TARAR = decided("person_title", "type", "Attaullah Tarar", "person", ev("Attaullah Tarar"))
TYPED_PAKISTAN = decided("gazetteer_country", "type", "Pakistan", "country", ev("Pakistan"))
ROLE = decided("title_before_name", "role", "Information Minister", "role", ev("Information"))
SURNAME = Link("tarar", "attaullah tarar", "surname_links", (ev("Tarar", 1), ev("Tarar")))
CAPITAL = Link("islamabad", "country:Pakistan", "capital_city", (ev("Islamabad"),))
ACRONYM = Link("ttp", "tehrik-e-taliban pakistan", "acronym_definition", (ev("(TTP)"),))
QUOTED = decided("paired_quote_marks", "quote", "Regrettably…", "direct", ev("Regrettably"))
SPEAKER = decided("active_reporting_verb", "speaker", "Regrettably…", "Tarar", ev("Tarar", 1))
DATED = decided("weekday_past", "date", "Wednesday", "2025-10-29", ev("Wednesday"))
DROPPED_X = decided("platform_name", "mention", "X", "dropped", ev("X."))
DROPPED_THE_AFGHAN_SIDE = decided("demonym_phrase", "mention", "the Afghan side", "dropped")
TRACE = [
    TYPED_PAKISTAN,
    TYPED_TARAR,
    ROLE,
    QUOTED,
    SPEAKER,
    DATED,
    DROPPED_X,
    DROPPED_THE_AFGHAN_SIDE,
    TYPED_TARAR,  # recorded twice: shown once
]


@pytest.mark.parametrize(
    ("spans", "probe", "overlaps"),
    [
        ([(10, 20)], (15, 25), True),
        ([(10, 20)], (20, 25), False),  # touching ends share no character
        ([(10, 20)], (0, 10), False),
        ([(0, 100), (40, 45)], (60, 70), True),  # inside an earlier, longer span
        ([(10, 20), (30, 40)], (21, 29), False),
        ([(10, 20)], (12, 14, "s2"), False),  # another source
    ],
)
def test_spans_overlap(spans, probe, overlaps):
    source = probe[2] if len(probe) == 3 else "s1"
    found = Spans(Evidence(source="s1", start=a, end=b) for a, b in spans)
    assert found.overlaps(Evidence(source=source, start=probe[0], end=probe[1])) is overlaps


@pytest.mark.parametrize(
    ("text", "key"),
    [("Erdoğan", "erdogan"), ("the  Afghan\nside", "afghan side"), ("TARAR", "tarar")],
)
def test_name_key_folds_case_accents_spacing_and_the(text, key):
    assert name_key(text) == key


@pytest.mark.parametrize(
    ("stages", "names", "evidence", "others", "expected"),
    [
        ({"type"}, {"attaullah tarar"}, (), (), [TYPED_TARAR]),
        ({"type"}, set(), [ev("Attaullah Tarar")], (), [TYPED_TARAR]),
        (
            {"type", "role"},
            set(),
            [ev("Pakistan’s Information Minister Attaullah Tarar")],
            (),
            [TYPED_PAKISTAN, TYPED_TARAR, ROLE],
        ),
        ({"type"}, set(), [ev("Pakistan’s Information")], {"pakistan"}, []),
        ({"date"}, {"wednesday"}, (), (), [DATED]),
        ({"quote"}, set(), [ev("Tarar", 1)], (), []),
    ],
)
def test_about_selects_by_stage_then_subject_or_overlap(stages, names, evidence, others, expected):
    assert list(about(TRACE, stages, names, evidence, others)) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("X", [DROPPED_X]),
        ("afghan side", [DROPPED_THE_AFGHAN_SIDE]),
        ("The Afghan Side", [DROPPED_THE_AFGHAN_SIDE]),
        ("Attaullah Tarar", []),  # decided about, never dropped
        ("Nobody", []),
    ],
)
def test_dropped_is_a_dropped_outcome_on_that_name(name, expected):
    assert list(dropped(TRACE, name)) == expected


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("Attaullah Tarar", "Attaullah Tarar"),
        ("tarar", "Attaullah Tarar"),
        ("ISLAMABAD", "Pakistan"),
        ("Erdogan", "Recep Tayyip Erdoğan"),
        ("the TTP", "Tehrik-e-Taliban Pakistan"),
        ("Kabul", None),
    ],
)
def test_find_actor_by_name_or_alias(name, found):
    match = find_actor(BRIEF.actors, name)
    assert (match.name if match else None) == found


def test_merge_chain_follows_the_group_through_keys_not_on_the_card():
    via = Link("minister tarar", "tarar", "title_variants")
    links = [CAPITAL, via, SURNAME, ACRONYM]
    assert merge_chain(links, {"attaullah tarar"}) == [via, SURNAME]
    assert merge_chain(links, {"pakistan", "country:pakistan"}) == [CAPITAL]
    assert merge_chain(links, {"kabul"}) == []


def groups(explanation) -> dict[str, list[Decision]]:
    (entry,) = explanation.entries
    return {title: list(group) for title, group in entry.groups}


def test_actor_shows_its_card_typing_role_and_merges():
    found = explain(BRIEF, Query("actor", "tarar"), TRACE, [CAPITAL, SURNAME, ACRONYM])
    (entry,) = found.entries
    assert entry.heading == "actor Attaullah Tarar"
    assert dict(entry.fields)["type"] == "person" and dict(entry.fields)["aliases"] == "Tarar"
    shown = groups(found)
    # Pakistan's typing overlaps the card's evidence, but it names another actor.
    assert shown["typed"] == [TYPED_TARAR] and shown["role"] == [ROLE]
    assert [(d.rule, d.subject, d.outcome) for d in shown["merged"]] == [
        ("surname_links", "tarar", "joins attaullah tarar")
    ]
    assert shown["merged"][0].evidence == SURNAME.evidence


def test_actor_merges_from_link_decisions_until_the_actors_keep_links():
    joined = decided("surname_links", "link", "Tarar", "joins Attaullah Tarar", ev("Tarar", 1))
    other = decided("acronym_definition", "link", "TTP", "joins Tehrik-e-Taliban Pakistan")
    found = explain(BRIEF, Query("actor", "Attaullah Tarar"), [*TRACE, joined, other])
    assert groups(found)["merged"] == [joined]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (Query("actor", "Kabul"), '--candidate "Kabul"'),
        (Query("quote", "1"), "quotes are numbered from 0 to 0"),
        (Query("quote", "first"), "quotes are numbered"),
        (Query("date", "Thursday"), "its dates: 'Wednesday'"),
    ],
)
def test_an_item_not_in_the_brief_is_an_error_naming_what_is(query, message):
    with pytest.raises(ExplainError, match=message.replace("(", r"\(")):
        explain(BRIEF, query, TRACE)


def test_quote_chain_is_its_quote_and_speaker_decisions():
    found = explain(BRIEF, Query("quote", "0"), [*TRACE, DROPPED_X])
    shown = groups(found)
    assert shown["chain"] == [QUOTED]  # the speaker decision's evidence is outside the quote
    speaker = decided("active_reporting_verb", "speaker", BRIEF.quotes[0].text, "Tarar")
    assert groups(explain(BRIEF, Query("quote", "0"), [speaker]))["chain"] == [speaker]


@pytest.mark.parametrize("value", ["Wednesday", "wednesday", "0"])
def test_date_by_text_or_index(value):
    found = explain(BRIEF, Query("date", value), TRACE)
    (entry,) = found.entries
    assert dict(entry.fields)["value"] == "2025-10-29"
    assert groups(found)["chain"] == [DATED]


def test_date_not_in_the_brief_shows_the_rules_that_left_it_out():
    rejected = decided("bare_year_number", "date", "X", "not a date", ev("X."))
    found = explain(BRIEF, Query("date", "x"), [rejected])
    assert groups(found)["chain"] == [rejected] and "not among" in found.notes[0]


@pytest.mark.parametrize(
    ("name", "dropped_by", "note"),
    [
        ("X", ["platform_name"], None),
        ("Tarar", [], "'Tarar' is an actor: the card 'Attaullah Tarar' (person)"),
        ("Kabul", [], "the model never tagged 'Kabul' as a name: there was no candidate to drop"),
    ],
)
def test_candidate(name, dropped_by, note):
    found = explain(BRIEF, Query("candidate", name), TRACE)
    assert [d.rule for entry in found.entries for d in dict(entry.groups)["dropped"]] == dropped_by
    assert list(found.notes) == ([note] if note else [])


def test_json_form_has_excerpts_and_every_rule():
    data = to_dict(explain(BRIEF, Query("actor", "Tarar"), TRACE, [SURNAME]))
    (entry,) = data["entries"]
    link = entry["groups"]["merged"][0]
    assert [e["excerpt"] for e in link["evidence"]] == ["Tarar", "Tarar"]
    assert set(data["rules"]) == {"person_title", "title_before_name", "surname_links"}


def test_long_excerpts_are_cut_in_the_middle():
    whole = Evidence(source="s1", start=0, end=len(TEXT))
    text = excerpt(BRIEF, whole)
    assert len(text) <= 81 and text.startswith("Pakistan’s") and text.endswith("comment.")


def test_story_shows_why_each_of_its_articles_is_in_it():
    story = Story(title="Talks", sources=["s1"], why=["alike_articles"])
    brief = BRIEF.model_copy(update={"stories": [story]})
    joined = decided("alike_articles", "story", "Talks", "joins story 'Talks'", ev("Pakistan"))
    other = decided("own_story", "story", "Other", "a story of its own", ev("X", source="s2"))
    found = explain(brief, Query("story", "0"), [*TRACE, joined, other])
    assert groups(found) == {"articles": [joined]}
    assert dict(found.entries[0].fields)["sources"] == "s1"
    with pytest.raises(ExplainError, match="stories are numbered from 0 to 0"):
        explain(brief, Query("story", "1"), TRACE)


def test_cleaned_shows_what_the_cleaner_removed_from_one_article():
    """The boilerplate decisions recorded while reading seed.txt, shortened; another file's
    removals and other stages' decisions are not shown."""
    caption = "Apr. 21: Fire boat crews battle the blazing remnants of the offshore oil rig " * 3
    removed = decided("photo_caption", "boilerplate", caption, "removed from seed.txt")
    stamp = decided("page_timestamp", "boilerplate", "Thu Apr 22, 2010", "removed from seed.txt")
    elsewhere = decided("byline", "boilerplate", "By the CNN Wire Staff", "removed from b.txt")
    for value in ("s1", "seed.txt"):
        found = explain(BRIEF, Query("cleaned", value), [*TRACE, removed, stamp, elsewhere])
        shown = groups(found)["removed"]
        assert [d.rule for d in shown] == ["photo_caption", "page_timestamp"]
        assert shown[0].subject.startswith("Apr. 21: Fire boat") and shown[0].subject.endswith("…")
        assert len(shown[0].subject) == 120 and shown[1].subject == "Thu Apr 22, 2010"
        assert dict(found.entries[0].fields)["removed"] == "2"
    nothing = explain(BRIEF, Query("cleaned", "s1"), TRACE)
    assert nothing.notes == ("the cleaner removed nothing from seed.txt",)
    with pytest.raises(ExplainError, match="no article 's9' in the brief"):
        explain(BRIEF, Query("cleaned", "s9"), TRACE)
