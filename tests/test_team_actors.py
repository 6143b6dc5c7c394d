"""A team's actor file: merges, fixed fields and a block list, applied after extraction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.model import Brief
from briefgen.team_actors import (
    PROVENANCE,
    ActorFileError,
    apply_actor_file,
    load_actor_file,
    team_actor_file,
)
from tests.conftest import SEED

TEAM = """\
block = ["Turkey"]

[[actor]]
name = "Attaullah Tarar"
aliases = ["Tarar", "Information Minister Tarar"]
type = "person"
role = "Federal Minister for Information"
affiliation = "Government of Pakistan"

[[actor]]
name = "Islamic Emirate of Afghanistan"
aliases = ["Afghanistan", "Taliban"]
"""


@pytest.fixture
def team(tmp_path: Path) -> Path:
    (tmp_path / "actors.toml").write_text(TEAM, encoding="utf-8")
    return tmp_path


def test_merges_fix_fields_and_rename_every_speaker(seed_brief: Brief, team: Path) -> None:
    brief = apply_actor_file(seed_brief, load_actor_file(team / "actors.toml"))
    cards = {actor.name: actor for actor in brief.actors}
    tarar = cards["Attaullah Tarar"]
    assert (tarar.type, tarar.role, tarar.affiliation) == (
        "person",
        "Federal Minister for Information",
        "Government of Pakistan",
    )
    assert PROVENANCE in tarar.why
    emirate = cards["Islamic Emirate of Afghanistan"]
    before = {a.name: a for a in seed_brief.actors}
    assert emirate.mentions == before["Afghanistan"].mentions + before["Taliban"].mentions
    assert {"Afghanistan", "Taliban"} <= set(emirate.aliases)
    assert "Afghanistan" not in cards and "Taliban" not in cards
    speakers = {q.speaker for q in brief.quotes} | {o.speaker for o in brief.outlook}
    speakers |= {c.speaker for contest in brief.contested for c in contest.claims}
    assert "Afghanistan" not in speakers and "Islamic Emirate of Afghanistan" in speakers
    assert [a.salience for a in brief.actors] == sorted(
        (a.salience for a in brief.actors), reverse=True
    )


def test_blocked_names_are_no_actors_and_speak_as_written(seed_brief: Brief, team: Path) -> None:
    brief = apply_actor_file(seed_brief, load_actor_file(team / "actors.toml"))
    assert "Turkey" not in {actor.name for actor in brief.actors}
    assert "Turkey" not in {q.speaker for q in brief.quotes}


def test_a_brief_without_matches_is_unchanged(seed_brief: Brief, tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text('[[actor]]\nname = "Mary Barra"\n', encoding="utf-8")
    assert apply_actor_file(seed_brief, load_actor_file(path)) is seed_brief


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[actor]\nname = 'x'", "actors.toml"),
        ("[[actor]]\nname = 'X'\ntype = 'planet'\n", "actor.0.type"),
        ("[[actor]]\nname = ''\n", "actor.0.name"),
        ("blocked = ['GMT']\n", "blocked"),
    ],
)
def test_a_bad_file_is_named_with_its_entry(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "actors.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ActorFileError, match=message):
        load_actor_file(path)


def test_the_file_is_found_beside_the_team_templates(tmp_path: Path, team: Path) -> None:
    assert team_actor_file(None, team) == team / "actors.toml"
    assert team_actor_file(None, tmp_path / "elsewhere") is None
    assert team_actor_file(tmp_path / "mine.toml", team) == tmp_path / "mine.toml"


def test_make_config_and_doctor_use_the_file(tmp_path: Path, team: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    args = ["make", str(SEED), "-o", str(out), "--template-dir", str(team), "-q"]
    made = CliRunner().invoke(app, [*args, "--date", "2025-10-30", "-f", "json"])
    assert made.exit_code == 0, made.output
    brief = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    tarar = next(a for a in brief["actors"] if a["name"] == "Attaullah Tarar")
    assert tarar["role"] == "Federal Minister for Information"
    monkeypatch.setenv("BRIEFGEN_ACTORS", str(team / "actors.toml"))
    shown = CliRunner().invoke(app, ["config"])
    assert "actors" in shown.output and "env BRIEFGEN_ACTORS" in shown.output
    doctor = CliRunner().invoke(app, ["doctor"])
    assert "2 actors, 1 blocked name" in doctor.output
    (team / "actors.toml").write_text("[[actor]]\nname = 'X'\ntype = 'planet'\n")
    broken = CliRunner().invoke(app, ["doctor"])
    assert broken.exit_code == 1 and "actor.0.type" in broken.output
    failed = CliRunner().invoke(app, [*args, "--date", "2025-10-30", "-f", "json"])
    assert failed.exit_code == 1 and "actor.0.type" in failed.output


def test_explain_says_the_team_file_made_the_card(tmp_path: Path, team: Path, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFGEN_ACTORS", str(team / "actors.toml"))
    out = tmp_path / "b.json"
    made = CliRunner().invoke(app, ["extract", str(SEED), "-o", str(out), "-q"])
    assert made.exit_code == 0, made.output
    said = CliRunner().invoke(app, ["explain", str(out), "--actor", "Attaullah Tarar"])
    assert said.exit_code == 0 and "team actor file" in said.output
