"""A line one site prints on many pages of a batch (boilerplate rule `repeated_segment`,
briefgen/ingest/page_repeats.py): real pages of the DEV part (Timeline17 bpoil and MJ,
PolNeAR train, ECB+ train topics), the line removed or kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract.rules import tracing
from briefgen.ingest import read_inputs
from briefgen.ingest.boilerplate import kept
from briefgen.ingest.page_repeats import without_repeats
from briefgen.model import Article

PUN = "The pun - ancient artform, or the lowest form of wit?"
TAGLINE = (
    "News, features, and opinions on environmental policy, the science of climate change, "
    "and tools to live a green life."
)
NOTE = (
    "Editor’s note: Donald Trump regularly incites political violence and is a serial liar, "
    "rampant xenophobe, racist, misogynist and birther who has repeatedly pledged to ban all "
    "Muslims — 1.6 billion members of an entire religion — from entering the U.S."
)


def pages(
    leads: list[str], line: str, *, publisher: str | None = None, folder: str = "docs"
) -> list[Article]:
    """One page per lead, the line after it (on its own line, as the pages print it)."""
    return [
        Article(path=f"{folder}/{n}.md", title="", text=f"{lead}\n\n{line}", publisher=publisher)
        for n, lead in enumerate(leads)
    ]


# (source, pages, the line that goes from each)
REMOVED = [
    (
        "BBC, t17 MJ (a widget's teaser, run onto the last paragraph of some pages)",
        pages(
            [
                "Dr Murray has repeatedly denied causing Jackson's death.",
                'Jackson family members are expected to attend a gala event, "Forever '
                'Michael," at a Beverly Hills hotel on Saturday.',
                "The concert has been the subject of controversy in recent weeks.",
            ],
            PUN,
        ),
        PUN,
    ),
    (
        "Washington Post, t17 bpoil (a blog's tagline)",
        pages(
            [
                "Later, BP would inject cement down the wellbore to permanently seal the well.",
                "An EPA official said the agency would make an announcement on the matter "
                "later Thursday.",
                "The new policy applies to both surface and undersea applications, according "
                "to sources.",
            ],
            TAGLINE,
        ),
        TAGLINE,
    ),
    (
        "HuffPost, PolNeAR train (a standing editor's note; the site is the publisher)",
        pages(
            [
                "ST. LOUIS — Presumptive Republican presidential nominee Donald Trump claimed "
                "that Ferguson, Missouri, has a higher crime rate than some of the world’s most "
                "dangerous places.",
                "WASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed Donald "
                "Trump‘s attack on a federal judge’s Mexican heritage.",
                "Scenes from Donald Trump’s rally at the Greensboro Coliseum in North Carolina "
                "Tuesday will keep the writer Jared Sexton awake at night.",
            ],
            NOTE,
            publisher="HuffPost",
        ),
        NOTE,
    ),
]

# (source, pages): nothing goes
KEPT = [
    (
        "ECB+ train 4ecb (one death in several outlets: the line points back into the story)",
        pages(
            [
                "Bettie Page, the pin-up model whose seductive photographs in magazines "
                "titillated and outraged Americans in the 1950s, has died, her agent said.",
                "Bettie Page, whose trademark raven hair and risque lingerie and bondage pin-up "
                "photos made her a cult favorite, died Thursday night at a Los Angeles hospital.",
                "Bettie Page, the 1950s pin-up model who helped set the stage for the 1960s "
                "sexual revolution, has died.",
            ],
            "She was 85.",
        ),
    ),
    (
        "BBC, t17 MJ: the teaser on two pages only",
        pages(
            [
                "Dr Murray has repeatedly denied causing Jackson's death.",
                "The concert has been the subject of controversy in recent weeks.",
            ],
            PUN,
        ),
    ),
    (
        "HuffPost pages of three publishers (the same line is no one site's furniture)",
        [
            page
            for n, publisher in enumerate(("HuffPost", "Breitbart", "Fox News"))
            for page in pages(
                ["Sen. Chuck Grassley on Wednesday downplayed Donald Trump‘s attack."],
                NOTE,
                publisher=publisher,
                folder=f"docs{n}",
            )
        ],
    ),
    (
        "Fox News, t17 bpoil (updates of one wire story: most of each page is on the others)",
        pages(
            [
                "Crews planned to use hand-held flares to set fire to sections of the massive "
                "spill. The oil has the consistency of thick roofing tar."
            ]
            * 3,
            "Winds and currents in the Gulf have helped crews in recent days as they try to "
            "contain the leak.",
        ),
    ),
]


@pytest.mark.parametrize(("source", "articles", "line"), REMOVED, ids=[r[0] for r in REMOVED])
def test_a_line_a_site_prints_on_many_pages_goes(
    source: str, articles: list[Article], line: str
) -> None:
    with tracing() as trace:
        cleaned, removals = without_repeats(articles)
    assert all(line not in article.text for article in cleaned), source
    assert all(article.text.strip() for article in cleaned), source
    assert [r.text for r in removals] == [line] * len(articles)
    assert trace.fired()["repeated_segment"] == len(articles)


@pytest.mark.parametrize(("source", "articles"), KEPT, ids=[k[0] for k in KEPT])
def test_the_story_s_own_lines_stay(source: str, articles: list[Article]) -> None:
    cleaned, removals = without_repeats(articles)
    assert removals == [], source
    assert [a.text for a in cleaned] == [a.text for a in articles]


def test_a_page_of_the_line_alone_keeps_it() -> None:
    """(t17 MJ: a page saved with nothing but the widget is left for ingest to judge)"""
    articles = REMOVED[0][1]
    alone = Article(path="docs/alone.md", title="", text=PUN)
    cleaned, removals = without_repeats([*articles, alone])
    assert cleaned[-1].text == PUN
    assert len(removals) == len(articles)


def test_read_inputs_removes_the_line_from_a_folder_of_one_site(tmp_path: Path) -> None:
    """A folder of saved pages is one site when the pages name none (t17 MJ, BBC)."""
    for article in REMOVED[0][1]:
        (tmp_path / article.path.replace("docs/", "")).with_suffix(".txt").write_text(article.text)
    read = read_inputs([tmp_path])
    assert len(read.articles) == 3
    assert all(PUN not in article.text for article in read.articles)
    with kept():
        assert all(PUN in article.text for article in read_inputs([tmp_path]).articles)
