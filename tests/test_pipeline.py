"""The whole extraction over many articles: merged, cited, never repeated."""

from __future__ import annotations

import gc
from collections import Counter
from types import SimpleNamespace

import pytest

from briefgen import pipeline
from briefgen.cache import Cache
from briefgen.extract.rules import Decision, Link, Merges, Rule, record
from briefgen.ingest import read_inputs
from briefgen.model import Brief
from briefgen.pipeline import build_brief, default_title, run_pipeline
from tests.conftest import AS_OF, CORPUS

# A rule of the test's own, left out of the registry so that no other test sees it.
PROBE = Rule("probe", "card", "Notes that extraction ran.", ("Any text.",), lambda: None)


@pytest.fixture(scope="module")
def cluster_brief() -> Brief:
    articles = read_inputs([CORPUS / "gm" / "docs"]).articles
    return build_brief(articles, as_of=AS_OF)


def test_cluster_brief_keeps_every_source(cluster_brief):
    assert len(cluster_brief.sources) == 30
    assert all(source.duplicate_of is None for source in cluster_brief.sources)
    assert Brief.from_json(cluster_brief.to_json()) == cluster_brief


def test_cluster_brief_never_repeats_an_item(cluster_brief):
    bullets = [item.text for item in cluster_brief.summary]
    assert 3 <= len(bullets) <= 5 and len(set(bullets)) == len(bullets)
    for counted in (
        Counter((q.text, q.speaker) for q in cluster_brief.quotes),
        Counter((e.date, e.event) for e in cluster_brief.timeline),
        Counter(o.text for o in cluster_brief.outlook),
    ):
        assert counted.most_common(1)[0][1] == 1


def test_cluster_bottom_line_spans_several_articles(cluster_brief):
    cited = {evidence.source for item in cluster_brief.summary for evidence in item.evidence}
    assert len(cited) >= 3


def test_cluster_actors_lead_with_the_story(cluster_brief):
    assert cluster_brief.actors[0].name == "General Motors"


def test_default_title(cluster_brief, seed_brief):
    assert seed_brief.title == seed_brief.sources[0].title
    names = [actor.name for actor in cluster_brief.actors[:3]]
    assert cluster_brief.title == default_title(cluster_brief.sources, names)
    assert cluster_brief.title.startswith(f"{names[0]}, ")


def test_a_traced_run_skips_the_cached_brief_but_not_the_cached_parse(seed_article, tmp_path):
    cache = Cache(tmp_path / "cache")
    first = run_pipeline([seed_article], as_of=AS_OF, cache=cache)
    assert first.trace is None and first.links == ()
    assert run_pipeline([seed_article], as_of=AS_OF, cache=cache).brief_cached
    traced = run_pipeline([seed_article], as_of=AS_OF, cache=cache, trace=True)
    assert (traced.brief_cached, traced.parsed, traced.reused) == (False, 0, 1)
    assert traced.trace is not None and traced.brief == first.brief


def test_a_traced_run_returns_the_decisions_and_the_merge_links(seed_article, monkeypatch):
    extract = pipeline._extract
    link = Link("tarar", "attaullah tarar", "surname_links")

    def probed(*args):
        brief, _actors, failed = extract(*args)
        record(PROBE, "Tarar", "seen")
        merges = Merges()
        merges.join(link)
        return brief, SimpleNamespace(merges=merges), failed

    monkeypatch.setattr(pipeline, "_extract", probed)
    traced = run_pipeline([seed_article], as_of=AS_OF, trace=True)
    assert traced.trace is not None and traced.links == (link,)
    assert traced.trace.by("probe") == [Decision("probe", "card", "Tarar", "seen")]
    untraced = run_pipeline([seed_article], as_of=AS_OF)
    assert untraced.trace is None and untraced.links == ()


def _live_docs() -> int:
    """spaCy Docs this process still holds, after a full garbage collection."""
    from spacy.tokens import Doc

    gc.collect()
    return sum(1 for held in gc.get_objects() if type(held) is Doc)


@pytest.mark.parametrize("trace", [False, True], ids=["brief", "traced"])
def test_no_parse_outlives_its_brief(nlp, trace):
    # Memory must not grow with the briefs a process makes (`briefgen watch`, a desk's
    # server): a cache keyed by Doc or Span, or a record holding a Span, would keep every
    # parse alive. Counted, not timed; the count sees a Doc that is held.
    articles = read_inputs([CORPUS / "gm" / "docs"]).articles[:4]
    before = _live_docs()
    held = nlp("General Motors said on Monday it would recall cars.")
    assert _live_docs() == before + 1
    built = run_pipeline(articles, as_of=AS_OF, trace=trace)
    assert built.brief.sources and _live_docs() == before + 1
    del held
    assert _live_docs() == before
