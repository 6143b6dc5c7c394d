"""Timeline: dated events as short phrases, sorted with precision."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.dates import extract_dates
from briefgen.extract.event_phrases import PHRASE_RULES
from briefgen.extract.key_events import SIGNALS
from briefgen.extract.rules import tracing
from briefgen.extract.timeline import build_timeline, sort_key
from briefgen.model import Article
from briefgen.pipeline import build_brief


def test_seed_timeline(seed_brief):
    events = [(e.date, e.precision, e.event) for e in seed_brief.timeline]
    assert ("2025-10-09", "day", "Explosions in Kabul") in events
    assert ("2025-10-19", "day", "A second temporary truce after emergency talks in Doha") in events
    assert ("2021", "year", "The Taliban’s return to power") in events
    assert ("2025-W44", "week", "Efforts to broker a lasting ceasefire ended in failure") in events
    assert [e.date for e in seed_brief.timeline] == sorted(
        (e.date for e in seed_brief.timeline), key=sort_key
    )
    assert all(e.precision != "day" or not e.assumed for e in seed_brief.timeline)


def test_durations_never_become_timeline_points(seed_brief):
    assert not {e.date for e in seed_brief.timeline} & {"P4D", "PT48H"}
    kinds = {d.text: d.type for d in seed_brief.dates}
    assert kinds["four-day"] == kinds["48-hour"] == "DURATION"


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # MEANTIME corpus sentences (Wikinews, CC BY 4.0), published 2008-03-01.
        (
            "The A380 made its maiden flight on April 27, 2005 from Toulouse.",
            "The A380 made its maiden flight from Toulouse",
        ),
        (
            "Boeing rolled out the first 787 Dreamliner on July 8, 2007.",
            "Boeing rolled out the first 787 Dreamliner",
        ),
        # A clause cut from its sentence does not keep its subordinator (published 2009-04-03).
        (
            "Since December GM and Chrysler have received US$17.4 billion government loans.",
            "GM and Chrysler have received US$17.4 billion government loans",
        ),
        # A relative pronoun stands for its antecedent.
        (
            "Mac OS X Lion was announced at a different Apple event several months ago and "
            "will replace Mac OS X Snow Leopard, which was released in 2009.",
            "Mac OS X Snow Leopard was released",
        ),
        # Timeline17 (Guardian, BP oil spill): the adverb a date hangs on is part of it; the
        # event is what it modifies, not "As early Wednesday".
        (
            "Ed Markey, who presided over the hearing, said BP would post the footage on the "
            "website of his house subcommitte on energy independence and global warming as early "
            "as Wednesday night.",
            "Ed Markey said BP would post the footage on the website of his house subcommitte on "
            "energy independence and global warming",
        ),
        # BBC (T17 bpoil): a participle goes with its complement when a phrase is trimmed,
        # not "a separate House hearing devoted".
        (
            "While the theme of the hearing is deepwater drilling in general, BP chief executive "
            "Tony Hayward will face a separate House hearing on Thursday devoted to the "
            "Deepwater Horizon disaster.",
            "Tony Hayward will face a separate House hearing",
        ),
        # Reuters (T17 bpoil): a subject nothing can trim stays whole, not cut mid-name.
        (
            "Interior Secretary Ken Salazar and Environmental Protection Agency chief Lisa "
            "Jackson are scheduled to answer lawmakers' questions regarding the rig disaster on "
            "Tuesday.",
            "Interior Secretary Ken Salazar and Environmental Protection Agency chief Lisa "
            "Jackson are scheduled to answer lawmakers' questions regarding the rig disaster",
        ),
        # BBC (T17 bpoil, a saved page): a heading glued to the sentence is a second subject.
        (
            "Case study: Gulf of Mexico oil spill and BP On 20 April 2010 a deepwater oil well "
            "exploded in the Gulf of Mexico.",
            "A deepwater oil well exploded in the Gulf of Mexico",
        ),
        # BBC (T17 MJ): a dated phrase opening the clause frames it; the event is the clause.
        (
            "During closing statements on Thursday, the prosecution said the world had lost a "
            '"genius", while the defense characterised Murray as "a little fish".',
            'During closing statements the prosecution said the world had lost a "genius"',
        ),
        # Washington Post (T17 bpoil): a clause across a semicolon is a sentence of its own.
        (
            "Still, it would be a temporary fix; BP hopes to plug the leak permanently by "
            "mid-August.",
            "BP hopes to plug the leak permanently",
        ),
        # Washington Post (T17 bpoil): a duration is no date; the clause said takes more room.
        (
            "On Monday, BP said it spent $350 million in the first 20 days of the spill response.",
            "BP said it spent $350 million in the first 20 days of the spill response",
        ),
        # BBC (T17 MJ, 2010-06-16): a date beside a place dates the verb (`date_on_verb`),
        # not "A Beverly Hills hotel".
        (
            'Jackson family members are expected to attend a gala event, "Forever Michael," at '
            "a Beverly Hills hotel on Saturday.",
            "Jackson family members are expected to attend a gala event",
        ),
        # BBC (T17 bpoil, 2010-06-10): the means of a statement is no event ("A press conference").
        (
            "Adm Allen said in a press conference on Wednesday that the containment operation "
            "was now catching up to 630,000 gallons (2,864,037 litres) daily.",
            "Adm Allen said in a press conference the containment operation was catching up "
            "to 630,000 gallons daily",
        ),
        # Guardian (T17 bpoil, 2010-05-27): a participle's date is its clause's
        # (`participle_adjunct`), not "Drilling mud".
        (
            'BP embarked upon a high-risk "top kill" procedure using drilling mud last night to '
            "cap the catastrophic gush of oil in the Gulf of Mexico.",
            'BP embarked upon a high-risk "top kill" procedure',
        ),
        # Fox News (T17 bpoil): a participle that adds a circumstance to a statement.
        (
            "Hafle, testifying before a panel in Louisiana on Friday about the cause of the rig "
            "disaster, rejected the notion that BP had taken risks.",
            "Hafle rejected the notion that BP had taken risks",
        ),
        # Reuters (T17 bpoil, 2010-06-17): a frame before the subject takes no
        # complement's room (`frame_apart`), not "Hayward urged them".
        (
            "Under harsh questioning from lawmakers on Thursday, Hayward urged them to await the "
            "outcome of an investigation into the spill.",
            "Under harsh questioning from lawmakers Hayward urged them to await the outcome of "
            "an investigation",
        ),
        # Fox News (T17 bpoil): the object of a preposition of time is an event and keeps it.
        (
            "The search continued for 11 workers missing after the explosion and fire late "
            "Tuesday on the Deepwater Horizon.",
            "The explosion and fire on the Deepwater Horizon",
        ),
    ],
)
def test_event_phrase_is_the_governing_clause(parse_text, sentence, event):
    article = parse_text(sentence)
    (entry,) = build_timeline([article], extract_dates(article))
    assert entry.event == event


def test_month_sorts_before_its_days():
    assert sorted(["2025-10-19", "2025-10", "2025-W44", "2021"], key=sort_key) == [
        "2021",
        "2025-10",
        "2025-10-19",
        "2025-W44",
    ]


def _articles(parse_text, reports):
    """Parsed articles s1, s2, ... from (published, text) pairs."""
    parsed = []
    for number, (published, text) in enumerate(reports, start=1):
        article = parse_text(text, published)
        source = article.source.model_copy(update={"id": f"s{number}"})
        parsed.append(type(article)(source, article.doc, article.anchor, article.assumed))
    return parsed


def _timeline(articles):
    return build_timeline(articles, [d for a in articles for d in extract_dates(a)])


# MEANTIME corpus sentences (Wikinews, CC BY 4.0).
CANCER_2011_01 = (
    "He fought pancreatic cancer in 2004 and took six months off in early 2009, later "
    "revealing he had undergone a liver transplant."
)
CANCER_2011_08 = (
    "Steve Jobs has been fighting pancreatic cancer since 2004 and has been on medical leave "
    "since January of this year."
)
CANCER_2011_10 = "He has been fighting pancreatic cancer since 2004."
FILING = (
    "United States automobile manufacturing firm General Motors filed for bankruptcy and "
    "Chapter 11 protection from its creditors at 12:00 UTC Monday, in a Manhattan, New York "
    "federal bankruptcy court."
)
SPEECH = (
    "In a televised speech from the White House at 16:00 UTC today, President of the United "
    "States Barack Obama presented a reorganization plan following the 12:00 UTC announcement "
    "by General Motors that it had filed for bankruptcy and Chapter 11 protection from its "
    "creditors, the largest bankruptcy of a U.S. manufacturing company."
)
PRE_ORDERS = (
    "Pre-orders of the recently announced iPhone 4 began Tuesday, overwhelming Apple and AT&T."
)
QUARTER = (
    "In the first quarter of last year, GM had reported a loss of $381 million, or $0.67 per share."
)


def test_same_event_in_several_articles_is_one_entry(parse_text):
    # Three reports of one fact in the apple cluster.
    reports = [
        (dt.date(2011, 1, 17), CANCER_2011_01),
        (dt.date(2011, 8, 25), CANCER_2011_08),
        (dt.date(2011, 10, 6), CANCER_2011_10),
    ]
    (entry,) = [e for e in _timeline(_articles(parse_text, reports)) if e.date == "2004"]
    assert {e.source for e in entry.evidence} == {"s1", "s2", "s3"}
    assert "pancreatic cancer" in entry.event and not entry.conflicts


def test_different_events_on_one_day_stay_apart(parse_text):
    # The gm cluster on 2009-06-01: the filing and the President's speech.
    reports = [(dt.date(2009, 6, 1), FILING), (dt.date(2009, 6, 1), SPEECH)]
    entries = [e for e in _timeline(_articles(parse_text, reports)) if e.date == "2009-06-01"]
    assert len(entries) >= 2
    assert {e.evidence[0].source for e in entries} == {"s1", "s2"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # ECB+ (topic 13, Palmer fire): one official, one day, two statements.
        (
            "Palmer Public Safety Director Jon Owen said Tuesday that the city had not purchased "
            "the property, although there were plans to do so.",
            "\u201cAnd it\u2019s, of course, as you can see, a total loss,\u201d Palmer Public "
            "Safety Director Jon Owen said at the site of the fire Tuesday.",
        ),
        # ECB+ (topic 13, Wasilla church fire): what the pastor said, and only that he spoke.
        (
            '"We have no idea what caused it," the Rev. Larry Kroon of the Wasilla Bible Church '
            "said Saturday.",
            "Larry Kroon of the Wasilla Bible Church said Saturday that investigators were "
            "considering arson and other possible causes.",
        ),
    ],
)
def test_statements_of_one_speaker_on_one_day_stay_apart(parse_text, first, second):
    reports = [(dt.date(2012, 8, 8), first), (dt.date(2012, 8, 8), second)]
    entries = _timeline(_articles(parse_text, reports))
    assert all(len({e.source for e in entry.evidence}) == 1 for entry in entries)


def test_conflicting_dates_for_one_event_are_flagged(parse_text):
    # A real sentence (apple cluster, 2010-06-16) and a copy of it re-published a week
    # later: "Tuesday" now resolves to another day, and the two reports disagree.
    reports = [(dt.date(2010, 6, 16), PRE_ORDERS), (dt.date(2010, 6, 23), PRE_ORDERS)]
    flags = {e.date: e.conflicts for e in _timeline(_articles(parse_text, reports))}
    assert flags == {"2010-06-15": ["2010-06-22"], "2010-06-22": ["2010-06-15"]}


def test_recurring_events_far_apart_are_not_conflicts(parse_text):
    # Quarterly results a year apart (gm cluster) are two events, not one misdated.
    reports = [(dt.date(2009, 5, 7), QUARTER), (dt.date(2010, 5, 7), QUARTER)]
    assert all(not e.conflicts for e in _timeline(_articles(parse_text, reports)))


def test_each_event_says_which_rules_dated_and_phrased_it(parse_text):
    article = parse_text("Boeing rolled out the first 787 Dreamliner on July 8, 2007.")
    with tracing() as trace:
        (entry,) = build_timeline([article], extract_dates(article))
    # The rules that dated and phrased it, then those that ranked and showed it (key_events).
    assert entry.why[:3] == ["model_entity", "calendar_date", "verb_clause"]
    assert set(entry.why[3:]) <= {s.name for s in SIGNALS} | {"key_event"}
    (decision,) = trace.by("verb_clause")
    assert (decision.subject, decision.outcome) == ("July 8, 2007", entry.event)


def test_dates_that_place_no_event_are_recorded_as_dropped(seed_article):
    with tracing() as trace:
        build_brief([seed_article], as_of=dt.date(2025, 10, 30))
    assert {"four-day", "48-hour"} <= {d.subject for d in trace.by("not_a_point")}
    assert all(d.outcome == "dropped" for d in trace.by("not_a_point"))


def test_merged_and_conflicting_events_name_the_rule(parse_text):
    reports = [
        (dt.date(2011, 1, 17), CANCER_2011_01),
        (dt.date(2011, 8, 25), CANCER_2011_08),
        (dt.date(2011, 10, 6), CANCER_2011_10),
    ]
    (entry,) = [e for e in _timeline(_articles(parse_text, reports)) if e.date == "2004"]
    assert _before_rank(entry.why)[-1] == "same_event"
    reports = [(dt.date(2010, 6, 16), PRE_ORDERS), (dt.date(2010, 6, 23), PRE_ORDERS)]
    events = _timeline(_articles(parse_text, reports))
    assert all(_before_rank(e.why)[-1] == "conflicting_dates" for e in events)


def _before_rank(why: list[str]) -> list[str]:
    """The rules that found, phrased, merged and flagged an event, before those that ranked it."""
    ranking = {s.name for s in SIGNALS} | {"key_event", "after_publication", "future_syntax"}
    return [name for name in why if name not in ranking]


def test_phrase_rules_are_tried_in_one_order():
    assert [r.name for r in PHRASE_RULES] == [
        "gerund_preposition_object", "noun_phrase", "gerund_clause", "verb_clause",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "event"),
    [
        # BBC (T17 MJ): "He" is the person the sentence before names.
        (
            "Randy Jackson, brother of the late pop star Michael Jackson, has been admitted to "
            "hospital with chest pains. He was in court on Monday with his family for a hearing "
            "in the case of Dr Conrad Murray.",
            dt.date(2010, 6, 16),
            "Randy Jackson was in court with his family",
        ),
        # Guardian (T17 bpoil): "she" is the woman named in the clause before it.
        (
            "Similar fears were also stressed by Jane Lubchenco, head of the US National "
            "Oceanic and Atmospheric Administration, after she took part in a conference call "
            "with the governors of the gulf states on Friday.",
            dt.date(2010, 5, 2),
            "Jane Lubchenco took part in a conference call with the governors of the gulf states",
        ),
    ],
)
def test_pronoun_subject_is_shown_as_its_actor(text, published, event):
    article = Article(path="x.txt", title="Example", text=text, published=published)
    brief = build_brief([article], as_of=published)
    (entry,) = [e for e in brief.timeline if e.date == "2010-06-14" or "conference" in e.event]
    assert entry.event == event
    assert "pronoun_named" in entry.why


def test_a_pronoun_that_names_no_actor_is_not_shown():
    # BBC (T17 MJ): "He" follows "Jackson", who may be Randy or Michael: no actor is named,
    # so the row stays a pronoun's and the document does not show it.
    text = (
        "Randy Jackson, brother of the late pop star Michael Jackson, has been admitted to "
        "hospital with chest pains. Jackson, 48, was taken to Huntington Memorial Hospital in "
        "Pasadena, according to the Associated Press news agency. He was in court on Monday "
        "with his family for a hearing in the case of Dr Conrad Murray."
    )
    published = dt.date(2010, 6, 16)
    article = Article(path="x.txt", title="Example", text=text, published=published)
    with tracing() as trace:
        brief = build_brief([article], as_of=published)
    (entry,) = [e for e in brief.timeline if e.date == "2010-06-14"]
    assert (entry.event, entry.key) == ("He was in court with his family", False)
    assert [d.subject for d in trace.by("pronoun_subject")] == [entry.event]


def test_a_day_named_by_an_event_dates_nothing(parse_text):
    # BBC (T17 MJ, 2011-11-08 and 2011-09-29): "the day" of the verdict, the day the star
    # died, are no days of publication: only the explicit date places the event.
    article = parse_text(
        "Fans waited nervously outside the courtroom on the day of the verdict on 7 November. "
        "A key aide has told the manslaughter trial of Michael Jackson's doctor of events on "
        "the day the superstar died.",
        dt.date(2011, 11, 8),
    )
    with tracing() as trace:
        events = build_timeline([article], extract_dates(article))
    assert [(e.date, e.event) for e in events] == [
        ("2011-11-07", "Fans waited outside the courtroom")
    ]
    assert [d.subject for d in trace.by("day_named_by_event")] == ["the day", "the day"]


@pytest.mark.parametrize(
    ("text", "published", "rule"),
    [
        # BBC (T17 MJ, 2009-08-29): the morning an event names is no calendar day.
        (
            "On the morning of the singer's death, Dr Murray is reported to have given Jackson "
            "a lower dosage of propofol.",
            dt.date(2009, 8, 29),
            "day_named_by_event",
        ),
        # BBC (T17 MJ, a programme page, 2011-01-13): a date labelling a heading.
        (
            "World News for Schools :12 January Hi there, I'm Leah from the BBC World News for "
            "Schools.",
            dt.date(2011, 1, 13),
            "date_as_label",
        ),
        # Washington Post (T17 bpoil, 2010-07-16): a state holding since a day is no event.
        (
            "Reopening the well would not be a sign of failure, Hunter said, because, with the "
            'new cap -- the "3 ram capping stack" -- on top of the well since Monday night, BP '
            "has more options for capturing the hydrocarbons.",
            dt.date(2010, 7, 16),
            "start_of_state",
        ),
    ],
)
def test_dates_that_date_no_event_name_their_rule(parse_text, text, published, rule):
    article = parse_text(text, published)
    with tracing() as trace:
        events = build_timeline([article], extract_dates(article))
    assert events == []
    assert [d.outcome for d in trace.by(rule)] == ["dropped"]


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        # BBC (T17 MJ, 2010-03-16): an expectation in the present is a plan (`plan_verb`).
        (
            "More details are expected in an official announcement later on Tuesday, but the "
            "contract is reported to include the soundtrack to the recent film, This Is It.",
            dt.date(2010, 3, 16),
            "planned",
        ),
        # AP via Fox News (T17 bpoil, 2010-04-25): a plan in the past tense was made: happened.
        (
            "President Barack Obama planned a Sunday trip to the Gulf Coast.",
            dt.date(2010, 4, 25),
            "happened",
        ),
    ],
)
def test_a_verb_of_planning_makes_a_plan(parse_text, text, published, status):
    article = parse_text(text, published)
    (entry,) = build_timeline([article], extract_dates(article))
    assert entry.status == status
    assert ("plan_verb" in entry.why) == (status == "planned")


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        # Washington Post (T17 bpoil, 2010-05-11): the modal of the clause is not the noun's.
        (
            "BP's financial wounds from April 20 drilling-rig explosion might be serious, but "
            "they probably won't be fatal.",
            dt.date(2010, 5, 11),
            "happened",
        ),
        # PolNeAR (train, usa-today_2016-04-28_sanders-lays-off-more-than-campa).
        (
            "The results of Tuesday's five Democratic presidential primaries will almost "
            "certainly force Sen. Bernie Sanders to acknowledge a hard reality -- it's time for "
            "Plan B.",
            dt.date(2016, 4, 28),
            "happened",
        ),
    ],
)
def test_a_date_on_a_noun_is_the_nouns_event(parse_text, text, published, status):
    article = parse_text(text, published)
    (entry,) = build_timeline([article], extract_dates(article))
    assert entry.status == status
    assert "future_syntax" not in entry.why


@pytest.mark.parametrize(
    ("text", "published", "event"),
    [
        # Reuters (T17 bpoil, 2010-06-09): a duration is an amount, not "to a low".
        (
            "BP Plc shares tumbled nearly 16 percent on U.S. exchanges to a 14-year low on "
            "Wednesday on rising fears about how the wounded company will cope.",
            dt.date(2010, 6, 9),
            "BP Plc shares tumbled nearly 16 percent on U.S. exchanges to a 14-year low",
        ),
        # BBC (T17 bpoil, 2010-06-10): a frequency stays beside the figure it measures.
        (
            "Adm Allen said in a press conference on Wednesday that the containment operation "
            "was now catching up to 630,000 gallons (2,864,037 litres) daily.",
            dt.date(2010, 6, 10),
            "Adm Allen said in a press conference the containment operation was catching up "
            "to 630,000 gallons daily",
        ),
    ],
)
def test_an_amount_of_time_stays_in_the_phrase(parse_text, text, published, event):
    article = parse_text(text, published)
    entries = build_timeline([article], extract_dates(article))
    assert event in {e.event for e in entries}
    assert all("amount_of_time" in e.why for e in entries if e.event == event)


@pytest.mark.parametrize(
    ("text", "published", "event"),
    [
        # Fox News (T17 bpoil, 2010-04-30): the commas of a list and of a fronted phrase stay.
        (
            "With the wind blowing from the south, the mess could reach the Mississippi, "
            "Alabama and Florida coasts by Monday.",
            dt.date(2010, 4, 30),
            "With the wind blowing from the south, the mess could reach the Mississippi, "
            "Alabama and Florida coasts",
        ),
        # MEANTIME (apple, 190356, 2010-06-08): a list of places.
        (
            "iPhone 4 will be available on June 24 in the United States, United Kingdom, "
            "France, Germany, and Japan.",
            dt.date(2010, 6, 8),
            "IPhone 4 will be available in the United States, United Kingdom, France, "
            "Germany, and Japan",
        ),
        # MEANTIME (airbus, 82548, 2007-10-15): an aside keeps both its commas.
        (
            "The first A380 superjumbo, made by Airbus, was delivered today to Singapore "
            "Airlines (SIA) 18 months behind schedule.",
            dt.date(2007, 10, 15),
            "The first A380 superjumbo, made by Airbus, was delivered to Singapore Airlines "
            "18 months behind schedule",
        ),
        # Reuters (T17 bpoil, 2010-09-20): a hyphen stays; a comma before a speaker stays.
        (
            "The total cost of the spill response has hit $9.5 billion, Europe's "
            "second-largest oil company by market value said in a statement late on Sunday.",
            dt.date(2010, 9, 20),
            "The total cost of the spill response has hit $9.5 billion, Europe's second-largest "
            "oil company by market value said in a statement",
        ),
    ],
)
def test_a_phrase_keeps_the_commas_and_hyphens_between_its_words(
    parse_text, text, published, event
):
    article = parse_text(text, published)
    assert event in {e.event for e in build_timeline([article], extract_dates(article))}


def test_a_perfect_since_a_date_is_what_went_on_from_then(parse_text):
    # MEANTIME (airbus, 5403, Wikinews 2005-03-06): not a state (`start_of_state`).
    text = "Boeing had been suspended since July 24, 2003 after violating federal law."
    article = parse_text(text, dt.date(2005, 3, 6))
    (entry,) = build_timeline([article], extract_dates(article))
    assert (entry.date, entry.event) == (
        "2003-07-24",
        "Boeing had been suspended after violating federal law",
    )


@pytest.mark.parametrize(
    ("text", "published", "event"),
    [
        # BBC (T17 MJ, 2010-06-16): a brother, not the brief's "Jackson" (`surname_named`).
        (
            "Randy Jackson, brother of the late pop star Michael Jackson, has been admitted to "
            "hospital with chest pains. Jackson, 48, was taken to Huntington Memorial Hospital "
            "in Pasadena on Tuesday, according to the Associated Press news agency.",
            dt.date(2010, 6, 16),
            "Randy Jackson was taken to Huntington Memorial Hospital in Pasadena according to "
            "the Associated Press news agency",
        ),
        # MEANTIME (apple, 214601, Wikinews 2010-10-23).
        (
            "Steve Jobs unveiled the new products at the Cupertino, California event, saying the "
            'company has "been inspired by the work [it has] done on the iPad, and [it wants] '
            'to bring it back to the Mac." Apple has plans to import more features of its iOS '
            "mobile operating system to the Mac OS X operating system. Jobs announced today "
            'that the "Lion" release to OS X, which is scheduled for release next summer, will '
            "include more support for multitouch and a desktop version of the company's App "
            "Store.",
            dt.date(2010, 10, 23),
            'Steve Jobs announced the "Lion" release to OS X will include more support for '
            "multitouch and a desktop version of the company's App Store",
        ),
    ],
)
def test_a_surname_alone_is_shown_by_the_full_name(parse_text, text, published, event):
    article = parse_text(text, published)
    found = {e.event: e for e in build_timeline([article], extract_dates(article))}
    assert "surname_named" in found[event].why
