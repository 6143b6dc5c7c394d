"""A brief over several stories, rendered: per story, most important first, its heading, its
bottom line, its key actors and its key events, then the sections over the whole brief; the
one-pager stays one page. The three MEANTIME clusters (airbus, apple, gm) mixed in one folder
make three stories. Asserts on content copied from the brief, re-read from the DOCX and PDF."""

from __future__ import annotations

import functools
import io
import re

import docx
import pytest
from pypdf import PdfReader

from briefgen.ingest.text import read_text
from briefgen.model import Brief, Story
from briefgen.pipeline import build_brief
from briefgen.render import docx_bytes, pdf_bytes
from briefgen.templates import STORY_ACTOR_MENTIONS, render_document, story_actors, story_items
from tests.conftest import AS_OF, CORPUS

from .test_pdf import flat, page_texts

# What each template shows per story: key actors and key events at most.
SHOWN = {"sitrep": (4, 5), "background": (6, 15)}
HEADINGS = ("Heading 1", "Heading 2")


@pytest.fixture(scope="module")
def mixed() -> Brief:
    articles = [read_text(path) for path in sorted(CORPUS.glob("*/docs/*.md"))]
    return build_brief(articles, as_of=AS_OF)


@pytest.fixture(scope="module")
def rendered(mixed):
    """template -> (docx bytes, pdf bytes), rendered lazily."""

    @functools.cache
    def render(template: str) -> tuple[bytes, bytes]:
        document = render_document(mixed, template)
        return docx_bytes(document), pdf_bytes(document)

    return render


def _paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(style name, text) of each paragraph of a DOCX, in order."""
    return [(p.style.name, p.text) for p in docx.Document(io.BytesIO(data)).paragraphs]


def _section(paragraphs: list[tuple[str, str]], title: str) -> list[tuple[str, str]]:
    """The paragraphs under the level-2 heading `title`, up to the next heading."""
    start = paragraphs.index(("Heading 2", title)) + 1
    end = next(
        (i for i in range(start, len(paragraphs)) if paragraphs[i][0] in HEADINGS),
        len(paragraphs),
    )
    return paragraphs[start:end]


def _key_events(brief: Brief, story: Story) -> list[str]:
    return [event.event for event in story_items(story, brief.timeline) if event.key]


def test_the_mixed_brief_has_three_stories_most_reported_first(mixed):
    assert len(mixed.stories) >= 3
    sizes = [len(story.sources) for story in mixed.stories]
    assert sizes == sorted(sizes, reverse=True)
    assert all(story.summary for story in mixed.stories[:3])


@pytest.mark.parametrize("template", sorted(SHOWN))
def test_each_story_heading_is_followed_by_its_bullets_actors_and_events(mixed, rendered, template):
    paragraphs = _paragraphs(rendered(template)[0])
    actors_shown, events_shown = SHOWN[template]
    titles = [text for style, text in paragraphs if style == "Heading 2"]
    stories = [story for story in mixed.stories if story.summary]
    assert titles[: len(stories)] == [story.title for story in stories]  # importance order
    for story in stories:
        section = _section(paragraphs, story.title)
        bullets = [mixed.summary[i].text for i in story.summary]
        shown = [text for _, text in section[: len(bullets)]]
        assert all(text.startswith(b) for text, b in zip(shown, bullets, strict=True)), story.title
        assert all(style == "List Bullet" for style, _ in section[: len(bullets)])
        actors = [a.name for a in story_actors(mixed, story)[:actors_shown]]
        line = next(text for _, text in section if text.startswith("Key actors:"))
        assert actors and all(name in line for name in actors), story.title
        events = _key_events(mixed, story)[:events_shown]
        texts = [text for _, text in section]
        if events:
            at = texts.index("Key events")
            assert section[at][0] == "Lead"
            shown = texts[at + 1 : at + 1 + len(events)]
            assert all(event in item for event, item in zip(events, shown, strict=True))
    last = paragraphs.index(("Heading 2", stories[-1].title))
    brief_wide = [text for style, text in paragraphs[last:] if style == "Heading 1"]
    assert brief_wide[0] == {"sitrep": "Key actors", "background": "Actor profiles"}[template]


def test_the_pdf_shows_the_stories_in_order_each_with_its_lines(mixed, rendered):
    text = " ".join(page_texts(PdfReader(io.BytesIO(rendered("sitrep")[1]))))
    stories = [story for story in mixed.stories if story.summary]
    starts = [text.index(flat(story.title)) for story in stories]
    assert starts == sorted(starts)
    ends = [*starts[1:], text.index("Key actors Actor")]  # the brief-wide table's heading
    for story, start, end in zip(stories, starts, ends, strict=True):
        part = text[start:end]
        assert flat(mixed.summary[story.summary[0]].text)[:60] in part, story.title
        assert "Key actors:" in part
        for event in _key_events(mixed, story)[:5]:
            assert flat(event)[:40] in part, event


def test_headings_and_lead_lines_keep_with_the_next_paragraph_in_word(rendered):
    document = docx.Document(io.BytesIO(rendered("sitrep")[0]))
    kept = [p for p in document.paragraphs if p.style.name in (*HEADINGS, "Lead")]
    assert len(kept) > 6
    assert all(p.style.paragraph_format.keep_with_next for p in kept)


def test_one_pager_stays_one_page_with_each_shown_storys_lead_and_actors(mixed, rendered):
    data = rendered("one-pager")[1]
    pages = page_texts(PdfReader(io.BytesIO(data)))
    assert len(pages) == 1
    page = pages[0]
    for story in mixed.stories[:3]:
        assert flat(story.title) in page
        assert flat(mixed.summary[story.summary[0]].text)[:60] in page
        names = [a.name for a in story_actors(mixed, story)[:3]]
        assert flat(f"Key actors: {', '.join(names)}.") in page
    assert "Top actors" not in page  # each story names its actors: no table on one page
    body, listed = page.split("Sources cited:")
    cited = set()
    for group in re.findall(r"\[([\d, –]+)\]", body):
        for part in group.split(", "):
            low, _, high = part.partition("–")
            cited.update(range(int(low), int(high or low) + 1))
    assert len(cited) >= 3
    assert all(f"[{n}]" in listed for n in cited)


def test_story_items_cite_the_storys_sources_and_keep_the_lists_order(mixed):
    first, second = mixed.stories[:2]
    for items in (mixed.timeline, mixed.quotes, mixed.outlook, mixed.actors):
        own = story_items(first, items)
        assert own and own == [item for item in items if item in own]  # the list's order
        for item in own:
            evidence = item.evidence if isinstance(item.evidence, list) else [item.evidence]
            cited = {e.source for e in [*evidence, *getattr(item, "also", [])]}
            assert cited & set(first.sources)
    events = story_items(first, mixed.timeline)
    assert not {e.event for e in events if {x.source for x in e.evidence} <= set(second.sources)}


def test_story_actors_are_named_twice_in_the_story_most_named_first(mixed):
    for story in mixed.stories[:3]:
        own = set(story.sources)
        counts = [
            sum(e.source in own for e in actor.evidence) for actor in story_actors(mixed, story)
        ]
        assert counts and min(counts) >= STORY_ACTOR_MENTIONS
        assert counts == sorted(counts, reverse=True)


@pytest.mark.parametrize("template", ["sitrep", "background"])
def test_a_story_without_a_bottom_line_is_not_shown_but_counted(mixed, template):
    """T17 MJ (BBC): an "A-Z list" index page made a story of its own with no sentence fit for
    a bottom line; its heading alone would be noise, so the note counts it instead."""
    untold = Story(title="Browse this A-Z list to find contributors", sources=["s1"])
    brief = mixed.model_copy(update={"stories": [*mixed.stories, untold]})
    paragraphs = _paragraphs(docx_bytes(render_document(brief, template)))
    assert ("Heading 2", untold.title) not in paragraphs
    told = len([story for story in mixed.stories if story.summary])
    note = next(text for _, text in paragraphs if "stories in this brief" in text)
    assert note.startswith(f"{told} stories in this brief")
    assert "Not shown: 1 story whose articles gave no sentence for a bottom line" in note
