"""Captions and blurbs told in the present tense, and a caption run into the lead found by
its grammar (boilerplate rules `programme_blurb`, `present_caption`, `caption_seam`,
briefgen/ingest/page_captions.py): real excerpts of the DEV part (Timeline17 bpoil and MJ
pages, PolNeAR train, TimeBank, ECB+ train topics, MEANTIME), removed or kept."""

from __future__ import annotations

import pytest

from briefgen.ingest.boilerplate import strip_boilerplate

LEAD = "Officials said the work would take weeks."  # a sentence before the line tested

# (source, text, the rule that removes, what it removes, what stays)
REMOVED = [
    (
        "BBC, t17 MJ 2011-11-08_1183 (a programme's running order)",
        "A jury has found Michael Jackson's personal doctor Conrad Murray guilty of the "
        "singer's involuntary manslaughter. Alistair Leathead reports from Los Angeles on "
        "reaction to the verdict.",
        "programme_blurb",
        "Alistair Leathead reports from Los Angeles on reaction to the verdict.",
        "A jury has found Michael Jackson's personal doctor Conrad Murray guilty",
    ),
    (
        "BBC, t17 MJ 2011-11-08_1183: a post before the name, an apposition after it",
        "Najib Balala, Kenyan Minister for Tourism, describes how he is working to make the "
        "country safer for tourists.",
        "programme_blurb",
        "Najib Balala, Kenyan Minister for Tourism, describes how he is working to make the "
        "country safer for tourists.",
        "",
    ),
    (
        "BBC, t17 MJ 2011-11-08_1183: two people, the verb's bare lemma",
        "Business editor Robert Peston and Megan Greene, of economic analysts Roubini Global "
        "Economics, give their verdict.",
        "programme_blurb",
        "Business editor Robert Peston and Megan Greene, of economic analysts Roubini Global "
        "Economics, give their verdict.",
        "",
    ),
    (
        "BBC, t17 bpoil 2010-05-09_1529: a video's caption run into the next sentence",
        f"{LEAD} BP's Doug Suttles explains hitch The smaller containment dome would "
        "theoretically be less likely to get blocked by hydrates because it would contain less "
        "water.",
        "programme_blurb",
        "BP's Doug Suttles explains hitch",
        "The smaller containment dome would theoretically be less likely",
    ),
    (
        "VOA, TimeBank VOA19980305.1800.2603 (a broadcast's correspondent)",
        "Lisa Schlein reports from Geneva.",
        "programme_blurb",
        "Lisa Schlein reports from Geneva.",
        "",
    ),
    (
        "BBC, t17 MJ 2011-09-27_1127",
        "Michael Jackson's brother Tito Jackson arrives at the trial of Dr Conrad Murray in Los "
        "Angeles.",
        "present_caption",
        "Michael Jackson's brother Tito Jackson arrives at the trial of Dr Conrad Murray in Los "
        "Angeles.",
        "",
    ),
    (
        "Huffington Post, PolNeAR train huff-post_2016-06-16",
        "President Barack Obama shakes hands with Sen. Marco Rubio (R-Fla.) on the tarmac at "
        "Orlando International Airport on Thursday, June 16, 2016.",
        "present_caption",
        "President Barack Obama shakes hands with Sen. Marco Rubio (R-Fla.) on the tarmac at "
        "Orlando International Airport on Thursday, June 16, 2016.",
        "",
    ),
    (
        "Huffington Post, PolNeAR train huff-post_2016-06-17",
        "Republican presidential candidate Donald Trump speaks at a campaign rally in "
        "Greensboro, North Carolina on June 14, 2016.",
        "present_caption",
        "Republican presidential candidate Donald Trump speaks at a campaign rally in "
        "Greensboro, North Carolina on June 14, 2016.",
        "",
    ),
    (
        "BBC, t17 bpoil 2010-05-05_1252",
        "The dome will be lowered 5,000 ft (1,500 m) under water to funnel leaking oil to the "
        "surface BP has managed to seal the smallest of the three leaks spilling oil into the "
        "Gulf of Mexico, the company says.",
        "caption_seam",
        "The dome will be lowered 5,000 ft (1,500 m) under water to funnel leaking oil to the "
        "surface",
        "BP has managed to seal the smallest of the three leaks",
    ),
    (
        "BBC, t17 bpoil 2010-05-09_1529: a headline, a caption, the lead (the first seam)",
        "BP wrestles with oil spill hitch in Gulf of Mexico A relief well being drilled to stop "
        "the spill will not be finished for weeks Engineers from the British oil firm BP are "
        "scrambling to find a way to contain oil leaking from a blown-out well on the bottom of "
        "the Gulf of Mexico.",
        "caption_seam",
        "BP wrestles with oil spill hitch in Gulf of Mexico A relief well being drilled to stop "
        "the spill will not be finished for weeks",
        "Engineers from the British oil firm BP are scrambling",
    ),
    (
        "BBC, t17 bpoil 2010-04-30_1549: the head's clause after its reporting verb",
        "White House adviser tells ABC all new drilling is on hold The US administration has "
        "banned oil drilling in new areas of the US coast while the cause of the oil spill off "
        "Louisiana is investigated.",
        "caption_seam",
        "White House adviser tells ABC all new drilling is on hold",
        "The US administration has banned oil drilling",
    ),
    (
        "BBC, t17 MJ 2009-08-29_671: a past after a name",
        "Michael Jackson died from cardiac arrest in his rented home Michael Jackson's death was "
        "homicide, primarily caused by the powerful anesthetic Propofol, the Los Angeles coroner "
        "has confirmed.",
        "caption_seam",
        "Michael Jackson died from cardiac arrest in his rented home",
        "Michael Jackson's death was homicide",
    ),
    (
        "BBC, t17 MJ 2011-03-03_727: a sentence opener starts the lead",
        "Dr Conrad Murray faces four years in prison if convicted A US judge has delayed the "
        "involuntary manslaughter trial of Michael Jackson's doctor, Conrad Murray, until May.",
        "caption_seam",
        "Dr Conrad Murray faces four years in prison if convicted",
        "A US judge has delayed the involuntary manslaughter trial",
    ),
]

REMOVED += [
    (
        "BBC, t17 bpoil 2010-05-09_1529: a pull-quote box with no marks, two segments",
        "The spill has been under way since 20 April. I wouldn't say it's failed yet. What I "
        "would say is what we attempted to do last night didn't work A sheen of oil began "
        "washing ashore on the Chandeleur Islands chain last week.",
        "unmarked_pull_quote",
        "I wouldn't say it's failed yet. What I would say is what we attempted to do last night "
        "didn't work",
        "The spill has been under way since 20 April. A sheen of oil began washing ashore",
    ),
    (
        "BBC, t17 bpoil 2010-04-30_1549",
        "More than 300 ships and aircraft were on the scene. We're putting everything forth in "
        "plans for a worst-case scenario He added that he had ordered a thorough review.",
        "unmarked_pull_quote",
        "We're putting everything forth in plans for a worst-case scenario",
        "He added that he had ordered a thorough review.",
    ),
]

# (source, text): article sentences of the same shapes, which stay
KEPT = [
    # a number before a capitalised word: "23 Somali and Yemeni pirates"
    (
        "ECB+, 12_7ecb",
        "The Indian navy said it has captured 23 Somali and Yemeni pirates who attacked a "
        "merchant vessel in the Gulf of Aden on Saturday.",
    ),
    # a participle before a name: "linked to the massive Gulf", "the ruptured Gulf"
    (
        "Reuters, t17 bpoil 2010-05-13_1846",
        "Companies linked to the massive Gulf of Mexico oil spill are facing a flood of "
        "lawsuits, as legal actions from the disaster spread faster than the crude gushing "
        "from BP Plc's blown-out undersea well.",
    ),
    (
        "Guardian, t17 bpoil 2010-07-13_1085",
        "BP has installed a larger, tighter-fitting containment cap on the ruptured Gulf of "
        "Mexico wellhead that has been gushing with oil since the Deepwater Horizon explosion "
        "on 20 April, raising hopes of limiting damage during the looming hurricane season.",
    ),
    # a relative clause, a reflexive verb, a noun that looks like a verb, a colon
    (
        "ECB+, 13_9ecb",
        "The church Alaska Gov.Sarah Palin attends was badly damaged by fire Friday night, and "
        "investigators suspect arson.",
    ),
    (
        "Washington Post, PolNeAR train wash-post_2016-06-28",
        "Presumptive Republican nominee Donald Trump describes himself as antiabortion and has "
        "said that he would nominate Supreme Court justices who are opposed to abortion.",
    ),
    (
        "New York Times, PolNeAR train nyt_2015-11-09",
        "The October report exceeded economists' expectations, with 271,000 new payroll positions.",
    ),
    (
        "USA Today, PolNeAR train usa-today_2016-04-07",
        "USA TODAY's Paul Singer takes a look at where each may thrive:",
    ),
    # a headline in the present (no sentence mark)
    (
        "Wikinews, MEANTIME gm 127227",
        "Barack Obama presents rescue plan after GM declaration of bankruptcy",
    ),
]


@pytest.mark.parametrize(("source", "text", "rule", "removed", "stays"), REMOVED)
def test_present_captions_and_blurbs_are_removed_and_the_text_stays(
    source: str, text: str, rule: str, removed: str, stays: str
):
    cleaned, removals = strip_boilerplate(text)
    assert (rule, removed) in [(r.rule, r.text) for r in removals], (source, removals)
    assert removed not in cleaned, source
    assert stays in cleaned, source


@pytest.mark.parametrize(("source", "text"), KEPT)
def test_sentences_of_these_shapes_stay(source: str, text: str):
    cleaned, removals = strip_boilerplate(text)
    assert removals == (), f"{source}: {removals}"
    assert cleaned == text


def test_a_caption_seam_is_read_in_the_first_segment_only():
    """BBC, t17 bpoil 2010-05-25_88: the same words further down are the article's."""
    text = (
        f"{LEAD} Oil is now coating beaches and marshland along miles of coastline BP has begun "
        "sharing details of its internal inquiry into the causes of the Gulf of Mexico oil spill."
    )
    assert strip_boilerplate(text) == (text, ())
