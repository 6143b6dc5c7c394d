"""Which JSON `briefgen review` opens: the one given, or the inputs' brief in the output folder,
never overwriting review edits."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.api import Hooks, Options
from briefgen.errors import OutputError
from briefgen.model import Brief
from briefgen.review import prepare
from briefgen.review.edits import Edit
from briefgen.review.store import Store
from tests.conftest import AS_OF, SEED

DROP = Edit("drop", {"section": "quotes", "index": "0"})


def test_a_brief_json_is_reviewed_where_it_is(seed_file: Path, tmp_path: Path) -> None:
    assert prepare([seed_file], Options(output=tmp_path / "out"), Hooks()) == seed_file
    assert not (tmp_path / "out").exists()


def test_inputs_are_extracted_once_and_edits_kept(tmp_path: Path) -> None:
    options = Options(output=tmp_path / "out", as_of=AS_OF)
    path = prepare([SEED], options, Hooks())
    assert path.parent == tmp_path / "out" and path.name.startswith("2025-10-30-")
    Store(path).apply(DROP)
    assert prepare([SEED], options, Hooks()) == path  # the same articles: the edits stay
    assert Brief.from_json(path.read_bytes()).quotes[0].dropped


def test_edits_of_other_articles_are_not_overwritten(tmp_path: Path) -> None:
    options = Options(output=tmp_path / "out", as_of=AS_OF)
    path = prepare([SEED], options, Hooks())
    brief = Brief.from_json(path.read_bytes())
    other = brief.sources[0].model_copy(update={"title": "An earlier version"})
    path.write_text(brief.model_copy(update={"sources": [other]}).to_json(), "utf-8")
    Store(path).apply(DROP)
    with pytest.raises(OutputError, match="holds review edits of other articles"):
        prepare([SEED], options, Hooks())
