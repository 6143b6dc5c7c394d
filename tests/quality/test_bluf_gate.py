"""Quality gate: the bottom line on the repo's data (the shared corpus is not in CI).

Each MEANTIME cluster (30 Wikinews reports over several years) must lead its bottom line with
its newest development: a bullet from an article published within NEWEST_DAYS of the cluster's
newest article (the earlier bottom line, in source order, led with reports of 2008, 2005 and
2009 in clusters whose newest are of 2011, 2011 and 2013). The three clusters mixed in one
folder must give each story its own bottom line, citing only that story's sources. The seed's
bottom line must open with its lead and say why it matters next. No two bullets may share half
their content words. The ROUGE figures against the AllSides editors' summaries are in
benchmarks/synthesis.py.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from briefgen.extract.summary import MAX_BULLETS, NEWEST_DAYS
from briefgen.extract.summary_scores import overlap
from briefgen.ingest.text import read_text
from briefgen.model import Brief
from briefgen.pipeline import build_brief
from tests.conftest import AS_OF, CORPUS

_WORD = re.compile(r"[^\W\d_]{4,}")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


@pytest.fixture(scope="module")
def meantime_briefs() -> dict[str, Brief]:
    folders = sorted(p for p in CORPUS.iterdir() if (p / "docs").is_dir())
    return {
        f.name: build_brief([read_text(p) for p in sorted((f / "docs").glob("*.md"))], as_of=AS_OF)
        for f in folders
    }


def test_each_cluster_leads_with_its_newest_development(meantime_briefs):
    for name, brief in meantime_briefs.items():
        published = {s.id: s.published for s in brief.sources}
        newest = max(d for d in published.values() if d is not None)
        lead = published[brief.summary[0].evidence[0].source]
        assert lead is not None and lead >= newest - dt.timedelta(days=NEWEST_DAYS), name


def test_no_two_bullets_say_the_same(meantime_briefs, seed_brief):
    for brief in [*meantime_briefs.values(), seed_brief]:
        assert len(brief.summary) <= MAX_BULLETS
        bullets = [_words(item.text) for item in brief.summary]
        for i, first in enumerate(bullets):
            for second in bullets[i + 1 :]:
                assert overlap(first, second) < 0.5, brief.title


def test_seed_opens_with_its_lead_then_why_it_matters(seed_brief):
    texts = [item.text for item in seed_brief.summary]
    assert texts[0].startswith("Efforts to broker a lasting ceasefire")
    assert "fragility of the current truce" in texts[1]
    assert [story.summary for story in seed_brief.stories] == [list(range(len(texts)))]


def test_mixed_clusters_give_each_story_its_own_bottom_line():
    articles = [read_text(p) for p in sorted(CORPUS.glob("*/docs/*.md"))]
    brief = build_brief(articles, as_of=AS_OF)
    assert len(brief.stories) >= 3
    shown = [i for story in brief.stories for i in story.summary]
    assert sorted(shown) == list(range(len(brief.summary)))  # each bullet in one story
    for story in brief.stories[:3]:
        assert 3 <= len(story.summary) <= MAX_BULLETS, story.title
        for i in story.summary:
            assert brief.summary[i].evidence[0].source in story.sources, story.title
