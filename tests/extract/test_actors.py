"""Actors: one card per actor, its kind and salience, and the seed's cards as a whole."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.actors import extract_actors, rank_actors
from briefgen.extract.rules import tracing

SEED_ACTORS = {
    "Pakistan",
    "Afghanistan",
    "Attaullah Tarar",
    "Taliban",
    "Tehrik-e-Taliban Pakistan",
    "Qatar",
    "Turkey",
}


def test_seed_top_seven_are_the_story_actors(seed_brief):
    assert {actor.name for actor in seed_brief.actors[:7]} == SEED_ACTORS


def test_seed_capitals_acting_are_aliases_of_their_country(seed_brief):
    names = {actor.name for actor in seed_brief.actors}
    assert not names & {
        "Islamabad",
        "Kabul",
        "Istanbul",
        "Doha",
        "X",
        "Efforts",
        "The Defense News",
    }
    by_name = {actor.name: actor for actor in seed_brief.actors}
    assert "Islamabad" in by_name["Pakistan"].aliases
    assert "Kabul" in by_name["Afghanistan"].aliases
    assert "TTP" in by_name["Tehrik-e-Taliban Pakistan"].aliases
    tarar = by_name["Attaullah Tarar"]
    assert (tarar.type, tarar.role, tarar.affiliation) == (
        "person",
        "Information Minister",
        "Pakistan",
    )


def test_every_actor_evidence_points_at_a_mention(seed_brief):
    """Evidence is the noun phrase that names the actor: it ends with one of its names."""
    for actor in seed_brief.actors:
        forms = {actor.name, *actor.aliases, "Afghan", "Pakistani"}
        for evidence in actor.evidence:
            excerpt = seed_brief.excerpt(evidence)
            assert any(excerpt.endswith(form) for form in forms), (actor.name, excerpt)


def test_one_group_nearby_does_not_make_an_armed_group(parse_text):
    # MEANTIME airbus: the Air Force sits in a list beside "war fighters"; with one such
    # mention against others it stays an organisation.
    text = (
        "EADS has committed its full resources to support this vital program for our prime "
        "contractor, Northrop Grumman, the Air Force, and the war fighters. The Air Force "
        "selected the tanker in February. The Air Force said the award was fair."
    )
    actor = extract_actors([parse_text(text)]).actor("Air Force")
    assert actor is not None and actor.type == "organization"


def test_ranking_adds_quotes_to_salience(parse_text):
    article = parse_text(
        "Boeing and Airbus competed. Boeing said it would appeal. Airbus declined to comment."
    )
    actors = extract_actors([article]).actors
    ranked = rank_actors(actors, ["Airbus", "Airbus"])
    assert ranked[0].name == "Airbus"


@pytest.mark.parametrize(
    ("sentence", "person", "country"),
    [
        (
            "Indonesian President Susilo Bambang Yudhoyono has already postponed a diplomatic "
            "visit to Europe, citing the ban as his reason.",
            "Susilo Bambang Yudhoyono",
            "Indonesia",
        ),
        # "Saudi" (lexicon demonyms), where countryinfo has only "Saudi Arabian".
        (
            '"We welcome the commitment of both parties," Saudi Foreign Minister Prince Faisal '
            "bin Farhan said.",
            "Faisal bin Farhan",
            "Saudi Arabia",
        ),
    ],
)
def test_affiliation_demonym_becomes_its_country(parse_text, sentence, person, country):
    actor = extract_actors([parse_text(sentence)]).actor(person)
    assert actor is not None and actor.affiliation == country


@pytest.mark.parametrize(
    ("sentence", "name", "is_actor"),
    [
        # The model calls a city a person; one word, no full name, no role: not an actor.
        (
            "After the plane was delivered in Singapore, it was flown to Toulouse, France for "
            "the ceremony of about 500 guests.",
            "Toulouse",
            False,
        ),
        # A surname alone is kept when the brief gives the full name.
        (
            '"This is an exceptional accident and an exceptional situation," Airbus spokesman '
            "Stefan Schaffrath said. Schaffrath explained that the company would help.",
            "Stefan Schaffrath",
            True,
        ),
    ],
)
def test_one_word_people_need_a_full_name_or_role(parse_text, sentence, name, is_actor):
    names = {actor.name for actor in extract_actors([parse_text(sentence)]).actors}
    assert (name in names) is is_actor


@pytest.mark.parametrize(
    ("text", "product", "kept"),
    [
        # MEANTIME apple: a lower-case prefix on a name ("iPod", "iTunes") marks a product;
        # the company that introduces it is the subject and stays.
        (
            "On Wednesday, Apple introduced an iPod capable of displaying video, as well as a "
            "new video section to the iTunes music store.",
            "iPod",
            "Apple",
        ),
        # The object of a verb that makes or ships things ("released", "introduces"), never
        # a subject, is a product: "Media Center", "Apple TV".
        (
            "Today Apple also released their Media Center device - Apple TV.",
            "Media Center",
            "Apple",
        ),
        ("Apple introduces iPhone and Apple TV.", "Apple TV", None),
        # MEANTIME apple: a name modifying a kind of made thing is a product or brand there;
        # one never a subject anywhere is not an actor. Steve Jobs, who announces, stays.
        (
            "In a surprising move, Steve Jobs announced that Macintosh computers would begin "
            "to be shipped with Intel processors.",
            "Macintosh",
            "Steve Jobs",
        ),
        # MEANTIME apple: a name described by a kind of made thing ("web browser Safari") or
        # given one as apposition ("Tiger, the newest version of ...") is a product.
        (
            "Apple reports that Tiger, the code name for this release, includes new versions of "
            "application software such as e-mail client Mail, web browser Safari, and iChat AV.",
            "Safari",
            "Apple",
        ),
        (
            "Macintosh users are buzzing about Tiger, the newest version of Apple Computer's "
            "Mac OS X. Tiger includes over 200 new features.",
            "Tiger",
            None,
        ),
        # MEANTIME gm: a maker's name and a model name is the maker's product.
        (
            "Chrysler said it would cut the Chrysler Aspen from production. The Chrysler Aspen "
            "was a large sport utility vehicle.",
            "Chrysler Aspen",
            "Chrysler",
        ),
        # Stock-market news: a name whose fall is counted in points is an index, though its
        # subject; the company whose shares fall stays (Wikinews, 29 September 2008).
        (
            "The Dow Jones Industrial Average fell 777.68 points on Monday. The Nasdaq dropped "
            "199.61 points. Shares of Wachovia fell 81 percent.",
            "Nasdaq",
            "Wachovia",
        ),
        # ... a cue, not a verdict: a party that gains points in a poll and speaks stays.
        (
            "Labour gained four points in the latest poll. Labour said the result showed voters "
            "trusted its plans.",
            None,
            "Labour",
        ),
        # MEANTIME apple: a model named after a product ("iPod") is a product too.
        (
            "Apple has announced its new range of iPod products. The iPod Shuffle is identical "
            "in design to the previous model, but is now available in a new range of five "
            "colours.",
            "iPod Shuffle",
            "Apple",
        ),
        # MEANTIME airbus: the company that orders airliners is their subject and stays.
        (
            "Air Canada has ordered US$6 billion in new airliners, while Air India has signed a "
            "deal for a further US$7 billion.",
            None,
            "Air Canada",
        ),
    ],
)
def test_products_are_not_actors(parse_text, text, product, kept):
    names = {actor.name for actor in extract_actors([parse_text(text)]).actors}
    assert product not in names
    assert kept is None or kept in names


# MEANTIME airbus. The model cuts "Lockheed Martin" into a maker and a product, as it does
# "Lockheed Tristar"; the brief uses "Lockheed Martin" as a name, so that run stays the
# company's mention, while "Lockheed Tristar" names an aircraft.
_LOCKHEED = (
    "That contract was fought for between Boeing and Lockheed Martin, Lockheed ultimately "
    "winning the contest. Lockheed Martin's Atlas V and Boeing's Delta IV are two types of "
    "expendable rocket."
)


@pytest.mark.parametrize(
    "text",
    [_LOCKHEED, _LOCKHEED + " They replace existing Lockheed Tristar and Vickers VC-10 aircraft."],
)
def test_a_makers_name_run_into_a_model_is_no_mention(parse_text, text):
    actor = extract_actors([parse_text(text)]).actor("Lockheed Martin")
    assert actor is not None
    assert [text[e.start : e.end] for e in actor.evidence] == [
        "Lockheed",
        "Lockheed",
        "Lockheed Martin",
    ]


def test_companies_bought_and_sold_stay_actors(parse_text):
    # MEANTIME gm: being sold does not make a company a product ("sell Saab").
    text = (
        "An aide for Kirk Kerkorian, GMs largest individual investor (at 9.9%), has called on "
        "the company to halve its $1.1 billion annual dividend, cut executive pay and sell Saab."
    )
    assert "Saab" in {actor.name for actor in extract_actors([parse_text(text)]).actors}


def test_a_cued_name_that_speaks_stays(parse_text):
    # Built on the MEANTIME apple sentence "... launched the iTunes Music Store in 2003": a
    # cued name that says or reports anything is an actor.
    text = (
        "Apple launched the iTunes Music Store in 2003. The iTunes Music Store said it sold "
        "songs. The iTunes Music Store reported sales."
    )
    assert "iTunes Music Store" in {a.name for a in extract_actors([parse_text(text)]).actors}


@pytest.mark.parametrize(
    ("earlier", "later", "name", "role", "over"),
    [
        # MEANTIME apple (2010-06-08, 2011-08-25): CEO, then "executive" once he stepped down.
        (
            (
                "Yesterday, at this year's Apple Worldwide Developers Conference (WWDC), company "
                "CEO Steve Jobs unveiled iPhone 4, along with the new iOS 4 operating system for "
                "Apple mobile devices.",
                dt.date(2010, 6, 8),
            ),
            ("Apple executive Steve Jobs resigns", dt.date(2011, 8, 25)),
            "Steve Jobs",
            "executive",
            "company CEO",
        ),
        # PolNeAR train (huff-post 2015-12-20, wash-post 2016-04-21): the same title twice.
        (
            (
                "Sanders campaign manager Jeff Weaver said on Saturday that the campaign had "
                "suspended two staffers in connection with the data breach.",
                dt.date(2015, 12, 20),
            ),
            (
                "After the results from New York were in Tuesday night, Sanders's campaign "
                "manager, Jeff Weaver, appeared on MSNBC in front of a map of remaining states.",
                dt.date(2016, 4, 21),
            ),
            "Jeff Weaver",
            "campaign manager",
            None,
        ),
        # PolNeAR train (Politico 2015-11-24, HuffPost 2016-04-27): a role held before, in
        # the later article, is not what he is now.
        (
            (
                "The decision threatens to create a political bind for Democratic front-runner "
                "Hillary Clinton, who may have to decide once again how far to distance herself "
                "from President Barack Obama on an issue of huge importance.",
                dt.date(2015, 11, 24),
            ),
            (
                "Looking back to 2008, Devine argued that the philosophical distance between "
                "Clinton and then-Sen. Barack Obama was narrower than what exists between "
                "Clinton and Sanders now.",
                dt.date(2016, 4, 27),
            ),
            "Barack Obama",
            "President",
            None,
        ),
    ],
)
def test_the_latest_article_gives_the_role(parse_text, earlier, later, name, role, over):
    first = parse_text(earlier[0], published=earlier[1])
    second = parse_text(later[0], published=later[1])
    second = type(second)(
        second.source.model_copy(update={"id": "s2"}), second.doc, second.anchor, False
    )
    with tracing() as trace:
        actor = extract_actors([first, second]).actor(name)
    assert actor is not None and actor.role == role
    outcome = role if over is None else f"{role} (over {over}, said earlier)"
    assert outcome in [d.outcome for d in trace.by("latest_role") if d.subject == name]
    assert ("latest_role" in actor.why) == (over is not None)
