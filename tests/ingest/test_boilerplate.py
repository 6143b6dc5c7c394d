"""Boilerplate removal at ingest: real lines of saved web copy, removed or kept.

Excerpts are short and name their source: Timeline17 (saved BBC, Guardian, Reuters, Fox News
and Washington Post pages of 2009-2011) and PolNeAR (US political news of 2015-16), both in
../shared/corpus; lines that must stay are real sentences that look like boilerplate.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from briefgen.errors import InputError
from briefgen.extract.rules import tracing
from briefgen.ingest.boilerplate import kept, segments, strip_boilerplate
from briefgen.ingest.clean import article
from briefgen.ingest.text import read

LEAD = "Officials said the work would take weeks."  # a sentence before the line tested

# (source, text, the rule that removes, what it removes)
REMOVED = [
    (
        "Axios, AllSides",
        "Driving the news: But in an unusual move, CDC director Rochelle Walensky late Thursday "
        "overruled part of the advisory committee's decision.",
        "rubric_label",
        "Driving the news:",
    ),
    (
        "Axios, AllSides",
        "Why it matters: The approval was a near-final step in making the booster shots "
        "available to tens of millions of Americans.",
        "rubric_label",
        "Why it matters:",
    ),
    (
        "Fox Business, AllSides",
        "In the letter, House Majority Leader Steny Hoyer, D-Md., and his colleagues said "
        "Democrats backed efforts to raise the debt ceiling three times under former President "
        "Donald Trump. The lawmakers said McConnell should support a suspension of the limit to "
        '"avert a manufactured crisis," noting he had warned as recently as last week that the '
        "U.S....",
        "cut_off_ending",
        'The lawmakers said McConnell should support a suspension of the limit to "avert a '
        'manufactured crisis," noting he had warned as recently as last week that the U.S....',
    ),
    (
        "Daily Caller, AllSides",
        "Examples include claims that vaccines cause autism, infertility, or include microchips "
        "and tracking devices, the company said.\n\nYouTube will...",
        "cut_off_ending",
        "YouTube will...",
    ),
    (
        "Reuters, t17 bpoil",
        "HOUSTON | Thu Apr 22, 2010 7:30 pm EDT HOUSTON (Reuters) - An oil drilling rig "
        "that had burned for 36 hours sank on Thursday.",
        "page_timestamp",
        "HOUSTON | Thu Apr 22, 2010 7:30 pm EDT",
    ),
    (
        "BBC, t17 MJ",
        "Page last updated at 14:47 GMT, Wednesday, 28 September 2011 15:47 UK Fearne "
        "Cotton appears with Michael Jackson's former band members.",
        "page_timestamp",
        "Page last updated at 14:47 GMT, Wednesday, 28 September 2011 15:47 UK",
    ),
    (
        "Guardian, t17 bpoil",
        "BP shares rise 8p after the firm plugs the leak Monday 20 September 2010 20.07 BST "
        "BP plugs Deepwater Horizon oil leak.",
        "page_timestamp",
        "Monday 20 September 2010 20.07 BST",
    ),
    (
        "Reuters, t17 bpoil",
        "LONDON (Reuters) - BP Plc will compensate all those affected by an oil spill.",
        "agency_dateline",
        "LONDON (Reuters) -",
    ),
    (
        "AFP via Breitbart, PolNeAR",
        "Cleveland (AFP) – The Trump troops embraced their newly crowned nominee.",
        "agency_dateline",
        "Cleveland (AFP) –",
    ),
    (
        "Huffington Post, PolNeAR",
        "PHILADELPHIA ― Hillary Clinton’s campaign said it is looking for a progressive.",
        "agency_dateline",
        "PHILADELPHIA ―",
    ),
    (
        "Fox News, t17 bpoil",
        "NEW ORLEANS -- No oil appeared to be leaking from a drilling rig that exploded.",
        "agency_dateline",
        "NEW ORLEANS --",
    ),
    (
        "Reuters, t17 bpoil",
        f"{LEAD} (Reporting by Tom Bergin, Editing by Andrew Callus and Gerald E. McCormick)",
        "wire_credit",
        "(Reporting by Tom Bergin, Editing by Andrew Callus and Gerald E. McCormick)",
    ),
    (
        "Reuters, t17 bpoil",
        f"{LEAD} We welcome comments on our articles for a limited period after their publication.",
        "page_phrase",
        "We welcome comments on our articles for a limited period after their publication.",
    ),
    (
        "Guardian, t17 bpoil",
        "The Deepwater Horizon oil rig burning last week. Photograph: Gerald Herbert/AP "
        "Underwater robots dived to the ocean floor yesterday.",
        "photo_credit",
        "Photograph: Gerald Herbert/AP",
    ),
    (
        "Washington Post, t17 bpoil",
        "As many as 60 vessels work the drilling area in June (Melina Mara/Post). Just as the "
        "list was finalized, oil started seeping.",
        "photo_credit",
        "(Melina Mara/Post)",
    ),
    (
        "Guardian, t17 bpoil",
        "And no Ann Coulter, this is not demographics. Follow the latest environment news, "
        "comment and analysis on Twitter",
        "reader_prompt",
        "Follow the latest environment news, comment and analysis on Twitter",
    ),
    (
        "Guardian, t17 bpoil (live blog)",
        "The committee has been off for a recess. 12.20 pm: The senators are starting to get "
        "unhappy about the blame game.",
        "live_time_prefix",
        "12.20 pm:",
    ),
    (
        "Fox News, t17 bpoil",
        f"{LEAD} Apr. 21: Fire boat crews battle the blazing remnants of the offshore oil rig "
        "Deepwater Horizon.",
        "photo_caption",
        "Apr. 21: Fire boat crews battle the blazing remnants of the offshore oil rig "
        "Deepwater Horizon.",
    ),
    (  # the credit of the caption before left at its start
        "Fox News, t17 bpoil",
        "April 28: A boat makes its way through oil that has leaked from the Deepwater Horizon "
        "well in the Gulf of Mexico. AFP April 27: Weathered oil from a leaking pipeline that "
        "resulted the explosion on the Deepwater Horizon oil rig is seen in the Gulf of Mexico "
        "near Louisiana. NEW ORLEANS -- The U.S. Coast Guard says it is being very aggressive in "
        "its response to the oil spill off the Louisiana coast.",
        "photo_caption",
        "April 28: A boat makes its way through oil that has leaked from the Deepwater Horizon "
        "well in the Gulf of Mexico. AFP April 27: Weathered oil from a leaking pipeline that "
        "resulted the explosion on the Deepwater Horizon oil rig is seen in the Gulf of Mexico "
        "near Louisiana.",
    ),
    (  # a caption and its credit before the lead, no dateline
        "Fox News, t17 bpoil",
        "April 29, 2010: Workers in Orange Beach, Ala., lay inflatable orange booms to protect "
        "the beach and wildlife against a massive oil spill nearing the coastline. Fox News As a "
        "massive oil slick creeps ever closer to the Gulf Coast, officials in Louisiana are "
        "bracing for the worst.",
        "photo_caption",
        "April 29, 2010: Workers in Orange Beach, Ala., lay inflatable orange booms to protect "
        "the beach and wildlife against a massive oil spill nearing the coastline. Fox News",
    ),
    (  # a handout's source and its agency
        "Fox News, t17 bpoil",
        "Apr. 21: An oil slick is seen as the Deepwater Horizon oil rig burns in the Gulf of "
        "Mexico. AP Apr. 21: Fire boat crews battle the blazing remnants of the offshore oil rig "
        "Deepwater Horizon. Coast Guard via AP NEW ORLEANS -- The Coast Guard discovered "
        "Saturday that oil is leaking from the damaged well.",
        "photo_caption",
        "Apr. 21: An oil slick is seen as the Deepwater Horizon oil rig burns in the Gulf of "
        "Mexico. AP Apr. 21: Fire boat crews battle the blazing remnants of the offshore oil rig "
        "Deepwater Horizon. Coast Guard via AP",
    ),
    (
        "Fox News, t17 bpoil",
        f"{LEAD}\n\n(AP) Stanley Murray, left, father of Chad Murray, hugs loved ones after "
        "surviving crew members arrived at a hotel in Kenner, La., Thursday, April 22, 2010.",
        "photo_caption",
        "(AP) Stanley Murray, left, father of Chad Murray, hugs loved ones after surviving "
        "crew members arrived at a hotel in Kenner, La., Thursday, April 22, 2010.",
    ),
    (
        "Reuters, t17 bpoil",
        "BP shares fell.\n"
        "Birds fly over oil on the water near Breton Sound Island, south of Louisiana, April 29,"
        " 2010. LONDON | Fri Apr 30, 2010 3:26 pm EDT BP Plc will compensate all those affected.",
        "photo_caption",
        "Birds fly over oil on the water near Breton Sound Island, south of Louisiana, April 29,"
        " 2010.",
    ),
    (
        "BBC, t17 bpoil",
        f"{LEAD} com Giant box to fight US oil spill - 3 hrs ago Mirror.",
        "related_links",
        "com Giant box to fight US oil spill - 3 hrs ago Mirror.",
    ),
    (
        "BBC, t17 bpoil",
        "By Finlo Rohrer BBC News The oil spill has been called the worst environmental "
        "disaster in US history.",
        "byline",
        "By Finlo Rohrer BBC News",
    ),
    (
        "Washington Post, t17 bpoil",
        "Officials respond to the spill. Posted by: eye95 | July 19, 2010 9:25 AM | Report "
        "abuse Now plain and simple to the point.\n\nAll the talk is gibberish.",
        "comment_thread",
        "Posted by: eye95 | July 19, 2010 9:25 AM | Report abuse Now plain and simple to the "
        "point.\n\nAll the talk is gibberish.",
    ),
    (
        "Breitbart, PolNeAR",
        f"{LEAD}\n\nFollow AWR Hawkins on Twitter: @AWRHawkins.",
        "reader_prompt",
        "Follow AWR Hawkins on Twitter: @AWRHawkins.",
    ),
    (
        "Washington Post, PolNeAR",
        f"{LEAD}\n\nTwitter: @Milbank.",
        "contact_line",
        "Twitter: @Milbank.",
    ),
    (
        "Washington Post, PolNeAR",
        f"{LEAD}\n\nCosta reported from Washington.",
        "contributor_line",
        "Costa reported from Washington.",
    ),
    (
        "Huffington Post, PolNeAR",
        f"{LEAD}\n\nSamantha Lachman contributed reporting from Charleston.",
        "contributor_line",
        "Samantha Lachman contributed reporting from Charleston.",
    ),
    (
        "Huffington Post, PolNeAR",
        f"{LEAD}\n\nMike Huckabee Makes Sexist Wife Joke To Bash Fed Chair Janet Yellen",
        "headline_line",
        "Mike Huckabee Makes Sexist Wife Joke To Bash Fed Chair Janet Yellen",
    ),
    (
        "Western Journal, PolNeAR",
        f'{LEAD} <tweet tweet-author="@edhenry" tweet-date="March 10, 2016">',
        "markup_tag",
        '<tweet tweet-author="@edhenry" tweet-date="March 10, 2016">',
    ),
    (
        "CNN (issue 16)",
        "By the CNN Wire Staff\nTornadoes killed at least 20 people across three states.",
        "byline",
        "By the CNN Wire Staff",
    ),
    (
        "Guardian, t17 bpoil",
        "BP switches on live video from oil leak Gush of oil from Deepwater Horizon oil spill "
        "now being broadcast live A still of live video from the BP oil spill in the Gulf of "
        "Mexico. Photograph: Spillcam One month after the fiery collapse of the Deepwater "
        "Horizon, BP has posted a live video feed of the gusher.",
        "page_head",
        "BP switches on live video from oil leak Gush of oil from Deepwater Horizon oil spill "
        "now being broadcast live A still of live video from the BP oil spill in the Gulf of "
        "Mexico.",
    ),
    (
        "Reuters, t17 bpoil",
        "BP dampens hope of early leak fix, court fight looms WASHINGTON | Thu Jul 8, 2010 "
        "6:09 pm IST WASHINGTON (Reuters) - BP dampened hopes that it could plug its leaking "
        "Gulf of Mexico well sooner than forecast on Thursday.",
        "page_head",
        "BP dampens hope of early leak fix, court fight looms",
    ),
    (
        "Washington Post, t17 bpoil",
        "View how tourism, commerce and the coastline are all at risk. Wednesday, May 5, 2010; "
        "12:54 PM BP said Wednesday that it has capped one of the three leaks.",
        "page_head",
        "View how tourism, commerce and the coastline are all at risk.",
    ),
    (
        "AP via Washington Post, t17 bpoil",
        "FILE - In this April 27, 2010 file photo, a sign for a BP petrol station is seen in "
        "London. The company whose drilling triggered the Gulf of Mexico oil spill also owns a "
        "rig that operated with incomplete and inaccurate engineering documents, which one "
        'official warned could "lead to catastrophic operator error," records and interviews '
        "show. (AP Photo/Alastair Grant, File) The company most closely linked to the Gulf of "
        "Mexico oil spill also owns a rig.",
        "page_head",
        "FILE - In this April 27, 2010 file photo, a sign for a BP petrol station is seen in "
        "London. The company whose drilling triggered the Gulf of Mexico oil spill also owns a "
        "rig that operated with incomplete and inaccurate engineering documents, which one "
        'official warned could "lead to catastrophic operator error," records and interviews '
        "show.",
    ),
    (
        "UPI via Breitbart, PolNeAR",
        "PURCHASE, N.Y., April 1 (UPI) — The race for the Democratic nomination is taking on a "
        "testier tone.",
        "agency_dateline",
        "PURCHASE, N.Y., April 1 (UPI) —",
    ),
    (
        "BBC, t17 MJ",
        "By Peter Bowes BBC News, Los Angeles Fans sing outside the Jackson family home It was "
        "a day for Michael Jackson's fans to remember their idol.",
        "byline",
        "By Peter Bowes BBC News, Los Angeles",
    ),
    (
        "BBC, t17 bpoil 2010-06-07_2103: the writer's post before the outlet",
        "By Damian Kahya Business reporter, BBC News Is investing in oil firms no longer such a "
        "good idea? We might not think of ourselves as shareholders in a big oil company.",
        "byline",
        "By Damian Kahya Business reporter, BBC News",
    ),
    (
        "BBC, t17 bpoil 2010-06-11_377: a post of three words",
        "By Reeta Chakrabarti Political correspondent, BBC News David Cameron is facing calls "
        "from some newspapers to take action The pressure on David Cameron over the BP oil spill "
        "may not be as intense as it is on his American counterpart.",
        "byline",
        "By Reeta Chakrabarti Political correspondent, BBC News",
    ),
    (
        "Guardian, t17 bpoil",
        "Photograph: Leslie Rose Of all the folks in Louisiana spoiling for a fight with Tony "
        "Hayward, none brings more gusto to the challenge than Dean Blanchard.",
        "photo_credit",
        "Photograph: Leslie Rose",
    ),
    (
        "Guardian, t17 bpoil",
        "BP's report contains a detailed timeline of events. Illustration: Paul Scruton for "
        "the Guardian Find out how the data shows what happened when.",
        "photo_credit",
        "Illustration: Paul Scruton for the Guardian",
    ),
]

# (source, text): real sentences that look like boilerplate, and stay whole.
KEPT = [
    (  # a speaker's name before a colon is no rubric (a headline)
        "Axios, AllSides",
        "Fauci: U.S. can get control of pandemic by spring if vaccinations rise",
    ),
    (  # an ellipsis inside the text is the writer's
        "Breitbart, PolNeAR",
        "\u201cHe started out by insulting Hispanics\u2026now to lump all the Muslims together, "
        "that\u2019s even more insulting,\u201d Barkley said.",
    ),
    (
        "Guardian, t17 bpoil",
        "By BP's own account, it has mobilised a third of the world's supply of dispersant.",
    ),
    (
        "New York Times, PolNeAR",
        "By the time the debates began, Trump was at the top of "
        "national and battleground Republican polls.",
    ),
    (
        "Politico, PolNeAR",
        'In a later tweet, the candidate boasted that "everyone" is now '
        "following his lead on illegal immigration.",
    ),
    (
        "Western Journal, PolNeAR",
        'On November 19, Labott tweeted, "House passes bill that could limit Syrian refugees."',
    ),
    ("New York Times, PolNeAR", "Twitter became a place to offer support."),
    (
        "Guardian, t17 bpoil",
        "If you are following these hearings on Twitter, then there's "
        "some excellent live tweeting going on from Kate Sheppard @kate_sheppard and my "
        "colleague Suzanne Goldenberg @suzyji, at the hearings itself.",
    ),
    (
        "New York Times, PolNeAR",
        "Mrs. Clinton was exempted from the rule; she is famously "
        "shown in a photograph using her smartphone on a military plane.",
    ),
    (
        "USA Today, PolNeAR",
        "Other Republicans want Obama to push for new laws that would help "
        "government investigators penetrate encrypted Internet messages.",
    ),
    (
        "Politico, PolNeAR",
        "The survey of 1,200 registered voters was taken Oct. 30 to Nov. 8 "
        "online with a margin of error of plus or minus 2.83 percentage points.",
    ),
    ("Breitbart, PolNeAR", "According to Jack Kelly, writing for RealClearPolitics:"),
    ("Huffington Post, PolNeAR", "-Hillary Clinton leads Bernie Sanders in Indiana. [ARG]"),
    ("USA Today, PolNeAR", "A USA TODAY/Suffolk University poll found Trump ahead."),
    (
        "Politico, PolNeAR",
        "An NBC/Wall Street Journal poll released Sunday showed the race tightening.",
    ),
    ("MEANTIME (Wikinews)", "March 01, 2008"),
    (
        "BBC, t17 MJ",
        "Dr Murray had been hired by Jackson in May to accompany him as he "
        "prepared to embark on a gruelling series of 50 concerts in London.",
    ),
    (
        "Guardian, t17 bpoil",
        "Lisa Murkowski from Alaska, a state that knows all about oil, wants to stop the face-off.",
    ),
    ("Politico, PolNeAR", "The Clinton campaign did not respond to a request for comment."),
    (
        "Fox News, t17 bpoil",
        "Read more about how the well was capped, officials said, "
        "in a report due next week from the Coast Guard.",
    ),
]


@pytest.mark.parametrize(("source", "text", "rule", "removed"), REMOVED)
def test_boilerplate_is_removed_by_its_rule(source: str, text: str, rule: str, removed: str):
    cleaned, removals = strip_boilerplate(text)
    assert (rule, removed) in [(r.rule, r.text) for r in removals], source
    assert removed not in cleaned, source


@pytest.mark.parametrize(("source", "text"), KEPT)
def test_sentences_that_look_like_boilerplate_stay(source: str, text: str):
    cleaned, removals = strip_boilerplate(f"{LEAD}\n\n{text}")
    assert removals == (), f"{source}: {removals}"
    assert cleaned == f"{LEAD}\n\n{text}"


def test_a_text_of_one_cut_off_sentence_keeps_it():
    """AllSides, Daily Caller: nothing else would be left to read."""
    text = "The murder of George Floyd is..."
    assert strip_boilerplate(text) == (text, ())


@pytest.mark.parametrize(
    "text",
    [
        # AllSides develop: allsides_5781 (CNN), allsides_5681 (The Independent)
        "“It won’t be difficult for me. Everyone who has known my career over 27 years of elected "
        "office knows that I have very high ethical standards and I will go in there and "
        "literally say, ‘It is a whole new day.’ Zero tolerance,” Hochul told CNN’s Jake "
        "Tapper...",
        "“On that point, Joe, we are completely at one. And I think nobody want to see anything "
        "that interrupts or un-balances the Belfast Good Friday,” Mr Johnson was saying before "
        "being cut...",
    ],
)
def test_a_cut_off_sentence_that_closes_a_quotation_keeps_it(text: str):
    """The quotation keeps its end and its speaker."""
    assert strip_boilerplate(text) == (text, ())


def test_a_wire_lead_after_its_time_stamp_is_no_caption():
    """Reuters, t17 H1N1: the stamp and the agency go, the lead stays."""
    text = "Tue Apr 28, 2009 9:03 pm BST (Reuters) - Weather experts are studying swine flu."
    cleaned, removals = strip_boilerplate(text)
    assert cleaned == "Weather experts are studying swine flu."
    assert [r.rule for r in removals] == ["page_timestamp", "agency_dateline"]


def test_a_dateline_goes_and_its_lead_sentence_stays():
    text = "LONDON (Reuters) - BP Plc will compensate all those affected by the oil spill."
    cleaned, _ = strip_boilerplate(text)
    assert cleaned == "BP Plc will compensate all those affected by the oil spill."


def test_a_cut_joins_the_sentences_around_it_with_one_space():
    text = "LONDON (Reuters) - BP shares fell. (Reporting by Tom Bergin) They rose later.\n\nNext."
    cleaned, _ = strip_boilerplate(text)
    assert cleaned == "BP shares fell. They rose later.\n\nNext."


def test_the_caption_before_a_credit_goes_with_it():
    """Guardian, t17 bpoil: in the page's body, the credit follows its caption's last sentence."""
    text = (
        f"{LEAD}\n\nOil blobs and sheen remain in the waters of Chandeleur Sound, Louisiana."
        " Photograph: Eric Gay/AP Some of the dispersant has been injected at the source."
    )
    cleaned, removals = strip_boilerplate(text)
    assert cleaned == f"{LEAD}\n\nSome of the dispersant has been injected at the source."
    assert [r.rule for r in removals] == ["photo_caption", "photo_credit"]


@pytest.mark.parametrize(
    ("source", "text", "lead"),
    [
        (
            # a caption of two sentences before its credit, the first run into the standfirst
            "Guardian, t17 bpoil",
            "Industry officials acknowledge it could take months to entirely contain leak from "
            "well on ocean floor The Deepwater Horizon oil rig burning last week. It later sank "
            "with the presumed loss of 11 lives. Photograph: Gerald Herbert/AP Underwater robots "
            "dived to the ocean floor yesterday.",
            "Underwater robots dived to the ocean floor yesterday.",
        ),
        (
            # headline, standfirst, the page's time stamp, then a caption up to its credit
            "Guardian, t17 bpoil",
            "World's smallest seahorse faces extinction after BP oil spill Habitat loss could "
            "cause a dramatic fall in dwarf seahorse populations, warn conservationists Tuesday "
            "7 September 2010 18.13 BST A dwarf seahorse, found only in waters off the Gulf "
            "Coast. The species is at risk because of habitat loss, say conservationists. "
            "Photograph: Robert F. Sisson/NG/Getty Images One of the world's smallest seahorses "
            "faces extinction because of the BP oil spill, conservationists have warned.",
            "One of the world's smallest seahorses faces extinction because of the BP oil "
            "spill, conservationists have warned.",
        ),
        (
            # a wire picture's caption, then the stamp and the dateline
            "Reuters, t17 bpoil",
            "BP CEO Tony Hayward testifies about the BP oil spill in the Gulf of Mexico at the "
            "House Energy and Commerce Committee on Capitol Hill, June 17, 2010. WASHINGTON | "
            "Thu Jun 17, 2010 5:45 pm EDT WASHINGTON (Reuters) - Lawmakers accused BP Chief "
            "Executive Tony Hayward of evasion.",
            "Lawmakers accused BP Chief Executive Tony Hayward of evasion.",
        ),
    ],
)
def test_the_page_head_goes_and_the_lead_stays(source: str, text: str, lead: str):
    cleaned, removals = strip_boilerplate(f"{text}\n\n{LEAD}")
    assert cleaned == f"{lead}\n\n{LEAD}", source
    assert "page_head" in [r.rule for r in removals] or "photo_caption" in [
        r.rule for r in removals
    ], source


def test_the_page_head_is_read_in_the_first_line_only():
    """Guardian, t17 bpoil: a caption and credit in a later paragraph leave the sentence
    before them (the article's) alone."""
    text = (
        f"{LEAD}\n\nThe shares fell 13% on the FTSE today. Workers in Louisiana tackle oil from"
        " the Deepwater Horizon leak. Photograph: Ho/Reuters The future of BP was in doubt."
    )
    cleaned, _ = strip_boilerplate(text)
    assert (
        cleaned
        == f"{LEAD}\n\nThe shares fell 13% on the FTSE today. The future of BP was in doubt."
    )


def test_a_line_removed_whole_leaves_one_paragraph_break():
    text = f"{LEAD}\n\nTwitter: @Milbank.\n\nThe senator declined to comment."
    cleaned, _ = strip_boilerplate(text)
    assert cleaned == f"{LEAD}\n\nThe senator declined to comment."


def test_segments_do_not_end_at_abbreviations():
    text = "Apr. 21: Crews battle the fire off Venice, La. on Monday. U.S. officials said so."
    found = [text[start:end] for start, end in segments(text)]
    assert found == [
        "Apr. 21: Crews battle the fire off Venice, La. on Monday.",
        "U.S. officials said so.",
    ]


def test_every_removal_is_traced_and_logged(caplog: pytest.LogCaptureFixture):
    text = f"{LEAD} (Reporting by Tom Bergin; Editing by Simon Jessop)"
    with caplog.at_level(logging.INFO, logger="briefgen"), tracing() as trace:
        strip_boilerplate(text, "reuters.txt")
    [decision] = trace.by("wire_credit")
    assert decision.subject == "(Reporting by Tom Bergin; Editing by Simon Jessop)"
    assert decision.outcome == "removed from reuters.txt"
    assert "reuters.txt: wire_credit removed" in caplog.text


def test_articles_are_cleaned_as_they_are_read(tmp_path: Path):
    raw = b"Oil spill grows\n\nLONDON (Reuters) - BP shares fell.\n\nTwitter: @Milbank.\n"
    [found] = read(tmp_path / "a.txt", raw)
    assert found.text == "Oil spill grows\n\nBP shares fell."
    with kept():
        [whole] = read(tmp_path / "a.txt", raw)
    assert "Twitter: @Milbank." in whole.text


def test_a_page_of_nothing_but_boilerplate_is_skipped_with_its_reason():
    with pytest.raises(InputError, match="only page boilerplate"):
        article("page.html", "Page", "Twitter: @Milbank.\n\n(Reporting by Tom Bergin)")


def test_a_long_paragraph_is_cleaned_in_linear_time():
    import time

    paragraph = f"{LEAD} Photograph: Gerald Herbert/AP " * 20_000  # ~1.3 million characters
    started = time.perf_counter()
    cleaned, removals = strip_boilerplate(paragraph)
    assert len(removals) >= 20_000
    assert time.perf_counter() - started < 20
    assert "Photograph" not in cleaned
