"""The `review` command: one call into briefgen.review."""

from __future__ import annotations

from typing import Annotated

import typer

from briefgen.cli.common import (
    Model,
    Template,
    TemplateDir,
    load_settings,
    run_options,
    run_or_exit,
)
from briefgen.cli.extraction import as_of_date, hooks
from briefgen.cli.make import AsOf, Inputs, NoCache, OutDir, Quiet, Title, Verbose


def review(
    inputs: Inputs = None,
    output: OutDir = None,
    template: Template = None,
    port: Annotated[
        int,
        typer.Option("--port", min=0, max=65535, help="Port on 127.0.0.1 (default: a free one)."),
    ] = 0,
    no_browser: Annotated[
        bool, typer.Option("--no-browser", help="Print the address; do not open a browser.")
    ] = False,
    date: AsOf = None,
    title: Title = None,
    model: Model = None,
    no_cache: NoCache = False,
    template_dir: TemplateDir = None,
    quiet: Quiet = False,
    verbose: Verbose = 0,
) -> None:
    """Review a brief in the browser: drop, fix, merge, reorder, then render; Ctrl-C stops.

    INPUTS are articles (the brief is extracted and saved as JSON in the output folder) or
    one brief JSON file. Every edit is saved to the JSON at once, with an edit log beside it.

    Example: briefgen review inputs/ --date 2025-10-30
    """
    from briefgen.cli.common import start_session
    from briefgen.review import review_brief

    if not inputs:
        missing = "name article files or folders, or a brief JSON"
        raise typer.BadParameter(missing, param_hint="INPUTS")
    config = load_settings(template=template, template_dir=template_dir, output=output, model=model)
    session = start_session(quiet, verbose, False)
    options = run_options(config, as_of=as_of_date(date), title=title, use_cache=not no_cache)

    def started(url: str) -> None:
        typer.echo(url)  # the address, with the session's token
        typer.echo("Review open at the address above; Ctrl-C stops.", err=True)

    path = run_or_exit(
        lambda: review_brief(
            inputs,
            options,
            port=port,
            open_browser=not no_browser,
            hooks=hooks(session),
            started=started,
        )
    )
    typer.echo(str(path))
