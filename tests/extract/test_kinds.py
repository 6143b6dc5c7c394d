"""Mention types: each mention names the rules that found, repaired and typed it, and a name
typed as no actor is recorded as dropped."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.entities import find_mentions
from briefgen.extract.rules import tracing


@pytest.mark.parametrize(
    ("sentence", "name", "why"),
    [
        (
            "Islamabad says the violence stems from militant groups.",
            "Islamabad",
            ("capital_as_agent",),
        ),
        (
            "Pakistani officials have long maintained that the Afghan Taliban has failed.",
            "Afghan Taliban",
            ("leading_article_dropped", "armed_group"),
        ),
        (
            "Apple CEO Steve Jobs announced the iPhone 3G in 2008.",
            "Steve Jobs",
            ("tagged_person", "title_before_name"),
        ),
        (
            "Russian Foreign Minister Sergei Lavrov said Moscow remained open to dialogue but "
            "accused Kyiv of sabotaging the process.",
            "Kyiv",
            ("place_called_person", "capital_as_agent"),
        ),
        (
            "Mohamed Hamdan Dagalo, better known as Hemedti, said the RSF would abide by the "
            "truce.",
            "Hemedti",
            ("also_known_as",),
        ),
    ],
)
def test_a_mention_names_the_rules_that_made_and_typed_it(parse_text, sentence, name, why):
    mentions = {m.name: m for m in find_mentions(parse_text(sentence))}
    assert mentions[name].why == why


def test_a_name_typed_as_no_actor_is_recorded_dropped(parse_text):
    article = parse_text(
        "Barra, 51, will be the first woman to lead a firm in the American auto industry."
    )
    with tracing() as trace:
        find_mentions(article)
    assert [(d.subject, d.outcome) for d in trace.by("demonym_for_country")] == [
        ("American", "dropped")
    ]


@pytest.mark.parametrize(
    ("sentence", "opposed", "not_opposed"),
    [
        # ECB+ train (25ecb): NFL teams named by their cities, in coordination.
        (
            "The 23-year-old Bush will miss the team's final two regular season games against "
            "Detroit and Carolina with a sprained left knee.",
            {"Detroit", "Carolina"},
            set(),
        ),
        # PolNeAR train (breitbart 2016-01-01): a university team, the object of "play".
        (
            "Iowa, the first state to caucus on Feb. 1, is set to play Stanford, Calif., in the "
            "102nd Rose Bowl later Friday.",
            {"Stanford"},
            set(),
        ),
        # PolNeAR train (breitbart 2016-03-01): states won are prizes, not sides.
        (
            "Trump has won Georgia, Virginia, Alabama, Massachusetts, Tennessee and Arkansas on "
            "Super Tuesday.",
            set(),
            {"Virginia", "Alabama", "Arkansas"},
        ),
    ],
)
def test_a_place_named_as_the_side_opposed_is_an_actor(parse_text, sentence, opposed, not_opposed):
    with tracing() as trace:
        find_mentions(parse_text(sentence))
    assert {d.subject for d in trace.by("opponent_place")} == opposed
    not_actors = {d.subject for d in trace.decisions if d.outcome in ("dropped", "place")}
    assert not_opposed <= not_actors


@pytest.mark.parametrize(
    ("text", "surname", "full_name"),
    [
        # ECB+ train (7ecb): the model tags the boxer's surname as a nationality.
        (
            "Wladimir Klitschko defended his IBF heavyweight crown by stopping Hasim Rahman in "
            "the seventh round at SAP Arena on Saturday. Klitschko had knocked down Rahman in "
            "the previous round with successive left hooks.",
            "Klitschko",
            "Wladimir Klitschko",
        ),
        # T17 bpoil BBC: BP's chief executive, his surname tagged a place.
        (
            "In a conference call to investors, BP chief executive Tony Hayward said it could "
            "take 48 hours before the system was optimised. On Wednesday, Hayward and the BP "
            "chairman, Carl-Henric Svanberg, will meet the president at the White House.",
            "Hayward",
            "Tony Hayward",
        ),
    ],
)
def test_a_surname_tagged_as_a_people_or_place_is_the_person(parse_text, text, surname, full_name):
    mentions = [m for m in find_mentions(parse_text(text)) if m.name == surname]
    assert mentions and all(m.kind == "person" and "named_as_person" in m.why for m in mentions)
    actor = extract_actors([parse_text(text)]).actor(full_name)
    assert actor is not None and surname in actor.aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # T17 BP oil spill, Fox News (2010)
        (
            "Louis Skrmetta, 54, runs a company called Ship Island Excursions that takes "
            "tourists to the Gulf Islands National Seashore.",
            "Louis Skrmetta",
        ),
        # PolNeAR train: two voters the model tags organisations
        (
            'One voter, Guadalupe Potocacetpl, 35, showed up in the "brown beret" gear of a '
            "Chicano nationalist group.",
            "Guadalupe Potocacetpl",
        ),
        (
            "The same could not be said for Rakeem Jones, 26, a protester who was punched in the "
            "face by a Trump supporter on Wednesday.",
            "Rakeem Jones",
        ),
    ],
)
def test_a_name_with_an_age_is_a_person(parse_text, text, name):
    with tracing() as trace:
        mentions = [m for m in find_mentions(parse_text(text)) if m.name == name]
    assert mentions and all(m.kind == "person" for m in mentions)
    assert trace.by("age_in_apposition")


def test_a_demonym_is_not_named_as_a_person(parse_text):
    # ECB+ train (7ecb): "American" describes the boxer; it is no one's surname.
    article = parse_text(
        "Wladimir Klitschko defended his WBO and IBF heavyweight titles in Germany today with "
        "a lopsided victory over the American Hasim Rahman."
    )
    with tracing() as trace:
        mentions = find_mentions(article)
    assert not trace.by("named_as_person")
    assert "American" not in {m.name for m in mentions if m.kind == "person"}


@pytest.mark.parametrize(
    ("sentence", "capital"),
    [
        # AllSides develop (allsides_5782, USA Today; allsides_5742, center) and TimeBank
        # develop (AP900815-0044): a place taken, left or visited is no actor.
        (
            "After two decades and billions spent, Afghan government collapses as Taliban "
            "takes Kabul.",
            "Kabul",
        ),
        (
            "The last US military flight has left Kabul airport, marking the end of a 20-year "
            "presence in Afghanistan and America's longest war.",
            "Kabul",
        ),
        (
            "Sytenko, a former deputy secretary-general of the United Nations, is also expected "
            "to visit Baghdad, Gremitskikh said at a regular news briefing today.",
            "Baghdad",
        ),
    ],
)
def test_a_capital_acted_on_is_a_place(parse_text, sentence, capital):
    with tracing() as trace:
        find_mentions(parse_text(sentence))
    assert ("capital_as_agent", "dropped") in {
        (d.rule, d.outcome) for d in trace.decisions if d.subject == capital
    }


@pytest.mark.parametrize(
    ("sentence", "acting", "not_actors"),
    [
        # ECB+ train (9ecbplus): a party named by its members acts.
        (
            "But Democrats and environmentalists have argued that the rules weakened the "
            "Endangered Species Act.",
            {"Democrats"},
            set(),
        ),
        # ECB+ train (8ecbplus): a party owned by its leader acts.
        (
            "Prime Minister George Papandreou's Socialists hold a comfortable majority of 160 "
            "in the 300-seat parliament.",
            {"Socialists"},
            set(),
        ),
        # MEANTIME gm: a party's members counted by a number are no product.
        (
            "Three Democrats voted with thirty-one Republicans against it.",
            {"Democrats"},
            set(),
        ),
        # MEANTIME gm: a party's members want something.
        (
            "Some Democrats now want U.S. President Bush to reserve a portion of the money for "
            "the automakers.",
            {"Democrats"},
            set(),
        ),
        # ECB+ train (20ecbplus): a people, a passive's subject.
        (
            "Iranians are still haunted by harrowing images of the 2003 earthquake in Bam.",
            {"Iranians"},
            set(),
        ),
        # ECB+ train (28ecb): a people only named does not act.
        (
            "He was convicted of conspiring to violate the constitutional rights of Americans.",
            set(),
            {"Americans"},
        ),
        # MEANTIME airbus: a demonym that describes stays no actor.
        (
            "Indonesia's transport minister recommended that local airlines should not purchase "
            "aircraft from European manufacturers, such as Airbus.",
            set(),
            {"European"},
        ),
    ],
)
def test_a_people_named_by_a_plural_noun_that_acts_is_an_actor(
    parse_text, sentence, acting, not_actors
):
    with tracing() as trace:
        mentions = find_mentions(parse_text(sentence))
    assert {d.subject for d in trace.by("people_that_act")} == acting
    assert {m.name for m in mentions if m.kind == "organization"} >= acting
    assert not_actors.isdisjoint(m.name for m in mentions if m.kind == "organization")


@pytest.mark.parametrize(
    ("text", "short", "company"),
    [
        (  # MEANTIME gm
            "The DaimlerChrysler Corporation has announced that the corporation is divesting "
            "itself of the Chrysler Group by selling it to New York City-based private equity "
            "firm Cerberus Capital Management for US$7.4 billion. DaimlerChrysler has sold "
            "80.1% of its stake in Chrysler. Cerberus has agreed to take on billions of dollars "
            "in pension and retiree health care costs at Chrysler. Cerberus also led a "
            "consortium that acquired the majority stake in GMAC, the financing arm of GM.",
            "Cerberus",
            "Cerberus Capital Management",
        ),
        (  # T17 bpoil_reuters
            "Shares of waste management services firm Clean Harbors (CLH. N) soared more than "
            "25 percent to a 20-month high in the wake of the April 21 explosion at the "
            "Deepwater Horizon drilling rig, while shares in water treatment services company "
            "Nalco Holding NLC. Naperville, Illinois-based Nalco said it is working with BP Plc "
            "(BP. L) to apply one of its proprietary chemicals that breaks down oil into small "
            "parts. Earlier this week, Nalco CEO Erik Fyrwald said sales related to the spill, "
            "till date, had not had a material financial impact.",
            "Nalco",
            "Nalco Holding NLC",
        ),
    ],
)
def test_a_company_called_by_the_first_word_of_its_name_is_no_person(
    parse_text, text, short, company
):
    article = parse_text(text)
    with tracing() as trace:
        index = extract_actors([article])
    typed = [(d.subject, d.outcome) for d in trace.by("short_name_of_company")]
    assert (short, "organization") in typed
    assert index.resolve(short) == index.resolve(company)
    card = index.actor(index.resolve(short) or "")
    assert card is not None and card.type == "organization"
