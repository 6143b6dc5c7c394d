"""Entity repairs: the entity layer's spans name the repairs that made them, and each repair
is recorded with what it did."""

from __future__ import annotations

import pytest

from briefgen.extract.entities import find_mentions
from briefgen.extract.layer import ANNOTATORS
from briefgen.extract.rules import tracing
from briefgen.extract.spans import ENTITIES, span_rules


@pytest.mark.parametrize(
    ("sentence", "name", "repair"),
    [
        (
            "The World Health Organization said it had sent 12 ambulances. Doctors Without "
            "Borders said its teams were treating the wounded at the hospital.",
            "Doctors Without Borders",
            "grown_over_preposition",
        ),
        (
            "Ryanair CEO, Michael O' Leary, justified his choice of Boeing.",
            "Michael O' Leary",
            "apostrophe_name_joined",
        ),
        (
            "The preliminary agreement will see Dreamliners delivered to six airlines - Air "
            "China, China Eastern Airlines and Hainan Airlines.",
            "Air China",
            "place_ends_longer_name",
        ),
        (
            "Spokeswoman Sandy Angers said that the team had been merged into the parent "
            "product development team.",
            "Sandy Angers",
            "titled_person",
        ),
        (
            "The deal was approved unanimously by China Eastern's board of directors.",
            "China Eastern",
            "trailing_possessive_dropped",
        ),
    ],
)
def test_the_entity_layer_names_the_repairs_of_each_span(parse_text, sentence, name, repair):
    article = parse_text(sentence)
    spans = {span.text: span for span in article.doc.spans[ENTITIES]}
    assert repair in span_rules(spans[name])
    assert ("briefgen_entities", "briefgen.extract.spans") in ANNOTATORS


def test_a_repair_is_recorded_with_what_it_did(parse_text):
    article = parse_text(
        "The World Health Organization said it had sent 12 ambulances. Doctors Without "
        "Borders said its teams were treating the wounded at the hospital."
    )
    with tracing() as trace:
        find_mentions(article)
    (grown,) = trace.by("grown_over_preposition")
    assert (grown.subject, grown.outcome) == (
        "Without Borders",
        "grown to Doctors Without Borders (ORG)",
    )


@pytest.mark.parametrize(
    ("sentence", "name", "repair"),
    [
        # ECB+ train (16ecbplus): a sentence-opening gerund glued to a surname.
        (
            "Joining Cooley at the news conference was Assistant Sheriff Doyle Campbell.",
            "Cooley",
            "verb_at_name_edge_dropped",
        ),
        # PolNeAR train (politico 2016-09-01; usa-today 2016-07-28): a gerund opening the
        # sentence is tagged a proper noun there, and the model takes it into the name.
        (
            "Bashing Trump may be job one, but the spotlight will be just as bright on Clinton.",
            "Trump",
            "verb_at_name_edge_dropped",
        ),
        (
            "Entrusting Donald Trump with our economic future, and certainly our nuclear codes, "
            "is a risky proposition.",
            "Donald Trump",
            "verb_at_name_edge_dropped",
        ),
        # PolNeAR train (breitbart 2016-04-14): a headline's verb after a given name.
        (
            "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts",
            "Hillary",
            "verb_at_name_edge_dropped",
        ),
        # TimeBank (wsj): a firm's name opened by a word the model took for a place.
        (
            '"It\'s a cosmetic move," said Jonathan S. Gelles of Wertheim Schroder amp Co.',
            "Wertheim Schroder amp Co.",
            "place_opens_longer_name",
        ),
    ],
)
def test_names_cut_of_verbs_and_grown_over_a_place(parse_text, sentence, name, repair):
    article = parse_text(sentence)
    spans = {span.text: span for span in article.doc.spans[ENTITIES]}
    assert repair in span_rules(spans[name])


@pytest.mark.parametrize(
    ("sentence", "government", "person"),
    [
        # ECB+ train (9ecb): the administration acts, the president is not named.
        (
            "The Bush administration issued two late-term regulations on Thursday that "
            "environmentalists say weaken federal protection for endangered species.",
            "Bush administration",
            None,
        ),
        # AllSides develop (5615): a possessor, the person never named in full.
        (
            "Texas can continue banning most abortions after a federal appeals court rejected "
            "the Biden administration’s latest attempt to stop a novel law.",
            "Biden administration",
            None,
        ),
        # ECB+ train (9ecbplus): the person himself is no government.
        (
            "Environmentalists had accused Bush of effectively gutting protections for "
            "threatened or endangered species.",
            None,
            "Bush",
        ),
    ],
)
def test_a_person_naming_a_state_noun_is_the_government_led(
    parse_text, sentence, government, person
):
    with tracing() as trace:
        mentions = {m.name: m.kind for m in find_mentions(parse_text(sentence))}
    grown = [d.outcome for d in trace.by("government_of_person")]
    assert grown == ([f"grown to {government} (ORG)"] if government else [])
    if government:
        assert mentions[government] == "organization"
    if person:
        assert mentions[person] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # T17 MJ_bbc
            "BBC Radio 1 presenter Fearne Cotton will co-host the event with Hollywood actor "
            'Samuel L Jackson. Speaking of the singer, Fearne Cotton said: "I was always a '
            'massive fan of Michael."',
            "Fearne Cotton",
        ),
        (  # ECB+ train (topic 29)
            "Pro Bowl cornerback Cortland Finnegan was fined $25,000 by the NFL for two hands "
            "to the face penalties.",
            "Cortland Finnegan",
        ),
    ],
)
def test_a_given_name_the_model_left_out_is_joined_to_the_surname(parse_text, text, name):
    article = parse_text(text)
    spans = {span.text: span for span in article.doc.spans[ENTITIES]}
    assert "given_name_joined" in span_rules(spans[name])
    people = [m for m in find_mentions(article) if m.name == name]
    assert people and people[0].kind == "person"


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (  # ECB+ train (topic 31): "coach" is written in lower case: a title, no given name
            "Point guard Ty Lawson also chipped in 16 points for the Tar Heels (10-0), though "
            "coach Roy Williams looked frustrated at times by his team's performance. \"When I "
            "see how hard he plays, and how he listens to Coach Williams -- as a player, that's "
            'why I tried to do."',
            "Williams",
        ),
        (  # ECB+ train (topic 25): an abbreviation in capitals is no given name
            "Saints place RB Bush on injured reserve.",
            "Bush",
        ),
    ],
)
def test_a_title_or_abbreviation_before_a_surname_is_no_given_name(parse_text, text, surname):
    article = parse_text(text)
    grown = [s for s in article.doc.spans[ENTITIES] if s[-1].text == surname and len(s) > 1]
    assert not any("given_name_joined" in span_rules(span) for span in grown)
