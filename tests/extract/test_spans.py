"""Entity spans: repaired where the model cuts or glues them, names cleaned, evidence extents."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.entities import find_mentions
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.spans import clean_name


# Sentences below are from the MEANTIME Wikinews clusters (tests/data/meantime, CC BY 4.0)
# unless marked as the seed.
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # A leading "the" is not part of the name.
        ("The Air Force has 60 days to respond to the GAO.", "Air Force"),
        # Nor is a possessive ending.
        (
            "The deal was approved unanimously by China Eastern's board of directors.",
            "China Eastern",
        ),
        # A title the model glues onto the end of an organisation ("Boeing Executive").
        (
            "When asked whether the deal should be seen as a step towards a resolution of the rift "
            "between Russia and the US, Boeing Executive Vice President Scott Carson replied, "
            '"It represents a business relationship between our Company and Aeroflot."',
            "Boeing",
        ),
        # MEANTIME airbus: a name cut after "O'" is joined to the rest of it.
        (
            "Ryanair CEO, Michael O' Leary, justified his choice of Boeing.",
            "Michael O'Leary",
        ),
        # MEANTIME airbus: a place that ends a longer name grows into that name.
        (
            "The preliminary agreement will see Dreamliners delivered to six airlines - Air "
            "China, China Eastern Airlines and Hainan Airlines.",
            "Air China",
        ),
        # MEANTIME airbus: a flight the model tags with its airline is cut to the airline.
        (
            "The EU made the decision due to a string of accidents, including the losses of Adam "
            "Air Flight 574 and Garuda Indonesia Flight 200.",
            "Adam Air",
        ),
        (
            "The EU made the decision due to a string of accidents, including the losses of Adam "
            "Air Flight 574 and Garuda Indonesia Flight 200.",
            "Garuda Indonesia",
        ),
    ],
)
def test_entity_spans_are_repaired(parse_text, sentence, name):
    assert name in {m.name for m in find_mentions(parse_text(sentence))}


@pytest.mark.parametrize(
    ("sentence", "name", "evidence"),
    [
        # Evidence is the noun phrase naming the actor: determiner and titles included.
        (
            "AirTanker, an EADS-led consortium, have signed a 27-year contract with the Defense "
            "Ministry to supply 14 new Airbus A330-200 passenger airliners.",
            "Defense Ministry",
            "the Defense Ministry",
        ),
        (
            "The deal was announced during a large business forum that President Vladimir Putin "
            "had set up.",
            "Vladimir Putin",
            "President Vladimir Putin",
        ),
        (
            "Presiding Judge Martin Mann has stated that he owns an iPod portable music player.",
            "Martin Mann",
            "Presiding Judge Martin Mann",
        ),
        (
            "German magazine Der Spiegel cited confidential documents from engine maker Europrop "
            "in a report.",
            "Europrop",
            "engine maker Europrop",
        ),
        # An apposition with no comma is one phrase (MEANTIME gm).
        (
            "The United States's largest car manufacturer General Motors today named Mary Barra "
            "as its new chief executive.",
            "General Motors",
            "The United States's largest car manufacturer General Motors",
        ),
        # A country named through its state is named by the whole phrase (MEANTIME gm).
        (
            "His plan, he stated, was for the United States government, in conjunction with the "
            "governments of Canada and Ontario (which he thanked for their roles alongside the "
            "government of Germany which he thanked for its role in selling a corporate stake "
            "in GM Europe), to become shareholders in General Motors.",
            "Germany",
            "the government of Germany",
        ),
        # ... but a plural describes the group the name is one of (MEANTIME gm).
        ("US automakers GM and Chrysler seek more government aid.", "GM", "GM"),
        # Not another name run into this one, nor words outside the phrase (seed).
        (
            '"It\'s too early," said the vice president and chairman of Chrysler LLC Jim Press.',
            "Jim Press",
            "Jim Press",
        ),
        (
            "Islamabad says the violence stems from militant groups operating inside "
            "Afghanistan, particularly the Tehrik-e-Taliban Pakistan (TTP).",
            "Tehrik-e-Taliban Pakistan",
            "the Tehrik-e-Taliban Pakistan",
        ),
        # A hyphen the phrase stops at is not part of the evidence (MEANTIME airbus).
        (
            "Aer Lingus already operates an all-Airbus fleet consisting of 30 short-haul aircraft.",
            "Airbus",
            "Airbus",
        ),
        (
            "Both Qatar and Turkey, which helped broker the discussions, have reportedly urged "
            "restraint.",
            "Qatar",
            "Qatar",
        ),
    ],
)
def test_evidence_is_the_noun_phrase_naming_the_actor(parse_text, sentence, name, evidence):
    article = parse_text(sentence)
    found = {
        article.doc.text[m.evidence.start : m.evidence.end]
        for m in find_mentions(article)
        if m.name == name
    }
    assert found == {evidence}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # MEANTIME airbus: a title opening a name the model tags an organisation.
        (
            "Spokeswoman Sandy Angers said that the team had been merged into the parent "
            "product development team.",
            "Sandy Angers",
        ),
    ],
)
def test_a_title_opening_a_name_makes_a_person(parse_text, sentence, name):
    mentions = [m for m in find_mentions(parse_text(sentence)) if m.name == name]
    assert mentions and mentions[0].kind == "person" and mentions[0].role == "Spokeswoman"


@pytest.mark.parametrize(
    ("sentence", "present", "absent"),
    [
        # MEANTIME airbus: "X-led", "X-owned" describe the name; they are not part of it.
        (
            "AirTanker, an EADS-led consortium, have signed a 27-year contract with the Defense "
            "Ministry.",
            "EADS",
            "EADS-led",
        ),
        (
            "Boeing has reached a deal with Kremlin-owned Unified Aircraft for general "
            "co-operation.",
            "Unified Aircraft",
            "Kremlin-owned Unified Aircraft",
        ),
        # MEANTIME airbus: a model numbered in Roman figures is a product.
        (
            "Lockheed Martin's Atlas V and Boeing's Delta IV are two types of expendable rocket.",
            "Boeing",
            "Delta IV",
        ),
    ],
)
def test_names_cut_from_their_descriptions(parse_text, sentence, present, absent):
    mentions = {m.name: m for m in find_mentions(parse_text(sentence))}
    assert present in mentions and absent not in mentions


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # MEANTIME apple: spaces the source put inside a name are not kept in it.
        ("Apple's iTunes replaces Wal - Mart as No. 1 music retailer in the US.", "Wal-Mart"),
        (
            "Ryanair CEO, Michael O' Leary, justified his choice of Boeing.",
            "Michael O'Leary",
        ),
    ],
)
def test_names_are_written_without_stray_spaces(parse_text, sentence, name):
    assert name in {m.name for m in find_mentions(parse_text(sentence))}


def test_a_name_resolves_however_its_spaces_are_written(parse_text):
    # MEANTIME apple: the quote's speaker is looked up as the text writes him.
    text = (
        "A contrary view is offered by Charles O 'Reilly, a management expert at Stanford "
        'University, who stated, "Great companies rarely go from strength to strength".'
    )
    index = extract_actors([parse_text(text)])
    assert index.resolve("Charles O 'Reilly") == "Charles O'Reilly"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Wal - Mart", "Wal-Mart"),  # MEANTIME apple
        ("Charles O 'Reilly", "Charles O'Reilly"),  # MEANTIME apple
        ("U.S.", "U.S."),  # an abbreviation keeps its stop
        ("Infogear Technology Corp.", "Infogear Technology Corp."),  # and a legal form
        ("Pakistan.", "Pakistan"),  # a sentence's stop is no part of a name
    ],
)
def test_clean_name(written, name):
    assert clean_name(written) == name


def test_a_title_right_before_a_name_makes_a_person(parse_text):
    # German politics, November 2024: the model tags "Olaf Scholz" an organisation.
    text = (
        "German Chancellor Olaf Scholz dismissed Finance Minister Christian Lindner on "
        "Wednesday, bringing down his three-party coalition."
    )
    kinds = {m.name: m.kind for m in find_mentions(parse_text(text))}
    assert kinds["Olaf Scholz"] == "person"


def test_a_name_the_model_starts_at_a_preposition_grows_back(parse_text):
    # Afghanistan earthquake, October 2023: the model tags "Without Borders" a person; the
    # organisation is then its speaker.
    text = (
        "The World Health Organization said it had sent 12 ambulances. Doctors Without Borders "
        "said its teams were treating the wounded at the hospital."
    )
    article = parse_text(text)
    index = extract_actors([article])
    actor = index.actor("Doctors Without Borders")
    assert actor is not None and actor.type == "organization"
    quotes = extract_quotes(article, index)
    assert "Doctors Without Borders" in {quote.speaker for quote in quotes}
