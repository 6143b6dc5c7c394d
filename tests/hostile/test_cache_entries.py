"""Hostile cache: entries and files that do not read back are discarded and recomputed with a
warning, never fatal, and the brief is the one made without the cache."""

from __future__ import annotations

import logging
import sqlite3
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from briefgen.cache import Cache
from briefgen.model import Article
from briefgen.pipeline import run_pipeline
from tests.conftest import AS_OF


@pytest.fixture(autouse=True)
def _warnings_shown(caplog: pytest.LogCaptureFixture) -> None:
    """The warnings are logged whatever level an earlier CLI test (-q) left."""
    caplog.set_level(logging.WARNING, logger="briefgen")


@pytest.fixture(scope="module")
def plain(seed_article: Article) -> str:
    return run_pipeline([seed_article], as_of=AS_OF).brief.to_json()


@pytest.fixture
def filled(seed_article: Article, tmp_path: Path) -> Cache:
    cache = Cache(tmp_path / "cache")
    run_pipeline([seed_article], as_of=AS_OF, cache=cache)
    return cache


def _set_all(cache: Cache, table: str, damage: Callable[[bytes], bytes]) -> None:
    with sqlite3.connect(cache.path) as db:
        for key, value in db.execute(f"SELECT key, value FROM {table}").fetchall():
            db.execute(f"UPDATE {table} SET value = ? WHERE key = ?", (damage(bytes(value)), key))
        if table == "docs":  # the parse is read only when the whole brief is not stored
            db.execute("DELETE FROM briefs")


PARSE_DAMAGE = {
    "corrupt zlib": lambda data: b"\x78\x9c" + bytes(b ^ 0x5A for b in data[2:]),
    "truncated bytes": lambda data: data[: len(data) // 2],
    "valid zlib, not a parse": lambda data: zlib.compress(b"\x81\xa5words\xc0" * 50),
    "empty": lambda data: b"",
}


@pytest.mark.parametrize("damage", PARSE_DAMAGE.values(), ids=PARSE_DAMAGE)
def test_a_parse_that_does_not_read_back_is_parsed_again(
    damage, filled, seed_article, plain, caplog
):
    _set_all(filled, "docs", damage)
    built = run_pipeline([seed_article], as_of=AS_OF, cache=filled)
    assert (built.parsed, built.reused) == (1, 0)
    assert built.brief.to_json() == plain
    assert "does not read back" in caplog.text and "discarded" in caplog.text
    caplog.clear()
    again = run_pipeline([seed_article], as_of=AS_OF, cache=filled)  # the fresh entry is good
    assert again.brief_cached and "does not read back" not in caplog.text


BRIEF_DAMAGE = {
    "invalid brief": lambda data: data.replace(b'"as_of"', b'"as_off"'),
    "month 13": lambda data: data.replace(b'"date": "2025-10', b'"date": "2025-13', 1),
    "truncated JSON": lambda data: data[: len(data) // 3],
    "binary": lambda data: b"\x00\xff" * 10,
}


@pytest.mark.parametrize("damage", BRIEF_DAMAGE.values(), ids=BRIEF_DAMAGE)
def test_a_stored_brief_that_fails_validation_is_made_again(
    damage, filled, seed_article, plain, caplog
):
    _set_all(filled, "briefs", damage)
    built = run_pipeline([seed_article], as_of=AS_OF, cache=filled)
    assert not built.brief_cached and built.reused == 1
    assert built.brief.to_json() == plain
    assert "cache entry briefs/" in caplog.text and "discarded" in caplog.text


@pytest.mark.parametrize("cut", [0.5, 0.1])
def test_a_damaged_cache_file_is_replaced(filled, seed_article, plain, caplog, cut):
    data = filled.path.read_bytes()
    filled.path.write_bytes(data[: int(len(data) * cut)] + b"\xde\xad" * 512)
    built = run_pipeline([seed_article], as_of=AS_OF, cache=filled)
    assert built.brief.to_json() == plain and not built.brief_cached
    assert "damaged" in caplog.text or "does not read back" in caplog.text
    assert run_pipeline([seed_article], as_of=AS_OF, cache=filled).brief_cached


def test_a_file_that_is_not_a_database_is_started_again(tmp_path, caplog):
    cache = Cache(tmp_path)
    cache.path.write_bytes(b"this is not an SQLite database" * 100)
    assert cache.get("docs", "k") is None
    cache.put("docs", "k", b"v")
    assert cache.get("docs", "k") == b"v"
    assert "damaged" in caplog.text and "discarded" in caplog.text
