"""The checks (a) and (e) themselves, on hand-made briefs of real sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.faithful.common import Context
from benchmarks.faithful.phrases import polarity, relative_dates
from briefgen.model import Brief, Evidence, Source, SummaryItem, TimelineEvent


def _context(nlp, sentence: str, event: str, bullet: str | None = None) -> Context:
    evidence = Evidence(source="s1", start=0, end=len(sentence))
    brief = Brief(
        title="Test", as_of=dt.date(2025, 10, 30), generator="test",
        sources=[Source(id="s1", path="t.txt", title="Test", text=sentence)],
        timeline=[TimelineEvent(date="2025-10-27", precision="day", event=event,
                                evidence=[evidence])],
        summary=[SummaryItem(text=bullet, evidence=[evidence])] if bullet else [],
    )  # fmt: skip
    return Context(brief, nlp)


CLINTON = (
    "Clinton, meanwhile, co-sponsored legislation in 2001 and 2002 in the Senate that would have "
    "expanded stem cell research and co-sponsored a bill in 2005 that would have banned human "
    "cloning while protecting the right of scientists to conduct stem cell research."
)
AFT = (
    "The national AFT and NEA branches, which spent $19 million combined on candidates and "
    "political causes in 2012, haven’t spent big money on ad buys during the primary."
)

DANILOFF = (
    "''If Reagan had gone with Kemp, I would have been sitting in Siberia for a long time,'' "
    "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone this week."
)
SANDERS = (
    "The Vermont senator emailed supporters saying: “The struggle continues” and vowing to "
    "compete in the season’s final primary contest next week in the District of Columbia."
)

NOTION = (
    "The notion that Hillary merits women’s votes simply because she is a woman was roundly "
    "discredited in New Hampshire."
)
PLUMES = (
    "BP has challenged widespread scientific claims that vast plumes of oil are spreading "
    "underwater from its blown-out rig in the Gulf of Mexico."
)
MILLEY = (
    "Milley, chairman of the Joints Chiefs of Staff, pushed back on the narrative that he went "
    "around Mr. Trump out of fear the president might order an attack on China during his "
    "final days in office."
)
TALIBAN = (
    "The big picture: The Taliban's swift takeover has renewed fears that the group will return "
    "to the brutal grip it ruled with in the 1990s, when women's freedoms were severely "
    "restricted."
)
TARAR = (
    "Pakistan’s Information Minister Attaullah Tarar confirmed the breakdown in a statement on X, "
    "saying that Afghanistan’s Taliban government had failed to provide credible guarantees "
    "against cross-border militant attacks, and warned that Pakistan would not allow the threat "
    "from Afghan-based militants to persist."
)
TARAR_CUT = TARAR[: TARAR.index(" would not")] + " …"
RYANAIR = (
    "Ryanair is the world's most profitable airline, having reported record profits of $269m "
    "earlier this year, and is pursuing an aggressive expansion plan which will see it's total "
    "number of passengers jump to 70m over the next few years."
)
RYANAIR_CUT = RYANAIR[: RYANAIR.index(" passengers")] + " …"


@pytest.mark.parametrize(
    ("sentence", "event", "unfaithful"),
    [
        # TimeBank 1.2: who said it.
        ("Officials said the president himself met with Sununu Sunday.",
         "The president met with Sununu", True),
        ("Officials said the president himself met with Sununu Sunday.",
         "Officials said the president met with Sununu", False),
        # MEANTIME (Apple): "did not say".
        ("Apple did not say on Monday whether he decided to leave.",
         "Apple say whether he decided to leave", True),
        ("Apple did not say on Monday whether he decided to leave.",
         "Apple did not say whether he decided to leave", False),
        # Timeline17 (BBC): a modal.
        ("The first jets will be delivered in 2014.", "The first jets delivered", True),
        ("The first jets will be delivered in 2014.", "The first jets will be delivered", False),
        # PolNeAR: a condition.
        ("The talks could resume on Friday if both sides agree.", "The talks could resume", True),
        # PolNeAR (train): a hyphenated verb the parser made a modifier is the phrase's head,
        # not its namesake later in the sentence (under "would").
        (CLINTON, "Clinton co-sponsored legislation in 2001 and 2002 in the Senate", False),
        # PolNeAR (train): a relative clause's verb is not the negated main verb.
        (AFT, "The national AFT and NEA branches spent $19 million combined on candidates and "
         "political causes in 2012", False),
        (AFT, "The national AFT and NEA branches spent $19 million", False),
        (AFT, "The national AFT and NEA branches have spent big money on ad buys", True),
        # PolNeAR (train, NYT and Breitbart): a verb outside the quote marks is not qualified
        # by the quote's verb it was parsed as a conjunct of.
        (DANILOFF, "Said by telephone", False),
        (SANDERS, "Vowing to compete in the season’s final primary contest", False),
        # A noun's content clause is its holder's claim (PolNeAR train, Breitbart; Timeline17
        # BP Guardian; AllSides 5666 right and 5777 center, develop half).
        (NOTION, "Hillary merits women’s votes simply because she is a woman", True),
        (NOTION, "The notion that Hillary merits women’s votes was roundly discredited", False),
        (PLUMES, "Vast plumes of oil are spreading underwater from its blown-out rig", True),
        (PLUMES, "BP has challenged widespread scientific claims that vast plumes of oil are "
         "spreading underwater", False),
        (MILLEY, "The president might order an attack on China", True),
        (MILLEY, "He went around Mr. Trump", True),
        (TALIBAN, "The group will return to the brutal grip", True),
        (TALIBAN, "The Taliban's swift takeover has renewed fears that the group will return to "
         "the brutal grip", False),
        # PolNeAR (train): an adverbial or relative clause after such a noun states no content.
        ("Hillary Clinton came under heavy criticism when it was revealed in March that she had "
         "used a personal email account as secretary of state.",
         "It was revealed she had used a personal email account as secretary", False),
        ("According to the Times, the information is included in the report the FBI turned over "
         "to congressional investigators earlier this week.",
         "FBI turned over to congressional investigators", False),
        # Negation by a verb whose clause does not happen (MEANTIME gm; Timeline17 BP, BBC).
        ("The UAW refused to meet the demands.", "The UAW meet the demands", True),
        ("The UAW refused to meet the demands.", "The UAW refused to meet the demands", False),
        ("BP's share price A spokeswoman for BP refused to comment directly on the speculation.",
         "A spokeswoman for BP to comment directly on the speculation", True),
        # "without" (MEANTIME apple); "no one" (ECB+ train); "denied that" (Timeline17 BP).
        ("Earlier, on June 24, Apple told customers to either hold the phone without covering "
         "the antenna, or to use a case.", "Covering the antenna", True),
        ("During his flee, Lasalle struck two other vehicles, but no one was injured, according "
         "to authorities.", "Was injured, according to authorities", True),
        ("During his flee, Lasalle struck two other vehicles, but no one was injured, according "
         "to authorities.", "Lasalle struck two other vehicles", False),
        ("Officials, speaking Monday at a commission hearing at the Marriott Wardman Park Hotel, "
         "denied that they made such a mistake, saying they went all-out.",
         "They made such a mistake", True),
        # A phrase cut at the word limit must not drop the negated or modal verb of a clause
        # it opened (seed: "warned that Pakistan …"; MEANTIME airbus keeps its "will").
        (TARAR, TARAR_CUT, True),
        (RYANAIR, RYANAIR_CUT, False),
        # PolNeAR (train): a noun phrase the phrase repeats is its head, not the verb of the
        # same word ("Sanders is expected to win after Clinton's narrow win in Iowa").
        ("Both campaigns are advertising currently in Nevada and South Carolina, the next two "
         "contests after Tuesday’s primary in New Hampshire, where Sanders is expected to win "
         "after Clinton's narrow win in Iowa last week.", "Clinton's narrow win in Iowa", False),
        # A passive verb of belief hedges its open clause (Timeline17 MJ, BBC).
        ("The trial is expected to last around five weeks.", "The trial to last around five weeks",
         True),
        ("The trial is expected to last around five weeks.",
         "The trial is expected to last around five weeks", False),
    ],
)  # fmt: skip
def test_polarity_check(nlp, sentence, event, unfaithful):
    assert bool(polarity(_context(nlp, sentence, event))) is unfaithful


@pytest.mark.parametrize(
    ("bullet", "unfaithful"),
    [
        ("Tarar confirmed on Wednesday that the talks had failed.", True),
        ("Tarar confirmed on Wednesday (29 October 2025) that the talks had failed.", False),
        ("The talks resume tomorrow (30 October 2025, assumed).", False),
        ("The talks resume next season (date unresolved).", False),
        ('He said "today\'s [18 February 2009] plan is ambitious."', False),
        ("BP plugs the leak Monday 20 September 2010.", False),
        ("The talks failed this week, two weeks ago and last month.", True),
        # ECB+ (Waitrose): the source gives the date beside the relative word.
        ("A Waitrose supermarket caught fire yesterday (July 21st), causing damage.", False),
        ("A Waitrose supermarket caught fire yesterday (local time), causing damage.", True),
        # PolNeAR train, TimeBank: days that recur name no date.
        ("And yet every Friday, from 8 a.m. to noon, Fiorina would lead a meeting.", False),
        ("Two new flights would leave Bombay on Monday and Tuesday nights from March 30.", False),
        ("Sanders addressed a Wednesday night rally in Washington Square Park.", True),
        ("The rig exploded on Tuesday, killing 11 workers.", True),
        # Relative dates the date tagger misses or cannot value, read by their words
        # (MEANTIME apple; ECB+ train; Timeline17 BP, BBC; AllSides first half).
        ("Mac OS X Lion was announced at a different Apple event several months ago.", True),
        ("Mac OS X Lion was announced several months ago (date unresolved).", False),
        (
            "Police could be seen inside a Rite Aid store where, the night before, a group "
            "rampaged.",
            True,
        ),
        ("The flow rate is a sharp increase on the estimate of a week ago.", True),
        ("The data was shared earlier this month.", True),
        ("The group met this past weekend (date unresolved).", False),
        ("Two days before the vote, the group met.", False),
    ],
)
def test_relative_dates_check(nlp, bullet, unfaithful):
    ctx = _context(nlp, bullet, "Tarar confirmed", bullet)
    assert bool(relative_dates(ctx)) is unfaithful


def test_a_programme_named_for_a_time_is_no_date(nlp):
    # PolNeAR (train): the event "An appearance on CBS This Morning".
    sentence = (
        'Asked why he had yet to endorse Clinton during an appearance Friday on "CBS This '
        'Morning," Sanders said he had not "heard her say the things that need to be said.'
    )
    assert not relative_dates(_context(nlp, sentence, "An appearance on CBS This Morning"))
    assert relative_dates(_context(nlp, sentence, "An appearance Friday"))


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # PolNeAR (train, NYT): a day word in quote marks of its own is a programme's title.
        ("Billy Bush, the nephew of one president and the cousin of another, is joining the "
         "''Today'' show as an anchor, NBC announced on Tuesday.",
         "Billy Bush is joining the Today show as an anchor, NBC announced"),
        # Timeline17 (BP oil spill): the same title in straight marks.
        ('But he later acknowledged on NBC\'s "Today" show that the leak may be as bad as '
         "federal officials say.", 'He acknowledged on NBC\'s "Today" show that the leak may be '
         "as bad"),
    ],
)  # fmt: skip
def test_a_quoted_title_named_for_a_day_is_no_date(nlp, sentence, event):
    assert not relative_dates(_context(nlp, sentence, event))
