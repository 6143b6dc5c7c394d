"""Property tests: real sentences (the seed, MEANTIME) with odd names spliced in run through
every extractor without an error: no article left out, no section emptied by a failure.

The names are what real copy brings: initials ("U. S.", "J. R. R."), apostrophes, hyphens
and dots, runs of punctuation, unbalanced quote marks, other scripts and emoji, and a
document that ends in the middle of a name."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.ingest.text import read_text
from briefgen.model import Article
from briefgen.pipeline import run_pipeline
from tests.conftest import AS_OF, CORPUS, SEED

_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])")


def _sentences() -> list[str]:
    """Sentences of the seed and one MEANTIME story of each cluster, 40-300 characters."""
    paths = [
        SEED,
        *(sorted((CORPUS / name / "docs").glob("*.md"))[0] for name in ("airbus", "apple", "gm")),
    ]
    found = []
    for path in paths:
        for paragraph in read_text(path).text.split("\n"):
            found += [s for s in _SENTENCE_END.split(paragraph) if 40 <= len(s) <= 300]
    return found


SENTENCES = _sentences()
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
SCRIPTS = [
    "Владимир Путин",
    "Сергей Лавров",
    "محمد بن سلمان",
    "عبد الفتاح البرهان",
    "习近平",
    "王毅",
    "Κυριάκος Μητσοτάκης",
    "Nguyễn Phú Trọng",
    "Recep Tayyip Erdoğan",
    "🙂",
    "👩‍👩‍👧 Family",
    "Ali ibn Abī Ṭālib",
]
PREFIXES = ["", "O'", "D'", "al-", "el-", "bin ", "Mc", "St. ", "de la ", "van der "]

initials = st.lists(st.sampled_from(LETTERS), min_size=1, max_size=4).map(
    lambda letters: " ".join(f"{letter}." for letter in letters)
)
word = st.text(alphabet=LETTERS.lower(), min_size=1, max_size=8).map(str.capitalize)
composed = st.tuples(
    st.sampled_from(PREFIXES), word, st.sampled_from(["", "-", ".", "'s"]), word
).map(lambda parts: "".join(parts))
punctuation = st.text(alphabet="!?.,;:-—–…'\"“”‘’()[]&/", min_size=1, max_size=6)
names = st.one_of(
    initials,
    st.tuples(initials, word).map(" ".join),  # "J. R. R. Tolkien"
    composed,
    st.sampled_from(SCRIPTS),
    st.tuples(st.sampled_from(SCRIPTS), word).map(" ".join),
    st.tuples(word, punctuation, word).map("".join),
    st.sampled_from(['"', "“", "”", "'", "(", ")", "U. S.", "W. H. O.", "J. R. R."]),
)
# Patterns that put a name where the extractors look: a speaker, an acronym, a role.
PATTERNS = [
    "{} said on Tuesday that the talks would resume.",
    '"We will not accept this," {} told reporters.',
    "Officials from {} met in Istanbul on October 29.",
    "The company, {}, said it would cut 10,000 jobs.",
    "Foreign Minister {} denied the report.",
    "{} ({}) warned that funding had fallen.",
    "{}, known as {}, said the group would abide by the truce.",
    "The carmaker {} said it would buy {}.",
]


@st.composite
def texts(draw: st.DrawFn) -> str:
    """A few real sentences, one with a capitalised word replaced by an odd name, one of the
    patterns with another; perhaps cut in the middle of a name at the end."""
    chosen = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4))
    at = draw(st.integers(0, len(chosen) - 1))
    words = chosen[at].split(" ")
    capitals = [i for i, w in enumerate(words) if w[:1].isupper()] or [0]
    words[draw(st.sampled_from(capitals))] = draw(names)
    chosen[at] = " ".join(words)
    pattern = draw(st.sampled_from(PATTERNS))
    filled = pattern.format(*(draw(names) for _ in range(pattern.count("{}"))))
    chosen.insert(draw(st.integers(0, len(chosen))), filled)
    text = " ".join(chosen)
    if draw(st.booleans()):  # the document ends mid-name
        name = draw(names)
        text += " " + name[: draw(st.integers(1, len(name)))]
    return text


@contextmanager
def _warnings() -> Iterator[list[logging.LogRecord]]:
    """The warnings briefgen logs meanwhile (a stage that failed and emptied its section)."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("briefgen")
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)


def _briefed_cleanly(articles: list[Article]) -> None:
    with _warnings() as warned:
        built = run_pipeline(articles, as_of=AS_OF)
    assert built.failed == ()
    assert [r.getMessage() for r in warned if "failed" in r.getMessage()] == []
    assert len(built.brief.sources) == len(articles)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts(), title=names)
def test_every_extractor_takes_odd_names(nlp, text, title):
    _briefed_cleanly([Article(path="odd.txt", title=title.strip() or "Odd", text=text)])


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=texts(), second=texts())
def test_odd_names_across_two_articles(nlp, first, second):
    articles = [
        Article(path=f"{n}.txt", title="Odd names", text=t) for n, t in enumerate([first, second])
    ]
    _briefed_cleanly(articles)
