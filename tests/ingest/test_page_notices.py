"""Boilerplate rules for comment sections, page tails, notices about the page, credit lines
and embedded posts' signatures: real lines of saved web copy (DEV part only: Timeline17
bpoil and MJ pages, PolNeAR train), removed or kept."""

from __future__ import annotations

import pytest

from briefgen.ingest.boilerplate import strip_boilerplate

LEAD = "Officials said the work would take weeks."  # a sentence before the line tested
STORY = (  # Reuters, t17 bpoil 2010-04-22_1230: the end of a story, before its comments
    "The rig explosion did not have an effect on crude oil prices because the well was not in "
    "production mode. Shares of Transocean traded on the New York Stock Exchange fell 8 cents "
    "to $90.29, while shares of BP traded on the NYSE were off 54 cents at $59.55."
)
AD_TAIL = (  # Reuters pages of 2010 end with these promotions
    "An ultra-low latency infrastructure for electronic trading and data distribution A "
    "connected approach to governance, risk and compliance Our next generation legal research "
    "platform"
)

# (source, text, the rule that removes, what it removes)
REMOVED = [
    (
        "Reuters, t17 bpoil 2010-04-22_1230",
        f"{STORY}\n\nWe welcome comments that advance the story "
        "through relevant opinion, anecdotes, links and data. Views expressed in the comments do "
        "not represent those of Reuters. When is Earth Day ??? Wonderful example of what we are "
        "doing to our ecosystem.",
        "comment_policy",
        "We welcome comments that advance the story through relevant opinion, anecdotes, links "
        "and data. Views expressed in the comments do not represent those of Reuters. When is "
        "Earth Day ??? Wonderful example of what we are doing to our ecosystem.",
    ),
    (
        "BBC live page, t17 MJ 2011-11-07_180",
        f"{STORY} The BBC may edit your comments and not all emails will be published. Your "
        "comments may be published on any BBC media worldwide.",
        "comment_policy",
        "The BBC may edit your comments and not all emails will be published. Your comments may "
        "be published on any BBC media worldwide.",
    ),
    (
        "Washington Post, t17 bpoil 2010-06-21_47",
        f"{STORY}\n\nIn some cases, contributors are sources or experts quoted in a story. You "
        "must be logged in to report a comment.\n\nAll comments are posted in the All Comments "
        "tab.",
        "comment_policy",
        "You must be logged in to report a comment.\n\nAll comments are posted in the All "
        "Comments tab.",
    ),
    (
        "Reuters, t17 bpoil",
        f"{LEAD}\n\n(Reporting by David Morgan; Editing by Peter Cooney) {AD_TAIL}",
        "credit_tail",
        AD_TAIL,
    ),
    (
        "BBC World Have Your Say blog, t17 bpoil 2010-08-06_619",
        "And he argues the main damage to the coast has been from ' hysterical reports that "
        "scared away tourists '. Most scientists agree that it's far too early to write off the "
        "possibility of long-term consequences from releasing 210 million gallons of oil into "
        "the ocean. It's certainly the biggest, but is the BP Gulf of Mexico the worst, or just "
        "the most ' over-hyped 'oil leak in history?\n\nWHYS is a global conversation hosted "
        "by BBC News. For updates on the stories and issues being covered on our broadcasts, pls "
        "visit our facebook page. This is when we're on air: 1100 & 1700GMT Monday to Friday.\n\n"
        "These are some of the popular topics this blog covers.",
        "page_notice",
        "WHYS is a global conversation hosted by BBC News. For updates on the stories and issues "
        "being covered on our broadcasts, pls visit our facebook page. This is when we're on "
        "air: 1100 & 1700GMT Monday to Friday.\n\nThese are some of the popular topics this blog "
        "covers.",
    ),
    (
        "BBC live page, t17 MJ 2011-11-07_180",
        "This live page is part of a BBC News trial to test new ways of presenting breaking "
        "news. Italy's borrowing costs hit record highs over Greece.",
        "page_notice",
        "This live page is part of a BBC News trial to test new ways of presenting breaking news.",
    ),
    (
        "Washington Post comments legend, t17 bpoil 2010-06-21_47",
        f"{LEAD}\n\nThis commenter is a Washington Post editor, reporter or producer. This "
        "commenter is a Washington Post contributor.",
        "page_notice",
        "This commenter is a Washington Post editor, reporter or producer. This commenter is a "
        "Washington Post contributor.",
    ),
    (
        "Huffington Post, PolNeAR train",
        f"{LEAD}\n\nScott Olson via Getty Images.\n\nHe spoke later.",
        "credit_line",
        "Scott Olson via Getty Images.",
    ),
    (
        "Huffington Post, PolNeAR train",
        f"{LEAD}\n\nGary Cameron/Reuters.\n\nHe spoke later.",
        "credit_line",
        "Gary Cameron/Reuters.",
    ),
    (
        "Global Risk Insights via Huffington Post, PolNeAR train",
        f"{LEAD}\n\n“Yes to minaret ban” (2009). (SVP/Global Risk Insights.)",
        "credit_line",
        "(SVP/Global Risk Insights.)",
    ),
    (
        "Washington Post graphic, t17 bpoil",
        "Some of the methods being used: SOURCES: Staff reports, U.S. Coast Guard, BP | Alberto "
        "Cuadra and Bonnie Berkowitz/The Washington Post - June 8, 2010",
        "credit_line",
        "SOURCES: Staff reports, U.S. Coast Guard, BP | Alberto Cuadra and Bonnie "
        "Berkowitz/The Washington Post - June 8, 2010",
    ),
    (
        "Huffington Post (AFP picture), PolNeAR train",
        f"{LEAD}\n\nChristoph Blocher reacts during an electoral meeting of the Swiss People’s "
        "Party on October 2, 2015. (FABRICE COFFRINI/AFP/Getty Images.)",
        "photo_caption",
        "Christoph Blocher reacts during an electoral meeting of the Swiss People’s Party on "
        "October 2, 2015.",
    ),
    (
        "Fox News, t17 bpoil",
        f"{LEAD} April 29: Oil from the massive spill in the Gulf of Mexico can be seen as a dark "
        "blue swirl advancing toward the Louisiana coast. ESA As oil from the spill reaches U.S. "
        "shores, officials acted.",
        "photo_caption",
        "April 29: Oil from the massive spill in the Gulf of Mexico can be seen as a dark blue "
        "swirl advancing toward the Louisiana coast. ESA",
    ),
    (
        "Breitbart (embedded tweet), PolNeAR train",
        "Rape conviction? No problem! Team Trump reportedly wants Mike Tyson at GOP convention "
        "https://t.co/8FtYoYE0G3 — Twitchy Team (@TwitchyTeam) June 28, 2016 .",
        "embed_signature",
        "— Twitchy Team (@TwitchyTeam) June 28, 2016 .",
    ),
    (
        "Breitbart (embedded tweet), PolNeAR train",
        "The media makes everything up! Donald J. Trump (@realDonaldTrump) June 29, 2016 .",
        "embed_signature",
        "Donald J. Trump (@realDonaldTrump) June 29, 2016 .",
    ),
    (
        "Fox News related stories, t17 bpoil",
        f"{LEAD}\nThe Obama administration said Friday it is tightening procedures at the agency "
        "that grants offshore drilling permits to ensure it follows all envir... Choppy seas, "
        "strong winds and rain halted Saturday's cleanup of an oil spill around the massive oil "
        "drilling rig that exploded and toppled into th... NEW ORLEANS -- Coast Guard officials "
        "suspended the search.",
        "story_teasers",
        "Choppy seas, strong winds and rain halted Saturday's cleanup of an oil spill around the "
        "massive oil drilling rig that exploded and toppled into th...",
    ),
    (
        "Reuters via Huffington Post, PolNeAR train",
        "Dec 29 (Reuters) - U.S. Democratic presidential candidate Hillary Clinton on Tuesday "
        "said that Islamic State violence is genocide.",
        "agency_dateline",
        "Dec 29 (Reuters) -",
    ),
]

# Real sentences that look like these shapes and must stay whole.
KEPT = [
    (
        "Breitbart, PolNeAR train (a DNC statement)",
        "These comments to not reflect the values of the DNC or our steadfast commitment to "
        "neutrality during the nominating process.",
    ),
    (
        "New York Times, PolNeAR train",
        "''I disavow these comments - I regret those comments that he made,'' Mr. Ryan said.",
    ),
    (
        "Huffington Post poll list, PolNeAR train",
        "-Trump extends his lead over Ted Cruz in the national primary race. [IBD/TIPP]",
    ),
    (
        "Reuters, t17 bpoil",
        "A BP spokesman said it would not comment on specific allegations until an "
        "investigation into the accident was completed.",
    ),
    (
        "BBC World Have Your Say blog, t17 bpoil (a writer's trailing ellipses)",
        "The average lake has higher concentrations of greasy suntan lotion from swimmers... So "
        "everybody really ought to just calm down about it... The Gulf shores will get cleaned "
        "up.",
    ),
    (
        "Politico, PolNeAR train",
        "An NBC/Wall Street Journal poll released Sunday showed the race tightening.",
    ),
    (
        "Huffington Post, PolNeAR train (a note after a wire credit is a sentence)",
        "(Reporting by Jeff Mason; Editing by Frances Kerry) The Huffington Post has "
        "supplemented this Reuters article with additional quotes from a pool report.",
    ),
]


@pytest.mark.parametrize(("source", "text", "rule", "removed"), REMOVED)
def test_page_furniture_is_removed_by_its_rule(source: str, text: str, rule: str, removed: str):
    cleaned, removals = strip_boilerplate(text)
    assert (rule, removed) in [(r.rule, r.text) for r in removals], (source, removals)
    assert removed not in cleaned, source


@pytest.mark.parametrize(("source", "text"), KEPT)
def test_sentences_of_these_shapes_stay(source: str, text: str):
    cleaned, removals = strip_boilerplate(f"{LEAD}\n\n{text}")
    kept = [r for r in removals if r.rule != "wire_credit"]  # the credit itself goes
    assert kept == [], f"{source}: {kept}"
    assert text.split(") ")[-1] in cleaned


def test_a_lead_after_a_slashed_dateline_stays():
    """Reuters, t17 bpoil 2010-06-09_1234: "NEW YORK/SAN FRANCISCO" is no credit line."""
    text = (
        "NEW YORK/SAN FRANCISCO (Reuters) - BP Plc (BP. N) (BP. L) shares tumbled nearly 16 "
        "percent on U.S. exchanges to a 14-year low on Wednesday."
    )
    cleaned, removals = strip_boilerplate(text)
    assert cleaned.startswith("BP Plc (BP. N) (BP. L) shares tumbled")
    assert [r.rule for r in removals] == ["agency_dateline"]


def test_a_notice_early_in_the_page_goes_alone():
    """BBC live page, t17 MJ: the notice is cut, the news after it (a long way from the page's
    end) stays."""
    news = " ".join(["Italy's borrowing costs hit record highs over Greece."] * 30)
    cleaned, _ = strip_boilerplate(f"This live page is part of a BBC News trial. {news}")
    assert cleaned == news


def test_a_comment_notice_inside_a_run_on_segment_cuts_from_the_notice():
    """BBC live page, t17 MJ: presenters' labels run into the notice with no sentence end;
    the text before the notice's phrase stays."""
    text = (
        f"{STORY} Tony Smith from a police briefing in London 1626: Dominic Casciani Home affairs "
        "correspondent The BBC may edit your comments and not all emails will be published."
    )
    cleaned, removals = strip_boilerplate(text)
    assert cleaned.endswith(
        "Tony Smith from a police briefing in London 1626: Dominic Casciani "
        "Home affairs correspondent The BBC"
    )
    assert removals[0].text.startswith("may edit your comments")


def test_a_broken_tag_whose_value_runs_over_lines_keeps_the_text_in_it():
    """Western Journal, PolNeAR train: a tweet embed's attribute swallowed the article's list."""
    text = (
        'Prager goes on to list reasons.\n\n<tweet tweet-author="just look at Western Europe" '
        'tweet-date="\n— Reduce job-killing regulations on large and small businesses.\n— '
        'Continue fracking.">Here, then, are nine reasons:<tweet/>.'
    )
    cleaned, _ = strip_boilerplate(text)
    assert "— Reduce job-killing regulations on large and small businesses." in cleaned
    assert "— Continue fracking." in cleaned


def test_a_comment_notice_above_any_article_goes_alone():
    """A notice at the page's top (no story above it) does not take the page with it."""
    text = (
        "We welcome comments that advance the story through relevant opinion, anecdotes, links "
        f"and data. {STORY}"
    )
    cleaned, removals = strip_boilerplate(text)
    assert cleaned == STORY
    assert [r.rule for r in removals] == ["comment_policy"]
