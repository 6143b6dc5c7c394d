"""Briefs to review: the seed (extracted once per session) and a MEANTIME cluster (its golden
brief with the articles' texts put back, so no parse is needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.ingest.text import read_text
from briefgen.model import Brief
from tests.conftest import DATA, ROOT


@pytest.fixture(scope="session")
def airbus_brief() -> Brief:
    """The MEANTIME airbus cluster's golden brief (30 articles, 138 actors, 111 quotes)."""
    data = json.loads((DATA / "golden" / "airbus.json").read_text("utf-8"))
    for source in data["sources"]:
        source["text"] = read_text(ROOT / Path(source["path"])).text
    return Brief.model_validate(data)


@pytest.fixture(params=["seed", "airbus"])
def any_brief(request: pytest.FixtureRequest) -> Brief:
    """Each brief in turn."""
    name = "seed_brief" if request.param == "seed" else "airbus_brief"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]


@pytest.fixture
def seed_file(tmp_path: Path, seed_brief: Brief) -> Path:
    """The seed brief saved as JSON in a fresh folder."""
    path = tmp_path / "brief.json"
    path.write_text(seed_brief.to_json(), "utf-8")
    return path


HOSTILE = 'Talks <script>alert("x")</script> failed <img src=x onerror="alert(1)"> today.'


@pytest.fixture
def hostile_file(tmp_path: Path, seed_brief: Brief) -> Path:
    """The seed with markup put before its article and as its title and first bullet."""
    shift = len(HOSTILE) + 1
    data = seed_brief.model_dump(
        by_alias=True, include={"schema_", "title", "as_of", "generator", "sources", "summary"}
    )
    data["sources"][0] |= {
        "text": HOSTILE + "\n" + data["sources"][0]["text"],
        "title": "<b>Bold</b> title",
    }
    for item in data["summary"]:
        item["evidence"] = [
            {**span, "start": span["start"] + shift, "end": span["end"] + shift}
            for span in item["evidence"]
        ]
    data["summary"][0] |= {
        "text": HOSTILE,
        "evidence": [{"source": "s1", "start": 0, "end": len(HOSTILE)}],
    }
    path = tmp_path / "hostile.json"
    path.write_text(Brief.model_validate(data).to_json(), "utf-8")
    return path
