"""Command-line rough edges: a team template folder that was named but is missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import EXIT_FAILURE, app
from tests.conftest import SEED


def run(*args: object):
    return CliRunner().invoke(app, [str(arg) for arg in args])


@pytest.mark.parametrize("make_it", ["missing", "a file"])
def test_a_named_team_folder_that_is_missing_fails_make_with_one_line(tmp_path, make_it):
    folder = tmp_path / "team-templates"
    if make_it == "a file":
        folder.write_text("not a folder")
    out = tmp_path / "out"
    result = run("make", SEED, "--template-dir", folder, "-o", out, "--date", "2025-10-30")
    assert result.exit_code == EXIT_FAILURE
    reason = "does not exist" if make_it == "missing" else "is not a folder"
    assert f"{folder}: the team template folder {reason}" in " ".join(result.stderr.split())
    assert "Traceback" not in result.output
    assert not out.exists() or not any(out.iterdir())


def test_doctor_fails_on_a_configured_team_folder_that_is_missing(tmp_path: Path):
    result = run("doctor", "--template-dir", tmp_path / "nope")
    assert result.exit_code == EXIT_FAILURE
    assert "FAIL template" in result.stdout
    assert "the team template folder does not exist" in result.stdout


def test_config_shows_the_marking_every_page_prints(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no briefgen.toml: the template's own marking stands
    monkeypatch.delenv("BRIEFGEN_MARKING", raising=False)
    line = next(row for row in run("config").stdout.splitlines() if row.startswith("marking"))
    assert "UNCLASSIFIED // FOR OFFICIAL USE" in line
    assert "[theme of template 'sitrep' (built-in)]" in line
