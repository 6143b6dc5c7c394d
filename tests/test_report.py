"""The run summary, --json, -q, --dry-run and --watch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.report import RunSummary, brief_counts, format_summary
from briefgen.watch import watch
from tests.conftest import SEED

AS_OF = ["--date", "2025-10-30"]


def run(*args: object):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))


def test_summary_table_lists_everything():
    summary = RunSummary(
        read=3,
        skipped=[("inputs/empty.txt", "the file is empty")],
        counts={"actors": 7, "quotes": 6, "events": 5, "outlook": 4},
        written=["outputs/a.docx", "outputs/a.pdf"],
        seconds=1.234,
        parsed=1,
        reused=2,
    )
    table = format_summary(summary)
    for expected in (
        "articles read",
        "3",
        "inputs/empty.txt",
        "the file is empty",
        "7 / 6 / 5 / 4",
        "1 parsed, 2 reused",
        "outputs/a.pdf",
        "1.23 s",
    ):
        assert expected in table
    skipped = summary.to_dict()["skipped"]
    assert skipped == [{"path": "inputs/empty.txt", "reason": "the file is empty"}]


def test_json_summary_matches_the_brief_written(tmp_path, seed_brief):
    result = run("make", SEED, "-o", tmp_path / "out", "--format", "json", "--json", *AS_OF)
    assert result.exit_code == 0
    summary = json.loads(result.stdout)  # stdout holds the JSON only
    assert summary["read"] == 1 and summary["skipped"] == []
    assert summary["counts"] == brief_counts(seed_brief)
    written = Path(summary["written"][0])
    assert written.suffix == ".json" and written.exists()
    again = json.loads(
        run("make", SEED, "-o", tmp_path / "out", "--format", "json", "--json", *AS_OF).stdout
    )
    assert again["cache"] == {"parsed": 0, "reused": 1, "brief": True}


def test_summary_goes_to_stderr_and_quiet_drops_it(tmp_path):
    args = ["extract", SEED, "-o", tmp_path / "b.json", *AS_OF]
    loud = run(*args)
    assert "articles read" in loud.stderr and "files written" in loud.stderr
    assert loud.stdout.strip() == str(tmp_path / "b.json")
    quiet = run(*args, "-q")
    assert "articles read" not in quiet.stderr
    assert quiet.stdout.strip() == str(tmp_path / "b.json")


def test_skipped_inputs_are_in_the_summary(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "seed.txt").write_text(SEED.read_text())
    (tmp_path / "in" / "empty.txt").write_text("")
    result = run("extract", tmp_path / "in", "-o", tmp_path / "b.json", "--json", *AS_OF)
    summary = json.loads(result.stdout)
    assert summary["skipped"] == [
        {"path": str(tmp_path / "in" / "empty.txt"), "reason": "the file is empty"}
    ]


def test_a_source_published_after_the_as_of_date_is_warned(tmp_path):
    # The seed was published on 2025-10-29: a brief dated the day before reports the future.
    args = ["extract", SEED, "-o", tmp_path / "b.json", "--date", "2025-10-28"]
    loud = run(*args)
    warning = f"warning: {SEED}: published 2025-10-29, after the brief's as-of date 2025-10-28"
    assert warning in loud.stderr
    assert "warnings" in loud.stderr  # and in the summary table
    summary = json.loads(run(*args, "--json").stdout)
    assert summary["warnings"] == [warning.removeprefix("warning: ")]
    on_time = json.loads(run("extract", SEED, "-o", tmp_path / "c.json", "--json", *AS_OF).stdout)
    assert "warnings" not in on_time


def test_dry_run_lists_reads_and_writes_and_writes_nothing(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "seed.txt").write_text(SEED.read_text())
    (tmp_path / "in" / "notes.odt").write_text("x")
    result = run("make", tmp_path / "in", "-o", tmp_path / "out", "--dry-run", *AS_OF)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert f"read   {tmp_path / 'in' / 'seed.txt'}" in lines
    assert any(line.startswith(f"skip   {tmp_path / 'in' / 'notes.odt'}") for line in lines)
    assert not (tmp_path / "out").exists() and not (tmp_path / "cache").exists()
    planned = {line.removeprefix("write  ") for line in lines if line.startswith("write  ")}
    made = run("make", tmp_path / "in", "-o", tmp_path / "out", *AS_OF)
    assert planned == set(made.stdout.splitlines()) and len(planned) == 3


def test_watch_runs_once_per_burst_of_changes(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("First version.")
    (tmp_path / "out").mkdir()
    edits = {2: "Second version.", 3: "Second version, edited.", 9: "Third version."}
    polls = []

    def sleep(_seconds: float) -> None:
        polls.append(1)
        if len(polls) in edits:
            article.write_text(edits[len(polls)])
        (tmp_path / "out" / "brief.json").write_text(str(len(polls)))  # outputs never count

    runs = watch(
        [tmp_path],
        lambda: None,
        interval=0.5,
        debounce=1.0,
        max_iterations=14,
        ignore=[tmp_path / "out"],
        sleep=sleep,
    )
    assert runs == 2  # edits 2 and 3 are one burst; edit 9 another


def test_watch_without_changes_never_runs(tmp_path):
    (tmp_path / "a.txt").write_text("Unchanged.")
    assert watch([tmp_path], lambda: None, max_iterations=5, sleep=lambda _s: None) == 0
