"""The `briefgen` command: a thin shim over the library; errors become exit codes here only.

Exit codes: 0 success; 1 failure (nothing usable written); 2 usage error;
3 the brief was written but some inputs were skipped.

Each command group lives in its own module; this one builds `app` from them, registering the
commands in the order `briefgen --help` lists them. No module here imports spaCy or the
pipeline at import time, so `--help` stays fast.
"""

from __future__ import annotations

from typing import Annotated

import typer

from briefgen import __version__
from briefgen.cli.admin import cache_app, doctor, show_config
from briefgen.cli.briefs import diff, schema
from briefgen.cli.common import EXIT_FAILURE, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, Command, Group
from briefgen.cli.explain import explain
from briefgen.cli.make import extract, make, render
from briefgen.cli.review import review
from briefgen.cli.templates import init, templates_app

__all__ = ["EXIT_FAILURE", "EXIT_OK", "EXIT_SKIPPED", "EXIT_USAGE", "app"]

app = typer.Typer(
    cls=Group,
    help="Turn a folder of news articles into a situation report (DOCX and PDF).\n\n"
    "Example: briefgen make inputs/",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefgen {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """briefgen: situation reports from news articles."""


app.command(cls=Command)(make)
app.command(cls=Command)(extract)
app.command(cls=Command)(render)
app.command(cls=Command)(review)
app.command(cls=Command)(explain)
app.command(cls=Command)(schema)
app.command("config", cls=Command)(show_config)
app.command(cls=Command)(doctor)
app.command(cls=Command)(diff)
app.command(cls=Command)(init)
app.add_typer(cache_app, name="cache")
app.add_typer(templates_app, name="templates")
