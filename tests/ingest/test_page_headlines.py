"""A headline run into its lead, found by the lead repeating it (boilerplate rule
`echoed_headline`, briefgen/ingest/page_headlines.py): real first lines of the DEV part
(Timeline17 BBC pages, PolNeAR train), cut or kept."""

from __future__ import annotations

import pytest

from briefgen.ingest.page_headlines import echoed_headline

# (source, the text's first line, what the rule removes: "" when nothing)
CASES = [
    (
        "BBC, t17 MJ 2009-07-28_685: a present-tense headline",
        "Police raid Jackson doctor's home Drug police are searching the Las Vegas home of "
        "Michael Jackson's doctor as part of a manslaughter investigation into the singer's "
        "death.",
        "Police raid Jackson doctor's home ",
    ),
    (
        "BBC, t17 MJ 2011-11-04_221: an infinitive headline",
        "Conrad Murray jury to return after weekend Prosecutors ended their case by saying Dr "
        'Conrad Murray\'s care of Jackson had been "bizarre", while the defense said the singer '
        "had caused his own death.",
        "Conrad Murray jury to return after weekend ",
    ),
    (
        "BBC, t17 MJ 2011-04-22_271: a headline with no verb",
        "Jury selection for Jackson's doctor People who could become panel members in the trial "
        "of Michael Jackson's personal doctor are being asked unusual questions to find a fair "
        "group.",
        "Jury selection for Jackson's doctor ",
    ),
    (
        "BBC, t17 bpoil 2010-05-13_260: an amount before the seam, a verb in -s after a name",
        "Gulf of Mexico oil leak bill reaches $450m BP says the oil spill in the Gulf of Mexico "
        "has cost it $450m (#308m) so far, an increase of $100m (#68m) on the figure reported "
        "earlier this week.",
        "Gulf of Mexico oil leak bill reaches $450m ",
    ),
    (
        "BBC, t17 bpoil 2010-07-19_112: a participle before a name (the caption is left to "
        "other rules)",
        "Seepages near the leaking BP oil well ' may be natural 'Adm Thad Allen says the "
        "integrity of the capped well is not threatened Seepages on the sea floor near the "
        "leaking Gulf of Mexico oil well may be unrelated to the well itself, the US government "
        "has said.",
        "",
    ),
    (
        "Politico, PolNeAR train: a post before a name, three words",
        "Democratic presidential candidate Bernie Sanders is releasing a new 30-second ad that "
        "urges voters in New York to “send a message” to Wall Street banks and billionaires.",
        "",
    ),
    (
        'WSJ, TimeBank wsj_0551: an abbreviation\'s full stop in a sentence ("&" as "amp")',
        "Trustcorp Inc. will become Society Bank amp Trust when its merger is completed with "
        "Society Corp. of Cleveland, the bank said.",
        "",
    ),
    (
        "PolNeAR train: a lead opening with a noun and a clause",
        "Analysts noted that the Islamic State has called on its followers to kill civilians in "
        "Western countries by any means possible.",
        "",
    ),
    (
        "BBC, t17 MJ 2009-08-29_671: a caption whose words the lead does not repeat enough",
        "Michael Jackson died from cardiac arrest in his rented home Michael Jackson's death was "
        "homicide, primarily caused by the powerful anesthetic Propofol, the Los Angeles coroner "
        "has confirmed.",
        "",
    ),
]


@pytest.mark.parametrize(("source", "text", "removed"), CASES)
def test_echoed_headline(source: str, text: str, removed: str) -> None:
    cuts = echoed_headline(text)
    assert "".join(text[a:b] for a, b in cuts) == removed, source
