"""Only what the user named is read: links, FIFOs, devices, odd names and our own briefs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefgen.api import Options, render_brief
from briefgen.cli import EXIT_OK, EXIT_SKIPPED
from briefgen.model import Brief
from tests.conftest import CORPUS, SEED
from tests.hostile.helpers_ingest import Run, run_cli

GOOD = CORPUS / "apple/docs/40986_Apple_releases_Macbook.md"
SECRET = "The vault code of the outside file is 4711 and nobody may read it."
EVIL = "evil\nskipped forged.txt: all clear\x1b[2J.txt"  # a forged line and a cleared screen
BRIEF_REASON = "a briefgen brief, not an article"
pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and links are POSIX")


def _good_files(folder: Path) -> None:
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "macbook.md").write_bytes(GOOD.read_bytes())


def _sources(json_file: Path) -> dict[str, str]:
    brief = json.loads(json_file.read_text())
    return {Path(source["path"]).name: source["text"] for source in brief["sources"]}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, seed_brief: Brief) -> Path:
    """A folder of good articles among links out, dangling and looping links, a FIFO, an
    empty file with a hostile name, and a previous brief's PDF, DOCX and JSON."""
    root = tmp_path_factory.mktemp("hostile")
    (root / "outside.txt").write_text(f"Outside\n\n{SECRET}\n")
    folder = root / "inputs"
    _good_files(folder)
    (folder / "notes.txt").symlink_to(root / "outside.txt")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "itself").symlink_to(folder)  # a folder link inside: walked once, not forever
    os.mkfifo(folder / "pipe.txt")
    (folder / EVIL).write_bytes(b"")
    old = render_brief(seed_brief, Options(output=folder / "old", formats=("docx", "pdf")))
    assert len(old.written) == 2
    (folder / "old" / "brief.json").write_text(seed_brief.to_json())
    return folder


@pytest.fixture(scope="module")
def folder_run(hostile: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, Path]:
    out = tmp_path_factory.mktemp("out") / "brief.json"
    return run_cli("extract", str(hostile), "-o", str(out), "--date", "2025-10-30"), out


def test_good_files_are_briefed_and_the_run_exits_3(folder_run):
    run, out = folder_run
    assert run.code == EXIT_SKIPPED, run.stderr
    assert "Traceback" not in run.stderr
    assert set(_sources(out)) == {"seed.txt", "macbook.md"}


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("notes.txt", "outside the input folder (--follow-links reads it)"),
        ("dangling.txt", "a dangling symbolic link"),
        ("loop-a.txt", "a symbolic link loop"),
        ("loop-b.txt", "a symbolic link loop"),
        ("pipe.txt", "a FIFO (named pipe), not a regular file"),
        ("old/brief.json", BRIEF_REASON),
        ("old/*.docx", BRIEF_REASON),
        ("old/*.pdf", BRIEF_REASON),
    ],
)
def test_each_entry_left_out_is_named_with_its_reason(folder_run, hostile, name, reason):
    run, _ = folder_run
    path = str(next(hostile.glob(name)) if "*" in name else hostile / name)
    assert reason in run.skipped()[path], run.stderr


def test_a_link_out_of_the_folder_never_reaches_the_brief(folder_run, hostile):
    run, out = folder_run
    assert SECRET not in out.read_text()
    assert run.skipped()[str(hostile / "notes.txt")].startswith("a symbolic link to /")


def test_hostile_names_are_shown_escaped(folder_run, hostile):
    run, _ = folder_run
    shown = "evil\\nskipped forged.txt: all clear\\x1b[2J.txt: the file is empty"
    assert f"skipped {hostile}/{shown}" in run.stderr
    assert "\x1b" not in run.stderr
    assert not any(line.startswith("skipped forged") for line in run.stderr.splitlines())


def test_follow_links_reads_a_link_out_of_the_folder(tmp_path):
    (tmp_path / "outside.txt").write_text(f"Outside\n\n{SECRET}\n")
    folder = tmp_path / "inputs"
    _good_files(folder)
    (folder / "notes.txt").symlink_to(tmp_path / "outside.txt")
    out = tmp_path / "brief.json"
    run = run_cli("extract", str(folder), "-o", str(out), "--follow-links", "--date", "2025-10-30")
    assert run.code == EXIT_OK, run.stderr
    assert SECRET in _sources(out)["notes.txt"]


def test_a_fifo_and_dev_zero_named_directly_are_refused_unopened(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would block until a writer came: none comes
    out = tmp_path / "brief.json"
    run = run_cli("extract", str(SEED), str(fifo), "/dev/zero", "-o", str(out), timeout=60)
    assert run.code == EXIT_SKIPPED, run.stderr
    assert "Traceback" not in run.stderr
    skipped = run.skipped()
    assert skipped[str(fifo)] == "a FIFO (named pipe), not a regular file"
    assert skipped["/dev/zero"] == "a character device, not a regular file"
    assert set(_sources(out)) == {"istanbul-talks.txt"}
