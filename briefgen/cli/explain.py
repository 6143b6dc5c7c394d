"""`briefgen explain`: the rules behind one item of a brief, or behind a name left out.

The selection is briefgen.explain's; this module reads the flags and prints the result."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from briefgen.cli.common import EXIT_SKIPPED, Model, load_settings, run_options, run_or_exit
from briefgen.cli.extraction import as_of_date, print_skipped
from briefgen.cli.make import MaxSize, NoCache

if TYPE_CHECKING:  # heavy modules are imported inside the functions that need them
    from briefgen.api import Hooks
    from briefgen.explain import Explanation, Kind, Query
    from briefgen.extract.rules import Decision
    from briefgen.ingest import Skipped
    from briefgen.model import Brief

SELECTORS = ("--actor", "--quote", "--date", "--candidate", "--story", "--cleaned")
EVIDENCE_SHOWN = 3  # evidence spans shown per decision; --json has them all


def explain(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="A brief JSON file, or the article files or folders to brief."),
    ],
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor", help="An actor's name or alias: its card, what typed it, each merge."
        ),
    ] = None,
    quote: Annotated[
        int | None,
        typer.Option(
            "--quote", min=0, help="A quote's index in the brief's quotes (from 0): its rules."
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="A date mention by its text ('Wednesday') or its index in the brief's dates.",
        ),
    ] = None,
    candidate: Annotated[
        str | None,
        typer.Option("--candidate", help="A name: the rules that dropped it, or why none had to."),
    ] = None,
    story: Annotated[
        int | None,
        typer.Option(
            "--story",
            min=0,
            help="A story's index in the brief's stories (from 0): why each article is in it.",
        ),
    ] = None,
    cleaned: Annotated[
        str | None,
        typer.Option(
            "--cleaned",
            help="An article (source id like s2, or its file name): the page boilerplate the "
            "cleaner removed from it, each piece with its rule.",
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="With article inputs: the brief's as-of date, YYYY-MM-DD (default: today); "
            "a brief JSON has its own.",
        ),
    ] = None,
    model: Model = None,
    max_size: MaxSize = 20.0,
    no_cache: NoCache = False,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print the explanation as JSON.")
    ] = False,
) -> None:
    """Say why an item is in a brief, or why a name is not: each rule that decided, with the
    text it decided on (source id, character offsets and excerpt).

    Example: briefgen explain brief.json --actor Tarar

    \b
    More examples:
      briefgen explain brief.json --quote 0
      briefgen explain brief.json --date Wednesday --json
      briefgen explain brief.json --story 1
      briefgen explain brief.json --cleaned s2
      briefgen explain inputs/ --as-of 2025-10-30 --candidate "Istanbul"
    Extraction runs again on the brief's sources with every decision traced
    (cached parses are reused).
    """
    import json

    from briefgen.api import explain_brief
    from briefgen.explain import to_dict

    query = _query(actor, quote, date, candidate, story, cleaned)
    config = load_settings(model=model)
    options = run_options(
        config, as_of=as_of_date(as_of, "--as-of"), max_size=max_size, use_cache=not no_cache
    )
    skipped: list[Skipped] = []
    explanation = run_or_exit(lambda: explain_brief(inputs, query, options, _hooks(skipped)))
    if json_out:
        typer.echo(json.dumps(to_dict(explanation), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_text(explanation), nl=False)
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)


def _query(
    actor: str | None,
    quote: int | None,
    date: str | None,
    candidate: str | None,
    story: int | None = None,
    cleaned: str | None = None,
) -> Query:
    """The one item asked about; none or several is a usage error."""
    from briefgen.explain import Query

    chosen: dict[Kind, str | int | None] = {
        "actor": actor,
        "quote": quote,
        "date": date,
        "candidate": candidate,
        "story": story,
        "cleaned": cleaned,
    }
    given = [(kind, value) for kind, value in chosen.items() if value is not None]
    if len(given) != 1:
        raise typer.BadParameter(
            f"give exactly one of {', '.join(SELECTORS)} "
            "(the as-of date of article inputs is --as-of)",
            param_hint=" / ".join(SELECTORS),
        )
    kind, value = given[0]
    return Query(kind, str(value))


def _hooks(skipped: list[Skipped]) -> Hooks:
    """Each skipped input on one stderr line, and kept for the exit code."""
    from briefgen.api import Hooks

    def note(item: Skipped) -> None:
        skipped.append(item)
        print_skipped(item)

    return Hooks(skipped=note)


def format_text(explanation: Explanation) -> str:
    """The explanation for a reader: each item, its fields, each group of decisions (alike
    decisions once, with a count) with evidence excerpts, the notes, and what each rule does."""
    from briefgen.explain import descriptions

    lines: list[str] = []
    for entry in explanation.entries:
        lines.append(entry.heading)
        width = max((len(label) for label, _ in entry.fields), default=0)
        lines += [f"  {label.ljust(width)}  {value}" for label, value in entry.fields]
        for title, group in entry.groups:
            lines += _group_lines(explanation.brief, title, group)
    lines += list(explanation.notes)
    described = descriptions(explanation.decisions())
    if described:
        width = max(len(name) for name in described)
        lines.append("rules:")
        lines += [f"  {n.ljust(width)}  {d}".rstrip() for n, d in described.items()]
    return "\n".join(lines) + "\n"


def _group_lines(brief: Brief, title: str, group: Sequence[Decision]) -> list[str]:
    """A group's decisions, alike ones once with a count, each with some evidence."""
    from briefgen.explain import excerpt, where

    if not group:
        return [f"{title}: none recorded"]
    lines = [f"{title}:"]
    alike: dict[tuple[str, str, str], list[Decision]] = {}
    for d in group:
        alike.setdefault((d.rule, d.subject, d.outcome), []).append(d)
    for (rule_name, subject, outcome), same in alike.items():
        times = f"  ({len(same)} times)" if len(same) > 1 else ""
        lines.append(f"  {rule_name}: {subject!r} -> {outcome}{times}")
        evidence = list(dict.fromkeys(e for d in same for e in d.evidence))
        for item in evidence[:EVIDENCE_SHOWN]:
            lines.append(f'      {where(item)}  "{excerpt(brief, item)}"')
        if len(evidence) > EVIDENCE_SHOWN:
            lines.append(f"      ... and {len(evidence) - EVIDENCE_SHOWN} more")
    return lines
