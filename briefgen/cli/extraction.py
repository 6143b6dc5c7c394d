"""What `make` and `extract` show while and after they run: skipped inputs, a progress bar,
the summary, the --dry-run plan. The work itself is one call into briefgen.api."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING

import typer

from briefgen.cli.common import Session

if TYPE_CHECKING:  # heavy modules are imported inside the functions that need them
    from briefgen.api import Hooks, Made
    from briefgen.ingest import Skipped

# Runs over more articles than this show a progress bar (when stderr is a terminal).
PROGRESS_MIN_ARTICLES = 5


def as_of_date(date: str | None, flag: str = "--date") -> dt.date:
    """The as-of date a flag gives; today when it is not given."""
    if date is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(date)
    except ValueError:
        raise typer.BadParameter(
            f"{date!r} is not a date in YYYY-MM-DD form", param_hint=flag
        ) from None


def hooks(session: Session) -> Hooks:
    """Each skipped input and each warning on one stderr line; a progress bar on long runs."""
    from briefgen.api import Hooks

    return Hooks(
        skipped=print_skipped, progress=partial(_progress, session=session), warned=print_warning
    )


def print_skipped(skipped: Skipped) -> None:
    """One stderr line for an input that could not be read."""
    from briefgen.terminal import visible

    typer.echo(visible(f"skipped {skipped.path}: {skipped.reason}"), err=True)


def print_warning(warning: str) -> None:
    """One stderr line for a warning about the brief (a source published after its date)."""
    from briefgen.terminal import visible

    typer.echo(visible(f"warning: {warning}"), err=True)


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


def summarise(session: Session, made: Made) -> None:
    """The final summary: a table on stderr, or JSON on stdout with --json."""
    import json

    from briefgen.diff import format_changes
    from briefgen.report import format_summary

    summary = made.summary()
    if session.json:
        typer.echo(json.dumps(summary.to_dict(), indent=2))
    elif not session.quiet:
        if made.changes is not None:
            typer.echo(format_changes(made.changes), err=True, nl=False)
        typer.echo(format_summary(summary), err=True, nl=False)


def print_plan(session: Session, made: Made) -> None:
    """--dry-run: print what would be read, skipped and written."""
    import json

    written = [str(path) for path in made.written]
    if session.json:
        skipped = [{"path": item.path, "reason": item.reason} for item in made.skipped]
        plan = {"dry_run": True, "read": list(made.read), "skipped": skipped, "write": written}
        typer.echo(json.dumps(plan, indent=2))
        return
    from briefgen.terminal import visible

    for path in made.read:
        typer.echo(visible(f"read   {path}"))
    for item in made.skipped:
        typer.echo(visible(f"skip   {item.path}: {item.reason}"))
    for path in written:
        typer.echo(visible(f"write  {path}"))
