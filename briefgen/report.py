"""The run summary: what was read, skipped, found and written, and how long it took.

Plain data and plain text; briefgen/cli/extraction.py prints the table on stderr or the
JSON on stdout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefgen.model import Brief
from briefgen.terminal import visible


@dataclass(frozen=True)
class RunSummary:
    """One run of `make` or `extract`."""

    read: int
    skipped: list[tuple[str, str]]  # (path, reason)
    counts: dict[str, int]  # actors, quotes, events, outlook
    written: list[str]
    seconds: float
    parsed: int = 0  # articles parsed in this run
    reused: int = 0  # parses taken from the cache
    brief_cached: bool = False
    dry_run: bool = False
    since: dict[str, int] = field(default_factory=dict)  # new items per kind, with --since
    warnings: list[str] = field(default_factory=list)  # e.g. sources published after as-of

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the `--json` output)."""
        return {
            "read": self.read,
            "skipped": [{"path": path, "reason": reason} for path, reason in self.skipped],
            "counts": self.counts,
            "written": self.written,
            "seconds": round(self.seconds, 3),
            "cache": {"parsed": self.parsed, "reused": self.reused, "brief": self.brief_cached},
            "dry_run": self.dry_run,
            **({"since": self.since} if self.since else {}),
            **({"warnings": self.warnings} if self.warnings else {}),
        }


def future_sources(brief: Brief) -> list[str]:
    """A warning for each source published after the brief's as-of date: the brief is
    dated before something it reports (a wrong --date, or a misdated article)."""
    return [
        f"{source.path}: published {source.published.isoformat()}, after the brief's as-of "
        f"date {brief.as_of.isoformat()}"
        for source in brief.sources
        if source.published is not None and source.published > brief.as_of
    ]


def brief_counts(brief: Brief) -> dict[str, int]:
    """Items of each kind the summary reports."""
    return {
        "actors": len(brief.actors),
        "quotes": len(brief.quotes),
        "events": len(brief.timeline),
        "outlook": len(brief.outlook),
    }


def summary_rows(summary: RunSummary) -> list[tuple[str, str]]:
    """(label, value) rows of the final summary table."""
    kinds = ("actors", "quotes", "events", "outlook")
    if summary.brief_cached:
        cache = "whole brief reused"
    else:
        cache = f"{summary.parsed} parsed, {summary.reused} reused"
    rows = [
        ("articles read", str(summary.read)),
        ("skipped", str(len(summary.skipped))),
        *((f"  {path}", reason) for path, reason in summary.skipped),
        *((("warnings", str(len(summary.warnings))),) if summary.warnings else ()),
        *(("  warning", warning) for warning in summary.warnings),
        (" / ".join(kinds), " / ".join(str(summary.counts.get(k, 0)) for k in kinds)),
        ("cache", cache),
    ]
    if summary.since:
        new = " / ".join(str(summary.since.get(k, 0)) for k in kinds)
        rows.append(("new since last brief", new))
    label = "would write" if summary.dry_run else "files written"
    rows += [(label, str(len(summary.written))), *((" ", path) for path in summary.written)]
    rows.append(("time", f"{summary.seconds:.2f} s"))
    return rows


def format_summary(summary: RunSummary) -> str:
    """The summary as an aligned two-column text table."""
    rows = [(visible(label), visible(value)) for label, value in summary_rows(summary)]
    width = max(len(label) for label, _ in rows)
    return "\n".join(f"{label.ljust(width)}  {value}" for label, value in rows) + "\n"
