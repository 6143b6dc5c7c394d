"""Hand-edited briefs: impossible dates are refused naming the field, as other fields are;
`diff` with its arguments swapped says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import EXIT_FAILURE, app
from briefgen.model import Brief

runner = CliRunner()


def cli(*args: object):
    return runner.invoke(app, [str(arg) for arg in args], catch_exceptions=False)


def edited(seed_brief: Brief, folder: Path, **changes: object) -> Path:
    data = json.loads(seed_brief.to_json())
    for dotted, value in changes.items():
        *parents, last = dotted.split("__")
        target = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value
    path = folder / "edited.json"
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize(
    ("date", "precision"),
    [
        ("2025-13-01", "day"),
        ("2025-01-32", "day"),
        ("2025-02-29", "day"),
        ("2025-13", "month"),
        ("2025-00", "month"),
        ("2025-W54", "week"),
        ("2025-W53", "week"),  # 2025 has 52 ISO weeks
        ("2025-W00", "week"),
    ],
)
def test_an_impossible_timeline_date_is_refused_naming_the_field(
    seed_brief, tmp_path, date, precision
):
    number = len(seed_brief.timeline) - 1
    path = edited(
        seed_brief,
        tmp_path,
        **{f"timeline__{number}__date": date, f"timeline__{number}__precision": precision},
    )
    out = tmp_path / "out"
    result = cli("render", path, "-o", out)
    assert result.exit_code == EXIT_FAILURE and "Traceback" not in result.output
    (line,) = result.stderr.splitlines()
    assert str(path) in line and f"timeline.{number}.date" in line and date in line, line
    assert not out.exists() or not list(out.iterdir())


@pytest.mark.parametrize("date", ["2024-02-29", "2026-W53", "2025-12", "2025"])
def test_real_dates_still_read(seed_brief, tmp_path, date):
    path = edited(seed_brief, tmp_path, timeline__0__date=date)
    assert Brief.from_json(path.read_bytes()).timeline[0].date == date


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("as_of", "2025-02-30", "as_of"),
        ("sources__0__published", "2025-13-01", "sources.0.published"),
        ("dates__0__anchor", "2025-10-32", "dates.0.anchor"),
    ],
)
def test_other_impossible_dates_name_their_field(seed_brief, tmp_path, field, value, named):
    result = cli("render", edited(seed_brief, tmp_path, **{field: value}), "-o", tmp_path / "o")
    assert result.exit_code == EXIT_FAILURE
    assert f": {named}:" in result.stderr and len(result.stderr.splitlines()) == 1


def test_diff_with_swapped_arguments_warns_and_still_diffs(seed_brief, tmp_path):
    old = tmp_path / "old.json"
    old.write_text(seed_brief.model_copy(update={"timeline": seed_brief.timeline[:1]}).to_json())
    later = seed_brief.model_copy(update={"as_of": seed_brief.as_of.replace(day=31)})
    new = tmp_path / "new.json"
    new.write_text(later.to_json())
    right = cli("diff", old, new)
    assert right.exit_code == 0 and "warning" not in right.stderr
    swapped = cli("diff", new, old)
    assert swapped.exit_code == 0
    assert "warning:" in swapped.stderr and "swapped" in swapped.stderr
    assert str(new) in swapped.stderr and "2025-10-31" in swapped.stderr
    assert swapped.stdout  # the diff is still shown
