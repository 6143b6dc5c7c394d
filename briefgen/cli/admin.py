"""The commands that look after briefgen itself: `cache info|clear`, `config` and `doctor`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from briefgen.cli.common import (
    EXIT_FAILURE,
    Command,
    Group,
    Model,
    Template,
    TemplateDir,
    actor_file,
    load_settings,
    run_options,
    team_dir,
)

if TYPE_CHECKING:  # heavy modules are imported inside the functions that need them
    from briefgen.cache import Cache
    from briefgen.config import Config

cache_app = typer.Typer(
    cls=Group,
    help="Inspect or clear the cache of files read, parses and briefs.\n\n"
    "Example: briefgen cache clear",
    no_args_is_help=True,
)


def _configured_cache(config: Config) -> Cache:
    """The cache the configuration names (always on here: --no-cache is a run option)."""
    from briefgen.cache import Cache

    return Cache(run_options(config).cache_dir)


@cache_app.command("info", cls=Command)
def cache_info() -> None:
    """Print where the cache is and what it holds.

    Example: briefgen cache info
    """
    cache = _configured_cache(load_settings())
    stats = cache.stats()
    typer.echo(
        f"{cache.path}: {stats['reads']} files read, {stats['docs']} parses,"
        f" {stats['briefs']} briefs, "
        f"{stats['bytes'] / 1e6:.1f} MB"
    )


@cache_app.command("clear", cls=Command)
def cache_clear() -> None:
    """Delete the cache: the next run parses every article again.

    Example: briefgen cache clear
    """
    cache = _configured_cache(load_settings())
    typer.echo(f"removed {cache.clear()} entries from {cache.path}", err=True)


def show_config(
    json_out: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Show each setting's effective value and where it came from (flag > env > file > default).

    Example: briefgen config
    """
    import json

    config = load_settings()
    shown = {key: (s.value, s.origin) for key, s in config.settings.items()}
    if not shown["marking"][0]:  # what every page prints: the template's own marking
        shown["marking"] = _template_marking(config)
    if json_out:
        found = {key: {"value": value, "origin": origin} for key, (value, origin) in shown.items()}
        typer.echo(json.dumps(found, indent=2))
        return
    width = max(len(key) for key in shown)
    for key, (value, origin) in shown.items():
        typer.echo(f"{key.ljust(width)}  {value or '(none)'}  [{origin}]")


def _template_marking(config: Config) -> tuple[str, str]:
    """The marking the chosen template's theme prints, and where it comes from."""
    from briefgen.errors import BriefgenError
    from briefgen.templates import find_template, template_theme

    try:
        info = find_template(config["template"], team_dir(config))
        theme = template_theme(info, team_dir(config))
    except BriefgenError as error:
        return "", f"the template's theme cannot be read: {error}"
    return theme.marking, f"theme of template {info.name!r} ({info.origin})"


def doctor(
    model: Model = None, template: Template = None, template_dir: TemplateDir = None
) -> None:
    """Check the spaCy pipeline, fonts, templates and cache; print a fix for each failure.

    Example: briefgen doctor
    """
    from briefgen.doctor import describe, doctor_ok, run_checks

    config = load_settings(model=model, template=template, template_dir=template_dir)
    checks = run_checks(
        config["model"],
        config["template"],
        _configured_cache(config),
        team_dir(config),
        actor_file(config),
    )
    typer.echo(describe(checks), nl=False)
    if not doctor_ok(checks):
        raise typer.Exit(EXIT_FAILURE)
