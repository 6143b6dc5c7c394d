"""Name links: mentions of one actor written differently join one card, by a named rule."""

from __future__ import annotations

from collections import Counter

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.entities import Mention
from briefgen.extract.links import LINK_RULES, choose_links
from briefgen.extract.name_use import NameUse
from briefgen.extract.rules import tracing
from briefgen.model import Evidence
from tests.conftest import separate_articles


def test_surname_merges_into_the_full_name(parse_text):
    article = parse_text(
        "Northrop Grumman CEO Ron Sugar said the deal was a win. "
        "Sugar said the company hit a home run."
    )
    index = extract_actors([article])
    assert index.resolve("Sugar") == "Ron Sugar"
    sugar = index.actor("Ron Sugar")
    assert sugar is not None and sugar.mentions == 2 and sugar.aliases == ["Sugar"]


def test_spelling_variants_across_articles_merge(parse_text):
    # Two MEANTIME gm articles spell the Treasury two ways.
    first = parse_text(
        "According to Fiat's announcement, the company has told the US Treasury that it intends "
        "to use its option to buy the share in Chrysler held by the US government."
    )
    second = parse_text(
        'The government would sell its stake, saying that was a question "better addressed to '
        'the U.S. Treasury".'
    )
    second = type(second)(
        second.source.model_copy(update={"id": "s2"}), second.doc, second.anchor, False
    )
    index = extract_actors([first, second])
    assert index.resolve("US Treasury") == index.resolve("U.S. Treasury") is not None


def test_legal_forms_merge_into_the_company(parse_text):
    # MEANTIME gm: "General Motors Corporation" is General Motors.
    text = (
        "General Motors Corporation (GM) announced on Wednesday that it saw a 45% drop in "
        "United States vehicle sales for its cars in March. General Motors said sales of "
        "trucks fell too."
    )
    actor = extract_actors([parse_text(text)]).actor("General Motors")
    assert actor is not None and "General Motors Corporation" in actor.aliases


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        # MEANTIME gm: "Ford Motor Company" is Ford, named by its line of business.
        (
            "A third US car manufacturer, Ford Motor Company, has said that it can make it "
            "through this year without any government aid. The US automobile manufacturer Ford "
            "has said that it posted a net profit of US$997 million in the third quarter.",
            "Ford Motor Company",
            "Ford",
        ),
        # MEANTIME apple: "Apple Computer" is Apple; the Beatles' Apple Corps, whose name
        # says what a company is, not its business, stays apart.
        (
            "Apple Computer announced on Tuesday the first generation of their products to use "
            "Intel processors. Apple Corps claims that Apple Computer's iTunes Music Store "
            "violates an agreement reached between the two companies in 1991. Apple said it "
            "would defend itself.",
            "Apple Computer",
            "Apple",
        ),
    ],
)
def test_a_full_name_with_its_line_of_business_is_the_company(parse_text, text, full, short):
    index = extract_actors([parse_text(text)])
    assert index.resolve(full) == short
    assert index.resolve("Apple Corps") in (None, "Apple Corps")


@pytest.mark.parametrize(
    ("texts", "short", "full"),
    [
        # MEANTIME airbus: "GAO" never introduced in parentheses, yet its initials spell it.
        (
            [
                "The Government Accountability Office on June 18 called for a re-run of the "
                "bidding. The Air Force has 60 days to respond to the GAO.",
            ],
            "GAO",
            "Government Accountability Office",
        ),
        # MEANTIME airbus, two articles: a country code opening an organisation's name.
        (
            [
                "Northrop Grumman and EADS won a contract to supply the United States Air Force "
                "with 179 new aerial refuelling tankers.",
                "The Government Accountability Office called for a re-run of the bidding for "
                "the US Air Force tanker contract.",
            ],
            "US Air Force",
            "United States Air Force",
        ),
        # AllSides 5692 (New York Post, two paragraphs): an acronym skips "and".
        (
            [
                "A Food and Drug Administration advisory panel voted against green-lighting "
                "COVID-19 booster shots Friday for most people. But the independent panel, "
                "which reviewed a 23-page FDA briefing document, recommended a third dose."
            ],
            "FDA",
            "Food and Drug Administration",
        ),
        # PolNeAR train (Breitbart, 2016-05-14): an acronym takes the initial of "of".
        (
            [
                "Attorney General Loretta Lynch followed news that the Department of Justice "
                "would sue North Carolina. Lynch announced on Monday the DOJ lawsuit against "
                "the state of North Carolina."
            ],
            "DOJ",
            "Department of Justice",
        ),
    ],
)
def test_initials_merge_into_the_name_they_spell(parse_text, texts, short, full):
    index = extract_actors([parse_text(text) for text in texts])
    assert index.resolve(short) == full and index.actor(short) is None


def test_names_with_and_without_middle_initials_are_one_person(parse_text):
    # MEANTIME airbus: "Michael M. Sears" and "Michael Sears"; the fuller of two roles wins.
    text = (
        "In 2003 a scandal erupted when it emerged that Boeing executive Michael M. Sears "
        "arranged a job for USAF official Darleen Druyun. This led to felony charges against "
        "Boeing Chief Financial Officer Michael Sears for illegally hiring her."
    )
    index = extract_actors([parse_text(text)])
    sears = index.actor("Michael Sears")
    assert sears is not None and index.actor("Michael M. Sears") is None
    assert (sears.role, sears.affiliation) == ("Chief Financial Officer", "Boeing")


@pytest.mark.parametrize(
    ("texts", "short", "full"),
    [
        (  # MEANTIME airbus: a short form that does not begin the full given name
            [
                "I want to thank our teams and all those who worked hard, days, nights, and "
                'week-ends, for their dedication and commitment," said Airbus President and '
                "Chief Executive Officer, Tom Enders.",
                'Chief executive Thomas Enders said in a statement, "We want to know what '
                'happened, as improving air safety is our top priority."',
            ],
            "Tom Enders",
            "Thomas Enders",
        ),
        (  # T17 MJ (BBC): a two-letter short form
            [
                "Dr Murray's lawyer Edward Chernoff has already said in court that the defense's "
                "position is that Jackson was addicted to the painkiller demerol.",
                "Ed Chernoff (left) and Mike Flanagan, defense lawyers for Dr Conrad Murray, leave "
                "the court building in Los Angeles.",
            ],
            "Ed Chernoff",
            "Edward Chernoff",
        ),
    ],
)
def test_a_short_form_of_a_given_name_is_the_same_person(parse_text, texts, short, full):
    index = extract_actors([parse_text(text) for text in texts])
    assert index.resolve(short) == index.resolve(full) is not None


def test_names_bringing_in_one_acronym_are_one_actor(parse_text):
    # MEANTIME airbus, two articles spelling EADS's name two ways, a legal form after each.
    articles = [
        parse_text(
            "European Aeronautic Defence & Space NV (EADS), the parent company of European "
            "airframer Airbus, has won a £13 billion contract."
        ),
        parse_text("Airbus is owned by European Aeronautic Defense & Space Company (EADS)."),
    ]
    index = extract_actors(articles)
    assert index.resolve("EADS") == index.resolve("European Aeronautic Defence & Space NV")
    assert index.resolve("EADS") == index.resolve("European Aeronautic Defense & Space Company")


@pytest.mark.parametrize(
    ("text", "typo", "name"),
    [
        # MEANTIME gm: two letters swapped, in the same article as the right spelling.
        (
            "GM's move comes a day after Chrysler, another U.S. car maker, released a list of "
            "789 dealerships that it was closing. Chrysler will keep 2,400 of them. Unlike "
            "Chrylser, GM will not publicly announce the dealerships that it intends to shut "
            "down.",
            "Chrylser",
            "Chrysler",
        ),
        # MEANTIME gm: a plural's s dropped from a company's name.
        (
            "General Motors and Chrysler have asked for more aid. General Motors said it needs "
            "$4.6 billion. As part of the companies restructuring, General Motor's chief "
            "executive Rick Wagoner was replaced Sunday with Fritz Henderson.",
            "General Motor",
            "General Motors",
        ),
    ],
)
def test_a_misspelt_name_joins_the_right_one(parse_text, text, typo, name):
    index = extract_actors([parse_text(text)])
    assert index.resolve(typo) == name and index.actor(typo) is None


def test_a_short_given_name_is_the_same_person(parse_text):
    # MEANTIME apple, two articles: "Timothy D. Cook" and "Tim Cook".
    articles = [
        parse_text(
            "He left current chief operating officer Timothy D. Cook in charge of day-to-day "
            "operations, the same move made in Jobs' last two absences."
        ),
        parse_text(
            "The former Chief Operating Officer, Tim Cook will be succeeding Jobs as CEO. Tim "
            "Cook was personally recommended by Jobs to take over as CEO."
        ),
    ]
    index = extract_actors(articles)
    assert index.resolve("Timothy D. Cook") == "Tim Cook"
    assert index.actor("Timothy D. Cook") is None


@pytest.mark.parametrize(
    ("text", "clipped"),
    [
        # Stock-market news: "the Fed" is the Federal Reserve, named in the same article.
        (
            "Federal Reserve Chairman Ben Bernanke said on Tuesday that the Fed would strongly "
            "resist any erosion of long-term inflation expectations.",
            True,
        ),
        # Two organisations the clipping could start leave it unread.
        (
            "Federal Reserve Chairman Ben Bernanke said on Tuesday that the Fed would act. The "
            "Federal Deposit Insurance Corporation said it backed the deal.",
            False,
        ),
    ],
)
def test_a_clipped_name_with_the_article_is_the_one_name_it_starts(parse_text, text, clipped):
    index = extract_actors([parse_text(text)])
    assert (index.resolve("Fed") == "Federal Reserve") is clipped


def test_a_surname_joins_its_full_name_across_the_arabic_article(parse_text):
    # Sudan's war, 2023-2025: "al-Burhan" is written "Burhan" once introduced.
    text = (
        "The Sudanese Armed Forces, led by General Abdel Fattah al-Burhan, have fought since "
        "April. Burhan told Al Jazeera that the army would respond to any attack."
    )
    assert extract_actors([parse_text(text)]).resolve("Burhan") == "Abdel Fattah al-Burhan"


@pytest.mark.parametrize(
    "text",
    [
        # Sudan's war: the text gives the other name; the model tags it a place.
        "The RSF, commanded by Mohamed Hamdan Dagalo, known as Hemedti, have fought since "
        "April 2023. Hemedti said the RSF would abide by the truce.",
        "Mohamed Hamdan Dagalo, better known as Hemedti, said the RSF would abide by the truce.",
    ],
)
def test_a_name_the_text_gives_as_another_is_an_alias(parse_text, text):
    index = extract_actors([parse_text(text)])
    actor = index.actor("Mohamed Hamdan Dagalo")
    assert actor is not None and "Hemedti" in actor.aliases


def test_link_rules_keep_the_priority_the_links_had():
    # The later of the dict merges used to win: the reverse of the order they were written.
    assert [r.name for r in LINK_RULES] == [
        "clipped_links",
        "typo_links",
        "variant_links",
        "modifier_links",
        "given_name_links",
        "middle_name_links",
        "surname_links",
        "plural_name_links",
        "business_links",
        "legal_form_links",
        "initialism_links",
        "alias_links",
        "acronym_links",
    ]


def test_a_name_takes_the_link_of_the_first_rule_that_gives_one():
    # MEANTIME gm spells Ford three ways. "Ford Motor Company" shares a base with the
    # commoner "Ford Motor Co" (legal form) and is Ford plus business words: the business
    # link comes first, as it overrode the legal-form link before the rules were listed.
    names = ["Ford Motor Company", "Ford Motor Co", "Ford Motor Co", "Ford"]
    mentions = [
        Mention(name, "organization", Evidence(source="s1", start=10 * n, end=10 * n + 4))
        for n, name in enumerate(names)
    ]
    forms = {name.casefold(): Counter({name: names.count(name)}) for name in names}
    chosen = {link.key: link for link in choose_links(NameUse(mentions, forms))}
    company = chosen["ford motor company"]
    assert (company.target, company.rule) == ("ford", "business_links")
    assert [e.start for e in company.evidence] == [0, 30]
    assert (chosen["ford motor co"].target, chosen["ford motor co"].rule) == (
        "ford",
        "business_links",
    )


def test_an_actor_says_which_rules_joined_its_mentions(seed_brief):
    why = {actor.name: actor.why for actor in seed_brief.actors}
    assert why["Attaullah Tarar"][:2] == ["type_of_full_name", "surname_links"]
    assert why["Tehrik-e-Taliban Pakistan"][:2] == ["armed_group_card", "acronym_links"]
    assert why["Taliban"][:2] == ["armed_group_card", "modifier_links"]


def test_the_index_keeps_each_join_with_its_rule_and_mentions(parse_text):
    text = (
        "Pakistan's Information Minister Attaullah Tarar confirmed on Wednesday that the "
        "discussions had yielded no progress. Tarar emphasized that Pakistan had shown restraint."
    )
    with tracing() as trace:
        index = extract_actors([parse_text(text)])
    [link] = index.links_of("Attaullah Tarar")
    assert (link.key, link.target, link.rule) == ("tarar", "attaullah tarar", "surname_links")
    # Evidence is the noun phrase that names each side.
    assert [text[e.start : e.end] for e in link.evidence] == [
        "Tarar",
        "Pakistan's Information Minister Attaullah Tarar",
    ]
    assert index.merges.find("tarar") == "attaullah tarar"
    [joined] = trace.by("surname_links")
    assert (joined.subject, joined.outcome) == ("tarar", "joins attaullah tarar")


@pytest.mark.parametrize(
    ("texts", "longer", "shorter"),
    [
        # ECB+ train (1ecbplus): the lawyer with and without his middle name, two articles.
        (
            (
                "Lohan lawyer Mark Heller told L. A. Superior Court Judge James R. Dabney that "
                "Lohan had checked into a rehab.",
                "Attorney Mark Jay Heller told LA Superior Court Judge James R. Dabney that "
                "Lohan, 26, had checked into Morningside Recovery in Newport Beach, CA.",
            ),
            "Mark Jay Heller",
            "Mark Heller",
        ),
        # PolNeAR train (breitbart 2015-11-16, 2015-11-19): with and without a maiden name.
        (
            (
                "The former Maryland governor has been mired in single digits in polls behind "
                "Hillary Rodham Clinton and Bernie Sanders.",
                "Hillary Clinton is calling for the United States to step up military efforts "
                "in the fight against the Islamic State.",
            ),
            "Hillary Rodham Clinton",
            "Hillary Clinton",
        ),
    ],
)
def test_a_full_name_with_a_middle_name_joins_the_shorter(parse_text, texts, longer, shorter):
    with tracing() as trace:
        index = extract_actors(separate_articles(parse_text, *texts))
    assert index.resolve(longer) == index.resolve(shorter) is not None
    assert [(d.subject, d.outcome) for d in trace.by("middle_name_links")] == [
        (longer.lower(), f"joins {shorter.lower()}")
    ]


def test_a_title_before_a_name_is_no_middle_name(parse_text):
    # ECB+ train (25ecbplus): "TE David Thomas" is left to the repairs, not joined here;
    # Pierre Thomas is another player.
    texts = (
        "The Saints placed running back Pierre Thomas on IR Wednesday.",
        "Tight end Jeremy Shockey (groin) and tight end David Thomas (knee) were limited in "
        "Wednesday's practice, which is encouraging because of Graham's ankle injury.",
    )
    with tracing() as trace:
        extract_actors(separate_articles(parse_text, *texts))
    assert not trace.by("middle_name_links")


@pytest.mark.parametrize(
    ("texts", "surname", "people"),
    [
        # ECB+ train (25ecbplus): two Saints players named Thomas, three articles.
        (
            (
                "The Saints placed running back Pierre Thomas on IR Wednesday, the second time "
                "in as many days the team has placed one of its primary running backs on the "
                "list.",
                "Tight ends Jeremy Shockey (groin) and David Thomas (knee) both were limited "
                "while receiver Marques Colston (knee) and defensive end Alex Brown (shoulder) "
                "both were full.",
                "Thomas is the fifth Saints running back to go on IR this season, the second in "
                "two days, the third in less than a month.",
            ),
            "Thomas",
            ["david thomas", "pierre thomas"],
        ),
        # PolNeAR train (breitbart 2015-12-16 and another article): two men named Carter.
        (
            (
                "WASHINGTON (AP) — A news report published Wednesday said Defense Secretary "
                "Ash Carter used a personal email account to do some of his government business "
                "during his first months at the Pentagon.",
                "Jimmy Carter lent his ear to deregulation advocates and appointed a Federal "
                "Reserve chairman bent on breaking union power.",
                "The New York Times reported it obtained 72 work-related emails that Carter sent "
                "or received from his personal email account.",
            ),
            "Carter",
            ["ash carter", "jimmy carter"],
        ),
    ],
)
def test_a_surname_of_two_people_stays_apart_and_says_so(parse_text, texts, surname, people):
    with tracing() as trace:
        index = extract_actors(separate_articles(parse_text, *texts))
    apart = trace.by("surname_of_two_people")
    assert [(d.subject, d.outcome) for d in apart] == [
        (surname, f"stays apart: {', '.join(people)}")
    ]
    assert index.resolve(surname) not in {index.resolve(p.title()) for p in people}


@pytest.mark.parametrize(
    ("texts", "plural", "full"),
    [
        # ECB+ train (29ecbplus): the team by its plural name and in full.
        (
            (
                "The Indianapolis Colts clinched a playoff spot and the five seed in the AFC "
                "playoffs with a 20-13 win over the Kansas City Chiefs.",
                "The Colts, trailing 14-0 at the start of the second quarter, scored 17 "
                "unanswered points in the fourth quarter to clinch their eighth straight win.",
            ),
            "Colts",
            "Indianapolis Colts",
        ),
        # PolNeAR train (two articles): a basketball team in full, then by its plural name.
        (
            (
                "A gregarious and active figure on campus, he rooted for the Philadelphia "
                "Eagles and the Cleveland Cavaliers, campaigned door-to-door for Barack Obama "
                "in 2008.",
                "James and the Cavaliers are in the NBA Finals, and Clevelanders are counting "
                "down to the city's big moment in prime time, which begins July 18.",
            ),
            "Cavaliers",
            "Cleveland Cavaliers",
        ),
    ],
)
def test_a_team_by_its_plural_name_joins_its_full_name(parse_text, texts, plural, full):
    index = extract_actors(separate_articles(parse_text, *texts))
    assert index.resolve(plural) == index.resolve(full) is not None


def test_a_name_cut_from_a_headline_lends_no_surname(parse_text):
    """AllSides develop (5730, New York Times; 5721, CNBC; a third report): the model tags
    "Advise White House" in a headline a person, cut to "White House" where the brief uses
    "advise" as a verb; "House" of "House Speaker Nancy Pelosi" is the chamber, no surname."""
    articles = separate_articles(
        parse_text,
        "Health Officials Advise White House to Scale Back Booster Plan for Now\n\n"
        "Top federal health officials have told the White House to scale back a plan to offer "
        "coronavirus booster shots to the general public later this month. Dr. Janet Woodcock "
        "warned the White House on Thursday.",
        "Treasury Secretary Janet Yellen on Wednesday warned House Speaker Nancy Pelosi that "
        "the mere specter of a U.S. default can have drastic consequences. The House must act.",
        "The decision was made by a committee of outside experts who advise the Food and Drug "
        "Administration.",
    )
    with tracing() as trace:
        actors = extract_actors(articles)
    white_house = actors.actor("White House")
    assert white_house is not None and "House" not in white_house.aliases
    assert "house" not in {d.subject.lower() for d in trace.by("surname_links")}


def test_a_name_with_an_initial_is_the_same_owner_of_a_surname(parse_text):
    """PolNeAR train (NYT and USA Today, 2015-2016): "Donald J. Trump" and "Donald Trump" are
    one person, so "Trump" is his surname, not one the brief gives to two people."""
    articles = separate_articles(
        parse_text,
        "Donald J. Trump's newly installed campaign chief has sought to assure members of the "
        "Republican National Committee that Mr. Trump recognized the need to reshape his persona.",
        "And Donald Trump just keeps getting stronger. Each week, we ask 30 smart political types "
        "who they think is the strongest candidate in the GOP field: Trump up, Carson down.",
    )
    with tracing() as trace:
        actors = extract_actors(articles)
    assert not trace.by("surname_of_two_people")
    trump = actors.actor("Donald Trump")
    assert trump is not None and {"Trump", "Donald J. Trump"} <= set(trump.aliases)
