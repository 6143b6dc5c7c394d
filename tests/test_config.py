"""Settings precedence: defaults < briefgen.toml / [tool.briefgen] < environment < flags."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.config import DEFAULTS, ConfigError, load_config

OWN = 'template = "team-brief"\noutput = "briefs"\nformats = ["pdf", "json"]\n'
PYPROJECT = (
    '[project]\nname = "x"\n\n[tool.briefgen]\ntemplate = "from-pyproject"\nmarking = "OFFICIAL"\n'
)


@pytest.mark.parametrize(
    ("files", "env", "flags", "key", "value", "origin"),
    [
        ({}, {}, {}, "template", "sitrep", "default"),
        ({"briefgen.toml": OWN}, {}, {}, "template", "team-brief", "briefgen.toml"),
        ({"briefgen.toml": OWN}, {}, {}, "formats", "pdf,json", "briefgen.toml"),
        ({"pyproject.toml": PYPROJECT}, {}, {}, "marking", "OFFICIAL", "pyproject.toml"),
        (
            {"briefgen.toml": OWN, "pyproject.toml": PYPROJECT},
            {},
            {},
            "template",
            "team-brief",
            "briefgen.toml",
        ),
        (
            {"briefgen.toml": OWN},
            {"BRIEFGEN_TEMPLATE": "env-brief"},
            {},
            "template",
            "env-brief",
            "env BRIEFGEN_TEMPLATE",
        ),
        (
            {"briefgen.toml": OWN},
            {"BRIEFGEN_TEMPLATE": "env-brief"},
            {"template": "flag-brief"},
            "template",
            "flag-brief",
            "flag",
        ),
        (
            {"briefgen.toml": OWN},
            {"BRIEFGEN_TEMPLATE": "env-brief"},
            {"template": None},
            "template",
            "env-brief",
            "env BRIEFGEN_TEMPLATE",
        ),  # a flag not given does not count
        (
            {},
            {"BRIEFGEN_MODEL": "en_core_web_md"},
            {},
            "model",
            "en_core_web_md",
            "env BRIEFGEN_MODEL",
        ),
        ({"pyproject.toml": '[project]\nname = "x"\n'}, {}, {}, "output", "outputs", "default"),
    ],
)
def test_precedence(tmp_path, files, env, flags, key, value, origin):
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    setting = load_config(tmp_path, env, flags).settings[key]
    assert setting.value == value
    assert setting.origin == origin or setting.origin.endswith(origin)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('templat = "x"\n', "unknown setting 'templat'"),
        ("template = 3\n", "template must be a string"),
        ("template = \n", "briefgen.toml"),
    ],
)
def test_bad_files_are_errors_that_name_the_problem(tmp_path, text, message):
    (tmp_path / "briefgen.toml").write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_config(tmp_path, {})


def test_config_command_shows_values_and_origins(tmp_path, monkeypatch):
    (tmp_path / "briefgen.toml").write_text(OWN)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BRIEFGEN_MODEL", "en_core_web_md")
    result = CliRunner().invoke(app, ["config"])
    assert result.exit_code == 0
    lines = {line.split()[0]: line for line in result.stdout.splitlines()}
    assert set(lines) == set(DEFAULTS)
    assert "team-brief" in lines["template"]
    assert str(tmp_path / "briefgen.toml") in lines["template"]
    assert "en_core_web_md" in lines["model"] and "[env BRIEFGEN_MODEL]" in lines["model"]
    # No marking set: config shows the template's own, or why it cannot (no such template here)
    assert "the template's theme cannot be read" in lines["marking"]


def test_a_flag_beats_the_file_in_a_real_run(tmp_path, monkeypatch):
    (tmp_path / "briefgen.toml").write_text('formats = "docx"\ntemplate = "no-such-template"\n')
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Talks resumed in Geneva on Monday, officials said.\n")
    args = ["make", "a.txt", "--dry-run", "--date", "2025-10-30"]
    from_file = CliRunner().invoke(app, args)
    from_flag = CliRunner().invoke(app, [*args, "--format", "json", "-o", "elsewhere"])
    assert from_file.exit_code == 0 and from_flag.exit_code == 0
    assert ".docx" in from_file.stdout and "outputs" in from_file.stdout
    assert ".json" in from_flag.stdout and ".docx" not in from_flag.stdout
    assert "elsewhere" in from_flag.stdout
