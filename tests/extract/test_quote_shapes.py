"""Attribution shapes the parse gets wrong, each a named rule, on real sentences from PolNeAR
train (The Western Journal, Politico, HuffPost, Breitbart, Washington Post: named beside each)
and T17 (BBC, Fox News): a reporting verb tagged as a noun or a modifier after a quote, an
inverted subject parsed as the cue's object, a subject after an appositive aside, a quote
signed after a dash, a cue hanging from the clause another cue reports, and a vocative in
the quote never taken for its speaker."""

from __future__ import annotations

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.quotes import extract_quotes
from briefgen.model import Quote

CASES = [
    # (text, quote's first words, source as written, a rule in the quote's why)
    (  # The Western Journal 2016-08-27: "read" tagged a noun
        "The Advocate aimed its Friday editorial at Clinton. \u201cIf she wants to be the next "
        "president, Hillary Clinton should act like one, and come to Louisiana,\u201d the "
        "editorial read. The newspaper said that she should visit.",
        "If she wants",
        "the editorial",
        "subject_before_cue",
    ),
    (  # Politico 2016-07-11: "write" tagged a noun
        "\u201cYou seem to have picked a new standard out of thin air \u2014 \u2018extreme "
        "carelessness\u2019 \u2014 to describe the actions of Secretary Clinton and her "
        "staff,\u201d the two write. \u201cWe do not understand the need.\u201d",
        "You seem",
        "the two",
        "cue_tagged_otherwise",
    ),
    (  # Politico 2016-01-19: "states" tagged a noun; the source runs to the cue
        "Clinton turned to guns. \u201cThey know Hillary\u2019s the only one strong enough to "
        "stop Wall Street abuses and make the wealthy pay their fair share,\u201d a voice-over "
        "in the ad states.",
        "They know",
        "a voice-over in the ad",
        "subject_before_cue",
    ),
    (  # HuffPost 2015-12-19: "asked" parsed as a modifier of "the 43-year-old"; the name in
        # the quote is not the speaker
        "A man posted the clip to YouTube on Thursday. \u201cWhat if Donald Trump had elocution "
        "lessons?\u201d the 43-year-old asked in the video\u2019s description.",
        "What if",
        "the 43-year-old",
        "subject_before_cue",
    ),
    (  # T17 bpoil, Fox News 2010-04-30: the same shape, parsed right, stays with verb_subject
        "In a statement released Friday, Halliburton confirmed it performed a variety of "
        'services on the rig. "Halliburton had completed the cementing of the final production '
        'casing string approximately 20 hours prior to the incident," the statement read.',
        "Halliburton had",
        "the statement",
        "verb_subject",
    ),
    (  # Breitbart 2016-01-01: the inverted subject parsed as the object of "read"
        "Skywriting planes filled the skies with anti-Trump messages. \u201cAmerica is great! "
        "Trump is disgusting,\u201d read one.",
        "America is great",
        "one",
        "name_beside_cue",
    ),
    (  # Washington Post 2016-05-19: likewise, "tweeted another"
        '"Better watch out for illegal conduct by Grimes since she said electing Clinton is more '
        'important than doing her job," tweeted another. The evidence was a video clip.',
        "Better watch",
        "another",
        "name_beside_cue",
    ),
    (  # T17 MJ, BBC 2010-06-26: "Michael" is spoken to, "one" (a note) is the source
        "Some fans left notes for Jackson. Tour buses drove past the house where Michael Jackson "
        'died "We miss you Michael," read one.',
        "We miss you",
        "one",
        "name_beside_cue",
    ),
    (  # Washington Post 2016-02-17: the subject after a quote, an aside before "said"
        '"I am calling from the Hillary Clinton campaign. How are you today?" Miller, a retired '
        "worker from a nuclear plant, said pleasantly into the phone.",
        "I am calling",
        "Miller",
        "cue_after_quote",
    ),
    (  # Washington Post 2015-11-10: "added" parsed as a verb of the clause "said" reports
        "Speaking before cheering supporters Monday morning at NLD headquarters, Suu Kyi, 70, "
        'said it was too early to congratulate winners but added, "I think you all have an '
        'idea of the results."',
        "I think you all",
        "Suu Kyi",
        "reporter_of_reported_clause",
    ),
    (  # The Western Journal 2016-08-03: likewise (the "Pence said" after the quote cut)
        "Pence said in politics it takes time to develop those relationships but added, \u201cI "
        "strongly support Paul Ryan, strongly endorse his re-election.\u201d",
        "I strongly support",
        "Pence",
        "reporter_of_reported_clause",
    ),
    (  # Breitbart 2016-05-04 (Trump and Romney): ", adding" hangs from the reported clause
        "To wit, Trump told Newsmax that Mitt Romney \u201chad a crazy policy of "
        "self-deportation which was maniacal,\u201d adding, \u201cHe lost all of the Latino "
        "vote.\u201d",
        "He lost all",
        "Trump",
        "reporter_of_reported_clause",
    ),
    (  # Politico 2016-06-13: "Capt" split from its stop and the name made a sentence
        "\"I don't see how Orlando would cause us to change our operations. We're already at "
        'war with ISIL," said Pentagon spokesman Navy Capt. Jeff Davis.',
        "I don't see",
        "Pentagon spokesman Navy Capt. Jeff Davis",
        "name_after_rank",
    ),
    (  # The Western Journal 2016-05-10: likewise, a rank of two words
        "\u201cI really don\u2019t understand how a better candidate didn\u2019t jump into the "
        "race,\u201d said Air Force 1st Lt. Tyler Livingston. \u201cI was hoping we\u2019d see "
        "something else.\u201d",
        "I really don",
        "Air Force 1st Lt. Tyler Livingston",
        "name_after_rank",
    ),
    (  # Washington Post 2016-02-05 (a fact check): a quote signed after a dash
        "In the end, Sanders voted in support of the ACA. \"I will look into it. I don't know "
        'the status, but I will certainly look into it." - Hillary Clinton. Clinton has '
        "certainly been looking into it a long time.",
        "I will look",
        "Hillary Clinton",
        "dash_signature",
    ),
    (  # Washington Post 2016-02-05: the signature in a paragraph of its own
        '"Boeing and GE and other multinationals . . . pay zero taxes."\n\n- Sanders.\n\nThis '
        "is a complex issue, subject to fierce debate.",
        "Boeing and GE",
        "Sanders",
        "dash_signature",
    ),
    (  # Washington Post 2016-07-29: signed with the dash glued to the title, then a comma
        "\"Great speech. She's tested. She's ready. She never quits.\" -President Obama, "
        "tweeting after Clinton's speech.",
        "Great speech",
        "President Obama",
        "dash_signature",
    ),
]


def _quotes(parse_text, text: str) -> list[Quote]:
    article = parse_text(text)
    return extract_quotes(article, extract_actors([article]))


@pytest.mark.parametrize(("text", "opening", "source", "rule"), CASES)
def test_attribution_shapes_the_parse_gets_wrong(parse_text, text, opening, source, rule) -> None:
    quote = next(
        q for q in _quotes(parse_text, text) if q.text.lstrip('\u201c\u2018"').startswith(opening)
    )
    assert (quote.source_text or "").lstrip("-") == source
    assert rule in quote.why


# The signature needs a name: a dash before other words after a quote signs nothing
# (Washington Post 2016-07-29, reworded: a dash and a clause).
UNSIGNED = (
    '"We have a lot of work ahead of us," Clinton said. "Nothing is easy." - and the crowd cheered.'
)


# T17 bpoil, Fox News 2010-04-29: a rank before a name the parse kept whole.
KIRBY = (
    "Adm. Mike Mullen, chairman of the Joint Chiefs of Staff, was briefed Thursday on the "
    "issue, said his spokesman, Capt. John Kirby."
)


def test_a_rank_before_a_name_in_one_sentence(parse_text) -> None:
    said = next(q for q in _quotes(parse_text, KIRBY) if q.kind == "indirect")
    assert said.speaker == "John Kirby"
    assert said.source_text == "his spokesman"


def test_a_dash_before_a_clause_is_no_signature(parse_text) -> None:
    quote = next(q for q in _quotes(parse_text, UNSIGNED) if q.text.startswith("Nothing"))
    assert "dash_signature" not in quote.why
