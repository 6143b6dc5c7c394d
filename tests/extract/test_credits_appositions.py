"""Quotes credited after their marks (credits.py: a digest's bracketed credit, a signature on
the line that closes the marks) and sources the parse splits from their apposition
(appositions.py, cues.py's `cue_after_apposition`), each rule on real sentences: PolNeAR
train (HuffPost, Politico, Breitbart, USA Today) where it decides, and Timeline17 develop
(BP oil spill: Reuters, The Washington Post, Fox News) and MEANTIME (Wikinews, CC BY 4.0)
where the same surroundings must leave it silent."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.quotes import extract_quotes
from briefgen.model import Quote

DECIDES = [
    # (text, quote's first words, source as written, speaker, the rule in the quote's why)
    (  # PolNeAR train, HuffPost 2016-01-12 (a morning email): the digest's credit
        "UNDERSTANDING THE ASSISTED SUICIDE MOVEMENT TODAY \u201cBut either way, I won\u2019t "
        "have to die before I want to out of fear that I\u2019ll lose the capacity to control "
        "my own destiny if I wait too long. Nor will I have to die alone out of fear that anyone "
        "present runs the risk of being hauled in by an overzealous sheriff\u2019s deputy.\u201d "
        "[Mother Jones.]\n\nFor more from The Huffington Post, download our app.",
        "But either way",
        "Mother Jones",
        None,
        "outlet_credit",
    ),
    (  # PolNeAR train, HuffPost 2016-01-12: another item of the same digest
        "HOW CHINA\u2019S DECLINE AFFECTS THE REST OF THE WORLD \u201cChina\u2019s economic "
        "slowdown and financial mayhem are fostering a cycle of decline and panic across much of "
        "the world, as countries on nearly every continent see escalating risks of prolonged "
        "slumps, political disruption and financial losses.\u201d [WaPo.]\n\nHILLARY CLINTON IS "
        "FEELING THE BERN",
        "China\u2019s economic",
        "WaPo",
        "WaPo",
        "outlet_credit",
    ),
    (  # PolNeAR train, HuffPost 2016-06-23: a passage signed inside its marks
        '"I worry that we may see a resurgence of Democrats singing the virtues of balanced '
        "budgets as Clinton tries to distinguish herself from Trump\u2019s irresponsible tax "
        'cuts.\nDean Baker, Center for Economic and Policy Research."',
        "I worry",
        "Dean Baker, Center for Economic and Policy Research",
        "Dean Baker",
        "signature_in_marks",
    ),
    (  # PolNeAR train, HuffPost 2016-08-12: likewise, another writer's piece
        '"It\u2019s now more important than ever that the country and President Obama hear '
        "specifically from Secretary Clinton that a vote on the job-killing TPP during a lame "
        'duck session of Congress must not happen.\nCharles Chamberlain, Democracy for America."',
        "It\u2019s now more",
        "Charles Chamberlain, Democracy for America",
        "Charles Chamberlain",
        "signature_in_marks",
    ),
    (  # PolNeAR train, Politico 2016-08-08: the parse hangs the name off the verb
        "\u201cHe looked me right in the eye and said you need to tell me what does it take to "
        "win in this county,\u201d Deborah Tamargo, the chairwoman of Florida\u2019s "
        "Hillsborough County GOP, recalled of a June conversation she had with Trump at the "
        "Tampa Convention Center.",
        "He looked me",
        "Deborah Tamargo, the chairwoman of Florida\u2019s Hillsborough County GOP",
        "Deborah Tamargo",
        "apposition_before_subject",
    ),
    (  # PolNeAR train, HuffPost 2016-05-19: the role before the name, with no comma after it
        "She had been visiting her sister in Paris, having moved to Egypt several years ago, per "
        "CTV News. \u201cShe is also a mother for three young boys,\u201d another\u00a0friend, "
        "Mariam Emara told CNN.",
        "She is also",
        "another\u00a0friend, Mariam Emara",
        "Mariam Emara",
        "apposition_before_subject",
    ),
    (  # PolNeAR train, Breitbart 2016-01-01: "Tweeted" parsed as a modifier of "Murphy"
        "Mike Murphy praised the donor.\n\n\u201cNot us but can\u2019t argue with it!\u201d "
        "Murphy, the head of Right to Rise USA, Tweeted on Friday with an image of the "
        "anti-Trump skywriting.",
        "Not us",
        "Murphy, the head of Right to Rise USA",
        "Mike Murphy",
        "modified_noun",
    ),
    (  # PolNeAR train, USA Today 2016-06-15: the sentence after the quote opens with the cue's
        # noun and its apposition, and the parse sees no main verb
        '"Is President Obama going to finally mention the words radical Islamic terrorism? If '
        "he doesn't he should immediately resign in disgrace!\" the presumptive GOP presidential "
        "nominee, Donald Trump, tweeted Sunday after a lone-wolf attack on an Orlando nightclub.",
        "Is President Obama",
        "the presumptive GOP presidential nominee, Donald Trump",
        "Donald Trump",
        "cue_after_apposition",
    ),
    (  # MEANTIME gm (Wikinews 2009-06-05): a company's announcement, reported
        "General Motors Corporation (GM), an American automaker which has filed for bankruptcy "
        "protection, announced on Friday that the Penske Automotive Group (PAG) was selected to "
        "purchase Saturn Corporation. The transaction should be completed in October.",
        "the Penske Automotive Group",
        "General Motors Corporation (GM), an American automaker which has filed for bankruptcy "
        "protection",
        "General Motors Corporation",
        "modified_noun",
    ),
]

SILENT = [
    # (text, quote's first words, its speaker's source as written, a rule not in its why)
    (  # PolNeAR train, HuffPost 2016-07-25: a credit after a cued quote; the cue decides
        "AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY IN OLYMPIC VILLAGE\u00a0The team cited "
        "\u201cblocked toilets, leaking pipes, exposed wiring, darkened stairwells where no "
        "lighting has been installed and dirty floors in need of a massive clean.\u201d [CNN]",
        "blocked toilets",
        "The team",
        "outlet_credit",
    ),
    (  # T17 develop, The Washington Post 2010-07-06: the closing mark on the next paragraph,
        # after a clause of the speaker's, not a signature
        '"The numbers are what they are," said BP spokesman Toby Odone. "At some point, we will '
        "look back and say why the numbers ended up this way. That's for the future.\n\nRight "
        "now, we are doing all we can to capture and collect the oil through various methods. "
        'We will make sure all the oil is ultimately dealt with." BP began downgrading '
        "expectations only two days after the rig explosion.",
        "At some point",
        "BP spokesman Toby Odone",
        "signature_in_marks",
    ),
    (  # T17 develop, Reuters 2010-06-17: a clause after a partial quote is no apposition
        'Siphoning capacity will hit 28,000 barrels per day "early next week," versus the '
        "18,600 barrels that BP trapped on Wednesday, Allen said.",
        "early next week",
        "Allen",
        "apposition_before_subject",
    ),
    (  # T17 develop, Fox News 2010-04-30: a well-parsed subject with its apposition after a
        # quote reports its own clause, not the quote
        '"I would caution you not to get fixated on an estimate of how much is out there," '
        'Landry said. "The most important '
        "thing is from Day One we stood corralling resources from a worst-case scenario working "
        "back.\" Doug Suttles, BP's chief operating officer for exploration and production, said "
        "it's impossible to measure the flow.",
        "The most important",
        "Landry",
        "cue_after_apposition",
    ),
]


def _quote(parse_text, text: str, opening: str) -> Quote:
    article = parse_text(text)
    quotes = extract_quotes(article, extract_actors([article]))
    return next(q for q in quotes if q.text.lstrip('\u201c\u2018"').startswith(opening))


@pytest.mark.parametrize(("text", "opening", "source", "speaker", "rule"), DECIDES)
def test_credit_and_apposition_rules_name_the_source(
    parse_text, text, opening, source, speaker, rule
) -> None:
    quote = _quote(parse_text, text, opening)
    assert quote.source_text == source
    assert quote.speaker == speaker
    assert rule in quote.why


@pytest.mark.parametrize(("text", "opening", "source", "rule"), SILENT)
def test_credit_and_apposition_rules_stay_silent(parse_text, text, opening, source, rule) -> None:
    quote = _quote(parse_text, text, opening)
    assert quote.source_text == source
    assert rule not in quote.why
