"""Saving review edits: atomic, logged, undoable, never interleaved."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from briefgen.model import Brief
from briefgen.review.edits import Edit, EditRefused
from briefgen.review.store import Store

DROP = Edit("drop", {"section": "quotes", "index": "1"})
MERGE = Edit("merge", {"name": "Taliban", "into": "Afghanistan"})


def log_of(store: Store) -> list[dict]:
    return [json.loads(line) for line in store.log_path.read_text("utf-8").splitlines()]


def test_each_edit_is_saved_at_once_and_logged(seed_file: Path) -> None:
    store = Store(seed_file)
    store.apply(DROP)
    store.apply(MERGE)
    saved = Brief.from_json(seed_file.read_bytes())  # a fresh reader (a second tab) sees both
    assert saved.quotes[1].dropped and "Taliban" not in [a.name for a in saved.actors]
    assert [list(entry)[1] for entry in log_of(store)] == ["base", "edit", "edit"]
    assert store.history() == [DROP, MERGE]


def test_undo_takes_back_the_last_edit(seed_file: Path, seed_brief: Brief) -> None:
    store = Store(seed_file)
    store.apply(DROP)
    store.apply(MERGE)
    assert store.undo().actors == seed_brief.actors
    assert store.undo() == seed_brief
    assert seed_file.read_text("utf-8") == seed_brief.to_json()
    with pytest.raises(EditRefused, match="no edit to undo"):
        store.undo()


def test_a_refused_edit_saves_nothing(seed_file: Path) -> None:
    store = Store(seed_file)
    before = seed_file.read_bytes()
    with pytest.raises(EditRefused):
        store.apply(Edit("text", {"section": "summary", "index": "0", "text": ""}))
    assert seed_file.read_bytes() == before
    assert store.history() == []


def test_a_hand_edit_starts_a_new_base(seed_file: Path) -> None:
    """Undo never reaches past a change made outside review."""
    store = Store(seed_file)
    store.apply(DROP)
    edited = Brief.from_json(seed_file.read_bytes()).model_copy(update={"title": "By hand"})
    seed_file.write_text(edited.to_json(), "utf-8")
    store.apply(MERGE)
    assert store.history() == [MERGE]
    assert store.undo().title == "By hand"


@pytest.mark.parametrize("section", ["quotes", "outlook"])
def test_concurrent_saves_never_interleave(
    tmp_path: Path, airbus_brief: Brief, section: str
) -> None:
    """Eight threads drop eight items at once: the file is valid and holds all eight."""
    path = tmp_path / "airbus.json"
    path.write_text(airbus_brief.to_json(), "utf-8")
    stores = [Store(path), Store(path)]  # two servers on one file: the file lock serialises
    edits = [Edit("drop", {"section": section, "index": str(i)}) for i in range(8)]
    threads = [
        threading.Thread(target=stores[i % 2].apply, args=(edit,)) for i, edit in enumerate(edits)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    saved = Brief.from_json(path.read_bytes())
    assert [item.dropped for item in getattr(saved, section)[:9]] == [True] * 8 + [False]
    assert sorted(e.args["index"] for e in stores[0].history()) == sorted(str(i) for i in range(8))
    assert not list(tmp_path.glob("*.tmp*"))
