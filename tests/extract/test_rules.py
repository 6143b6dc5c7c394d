"""Every named rule: its examples are briefed, and the rule fires on each of them.

This is what keeps a rule's example honest (it is a text the rule decides on, not a comment)
and keeps every rule recording its decisions, which the statistics and `briefgen explain` read.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.extract.rules import (
    ARTICLE_BREAK,
    EXAMPLE_DATE,
    UNDATED,
    Link,
    Merges,
    all_rules,
    tracing,
)
from briefgen.ingest.clean import article
from briefgen.ingest.page_repeats import without_repeats
from briefgen.ingest.text import read as read_text_bytes
from briefgen.model import Article
from briefgen.pipeline import build_brief

REGISTRY = all_rules()
RULES = sorted(REGISTRY)


def brief_example(text: str, read: bool = False) -> None:
    """Brief an example; `read` makes its articles as ingest does (boilerplate rules fire
    there, before the pipeline)."""
    published = dt.date.fromisoformat(EXAMPLE_DATE)
    if read and text.startswith("---\n"):  # a text file with its front matter (title rules)
        articles = read_text_bytes(Path("example.md"), text.encode())
        build_brief(articles, as_of=published)
        return
    make = article if read else Article
    articles = [
        make(
            path=f"example-{n}.txt",
            title="Example",
            text=part.removeprefix(UNDATED).strip(),
            published=None if part.startswith(UNDATED) else published,
        )
        for n, part in enumerate(text.split(ARTICLE_BREAK), start=1)
    ]
    build_brief(without_repeats(articles)[0] if read else articles, as_of=published)


@pytest.mark.parametrize("name", RULES)
def test_rule_fires_on_each_of_its_examples(name: str) -> None:
    made = REGISTRY[name]
    assert made.description, f"{name}: no description"
    for example in made.examples:
        with tracing() as trace:
            brief_example(example, read=made.stage == "boilerplate")
        assert trace.fired()[name], f"{name} did not fire on its example: {example!r}"


def test_merges_keep_the_rule_of_every_edge() -> None:
    merges = Merges(["tarar", "attaullah tarar", "minister tarar"])
    assert merges.join(Link("tarar", "attaullah tarar", "surname_links"))
    assert merges.join(Link("minister tarar", "tarar", "title_variants"))
    assert not merges.join(Link("attaullah tarar", "minister tarar", "surname_links"))
    assert {merges.find(key) for key in ("tarar", "minister tarar")} == {"attaullah tarar"}
    assert [link.rule for link in merges.links] == [
        "surname_links",
        "title_variants",
        "surname_links",
    ]
