"""The commands that write briefs: `make` (all in one), `extract` (JSON), `render` (DOCX, PDF).

Each is one call into briefgen.api; this module turns flags into options and results into
output, and errors into exit codes.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from briefgen.cli.common import (
    EXIT_SKIPPED,
    Model,
    Session,
    Template,
    TemplateDir,
    load_settings,
    run_options,
    run_or_exit,
    start_session,
)
from briefgen.cli.extraction import as_of_date, hooks, print_plan, summarise

if TYPE_CHECKING:  # heavy modules are imported inside the functions that need them
    from briefgen.api import Made
    from briefgen.ingest import Skipped

Inputs = Annotated[
    list[str] | None,
    typer.Argument(
        help="Article files or folders (read recursively), or web page URLs; "
        "- reads standard input.",
        metavar="INPUTS",
        show_default=False,
    ),
]
Feeds = Annotated[
    list[str] | None,
    typer.Option(
        "--feed", metavar="URL", help="An RSS/Atom feed URL: each item is read (repeatable)."
    ),
]
FetchTimeout = Annotated[
    float,
    typer.Option(
        "--fetch-timeout",
        min=0.1,
        metavar="SECONDS",
        help="Skip a URL not fetched within this many seconds.",
    ),
]
Strict = Annotated[
    bool, typer.Option("--strict", help="Fail (exit 1) if any input is skipped, writing nothing.")
]
MaxSize = Annotated[
    float,
    typer.Option(
        "--max-size", min=0.001, metavar="<MB>", help="Skip input files larger than this, in MB."
    ),
]
MaxPages = Annotated[
    int,
    typer.Option(
        "--max-pages", min=1, metavar="<pages>", help="Skip PDFs with more pages than this."
    ),
]
MaxRecords = Annotated[
    int,
    typer.Option(
        "--max-records",
        min=1,
        metavar="<records>",
        help="Skip JSON, JSON Lines and feed files with more records.",
    ),
]
MaxChars = Annotated[
    int,
    typer.Option(
        "--max-chars",
        min=1,
        metavar="<chars>",
        help="Skip articles longer than this, in characters.",
    ),
]
ArticleSeconds = Annotated[
    float,
    typer.Option(
        "--article-seconds",
        min=0.001,
        help="Skip articles whose extraction takes longer than this, in seconds.",
    ),
]
FollowLinks = Annotated[
    bool,
    typer.Option("--follow-links", help="Follow symbolic links that leave an input folder."),
]
OutDir = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Folder the brief is written to (default: outputs)."),
]
AsOf = Annotated[
    str | None,
    typer.Option("--date", help="The brief's as-of date, YYYY-MM-DD (default: today)."),
]
Title = Annotated[
    str | None, typer.Option("--title", help="Brief title (default: from the articles).")
]
Workers = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        metavar="<N>",
        help="Parse in N processes (default: as many as pay, by input size and cores).",
    ),
]
Scheduler = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="<ADDRESS>",
        help="Parse on a Dask cluster: its scheduler, tcp://HOST:PORT (needs briefgen[cluster]).",
    ),
]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")]
Verbose = Annotated[
    int,
    typer.Option(
        "--verbose",
        "-v",
        count=True,
        metavar="",
        help="Log each step on stderr; -vv adds details for developers.",
    ),
]
JsonSummary = Annotated[
    bool, typer.Option("--json", help="Print the run summary as JSON on stdout (not the paths).")
]
DryRun = Annotated[
    bool, typer.Option("--dry-run", help="Show what would be read and written; write nothing.")
]


def make(
    inputs: Inputs = None,
    output: OutDir = None,
    template: Template = None,
    formats: Annotated[
        str | None,
        typer.Option("--format", "-f", help="Comma-separated: docx, pdf, json (default: all)."),
    ] = None,
    date: AsOf = None,
    title: Title = None,
    model: Model = None,
    strict: Strict = False,
    max_size: MaxSize = 20.0,
    max_pages: MaxPages = 2_000,
    max_records: MaxRecords = 2_000,
    max_chars: MaxChars = 200_000,
    article_seconds: ArticleSeconds = 60.0,
    follow_links: FollowLinks = False,
    feed: Feeds = None,
    fetch_timeout: FetchTimeout = 20.0,
    since: Annotated[
        Path | None, typer.Option("--since", help="An earlier brief JSON: report what is new.")
    ] = None,
    open_pdf: Annotated[bool, typer.Option("--open", help="Open the PDF when done.")] = False,
    watch: Annotated[
        bool, typer.Option("--watch", help="Re-run whenever the inputs change; Ctrl-C stops.")
    ] = False,
    workers: Workers = None,
    scheduler: Scheduler = None,
    no_cache: NoCache = False,
    quiet: Quiet = False,
    verbose: Verbose = 0,
    json_summary: JsonSummary = False,
    dry_run: DryRun = False,
    template_dir: TemplateDir = None,
) -> None:
    """Read articles and write the brief as DOCX, PDF and JSON; print the paths.

    Example: briefgen make inputs/ -o outputs/ --date 2025-10-30 --since outputs/last.json
    """
    inputs = inputs or []
    from briefgen.api import make_brief
    from briefgen.output import FORMATS

    config = load_settings(
        template=template, template_dir=template_dir, output=output, model=model, formats=formats
    )
    session = start_session(quiet, verbose, json_summary)
    chosen = _formats(config["formats"], FORMATS)
    options = run_options(
        config,
        as_of=as_of_date(date),
        title=title,
        formats=tuple(chosen),
        since=since,
        workers=workers,
        scheduler=scheduler,
        use_cache=not no_cache,
        max_size=max_size,
        max_pages=max_pages,
        max_records=max_records,
        max_chars=max_chars,
        article_seconds=article_seconds,
        follow_links=follow_links,
        feeds=_named(inputs, feed),
        fetch_timeout=fetch_timeout,
        strict=strict,
        dry_run=dry_run,
    )
    if dry_run:
        print_plan(session, run_or_exit(lambda: make_brief(inputs, options)))
        return

    def once() -> Made:
        made = run_or_exit(lambda: make_brief(inputs, options, hooks(session)))
        summarise(session, made)
        return made

    made = once()
    if open_pdf:
        _open_pdf(list(made.written))
    if watch:
        _watch(inputs, once, options.output, session)
    _finish([] if session.json else list(made.written), made.skipped)


def extract(
    inputs: Inputs = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="JSON file to write.")] = Path(
        "brief.json"
    ),
    date: AsOf = None,
    title: Title = None,
    model: Model = None,
    strict: Strict = False,
    max_size: MaxSize = 20.0,
    max_pages: MaxPages = 2_000,
    max_records: MaxRecords = 2_000,
    max_chars: MaxChars = 200_000,
    article_seconds: ArticleSeconds = 60.0,
    follow_links: FollowLinks = False,
    feed: Feeds = None,
    fetch_timeout: FetchTimeout = 20.0,
    workers: Workers = None,
    scheduler: Scheduler = None,
    no_cache: NoCache = False,
    quiet: Quiet = False,
    verbose: Verbose = 0,
    json_summary: JsonSummary = False,
    dry_run: DryRun = False,
) -> None:
    """Extract only: write the brief as briefgen/brief@1 JSON, to review and edit.

    Example: briefgen extract inputs/ -o brief.json
    """
    inputs = inputs or []
    from briefgen.api import extract_brief

    config = load_settings(model=model)
    session = start_session(quiet, verbose, json_summary)
    options = run_options(
        config,
        as_of=as_of_date(date),
        title=title,
        workers=workers,
        scheduler=scheduler,
        use_cache=not no_cache,
        max_size=max_size,
        max_pages=max_pages,
        max_records=max_records,
        max_chars=max_chars,
        article_seconds=article_seconds,
        follow_links=follow_links,
        feeds=_named(inputs, feed),
        fetch_timeout=fetch_timeout,
        strict=strict,
        dry_run=dry_run,
    )
    made = run_or_exit(lambda: extract_brief(inputs, options, output, hooks(session)))
    if dry_run:
        print_plan(session, made)
        return
    summarise(session, made)
    _finish([] if session.json else list(made.written), made.skipped)


def render(
    brief_json: Annotated[Path, typer.Argument(help="A briefgen/brief@1 JSON file.")],
    output: OutDir = None,
    template: Template = None,
    formats: Annotated[
        str, typer.Option("--format", "-f", help="Comma-separated: docx, pdf.")
    ] = "docx,pdf",
    template_dir: TemplateDir = None,
    quiet: Quiet = False,
    verbose: Verbose = 0,
    json_summary: JsonSummary = False,
) -> None:
    """Render a (possibly hand-edited) JSON brief as DOCX and PDF.

    Example: briefgen render brief.json -o outputs/
    """
    from briefgen.api import render_brief

    config = load_settings(template=template, template_dir=template_dir, output=output)
    session = start_session(quiet, verbose, json_summary)
    options = run_options(config, formats=tuple(_formats(formats, ("docx", "pdf"))))
    made = run_or_exit(lambda: render_brief(brief_json, options))
    summarise(session, made)
    _finish([] if session.json else list(made.written), ())


def _named(inputs: list[str], feeds: list[str] | None) -> tuple[str, ...]:
    """The feed URLs, once it is checked that some input is named."""
    if not inputs and not feeds:
        missing = "name an article file, folder or URL, or a --feed"
        raise typer.BadParameter(missing, param_hint="INPUTS")
    return tuple(feeds or ())


def _formats(value: str, allowed: tuple[str, ...]) -> list[str]:
    chosen = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in allowed]
    if unknown or not chosen:
        raise typer.BadParameter(
            f"{', '.join(unknown) or value!r}: choose from {', '.join(allowed)}",
            param_hint="--format",
        )
    return list(dict.fromkeys(chosen))


def _finish(paths: list[Path], skipped: tuple[Skipped, ...]) -> None:
    for path in paths:
        typer.echo(str(path))
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)


def _open_pdf(paths: list[Path]) -> None:
    pdfs = [path for path in paths if path.suffix == ".pdf"]
    if not pdfs:
        typer.echo("--open: no PDF was written (add pdf to --format)", err=True)
        return
    typer.launch(str(pdfs[0]))


def _watch(
    inputs: list[str],
    once: Callable[[], object],
    output: Path,
    session: Session,
) -> None:
    """Re-run `once` whenever the inputs change, until Ctrl-C."""
    from briefgen.ingest.fetch import is_url
    from briefgen.watch import watch

    def again() -> None:
        with suppress(typer.Exit):  # the error is already on stderr: keep watching
            once()

    files = [Path(name) for name in inputs if name != "-" and not is_url(name)]
    if not session.quiet:
        typer.echo("watching the inputs for changes; Ctrl-C stops", err=True)
        if len(files) < len(inputs):
            typer.echo("--watch: URLs and feeds are not watched (a re-run fetches them)", err=True)
    with suppress(KeyboardInterrupt):
        watch(files, again, ignore=[output])
