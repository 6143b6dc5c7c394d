"""Near-duplicate articles: real copies collapse, distinct reports of one story do not."""

from __future__ import annotations

import textwrap

import pytest
from pydantic import ValidationError

from briefgen.dedupe import mark_copies
from briefgen.model import Article, Brief, Source
from briefgen.pipeline import build_brief
from tests.conftest import AS_OF


def source(number: int, text: str) -> Source:
    return Source(id=f"s{number}", path=f"{number}.txt", title=f"Story {number}", text=text)


def reflow(text: str) -> str:
    """A syndicated copy: paragraphs re-wrapped at 60 columns, straight quotes."""
    paragraphs = [textwrap.fill(p, 60) for p in text.split("\n") if p.strip()]
    return "\n\n".join(paragraphs).replace("“", '"').replace("”", '"').replace("’", "'")


def edit(text: str) -> str:
    """An update of the report: a word changed, a sentence added, the last paragraph cut."""
    paragraphs = text.split("\n")[:-1]
    paragraphs[1] = paragraphs[1].replace("this week", "on Wednesday") + " Talks may resume."
    return "\n".join(paragraphs)


@pytest.mark.parametrize("make_copy", [reflow, edit, lambda t: t])
def test_copies_of_the_seed_collapse_onto_the_longest(seed_article, make_copy):
    marked = mark_copies([source(1, make_copy(seed_article.text)), source(2, seed_article.text)])
    longest = max(marked, key=lambda s: (len(s.text), -int(s.id[1:])))
    assert [s.duplicate_of for s in marked if s.id != longest.id] == [longest.id]
    assert longest.duplicate_of is None


def test_distinct_articles_of_a_story_cluster_never_merge(corpus):
    for cluster in corpus.values():
        marked = mark_copies([article.source for article in cluster.articles])
        assert [s.id for s in marked if s.duplicate_of] == [], cluster.name


def test_a_brief_over_copies_is_briefed_once_and_cites_both(seed_article):
    copy = Article(
        **{**seed_article.model_dump(), "path": "copy.txt", "text": edit(seed_article.text)}
    )
    brief = build_brief([seed_article, copy], as_of=AS_OF)
    assert [s.duplicate_of for s in brief.sources] == [None, "s1"]
    decimate = [q for q in brief.quotes if q.text.startswith("We will decimate")]
    assert len(decimate) == 1
    assert [e.source for e in decimate[0].also] == ["s2"]
    assert brief.excerpt(decimate[0].also[0]) == decimate[0].text
    cited = [{e.source for e in item.evidence} for item in brief.summary]
    assert {"s1", "s2"} in cited


def test_duplicate_of_must_name_a_briefed_source(seed_brief):
    bad = seed_brief.model_dump(by_alias=True)
    bad["sources"][0]["duplicate_of"] = "s7"
    with pytest.raises(ValidationError, match=r"sources\.0\.duplicate_of"):
        Brief.model_validate(bad)
