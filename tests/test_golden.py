"""Whole briefs against golden files: the seed and the three MEANTIME clusters.

A change to what a brief says shows here as a diff. After a deliberate change, rewrite the
golden files with `pytest tests/test_golden.py --update-golden` and review the diff in git.
The golden files leave out the sources' texts (they are the inputs) to stay small.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefgen.ingest.text import read_text
from briefgen.model import Brief
from briefgen.pipeline import build_brief
from tests.conftest import AS_OF, CORPUS, DATA, ROOT, SEED

GOLDEN = DATA / "golden"
CASES = {
    "seed": [SEED],
    **{
        folder.name: [
            folder / json.loads(line)["file"]
            for line in (folder / "gold.jsonl").read_text("utf-8").splitlines()
        ]
        for folder in sorted(CORPUS.iterdir())
        if folder.is_dir()
    },
}


def golden_view(brief: Brief) -> dict[str, Any]:
    """The brief as JSON, the sources' texts left out and their paths relative to the repo."""
    data: dict[str, Any] = json.loads(brief.to_json())
    for source in data["sources"]:
        source.pop("text")
        source["path"] = Path(source["path"]).relative_to(ROOT).as_posix()
    return data


@pytest.mark.parametrize("case", sorted(CASES))
def test_brief_matches_golden(case: str, request: pytest.FixtureRequest) -> None:
    brief = build_brief([read_text(path) for path in CASES[case]], as_of=AS_OF)
    path: Path = GOLDEN / f"{case}.json"
    view = golden_view(brief)
    if request.config.getoption("--update-golden"):
        path.write_text(json.dumps(view, indent=1, ensure_ascii=False) + "\n", "utf-8")
    assert view == json.loads(path.read_text("utf-8"))
