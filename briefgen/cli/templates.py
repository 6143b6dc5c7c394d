"""The template commands: `templates list`, `templates show` and `init` (copy one to customise)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from briefgen.cli.common import (
    Command,
    Group,
    TemplateDir,
    load_settings,
    run_or_exit,
    team_dir,
)

templates_app = typer.Typer(
    cls=Group, help="List and show briefing templates.", no_args_is_help=True
)


@templates_app.command("list", cls=Command)
def templates_list(template_dir: TemplateDir = None) -> None:
    """List the templates: name, where it comes from (built-in or team), description.

    Example: briefgen templates list --template-dir team-templates/
    """
    from briefgen.templates import list_templates

    team = team_dir(load_settings(template_dir=template_dir))
    for info in run_or_exit(lambda: list_templates(team)):
        typer.echo(f"{info.name}\t{info.origin}\t{info.description}")


@templates_app.command("show", cls=Command)
def templates_show(
    name: Annotated[str, typer.Argument(help="Template name or folder.")],
    template_dir: TemplateDir = None,
) -> None:
    """Print a template's files and source, then its theme.

    Example: briefgen templates show one-pager
    """
    from briefgen.templates import find_template

    team = team_dir(load_settings(template_dir=template_dir))
    info = run_or_exit(lambda: find_template(name, team))
    typer.echo(f"# {info.name} ({info.origin}): {info.description}")
    for path in (info.entry, info.theme):
        if path is not None:
            typer.echo(f"\n# {path}\n{path.read_text(encoding='utf-8')}")


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

    for path in run_or_exit(lambda: init_templates(folder, template)):
        typer.echo(str(path))
