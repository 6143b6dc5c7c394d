"""Hostile outputs: read-only, missing, file-instead-of-folder and full-disk output folders.

Each failure is one line naming the path and the reason, exit 1, no traceback, and leaves the
output folder as it was: old files unchanged, no new or temporary file.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen import output
from briefgen.api import Options, render_brief
from briefgen.cli import EXIT_FAILURE, app
from briefgen.errors import OutputError
from briefgen.model import Brief
from tests.conftest import SEED

runner = CliRunner()
ALL = ("docx", "pdf", "json")


def cli(*args: object):
    return runner.invoke(app, [str(arg) for arg in args], catch_exceptions=False)


@pytest.fixture
def brief_json(seed_brief: Brief, tmp_path: Path) -> Path:
    path = tmp_path / "brief.json"
    path.write_text(seed_brief.to_json())
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder (temporaries included) and its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def one_error_line(result, path: Path, reason: str) -> None:
    assert result.exit_code == EXIT_FAILURE
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert str(path) in lines[0] and reason in lines[0], lines[0]


def failing_on(call: int, error: OSError) -> Callable[..., None]:
    """A temporary-file writer that fails on its `call`-th use (counting from 1)."""
    real = output._write_temporary
    calls = []

    def write(temporary: Path, data: bytes, mode: int | None) -> None:
        calls.append(temporary)
        if len(calls) == call:
            real(temporary, data[: len(data) // 2], mode)  # half written, then the disk is full
            raise error
        real(temporary, data, mode)

    return write


def test_full_disk_on_the_second_file_keeps_the_old_set(seed_brief, tmp_path, monkeypatch):
    out = tmp_path / "out"
    render_brief(seed_brief, Options(output=out, formats=ALL))
    before = snapshot(out)
    edited = seed_brief.model_copy(update={"generator": "edited"})
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(output, "_write_temporary", failing_on(2, full))
    with pytest.raises(OutputError, match="No space left on device") as raised:
        render_brief(edited, Options(output=out, formats=ALL))
    assert str(out / f"{output.output_stem(seed_brief)}.pdf") in str(raised.value)
    assert snapshot(out) == before  # all three old files, byte for byte; no temporary


def test_full_disk_on_a_first_run_leaves_nothing(brief_json, tmp_path, monkeypatch):
    out = tmp_path / "out"
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(output, "_write_temporary", failing_on(2, full))
    result = cli("render", brief_json, "-o", out)
    one_error_line(result, out, "No space left on device")
    assert snapshot(out) == {}


def test_a_failed_rename_puts_back_the_files_already_replaced(tmp_path, monkeypatch):
    old = {tmp_path / "b.docx": b"old docx", tmp_path / "b.pdf": b"old pdf"}
    for path, data in old.items():
        path.write_bytes(data)
    real, calls = os.replace, []

    def replace(source, target):
        calls.append(target)
        if len(calls) == 3:  # the JSON, a new file: after the DOCX and PDF were replaced
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(source))
        real(source, target)

    monkeypatch.setattr(output.os, "replace", replace)
    new = {**{path: b"new" for path in old}, tmp_path / "b.json": b"{}"}
    with pytest.raises(OutputError, match=r"b\.json: cannot write \(Input/output error\)"):
        output.write_together(new)
    monkeypatch.undo()
    assert snapshot(tmp_path) == {"b.docx": b"old docx", "b.pdf": b"old pdf"}


def test_read_only_folder(brief_json, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    if os.geteuid() == 0:  # root writes anyway: refuse as the file system would
        denied = PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        monkeypatch.setattr(output, "_write_temporary", failing_on(1, denied))
    out.chmod(0o555)
    try:
        result = cli("render", brief_json, "-o", out)
    finally:
        out.chmod(0o755)
    one_error_line(result, out, "Permission denied")
    assert snapshot(out) == {"keep.txt": b"mine"}


def test_output_path_that_is_a_file_fails_before_any_work(tmp_path):
    taken = tmp_path / "outputs"
    taken.write_text("not a folder")
    result = cli("make", SEED, "-o", taken, "--no-cache")
    one_error_line(result, taken, "not a folder")
    assert taken.read_text() == "not a folder"


def test_output_folder_under_a_file(brief_json, tmp_path):
    (tmp_path / "file").write_text("x")
    result = cli("render", brief_json, "-o", tmp_path / "file" / "out")
    one_error_line(result, tmp_path / "file" / "out", "Not a directory")


def test_extract_to_a_folder_path(seed_brief, tmp_path):
    taken = tmp_path / "brief.json"
    taken.mkdir()
    result = cli("extract", SEED, "-o", taken, "--date", "2025-10-30", "-q")
    one_error_line(result, taken, "Is a directory")
    assert snapshot(taken) == {}


def test_a_missing_output_folder_is_created(brief_json, tmp_path):
    out = tmp_path / "new" / "folder"
    result = cli("render", brief_json, "-o", out, "-q")
    assert result.exit_code == 0, result.output
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".pdf"]


def test_a_rerun_keeps_each_files_mode(seed_brief, tmp_path):
    out = tmp_path / "out"
    written = render_brief(seed_brief, Options(output=out, formats=ALL)).written
    modes = dict(zip(written, (0o600, 0o640, 0o604), strict=True))
    for path, mode in modes.items():
        path.chmod(mode)
    render_brief(seed_brief, Options(output=out, formats=ALL))
    assert {path: stat.S_IMODE(path.stat().st_mode) for path in written} == modes


def test_render_reports_like_make(brief_json, tmp_path):
    import json

    quiet = cli("render", brief_json, "-o", tmp_path / "q", "-q")
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert [Path(line).suffix for line in quiet.stdout.splitlines()] == [".docx", ".pdf"]
    summary = json.loads(cli("render", brief_json, "-o", tmp_path / "j", "--json").stdout)
    assert len(summary["written"]) == 2 and summary["read"] == 1
    shown = cli("render", brief_json, "-o", tmp_path / "s")
    assert "files written" in shown.stderr


def test_make_on_a_full_disk_keeps_the_last_brief(tmp_path, monkeypatch):
    out = tmp_path / "out"
    args = ("make", SEED, "-o", out, "--date", "2025-10-30", "-q")
    assert cli(*args).exit_code == 0
    before = snapshot(out)
    assert sorted(Path(name).suffix for name in before) == [".docx", ".json", ".pdf"]
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(output, "_write_temporary", failing_on(2, full))
    result = cli(*args, "--title", "Same day, new title")
    one_error_line(result, out, "No space left on device")
    assert snapshot(out) == before
