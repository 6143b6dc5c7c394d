"""The installed package must hold every subpackage and data file: setuptools installs only the
packages pyproject lists and only the data files its package-data patterns match."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

from briefgen.templates import BUILTIN

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_listed_for_installation():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "briefgen").rglob("__init__.py")
    }
    assert found == listed


def _package_files() -> set[str]:
    """Every file of the package in the source tree, as a wheel names it."""
    return {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "briefgen").rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and not path.name.startswith(".")
        and path.suffix != ".pyc"
    }


def _build_wheel(tmp_path: Path) -> Path:
    """Build a wheel offline from a clean copy of the sources (no stale build/ folder can
    supply a file the configuration would leave out)."""
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copyfile(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "briefgen", source / "briefgen", ignore=shutil.ignore_patterns("__pycache__")
    )
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", "-q", "-w", str(dist), str(source)],
        check=True, capture_output=True, env={**os.environ, "PIP_NO_INPUT": "1"}, timeout=300,
    )  # fmt: skip
    (wheel,) = dist.glob("briefgen-*.whl")
    return wheel


def test_a_built_wheel_carries_the_builtin_templates_and_finds_them(tmp_path):
    wheel = _build_wheel(tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        shipped = set(archive.namelist())
        archive.extractall(tmp_path / "installed")
    templates = BUILTIN.relative_to(ROOT).as_posix()
    expected = {name for name in _package_files() if name.startswith(f"{templates}/")}
    assert f"{templates}/GUIDE.md" in expected and f"{templates}/sitrep/theme.toml" in expected
    assert expected - shipped == set(), "built-in template files missing from the wheel"
    assert _package_files() - shipped == set(), "package files missing from the wheel"

    # Installed from the wheel (no source tree beside it), briefgen finds and renders them.
    installed = str(tmp_path / "installed")
    script = (
        "import datetime, sys, briefgen, briefgen.templates as t\n"
        "from briefgen.model import Brief, Source\n"
        "assert briefgen.__file__.startswith(sys.argv[1]), briefgen.__file__\n"
        "source = Source(id='s1', path='a.txt', title='A', text='Talks began in Istanbul.')\n"
        "brief = Brief(\n"
        "    title='T', as_of=datetime.date(2025, 10, 30), generator='t', sources=[source]\n"
        ")\n"
        "for name in t.builtin_templates():\n"
        "    assert t.render_document(brief, name).blocks, name\n"
        "print(' '.join(t.builtin_templates()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, installed],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": installed},
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["background", "one-pager", "sitrep"]
