"""Isolation: an extractor failing on one article leaves that article out, whole, with a line
naming it and the error (exit code 3); the others are briefed. A cross-article stage that
fails on no article alone leaves its section empty, with a warning naming the stage."""

from __future__ import annotations

import importlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc
from typer.testing import CliRunner

from briefgen.cli import EXIT_FAILURE, EXIT_SKIPPED, app
from briefgen.extract import ParsedArticle
from briefgen.ingest.text import read_text
from tests.conftest import CORPUS, SEED

GOOD = [SEED, CORPUS / "apple" / "docs" / "107785_Apple_launches_3G.md"]
BAD = (
    CORPUS
    / "gm"
    / "docs"
    / "127226_U.S._manufacturer_General_Motors_seeks_bankruptcy_protection.md"
)
INJECTED = "ValueError: injected failure"

# Each stage's per-article work: (module, function). The function is made to raise for the
# bad article only, whatever it is given (a Doc, an article, or all the articles).
STAGES = [
    ("briefgen.extract.layer", "annotate"),
    ("briefgen.extract.actors", "find_mentions"),
    ("briefgen.extract.quotes", "extract_quotes"),
    ("briefgen.extract.dates", "extract_dates"),
    ("briefgen.extract.outlook", "extract_outlook"),
    ("briefgen.extract.places", "_place_mentions"),
    ("briefgen.extract.timeline", "_date_spans"),
    ("briefgen.extract.summary", "_candidates"),
    ("briefgen.extract.contested", "_conflicting_figures"),
]


def _is_bad(given: object) -> bool:
    bad_text = read_text(BAD).text
    if isinstance(given, Doc):
        return given.text == bad_text
    if isinstance(given, ParsedArticle):
        return given.source.text == bad_text
    if isinstance(given, list | tuple):
        return any(_is_bad(item) for item in given)
    return False


def _failing(original: Callable[..., Any]) -> Callable[..., Any]:
    def run(first: object, *args: object, **kwargs: object) -> Any:
        if _is_bad(first):
            raise ValueError("injected failure")
        return original(first, *args, **kwargs)

    return run


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in [*GOOD, BAD]:
        shutil.copy(path, folder / path.name)
    return folder


def _extract(inputs: Path, *flags: str) -> Any:
    out = inputs.parent / "brief.json"
    args = ["extract", str(inputs), "-o", str(out), "--date", "2025-10-30", "--no-cache", *flags]
    return CliRunner().invoke(app, args, catch_exceptions=False), out


@pytest.mark.parametrize(("module", "name"), STAGES, ids=[name for _, name in STAGES])
def test_an_article_an_extractor_fails_on_is_left_out(monkeypatch, inputs, module, name):
    target = importlib.import_module(module)
    monkeypatch.setattr(target, name, _failing(getattr(target, name)))
    result, out = _extract(inputs, "--json")
    assert result.exit_code == EXIT_SKIPPED, result.output
    bad = str(inputs / BAD.name)
    assert f"skipped {bad}: extraction failed: {INJECTED}" in result.stderr
    assert "Traceback" not in result.output
    summary = json.loads(result.stdout)
    assert summary["skipped"] == [{"path": bad, "reason": f"extraction failed: {INJECTED}"}]
    brief = json.loads(out.read_text())
    assert sorted(Path(s["path"]).name for s in brief["sources"]) == sorted(p.name for p in GOOD)
    assert brief["actors"] and brief["timeline"]  # the others are briefed in full


def test_strict_fails_when_an_article_is_left_out(monkeypatch, inputs):
    target = importlib.import_module("briefgen.extract.dates")
    monkeypatch.setattr(target, "extract_dates", _failing(target.extract_dates))
    result, out = _extract(inputs, "--strict")
    assert result.exit_code == EXIT_FAILURE
    assert "--strict" in result.stderr and not out.exists()


def test_a_stage_failing_across_articles_leaves_its_section_empty(monkeypatch, inputs, caplog):
    places = importlib.import_module("briefgen.extract.places")
    quotes = importlib.import_module("briefgen.extract.quotes")
    original = places.extract_places

    def only_alone(articles, actors):  # fails on the articles together, on none alone
        if len(articles) > 1:
            raise RuntimeError("cross-article bug")
        return original(articles, actors)

    def always(*_args):
        raise KeyError("merge bug")

    monkeypatch.setattr(places, "extract_places", only_alone)
    monkeypatch.setattr(quotes, "merge_quotes", always)
    result, out = _extract(inputs)
    assert result.exit_code == 0, result.output
    # The warnings go to stderr through logging (captured here by pytest).
    warned = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert "places failed (RuntimeError: cross-article bug): its section is left empty" in warned
    assert "quotes failed (KeyError: 'merge bug'): its section is left empty" in warned
    assert "Traceback" not in result.output
    brief = json.loads(out.read_text())
    assert len(brief["sources"]) == 3 and brief["places"] == brief["quotes"] == []
    assert brief["actors"] and brief["outlook"]


def test_every_article_failing_is_one_line_and_exit_1(monkeypatch, inputs):
    target = importlib.import_module("briefgen.extract.dates")

    def always(_article):
        raise ValueError("injected failure")

    monkeypatch.setattr(target, "extract_dates", always)
    result, out = _extract(inputs)
    assert result.exit_code == EXIT_FAILURE
    assert "no article could be briefed" in result.stderr and INJECTED in result.stderr
    assert "Traceback" not in result.output and not out.exists()


def test_a_brief_missing_an_article_is_not_taken_from_the_cache(monkeypatch, inputs):
    target = importlib.import_module("briefgen.extract.dates")
    monkeypatch.setattr(target, "extract_dates", _failing(target.extract_dates))
    out = inputs.parent / "brief.json"
    args = ["extract", str(inputs), "-o", str(out), "--date", "2025-10-30"]
    for _ in range(2):  # the second run does not reuse a brief that left the article out
        result = CliRunner().invoke(app, args, catch_exceptions=False)
        assert result.exit_code == EXIT_SKIPPED
        assert f"skipped {inputs / BAD.name}: extraction failed: {INJECTED}" in result.stderr
