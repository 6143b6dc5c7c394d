"""Outlook: forward-looking sentences with kind, hedging, speaker and a short phrase."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.outlook import (
    extract_outlook,
    merge_outlook,
    phrase,
    phrase_drops_asides,
    phrase_of,
    phrase_word_limit,
)
from briefgen.extract.rules import tracing


def items_of(parse_text, sentence):
    article = parse_text(sentence)
    return extract_outlook(article, extract_actors([article]), [])


def test_seed_outlook(seed_brief):
    items = {(o.kind, o.speaker, o.text[:48]) for o in seed_brief.outlook}
    assert ("next_step", "Qatar", "Both Qatar and Turkey have reportedly urged rest") in items
    assert ("risk", None, "Analysts warn that without clear communication c") in items
    assert ("next_step", "Pakistan", "Islamabad is reportedly considering additional b") in items
    assert (
        "position",
        "Attaullah Tarar",
        "“We will continue to take all possible measures ",
    ) in items
    assert ("forecast", None, "Diplomats familiar with the talks said the two s") in items
    for item in seed_brief.outlook:
        assert len(item.text) <= len(seed_brief.excerpt(item.evidence))


def test_outlook_is_ranked_by_speaker_and_kind(seed_brief):
    speakers = [item.speaker for item in seed_brief.outlook]
    assert speakers.index("Pakistan") < speakers.index(None)


def test_items_say_why(parse_text):
    (item,) = items_of(
        parse_text, "Islamabad is reportedly considering additional border fortifications."
    )
    assert (item.kind, item.hedging, item.speaker) == ("next_step", "possible", "Pakistan")
    assert item.why == ["outlook_cue_word", "cue_word_hedging", "outlook_clause_subject"]


def test_the_headline_is_dropped(parse_text):
    headline = "Islamabad is reportedly considering additional border fortifications."
    article = parse_text(headline + "\n\nTalks failed.", title=headline)
    with tracing() as trace:
        assert extract_outlook(article, extract_actors([article]), []) == []
    (decision,) = trace.by("outlook_headline")
    assert (decision.subject, decision.outcome) == (headline, "dropped")


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (  # AllSides develop, The Daily Wire (2021)
            "Lagging Data May Push Back Biden\u2019s Booster Shot Timeline: Report",
            "Two federal health officials warned the Biden administration on Thursday.",
        ),
        (  # PolNeAR train, a headline the parser splits at its colon
            "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade",
            "Hillary Clinton told Planned Parenthood supporters on Friday that Donald Trump "
            "would overturn Roe v. Wade.",
        ),
    ],
)
def test_no_part_of_the_headline_is_outlook(parse_text, headline, body):
    article = parse_text(f"{headline}\n\n{body}", title=headline)
    with tracing() as trace:
        items = extract_outlook(article, extract_actors([article]), [])
    assert all(headline not in item.text and item.text not in headline for item in items)
    assert trace.by("outlook_headline")


@pytest.mark.parametrize(
    "sentence",
    [
        "Intelligence reports suggest that the group continues to use Afghan soil to plan attacks.",
        "The clashes left dozens dead on both sides.",
        "Those discussions came after explosions in Kabul on October 9.",
        # Past reports of expectations are history, not outlook (MEANTIME, gm cluster).
        "The increase was better than analysts had predicted.",
        "AirTran Airways would like to thank the many Boeing employees for their hard work.",
        # A modal perfect looks back (PolNeAR train, Politico, shortened).
        "Clinton co-sponsored a bill in 2005 that would have banned human cloning.",
    ],
)
def test_past_and_present_reports_are_not_outlook(parse_text, sentence):
    assert items_of(parse_text, sentence) == []


def test_a_future_perfect_is_outlook(parse_text):
    # A constructed control for the rule above: "will have" looks ahead.
    assert items_of(parse_text, "By 2010 Airbus will have delivered 100 of the jets.")


def test_phrase_drops_asides(parse_text):
    article = parse_text(
        "Both Qatar and Turkey, which helped broker the discussions, "
        "have reportedly urged restraint."
    )
    (sentence,) = article.doc.sents
    assert phrase(sentence) == "Both Qatar and Turkey have reportedly urged restraint."
    assert phrase_of(sentence) == (phrase(sentence), [phrase_drops_asides])


@pytest.mark.parametrize(
    "sentence",
    [
        # A restrictive relative clause says which thing is meant (MEANTIME gm and apple;
        # AllSides develop, allsides_5781, The Hill).
        "Barra will be the first woman to lead a firm in the American auto industry.",
        "Jobs also said that those who had already purchased a bumper will receive a full "
        "refund for the accessory.",
        "When Hochul takes over, she will be the first woman to serve as governor in the state's "
        "history.",
    ],
)
def test_a_restrictive_relative_clause_stays(parse_text, sentence):
    (parsed,) = parse_text(sentence).doc.sents
    assert phrase(parsed) == sentence


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # An apposition with no comma before it is part of the name (AllSides develop,
        # allsides_5781, Washington Examiner; MEANTIME airbus).
        (
            "During an interview with CBS's Face the Nation, Hochul said she wanted the women "
            'who were allegedly harassed by Cuomo to know the "culture will be changed 1000%" '
            'for "all women" working in the governor\'s office.',
            "Face the Nation",
        ),
        (
            "The A380, known for many years during its development phase as the Airbus A3XX, "
            "will be the largest airliner in the world by a substantial margin when it enters "
            "service.",
            "the Airbus A3XX",
        ),
    ],
)
def test_an_apposition_not_set_off_stays(parse_text, sentence, kept):
    (parsed,) = parse_text(sentence).doc.sents
    assert kept in phrase(parsed)


@pytest.mark.parametrize(
    "sentence",
    [
        # MEANTIME apple and gm: what makes the sentence forward-looking is in the aside.
        "Apple also announced an iTunes - compatible cell phone, the Motorola ROKR E1, which will "
        "be available exclusively from Cingular Wireless in the United States.",
        "Unlike Chrylser, GM will not publicly announce the dealerships that it intends to shut "
        "down.",
    ],
)
def test_the_aside_that_holds_the_cue_stays(parse_text, sentence):
    (item,) = items_of(parse_text, sentence)
    assert item.text == sentence
    assert "phrase_drops_asides" not in item.why


def test_an_aside_in_brackets_leaves_with_its_brackets(parse_text):
    # AllSides develop (allsides_5626, CBS News)
    article = parse_text(
        "In a memo, Secretary Alejandro Mayorkas said the Department of Homeland Security (DHS) "
        'should prioritize combating illegal acts committed by "unscrupulous" employers, whom he '
        "noted often pay workers substandard wages."
    )
    (sentence,) = article.doc.sents
    assert phrase(sentence) == (
        "In a memo, Secretary Alejandro Mayorkas said the Department of Homeland Security should "
        'prioritize combating illegal acts committed by "unscrupulous" employers.'
    )


def test_long_phrases_are_cut_at_thirty_words(parse_text):
    # MEANTIME (Airbus): the cut keeps the cue "will see".
    article = parse_text(
        "Ryanair is the world's most profitable airline, having reported record profits of $269m "
        "earlier this year, and is pursuing an aggressive expansion plan which will see it's "
        "total number of passengers jump to 70m over the next few years."
    )
    (sentence,) = article.doc.sents
    text, cuts = phrase_of(sentence)
    assert phrase_word_limit in cuts
    assert text.endswith(" …") and len(text.split()) == 31


@pytest.mark.parametrize(
    ("text", "ending"),
    [
        # AllSides 5698 (The Epoch Times): the thirtieth word is "Dr.".
        (
            "The order will also require vaccine proof or a negative COVID-19 test for large "
            "outdoor events, including Los Angeles Rams, Chargers, and Dodgers games, said County "
            "Public Health Director Dr. Barbara Ferrer to the Board of Supervisors.",
            "said County Public Health Director Dr. Barbara Ferrer …",
        ),
        # PolNeAR train (New York Times, 2016-05-09): the thirtieth word is "South".
        (
            "A United Nations tribunal in The Hague is expected to rule soon on a case brought by "
            "the Philippines that could make China's recent fortifications on islands in the "
            "South China Sea illegal.",
            "in the South China Sea …",
        ),
    ],
)
def test_a_cut_never_falls_inside_a_name(parse_text, text, ending):
    (sentence,) = parse_text(text).doc.sents
    phrased, cuts = phrase_of(sentence)
    assert phrase_word_limit in cuts
    assert phrased.endswith(ending)


def test_a_cut_never_drops_the_negation_of_a_clause_it_opens(parse_text):
    # Seed: "... and warned that Pakistan …" would drop "would not allow".
    article = parse_text(
        "Pakistan’s Information Minister Attaullah Tarar confirmed the breakdown in a statement "
        "on X, saying that Afghanistan’s Taliban government had failed to provide credible "
        "guarantees against cross-border militant attacks, and warned that Pakistan would not "
        "allow the threat from Afghan-based militants to persist."
    )
    (sentence,) = article.doc.sents
    text, cuts = phrase_of(sentence)
    assert phrase_word_limit not in cuts
    assert text.endswith("would not allow the threat from Afghan-based militants to persist.")


def test_a_long_question_led_by_its_main_verb_is_phrased(parse_text):
    # BBC, 1 May 2009 (Timeline17, H1N1): the main verb is the first word, nothing before it.
    article = parse_text(
        "Is there a risk that if the emerging swine flu H1N1 virus comes into contact with the "
        "established bird flu H5N1 virus that the two could mix and cause an even bigger "
        "pandemic risk?"
    )
    (sentence,) = article.doc.sents
    text, _ = phrase_of(sentence)
    assert text.startswith("Is there a risk that if the emerging swine flu")


def test_the_same_statement_in_two_articles_is_one_item(parse_text):
    sentence = "Islamabad is reportedly considering additional border fortifications."
    first, second = parse_text(sentence), parse_text("Talks failed. " + sentence)
    second = type(second)(
        second.source.model_copy(update={"id": "s2"}), second.doc, second.anchor, False
    )
    actors = extract_actors([first, second])
    with tracing() as trace:
        items = merge_outlook(
            [*extract_outlook(first, actors, []), *extract_outlook(second, actors, [])]
        )
    assert [d.outcome for d in trace.by("same_outlook_phrase")] == ["joins s1"]
    (item,) = items
    assert (item.evidence.source, [e.source for e in item.also]) == ("s1", ["s2"])
    assert item.why == items_of(parse_text, sentence)[0].why


def test_a_quotation_mark_left_outside_the_sentence_is_the_same_statement(parse_text):
    """T17 BP oil spill, Fox News (2010), two reports of a day: the parser ends the second
    sentence before its closing mark."""
    first = parse_text(
        "The Coast Guard urged the company to formally request more resources from the "
        'Defense Department.\n\nA BP executive said the corporation would "take help from '
        'anyone." Government officials said the blown-out well 40 miles offshore was leaking.'
    )
    second = parse_text(
        "The military could offer underwater equipment that might be better than what is "
        'commercially available. A BP executive said the corporation would "take help from '
        'anyone."\n\nThat includes fishermen who could be hired to help.'
    )
    second = type(second)(
        second.source.model_copy(update={"id": "s2"}), second.doc, second.anchor, False
    )
    actors = extract_actors([first, second])
    items = merge_outlook(
        [*extract_outlook(first, actors, []), *extract_outlook(second, actors, [])]
    )
    (item,) = [i for i in items if "take help" in i.text]
    assert [e.source for e in item.also] == ["s2"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        # AllSides 5666 (right): the fear is no one's named, never the president's.
        ("Testifying before the Senate Armed Services Committee, Army Gen. Mark A. Milley, "
         "chairman of the Joints Chiefs of Staff, pushed back on the narrative that he went "
         "around Mr. Trump out of fear the president might order an attack on China during his "
         "final days in office.", None, "pushed back on the narrative that he went around"),
        # MEANTIME (gm, Wikinews): speculation no one in the sentence voiced.
        ("Following some speculation that the companies Daimler-Benz (Mercedes-Benz) and "
         "Chrysler, which merged together in 1998 to make DaimlerChrysler, would split, chairman "
         "Dieter Zetsche denied allegations.", None, "speculation that the companies"),
        # MEANTIME (airbus, Wikinews): who has the hopes holds them.
        ("Airbus has hopes that sales will exceed 700.", "Airbus", "Airbus has hopes"),
        # Timeline17 (BP, Reuters): concerns without a holder, not the U.S.'s.
        ("There have been concerns that the U.S. could ban BP from future drilling after "
         "lawmakers in July voted to pass an amendment to a bill.", None, "concerns that the U.S."),
    ],
)  # fmt: skip
def test_a_claims_content_is_said_by_its_holder(parse_text, sentence, speaker, text):
    (item,) = items_of(parse_text, sentence)
    assert item.speaker == speaker and text in item.text
    assert "outlook_claim_holder" in item.why


@pytest.mark.parametrize(
    ("text", "item_text", "rule_name"),
    [
        # PolNeAR train (Western Journal, 2016-07-30): the speaker's belief, not Clinton's.
        ("\u201cThe whole email (issue) doesn\u2019t help, and I agree that she should be held "
         "accountable. I do not believe that she should go to jail. [She] should have had a slap "
         "on the hand and I think she did,\u201d he said.",
         "I do not believe", "outlook_complement_holder"),
        # AllSides 5697 (National Review): whoever is to be suspended does not say so.
        ("In fact, I think he ought to be pressed, as a preliminary matter, about whether the "
         "reporting is substantially accurate; if he concedes that it is, he should be "
         "suspended immediately pending an investigation.", "I think", "outlook_clause_subject"),
        # PolNeAR train (Breitbart, 2016-05-14): nor whoever is to be impeached.
        ("Attorney General Loretta Lynch announced the lawsuit. Loretta Lynch should be impeached "
         "for such outrageous overreach.", "impeached", "outlook_clause_subject"),
    ],
)  # fmt: skip
def test_no_one_holds_what_is_thought_or_done_to_them(parse_text, text, item_text, rule_name):
    (item,) = [i for i in items_of(parse_text, text) if item_text in i.text]
    assert item.speaker is None and rule_name in item.why


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # PolNeAR train (New York Times, 2015-12-14): "expected to" raises the Fed into its act.
        ("The Fed is expected to announce on Wednesday, after a two-day meeting of its "
         "policy-making committee, that it again will pass on an opportunity to increase its "
         "benchmark interest rate.", "Fed"),
    ],
)  # fmt: skip
def test_a_raising_verb_keeps_its_subject(parse_text, text, speaker):
    (item,) = items_of(parse_text, text)
    assert item.speaker == speaker


def test_a_participle_reports_for_its_clauses_subject(parse_text):
    # PolNeAR (train): "saying" has no subject of its own; Clinton said it.
    (item,) = items_of(
        parse_text,
        "Hillary Clinton went on offense against Republican front-runner Donald Trump on "
        "Monday, saying he would abdicate U.S. leadership.",
    )
    assert (item.speaker, item.why[-1]) == ("Hillary Clinton", "outlook_reporting_subject")


@pytest.mark.parametrize(
    ("text", "phrases", "rule_name"),
    [
        (  # PolNeAR train (HuffPost, 2016): a quotation of two sentences
            "\u201cI don\u2019t think we will stop talking about the issues. I think a lot of the "
            "rhetoric that was more heated was the product of that white-hot primary "
            "atmosphere,\u201d said Devine.",
            ["\u201cI don\u2019t think", "\u201cI think a lot"],
            "quote_reopened",
        ),
        (  # PolNeAR train (The New York Times, 2015): doubled single marks, split by the parser
            "Sooner or later, ''I think we will have a consumption tax,'' he said. ''It's a good "
            "thing for people to talk about.''",
            ["Sooner or later", "''It's a good thing"],
            "opening_mark_left",
        ),
    ],
)
def test_a_phrase_shows_where_its_quotation_opens(parse_text, text, phrases, rule_name):
    made = [phrase_of(sentence) for sentence in parse_text(text).doc.sents]
    openings = [phrase[: len(start)] for (phrase, _), start in zip(made, phrases, strict=True)]
    assert openings == phrases
    assert not made[0][0].endswith("''")
    assert rule_name in {r.name for _, cuts in made for r in cuts}


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (USA Today, 2016-07-27): what the questions ask is no one's position.
        "Hundreds of pro-Sanders demonstrators marched through Center City, raising fresh "
        "questions about whether Clinton will face a bleed of Sanders' most devoted backers.",
        # Timeline17 (BP oil spill, develop): a question after "is", opened by "whether".
        "Now that the well has been capped, the next question is whether marsh and marine "
        "ecosystems can shrug off the oil's damage, or whether it will leave them with lasting "
        "wounds.",
    ],
)
def test_an_embedded_question_is_an_open_forecast_of_no_one(parse_text, text):
    (item,) = items_of(parse_text, text)
    assert (item.kind, item.hedging, item.speaker) == ("forecast", "possible", None)
    assert "open_question_possible" in item.why


@pytest.mark.parametrize(
    ("text", "hedging"),
    [
        # PolNeAR train (The New York Times, 2016-07-27): "maybe" leaves "won't" open.
        ("And maybe she won't need to formally dissent.", "possible"),
        # AllSides 5664 (The Epoch Times, develop): "will likely" is likely, not certain.
        ("Treasury Secretary Janet Yellen on Tuesday warned members of Congress that the United "
         "States' cash reserves will likely be exhausted unless lawmakers vote to raise or "
         "suspend the debt ceiling by Oct. 18.", "likely"),
    ],
)  # fmt: skip
def test_an_adverb_of_doubt_or_likelihood_hedges_the_cue(parse_text, text, hedging):
    (item,) = items_of(parse_text, text)
    assert item.hedging == hedging and "hedged_cue" in item.why
