"""A caption run into its lead, ending in a name or a number, found by the lead repeating it
(boilerplate rule `echoed_caption`, briefgen/ingest/page_headlines.py): real first lines of
the DEV part (Timeline17 BBC and Guardian pages, TimeBank's SJMN and WSJ stories), cut or
kept."""

from __future__ import annotations

import pytest

from briefgen.ingest.page_headlines import echoed_caption

# (source, the text's first line, what the rule removes: "" when nothing)
CASES = [
    (
        "BBC, t17 MJ 2011-10-05_1066: a caption ending in a name, the lead opening with 'A'",
        "Dr Conrad Murray is charged with the involuntary manslaughter of Jackson A recording "
        "of Michael Jackson bemoaning his unhappy childhood has been played to the trial of the "
        "doctor charged with his death.",
        "Dr Conrad Murray is charged with the involuntary manslaughter of Jackson ",
    ),
    (
        "BBC, t17 MJ 2010-12-30_814: a caption ending in a number",
        "Michael Jackson died in June 2009 aged 50 Executors of Michael Jackson's estate have "
        "asked the Discovery Channel to cancel plans for a program claiming to re-enact the "
        "late singer's autopsy.",
        "Michael Jackson died in June 2009 aged 50 ",
    ),
    (
        "BBC, t17 MJ 2011-10-07_264: a present-tense caption the lead repeats in a row",
        'Michael Jackson\'s brothers speak about "celebrating the legacy" of their brother ahead '
        "of Saturday night's memorial concert in Cardiff Organisers said 40,000 tickets have "
        "now been sold ahead of Saturday night's stadium concert in Cardiff in memory of Michael "
        "Jackson.",
        'Michael Jackson\'s brothers speak about "celebrating the legacy" of their brother ahead '
        "of Saturday night's memorial concert in Cardiff ",
    ),
    (
        "BBC, t17 MJ 2011-08-12_1008: the lead's subject a list of names",
        "Aguilera, Green and Robinson are expected in Cardiff for the benefit Christina "
        "Aguilera, Cee Lo Green and Motown veteran Smokey Robinson are set to perform at a "
        "tribute concert in honor of Michael Jackson.",
        "Aguilera, Green and Robinson are expected in Cardiff for the benefit ",
    ),
    (
        "SJMN, TimeBank SJMN91-06338157: a name across the seam, a relative clause after it",
        "One of President Bush's sons has informed White House Chief of Staff John Sununu that "
        "he has lost much of his support among Republicans, prompting an intense effort by "
        "Sununu to hold on to his job by demonstrating his GOP backing, White House and "
        "Republican sources said Monday.",
        "",
    ),
    (
        "WSJ, TimeBank wsj_0751: a place's name across the seam",
        "Dime Savings Bank of New York was cleared by the Federal Deposit Insurance Corp. to "
        "acquire Starpointe Savings Bank of Somerset, N.J., the banks said.",
        "",
    ),
    (
        "Guardian, t17 bpoil 2010-05-11_97: a name the page writes together elsewhere",
        "Gulf oil spill hearing - as it happened US senators sought answers from the Deepwater "
        "Horizon rig's owners and operators in the wake of the Gulf oil spill disaster The "
        "Deepwater Horizon oil rig: millions of gallons of oil pour into the Gulf.",
        "",
    ),
    (
        "BBC, t17 bpoil 2010-07-19_112: a title before its name, the lead not repeating it",
        "Seepages near the leaking BP oil well ' may be natural 'Adm Thad Allen says the "
        "integrity of the capped well is not threatened Seepages on the sea floor near the "
        "leaking Gulf of Mexico oil well may be unrelated to the well itself, the government's "
        "incident commander says.",
        "",
    ),
]


@pytest.mark.parametrize(("source", "text", "removed"), CASES, ids=[c[0] for c in CASES])
def test_echoed_caption(source: str, text: str, removed: str) -> None:
    cuts = echoed_caption(text)
    assert "".join(text[start:end] for start, end in cuts) == removed, source
