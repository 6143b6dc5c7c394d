"""Polarity: phrases keep the negation, modal, hedge, condition and attribution of their
source clause (issue 17). Real sentences from several corpora, each source named."""

from __future__ import annotations

import pytest

from briefgen.extract.dates import extract_dates
from briefgen.extract.outlook import governor_past_limit, phrase_of
from briefgen.extract.polarity import KEEP_RULES, RAISE_RULES, phrases_as_before, qualify
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.timeline import build_timeline


def _events(article) -> list[str]:
    return [event.event for event in build_timeline([article], extract_dates(article))]


@pytest.mark.parametrize(
    ("sentence", "event", "before"),
    [
        # TimeBank 1.2 (wsj_0xxx): the reporting verb stays with its subject.
        (
            "Officials said the president himself met with Sununu Sunday.",
            "Officials said the president met with Sununu",
            "The president met with Sununu",
        ),
        # Timeline17 (BBC, BP oil spill): an open clause stays with what governs it.
        (
            "BP chief Tony Hayward is scheduled to appear before Congress next week.",
            "Tony Hayward is scheduled to appear before Congress",
            "Tony Hayward to appear before Congress",
        ),
        # TimeBank 1.2: a negation with its "did", written as the source wrote it.
        (
            "StatesWest Airlines said it withdrew its offer because the carrier didn't respond "
            "to its offer by the close of business yesterday.",
            "The carrier didn't respond to its offer by the close of business",
            "The carrier didn't respond to its offer by the close of business",
        ),
        # Timeline17 (BBC): a condition is no fact of its own.
        (
            "If successful, BP said it hoped to begin pumping oil to the surface early next week.",
            "If successful, BP said it hoped to begin pumping oil to the surface",
            # Without the polarity rules, the date of "pumping" is still its verb's
            # (event_phrases.py `participle_adjunct`), the condition and report lost.
            "It to begin pumping oil to the surface",
        ),
        # PolNeAR (train): the condition of a reported clause stays.
        (
            "Ryan also is stressing that whatever the president does can be overturned if a "
            "Republican is elected president in November.",
            "Ryan is stressing whatever the president does can be overturned if a Republican is "
            "elected president in November",
            "Republican is elected president",
        ),
        # TimeBank 1.2: a bare conjunct shares the reported frame of its verb.
        (
            "The thrift holding company said it expects to obtain regulatory approval and "
            "complete the transaction by year-end.",
            "The thrift holding company said it expects to obtain regulatory approval and "
            "complete the transaction",
            "Complete the transaction",
        ),
        # PolNeAR (train, New York Times): a participle reports for the main clause's subject.
        (
            "BuzzFeed, which does not disclose its finances, denied the report, saying this year "
            "will meet expectations.",
            "BuzzFeed saying will meet expectations",
            "Will meet expectations",
        ),
        # PolNeAR (train, Politico): a verbless reported clause ("Clinton the nominee") is
        # said by whoever declared it.
        (
            "Sanders' loss was driven in part by the media declaring Clinton the presumptive "
            "nominee the night before voters went to the polls.",
            "Declaring Clinton the presumptive nominee",
            "Clinton the presumptive nominee",
        ),
        # PolNeAR (train, Politico): a verb joined with no "and" is a misread complement; the
        # negation of the verb it completes stays.
        (
            "The lingering resentments don\u2019t mean a rift in the Democratic Party will put "
            "California up for grabs in November.",
            "The lingering resentments don\u2019t mean a rift in the Democratic Party will put "
            "California up for grabs",
            "The lingering resentments will put California up for grabs",
        ),
        # AllSides (The Hill, 2021): a warning cut four levels down stays a warning.
        (
            "Treasury Secretary Janet Yellen warned members of Congress that the United "
            "States\u2019 cash reserves will likely be exhausted unless lawmakers vote to raise "
            "or suspend the debt ceiling by Oct. 18.",
            "Janet Yellen warned members of Congress the United States\u2019 cash reserves will "
            "likely be exhausted unless lawmakers vote to raise or suspend the debt ceiling by "
            "Oct. 18",
            "Suspend the debt ceiling",
        ),
        # MEANTIME (Apple, Wikinews): the writer's own frame is not someone's claim.
        (
            "It should be mentioned that the stock capital of Apple Inc tripled in 2004.",
            "The stock capital of Apple Inc tripled",
            "The stock capital of Apple Inc tripled",
        ),
    ],
)
def test_event_phrases_keep_their_frame(parse_text, sentence, event, before):
    article = parse_text(sentence)
    assert _events(article) == [event]
    with phrases_as_before():
        assert _events(article) == [before]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # MEANTIME (Apple, Wikinews): "did not say" is no "say".
        (
            "Apple confirmed that Papermaster, 49, had left the company, but did not say whether "
            "he decided to leave or was forced out.",
            "did not say",
        ),
        # Seed (The Defense News): a plain cue stays one word.
        (
            "Pakistan’s Information Minister Attaullah Tarar confirmed on Wednesday that the "
            "discussions had yielded no progress.",
            "confirmed",
        ),
    ],
)
def test_reporting_cues_keep_their_negation(parse_text, sentence, cue):
    from briefgen.extract.actors import extract_actors

    article = parse_text(sentence)
    quotes = extract_quotes(article, extract_actors([article]))
    assert cue in [quote.cue for quote in quotes if quote.kind == "indirect"]


@pytest.mark.parametrize(
    ("sentence", "fragment", "kept"),
    [
        # MEANTIME (GM, Wikinews): "not to" outside the marks.
        (
            'He stated that his intent was not to "perpetuate] the bad business decisions of the '
            'past," and that loaning General Motors money would have been doing exactly that.',
            "perpetuate the bad business decisions",
            False,
        ),
        # PolNeAR (train): a condition outside the marks.
        (
            'He said it wouldn’t happen if voters "continue to elect corporate Democratic '
            'whores" beholden to special interests.',
            "continue to elect",
            False,
        ),
        # Seed: nothing outside the marks qualifies the fragment.
        (
            "Islamabad declared that the four-day talks in Istanbul had “failed to bring about a "
            "workable solution.”",
            "failed to bring about",
            True,
        ),
    ],
)
def test_partial_quotes_qualified_outside_their_marks_are_dropped(
    parse_text, sentence, fragment, kept
):
    from briefgen.extract.actors import extract_actors

    article = parse_text(sentence)
    quotes = extract_quotes(article, extract_actors([article]))
    assert any(fragment in q.text for q in quotes if q.kind == "partial") is kept


def test_outlook_cut_keeps_the_main_verb(parse_text):
    # MEANTIME (GM, Wikinews): a long quoted forecast ends with who said it.
    sentence = (
        '"While the GM equity today is largely uninvestable, we increasingly believe GM may '
        "emerge substantially stronger from a bankruptcy - provided the Chapter 11 process is "
        'quick and orderly and the government stays supportive," analysts at the bank wrote.'
    )
    article = parse_text(sentence)
    text, cuts = phrase_of(next(iter(article.doc.sents)))
    assert text.endswith("analysts at the bank wrote.")
    assert "phrase_word_limit" not in [cut.name for cut in cuts]


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        # Seed: the cue "would not allow" lies past the thirtieth word.
        ("Pakistan’s Information Minister Attaullah Tarar confirmed the breakdown in a statement "
         "on X, saying that Afghanistan’s Taliban government had failed to provide credible "
         "guarantees against cross-border militant attacks, and warned that Pakistan would not "
         "allow the threat from Afghan-based militants to persist.", True),
        # PolNeAR (train, Politico): a negative object is the negation ("will do nothing").
        ("President Obama passionately rebuked critics who say he should condemn terrorists as "
         '"radical Islamists," saying calling the Islamic State, also known as ISIL or ISIS, by '
         "another name will do nothing to defeat it -- and could be counterproductive.", True),
        # MEANTIME (Airbus): the cue "will see" comes before the cut, which stays.
        ("Ryanair is the world's most profitable airline, having reported record profits of $269m "
         "earlier this year, and is pursuing an aggressive expansion plan which will see it's "
         "total number of passengers jump to 70m over the next few years.", False),
    ],
)  # fmt: skip
def test_outlook_cut_keeps_its_cue_and_negation(parse_text, sentence, whole):
    article = parse_text(sentence)
    statement = next(iter(article.doc.sents))
    cue = next(t for t in statement if t.lower_ in ("would", "will"))
    text, _ = phrase_of(statement, cue)
    assert (not text.endswith("…")) is whole, text


@pytest.mark.parametrize(
    ("sentence", "hangs"),
    [
        # PolNeAR (train, Huffington Post, its no-break spaces kept): the cut kept "but if
        # Republicans plan to move judges in order …" and dropped "Nye won't get a vote".
        ("There’s time to get through all of that between now and the end of the year, but if "
         "Republicans plan to move judges in order — and at the pace Crenshaw moved\u00a0—\u00a0"
         "Nye won’t get a vote until 2017 or even early 2018.", True),
        # Timeline17 (Guardian, BP oil spill): three "if" clauses before "it could become".
        ("If BP's new attempt to cap the leak doesn't work, and if oil starts washing up on "
         "beaches and properties in a dramatic way that is, if this disaster takes on a more "
         "urgent, more human dimension then it really could become Obama's Katrina.", True),
        # Timeline17 (Fox News, BP oil spill): "one expert emphasized that ..." is in the cut.
        ("While the amount of oil in the Gulf already threatened to make it the worst U.S. oil "
         "disaster since the Exxon Valdez spill in Alaska in 1989, one expert emphasized that it "
         "was impossible to know just how much oil had already escaped into the Gulf and that it "
         "could be much more than what BP and the Coast Guard have said.", False),
        # Timeline17 (Reuters, BP oil spill): "the NOAA said" is in the cut.
        ("Although Louisiana's wetlands and fishing grounds have been the worst hit so far by the "
         "spill, the National Oceanic and Atmospheric Administration said moderate southerly and "
         "southwesterly winds this week may start moving oil closer to the Mississippi Delta.",
         False),
    ],
)  # fmt: skip
def test_outlook_cut_never_drops_the_clause_its_subordinate_hangs_on(parse_text, sentence, hangs):
    statement = next(iter(parse_text(sentence).doc.sents))
    assert governor_past_limit(list(statement)) is hangs
    text, cuts = phrase_of(statement)
    assert (not text.endswith("…")) is hangs, (text, cuts)


def test_qualify_is_off_as_before(parse_text):
    article = parse_text("The first jets will be delivered in 2014.")
    verb = next(t for t in article.doc if t.lower_ == "delivered")
    assert qualify(verb).keep
    with phrases_as_before():
        assert not qualify(verb).keep


def test_rule_lists_in_one_order():
    assert [r.name for r in RAISE_RULES] == [
        "reported_clause", "wanted_clause", "conditional_clause", "claimed_content",
        "shared_frame",
    ]  # fmt: skip
    assert [r.name for r in KEEP_RULES] == [
        "negation_kept", "modal_kept", "hedge_kept", "condition_kept",
    ]  # fmt: skip


def test_a_bare_conjunct_shares_the_modal_of_its_verb(parse_text):
    # PolNeAR (train, Washington Post): "could win ... and still effectively lose".
    article = parse_text(
        "He could win California on Tuesday and still effectively lose the nomination the same day."
    )
    assert "He could lose the nomination" in _events(article)
    with phrases_as_before():
        assert "He lose the nomination" in _events(article)


@pytest.mark.parametrize(
    ("sentence", "events"),
    [
        # PolNeAR train (NYT, doubled single marks): the parser joins the reporter's "said" to
        # the quote's verb; it takes neither the quote's subject nor its "would have been".
        (
            "''If Reagan had gone with Kemp, I would have been sitting in Siberia for a long "
            "time,'' Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone "
            "this week.",
            ["Said by telephone"],
        ),
    ],
)
def test_a_conjunct_across_a_quote_mark_shares_nothing(parse_text, sentence, events):
    assert _events(parse_text(sentence)) == events


@pytest.mark.parametrize(
    ("sentence", "word", "raised"),
    [
        # Timeline17 (BP, Guardian 2010-06-01): claims BP challenged are no fact.
        ("BP has challenged widespread scientific claims that vast plumes of oil are spreading "
         "underwater from its blown-out rig in the Gulf of Mexico.", "spreading", "challenged"),
        # AllSides 5777 (center): what is feared.
        ("The Taliban's swift takeover has renewed fears that the group will return to the "
         "brutal grip it ruled with in the 1990s.", "return", "renewed"),
        # AllSides 5666 (right): a content clause without "that", hung on the far noun: the
        # fear is his who "went around" (and that, the narrative Milley pushed back on).
        ("Milley, chairman of the Joints Chiefs of Staff, pushed back on the narrative that he "
         "went around Mr. Trump out of fear the president might order an attack on China "
         "during his final days in office.", "order", "went"),
        # PolNeAR (train, Huffington Post): a false claim.
        ("“I was totally against going into Iraq,” Trump said, repeating a false claim that he "
         "opposed the 2003 invasion.", "opposed", "repeating"),
        # ECB+ (1ecb, train topic): a hope.
        ("This was a disappointing blow, but there was hope that Chris Rock, Jon Stewart or "
         "another favourtie host of recent years would get a chance to return.", "get", "was"),
        # PolNeAR (train, Western Journal): a relative clause without "that" is no content.
        ("According to the Times, the information is included in the report the FBI turned "
         "over to congressional investigators earlier this week.", "turned", None),
        # PolNeAR (train): an adverbial clause after a claim noun is no content either.
        ("Hillary Clinton came under heavy criticism when it was revealed in March that she had "
         "used a personal email account as secretary of state.", "revealed", None),
    ],
)  # fmt: skip
def test_a_claim_nouns_content_is_raised_to_its_holder(parse_text, sentence, word, raised):
    doc = parse_text(sentence).doc
    head = next(t for t in doc if t.text == word)
    found = RAISE_RULES[3].fn(head)  # claimed_content
    assert (found.text if found is not None else None) == raised


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # PolNeAR (train, Huffington Post): the claim stays a claim, with who repeats it.
        ("“I was totally against going into Iraq,” Trump said, repeating a false claim that he "
         "opposed the 2003 invasion.",
         "Trump repeating a false claim that he opposed the invasion"),
        # ECB+ (28ecb, train topic): a reporting verb the tagger took for a noun.
        ("Felt never revealed why he leaked details on the Watergate break-in and cover up to "
         "Woodward, but the Times obituary points out that in May 1972 Feld had been passed "
         "over by Nixon as Edgar Hoover's successor to run the bureau.",
         "Times points out Feld had been passed over by Nixon as Edgar Hoover's successor"),
        # ECB+ (22ecbplus, train topic): a shared hedge ("allegedly shot and killed").
        ("The woman who allegedly shot and killed two co-workers in September at the Kraft "
         "Foods plant in Northeast Philadelphia will face trial on multiple counts of murder.",
         "Allegedly killed"),
    ],
)  # fmt: skip
def test_claims_and_reports_stay_attributed(parse_text, sentence, event):
    events = _events(parse_text(sentence))
    assert len(events) == 1 and events[0].startswith(event)


@pytest.mark.parametrize(
    ("sentence", "verb", "reporter"),
    [
        # PolNeAR (train, Western Journal): "that" after "veterans" opens what Trump told.
        ("On Thursday night, Republican presidential candidate Donald Trump told the audience at "
         "his fundraiser for veterans that he and Fox News had multiple conversations Thursday "
         "but that nothing could change his mind about his decision to boycott the debated "
         "hosted by Fox News.", "had", "told"),
        # Timeline17 (Washington Post, BP oil spill): the letter's content is what the firm wrote.
        ("An independent firm hired by BP wrote in an April letter that it had substantiated "
         "allegations by a former contractor that the petroleum company was violating its own "
         "policies on the Atlantis.", "substantiated", "wrote"),
        # AllSides (first half): what the physician announced in an opinion piece.
        ("Two people have separately lodged lawsuits against the Texas physician who announced "
         "in a recent opinion piece that he violated a state law that prohibits conducting "
         "abortion procedures after a fetal heartbeat has been detected.", "violated",
         "announced"),
        # TimeBank 1.2: a relative clause of "sites" under "visit", which reports nothing.
        ("An Iraqi official, speaking on customary condition of anonymity, said Ritter would not "
         "try to visit any of the eight presidential sites that Baghdad had placed off-limits to "
         "U.N. inspectors.", "placed", None),
    ],
)  # fmt: skip
def test_a_complement_read_as_a_relative_clause_is_reported(parse_text, sentence, verb, reporter):
    from briefgen.extract.polarity import reported_clause

    head = next(t for t in parse_text(sentence).doc if t.text == verb)
    raised = reported_clause(head)
    assert (raised.text if raised is not None else None) == reporter
