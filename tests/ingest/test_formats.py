"""Every input format, read from real samples made from MEANTIME articles by
tests/data/ingest/make_samples.py: the text must be the article's, the metadata right."""

from __future__ import annotations

import datetime as dt
import socket

import pytest

from briefgen.ingest import read_file
from briefgen.ingest.text import read_text
from tests.conftest import CORPUS, DATA

SAMPLES = DATA / "ingest"
GM = CORPUS / "gm/docs/127226_U.S._manufacturer_General_Motors_seeks_bankruptcy_protection.md"
FORD = CORPUS / "gm/docs/143300_Automobile_manufacturer_Ford_posts_unexpected_profits.md"
A380 = CORPUS / "airbus/docs/82548_First_Airbus_A380_delivered.md"
MACBOOK = CORPUS / "apple/docs/40986_Apple_releases_Macbook.md"
ITUNES = CORPUS / "apple/docs/89284_Apple_to_lower_UK_iTunes_prices.md"
IPHONE = CORPUS / "apple/docs/190356_Apple_unveils_iPhone_4.md"
EXECUTIVE = CORPUS / "apple/docs/199629_Apple_executive_leaves_company.md"
AER_LINGUS = CORPUS / "airbus/docs/71426_Aer_Lingus_buys_twelve_new_long-haul_Airbus_jets.md"


def words(text: str) -> str:
    return " ".join(text.split())


# sample -> (corpus originals in order, (published, publisher, url, author) of the first)
CASES = {
    "apple-executive.html": (
        [EXECUTIVE],
        (dt.date(2010, 8, 9), "Wikinews", "url", "Wikinews contributors"),
    ),
    "iphone-4.pdf": ([IPHONE], (dt.date(2010, 6, 8), None, None, "Wikinews")),
    "aer-lingus.docx": ([AER_LINGUS], (dt.date(2007, 6, 9), None, None, "Wikinews")),
    "newsletter.eml": ([GM, FORD], (dt.date(2009, 6, 1), "Wikinews Business Briefing", None, None)),
    "export.json": ([GM, MACBOOK], (dt.date(2009, 6, 1), "Wikinews", "url", None)),
    "export.jsonl": ([GM, MACBOOK], (dt.date(2009, 6, 1), "Wikinews", "url", None)),
    "wikinews.rss": ([A380, MACBOOK], (dt.date(2007, 10, 15), "Wikinews", "url", None)),
    "wikinews.atom": ([A380, MACBOOK], (dt.date(2007, 10, 15), "Wikinews", "url", "Wikinews")),
    "itunes-cp1252.txt": ([ITUNES], (dt.date(2008, 1, 9), None, None, None)),
    "itunes-utf16.txt": ([ITUNES], (dt.date(2008, 1, 9), None, None, None)),
}


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Reading inputs must never touch the network (trafilatura, feedparser, htmldate)."""

    def refuse(*args, **kwargs):
        raise AssertionError("ingest tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize("name", sorted(CASES))
def test_sample_text_and_metadata(name):
    originals, (published, publisher, url, author) = CASES[name]
    articles = read_file(SAMPLES / name)
    expected = [read_text(path) for path in originals]
    assert [a.title for a in articles] == [e.title for e in expected]
    for got, want in zip(articles, expected, strict=True):
        assert words(got.text) == words(want.text)
        assert "\r" not in got.text and "\ufeff" not in got.text
    first = articles[0]
    assert (first.published, first.publisher, first.author) == (published, publisher, author)
    assert first.url == (expected[0].url if url else None)


def test_pdf_keeps_paragraphs_and_drops_running_header_and_page_numbers():
    text = read_file(SAMPLES / "iphone-4.pdf")[0].text
    assert text == read_text(IPHONE).text
    assert "Technology Digest" not in text and "Page 2" not in text


def test_html_leaves_out_navigation_comments_and_footer():
    text = read_file(SAMPLES / "apple-executive.html")[0].text
    for boilerplate in ("Main page", "Log in", "Great news", "Creative Commons"):
        assert boilerplate not in text


def test_newsletter_stories_have_their_own_datelines_and_leave_out_furniture():
    stories = read_file(SAMPLES / "newsletter.eml")
    assert [s.published for s in stories] == [dt.date(2009, 6, 1), dt.date(2009, 11, 3)]
    assert [s.path.rsplit("#", 1)[1] for s in stories] == ["1", "2"]
    assert not any("Unsubscribe" in s.text or "Good morning" in s.text for s in stories)


def test_legacy_encoding_is_detected():
    assert "£" in read_file(SAMPLES / "itunes-cp1252.txt")[0].text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Apple releases Macbook\n\nMay 17, 2006\n\nApple Computer today introduced",
            dt.date(2006, 5, 17),
        ),
        ("ISLAMABAD, Oct 29, 2025 (Reuters) - Pakistan said on Wednesday", dt.date(2025, 10, 29)),
        ("LONDON, 9 January 2008 - The European Commission has forced Apple", dt.date(2008, 1, 9)),
        ("Thursday, 2008-01-10\nApple to lower UK iTunes prices", dt.date(2008, 1, 10)),
        # No year in the dateline: the date cannot be known, so there is none.
        ("ISLAMABAD, Oct 29 (Reuters) - Pakistan said on Wednesday", None),
        # A date inside a sentence is not a dateline.
        ("Apple said on March 06, 2008 that the SDK is out", None),
    ],
)
def test_dateline_gives_the_publication_date_when_metadata_has_none(tmp_path, text, date):
    path = tmp_path / "article.txt"
    path.write_text(text + " after talks in Istanbul failed.\n", encoding="utf-8")
    assert read_file(path)[0].published == date


def test_front_matter_date_wins_over_the_dateline(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ndate: 2008-03-07\n---\nTitle\n\nMarch 06, 2008\n\nApple released it.\n")
    assert read_file(path)[0].published == dt.date(2008, 3, 7)


def test_samples_are_what_make_samples_writes(tmp_path, monkeypatch):
    """The committed text samples are reproducible from the script (binary ones embed times)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "HERE", tmp_path)
    module.write_feeds(module.ARTICLES["feed"], module.ARTICLES["feed2"])
    module.write_encodings(module.ARTICLES["legacy"])
    for name in ("wikinews.rss", "wikinews.atom", "itunes-cp1252.txt", "itunes-utf16.txt"):
        assert (tmp_path / name).read_bytes() == (SAMPLES / name).read_bytes(), name
