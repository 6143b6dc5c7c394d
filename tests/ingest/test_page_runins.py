"""Boilerplate run into the text with its punctuation lost (a page's head and caption before
the lead, a caption quoting someone, a heading in capitals, a widget's labels), and the
datelines and captions found beside them, a pull-quote box: real excerpts of the DEV part
(Timeline17 bpoil and MJ pages, PolNeAR train, AllSides first half, TimeBank), removed or
kept."""

from __future__ import annotations

import pytest

from briefgen.ingest.boilerplate import strip_boilerplate

LEAD = "Officials said the work would take weeks."  # a sentence before the line tested

# (source, text, the rule that removes, what it removes, what stays)
REMOVED = [
    (
        "BBC, t17 MJ 2010-03-16_316",
        "Michael Jackson estate agrees record Sony music deal Sony has sold 31 million Jackson "
        "albums since his death last June The estate of Michael Jackson has agreed the biggest "
        "recording deal in history, worth more than $200m (#133m), with Sony Music, US reports "
        "say.",
        "run_in_head",
        "Michael Jackson estate agrees record Sony music deal Sony has sold 31 million Jackson "
        "albums since his death last June",
        "The estate of Michael Jackson has agreed the biggest recording deal in history",
    ),
    (
        "BBC, t17 bpoil 2010-06-04_152",
        "BP's Doug Suttles explains how the cap is meant to operate A new cap placed over a "
        "ruptured oil well in the Gulf of Mexico has begun to funnel oil to the surface.",
        "run_in_head",
        "BP's Doug Suttles explains how the cap is meant to operate",
        "A new cap placed over a ruptured oil well",
    ),
    (
        "Washington Post, t17 bpoil 2010-08-21_51",
        "With BP's know-how and U.S. authority, the Macondo well was plugged It was awkward from "
        "the start, this marriage of necessity between BP and the federal government.",
        "run_in_head",
        "With BP's know-how and U.S. authority, the Macondo well was plugged",
        "It was awkward from the start",
    ),
    (
        "BBC, t17 bpoil 2010-04-30_1549",
        f'{LEAD} Barack Obama: "Domestic oil production must be done responsibly" An emergency '
        "shrimping season was opened on Thursday to allow fishermen to bring in their catch before "
        "it was fouled by the advancing oil.",
        "quoted_caption",
        'Barack Obama: "Domestic oil production must be done responsibly"',
        "An emergency shrimping season was opened on Thursday",
    ),
    (
        "BBC, t17 bpoil 2010-06-16_826",
        "Obama vows to ' make BP pay 'for oil spill damage President Obama: \"We will make BP "
        'pay for the damage their company has caused" President Barack Obama has vowed to '
        '"make BP pay" for damage caused by the Gulf of Mexico oil spill, in his first national '
        "address from the Oval Office.",
        "quoted_caption",
        "Obama vows to ' make BP pay 'for oil spill damage President Obama: \"We will make BP "
        'pay for the damage their company has caused"',
        "President Barack Obama has vowed",
    ),
    (
        "BBC, t17 bpoil 2010-07-16_1501",
        f"{LEAD}\n\nNEW CAP FOR LEAKING OIL WELL In June, BP placed a cap, known as an LMRP cap, "
        "over the top of the Deepwater Horizon well so oil could be collected at the surface.",
        "caps_heading",
        "NEW CAP FOR LEAKING OIL WELL",
        "In June, BP placed a cap",
    ),
    (
        "BBC, t17 bpoil 2010-07-16_1501: a fact box's heading after a sentence's end",
        "However, the Q4000 containment system continued to take some oil to the surface. NEW "
        "CAP FOR LEAKING OIL WELL Engineers then bolted on a new capping stack onto the blowout "
        "preventer (BOP).",
        "caps_heading",
        "NEW CAP FOR LEAKING OIL WELL",
        "Engineers then bolted on a new capping stack",
    ),
    (
        "Reuters, t17 bpoil 2010-08-03_525: a subheading run into its paragraph",
        "The company has said it will pay all legitimate claims and clean up fouled beaches and "
        "marshes. BP PRESSED OVER INFORMATION DISCLOSURE The new leak estimates spelled further "
        "bad news for BP.",
        "caps_heading",
        "BP PRESSED OVER INFORMATION DISCLOSURE",
        "The new leak estimates spelled further bad news for BP.",
    ),
    (
        "BBC, t17 MJ 2009-06-27_114: a headline's quote glued to the lead",
        "Jackson death was ' not suspicious 'Medical experts say they are not treating the death "
        "of pop star Michael Jackson as suspicious.",
        "quoted_head",
        "Jackson death was ' not suspicious '",
        "Medical experts say they are not treating the death",
    ),
    (
        "BBC, t17 bpoil 2010-08-23_728: a related story's headline after a sentence",
        "The spill affected fishing and tourism and fouled some beaches and marshes in several "
        "US states. BP claims fund ' to begin payouts 'The Gulf Coast Claims Facility, as the "
        "claims program is known, was set up in June.",
        "quoted_head",
        "BP claims fund ' to begin payouts '",
        "The Gulf Coast Claims Facility, as the claims program is known",
    ),
    (
        "Guardian, t17 bpoil 2010-05-02_1732: a standfirst's quote glued to the lead",
        "This was the catastrophe that BP insisted could never happen. Now they call it ' "
        "unprecedented 'Twelve months ago BP dismissed the possibility that a catastrophic "
        "accident could happen at its offshore rig.",
        "quoted_head",
        "Now they call it ' unprecedented '",
        "Twelve months ago BP dismissed the possibility",
    ),
    (
        "Huffington Post, PolNeAR train huff-post_2016-07-25_monday-s-morning-ema...",
        f"{LEAD}\n\nNEW YORK ENDS TAMPON TAX “New York Gov.\xa0Andrew Cuomo (D) signed a bill "
        "Thursday ending the ‘tampon tax’\xa0in his state, which means menstrual products are now "
        "exempt from the state’s 4 percent sales tax.",
        "caps_heading",
        "NEW YORK ENDS TAMPON TAX",
        "Andrew Cuomo (D) signed a bill",
    ),
    (
        "Huffington Post live blog, PolNeAR train huff-post_2016-02-07_the-latest-gop-debate...",
        "Jeb Bush criticized Marco Rubio for opposing legal abortion in cases of rape and incest."
        "\nJulia CravenFlagShareLikeReplyAni Vrabel 5ptsmoderatorFeaturedFebruary 6, 2016 "
        "10:57PMJeb Bush Hits Marco Rubio On Rape Exception For Abortions",
        "widget_labels",
        "Julia CravenFlagShareLikeReplyAni Vrabel 5ptsmoderatorFeaturedFebruary 6, 2016 10:57PM",
        "Jeb Bush criticized Marco Rubio",
    ),
    (
        "Politico New York newsletter, PolNeAR train politico_2015-12-11_politico-new-york-s...",
        f'{LEAD}\n\nPSA—"You have until the end of December to get free museum and zoo '
        'memberships," by DNAinfo\'s Nicole Levy: "You have a few more weeks to snag free '
        "memberships to cultural institutions in all five boroughs when you sign up for an IDNYC "
        "card, the government-issued identification card available to all New Yorkers age 14 "
        "and up.",
        "digest_link",
        'PSA—"You have until the end of December to get free museum and zoo memberships," by '
        "DNAinfo's Nicole Levy:",
        '"You have a few more weeks to snag free memberships',
    ),
    (
        "Washington Post, PolNeAR train wash-post_2015-12-10_netanyahu-rejects-trump-s...",
        "JERUSALEM - Israeli Prime Minister Benjamin Netanyahu will meet with Donald Trump when "
        "the Republican presidential front-runner arrives in Israel later this month, Israeli "
        "officials said Wednesday.",
        "agency_dateline",
        "JERUSALEM -",
        "Israeli Prime Minister Benjamin Netanyahu will meet with Donald Trump",
    ),
    (
        "Washington Post, PolNeAR train wash-post_2016-04-17_cruz-wins-most-...",
        "CASPER, Wyo. - Sen. Ted Cruz (R-Tex.) continued his romp through the Republican Party's "
        "state conventions Saturday, winning 14 delegates in Wyoming to complete a near-sweep of "
        "the state.",
        "agency_dateline",
        "CASPER, Wyo. -",
        "Sen. Ted Cruz (R-Tex.) continued his romp",
    ),
    (
        "Reuters, t17 bpoil 2010-06-27_1749",
        "The Q4000 multi-purpose oil field intervention vessel (L) and the drillship the "
        "Discoverer Explorer (C) burn off material from the Deepwater Horizon wellhead near the "
        "disaster site June 24, 2010. The oil spill, which began on April 20, has caused an "
        "economic and environmental disaster along the U.S. Gulf Coast, threatening fisheries, "
        "tourism and wildlife.",
        "photo_caption",
        "The Q4000 multi-purpose oil field intervention vessel (L) and the drillship the "
        "Discoverer Explorer (C) burn off material from the Deepwater Horizon wellhead near the "
        "disaster site June 24, 2010.",
        "The oil spill, which began on April 20",
    ),
    (
        "BBC, t17 MJ 2011-09-27_1127",
        f"{LEAD} Willie Hampton (L), a supporter of Michael Jackson's doctor, Conrad Murray and "
        "Najee Ali (R) a fan of the singer, outside the court in Los Angeles.",
        "photo_caption",
        "Willie Hampton (L), a supporter of Michael Jackson's doctor, Conrad Murray and Najee "
        "Ali (R) a fan of the singer, outside the court in Los Angeles.",
        LEAD,
    ),
    (
        "BBC, t17 bpoil 2010-05-25_88",
        "Mr Salazar ordered a review. This deeply disturbing report is further evidence of the "
        'cosy relationship between some elements of MMS and the oil and gas industry" End Quote '
        "Ken Salazar Interior secretary BP engineers have the equipment in place and will run a "
        "series of tests over the next 12 hours to prepare for the attempt.",
        "quote_box",
        "This deeply disturbing report is further evidence of the cosy relationship between some "
        'elements of MMS and the oil and gas industry" End Quote Ken Salazar Interior secretary',
        "Mr Salazar ordered a review. BP engineers have the equipment in place",
    ),
    (
        "BBC, t17 bpoil 2010-06-07_2103 (after a comma, the organisation)",
        "It comes down to whether BP are doing the right and responsible thing when they are "
        'trying to improve safety and so on" End Quote Adrian Lowcock Investment advisor, Best '
        "Invest BP is one of the largest on the list.",
        "quote_box",
        "It comes down to whether BP are doing the right and responsible thing when they are "
        'trying to improve safety and so on" End Quote Adrian Lowcock Investment advisor, Best '
        "Invest",
        "BP is one of the largest on the list.",
    ),
    (
        "BBC, t17 bpoil 2010-06-18_1922 (a possessive starts the next sentence)",
        "Mr Hayward's inability to answer specific technical questions angered the panel "
        'particularly. We are not small people but we wish to get our lives back" End Quote Bart '
        "Stupak US Congressman BP's chief executive said answers would be supplied by his firm.",
        "quote_box",
        'We are not small people but we wish to get our lives back" End Quote Bart Stupak US '
        "Congressman",
        "angered the panel particularly. BP's chief executive said answers",
    ),
    (
        "BBC, t17 bpoil 2010-08-02_293 (no quote before the mark: the sentence is the article's)",
        '"We want to confirm we can inject the oil in the wellbore back into the reservoir," said '
        "Kent Wells, BP's senior vice-president of exploration and production. End Quote Thad "
        'Allen Retired admiral If the tests are positive "then we move to the static kill", he '
        "said.",
        "quote_box",
        "End Quote Thad Allen Retired admiral",
        "exploration and production. If the tests are positive",
    ),
    (
        "BBC, t17 MJ 2010-06-16_335",
        "Randy Jackson is the second youngest of the Jackson clan Randy Jackson, brother of the "
        "late pop star Michael Jackson, has been admitted to hospital with chest pains.",
        "caption_before_lead",
        "Randy Jackson is the second youngest of the Jackson clan",
        "Randy Jackson, brother of the late pop star Michael Jackson, has been admitted",
    ),
    (
        "BBC, t17 bpoil 2010-06-09_440 (a headline, a caption ending in a quote mark)",
        "Gulf spill: Salazar reassures over oil drilling pause US Interior Secretary Ken Salazar "
        'said drilling would continue in a "safe way" US Interior Secretary Ken Salazar has told '
        "a senate panel that a six-month moratorium on deepwater drilling will stay in place "
        "until safety is assured.",
        "caption_before_lead",
        "Gulf spill: Salazar reassures over oil drilling pause US Interior Secretary Ken Salazar "
        'said drilling would continue in a "safe way"',
        "US Interior Secretary Ken Salazar has told a senate panel",
    ),
    (
        "BBC, t17 bpoil 2010-07-26_1207 (a possessive name)",
        "BP's board is expected to discuss Mr Hayward's departure Mr Hayward's performance in "
        "the crisis has been widely criticised.",
        "caption_before_lead",
        "BP's board is expected to discuss Mr Hayward's departure",
        "Mr Hayward's performance in the crisis has been widely criticised.",
    ),
]

# (source, text): sentences of these shapes that stay whole
KEPT = [
    (
        "Fox News, t17 bpoil 2010-05-01_1498 (a quote closing a sentence, glued to its speaker)",
        "\"I hope they can cap this and we talk about ' remember back when,\" 'Gov. Bob Riley said "
        "late Friday.",
    ),
    (
        "BBC, t17 MJ 2011-01-05_735 (a quote's last sentence, glued to its speaker)",
        "He had a reaction. He had a bad reaction,\" 'Mr Alvarez recalled.",
    ),
    (
        "TimeBank, wsj_0534 (a letter of a name, not a sentence's start)",
        "Conseco Inc. said it is calling for the redemption on Dec. 7 of all the 800,000 "
        "remaining shares outstanding of its $1.875 Series A convertible preferred stock at "
        "$26.805 a share.",
    ),
    (
        "USA Today, PolNeAR train usa-today_2016-04-15_fiery-words-light-up (a headline line)",
        "Fiery words light up The debate stage in N.Y.;",
    ),
    (
        "AllSides, allsides_5662 (a title with no sentence end)",
        "'Nobody wants to blink:' A canceled trip, deal-less meetings and 24 hours to thread "
        "the needle",
    ),
    (
        "AllSides, allsides_5715 left.md (capitals ending in a small word: a sentence)",
        "DOCUMENTS OBTAINED BY The Intercept contain new evidence that the Wuhan Institute of "
        "Virology and the nearby Wuhan University Center for Animal Experiment, along with their "
        "collaborator, the U.S.-based nonprofit EcoHealth Alliance, have engaged in what the "
        "U.S. government defines as “gain-of-function research of concern,” intentionally "
        "making viruses more pathogenic or transmissible in order to study them, despite "
        "stipulations from a U.S. funding agency that the money not be used for that purpose.",
    ),
    (
        "Washington Post, PolNeAR train wash-post_2016-09-07_split-on-supreme-cou... ('(R)' "
        "is a party)",
        "After the appeals court refused to reconsider the decision, Michigan Attorney General "
        "Bill Schuette (R) asked the Supreme Court for quick action.",
    ),
    (
        "New York Times, PolNeAR train nyt_2016-04-08_tensions-flare-after-sanders-cal (prose "
        "says 'quote-unquote')",
        "''She has been saying lately that she thinks that I am, quote-unquote, not qualified to "
        "be president,'' Mr. Sanders said.",
    ),
    (
        "Politico, PolNeAR train politico_2016-02-17_bush-rubio-collide-in-scramble-f",
        "“If anybody thinks that because they’re quote-unquote native sons, that’s impacting "
        "their ballot position in Florida, there’s no data to suggest that,” said one unaligned "
        "Florida Republican strategist.",
    ),
    (
        "AllSides, allsides_5611 right.md (a name again after a small word)",
        "The far-left fumed over an initial draft from Democrat President Joe Biden’s Supreme "
        "Court Commission on the issue of packing the Supreme Court, an idea that the report "
        "cautioned against.",
    ),
    (
        "Huffington Post, PolNeAR train huff-post_2016-08-03_francois-hollande-says-donald-tr "
        "(the name again in the lead, the headline on its own line)",
        "Francois Hollande Says Donald Trump ‘Makes You Want To Retch.’\n\nFrench President "
        "François Hollande has joined a growing list of world leaders who have slammed U.S. "
        "presidential hopeful Donald Trump as the election looms closer.",
    ),
    (
        "Huffington Post, PolNeAR train huff-post_2016-06-09_girliguess... (a hashtag)",
        "Enter #GirlIGuessImWithHer.",
    ),
]


@pytest.mark.parametrize(("source", "text", "rule", "removed", "stays"), REMOVED)
def test_run_in_furniture_is_removed_and_the_text_stays(
    source: str, text: str, rule: str, removed: str, stays: str
):
    cleaned, removals = strip_boilerplate(text)
    assert (rule, removed) in [(r.rule, r.text) for r in removals], (source, removals)
    assert removed not in cleaned, source
    assert stays in cleaned, source


@pytest.mark.parametrize(("source", "text"), KEPT)
@pytest.mark.parametrize("before", ["", f"{LEAD}\n\n"])
def test_sentences_of_these_shapes_stay(source: str, text: str, before: str):
    cleaned, removals = strip_boilerplate(before + text)
    assert removals == (), f"{source}: {removals}"
    assert cleaned == before + text


def test_a_run_in_head_is_read_in_the_first_segment_only():
    """BBC, t17 MJ 2010-03-16_316: the same words further down are the article's."""
    text = (
        f"{LEAD} Sony has sold 31 million Jackson albums since his death last June The estate "
        "of Michael Jackson has agreed the biggest recording deal in history."
    )
    assert strip_boilerplate(text) == (text, ())
