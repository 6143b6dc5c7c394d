"""The attribution shapes of news copy, each a named rule, on real sentences from several
outlets (PolNeAR train: Breitbart, HuffPost, Politico, The Western Journal; named beside
each): a cue after a quote whose object is the one spoken to, a digest's label before a
colon, a name before a long aside, a source that starts at the noun a name stands beside, a
paragraph that is only a quote, pronoun gender agreement, and words in title case that are a
headline's, not a quote."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.gender import FEMININE, MASCULINE, genders
from briefgen.extract.quotes import _title_cased, extract_quotes
from briefgen.model import Quote

CASES = [
    # (text, quote's first words, source as written, a rule in the quote's why)
    (  # HuffPost 2016-05-16: "told" with its listener as object still reports the quote
        "\u201cIt looks like we\u2019re not going to have a very good relationship, who "
        "knows?\u201d Trump told Britain\u2019s ITV television station in an interview aired on "
        "Monday.",
        "It looks like",
        "Trump",
        "cue_after_quote",
    ),
    (  # HuffPost 2016-01-19: single marks inside the quote, then "told reporters"
        "\u201cWhen this came about and [Clinton] read about it, her immediate response has "
        "been, \u2018Let\u2019s see what\u2019s going on, and what can we do to help?\u2019\u201d "
        "Renteria told reporters during Tuesday\u2019s conference call.",
        "When this came",
        "Renteria",
        "cue_after_quote",
    ),
    (  # HuffPost 2016-02-03: a digest's label after a dash
        "Pollsters agree - Carl Bialik: \u201cOne of the biggest lessons was a simple one: Keep "
        "on contacting voters as late as possible.\u201d",
        "One of the biggest",
        "Carl Bialik",
        "label_before_colon",
    ),
    (  # HuffPost 2016-02-03: "from" before the label; both names are the source
        "Signs of momentum shifts and evangelical turnout were there all along -More from "
        "Blumenthal and Cohen: \u201cData collected by our firm, SurveyMonkey, helps confirm "
        "that both issues were in play for polling on the Republican caucuses this year.\u201d",
        "Data collected",
        "Blumenthal and Cohen",
        "label_before_colon",
    ),
    (  # HuffPost 2016-02-03: the label after the dash, not the noun before it
        "But polls did predict the Democratic caucus - HuffPollster: \u201cWhile the Iowa "
        "caucuses provided a polling upset on the Republican side, most pollsters fared much "
        "better with the Democratic results.\u201d",
        "While the Iowa",
        "HuffPollster",
        "label_before_colon",
    ),
    (  # Politico 2016-05-05: the one spoken to before the colon is no label
        "Priebus later Thursday told Fox News: \u201cBoth Donald Trump and Paul Ryan are "
        "meeting up next week to talk about these things.\u201d",
        "Both Donald Trump",
        "Priebus",
        "cue_subject",
    ),
    (  # HuffPost 2016-07-18: likewise
        "On the topic, San Diego chapter president Luis Osuna told The Huffington Post: \u201cA "
        "lot of people are assuming that since it\u2019s called \u2018La Raza lawyers\u2019 that "
        "it\u2019s only Mexicans.\u201d",
        "A lot of people",
        "San Diego chapter president Luis Osuna",
        "cue_subject",
    ),
    (  # Breitbart 2016-07-21: an aside with a quoted name in it between the name and "said"
        "Not everyone was claiming success. \u201cWe\u2019ve had more successful conventions than "
        "this one,\u201d Texas delegate Bill Eastland, wearing a cowboy hat and \u201cTed "
        "Cruz\u201d campaign pins, said matter-of-factly as confetti fluttered down around him.",
        "We\u2019ve had",
        "Texas delegate Bill Eastland",
        "name_beside_cue",
    ),
    (  # Breitbart 2015-12-11: a paragraph that is only a quote goes on with the speaker
        "\u201cI won\u2019t just talk like a conservative during the election season,\u201d "
        'Espinoza said Friday.\n\n"I am a proven champion for Constitutional governance, '
        'individual liberty and the Rule of Law."',
        "I am a proven",
        "Espinoza",
        "quote_paragraph",
    ),
    (  # The Western Journal 2016-03-03: likewise
        "\u201cI have to say this, he hit my hands. Nobody has ever hit my hands, I\u2019ve never "
        "heard of this one. Look at those hands, are they small hands?\u201d Trump said.\n\n"
        "\u201cHe referred to my hands \u2014if they are small, something else must be small. I "
        "guarantee you, there\u2019s no problem.\u201d",
        "He referred",
        "Trump",
        "quote_paragraph",
    ),
    (  # Breitbart 2016-04-23: the source starts at the noun the name stands in apposition to
        "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
        "\u201cHillary Clinton believes that transatlantic cooperation is essential.\u201d",
        "Hillary Clinton believes",
        "her senior policy adviser, Jake Sullivan",
        "cue_subject",
    ),
    # Words in quote marks are never the cue's subject, however the parse hangs them.
    (  # Breitbart 2016-08-10: "people" in the quote parsed as the subject of "telling"
        "Clinton seemed to be ready to riff on the incident in Iowa, telling the crowd, "
        "\u201cSome people get a little carried away, have you noticed that?\u201d",
        "Some people",
        "Clinton",
        "verb_subject",
    ),
    (  # The Washington Post 2015-11-10: the one-word quote "Meh" parsed as the subject
        '"Meh," wrote a Trump supporter who runs the Twitter account @WomenForTrump. "What '
        'does Ford know about it . . ."',
        "What does Ford",
        "a Trump supporter",
        "verb_subject",
    ),
    (  # The Western Journal 2015-11-10: "Michael Cohen" in the quote and "speaker" both subjects
        "\u201cMy dear Michael Cohen,\u201d the conference speaker says into the camera with a "
        "raucous crowd behind him. \u201cI am here with a group of people that are praying for "
        "and encouraging Mr. Donald Trump.\u201d",
        "My dear",
        "the conference speaker",
        "verb_subject",
    ),
    (  # The Western Journal 2016-06-23: a person's name first after an inverted cue
        "\u201cImagine Brad Thor going up against Trump and Clinton on the same stage,\u201d "
        "mused Blaze co-host Stu Burguiere. \u201cNot to mention, President Thor.\u201d",
        "Imagine Brad",
        "host Stu Burguiere",
        "name_beside_cue",
    ),
    (  # The Western Journal 2016-05-25: a no-break space between the closing mark and the cue
        "\u201cIf anyone wonders why the investigation is not yet complete, the malfeasance and "
        "numerous problems identified in this report are Exhibit A,\u201d\xa0added Gowdy.",
        "If anyone wonders",
        "Gowdy",
        "name_beside_cue",
    ),
    (  # Politico 2016-03-01: an unlisted verb, a clause of nothing but it and its subject
        "\u201cWould it be negotiable about the 11 million?\u201d Hannity pressed. \u201cMaybe "
        "let some people stay if they register in a period of time?\u201d",
        "Would it be",
        "Hannity",
        "bare_clause_after",
    ),
    (  # New York Times 2015-12-09: the inverted cue right after the closing marks
        "''Do you want Facebook looking at over 1.5 billion people's posts?'' said Zeynep "
        "Tufekci, an assistant professor in technology policy at the University of North "
        "Carolina at Chapel Hill.",
        "Do you want",
        "Zeynep Tufekci",
        "inverted_cue_after",
    ),
    (  # Politico 2016-08-17: "denies" governs the quote in the parse, "asked Dunn" reports it
        "If Russia is indeed attempting to destabilize Clinton\u2019s candidacy \u2014 as many "
        "researchers believe, and Democrats are alleging, but Moscow strongly denies \u2014 "
        "\u201cwhy wouldn\u2019t you want to raise the potential [for tampering]?\u201d asked "
        "Dunn, now a partner at communications firm SKDKnickerbocker.",
        "why wouldn",
        "Dunn",
        "inverted_cue_after",
    ),
    (  # Washington Post 2015-11-17: the verb before the colon hangs from the quote in the parse
        "At his news conference in Turkey on Monday, Obama's first five questioners ranged "
        'from skeptical to hostile: "Is it time for your strategy to change?"',
        "Is it time",
        "Obama's first five questioners",
        "colon_introduction",
    ),
    (  # Washington Post 2016-03-18: "As X put it:", an adverbial clause with no main one before
        'As John Cornyn, the No. 2 in the GOP leadership, put it: "This person will not be '
        "confirmed. So there's no reason going through some motions.\"",
        "This person",
        "John Cornyn",
        "colon_introduction",
    ),
    (  # USA Today 2016-06-09: the name before the colon is the object of "to", no label
        "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "
        "\"It's time to quit attacking various people that you competed with and get on "
        'message."',
        "It's time",
        "Senate Majority Leader Mitch McConnell",
        "colon_introduction",
    ),
    (  # Politico 2016-07-11: a hyphen inside a word opens no digest label
        "Hoff\u2019s letter makes a libertarian-style case: \u201cFollowers of radical Islam hate "
        "everything we stand for as Americans.\u201d",
        "Followers",
        "Hoff\u2019s letter",
        "colon_introduction",
    ),
    (  # Washington Post 2015-11-16: a transcript label's head, not its bracketed state
        'Rep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you ever cite that '
        'figure. Who told you that?"',
        "I have not heard",
        "Rep. Trey Gowdy",
        "label_before_colon",
    ),
    (  # The Western Journal 2016-05-10: "Lt." ends no sentence of its own
        "\u201cI really don\u2019t understand how a better candidate didn\u2019t jump into the "
        "race,\u201d said Air Force 1st Lt. Tyler Livingston. \u201cI was hoping we\u2019d see "
        "something else.\u201d",
        "I was hoping",
        "Air Force 1st Lt. Tyler Livingston",
        "continued_quote",
    ),
]


def _quotes(parse_text, text: str) -> list[Quote]:
    article = parse_text(text)
    return extract_quotes(article, extract_actors([article]))


@pytest.mark.parametrize(("text", "opening", "source", "rule"), CASES)
def test_news_attribution_shapes(parse_text, text, opening, source, rule) -> None:
    quote = next(
        q for q in _quotes(parse_text, text) if q.text.lstrip('\u201c\u2018"').startswith(opening)
    )
    assert quote.source_text == source
    assert rule in quote.why


# Politico 2016-05-31: a short aside, and the same rule's reach never crosses a quoted sentence.
BLUNT = (
    "\u201cHe had a lot of Missouri supporters,\u201d Blunt, after a long pause, said of Cruz. "
    "\u201cI\u2019d be glad to have him in the state.\u201d"
)


def test_a_name_before_a_short_aside(parse_text) -> None:
    quote = _quotes(parse_text, BLUNT)[0]
    assert quote.source_text == "Blunt"


TITLE_CASE = [
    # (text, words in marks that are no quote)
    (  # Breitbart 2016-01-18, its headline
        "Trump: \u2018I\u2019m the Worst Thing That Ever Happened to the Establishment.\u2019",
        "Worst Thing",
    ),
    (  # HuffPost 2016-02-26, its headline: a cue does not make it a quote
        "Hillary Clinton Says Trump\u2019s Bigotry Doesn\u2019t \u2018Fit With What I Thought I "
        "Knew\u2019 About Him.",
        "Fit With",
    ),
    (  # The Washington Post 2016-07-06: a show's name after an owner ("the" tagged a name)
        '"Donald Trump is a fraud," Perez said Sunday on NBC\'s "Meet the Press." "Listening '
        "to him talk about how he is going to put America first again - he's spent his entire "
        'career putting his profits first."',
        "Meet the",
    ),
    (  # Politico 2015-12-28: a show's name as the one spoken to
        '"He\'s a former president," Fiorina told "Fox and Friends," reminding the co-hosts that '
        "Trump has frequently denounced former President George W. Bush.",
        "Fox and",
    ),
    (  # The New York Times 2015-12-22: the same in doubled single marks
        "Mr. Trump said by telephone on NBC's ''Meet the Press.'' ''She lies like crazy about "
        "everything.''",
        "Meet the",
    ),
    (  # Breitbart 2016-08-31, its headline: a slogan
        "Jeff Sessions, Rudy Giuliani Wear \u2018Make Mexico Great Again Also\u2019 Hats at Trump "
        "Immigration Rally.",
        "Make Mexico",
    ),
]


@pytest.mark.parametrize(("text", "words"), TITLE_CASE)
def test_title_case_in_marks_is_no_quote(parse_text, text, words) -> None:
    assert not any(words in q.text for q in _quotes(parse_text, text) if q.kind != "indirect")


SENTENCE_CASE = [
    # (words in marks, set in title case): first words and names do not count
    ("What a Super Tuesday!", False),  # Breitbart 2016-03-01
    ("With an eye to February 20th, Carolina,", False),  # Breitbart 2016-02-06
    ("I\u2019m the Worst Thing That Ever Happened to the Establishment.", True),  # Breitbart
    ("Fit With What I Thought I Knew", True),  # HuffPost 2016-02-26
    ("EVENTUALLY VOTERS MAKE GOOD DECISIONS", False),  # HuffPost 2016-01-12: capitals
]


@pytest.mark.parametrize(("words", "titled"), SENTENCE_CASE)
def test_title_case(nlp, words, titled) -> None:
    assert _title_cased(nlp(words)[:]) is titled


# HuffPost 2016-02-26, its headline and four of its paragraphs: "she" is Clinton, not the
# host the nearest sentence names, whom "he" has followed.
CLINTON = (
    "Hillary Clinton Says Trump\u2019s Bigotry Doesn\u2019t \u2018Fit With What I Thought I "
    "Knew\u2019 About Him\n\nIn an interview with Morning Joe hosts Joe Scarborough and Mika "
    "Brzezinski, the Democratic presidential candidate stated that Trump\u2019s "
    "\u201cdivisive\u201d and \u201cmean-spirited\u201d comments do not \u201cfit with what I "
    "thought I knew about him.\u201d Of course, Clinton said, \u201cI didn\u2019t know him that "
    "well, but I did know him.\u201d\n\nClinton and her husband, former President Bill "
    "Clinton, attended Trump\u2019s third wedding in 2005. She has since said that she "
    "attended because she thought it would be fun \u2014 something Scarborough could "
    "understand.\n\nBut he wanted to know, \u201cHow surprised are you that we woke up after "
    "Nevada and everybody in Washington said, oh, my God, this guy is most likely going to be "
    "the next nominee?\u201d\n\n\u201cIt\u2019s going to be interesting to see, if he does "
    "get the nomination, what he decides to do with it \u2014 how he presents himself,\u201d "
    "she continued."
)


def test_pronouns_agree_in_gender(parse_text) -> None:
    article = parse_text(CLINTON)
    found = genders(article.doc)
    assert found["clinton"] == FEMININE and found["scarborough"] == MASCULINE
    quotes = extract_quotes(article, extract_actors([article]))
    quote = next(q for q in quotes if q.text.startswith("It\u2019s going"))
    assert quote.source_text == "she"
    # never the host; "Clinton" is Hillary or Bill here, so no speaker rather than a guess
    assert quote.speaker in (None, "Hillary Clinton")


UNFRAMED = [
    # (text, words in marks, kept as a quote)
    (  # Breitbart 2016-07-19: a section heading set between dashes
        "But an embarrassing plagiarism scandal tarnished her prime-time speech \u2014 and "
        "brought her husband\u2019s presidential campaign under withering scrutiny.\n\n\u2013 "
        "\u2018Who cares?\u2019 \u2013.\n\nWith millions watching on television, the "
        "Slovenia-born former model delivered a seemingly heartfelt defense of her husband.",
        "Who cares?",
        False,
    ),
    (  # Breitbart 2016-08-25 (AP's "Things to know"): a heading in capitals
        "The number of injured stands at 387.\n\n3. FOR AFGHAN WOMEN \u2018GLASS IS HALF "
        "FULL.\u2019\n\nAs the war against the Taliban grinds on, they are still treated as "
        "property.",
        "GLASS IS HALF FULL.",
        False,
    ),
    (  # HuffPost 2016-07-25 (a morning email): a headline in capitals over an excerpt
        "[Lee Moran, HuffPost]\n\u2018EUROPEANS ASK IF VIOLENCE IS BECOMING FACT OF LIFE\u2019 "
        "\u201cIn less than two weeks, Western Europe has witnessed the calm of everyday life "
        "repeatedly shattered by high-profile, indiscriminate acts of savagery.\u201d [WSJ]",
        "EUROPEANS ASK IF VIOLENCE",
        False,
    ),
    (  # HuffPost 2016-05-25: a section heading in capitals, with quotes in the next paragraph
        "Obama also announced the Peace Corps would begin operating in Vietnam for the first "
        "time.\n\u201cEVENTUALLY VOTERS MAKE GOOD DECISIONS\u201d\nAcross Asia, policymakers have "
        "been startled by Trump\u2019s \u201cisolationist\u201d foreign policy pronouncements.",
        "EVENTUALLY VOTERS",
        False,
    ),
    (  # USA Today 2016-05-03: three words with their speaker stay a quote
        '"Apparently there\'s a young man who\'s having some problems," Cruz said.\n\n"Thank '
        'you, son," Cruz replied, before adding that he thinks children should speak with '
        "respect.",
        "Thank you, son",
        True,
    ),
    (  # Timeline17, Fox News 2010-04-23 (BP oil spill): short, but a quote goes on before it
        "Carolyn Kemp of Monterey, La., said her grandson, Roy Wyatt Kemp, 27, would have been "
        "on the drilling platform when it exploded. \"They're assuming all those men who were on "
        'the platform are dead," Kemp said.\n\n"That\'s the last we\'ve heard." Most of the crew '
        "-- 111 members -- were ashore, including 17 taken to hospitals.",
        "That's the last we've heard.",
        True,
    ),
    (  # HuffPost 2016-03-10: a long quote nobody is said to say stays a quote
        "Trump spoke only in evasive bromides during the interview. \u201cWe have to be a lot "
        "tougher. We are playing with a different set of rules.\u201d",
        "We have to be a lot tougher.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "words", "kept"), UNFRAMED)
def test_short_unframed_words_in_marks_are_no_quote(parse_text, text, words, kept) -> None:
    found = [q.text for q in _quotes(parse_text, text)]
    assert (words.strip(",") in " ".join(found)) is kept


MODALS = [
    # (text, quote's first words, source as written, whether `name_tagged_modal` decides)
    (  # PolNeAR train, The Western Journal 2015-11-21 (George Will's column)
        "\u201cThe eruption of war in the capital of a NATO ally is a reminder that the "
        "nominating process will potentially send a commander in chief to Washington. This "
        "might, and should, hasten the eclipse of Carly Fiorina, Ben Carson and especially "
        "Donald Trump,\u201d Will wrote.",
        "The eruption",
        "Will",
        True,
    ),
    (  # T17 develop, BBC (Michael Jackson cluster, a live page): the name tagged as one
        "A senior UK Border Agency official authorised the relaxation of border controls "
        "without ministerial sanction, Home Secretary Theresa May says.",
        "A senior UK Border",
        "Home Secretary Theresa May",
        False,
    ),
]


@pytest.mark.parametrize(("text", "opening", "source", "decides"), MODALS)
def test_a_capitalised_modal_before_a_past_cue_is_a_name(
    parse_text, text, opening, source, decides
) -> None:
    quote = next(q for q in _quotes(parse_text, text) if q.text.startswith(opening))
    assert quote.source_text == source
    assert ("name_tagged_modal" in quote.why) is decides
