"""The commands that write briefs: `make` (all in one), `extract` (JSON), `render` (DOCX, PDF)."""

from __future__ import annotations

import time
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
    load_brief,
    load_settings,
    run_or_exit,
    start_session,
    team_dir,
)
from briefgen.cli.extraction import Reading, as_of_date, extract_brief, print_plan, summarise

if TYPE_CHECKING:  # heavy modules are imported inside the functions that need them
    from briefgen.config import Config
    from briefgen.diff import Changes
    from briefgen.document import Document
    from briefgen.ingest import Skipped
    from briefgen.model import Brief

Inputs = Annotated[
    list[Path],
    typer.Argument(help="Article files or folders (read recursively); - reads standard input."),
]
Strict = Annotated[
    bool, typer.Option("--strict", help="Fail (exit 1) if any input is skipped, writing nothing.")
]
MaxSize = Annotated[
    float, typer.Option("--max-size", min=0.001, help="Skip input files larger than this, in MB.")
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
Workers = Annotated[int, typer.Option("--workers", min=1, help="Parse in N processes.")]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Log each stage on stderr.")]
JsonSummary = Annotated[
    bool, typer.Option("--json", help="Print the run summary as JSON on stdout (not the paths).")
]
DryRun = Annotated[
    bool, typer.Option("--dry-run", help="Show what would be read and written; write nothing.")
]


def make(
    inputs: Inputs,
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
    since: Annotated[
        Path | None, typer.Option("--since", help="An earlier brief JSON: report what is new.")
    ] = None,
    open_pdf: Annotated[bool, typer.Option("--open", help="Open the PDF when done.")] = False,
    watch: Annotated[
        bool, typer.Option("--watch", help="Re-run whenever the inputs change; Ctrl-C stops.")
    ] = False,
    workers: Workers = 1,
    no_cache: NoCache = False,
    quiet: Quiet = False,
    verbose: Verbose = False,
    json_summary: JsonSummary = False,
    dry_run: DryRun = False,
    template_dir: TemplateDir = None,
) -> None:
    """Read articles and write the brief as DOCX, PDF and JSON; print the paths.

    Example: briefgen make inputs/ -o outputs/ --date 2025-10-30 --since outputs/last.json
    """
    from briefgen.output import FORMATS

    config = load_settings(
        template=template, template_dir=template_dir, output=output, model=model, formats=formats
    )
    session = start_session(config, workers, no_cache, quiet, verbose, json_summary)
    chosen = _formats(config["formats"], FORMATS)
    reading = Reading(strict, max_size, Path(config["output"]))
    if dry_run:
        print_plan(
            inputs,
            reading,
            session,
            [reading.output / f"{{stem}}.{fmt}" for fmt in chosen],
            as_of_date(date),
            title,
        )
        return

    def once() -> tuple[list[Path], tuple[Skipped, ...]]:
        return _make_once(inputs, date, title, config, chosen, reading, session, since)

    paths, skipped = once()
    if open_pdf:
        _open_pdf(paths)
    if watch:
        _watch(inputs, once, reading.output, session)
    _finish([] if session.json else paths, skipped)


def extract(
    inputs: Inputs,
    output: Annotated[Path, typer.Option("--output", "-o", help="JSON file to write.")] = Path(
        "brief.json"
    ),
    date: AsOf = None,
    title: Title = None,
    model: Model = None,
    strict: Strict = False,
    max_size: MaxSize = 20.0,
    workers: Workers = 1,
    no_cache: NoCache = False,
    quiet: Quiet = False,
    verbose: Verbose = False,
    json_summary: JsonSummary = False,
    dry_run: DryRun = False,
) -> None:
    """Extract only: write the brief as briefgen/brief@1 JSON, to review and edit.

    Example: briefgen extract inputs/ -o brief.json
    """
    from briefgen.output import write_atomic

    config = load_settings(model=model)
    session = start_session(config, workers, no_cache, quiet, verbose, json_summary)
    reading = Reading(strict, max_size, output)
    if dry_run:
        print_plan(inputs, reading, session, [output], as_of_date(date), title)
        return
    brief, skipped = extract_brief(inputs, date, title, reading, session)
    output.parent.mkdir(parents=True, exist_ok=True)
    path = run_or_exit(lambda: write_atomic(output, brief.to_json().encode("utf-8")))
    summarise(session, brief, skipped, [path], None)
    _finish([] if session.json else [path], skipped)


def render(
    brief_json: Annotated[Path, typer.Argument(help="A briefgen/brief@1 JSON file.")],
    output: OutDir = None,
    template: Template = None,
    formats: Annotated[
        str, typer.Option("--format", "-f", help="Comma-separated: docx, pdf.")
    ] = "docx,pdf",
    template_dir: TemplateDir = None,
) -> None:
    """Render a (possibly hand-edited) JSON brief as DOCX and PDF.

    Example: briefgen render brief.json -o outputs/
    """
    from briefgen.output import write_brief

    config = load_settings(template=template, template_dir=template_dir, output=output)
    chosen = _formats(formats, ("docx", "pdf"))
    brief = run_or_exit(lambda: load_brief(brief_json))
    document = _document(brief, config)
    paths = run_or_exit(lambda: write_brief(brief, document, Path(config["output"]), chosen))
    _finish(paths, ())


def _make_once(
    inputs: list[Path],
    date: str | None,
    title: str | None,
    config: Config,
    chosen: list[str],
    reading: Reading,
    session: Session,
    since: Path | None,
) -> tuple[list[Path], tuple[Skipped, ...]]:
    """One `make` run: extract, compare with --since, render, write, summarise."""
    from briefgen.output import write_brief

    session.started = time.perf_counter()
    brief, skipped = extract_brief(inputs, date, title, reading, session)
    changes = _changes(since, brief) if since is not None else None
    wanted = {"docx", "pdf"} & set(chosen)
    document = _document(brief, config, changes) if wanted else None
    paths = run_or_exit(lambda: write_brief(brief, document, reading.output, chosen))
    summarise(session, brief, skipped, paths, changes)
    return paths, skipped


def _changes(since: Path, brief: Brief) -> Changes:
    from briefgen.diff import diff_briefs

    old = run_or_exit(lambda: load_brief(since))
    return diff_briefs(old, brief)


def _document(brief: Brief, config: Config, since: Changes | None = None) -> Document:
    """Fill the configured template; a configured marking replaces the theme's."""
    from briefgen.templates import render_document

    marking = config["marking"] or None
    return run_or_exit(
        lambda: render_document(
            brief, config["template"], team_dir(config), marking=marking, since=since
        )
    )


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
    inputs: list[Path],
    once: Callable[[], object],
    output: Path,
    session: Session,
) -> None:
    """Re-run `once` whenever the inputs change, until Ctrl-C."""
    from briefgen.watch import watch

    def again() -> None:
        with suppress(typer.Exit):  # the error is already on stderr: keep watching
            once()

    if not session.quiet:
        typer.echo("watching the inputs for changes; Ctrl-C stops", err=True)
    with suppress(KeyboardInterrupt):
        watch([path for path in inputs if str(path) != "-"], again, ignore=[output])
