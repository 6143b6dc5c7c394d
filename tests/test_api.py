"""`briefgen.api`: one call per command, what it returns, and that it neither prints nor exits."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path

import pytest

from briefgen.api import (
    Hooks,
    Made,
    Options,
    StrictError,
    articles_of,
    explain_brief,
    extract_brief,
    make_brief,
    render_brief,
)
from briefgen.explain import Query
from briefgen.ingest import Skipped
from briefgen.model import Brief
from briefgen.pipeline import build_brief
from briefgen.report import brief_counts
from tests.conftest import AS_OF, SEED

STEM = "2025-10-30-pakistan-afghanistan-truce-talks-fail-in-istanbul-as-islamab"  # slug cut at 60


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    out = tmp_path_factory.mktemp("made")
    return make_brief([SEED], Options(as_of=AS_OF, output=out, formats=("json", "docx")))


def test_make_brief_writes_each_format_and_says_what_it_did(made: Made, seed_brief: Brief):
    assert [path.name for path in made.written] == [f"{STEM}.json", f"{STEM}.docx"]
    assert made.brief == seed_brief
    assert Brief.from_json(made.written[0].read_bytes()) == seed_brief
    assert made.read == (str(SEED),) and made.skipped == () and made.changes is None
    assert set(made.timings) == {"read", "extract", "render", "write"}
    summary = made.summary()
    assert summary.counts == brief_counts(seed_brief)
    assert summary.written == [str(path) for path in made.written]
    assert summary.seconds == pytest.approx(sum(made.timings.values()))


def test_make_brief_since_an_identical_brief_finds_nothing_new(made: Made, tmp_path: Path):
    options = Options(as_of=AS_OF, output=tmp_path, formats=("json",), since=made.written[0])
    again = make_brief([SEED], options)
    assert again.changes is not None and again.changes.is_empty()
    assert "since" in again.timings and again.summary().since == again.changes.counts()


def test_a_dry_run_plans_the_same_names_and_writes_nothing(made: Made, tmp_path: Path):
    out = tmp_path / "out"
    options = Options(as_of=AS_OF, output=out, formats=("json", "docx"), dry_run=True)
    plan = make_brief([SEED], options)
    assert plan.brief is None and plan.dry_run and plan.read == (str(SEED),)
    assert [path.name for path in plan.written] == [path.name for path in made.written]
    assert not out.exists()


def test_strict_fails_after_reporting_each_skip_and_writes_nothing(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "seed.txt").write_text(SEED.read_text())
    (tmp_path / "in" / "empty.txt").write_text("")
    seen: list[Skipped] = []
    bars: list[int] = []

    @contextmanager
    def bar(total: int):
        bars.append(total)
        yield None

    hooks = Hooks(skipped=seen.append, progress=bar)
    out = tmp_path / "out"
    with pytest.raises(StrictError, match="1 input"):
        make_brief([tmp_path / "in"], Options(as_of=AS_OF, output=out, strict=True), hooks)
    assert [Path(item.path).name for item in seen] == ["empty.txt"] and bars == []
    assert not out.exists()
    made = extract_brief([tmp_path / "in"], Options(as_of=AS_OF), hooks=hooks)
    assert len(seen) == 2 and bars == [1] and len(made.skipped) == 1


def test_extract_brief_writes_json_only_when_asked(tmp_path: Path, seed_brief: Brief):
    options = Options(as_of=AS_OF, output=tmp_path / "unused")
    made = extract_brief([SEED], options)
    assert made.brief == seed_brief and made.written == ()
    target = tmp_path / "deep" / "brief.json"
    written = extract_brief([SEED], options, target)
    assert written.written == (target,) and target.read_text() == seed_brief.to_json()
    assert not (tmp_path / "unused").exists()


def test_render_brief_takes_a_brief_or_its_file(made: Made, tmp_path: Path):
    from_file = render_brief(made.written[0], Options(output=tmp_path / "a", formats=("docx",)))
    assert made.brief is not None
    from_brief = render_brief(made.brief, Options(output=tmp_path / "b", formats=("docx",)))
    (a,), (b,) = from_file.written, from_brief.written
    assert a.name == b.name == f"{STEM}.docx" and a.read_bytes() == b.read_bytes()
    assert from_file.brief == made.brief and "read" in from_file.timings


def test_articles_of_a_brief_with_a_copy_brief_the_same_again(seed_article):
    copy = seed_article.model_copy(update={"path": "forwarded.txt"})
    brief = build_brief([seed_article, copy], as_of=AS_OF)
    assert brief.sources[1].duplicate_of == "s1"
    assert build_brief(articles_of(brief), as_of=brief.as_of) == brief


def test_explain_brief_reads_a_brief_or_its_inputs_alike(made: Made):
    query = Query("actor", "Tarar")
    from_brief = explain_brief([made.written[0]], query)
    from_inputs = explain_brief([SEED], query, Options(as_of=AS_OF))
    assert from_brief.entries == from_inputs.entries
    (entry,) = from_brief.entries
    assert entry.heading == "actor Attaullah Tarar" and dict(entry.fields)["type"] == "person"


def test_an_article_export_in_json_is_read_as_an_input(tmp_path: Path, seed_article):
    export = tmp_path / "articles.json"
    export.write_text(json.dumps([{"title": seed_article.title, "text": seed_article.text}]))
    found = explain_brief([export], Query("candidate", "Zanzibar"), Options(as_of=AS_OF))
    assert found.brief.sources[0].path.startswith(str(export))


def test_explaining_a_brief_made_by_another_version_says_so(made: Made, tmp_path: Path):
    data = json.loads(made.written[0].read_text())
    data["generator"] = "briefgen 0.0.1; spaCy en_core_web_sm 3.0.0"
    older = tmp_path / "older.json"
    older.write_text(json.dumps(data))
    found = explain_brief([older], Query("actor", "Pakistan"))
    assert found.notes == (
        f"the brief was made by {data['generator']}; "
        f"these rules are {made.brief.generator if made.brief else ''}'s",
    )


def test_explain_says_why_cards_are_one_and_why_a_surname_stays_apart(tmp_path: Path):
    # ECB+ train (25ecbplus), three articles: "Thomas" names two players, so it joins neither;
    # "Pierre Thomas" is one card with the headline's "Pierre Thomas Placed" cut to the name.
    texts = [
        "Pierre Thomas Placed on Injured Reserve by New Orleans Saints\n\nThe Saints placed "
        "running back Pierre Thomas on IR Wednesday, the second time in as many days the team "
        "has placed one of its primary running backs on the list.",
        "Tight ends Jeremy Shockey (groin) and David Thomas (knee) both were limited while "
        "receiver Marques Colston (knee) and defensive end Alex Brown (shoulder) both were full.",
        "Thomas is the fifth Saints running back to go on IR this season, the second in two "
        "days, the third in less than a month.",
    ]
    for number, text in enumerate(texts, start=1):
        (tmp_path / f"a{number}.txt").write_text(text, "utf-8")
    options = Options(as_of=AS_OF)
    card = explain_brief([tmp_path], Query("actor", "Pierre Thomas"), options)
    found = [d.rule for d in card.decisions()]
    assert "verb_at_name_edge_dropped" in found
    apart = explain_brief([tmp_path], Query("candidate", "Thomas"), options)
    outcomes = [(d.rule, d.outcome) for d in apart.decisions()]
    assert ("surname_of_two_people", "stays apart: david thomas, pierre thomas") in outcomes
