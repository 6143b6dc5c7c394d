"""The library entry point: one call per command, from input files to written briefs.

`make_brief` reads the inputs, runs the pipeline, compares with an earlier brief (`since`),
fills the template and writes each format; `extract_brief` stops at the brief (and its JSON);
`render_brief` fills and writes a brief made before; `explain_brief` re-runs extraction with
its decisions traced to say why one item is in a brief (or not). Each returns a record of what
was read, skipped and written, the brief, and how long each step took.

Nothing here prints or exits: a caller follows a run through `Hooks` (the command line shows
skipped inputs and a progress bar), and errors are `BriefgenError`s, which the command line
(briefgen/cli) turns into exit codes. Heavy modules (spaCy, the renderers) are imported only
by the calls that need them.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from briefgen.budget import ARTICLE_SECONDS
from briefgen.config import DEFAULTS
from briefgen.errors import BriefgenError

if TYPE_CHECKING:
    from briefgen.cache import Cache
    from briefgen.diff import Changes
    from briefgen.document import Document
    from briefgen.explain import Explanation, Query
    from briefgen.ingest import Inputs, Skipped
    from briefgen.model import Article, Brief
    from briefgen.pipeline import Built
    from briefgen.report import RunSummary

T = TypeVar("T")
log = logging.getLogger(__name__)
_BRIEF_SCHEMA = b'"briefgen/brief@'  # names a brief JSON within its first bytes
_HEAD_BYTES = 4096
Progress = Callable[[int], None]  # told how many articles are done
ProgressBar = Callable[[int], AbstractContextManager[Progress | None]]  # given the total


class StrictError(BriefgenError):
    """Some inputs were skipped and `strict` is set: nothing is written."""


@dataclass(frozen=True)
class Options:
    """How a brief is made; every default is the command line's."""

    as_of: dt.date | None = None  # the brief's as-of date; None: today
    title: str | None = None  # None: the article's title, or the leading actors
    model: str = DEFAULTS["model"]  # spaCy pipeline name or path
    template: str = DEFAULTS["template"]  # built-in template name or folder
    template_dir: Path | None = None  # team templates overriding the built-ins file by file
    actors: Path | None = None  # a team actor file; None: actors.toml in template_dir, if any
    marking: str | None = None  # replaces the theme's protective marking ("" prints none)
    formats: tuple[str, ...] = tuple(DEFAULTS["formats"].split(","))  # of FORMATS
    output: Path = Path(DEFAULTS["output"])  # the folder briefs are written to
    since: Path | None = None  # an earlier brief JSON: report what is new
    workers: int | None = None  # processes that parse; None: as many as pay
    scheduler: str | None = None  # a Dask scheduler's address: parse on that cluster
    use_cache: bool = True  # read and write the cache of parses and briefs
    cache_dir: Path | None = None  # None: the user cache folder
    max_size: float = 20.0  # MB: larger input files are skipped
    max_pages: int = 2_000  # a PDF with more pages is skipped
    max_records: int = 2_000  # a JSON, JSON Lines or feed file with more records is skipped
    max_chars: int = 200_000  # an article with a longer text is skipped
    feeds: tuple[str, ...] = ()  # RSS/Atom feed URLs: each item is read as an article
    fetch_timeout: float = 20.0  # seconds: a web page or feed slower than this is skipped
    article_seconds: float = ARTICLE_SECONDS  # an article whose extraction takes longer is skipped
    follow_links: bool = False  # follow links that leave an input folder
    strict: bool = False  # any skipped input is an error, and nothing is written
    dry_run: bool = False  # read the inputs, say what would be written, write nothing

    def brief_date(self) -> dt.date:
        """The as-of date: the one given, else today."""
        return self.as_of or dt.date.today()


def _ignore(_skipped: Skipped) -> None:
    """Skipped inputs are in the result anyway."""


def _unheard(_warning: str) -> None:
    """Warnings are in the run summary anyway."""


@contextmanager
def _no_bar(_total: int) -> Iterator[Progress | None]:
    yield None


@dataclass(frozen=True)
class Hooks:
    """How a caller follows a run while it happens; by default it is silent."""

    skipped: Callable[[Skipped], None] = _ignore  # each input skipped, once all are read
    progress: ProgressBar = _no_bar  # a bar for this many articles, or None
    warned: Callable[[str], None] = _unheard  # each warning about the brief, once it is made


@dataclass(frozen=True)
class Made:
    """What one call did: the brief, the files written, what was read and skipped, how long
    each step took (seconds: read, extract, since, render, write)."""

    brief: Brief | None  # None on a dry run
    written: tuple[Path, ...]  # on a dry run: what would be written
    read: tuple[str, ...] = ()  # paths of the articles read
    skipped: tuple[Skipped, ...] = ()
    changes: Changes | None = None  # what is new since the `since` brief
    built: Built | None = None  # parses made and reused; None when no extraction ran
    timings: dict[str, float] = field(default_factory=dict)
    dry_run: bool = False

    @property
    def seconds(self) -> float:
        """The time all steps took."""
        return sum(self.timings.values())

    def summary(self) -> RunSummary:
        """The run summary the command line prints."""
        from briefgen.report import RunSummary, brief_counts, future_sources

        built = self.built
        return RunSummary(
            read=len(self.brief.sources) if self.brief else len(self.read),
            skipped=[(item.path, item.reason) for item in self.skipped],
            counts=brief_counts(self.brief) if self.brief else {},
            written=[str(path) for path in self.written],
            seconds=self.seconds,
            parsed=built.parsed if built else 0,
            reused=built.reused if built else 0,
            brief_cached=built.brief_cached if built else False,
            dry_run=self.dry_run,
            since=self.changes.counts() if self.changes else {},
            warnings=future_sources(self.brief) if self.brief else [],
        )


class _Clock:
    """Seconds spent in each step of a call."""

    def __init__(self) -> None:
        self.steps: dict[str, float] = {}

    def run(self, step: str, action: Callable[[], T]) -> T:
        start = time.perf_counter()
        try:
            return action()
        finally:
            self.steps[step] = self.steps.get(step, 0.0) + time.perf_counter() - start


def make_brief(
    paths: Sequence[Path | str], options: Options = Options(), hooks: Hooks = Hooks()
) -> Made:
    """Read the articles under `paths` (files, folders, web page URLs) and `options.feeds`
    and write the brief in each of `options.formats` to `options.output`, named
    '<as-of date>-<title>'; with `options.since`, the documents gain a "Since last brief"
    section."""
    from briefgen.output import check_folder, write_brief

    check_folder(options.output)  # before the work, not after it
    clock = _Clock()
    read = clock.run("read", lambda: _read(paths, options, options.output))
    if options.dry_run:
        stem = _planned_stem(read, options)
        planned = [options.output / f"{stem}.{fmt}" for fmt in options.formats]
        return _plan(read, planned, clock)
    built = clock.run("extract", lambda: _build(read, options, hooks))
    brief = built.brief
    changes, since = None, options.since
    if since is not None:
        changes = clock.run("since", lambda: _diff(load_brief(since), brief))
    document = None
    if {"docx", "pdf"} & set(options.formats):
        document = clock.run("render", lambda: _document(brief, options, changes))
    written = clock.run(
        "write", lambda: write_brief(brief, document, options.output, options.formats)
    )
    return _made(read, built, written, clock, changes)


def extract_brief(
    paths: Sequence[Path | str],
    options: Options = Options(),
    json_file: Path | None = None,
    hooks: Hooks = Hooks(),
) -> Made:
    """Read the articles under `paths` and make their brief; write it as JSON to `json_file`
    when one is given (`options.output` and the template settings are not used)."""
    from briefgen.output import write_atomic

    clock = _Clock()
    read = clock.run("read", lambda: _read(paths, options, json_file))
    if options.dry_run:
        return _plan(read, [json_file] if json_file else [], clock)
    built = clock.run("extract", lambda: _build(read, options, hooks))
    written: list[Path] = []
    if json_file is not None:
        data = built.brief.to_json_bytes()
        written = [clock.run("write", lambda: write_atomic(json_file, data))]
    return _made(read, built, written, clock)


def render_brief(brief: Brief | Path, options: Options = Options()) -> Made:
    """Fill the template with a brief (or a brief JSON file, perhaps hand-edited) and write it
    in each of `options.formats` to `options.output`."""
    from briefgen.output import check_folder, write_brief

    check_folder(options.output)
    clock = _Clock()
    if isinstance(brief, Path):
        path = brief
        brief = clock.run("read", lambda: load_brief(path))
    made = brief
    document = clock.run("render", lambda: _document(made, options))
    written = clock.run(
        "write", lambda: write_brief(made, document, options.output, options.formats)
    )
    return Made(made, tuple(written), timings=clock.steps)


def explain_brief(
    paths: Sequence[Path], query: Query, options: Options = Options(), hooks: Hooks = Hooks()
) -> Explanation:
    """Why an item is in a brief, or why a name is not: the rules behind it, with evidence.

    `paths` is one brief JSON (its sources are briefed again on its as-of date, and the item
    is picked from the brief as given) or article inputs (briefed on `options.as_of`).
    Reading and extraction run traced: cached parses are used, a cached brief or file read is
    not (they hold no decisions); for what the cleaner removed, a brief's article files are
    read again where they still are."""
    from briefgen.explain import explain, find_source
    from briefgen.extract.rules import tracing

    brief = given_brief(paths)
    unread: Path | None = None  # a brief's article file that could not be read again
    with tracing() as reading:  # the boilerplate cleaner's removals, as articles are read
        if brief is not None:
            articles, as_of = articles_of(brief), brief.as_of
            if query.kind == "cleaned":  # a brief's texts are clean: read its file again
                unread = Path(find_source(brief, query.value).path)
                if unread.is_file():
                    _read([unread], options, None, traced=True)
                    unread = None
        else:
            read = _read(paths, options, None, traced=True)
            for skipped in read.skipped:
                hooks.skipped(skipped)
            articles, as_of = list(read.articles), options.brief_date()
    built = _run(articles, as_of, options, trace=True)
    for skipped in _left_out(built):
        hooks.skipped(skipped)
    from briefgen.report import future_sources

    for warning in future_sources(built.brief):
        hooks.warned(warning)
    decisions = reading.decisions + (built.trace.decisions if built.trace is not None else [])
    explained = explain(brief or built.brief, query, decisions, built.links)
    if unread is not None:
        note = f"{unread} is not a readable file here: what the cleaner removed is not known"
        explained = replace(explained, notes=(note,))
    if brief is not None and brief.generator != built.brief.generator:
        note = f"the brief was made by {brief.generator}; these rules are {built.brief.generator}'s"
        explained = replace(explained, notes=(*explained.notes, note))
    return explained


def load_brief(path: Path) -> Brief:
    """Read a brief JSON file; an unreadable or invalid file is a briefgen error that names
    the field."""
    from pydantic import ValidationError

    from briefgen.errors import BriefValidationError, InputError
    from briefgen.model import Brief

    try:
        return Brief.from_json(path.read_bytes())
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "(document)"
        more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
        raise BriefValidationError(f"{path}: {field}: {first['msg']}{more}") from None


def articles_of(brief: Brief) -> list[Article]:
    """The articles a brief was made from, in source order (copies included, so that source
    ids and evidence match the brief's when it is made again)."""
    from briefgen.model import Article

    fields = set(Article.model_fields)
    return [Article(**source.model_dump(include=fields)) for source in brief.sources]


def open_cache(options: Options) -> Cache | None:
    """The cache the options name, or None when it is not used."""
    from briefgen.cache import Cache

    return Cache(options.cache_dir) if options.use_cache else None


def given_brief(paths: Sequence[Path]) -> Brief | None:
    """The brief when `paths` is one brief JSON file (not a JSON export of articles): its
    schema is named near the top, as ingest checks too."""
    if len(paths) != 1 or paths[0].suffix.lower() != ".json" or not paths[0].is_file():
        return None
    with paths[0].open("rb") as stream:
        head = stream.read(_HEAD_BYTES)
    return load_brief(paths[0]) if _BRIEF_SCHEMA in head else None


def _read(
    paths: Sequence[Path | str], options: Options, own_output: Path | None, traced: bool = False
) -> Inputs:
    """The articles under `paths` and in `options.feeds`, leaving out our own output, files
    over the limits and articles not in the pipeline's language; a `traced` read (explain)
    reads every file again, so that the cleaner's decisions are recorded."""
    from briefgen.ingest import Limits, Url, read_inputs
    from briefgen.ingest.fetch import is_url

    limits = Limits(
        max_bytes=int(options.max_size * 1024 * 1024),
        max_pages=options.max_pages,
        max_records=options.max_records,
        max_chars=options.max_chars,
        fetch_timeout=options.fetch_timeout,
    )
    inputs = [Url(p) if isinstance(p, str) and is_url(p) else Path(p) for p in paths]
    inputs += [Url(feed, feed=True) for feed in options.feeds]
    exclude = [own_output] if own_output is not None else []
    return read_inputs(
        inputs,
        limits=limits,
        exclude=exclude,
        follow_links=options.follow_links,
        language=_language(options.model),
        cache=None if traced or options.dry_run else open_cache(options),  # dry: writes nothing
    )


def _language(model: str) -> str | None:
    """The language the pipeline reads (its meta.json's `lang`); None when the pipeline is
    not installed (the run then fails with a message saying what to install)."""
    from briefgen.errors import ModelError
    from briefgen.nlp import pipeline_meta

    try:
        return pipeline_meta(model)["lang"]
    except ModelError:
        return None


def _build(read: Inputs, options: Options, hooks: Hooks) -> Built:
    """Tell the caller what was skipped, fail if `strict`, then brief the articles."""
    for skipped in read.skipped:
        hooks.skipped(skipped)
    if read.skipped and options.strict:
        raise StrictError(f"{len(read.skipped)} input(s) skipped and --strict is set")
    with hooks.progress(len(read.articles)) as progress:
        built = _run(list(read.articles), options.brief_date(), options, progress=progress)
    built = _with_team_actors(built, options)
    for skipped in _left_out(built):
        hooks.skipped(skipped)
    from briefgen.report import future_sources

    for warning in future_sources(built.brief):
        hooks.warned(warning)
    if built.failed and options.strict:
        raise StrictError(f"extraction failed on {len(built.failed)} input(s) and --strict is set")
    return built


def _with_team_actors(built: Built, options: Options) -> Built:
    """The brief with the team's actor file applied, when there is one."""
    from briefgen.team_actors import apply_actor_file, load_actor_file, team_actor_file

    path = team_actor_file(options.actors, options.template_dir)
    if path is None:
        return built
    team = load_actor_file(path)
    return replace(built, brief=apply_actor_file(built.brief, team))


def _left_out(built: Built) -> tuple[Skipped, ...]:
    """The articles extraction failed on, as skipped inputs."""
    from briefgen.ingest import Skipped

    return tuple(Skipped(path, reason) for path, reason in built.failed)


def _run(
    articles: list[Article],
    as_of: dt.date,
    options: Options,
    progress: Progress | None = None,
    trace: bool = False,
) -> Built:
    from briefgen.pipeline import run_pipeline

    return run_pipeline(
        articles,
        as_of=as_of,
        title=options.title,
        model=options.model,
        cache=open_cache(options),
        workers=options.workers,
        scheduler=options.scheduler,
        progress=progress,
        trace=trace,
        article_seconds=options.article_seconds,
    )


def _diff(old: Brief, new: Brief) -> Changes:
    from briefgen.diff import diff_briefs

    return diff_briefs(old, new)


def _document(brief: Brief, options: Options, since: Changes | None = None) -> Document:
    from briefgen.steps import logged_step
    from briefgen.templates import render_document

    return logged_step(
        log,
        f"template {options.template}",
        lambda: render_document(
            brief, options.template, options.template_dir, marking=options.marking, since=since
        ),
        lambda document: f"{len(document.blocks)} block(s)",
    )


def _planned_stem(read: Inputs, options: Options) -> str:
    """The name the brief would get ('*' where only the brief's actors could tell)."""
    from briefgen.output import slug

    title = options.title
    if title is None and len(read.articles) == 1:
        title = read.articles[0].title
    return f"{options.brief_date().isoformat()}-{slug(title) if title else '*'}"


def _plan(read: Inputs, planned: list[Path], clock: _Clock) -> Made:
    paths = tuple(article.path for article in read.articles)
    return Made(None, tuple(planned), paths, read.skipped, timings=clock.steps, dry_run=True)


def _made(
    read: Inputs,
    built: Built,
    written: list[Path],
    clock: _Clock,
    changes: Changes | None = None,
) -> Made:
    paths = tuple(article.path for article in read.articles)
    skipped = read.skipped + _left_out(built)
    return Made(built.brief, tuple(written), paths, skipped, changes, built, clock.steps)
