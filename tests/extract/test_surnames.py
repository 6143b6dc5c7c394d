"""One card per person across articles: a shared surname read in its article, a title's place
cut from the name after it, a person by courtesy or title, a place named as a team."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import ActorIndex, extract_actors
from briefgen.extract.rules import tracing
from tests.conftest import separate_articles


def _card_of(index: ActorIndex, texts: tuple[str, ...], source: str, words: str) -> str | None:
    """The card whose evidence holds the first occurrence of `words` in article `source`."""
    start = texts[int(source[1:]) - 1].index(words)
    for actor in index.actors:
        if any(e.source == source and e.start <= start < e.end for e in actor.evidence):
            return actor.name
    return None


@pytest.mark.parametrize(
    ("texts", "short", "full", "other"),
    [
        # T17 MJ (BBC, develop): the family of Michael Jackson; one article names only him.
        (
            (
                "Janet Jackson will not be attending her brother Michael Jackson's tribute "
                "concert in Cardiff.",
                "Michael Jackson: Jury chosen for Dr Conrad Murray trial. Jackson died shortly "
                "before his run of comeback concerts in London.",
            ),
            ("s2", "Jackson died"),
            "Michael Jackson",
            "Janet Jackson",
        ),
        # ECB+ train (25ecbplus): two Saints players named Thomas, in two articles.
        (
            (
                "The injury woes continued Wednesday for the defending Super Bowl champion New "
                "Orleans Saints, who have placed veteran running back Pierre Thomas on "
                "season-ending reserve. Thomas is the fifth Saints running back to go on IR "
                "this season, the second in two days, the third in less than a month.",
                "Tight ends Jeremy Shockey (groin) and David Thomas (knee) both were limited "
                "while receiver Marques Colston (knee) and defensive end Alex Brown (shoulder) "
                "both were full.",
            ),
            ("s1", "Thomas is the fifth"),
            "Pierre Thomas",
            "David Thomas",
        ),
    ],
)
def test_a_shared_surname_is_the_one_its_article_names(parse_text, texts, short, full, other):
    with tracing() as trace:
        index = extract_actors(separate_articles(parse_text, *texts))
    assert _card_of(index, texts, *short) == full
    assert index.actor(other) is not None  # the other person keeps a card of their own
    assert [d.outcome for d in trace.by("short_name_in_article")] == [f"is {full} here"]


def test_a_shared_surname_in_an_article_naming_neither_stays_apart(parse_text):
    # ECB+ train (25ecbplus): the third article names no Thomas in full.
    texts = (
        "The Saints placed running back Pierre Thomas on IR Wednesday.",
        "Tight ends Jeremy Shockey (groin) and David Thomas (knee) both were limited.",
        "Thomas is the fifth Saints running back to go on IR this season, the second in two "
        "days, the third in less than a month.",
    )
    with tracing() as trace:
        index = extract_actors(separate_articles(parse_text, *texts))
    assert not trace.by("short_name_in_article")
    assert _card_of(index, texts, "s3", "Thomas is") not in {"Pierre Thomas", "David Thomas"}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # AllSides 5676 (center, develop): title, "for", the country, then the name.
        (
            "U.S. Special Envoy for Haiti Daniel Foote resigned Thursday, saying that he did not "
            "want to be associated with what he called the United States' decision.",
            "U.S. Special Envoy for Haiti",
        ),
        # AllSides 5676 (left, develop): a headline, with "to".
        (
            "US envoy to Haiti Daniel Foote resigns over migrant expulsions",
            "US envoy to Haiti",
        ),
    ],
)
def test_a_place_ending_a_title_is_cut_from_the_name_after_it(parse_text, text, role):
    index = extract_actors([parse_text(text)])
    foote = index.actor("Daniel Foote")
    assert foote is not None and foote.type == "person" and foote.role == role
    assert index.actor("Haiti Daniel Foote") is None
    assert "office_place_cut" in foote.why and "office_for_place" in foote.why


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # PolNeAR train: no place between the title and the name; the role is the title's.
        (
            "This time he praised the efforts of Secretary of State John Kerry to find a "
            "political solution to the war in Syria.",
            "John Kerry",
            "Secretary of State",
        ),
        # MEANTIME airbus: a company before a title is its owner, not a title's place.
        (
            "The airline had approached Airbus rival Boeing, but Aer Lingus Chief Executive "
            "Dermot Mannion stated that he believed the Airbus aircraft were better on fuel.",
            "Dermot Mannion",
            "Chief Executive",
        ),
    ],
)
def test_a_title_without_a_place_before_the_name_is_read_as_before(parse_text, text, name, role):
    with tracing() as trace:
        index = extract_actors([parse_text(text)])
    actor = index.actor(name)
    assert actor is not None and actor.role == role
    assert not trace.by("office_place_cut")


def test_a_person_by_courtesy_title_against_the_model_label(parse_text):
    # AllSides 5676 (right and center, develop): the model tags "Daniel Foote" an
    # organisation both times; "Mr. Foote" says he is a person and joins him.
    texts = (
        "The diplomat, Daniel Foote, was appointed special envoy to Haiti in July, just weeks "
        "after President Jovenel Moïse was killed in his bedroom during a nighttime raid on his "
        "residence. Mr. Foote, a former ambassador to Zambia and acting assistant secretary for "
        "international narcotics and...",
        "In a letter to Secretary of State Antony Blinken, first reported by PBS, Daniel Foote "
        "said he was resigning immediately.",
    )
    index = extract_actors(separate_articles(parse_text, *texts))
    foote = index.actor("Daniel Foote")
    assert foote is not None and foote.type == "person" and "Foote" in foote.aliases
    assert foote.why[0] == "person_by_evidence"


def test_a_titled_person_the_model_tags_a_person_needs_no_evidence_rule(parse_text):
    # ECB+ train (11ecb): no conflict, so the full name's type decides.
    text = (
        "All of the candidates support the policies of President Gurbanguly Berdymukhamedov in "
        "the ex-Soviet republic."
    )
    index = extract_actors([parse_text(text)])
    actor = index.actor("Gurbanguly Berdymukhamedov")
    assert actor is not None and actor.type == "person" and actor.role == "President"
    assert "person_by_evidence" not in actor.why


@pytest.mark.parametrize(
    ("texts", "named", "team"),
    [
        # ECB+ train (31ecb): the team acts twice as "North Carolina"; its record is its own.
        (
            (
                "Top-ranked North Carolina waited for Tyler Hansbrough to make history, then "
                "cruised to its latest lopsided victory.",
                "North Carolina has established itself as the gold standard of college basketball.",
                "Tyler Hansbrough scored 20 Thursday night to break North Carolina's career "
                "scoring record and help the No. 1 Tar Heels remain unbeaten.",
            ),
            ("s3", "North Carolina's"),
            "North Carolina",
        ),
        # ECB+ train (10ecbplus): the Red Sox act as "Boston", then make "the Boston offer".
        (
            (
                "Boston has not made another offer to Varitek since, though the sides continue "
                "to talk. It appears highly unlikely that Boston will go beyond eight years.",
                "Various news reports late last week pegged the Boston offer to be as high as "
                "$184 million over eight years.",
            ),
            ("s2", "Boston offer"),
            "Boston",
        ),
        # ECB+ train (6_4ecbplus, 6_6ecbplus): a studio the model tags a place, named as a
        # party to talks ("with Lionsgate"), is the studio that wants and negotiates.
        (
            (
                "Despite reports last week that said Gary Ross would definitely not be returning "
                "to direct The Hunger Games sequel, Catching Fire, it seems he will be back at "
                "the negotiating table with Lionsgate this week. The Hollywood Reporter says Ross"
                " is set to meet with Lionsgate officials on Monday to resume negotiations. "
                "According to THR, two major sticking points are salary (Ross apparently wants a "
                "raise) and schedule, with The Hunger Games set to begin filming in August. "
                "That's in part to accomodate Jennifer Lawrence's January start date for filming "
                "the X-Men: First Class sequel, a project that legally and contractually holds "
                "priority for the actress over Catching Fire. Lionsgate is also under pressure to"
                " meet a previously announced November 2013 release date for Catching Fire.",
                "On Friday, Indiewire's blog The Playlist exclusively reported that the director "
                "had stepped away from negotiations with Lionsgate, not because of any monetary "
                "strife, but because Ross wanted to do something different for his next film. "
                "That was countered by Deadline. com's Nikki Finke and Mike Fleming, who wrote on"
                " Saturday that Ross hadn't stepped away, and that Lionsgate wanted him to return"
                " but for a reasonable price.",
            ),
            ("s1", "Lionsgate"),
            "Lionsgate",
        ),
    ],
)
def test_a_place_named_as_a_team_joins_the_team(parse_text, texts, named, team):
    index = extract_actors(separate_articles(parse_text, *texts))
    assert _card_of(index, texts, *named) == team
    card = index.actor(team)
    assert card is not None and card.type == "organization" and "place_as_team" in card.why


def test_a_place_that_acts_once_is_no_team(parse_text):
    # MEANTIME gm: a plant named by its town, and the town made a subject once.
    text = (
        "By the end of this year, the Atlanta and St. Louis plants will be closed. Atlanta makes "
        "the Ford Taurus sedan."
    )
    with tracing() as trace:
        index = extract_actors([parse_text(text)])
    assert all(d.outcome == "dropped" for d in trace.by("place_as_team"))
    assert _card_of(index, (text,), "s1", "Atlanta and") is None


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # ECB+ train (25ecb): the side played at, after a result.
        (
            "The Saints placed Bush on the injured reserve list Wednesday after he suffered a "
            "knee sprain in the team's Week 15 loss at Chicago.",
            "Chicago",
            True,
        ),
        # PolNeAR train: a state where a win is had, not a side.
        (
            "Patrick predicted a Cruz win in Texas, which votes on March 1.",
            "Texas",
            False,
        ),
    ],
)
def test_a_town_after_a_result_is_the_side_played(parse_text, text, name, side):
    index = extract_actors([parse_text(text)])
    assert (index.actor(name) is not None) is side
