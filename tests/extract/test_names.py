"""Name variants: mentions of one actor written differently join one card."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.names import spelling_variants


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


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # Romanisations of one Pashto/Arabic name, as spelled by different outlets.
        ("zabihullah mujahid", "zabiullah mujahid", True),
        ("amir khan muttaqi", "amir khan mottaki", True),
        ("douglas aircraft comany", "douglas aircraft company", True),
        # Different people and places that merely look alike.
        ("daniel akerson", "daniel ammann", False),
        ("austrian airlines", "australian airlines", False),
        ("ford motor company", "fiat motor company", False),
    ],
)
def test_spelling_variant_rule(a, b, same):
    assert spelling_variants(a, b) is same


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
    ],
)
def test_initials_merge_into_the_name_they_spell(parse_text, texts, short, full):
    index = extract_actors([parse_text(text) for text in texts])
    assert index.resolve(short) == full and index.actor(short) is None


def test_a_short_form_with_the_article_is_the_longer_name_in_its_article(parse_text):
    # MEANTIME airbus: "the Air Force" after "the U.S. Air Force" in one article.
    text = (
        "The Government Accountability Office on June 18 called for a re-run of the bidding for "
        "the U.S. Air Force $40 billion tanker contract, citing major flaws in the process. "
        "When the Air Force selected Los Angeles based Northrop Grumman on February 29 to build "
        "the aircraft, Boeing challenged the award."
    )
    index = extract_actors([parse_text(text)])
    assert index.actor("Air Force") is None
    assert index.actor("U.S. Air Force") is not None


def test_one_word_is_too_little_to_tell_a_short_form(parse_text):
    # MEANTIME gm: "the House" is not the "White House" shortened.
    text = (
        "The White House says that the collapse of the automakers would be a terrible "
        "setback. Although the House approved the measures, the Senate voted the proposition "
        "down with a vote of 52-35."
    )
    index = extract_actors([parse_text(text)])
    assert index.actor("House") is not None and index.actor("White House") is not None


def test_one_word_is_enough_where_the_rest_only_places_the_institution(parse_text):
    # EU competition news, March 2024: "the Commission" is the European Commission.
    text = (
        "The European Commission fined Apple 1.84 billion euros on Monday. The fine is the "
        "first the Commission has imposed on Apple."
    )
    index = extract_actors([parse_text(text)])
    commission = index.actor("European Commission")
    assert commission is not None and commission.mentions == 2
    assert index.actor("Commission") is None


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
