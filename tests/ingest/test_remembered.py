"""Files read before come from the cache, and only while the file and briefgen are unchanged."""

from __future__ import annotations

import os
import shutil

import pytest

from briefgen import ingest
from briefgen.cache import Cache
from briefgen.ingest import Limits, read_inputs
from briefgen.ingest import remembered as remembered_module
from briefgen.ingest.remembered import READS
from tests.conftest import CORPUS, DATA

LANGUAGES = DATA / "languages"


@pytest.fixture
def folder(tmp_path):
    """Two real Wikinews articles (MEANTIME, apple cluster) and a file that cannot be read."""
    found = tmp_path / "in"
    found.mkdir()
    for path in sorted((CORPUS / "apple" / "docs").glob("*.md"))[:2]:
        shutil.copy(path, found / path.name)
    (found / "empty.txt").write_text("")
    return found


@pytest.fixture
def cache(tmp_path) -> Cache:
    return Cache(tmp_path / "cache")


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The names of the files the readers really read."""
    seen: list[str] = []
    real = ingest._read_one

    def counted(found, limits):
        seen.append(found.name)
        return real(found, limits)

    monkeypatch.setattr(ingest, "_read_one", counted)
    return seen


def test_a_second_read_takes_unchanged_files_from_the_cache(folder, cache, reads):
    first = read_inputs([folder], cache=cache)
    assert len(reads) == 3 and cache.stats()[READS] == 2  # the unreadable file is not stored
    second = read_inputs([folder], cache=cache)
    assert reads[3:] == ["empty.txt"]  # read again: its failure was not stored
    assert second == first  # the same articles, field for field, and the same skipped file
    assert [a.model_dump_json() for a in second.articles] == [
        a.model_dump_json() for a in first.articles
    ]


def test_an_edited_file_is_read_again_even_with_its_size_and_time_kept(folder, cache, reads):
    first = read_inputs([folder], cache=cache)
    path = sorted(folder.glob("*.md"))[0]
    info = path.stat()
    text = path.read_text()
    path.write_text(text.replace("Apple", "Pearl", 1).replace("the ", "thy ", 1))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))  # same size, same mtime
    assert path.stat().st_size == info.st_size
    second = read_inputs([folder], cache=cache)
    assert path.name in reads[3:]
    assert second.articles[0].text != first.articles[0].text
    assert "Pearl" in second.articles[0].title + second.articles[0].text


def _new_code(monkeypatch) -> Limits:
    monkeypatch.setattr(remembered_module, "code_fingerprint", lambda: "changed code")
    return Limits()


def _new_version(monkeypatch) -> Limits:
    monkeypatch.setattr(remembered_module, "__version__", "99.0")
    return Limits()


@pytest.mark.parametrize(
    ("change", "read_again"),
    [
        (lambda monkeypatch: Limits(), False),
        (_new_code, True),
        (_new_version, True),
        (lambda monkeypatch: Limits(max_chars=Limits().max_chars - 1), True),
    ],
    ids=["nothing changed", "briefgen's code", "briefgen's version", "the reading limits"],
)
def test_what_reads_every_file_again(folder, cache, reads, monkeypatch, change, read_again):
    read_inputs([folder], cache=cache)
    read_inputs([folder], cache=cache, limits=change(monkeypatch))
    articles = sorted(p.name for p in folder.glob("*.md")) if read_again else []
    assert sorted(reads[3:]) == sorted([*articles, "empty.txt"])


def test_an_article_in_another_language_stays_skipped_without_identifying_it_again(
    folder, cache, reads, monkeypatch
):
    shutil.copy(sorted(LANGUAGES.glob("de*"))[0], folder / "zz-german.md")
    first = read_inputs([folder], cache=cache, language="en")
    assert "written in German" in first.skipped[-1].reason  # after the unreadable file
    identified: list[str] = []
    monkeypatch.setattr(ingest, "foreign", lambda text, code: identified.append(text))
    second = read_inputs([folder], cache=cache, language="en")
    assert second == first and identified == []
    read_inputs([folder], cache=cache, language="fr")  # another language: identified again
    assert len(identified) == 3


def test_a_stored_read_that_does_not_read_back_is_discarded_and_read_again(
    folder, cache, reads, caplog
):
    first = read_inputs([folder], cache=cache)
    for key in _keys(cache):
        cache.put(READS, key, b"not json")
    second = read_inputs([folder], cache=cache)
    assert second == first and len(reads) == 6
    assert "does not read back" in caplog.text


def _keys(cache: Cache) -> list[str]:
    import sqlite3

    with sqlite3.connect(cache.path) as db:
        return [row[0] for row in db.execute(f"SELECT key FROM {READS}")]
