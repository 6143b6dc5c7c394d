"""Quotes and speakers in news copy, rule by rule, on real sentences from several outlets
(PolNeAR train: Breitbart, HuffPost, Politico, USA Today, The Washington Post, The Western
Journal; named beside each): titles in marks that are no quote, verbs that report words in
marks, the cue nearest a quote, a name beside the cue, a cue after a long subject, and
reported speech with its cue set inside it or with words quoted in part."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.quotemarks import quote_marks
from briefgen.extract.quotes import extract_quotes
from briefgen.model import Quote


def _quotes(parse_text, text: str, title: str = "") -> list[Quote]:
    article = parse_text(text, title=title)
    return extract_quotes(article, extract_actors([article]))


def _quote(quotes: list[Quote], opening: str) -> Quote:
    return next(q for q in quotes if q.text.lstrip("\u201c\u2018\"'").startswith(opening))


HEADLINES = [
    # (headline, body, words in marks in the headline)
    (  # Breitbart 2015-12-02
        "John McCain: Republican Populist Anger Appeals to \u2018Bad Angels Of Our Nature.\u2019",
        "Senator John McCain says the Republican populist movement appeals to our bad angels.",
        "Bad Angels",
    ),
    (  # HuffPost 2015-11-15
        "Bernie Sanders: \u2018It Is Not A Radical Idea\u2019 To Ask For A $15 Minimum Wage.",
        "Sen. Bernie Sanders (I-Vt.) defended his call to raise the federal minimum wage.",
        "It Is Not",
    ),
    (  # Politico 2015-12-06: sentence case, one word in marks
        "Clinton: Time for \u2018intensification\u2019 of ISIL strategy.",
        "Hillary Clinton says the Obama administration should be taking additional measures.",
        "intensification",
    ),
    (  # The Western Journal 2015-11-10
        "Christian Speaker Just Shared This \u2018Prophetic Prayer\u2019 About Trump.",
        "Popular Christian and corporate speaker Lance Wallnau believes he has a word.",
        "Prophetic Prayer",
    ),
]


@pytest.mark.parametrize(("headline", "body", "words"), HEADLINES)
def test_words_in_marks_in_the_headline_are_no_quote(parse_text, headline, body, words):
    quotes = _quotes(parse_text, f"{headline}\n\n{body}", title=headline.rstrip("."))
    assert not any(words in q.text for q in quotes if q.kind != "indirect")


def test_a_headline_is_only_the_title_line(parse_text):
    # HuffPost 2015-11-15, the same words quoted in the body: a quote there
    text = (
        "Bernie Sanders Defends Wage Plan\n\nSanders said raising the wage to $15 \u201cis not "
        "a radical idea, it is what working people need.\u201d"
    )
    quotes = _quotes(parse_text, text, title="Bernie Sanders Defends Wage Plan")
    assert any("radical idea" in q.text for q in quotes if q.kind != "indirect")


WORK_TITLES = [
    # (text, a show's or a campaign's name in marks, a quote in the same text or None)
    (  # Breitbart 2015-11-11: after an article's noun
        "Maybe he figures that getting a second guest-hosting gig on \u201cSaturday Night "
        "Live\u201d was an adequate reward for his campaign exertions.",
        "Saturday Night Live",
        None,
    ),
    (  # HuffPost 2015-11-08: after "on", with its sentence's full stop inside the marks
        "\u201cI have always said that I expect to be vetted,\u201d he said on \u201cMeet the "
        "Press.\u201d \u201cBut being vetted and what is going on with me is different.\u201d",
        "Meet the Press",
        "I have always said",
    ),
    (  # Politico 2015-11-11
        'In an extended appearance on "Morning Joe," co-host Mika Brzezinski asked Trump how '
        "he would handle the deportation of everyone in the United States illegally.",
        "Morning Joe",
        None,
    ),
    (  # HuffPost 2015-12-22: right before the noun it names
        "\u201cOrange is the New Black\u201d star Dascha Polanco opened up about her body-related "
        "insecurities growing up.",
        "Orange is the New Black",
        None,
    ),
    (  # HuffPost 2016-02-28: a podcast's name
        "Zach Carter is a co-host of the HuffPost Politics podcast \u201cSo, That Happened.\u201d",
        "So, That Happened",
        None,
    ),
]


@pytest.mark.parametrize(("text", "name", "quote"), WORK_TITLES)
def test_a_title_in_marks_is_no_quote(parse_text, text, name, quote):
    quotes = [q for q in _quotes(parse_text, text) if q.kind != "indirect"]
    assert not any(name in q.text for q in quotes)
    if quote is not None:
        assert any(q.text.startswith(quote) for q in quotes)


SENTENCES_IN_MARKS = [
    # Words in title case after a verb are words as said or shown, not a name.
    # Breitbart 2016-03-01: "declared"
    "She declared \u201cWhat a Super Tuesday!\u201d and said that her campaign would go on.",
    # The Washington Post 2016-04-05: "saying"
    'This prompted the tabloid to do a cover saying "Don\'t be a Bum, Hil!" But Clinton said '
    "she would debate.",
    # The Washington Post 2016-07-26: "chanting"
    'Sanders supporters marched on Monday, chanting "Bernie or Jill, No Hill," raising fresh '
    "questions.",
]


@pytest.mark.parametrize("text", SENTENCES_IN_MARKS)
def test_title_case_after_a_verb_stays_a_quote(parse_text, text):
    assert any(q.kind != "indirect" for q in _quotes(parse_text, text))


SPEAKERS = [
    # (text, the quote's first words, source as written, a rule in the quote's why)
    (  # Breitbart 2016-04-12: "barked" (quote_verbs), an untagged surname before it
        "Trump shot back that the journalist had not been called on. \u201cGo back to "
        "Univision,\u201d Trump barked and a security guard escorted Ramos out.",
        "Go back",
        "Trump",
        "name_beside_cue",
    ),
    (  # Breitbart 2016-05-15: "went on" (quote_verbs, a verb and its particle)
        "\u201cYou know, it happens, right?\u201d Trump went on, as if he didn\u2019t hear her.",
        "You know",
        "Trump",
        "cue_after_quote",
    ),
    (  # Breitbart 2016-08-19: "shot back", the cue nearest the quote, not "criticized"
        "When former California Gov. Jerry Brown criticized Bill Clinton during a debate, "
        "Hillary shot back, \u201cI suppose I could have chosen to bake cookies and have teas, but "
        "I chose to fulfill my profession.\u201d",
        "I suppose",
        "Hillary",
        "cue_in_sentence",
    ),
    (  # USA Today 2016-04-26: "read", after a quote
        '"Our political revolution has already forced a former U.S. senator to change her mind '
        'on matters as critical as international trade," read the email.',
        "Our political revolution",
        "the email",
        "governing_cue",
    ),
    (  # The Washington Post 2016-07-20: likewise
        "\"In writing her beautiful speech, Melania's team of writers took notes on her "
        "life's inspirations,\" read the statement, which was attributed to Miller.",
        "In writing",
        "the statement",
        "cue_subject",
    ),
    (  # HuffPost 2016-02-18: the first verb after a long subject
        "Calabrese set up a website. \u201cHi Americans! Donald Trump may become the President "
        "of your country!\u201d a welcome message on the website reads.",
        "Hi Americans",
        "a welcome message on the website",
        "cue_after_quote",
    ),
    (  # HuffPost 2016-06-22: single marks nested before the closing mark
        "\u201cShe said that \u2018I know the difference between having the House and not having "
        "the House, and I want the House,\u2019\u201d Rep. Jim McDermott (D-Wash.) said. Rep. "
        "Gregory Meeks (D-N.Y.) said Clinton reassured them.",
        "She said that",
        "Rep. Jim McDermott",
        "cue_after_quote",
    ),
    (  # Politico 2016-02-04: the name beside an inverted cue climbs to the noun it modifies
        "\u201cIt\u2019s Bernie\u2019s to lose at this point,\u201d added another New Hampshire "
        "Democrat.",
        "It\u2019s Bernie",
        "another New Hampshire Democrat",
        "name_beside_cue",
    ),
    (  # USA Today 2016-07-29: likewise, through an owner
        '"Gun owners should leave their weapons at home," opined Cleveland\'s Plain Dealer.',
        "Gun owners",
        "Cleveland's Plain Dealer",
        "name_beside_cue",
    ),
    (  # The Washington Post 2016-06-01: likewise
        "\"It's about time that we had a woman running this country,\" exhorted Clinton's "
        "introducer, actress Jamie Lee Curtis.",
        "It's about time",
        "Clinton's introducer",
        "name_beside_cue",
    ),
]


@pytest.mark.parametrize(("text", "opening", "source", "rule"), SPEAKERS)
def test_news_speakers(parse_text, text, opening, source, rule):
    quote = _quote(_quotes(parse_text, text), opening)
    assert quote.source_text == source
    assert rule in quote.why


REPORTED = [
    # (text, the reported content's first words, source as written, rule)
    (  # HuffPost 2015-12-08: the cue set inside the clause it reports
        "Workers would end up better off. In the long run, many economists say, this effect "
        "could ripple through the rest of the health care system.",
        "In the long run",
        "many economists",
        "parenthetical_cue",
    ),
    (  # Politico 2015-11-09
        "Sanders responded.\n\nSix months ago, the independent Vermont senator said, the media "
        'considered him a "fringe candidate," making air quotes.',
        "Six months ago",
        "the independent Vermont senator",
        "parenthetical_cue",
    ),
    (  # The Washington Post 2016 (Clarkston): a name as the cue's subject
        "Mohammed Ali arrived in Clarkston in 2006 and found the area welcoming. Recently, Ali "
        "said, he has realized that the rest of Georgia is not as hospitable.",
        "Recently",
        "Ali",
        "parenthetical_cue",
    ),
]


@pytest.mark.parametrize(("text", "opening", "source", "rule"), REPORTED)
def test_reported_speech(parse_text, text, opening, source, rule):
    said = [q for q in _quotes(parse_text, text) if q.kind == "indirect"]
    quote = next(q for q in said if q.text.startswith(opening))
    assert quote.source_text == source
    assert rule in quote.why


def test_reported_speech_never_copies_a_quote_split_around_its_cue(parse_text):
    # Breitbart 2015-11-19: a quote split around "the judge exclaimed"
    text = (
        "He made the observation that there was no real disagreement. \u201cEverything that you "
        "have said and everything that I have said,\u201d the judge exclaimed, \u201chas totally "
        "overlapped.\u201d"
    )
    assert not any(q.kind == "indirect" for q in _quotes(parse_text, text))


MISTYPED = [
    # (text, the words in marks): an opening mark typed for the closing one (HuffPost)
    (
        "\u201cThat could create new and real problems for her here,\u201c said Jim Clyburn, a "
        "Democratic congressman.",
        "That could create new and real problems for her here,",
    ),
    (
        "He asked the agency to conduct an \u201cexpedited review\u201c of Flint\u2019s water.",
        "expedited review",
    ),
    (
        "He referred to Mexican immigrants as \u201ccriminals\u201d and \u201crapists\u201c while "
        "calling to erect a border wall.",
        "rapists",
    ),
]


@pytest.mark.parametrize(("text", "words"), MISTYPED)
def test_an_opening_mark_typed_for_a_closing_one_closes(text, words):
    assert words in [text[m.start : m.end] for m in quote_marks(text)]
