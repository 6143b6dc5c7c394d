"""Key events: dates checked against their context, happened or planned, ranked, shown."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.key_events import OFF_STORY, Spread
from briefgen.extract.rules import tracing
from briefgen.model import Article, TimelineEvent
from briefgen.pipeline import build_brief

PUBLISHED = dt.date(2010, 6, 16)


def _timeline(text: str, published: dt.date = PUBLISHED) -> list[TimelineEvent]:
    article = Article(path="a.txt", title="Example", text=text, published=published)
    return build_brief([article], as_of=published).timeline


@pytest.mark.parametrize(
    ("sentence", "rule", "dropped"),
    [
        # BBC (T17 MJ): a clock time before a day's date.
        (
            "The last time Dr Murray administered the medication was 1040 on 25 June, just "
            "hours before Jackson died.",
            "clock_time_not_year",
            "1040",
        ),
        # PolNeAR train: the year a superlative is measured against.
        ("Republicans hold their largest majority since 1928.", "compared_year", "1928"),
        (
            "The administration took in $74 billion, the lowest take since 1988.",
            "compared_year",
            "1988",
        ),
        # PolNeAR train: a deictic word naming an era.
        (
            "The leaders we're raising money for today are the senators and presidential "
            "candidates of tomorrow.",
            "deictic_as_noun",
            "tomorrow",
        ),
    ],
)
def test_date_checks_drop_dates_of_no_event(sentence: str, rule: str, dropped: str) -> None:
    with tracing() as trace:
        events = _timeline(sentence)
    assert [d.subject.removeprefix("since ") for d in trace.by(rule)] == [dropped]
    assert not any(e.date.startswith(dropped) for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        # MEANTIME (Wikinews): a year after 'in' is a year.
        "The first flight of the 777 was in 1994, Boeing said.",
        # The seed (Istanbul talks): 'since' without a comparison dates the start of a trend.
        "Relations have steadily deteriorated since the Taliban's return to power in 2021.",
        # BBC (T17 bpoil): 'as of yesterday' is a day.
        "As of yesterday morning, the crews had retrieved 200 barrels of oil.",
    ],
)
def test_date_checks_keep_real_dates(sentence: str) -> None:
    with tracing() as trace:
        events = _timeline(sentence)
    fired = trace.fired()
    assert not (fired["clock_time_not_year"] or fired["compared_year"] or fired["deictic_as_noun"])
    assert all(e.date[:4].isdigit() for e in events)


@pytest.mark.parametrize(
    ("sentence", "status", "rule"),
    [
        # BBC (T17 MJ), published 2011-11-16: a date after publication.
        (
            "The auction is scheduled to take place on 17 December in the US.",
            "planned",
            "after_publication",
        ),
        # BBC (T17 MJ), published 2011-08-30.
        (
            "Opening statements are expected to begin on September 27.",
            "planned",
            "after_publication",
        ),
        # BBC (T17 MJ), published 2011-09-24: the past, reported.
        (
            "The jurors were selected on Friday after less than six hours of questioning.",
            "happened",
            None,
        ),
    ],
)
def test_status(sentence: str, status: str, rule: str | None) -> None:
    events = _timeline(
        sentence, dt.date(2011, 9, 24) if status == "happened" else dt.date(2011, 8, 30)
    )
    assert [e.status for e in events] == [status]
    assert (
        (rule in events[0].why)
        if rule
        else not {"after_publication", "future_syntax"} & set(events[0].why)
    )


def test_a_gerund_complement_takes_its_governors_tense() -> None:
    # BBC (T17 MJ), published Friday 2011-11-04: the Monday after, not before.
    events = _timeline(
        "The panel will resume considering the involuntary manslaughter charge against Dr "
        "Conrad Murray on Monday.",
        dt.date(2011, 11, 4),
    )
    assert [(e.date, e.status) for e in events] == [("2011-11-07", "planned")]


def test_future_syntax_marks_a_plan_already_past() -> None:
    # BBC (T17 MJ), published 2009-08-29: a burial planned for a day before publication.
    events = _timeline(
        "The burial was to take place on 25 August 2009, the family said.", dt.date(2009, 8, 29)
    )
    assert [(e.date, e.status) for e in events] == [("2009-08-25", "planned")]
    assert "future_syntax" in events[0].why


def test_seed_key_events_are_the_story_not_its_background(seed_brief) -> None:
    key = [e for e in seed_brief.timeline if e.key]
    assert "Explosions in Kabul" in {e.event for e in key}
    assert "2021" not in {e.date for e in key}  # the Taliban's return: background
    assert {e.rank for e in seed_brief.timeline} == set(range(1, len(seed_brief.timeline) + 1))


def test_one_row_per_date() -> None:
    # Two reports of one day's events (Reuters and BBC, T17 bpoil), one brief.
    text = (
        "An explosion and fire on the BP-operated drilling rig Deepwater Horizon killed 11 "
        "workers on 20 April. Thousands of gallons of oil began gushing into the Gulf of Mexico "
        "on 20 April."
    )
    events = _timeline(text, dt.date(2010, 4, 22))
    assert len([e for e in events if e.date == "2010-04-20"]) == 2
    assert len([e for e in events if e.date == "2010-04-20" and e.key]) == 1


@pytest.mark.parametrize(
    ("sentence", "published", "date", "status"),
    [
        # AP via Fox News (T17 bpoil): a conjunct with no tense of its own has its first
        # conjunct's ("would be trapped and set aflame"): Wednesday after a Tuesday.
        (
            "Pools of oil far offshore would be trapped in special containment booms and set "
            "aflame as soon as Wednesday.",
            dt.date(2010, 4, 27),
            "2010-04-28",
            "planned",
        ),
        # AP via Fox News: a plan for the article's own weekday is that day, not a week on.
        (
            "The sheen measured about 70 miles by 130 miles, and officials expected to update "
            "that figure Friday.",
            dt.date(2010, 4, 30),
            "2010-04-30",
            "planned",
        ),
        # Washington Post (T17 bpoil): the same, "later Thursday" written on a Thursday.
        (
            "An EPA official said the agency would make an announcement on the matter later "
            "Thursday.",
            dt.date(2010, 5, 20),
            "2010-05-20",
            "planned",
        ),
        # Washington Post: a conjunct with its own subject has its own tense ("it may be
        # back, but ... it ceased"): the Thursday before.
        (
            "BP's Macondo well isn't dead yet, and it may be back in a flash, but at 3:25 p.m. "
            "Eastern time Thursday it ceased to spew oil into the Gulf of Mexico.",
            dt.date(2010, 7, 16),
            "2010-07-15",
            "happened",
        ),
    ],
)
def test_weekdays_of_plans_and_events(
    sentence: str, published: dt.date, date: str, status: str
) -> None:
    dated = {e.date: e.status for e in _timeline(sentence, published) if e.precision == "day"}
    assert dated.get(date) == status


def test_a_fragment_is_judged_by_the_phrase_shown() -> None:
    # BBC (T17 bpoil) and a plain report of the same event: the row shows the first
    # report's phrase, so whether it is a fragment is that phrase's, not any report's.
    headless = (
        "The spill was set off by an explosion that destroyed the Deepwater Horizon oil rig and "
        "killed 11 workers off Louisiana on 20 April."
    )
    plain = "An explosion killed 11 workers off Louisiana on 20 April. The rig sank."
    published = dt.date(2010, 5, 11)
    for texts, key in (((headless, plain), False), ((plain, headless), True)):
        articles = [
            Article(path=f"a{n}.txt", title="Example", text=text, published=published)
            for n, text in enumerate(texts)
        ]
        (event,) = build_brief(articles, as_of=published).timeline
        assert (len(event.evidence), event.key) == (2, key), event.event


# Two stories of three reports each (T17 BP oil spill and Michael Jackson, BBC, develop part).
_OIL = [
    "An estimated 206 million gallons of oil flowed into the Gulf before BP capped the well "
    "last month.",
    "But Adm Allen is not convinced the oil giant should leave the cap in place until the well "
    "is permanently plugged.",
    "Coast Guard Adm Thad Allen said the amount of oil captured from the leaking well could "
    "almost double by next week.",
]
_TRIAL = [
    "His doctor, Conrad Murray, who told police he had prescribed Propofol for insomnia, has "
    "pleaded not guilty to a charge of manslaughter.",
    "The testimony came at a preliminary hearing for Dr Murray, who has pleaded not guilty to "
    "involuntary manslaughter.",
    "Conrad Murray has pleaded not guilty to involuntary manslaughter and faces a four year "
    "prison term if convicted.",
]


def test_a_sentence_is_central_to_its_own_story_not_to_the_brief(parse_text) -> None:
    """In a brief of several stories, few of all the sources share a story's words: read
    against the whole brief, every event would be off the story (an AllSides mix of nine
    stories showed 2 of 58 events)."""
    docs = {f"s{n}": parse_text(text).doc for n, text in enumerate(_OIL + _TRIAL, start=1)}
    stories = [["s1", "s2", "s3"], ["s4", "s5", "s6"]]
    by_story, whole = Spread(docs, stories), Spread(docs, [list(docs)])
    sentence = next(iter(docs["s1"].sents))
    assert by_story.told("s1") and by_story.of(sentence, "s1") >= OFF_STORY
    assert whole.of(sentence, "s1") < by_story.of(sentence, "s1")


def test_a_story_of_one_source_is_never_found_off_story(parse_text) -> None:
    docs = {"s1": parse_text(_OIL[0]).doc, "s2": parse_text(_TRIAL[0]).doc}
    spread = Spread(docs, [["s1"], ["s2"]])
    assert not spread.told("s1") and not spread.told("s2")


def test_an_assumed_date_is_no_key_event_beside_dated_sources() -> None:
    # ECB+ train topic 3: an undated report of the Nichols sentencing ("Saturday" counted
    # from the as-of date) beside a dated report (Reuters, T17 bpoil, 2010-04-22).
    undated = Article(
        path="nichols.txt",
        title="Nichols sentenced",
        text="An Atlanta judge sentenced Brian Nichols to life in prison Saturday morning.",
        published=None,
    )
    dated = Article(
        path="bp.txt",
        title="BP",
        text="An explosion and fire on the BP-operated drilling rig Deepwater Horizon killed 11 "
        "workers on 20 April.",
        published=dt.date(2010, 4, 22),
    )
    as_of = dt.date(2026, 12, 8)
    with tracing() as trace:
        events = build_brief([undated, dated], as_of=as_of).timeline
    saturday = next(e for e in events if e.assumed)
    assert not saturday.key and trace.fired()["assumed_date"]
    assert any(e.key and not e.assumed for e in events)
    alone = build_brief([undated], as_of=as_of).timeline
    assert any(e.key and e.assumed for e in alone)  # nothing dated to set it beside
