"""The commands that look at brief JSON: `schema` (its format) and `diff` (two briefs)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from briefgen.cli.common import load_brief


def schema() -> None:
    """Print the JSON Schema of the briefgen/brief@1 format.

    Example: briefgen schema > brief.schema.json
    """
    import json

    from briefgen.model import Brief

    typer.echo(json.dumps(Brief.model_json_schema(by_alias=True), indent=2))


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

    earlier, later = load_brief(old), load_brief(new)
    if earlier.as_of > later.as_of:
        typer.echo(
            f"warning: OLD {old} (as of {earlier.as_of}) is newer than NEW {new} (as of "
            f"{later.as_of}): are the arguments swapped? This lists what NEW has that OLD lacks.",
            err=True,
        )
    changes = diff_briefs(earlier, later)
    if json_out:
        typer.echo(json.dumps(changes.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_changes(changes), nl=False)
