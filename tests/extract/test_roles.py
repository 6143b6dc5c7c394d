"""Roles and affiliations from premodifiers, appositions and titles."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.entities import find_mentions


@pytest.mark.parametrize(
    ("sentence", "person", "role", "affiliation"),
    [
        (
            "Pakistan’s Information Minister Attaullah Tarar confirmed on Wednesday that the "
            "discussions had yielded no progress.",
            "Attaullah Tarar",
            "Information Minister",
            "Pakistan",
        ),
        (
            "JSA Research defence analysist Paul Nesbit said that the contract could be worth "
            "more.",
            "Paul Nesbit",
            "defence analysist",
            "JSA Research",
        ),
        # EU news, June 2017 (Vestager's published statement): a portfolio the model glued
        # onto the organisation belongs to the title.
        (
            'EU Competition Commissioner Margrethe Vestager said: "What Google has done is '
            'illegal under EU antitrust rules."',
            "Margrethe Vestager",
            "Competition Commissioner",
            "EU",
        ),
        # A US portfolio the model tags as an organisation of its own (AllSides develop,
        # allsides_5787, National Review; T17 bpoil_bbc, 2010-04-30).
        (
            "Homeland Security Secretary Alejandro Mayorkas announced Thursday that border "
            "patrol agents apprehended over 212,000 undocumented migrants in July, breaking the "
            "200,000 threshold for the first time in 21 years, according to U.S. Customs and "
            "Border Protection data.",
            "Alejandro Mayorkas",
            "Homeland Security Secretary",
            None,
        ),
        (
            "President Obama has dispatched high-level administration officials, including "
            "Homeland Security Secretary Janet Napolitano, to the area.",
            "Janet Napolitano",
            "Homeland Security Secretary",
            None,
        ),
        # MEANTIME apple: an adjective alone is no title ("the popular App Store").
        (
            "It also adds full support for the Mac port of the popular App Store, full screen "
            "applications and other features.",
            "App Store",
            None,
            None,
        ),
        # A title written with "of" before the name (US State Department style).
        (
            "US Secretary of State Marco Rubio told reporters that Washington would keep pushing.",
            "Marco Rubio",
            "Secretary of State",
            "US",
        ),
        # A rank after an office is no part of the role ("Prince"), and "Saudi" is the
        # demonym of Saudi Arabia (Saudi foreign ministry statement, 2023).
        (
            '"We welcome the commitment of both parties," Saudi Foreign Minister Prince Faisal '
            "bin Farhan said.",
            "Faisal bin Farhan",
            "Foreign Minister",
            "Saudi",
        ),
        # T17 MJ (BBC): a date's word before a name is no title.
        (
            "Speaking to Newsbeat on 16 September Jermaine Jackson criticised the timing.",
            "Jermaine Jackson",
            None,
            None,
        ),
        # T17 bpoil (Reuters, develop): "how fast" asks a degree in the clause; the title
        # begins after it.
        (
            "BP investors are now looking for clues in the results statements and "
            "teleconferences with management as to how fast new chief executive Bob Dudley "
            "can turn the oil major around.",
            "Bob Dudley",
            "new chief executive",
            None,
        ),
        # T17 MJ (BBC): a role no entity owns keeps the "of" phrase it needs.
        (
            "Chris Hunt, head of organisers Global Events Live, said: \"I'm excited about "
            "tomorrow's event, especially with ticket sales going so well.\"",
            "Chris Hunt",
            "head of organisers",
            None,
        ),
        # T17 BP oil spill, Fox News and BBC (2010): a rank before the title, spaced or
        # hyphenated, is part of it.
        (
            "Coast Guard Rear Adm. Mary Landry said Friday that crews were seeing a light sheen.",
            "Mary Landry",
            "Rear Adm.",
            "Coast Guard",
        ),
        (
            '"It\'s 1,000 barrels (a day) emanating from 5,000 feet below the surface," said '
            "Rear-Admiral Mary Landry, of the US Coast Guard.",
            "Mary Landry",
            "Rear-Admiral",
            None,
        ),
        # PolNeAR train (Politico, 2015): a hyphenated title is one word
        (
            "The decision threatens to create a political bind for Democratic front-runner "
            "Hillary Clinton, who may have to decide once again how far to distance herself.",
            "Hillary Clinton",
            "front-runner",
            "Democratic",
        ),
    ],
)
def test_roles_and_affiliations_from_premodifiers(parse_text, sentence, person, role, affiliation):
    mention = next(m for m in find_mentions(parse_text(sentence)) if m.name == person)
    assert (mention.role, mention.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("sentence", "person", "role", "affiliation"),
    [
        # "X, a spokesman for Y"
        (
            '"The response has been massive," said Julien Talavan, a spokesman for Force '
            "Ouvrière, the main Airbus union in France.",
            "Julien Talavan",
            "spokesman",
            "Force Ouvrière",
        ),
        # "X, the president of Y"
        (
            "Buzz Hargrove, the president of Canadian Auto Workers said he had been assured that "
            "the collective bargaining agreement with Chrysler would remain.",
            "Buzz Hargrove",
            "president",
            "Canadian Auto Workers",
        ),
        # A title before the name is the role, not part of the name.
        (
            "Senator John McCain (R-AZ) entered them into the Congressional Record during a "
            "speech last week.",
            "John McCain",
            "Senator",
            None,
        ),
        # The title the model glued to the organisation goes back to the person.
        (
            "Boeing Executive Vice President Scott Carson replied that it was a business "
            "relationship.",
            "Scott Carson",
            "Executive Vice President",
            "Boeing",
        ),
        # A demonym before the title is the affiliation.
        (
            "Indonesian President Susilo Bambang Yudhoyono has already postponed a diplomatic "
            "visit to Europe, citing the ban as his reason.",
            "Susilo Bambang Yudhoyono",
            "President",
            "Indonesian",
        ),
        # MEANTIME gm: "the role of Y, X", where the parse attaches X to Y.
        (
            "The vice president of Dacia, Constantin Stroe, said that the price Ford offers is "
            "not important.",
            "Constantin Stroe",
            "vice president",
            "Dacia",
        ),
        # "a spokesman for the Y government": Y, the name modifying the object.
        (
            "Zabihullah Mujahid, a spokesman for the Taliban government, said the claims were "
            "false.",
            "Zabihullah Mujahid",
            "spokesman",
            "Taliban",
        ),
        # A two-word title the model half tags as an organisation ("Supreme").
        (
            "Iran's Supreme Leader Ali Khamenei warned the United States on Sunday.",
            "Ali Khamenei",
            "Supreme Leader",
            "Iran",
        ),
    ],
)
def test_roles_and_affiliations_from_appositions_and_titles(
    parse_text, sentence, person, role, affiliation
):
    mention = next(m for m in find_mentions(parse_text(sentence)) if m.name == person)
    assert (mention.role, mention.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # PolNeAR train (wash-post 2016-09-04; breitbart): after "a" the name opens a clause
        # or is imagined in the office.
        (
            "In 2008, Barack Obama's campaign began airing Spanish-language ads in "
            "mid-September, a timeline Clinton could still match this year.",
            "Clinton",
        ),
        (
            "He anticipated that one of the biggest challenges for a President Trump would be "
            "“dealing with the wide variety of problems that Obama’s going to leave.”",
            "Trump",
        ),
        # PolNeAR train (politico 2016-09-01): the noun phrase after the name says it.
        (
            "Clinton, a top aide said, “is very confident, very confident in the contrast” "
            "between her and Trump.",
            "Clinton",
        ),
        # ECB+ train (topic 3) and PolNeAR train (Washington Post 2016-08-01):
        # a preposition's object runs on into the name and a finite verb, a relative clause.
        (
            '"I don\'t think Brian Nichols won," said Christina Greenway, daughter of the court '
            "reporter Nichols murdered.",
            "Nichols",
        ),
        (
            "On Wednesday, Republican nominee Donald Trump publicly urged Russian hackers to go "
            "looking for emails from the private server Clinton used during her tenure at the "
            "State Department.",
            "Clinton",
        ),
        # ECB+ train (topic 3): an apposition the parser hung on a name far before it.
        (
            "Nichols, 37, was found guilty last month of murdering a judge, a court reporter, a "
            "sheriff's deputy and a federal agent in the March 2005 rampage.",
            "Nichols",
        ),
    ],
)
def test_no_role_where_the_words_before_or_after_are_no_title(parse_text, sentence, person):
    mention = next(m for m in find_mentions(parse_text(sentence)) if m.name == person)
    assert mention.role is None


def test_a_legal_form_is_no_title(parse_text):
    text = '"It\'s too early," said the vice president and chairman of Chrysler LLC Jim Press.'
    press = extract_actors([parse_text(text)]).actor("Jim Press")
    assert press is not None and press.role is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # MEANTIME apple, airbus, gm: described as a kind of organisation, no person.
        (
            "Apple's iTunes store passes U.S. electronics retailer Best Buy for the No. 2 spot.",
            "Best Buy",
        ),
        (
            "Normally, the president flies on an aircraft operated by state-owned national flag "
            "carrier Garuda Indonesia.",
            "Garuda Indonesia",
        ),
        (
            "A day before the announcement, GM said it was cancelling a deal to sell Opel to "
            "Magna, a Canadian automobile parts company.",
            "Magna",
        ),
        (
            "The programme only became public this weekend, when German magazine Der Spiegel "
            "cited confidential documents from engine maker Europrop in a report.",
            "Der Spiegel",
        ),
        # EU news, June 2017: a website is an organisation too.
        (
            "The European Union has been investigating the company since 2010, after "
            "complaints from rivals including Microsoft and the British price comparison site "
            "Foundem.",
            "Foundem",
        ),
    ],
)
def test_a_name_described_as_an_organisation_is_one(parse_text, sentence, name):
    mentions = [m for m in find_mentions(parse_text(sentence)) if m.name == name]
    assert mentions and all(m.kind == "organization" for m in mentions)


def test_a_plural_noun_is_no_role(parse_text):
    # MEANTIME airbus: Mr. Lee is one of the guests, not a "guests".
    text = (
        "The aircraft was greeted by some 400 guests, including the Prime Minister of "
        "Singapore, Mr. Lee Hsien Loong, at the soon-to-open Terminal 3 of Changi Airport."
    )
    lee = next(m for m in find_mentions(parse_text(text)) if m.name == "Lee Hsien Loong")
    assert lee.role != "guests"


@pytest.mark.parametrize(
    ("sentence", "person", "rule"),
    [
        (
            "Apple CEO Steve Jobs announced the iPhone 3G in 2008.",
            "Steve Jobs",
            "title_before_name",
        ),
        (
            "Zabihullah Mujahid, a spokesman for the Taliban government, said the claims were "
            "false.",
            "Zabihullah Mujahid",
            "apposed_role",
        ),
        (
            "The firm's president and chief executive, Alan Mulally, commented on the profits.",
            "Alan Mulally",
            "name_apposed_to_role",
        ),
        (
            "The vice president of Dacia, Constantin Stroe, said that the price Ford offers is "
            "not important.",
            "Constantin Stroe",
            "head_of_named_body",
        ),
    ],
)
def test_a_role_names_the_rule_that_read_it(parse_text, sentence, person, rule):
    mentions = {m.name: m for m in find_mentions(parse_text(sentence))}
    assert mentions[person].why[-1] == rule


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # PolNeAR train (Nevada caucus): "who chairs" a unit of a named body.
        (
            "\"It's also really hard to poll -- you don't know who's going to show up at the "
            'caucuses," said Eric Herzik, who chairs the political science department at the '
            "University of Nevada-Reno, citing another reason the state is difficult to predict.",
            "Eric Herzik",
            "head of science department",
            "University of Nevada-Reno",
        ),
        # ECB+ train (19ecbplus): "who runs" a body the text does not name.
        (
            "Terry Lee, who runs a local youth ministry and acts as a liaison to the police, said "
            "many of the neighborhood shootings involved “ kids killing kids ” and lamented that "
            "the community did not rise up more frequently in anger over those shootings.",
            "Terry Lee",
            "head of local youth ministry",
            None,
        ),
        # PolNeAR train (superdelegates): "who leads" a rival by a margin is no role.
        (
            "Instead, they tend to amplify the margin for the winner, just as they're doing this "
            "year for Hillary Clinton, who leads Bernie Sanders 1,428 to 1,153.",
            "Hillary Clinton",
            None,
            None,
        ),
    ],
)
def test_a_relative_clause_gives_a_role(parse_text, text, name, role, affiliation):
    actor = extract_actors([parse_text(text)]).actor(name)
    assert actor is not None
    assert (actor.role, actor.affiliation) == (role, affiliation)
    assert ("relative_clause_role" in actor.why) == (role is not None)


@pytest.mark.parametrize(
    ("sentence", "person", "role"),
    [
        # T17 MJ (BBC, develop): an amount's unit run into the next sentence's name.
        (
            "Auctioneers Fame Bureau say the footage, which was filmed during Jackson's "
            "Dangerous tour, could fetch up to #3.8 m. Jackson was apparently unhappy with the "
            "quality of footage.",
            "Jackson",
            None,
        ),
        # T17 MJ (BBC, develop): a caption run into the text; a date before the name is no
        # title.
        (
            "Jermaine Jackson says the time before Michael's death was a ' nightmare 'Speaking "
            "to Newsbeat on 16 September Jermaine Jackson criticised the timing of the concert "
            "which will clash with the continuing trial of Dr Conrad Murray.",
            "Jermaine Jackson",
            None,
        ),
        # MEANTIME airbus: a title after a company still reads.
        (
            'Northrop Grumman CEO Ron Sugar said in an interview "Everyone told us we were '
            'crazy, that we had no chance."',
            "Ron Sugar",
            "CEO",
        ),
        # PolNeAR train (USA Today, 2015): a ranking's "last week" in apposition is no role.
        (
            "WEEK 13.\n\n1. Donald Trump (Last week: 2.)\n\n2. Marco Rubio (1.)",
            "Donald Trump",
            None,
        ),
    ],
)
def test_no_title_from_a_time_an_amount_or_a_unit(parse_text, sentence, person, role):
    mentions = [m for m in find_mentions(parse_text(sentence)) if m.name == person]
    assert mentions and {m.role for m in mentions} == {role}
