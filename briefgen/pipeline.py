"""From articles to a brief: nlp, then each extractor, then the validated Brief."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import TypeVar

from briefgen import __version__
from briefgen.dedupe import cite_copies, cite_copies_all, mark_copies
from briefgen.extract import ParsedArticle
from briefgen.extract.actors import extract_actors, rank_actors
from briefgen.extract.contested import find_contested
from briefgen.extract.dates import extract_dates
from briefgen.extract.outlook import extract_outlook, merge_outlook, rank_outlook
from briefgen.extract.quotes import extract_quotes, quote_speakers
from briefgen.extract.summary import extract_summary
from briefgen.extract.timeline import build_timeline
from briefgen.model import Article, Brief, Source
from briefgen.nlp import DEFAULT_MODEL, load_pipeline, parse, pipeline_label

log = logging.getLogger(__name__)
T = TypeVar("T")


def build_brief(
    articles: Sequence[Article],
    *,
    as_of: dt.date,
    title: str | None = None,
    model: str = DEFAULT_MODEL,
) -> Brief:
    """Extract everything a brief holds from `articles`.

    Copies of one report are briefed once and cited under every copy. Relative dates in an article without a publication date are resolved against
    `as_of` and marked as assumed."""
    nlp = load_pipeline(model)
    sources = mark_copies(
        [Source(id=f"s{n}", **a.model_dump()) for n, a in enumerate(articles, start=1)]
    )
    briefed = [source for source in sources if source.duplicate_of is None]
    docs = parse(nlp, [source.text for source in briefed])
    parsed = [
        ParsedArticle(source, doc, source.published or as_of, source.published is None)
        for source, doc in zip(briefed, docs, strict=True)
    ]
    actors = extract_actors(parsed)
    quotes = _each(parsed, lambda article: extract_quotes(article, actors))
    dates = _each(parsed, extract_dates)
    outlook = _each(parsed, lambda article: extract_outlook(article, actors, quotes))
    ranked = rank_actors(actors.actors, quote_speakers(quotes))
    return Brief(
        title=title or default_title(sources, [actor.name for actor in ranked]),
        as_of=as_of,
        generator=f"briefgen {__version__}; spaCy {pipeline_label(nlp)}",
        sources=sources,
        actors=ranked,
        quotes=cite_copies(quotes, sources),
        dates=dates,
        timeline=cite_copies_all(build_timeline(parsed, dates), sources),
        outlook=cite_copies(rank_outlook(merge_outlook(outlook), ranked), sources),
        summary=cite_copies_all(extract_summary(parsed, actors, ranked), sources),
        contested=find_contested(parsed, actors, quotes),
    )


def _each(
    articles: Sequence[ParsedArticle], extract: Callable[[ParsedArticle], list[T]]
) -> list[T]:
    """Run one extractor over every article; a failure loses that article's items only."""
    found: list[T] = []
    for article in articles:
        try:
            found += extract(article)
        except Exception:  # an extractor bug must not sink the batch
            log.exception("%s: extraction failed; its items are left out", article.source.path)
    return found


def default_title(sources: Sequence[Source], actor_names: Sequence[str]) -> str:
    """The article's own title for one source; the leading actors for several."""
    if len(sources) == 1:
        return sources[0].title
    names = list(actor_names[:3])
    if not names:
        return f"Situation report: {len(sources)} articles"
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"Situation report: {joined}"
