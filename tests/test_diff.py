"""What is new since the last brief: `diff_briefs`, `briefgen diff` and `make --since`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.diff import diff_briefs, format_changes
from briefgen.ingest.text import read_text
from briefgen.model import Brief
from briefgen.pipeline import build_brief
from tests.conftest import AS_OF, CORPUS, SEED


@pytest.fixture(scope="module")
def apple_briefs() -> tuple[Brief, Brief]:
    """Two, then three real Wikinews articles of the MEANTIME apple cluster."""
    docs = [read_text(path) for path in sorted((CORPUS / "apple" / "docs").glob("*.md"))[:3]]
    return build_brief(docs[:2], as_of=AS_OF), build_brief(docs, as_of=AS_OF)


def test_a_brief_has_nothing_new_since_itself(seed_brief):
    changes = diff_briefs(seed_brief, seed_brief)
    assert changes.is_empty()
    assert "New quotes: none" in format_changes(changes)


def test_items_left_out_of_the_old_brief_are_new(seed_brief):
    old = seed_brief.model_copy(
        update={
            "actors": seed_brief.actors[:-2],
            "quotes": seed_brief.quotes[1:],
            "timeline": seed_brief.timeline[:-1],
            "outlook": seed_brief.outlook[1:],
        }
    )
    changes = diff_briefs(old, seed_brief)
    assert changes.actors == seed_brief.actors[-2:]
    assert changes.quotes == seed_brief.quotes[:1]
    assert changes.events == seed_brief.timeline[-1:]
    assert changes.outlook == seed_brief.outlook[:1]
    assert changes.counts() == {"summary": 0, "actors": 2, "quotes": 1, "events": 1, "outlook": 1}


def test_same_words_with_other_quote_marks_and_case_are_not_new(seed_brief):
    quote = seed_brief.quotes[0]
    restyled = quote.model_copy(update={"text": f" {quote.text.upper()} ".replace("'", "’")})
    old = seed_brief.model_copy(update={"quotes": [restyled, *seed_brief.quotes[1:]]})
    assert diff_briefs(old, seed_brief).quotes == []


def test_an_actor_known_by_an_alias_is_not_new(seed_brief):
    pakistan = next(actor for actor in seed_brief.actors if actor.name == "Pakistan")
    renamed = pakistan.model_copy(
        update={"name": "Islamic Republic of Pakistan", "aliases": ["Islamabad"]}
    )
    old = seed_brief.model_copy(update={"actors": [renamed]})
    assert "Pakistan" not in {actor.name for actor in diff_briefs(old, seed_brief).actors}


def test_a_third_article_brings_its_own_items(apple_briefs):
    old, new = apple_briefs
    changes = diff_briefs(old, new)
    known = {name for actor in old.actors for name in (actor.name, *actor.aliases)}
    assert changes.actors and all(actor.name not in known for actor in changes.actors)
    # the new article (s3) is the source of new timeline events
    assert any(e.source == "s3" for event in changes.events for e in event.evidence)
    assert not diff_briefs(new, new).counts()["actors"]


def test_diff_command_prints_text_and_json(seed_brief, tmp_path):
    old = seed_brief.model_copy(update={"quotes": seed_brief.quotes[1:]})
    (tmp_path / "old.json").write_text(old.to_json())
    (tmp_path / "new.json").write_text(seed_brief.to_json())
    paths = [str(tmp_path / "old.json"), str(tmp_path / "new.json")]
    text = CliRunner().invoke(app, ["diff", *paths])
    assert text.exit_code == 0
    assert "New quotes: 1" in text.stdout and seed_brief.quotes[0].text in text.stdout
    data = json.loads(CliRunner().invoke(app, ["diff", *paths, "--json"]).stdout)
    assert [q["text"] for q in data["quotes"]] == [seed_brief.quotes[0].text]
    assert data["since"] == "2025-10-30"


def test_make_since_reports_the_new_items(seed_brief, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    old = seed_brief.model_copy(update={"outlook": seed_brief.outlook[2:]})
    (tmp_path / "old.json").write_text(old.to_json())
    args = [
        "make",
        str(SEED),
        "-o",
        str(tmp_path / "out"),
        "--format",
        "json",
        "--date",
        "2025-10-30",
        "--since",
        str(tmp_path / "old.json"),
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert "Since last brief (2025-10-30" in result.stderr and "New outlook: 2" in result.stderr
    summary = json.loads(CliRunner().invoke(app, [*args, "--json"]).stdout)
    assert summary["since"] == {"summary": 0, "actors": 0, "quotes": 0, "events": 0, "outlook": 2}
