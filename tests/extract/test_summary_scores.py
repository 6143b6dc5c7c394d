"""Bottom line: the scoring helpers (dates, recency, reports) and the bullets' order."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.actors import extract_actors, rank_actors
from briefgen.extract.dates import extract_dates
from briefgen.extract.outlook import extract_outlook
from briefgen.extract.rules import tracing
from briefgen.extract.summary import (  # the stage's own candidates and facts
    _candidates,
    _lead,
    extract_summary,
    story_summaries,
    what_comes_next,
    why_it_matters,
    with_story_summaries,
)
from briefgen.extract.summary_bullets import Facts, same_figures_bullet
from briefgen.extract.summary_scores import (
    HALF_LIFE_DAYS,
    SentenceDates,
    across_sources,
    day_of,
    newest_day,
    overlap,
    recency,
    reporting_sources,
    tfidf_vectors,
    unit_vectors,
)
from briefgen.extract.views import text_of
from briefgen.model import Evidence, Story, SummaryItem
from tests.conftest import separate_articles

# Two reports of one event (MEANTIME gm cluster, Wikinews, CC BY 4.0), published a day apart.
GM_SALES = (
    "General Motors Corporation (GM) announced on Wednesday that it saw a 45% drop in United "
    "States vehicle sales for its cars in March."
)
GM_AGAIN = "GM said on Wednesday that its United States vehicle sales saw a 45% drop in March."
# The seed article's next step (inputs/istanbul-talks.txt).
SEED_LEAD = (
    "Efforts to broker a lasting ceasefire between Pakistan and Afghanistan ended in failure "
    "this week, as Islamabad declared that the four-day talks in Istanbul had failed."
)
SEED_CONFIRMED = (
    "Pakistan's Information Minister Attaullah Tarar confirmed on Wednesday that the "
    "discussions had yielded no progress."
)
SEED_WARNING = (
    "In his statement, Tarar emphasized that Pakistan had shown restraint but warned that the "
    "country would not allow the threat from Afghan-based militants to persist."
)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2009-04-01", dt.date(2009, 4, 1)),
        ("2009-04", None),  # a month is context, not the day of a fact
        ("2009", None),
        ("2009-W14", None),
        ("PRESENT_REF", None),
        ("2009-02-30", None),
    ],
)
def test_day_of_reads_only_days(value, day):
    assert day_of(value) == day


@pytest.mark.parametrize(
    ("days_before", "expected"),
    [(0, 1.0), (-3, 1.0), (HALF_LIFE_DAYS, 0.5), (2 * HALF_LIFE_DAYS, 0.25)],
)
def test_recency_halves_every_half_life(days_before, expected):
    as_of = dt.date(2021, 10, 18)
    when = as_of - dt.timedelta(days=days_before)
    assert recency(when, as_of) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ({"gm", "sale", "drop"}, {"gm", "sale", "drop", "march"}, 1.0),
        ({"gm", "sale"}, {"ford", "sale", "rise", "february"}, 0.5),
        (set(), {"gm"}, 0.0),
    ],
)
def test_overlap_is_a_share_of_the_smaller_set(first, second, expected):
    assert overlap(first, second) == expected


def test_a_sentence_is_dated_by_the_day_it_names_else_by_its_article(parse_text):
    article = parse_text(
        f"{GM_SALES} Sales will be reported again next week, GM said.",
        published=dt.date(2009, 4, 2),
    )
    dates = extract_dates(article)
    dated = SentenceDates(dates, dt.date(2025, 10, 30))
    first, second = list(article.doc.sents)
    by_sentence = {c.sentence.start: c for c in _candidates(article)}
    assert dated.of(by_sentence[first.start]) == (dt.date(2009, 4, 1), True)
    # "next week" is no day, and a later date would be a plan: the article's date stands
    assert dated.of(by_sentence[second.start]) == (dt.date(2009, 4, 2), False)


def test_recency_counts_back_from_the_story_not_a_later_as_of(parse_text):
    old = parse_text(GM_SALES, published=dt.date(2009, 4, 2))
    new = parse_text(GM_AGAIN, published=dt.date(2009, 4, 3))
    assert newest_day([old, new], dt.date(2025, 10, 30)) == dt.date(2009, 4, 3)
    assert newest_day([old, new], dt.date(2009, 4, 2)) == dt.date(2009, 4, 2)


def test_two_outlets_report_one_fact(parse_text):
    first = parse_text(GM_SALES)
    second = _renamed(parse_text(GM_AGAIN), "s2")
    other = _renamed(
        parse_text("Ford said its sales in the United States rose 43% in February."), "s3"
    )
    actors = extract_actors([first, second, other])
    facts = Facts(actors, [])
    candidates = [c for a in (first, second, other) for c in _candidates(a)]
    found = reporting_sources(candidates[0], candidates, facts.of)
    assert [c.article.source.id for c in found] == ["s2"]


@pytest.mark.parametrize(
    "texts",
    [
        # MEANTIME gm (Wikinews, CC BY 4.0): GM's sales told twice, Ford's once
        (
            GM_SALES + " Ford said its sales in the United States rose 43% in February.",
            GM_AGAIN,
        ),
        # AllSides develop (allsides_5791): YouTube's suspension of Rand Paul told by two
        # outlets; a side fact told by one
        (
            "Sen. Rand Paul (R-Ky.) has been suspended from YouTube for a week over a video "
            "claiming that masks are ineffective against COVID-19. The platform previously "
            "removed an eight-minute Newsmax interview from his channel in August.",
            "YouTube suspended Republican Senator Rand Paul for seven days on Tuesday night for "
            "posting a video disputing whether masks stop the spread of COVID.",
        ),
    ],
)
def test_what_other_sources_also_tell_is_central_across_sources(parse_text, texts):
    candidates = [c for a in separate_articles(parse_text, *texts) for c in _candidates(a)]
    units = unit_vectors(tfidf_vectors(candidates)[1])
    told_twice, told_once, other_source = (across_sources(c, candidates, units) for c in candidates)
    assert told_twice > told_once >= 0.0
    assert other_source > 0.0
    alone = candidates[:2]  # one source: no other source tells anything
    assert across_sources(alone[0], alone, unit_vectors(tfidf_vectors(alone)[1])) == 0.0


@pytest.mark.parametrize(
    ("bullet", "other", "repeats"),
    [
        # AllSides develop (allsides_5771, Reuters and the New York Post): one weekly figure
        (
            "Initial unemployment claims in regular state programs dropped 29,000 to 348,000 in "
            "the week ended Aug. 14, a pandemic low, Labor Department data showed Thursday.",
            "Initial filings for unemployment benefits reached 348,000 last week, down 29,000 "
            "from the prior week's revised level of 377,000, according to the Labor Department.",
            True,
        ),
        # ... but not the forecast of that figure (the same allsides_5771 story)
        (
            "Initial unemployment claims in regular state programs dropped 29,000 to 348,000 in "
            "the week ended Aug. 14, a pandemic low, Labor Department data showed Thursday.",
            "Economists in a Bloomberg survey had called for a decline to 364,000.",
            False,
        ),
        # MEANTIME gm (Wikinews, CC BY 4.0): two carmakers' sales, no figure shared
        (GM_SALES, "Ford said its sales in the United States rose 43% in February.", False),
    ],
)
def test_a_sentence_giving_a_bullets_figures_repeats_it(parse_text, bullet, other, repeats):
    articles = separate_articles(parse_text, bullet, other)
    facts = Facts(extract_actors(articles), [])
    chosen, candidate = (_candidates(a)[0] for a in articles)
    assert (same_figures_bullet(candidate, [chosen], facts) is not None) == repeats


def test_bottom_line_reads_newest_then_facts_then_next(parse_text):
    # The seed's lead, published nine days before a shorter report of the newest development:
    # the newer leads, though the older scores higher on all but recency.
    older = parse_text(f"{SEED_LEAD} {SEED_WARNING}", published=dt.date(2025, 10, 20))
    newer = _renamed(parse_text(SEED_CONFIRMED, published=dt.date(2025, 10, 29)), "s2")
    articles = [older, newer]
    actors = extract_actors(articles)
    dates = [d for a in articles for d in extract_dates(a)]
    as_of = dt.date(2025, 10, 30)
    outlook = [o for a in articles for o in extract_outlook(a, actors, [], dates, as_of)]
    with tracing() as trace:
        summary = extract_summary(
            articles, actors, rank_actors(actors.actors, []), dates, outlook, as_of
        )
    assert [item.text for item in summary] == [SEED_CONFIRMED, SEED_LEAD, SEED_WARNING]
    assert trace.by("newest_development")[0].outcome == "first bullet: 2025-10-29"
    assert [d.subject for d in trace.by("what_comes_next")] == [SEED_WARNING]


def test_a_sentence_with_no_forward_statement_is_not_what_comes_next(parse_text):
    article = parse_text(f"{SEED_LEAD} {SEED_WARNING}")
    lead, warning = _candidates(article)
    forward = {("s1", warning.sentence.start_char + 3)}
    assert what_comes_next(warning, forward)
    assert not what_comes_next(lead, forward)


def test_each_story_has_its_own_bottom_line():
    def bullet(text: str, source: str) -> SummaryItem:
        return SummaryItem(text=text, evidence=[Evidence(source=source, start=0, end=4)])

    stories = [
        Story(title="Airbus", sources=["s1", "s3"]),
        Story(title="Apple", sources=["s2"]),
    ]
    per_story = [
        [bullet("Airbus won.", "s1"), bullet("It said so.", "s3")],
        [bullet("Apple.", "s2")],
    ]
    summary, found = with_story_summaries(stories, per_story)
    assert [item.text for item in summary] == ["Airbus won.", "It said so.", "Apple."]
    assert [story.summary for story in found] == [[0, 1], [2]]
    assert with_story_summaries([], [[bullet("One.", "s1")]]) == ([bullet("One.", "s1")], [])
    # a story whose bottom line failed keeps none
    assert [s.summary for s in with_story_summaries(stories, [])[1]] == [[], []]


def test_story_summaries_runs_each_story_on_its_own_articles(parse_text):
    first = parse_text(GM_SALES)
    second = _renamed(parse_text(SEED_LEAD), "s2")
    stories = [Story(title="Seed", sources=["s2"]), Story(title="GM", sources=["s1"])]
    seen = story_summaries([first, second], stories, lambda a: [_item(a)])
    assert [item.text for items in seen for item in items] == ["s2", "s1"]
    assert [
        item.text for items in story_summaries([first], [], lambda a: [_item(a)]) for item in items
    ] == ["s1"]


def _item(articles) -> SummaryItem:
    ids = ",".join(a.source.id for a in articles)
    return SummaryItem(text=ids, evidence=[Evidence(source="s1", start=0, end=1)])


def _renamed(article, source_id: str):
    source = article.source.model_copy(update={"id": source_id, "path": f"{source_id}.txt"})
    return type(article)(source, article.doc, article.anchor, article.assumed)


# Timeline17 develop (t17_MJ_bbc, BBC): the newest page opens with an aside no other page
# tells; the verdict, which the others report, is its ninth sentence.
MJ_PAGES = (
    "The headboard from the bed in which Michael Jackson died has been withdrawn from auction "
    "at the request of his family, Julien's Auctions has said. Earlier this month Jackson's "
    "doctor, Conrad Murray, was found guilty of the involuntary manslaughter of the singer.",
    "Murray was found guilty of Michael Jackson's involuntary manslaughter, the jury decided.",
    "A jury has found Michael Jackson's personal doctor Conrad Murray guilty of the singer's "
    "involuntary manslaughter.",
    "Dr Conrad Murray is on trial accused of the involuntary manslaughter of singer Michael "
    "Jackson.",
)
# AllSides develop (allsides_5607, two outlets): the lead and the sentence after it.
COURT_PAGES = (
    "In two unsigned opinions Monday, the Supreme Court ruled in favor of police officers "
    "seeking qualified immunity from allegations of excessive force. In both cases, the "
    "justices overturned lower court decisions that went against the officers.",
    "The unsigned opinions, posted in the court's periodic list of orders, both overturned "
    "lower appellate decisions that had allowed the officers to be sued.",
)


@pytest.mark.parametrize(
    ("texts", "lead"),
    [
        (MJ_PAGES, "Earlier this month Jackson's doctor"),  # many sources: what they tell
        (COURT_PAGES, "In two unsigned opinions Monday"),  # two: the best-scored (first here)
    ],
)
def test_a_story_of_many_sources_leads_with_what_they_tell(parse_text, texts, lead):
    articles = separate_articles(parse_text, *texts)
    ordered = [c for a in articles for c in _candidates(a)]  # the newest page's opening first
    units = unit_vectors(tfidf_vectors(ordered)[1])
    across = {id(c): across_sources(c, ordered, units) for c in ordered}
    dated = SentenceDates([], articles[0].anchor)
    assert text_of(_lead(ordered, dated, across).sentence).startswith(lead)


@pytest.mark.parametrize(
    ("sentence", "evaluates"),
    [
        # the seed: the breakdown evaluated in the predicate
        (
            "The breakdown marks another setback in efforts to stabilize relations between the "
            "two neighbors.",
            True,
        ),
        # AllSides develop (allsides_5615, allsides_5638)
        (
            "The brief ruling is a blow to abortion rights advocates, who had hoped to suspend "
            "the law for as long as the case was litigated.",
            True,
        ),
        (
            "The order Wednesday by U.S. District Judge Robert Pitman is the first legal blow to "
            "the Texas law known as Senate Bill 8, which until now had withstood a wave of early "
            "challenges.",
            True,
        ),
        # Timeline17 develop (t17_MJ_bbc): a cue word as the subject evaluates nothing
        (
            "This week, Haitink's recording highlights include Vaughan Williams's Fifth Symphony "
            "with the London Philharmonic Orchestra.",
            False,
        ),
    ],
)
def test_why_it_matters_is_said_of_the_event(nlp, sentence, evaluates):
    assert why_it_matters(next(iter(nlp(sentence).sents))) == evaluates
