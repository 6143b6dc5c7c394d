"""From input files to a brief for `make` and `extract`: reading, the pipeline, the summary."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import typer

from briefgen.cli.common import EXIT_FAILURE, Session, open_cache, run_or_exit

if TYPE_CHECKING:  # heavy modules are imported inside the functions that need them
    from briefgen.diff import Changes
    from briefgen.ingest import Inputs, Skipped
    from briefgen.model import Article, Brief

# Runs over more articles than this show a progress bar (when stderr is a terminal).
PROGRESS_MIN_ARTICLES = 5


class Reading(NamedTuple):
    """How inputs are read: fail on any skip, the size limit in MB, our own output to leave out."""

    strict: bool
    max_size: float
    output: Path


def as_of_date(date: str | None) -> dt.date:
    """The --date value as a date; today when it is not given."""
    if date is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(date)
    except ValueError:
        raise typer.BadParameter(
            f"{date!r} is not a date in YYYY-MM-DD form", param_hint="--date"
        ) from None


def _read(inputs: list[Path], reading: Reading) -> Inputs:
    from briefgen.ingest import read_inputs

    limit = int(reading.max_size * 1024 * 1024)
    return run_or_exit(lambda: read_inputs(inputs, max_bytes=limit, exclude=[reading.output]))


def extract_brief(
    inputs: list[Path], date: str | None, title: str | None, reading: Reading, session: Session
) -> tuple[Brief, tuple[Skipped, ...]]:
    """Read the inputs and build the brief; report each skipped input, and fail if --strict."""
    as_of = as_of_date(date)
    read = _read(inputs, reading)
    for skipped in read.skipped:
        typer.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
    if read.skipped and reading.strict:
        typer.echo(f"error: {len(read.skipped)} input(s) skipped and --strict is set", err=True)
        raise typer.Exit(EXIT_FAILURE)
    brief = _build(read.articles, as_of, title, session)
    return brief, read.skipped


@contextmanager
def _progress(total: int, session: Session) -> Iterator[Callable[[int], None] | None]:
    """A rich progress bar on stderr for runs over a few articles, when stderr is a terminal."""
    import sys

    if session.quiet or total <= PROGRESS_MIN_ARTICLES or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Reading articles", total=total)
        yield lambda done: bar.update(task, completed=done)


def _build(
    articles: tuple[Article, ...], as_of: dt.date, title: str | None, session: Session
) -> Brief:
    from briefgen.pipeline import run_pipeline

    cache = open_cache(session)
    with _progress(len(articles), session) as progress:
        session.built = run_or_exit(
            lambda: run_pipeline(
                articles,
                as_of=as_of,
                title=title,
                model=session.model,
                cache=cache,
                workers=session.workers,
                progress=progress,
            )
        )
    return session.built.brief


def summarise(
    session: Session,
    brief: Brief,
    skipped: tuple[Skipped, ...],
    paths: list[Path],
    changes: Changes | None,
) -> None:
    """The final summary: a table on stderr, or JSON on stdout with --json."""
    import json

    from briefgen.diff import format_changes
    from briefgen.report import RunSummary, brief_counts, format_summary

    built = session.built
    summary = RunSummary(
        read=len(brief.sources),
        skipped=[(item.path, item.reason) for item in skipped],
        counts=brief_counts(brief),
        written=[str(path) for path in paths],
        seconds=time.perf_counter() - session.started,
        parsed=built.parsed if built else 0,
        reused=built.reused if built else 0,
        brief_cached=built.brief_cached if built else False,
        since=changes.counts() if changes else {},
    )
    if session.json:
        typer.echo(json.dumps(summary.to_dict(), indent=2))
    elif not session.quiet:
        if changes is not None:
            typer.echo(format_changes(changes), err=True, nl=False)
        typer.echo(format_summary(summary), err=True, nl=False)


def print_plan(
    inputs: list[Path],
    reading: Reading,
    session: Session,
    targets: list[Path],
    as_of: dt.date,
    title: str | None,
) -> None:
    """--dry-run: print what would be read, skipped and written ('{stem}': the brief's name)."""
    import json

    from briefgen.output import slug

    read = _read(inputs, reading)
    if title is None and len(read.articles) == 1:
        title = read.articles[0].title
    stem = f"{as_of.isoformat()}-{slug(title) if title else 'situation-report-*'}"
    written = [str(target).replace("{stem}", stem) for target in targets]
    paths = [article.path for article in read.articles]
    if session.json:
        skipped = [{"path": item.path, "reason": item.reason} for item in read.skipped]
        plan = {"dry_run": True, "read": paths, "skipped": skipped, "write": written}
        typer.echo(json.dumps(plan, indent=2))
        return
    for path in paths:
        typer.echo(f"read   {path}")
    for item in read.skipped:
        typer.echo(f"skip   {item.path}: {item.reason}")
    for path in written:
        typer.echo(f"write  {path}")
