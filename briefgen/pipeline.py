"""From articles to a brief: nlp, then each extractor, then the validated Brief.

With a cache, a brief whose inputs and settings were all seen before is returned without
loading spaCy, and only articles whose parse is not cached are parsed. A traced run (for
`briefgen explain`) records every rule's decision; it never takes the brief from the cache,
which holds no decisions, but still reads cached parses.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import logging
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from briefgen import __version__
from briefgen.budget import ARTICLE_SECONDS, charging, keep_charges, limited, restart_charges
from briefgen.cache import BATCH, Cache, code_fingerprint, make_key
from briefgen.errors import NoInputError
from briefgen.model import (
    Actor,
    Article,
    Brief,
    DateMention,
    OutlookItem,
    Quote,
    Source,
    Story,
    SummaryItem,
)
from briefgen.nlp import DEFAULT_MODEL, PARSE_VERSION, meta_label, pipeline_meta
from briefgen.steps import logged_step

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from briefgen.extract import ParsedArticle
    from briefgen.extract.actors import ActorIndex
    from briefgen.extract.rules import Link, Trace

log = logging.getLogger(__name__)
Cited = TypeVar("Cited", DateMention, Quote, OutlookItem)


@dataclass(frozen=True)
class Built:
    """A brief and how much work it took: articles parsed now, parses reused, brief reused.

    A traced run also holds the trace of every decision and the links that merged actors.
    `failed` names the articles left out because extraction failed on them: (path, reason)."""

    brief: Brief
    parsed: int
    reused: int
    brief_cached: bool
    trace: Trace | None = None
    links: tuple[Link, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()


def build_brief(
    articles: Sequence[Article],
    *,
    as_of: dt.date,
    title: str | None = None,
    model: str = DEFAULT_MODEL,
    cache: Cache | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Callable[[int], None] | None = None,
    article_seconds: float | None = ARTICLE_SECONDS,
) -> Brief:
    """Extract everything a brief holds from `articles`.

    Copies of one report are briefed once and cited under every copy. Relative dates in an
    article without a publication date are resolved against `as_of` and marked as assumed."""
    return run_pipeline(
        articles,
        as_of=as_of,
        title=title,
        model=model,
        cache=cache,
        workers=workers,
        scheduler=scheduler,
        progress=progress,
        article_seconds=article_seconds,
    ).brief


def run_pipeline(
    articles: Sequence[Article],
    *,
    as_of: dt.date,
    title: str | None = None,
    model: str = DEFAULT_MODEL,
    cache: Cache | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Callable[[int], None] | None = None,
    trace: bool = False,
    article_seconds: float | None = ARTICLE_SECONDS,
) -> Built:
    """`build_brief`, reporting what was parsed and what came from the cache; with `trace`,
    also every decision the rules made and the merge links. An article whose extraction runs
    past `article_seconds` (None: no limit) is left out, named in `failed`."""
    meta = pipeline_meta(model)
    key = brief_key(articles, as_of, title, model)
    if not trace and cache is not None and (stored := cache.load("briefs", key, Brief.from_json)):
        if progress is not None:
            progress(len(articles))
        log.info("brief taken from the cache: inputs and settings unchanged")
        return Built(stored, 0, len(articles), True)
    sources = _sources(articles)
    briefed = [source for source in sources if source.duplicate_of is None]
    texts = [source.text for source in briefed]
    docs, parsed = logged_step(
        log,
        "parse",
        lambda: _parse(model, meta, texts, cache, workers, progress, scheduler),
        lambda done: (
            f"{done[1]} article(s) parsed with {meta_label(meta)}, "
            f"{len(texts) - done[1]} from the cache"
        ),
    )
    with limited(article_seconds):
        brief, decisions, links, failed = _extract_run(
            sources, briefed, docs, as_of, title, meta_label(meta), trace
        )
    del docs  # not needed past extraction (about 300 MB for 3,000 articles)
    if cache is not None and not failed:  # a brief missing an article is made again next time
        cache.put("briefs", key, brief.to_json_bytes())
    reused = len(briefed) - parsed
    left_out = tuple(failures(sources, failed))
    return Built(brief, parsed, reused, False, decisions, links, left_out)


def brief_key(
    articles: Sequence[Article], as_of: dt.date, title: str | None, model: str = DEFAULT_MODEL
) -> str:
    """The cache key of the brief of these articles with these settings."""
    return make_key(
        "brief",
        code_fingerprint(),
        meta_label(pipeline_meta(model)),
        as_of.isoformat(),
        title or "",
        *(article.model_dump_json() for article in articles),
    )


def _sources(articles: Sequence[Article]) -> list[Source]:
    from briefgen.dedupe import mark_copies

    return mark_copies(
        [Source(id=f"s{n}", **a.model_dump()) for n, a in enumerate(articles, start=1)]
    )


def _parse(
    model: str,
    meta: dict[str, str],
    texts: list[str],
    cache: Cache | None,
    workers: int | None,
    progress: Callable[[int], None] | None,
    scheduler: str | None = None,
) -> tuple[list[Doc], int]:
    """Each text's Doc, from the cache where possible; also how many texts were parsed now
    (by `workers` processes, None: as many as pay; or on the Dask cluster at `scheduler`)."""

    from briefgen.executors import executor_for, parse_all
    from briefgen.nlp import load_pipeline

    salt = (PARSE_VERSION, meta_label(meta), importlib.metadata.version("spacy"))
    keys = [make_key("doc", *salt, text) for text in texts]
    stored: list[bytes | None] = [None] * len(keys)
    if cache is not None:
        stored = cache.get_many("docs", keys)
    vocab = load_pipeline(model).vocab if None in stored else _blank_vocab(meta["lang"])
    docs = _cached_docs(cache, keys, stored, vocab)
    if None in docs and None not in stored:  # a parse did not read back: parse it after all
        stored = [data if doc is not None else None for data, doc in zip(stored, docs, strict=True)]
        docs = _cached_docs(cache, keys, stored, load_pipeline(model).vocab)
    missing = [i for i, doc in enumerate(docs) if doc is None]
    reused = len(texts) - len(missing)
    if progress is not None and reused:
        progress(reused)
    if missing:
        todo = [texts[i] for i in missing]
        executor = executor_for(workers, scheduler, sum(map(len, todo)))
        pending: list[tuple[str, bytes]] = []  # parses to store, written in batches
        try:
            fresh = parse_all(executor, model, todo, load_pipeline(model).vocab)
            for done, (index, doc) in enumerate(zip(missing, fresh, strict=True), start=1):
                docs[index] = doc
                if cache is not None:
                    pending.append((keys[index], zlib.compress(doc.to_bytes(), 1)))
                if cache is not None and (len(pending) == BATCH or done == len(missing)):
                    cache.put_many("docs", pending)
                    pending = []
                if progress is not None:
                    progress(reused + done)
        finally:
            executor.close()
    return [doc for doc in docs if doc is not None], len(missing)


def _cached_docs(
    cache: Cache | None, keys: list[str], stored: list[bytes | None], vocab: Vocab
) -> list[Doc | None]:
    """Each stored parse read back; None where there is none or it does not read back (the
    cache then discards it, with a warning)."""
    from spacy.tokens import Doc

    def decode(data: bytes) -> Doc:
        return Doc(vocab).from_bytes(zlib.decompress(data))

    return [
        None if data is None or cache is None else cache.decode("docs", key, data, decode)
        for key, data in zip(keys, stored, strict=True)
    ]


@cache
def _blank_vocab(lang: str) -> Vocab:
    """The language's vocabulary without loading the pipeline: enough to read cached parses.

    Made once per process: a blank pipeline costs ~65 ms, paid per brief by a run of many."""
    import spacy

    return spacy.blank(lang).vocab


def _extract_run(
    sources: list[Source],
    briefed: list[Source],
    docs: list[Doc],
    as_of: dt.date,
    title: str | None,
    pipeline: str,
    trace: bool,
) -> tuple[Brief, Trace | None, tuple[Link, ...], dict[str, str]]:
    """`_extract`, traced or not; nothing it returns holds on to the parses."""
    if trace:
        return _extract_traced(sources, briefed, docs, as_of, title, pipeline)
    brief, _, failed = _extract(sources, briefed, docs, as_of, title, pipeline)
    return brief, None, (), failed


def _extract_traced(
    sources: list[Source],
    briefed: list[Source],
    docs: list[Doc],
    as_of: dt.date,
    title: str | None,
    pipeline: str,
) -> tuple[Brief, Trace, tuple[Link, ...], dict[str, str]]:
    """`_extract` recording every decision, with the links that merged the actors."""
    from briefgen.extract.rules import tracing

    with tracing() as trace:
        brief, actors, failed = _extract(sources, briefed, docs, as_of, title, pipeline)
    merges = getattr(actors, "merges", ())  # a Merges (or its links), once actors keep them
    return brief, trace, tuple(getattr(merges, "links", merges)), failed


def _extract(
    sources: list[Source],
    briefed: list[Source],
    docs: list[Doc],
    as_of: dt.date,
    title: str | None,
    pipeline: str,
) -> tuple[Brief, ActorIndex, dict[str, str]]:
    """The brief, the actor index it was made with (its merge links, for a trace), and the
    articles left out because extraction failed on them (source id -> the error).

    An article an extractor fails on is left out whole: the others are briefed again
    without it."""
    from briefgen.isolate import ArticlesFailed

    failed: dict[str, str] = {}
    parsed = logged_step(
        log,
        "annotate",
        lambda: _annotated(briefed, docs, as_of, failed),
        lambda done: f"{len(done)} article(s)",
    )
    keep_charges()
    while True:
        kept = _without(sources, failed)
        if not parsed:
            lines = [f"{path}: {reason}" for path, reason in failures(sources, failed)]
            raise NoInputError("no article could be briefed: " + "; ".join(lines))
        restart_charges()
        try:
            brief, actors = _extract_from(kept, parsed, as_of, title, pipeline)
            return brief, actors, failed
        except ArticlesFailed as error:
            failed.update(error.failures)
            parsed = [article for article in parsed if article.source.id not in failed]


def _annotated(
    briefed: list[Source], docs: list[Doc], as_of: dt.date, failed: dict[str, str]
) -> list[ParsedArticle]:
    """Each article with the annotation layer run over its parse; one that fails is added to
    `failed`."""
    from briefgen.extract import ParsedArticle
    from briefgen.isolate import describe

    parsed: list[ParsedArticle] = []
    for source, doc in zip(briefed, docs, strict=True):
        try:
            with charging(doc):
                anchor = source.published or as_of
                parsed.append(ParsedArticle(source, doc, anchor, source.published is None))
        except Exception as error:  # an annotator bug must not sink the batch
            log.debug("%s: annotation failed", source.path, exc_info=error)
            failed[source.id] = describe(error)
    return parsed


def _without(sources: list[Source], failed: dict[str, str]) -> list[Source]:
    """The sources left when those extraction failed on, and their copies, are left out."""
    return [s for s in sources if s.id not in failed and s.duplicate_of not in failed]


def failures(sources: Sequence[Source], failed: dict[str, str]) -> list[tuple[str, str]]:
    """(path, reason) of each source left out because extraction failed, copies included."""
    found = []
    for source in sources:
        if source.id in failed:
            found.append((source.path, f"extraction failed: {failed[source.id]}"))
        elif source.duplicate_of in failed:
            found.append((source.path, "extraction failed: a copy of an article that failed"))
    return found


def _extract_from(
    sources: list[Source],
    parsed: list[ParsedArticle],
    as_of: dt.date,
    title: str | None,
    pipeline: str,
) -> tuple[Brief, ActorIndex]:
    """The brief of the articles `parsed`; `ArticlesFailed` names any an extractor fails on."""
    from briefgen.dedupe import cite_copies, cite_copies_all
    from briefgen.extract.actors import ActorIndex, extract_actors, rank_actors
    from briefgen.extract.contested import find_contested
    from briefgen.extract.key_quotes import rank_key_quotes
    from briefgen.extract.outlook import merge_outlook, rank_outlook
    from briefgen.extract.places import extract_places
    from briefgen.extract.prose_dates import show_dates
    from briefgen.extract.quotes import merge_quotes, quote_speakers
    from briefgen.extract.stories import extract_stories
    from briefgen.extract.timeline import build_timeline
    from briefgen.isolate import across, section

    actors = across("actors", parsed, extract_actors, lambda: ActorIndex((), {}))
    quotes, dates, outlook = _per_article(parsed, actors, as_of)
    ranked: list[Actor] = section(
        "actors", lambda: rank_actors(actors.actors, quote_speakers(quotes)), list
    )
    salience = {actor.name: actor.salience for actor in ranked}
    stories: list[Story] = section("stories", lambda: extract_stories(parsed, sources), list)
    summary, stories = _bottom_lines(
        parsed, stories, sources, actors, ranked, (dates, outlook, as_of)
    )
    brief = Brief(
        title=title or default_title(sources, [actor.name for actor in ranked]),
        as_of=as_of,
        generator=f"briefgen {__version__}; spaCy {pipeline}",
        sources=sources,
        actors=ranked,
        places=across("places", parsed, lambda a: extract_places(a, actors), list),
        quotes=section("quotes", lambda: cite_copies(merge_quotes(quotes, dates), sources), list),
        dates=dates,
        timeline=across(
            "timeline",
            parsed,
            lambda a: cite_copies_all(
                build_timeline(
                    a,
                    _own(dates, a),
                    actors.resolve,
                    salience,
                    actors,
                    [s.sources for s in stories],
                ),
                sources,
            ),
            list,
        ),
        outlook=section(
            "outlook",
            lambda: cite_copies(rank_outlook(merge_outlook(outlook, dates), ranked), sources),
            list,
        ),
        summary=summary,
        contested=across(
            "contested", parsed, lambda a: find_contested(a, actors, _own(quotes, a)), list
        ),
        stories=stories,
    )
    key = section("key_quotes", lambda: rank_key_quotes(brief.quotes, ranked, brief.stories), list)
    return show_dates(brief.model_copy(update={"key_quotes": key})), actors


def _bottom_lines(
    parsed: list[ParsedArticle],
    stories: list[Story],
    sources: list[Source],
    actors: ActorIndex,
    ranked: list[Actor],
    found: tuple[list[DateMention], list[OutlookItem], dt.date],
) -> tuple[list[SummaryItem], list[Story]]:
    """The brief's bottom-line bullets, one bottom line per story, and the stories with the
    indices of their own bullets (`found`: the brief's dates, outlook and as-of date)."""
    from briefgen.dedupe import cite_copies_all
    from briefgen.extract.summary import extract_summary, story_summaries, with_story_summaries
    from briefgen.isolate import across

    dates, outlook, as_of = found

    def summarize(some: Sequence[ParsedArticle]) -> list[SummaryItem]:
        made = extract_summary(some, actors, ranked, _own(dates, some), _own(outlook, some), as_of)
        return cite_copies_all(made, sources)

    bottom_lines: list[list[SummaryItem]] = across(
        "summary", parsed, lambda a: story_summaries(a, stories, summarize), list
    )
    return with_story_summaries(stories, bottom_lines)


def _per_article(
    parsed: list[ParsedArticle], actors: ActorIndex, as_of: dt.date
) -> tuple[list[Quote], list[DateMention], list[OutlookItem]]:
    """Each article's quotes, dates and outlook (none whose horizon ended before `as_of`),
    run article by article."""
    from briefgen.extract.dates import extract_dates
    from briefgen.extract.glued_marks import record_glued_quote_marks
    from briefgen.extract.outlook import extract_outlook
    from briefgen.extract.quotes import extract_quotes
    from briefgen.extract.rules import is_tracing
    from briefgen.extract.sentences import record_glued_sentences
    from briefgen.isolate import each

    if is_tracing():
        for article in parsed:
            record_glued_sentences(article)
            record_glued_quote_marks(article)
    quotes = each("quotes", parsed, lambda article: extract_quotes(article, actors))
    dates = each("dates", parsed, extract_dates)
    own_quotes: dict[str, list[Quote]] = {}  # each article reads only its own quotes
    for quote in quotes:
        own_quotes.setdefault(quote.evidence.source, []).append(quote)
    own_dates: dict[str, list[DateMention]] = {}
    for date in dates:
        own_dates.setdefault(date.evidence.source, []).append(date)
    outlook = each(
        "outlook",
        parsed,
        lambda a: extract_outlook(
            a, actors, own_quotes.get(a.source.id, []), own_dates.get(a.source.id, []), as_of
        ),
    )
    return quotes, dates, outlook


def _own(items: Sequence[Cited], articles: Sequence[ParsedArticle]) -> list[Cited]:
    """The items found in these articles (a stage run on some articles alone reads only
    theirs)."""
    ids = {article.source.id for article in articles}
    return [item for item in items if item.evidence.source in ids]


def default_title(sources: Sequence[Source], actor_names: Sequence[str]) -> str:
    """The article's own title for one source; the leading actors for several. The kind of
    document ("Situation report", "Background paper") is the template's to say, in its
    subtitle: the brief is the same for every template."""
    if len(sources) == 1:
        return sources[0].title
    names = list(actor_names[:3])
    if not names:
        return f"{len(sources)} articles"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
