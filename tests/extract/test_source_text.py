"""The source as written: every quote keeps who spoke as the article writes it, beside the
actor it names. Real sentences from several outlets: PolNeAR train (Breitbart, HuffPost,
Politico, The Washington Post, AFP copy in Breitbart), the seed and MEANTIME (Wikinews)."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.colon_labels import CRUZ
from briefgen.extract.quotes import extract_quotes
from briefgen.model import Quote
from briefgen.templates import said_by

CASES = [
    # (text, quote's first words, source as written, the rule that found it)
    (  # PolNeAR train, Breitbart 2016-07-22 (AFP copy): a name before an aside
        "Ramos has been critical of Trump. \u201cWe were tremendously wrong to not have "
        "confronted him from the beginning,\u201d Ramos, 58, told AFP in an interview in Mexico "
        "City on Monday.",
        "We were tremendously",
        "Ramos",
        "name_beside_cue",
    ),
    (  # PolNeAR train, Politico 2016-06-22: "Noting that ..., Tester added:"
        "Noting that only Sen. Mark Kirk (R-Ill.) voted with Democrats on background checks, "
        "Tester added: \u201cThat\u2019s where your problem is.\u201d",
        "That\u2019s where",
        "Tester",
        "cue_subject",
    ),
    (  # PolNeAR train, Breitbart 2015-11-11: the quote opens the paragraph after the colon
        CRUZ,
        "You look at",
        "Cruz",
        "colon_introduction",
    ),
    (  # PolNeAR train, HuffPost 2016-02-08: an unnamed source with what qualifies it
        "\u201cIt\u2019s a way to participate without supporting Trump,\u201d says a source "
        "involved in the super-PAC\u2019s creation. Mercer\u2019s new vehicle is run by Kellyanne "
        "Conway.",
        "It\u2019s a way",
        "a source involved in the super-PAC\u2019s creation",
        "cue_subject",
    ),
    (  # PolNeAR train, The Washington Post 2015-12-20: a title before the name
        "Former Florida governor Jeb Bush tweeted: \"No @HillaryClinton - We are not 'where we "
        "need to be' in fight against ISIS.\"",
        "No @HillaryClinton",
        "Former Florida governor Jeb Bush",
        "cue_subject",
    ),
    (  # PolNeAR train, Politico: an aside after the name ends the source
        "\u201cPaul\u2019s knowledge, such as it is, is about 20 years old,\u201d said a longtime "
        "adviser to Trump, who declined to be identified.",
        "Paul\u2019s knowledge",
        "a longtime adviser to Trump",
        "cue_subject",
    ),
]


def _quote(parse_text, text: str, opening: str) -> Quote:
    article = parse_text(text)
    quotes = extract_quotes(article, extract_actors([article]))
    return next(q for q in quotes if q.text.lstrip('\u201c"').startswith(opening))


@pytest.mark.parametrize(("text", "opening", "source", "rule"), CASES)
def test_the_source_is_kept_as_written(parse_text, text, opening, source, rule) -> None:
    quote = _quote(parse_text, text, opening)
    assert quote.source_text == source
    assert rule in quote.why
    evidence = quote.source_evidence
    assert evidence is not None and text[evidence.start : evidence.end] == source


def test_unnamed_sources_report_indirect_speech(seed_brief) -> None:
    """The seed: "Diplomats familiar with the talks said ..." is reported speech, shown as
    written, not dropped for want of an actor."""
    reported = {q.source_text: q for q in seed_brief.quotes if q.kind == "indirect"}
    diplomats = reported["Diplomats familiar with the talks"]
    assert diplomats.speaker is None and diplomats.text.startswith("the two sides failed")
    assert said_by(diplomats) == "Diplomats familiar with the talks"


@pytest.mark.parametrize(
    ("speaker", "source", "shown"),
    [
        ("Attaullah Tarar", "he", "Attaullah Tarar"),
        (None, "a spokesman for Disney", "a spokesman for Disney"),
        (None, "he", "Unattributed"),
        (None, "They", "Unattributed"),
        (None, None, "Unattributed"),
    ],
)
def test_documents_show_the_actor_else_the_source_as_written(speaker, source, shown) -> None:
    from briefgen.model import Evidence

    quote = Quote(
        text="x",
        speaker=speaker,
        kind="direct",
        evidence=Evidence(source="s1", start=0, end=1),
        source_text=source,
    )
    assert said_by(quote) == shown


def test_who_hears_a_quote_after_a_colon_is_not_its_source(parse_text) -> None:
    """AllSides develop (allsides_5788, USA TODAY): the passive subject before the colon
    meets the argument; the text names no one who makes it."""
    text = (
        "As concerned friends and family members try to convince loved ones to get vaccinated, "
        'many are met with the argument: "I already got COVID, so I can\'t get it again."'
    )
    quote = _quote(parse_text, text, "I already got")
    assert quote.speaker is None and quote.source_text is None
    assert "colon_introduction" not in quote.why
