"""A title cleaned as its text is (rule `excerpt_title`, briefgen/ingest/titles.py): real
titles of the DEV part (Timeline17 BBC and Fox News pages, PolNeAR train), replaced or
kept, and the fallback when there is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.boilerplate import kept
from briefgen.ingest.clean import article
from briefgen.ingest.text import read
from briefgen.ingest.titles import first_sentence


def _title(title: str, body: str, name: str = "page.md") -> str:
    front = f'---\ntitle: "{title}"\n---\n' if title else ""
    return read(Path(name), f"{front}{body}".encode())[0].title


# (source, the file's title, its text, the title read)
CASES = [
    (
        "BBC, t17 MJ 2011-09-27_1127: a page's time stamp",
        "Page last updated at 11:24 GMT, Tuesday, 27 September 2011 12:24 UK ...",
        "Page last updated at 11:24 GMT, Tuesday, 27 September 2011 12:24 UK Michael Jackson "
        "announced his live concerts at the London O2 Arena in March 2009. Jackson died in June "
        "2009 aged 50.",
        "Michael Jackson announced his live concerts at the London O2 Arena in ...",
    ),
    (
        "BBC, t17 MJ 2011-11-07_180: a notice about the page, the whole first paragraph",
        "This live page is part of a BBC News trial to test ...",
        "Italy's borrowing costs hit record highs over Greece.\n\nA senior UK Border Agency "
        "official authorised the relaxation of border controls.\n\nThis live page is part of a "
        "BBC News trial to test new ways of presenting news. Comments on this page are welcome.",
        None,  # not the text's opening: kept (the notice at the page's end is the text's)
    ),
    (
        "BBC, t17 bpoil 2010-06-02_1577: a byline",
        "By Finlo Rohrer BBC News, Washington Some experts believe high winds could ...",
        "By Finlo Rohrer BBC News, Washington Some experts believe high winds could spread the "
        "oil. The fight continues to stem the Gulf of Mexico oil spill.",
        "Some experts believe high winds could spread the oil",
    ),
    (
        "Fox News, t17 bpoil 2010-04-30_1818: a dateline",
        "MOUTH OF THE MISSISSIPPI RIVER -- Oil from a massive spill in ...",
        "MOUTH OF THE MISSISSIPPI RIVER -- Oil from a massive spill in the Gulf of Mexico oozed "
        "into the mouth of the Mississippi River on Friday.",
        "Oil from a massive spill in the Gulf of Mexico oozed into ...",
    ),
    (
        "BBC, t17 bpoil 2010-08-06_619: a blog's signature and stamp before the lead",
        "Claudia Bradshaw | 10:39 UK time, Friday, 6 August 2010 ' Despite ...",
        "Claudia Bradshaw | 10:39 UK time, Friday, 6 August 2010 ' Despite headlines screaming "
        '"the worst oil spill in history" it turns out the BP blowout disaster wasn\'t really as '
        "big a deal as you'd have thought '. So says Addison Wiggin.",
        '\' Despite headlines screaming "the worst oil spill in history" it turns ...',
    ),
    (
        "BBC, t17 bpoil 2010-07-05_371: a title the cleaned text still opens with, kept",
        "Shares in BP have risen amid speculation that Middle East investors may ...",
        "Shares in BP have risen amid speculation that Middle East investors may buy stakes in "
        "the oil giant. The shares closed up 3% at 333.3 p following media reports.",
        None,
    ),
    (
        "Politico, PolNeAR train politico_2015-11-09: a headline apart from the text, kept",
        "Sanders: Endorsements prove Clinton 'candidate of the establishment'",
        "Sanders: Endorsements prove Clinton 'candidate of the establishment.'\n\nHillary "
        "Clinton has 31 endorsements in the United States Senate, a body in which her chief "
        "rival Bernie Sanders serves.",
        None,
    ),
]


@pytest.mark.parametrize(("source", "title", "body", "expected"), CASES)
def test_title_is_cleaned_as_its_text(
    source: str, title: str, body: str, expected: str | None
) -> None:
    assert _title(title, body) == (title if expected is None else expected), source


def test_an_article_with_no_title_takes_its_first_sentence_else_its_file_name() -> None:
    # BBC, t17 MJ 2011-09-28_676 (a page read with no title)
    body = (
        "Page last updated at 14:47 GMT, Wednesday, 28 September 2011 15:47 UK Fearne Cotton has "
        "been announced as the co-host of next month's Michael Jackson tribute concert. The BBC "
        "Radio 1 presenter will partner Jamie Foxx."
    )
    made = article("docs/2011-09-28_676.html", None, body)
    assert made.title == (
        "Fearne Cotton has been announced as the co-host of next month's Michael Jackson "
        "tribute concert"
    )
    assert article("docs/2011-09-28_676.html", "12:24", body).title == made.title
    assert first_sentence("") == ""


def test_with_the_cleaner_off_the_title_is_the_files() -> None:
    title = "Page last updated at 11:24 GMT, Tuesday, 27 September 2011 12:24 UK ..."
    with kept():
        assert (
            _title(
                title,
                "Page last updated at 11:24 GMT, Tuesday, 27 September 2011 12:24 "
                "UK Michael Jackson announced his concerts.",
            )
            == title
        )
