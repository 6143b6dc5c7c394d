"""`briefgen doctor`: check the spaCy pipeline, fonts, templates and cache, each with a fix.

Each check does the real thing on a tiny input (load the pipeline and parse a sentence,
render a template, embed the fonts in a PDF, write and read the cache) rather than only
looking for files, so a check that passes means that stage works.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefgen.cache import Cache
from briefgen.errors import BriefgenError
from briefgen.model import Brief, Source

_SAMPLE = "Erdoğan met Владимир Путин and Κυριάκος Μητσοτάκης in Istanbul on Monday."
# Names in several scripts, put in the title: the PDF font must carry glyphs for all of them.
_NAMES = ("Erdoğan", "Владимир", "Κυριάκος")


@dataclass(frozen=True)
class Check:
    """One check: what was checked, whether it passed, what was found, and how to fix it."""

    name: str
    ok: bool
    detail: str
    fix: str = ""


def run_checks(
    model: str,
    template: str,
    cache: Cache,
    template_dir: Path | None = None,
    actors: Path | None = None,
) -> list[Check]:
    """Every check, in pipeline order."""
    return [
        _attempt(
            "spaCy pipeline",
            lambda: _check_pipeline(model),
            "install the pipeline the message names, or choose another with --model",
        ),
        _attempt(
            "template",
            lambda: _check_template(template, template_dir),
            "`briefgen config` shows the template chosen; fix the file and line named",
        ),
        _attempt(
            "actor file",
            lambda: _check_actor_file(actors, template_dir),
            'fix the entry named (see README, "Team actor file"), or remove the file',
        ),
        _attempt(
            "fonts", _check_fonts, "reinstall matplotlib (its DejaVu fonts are embedded in the PDF)"
        ),
        _attempt(
            "cache",
            lambda: _check_cache(cache),
            f"make {cache.folder} writable, set BRIEFGEN_CACHE_DIR, or run with --no-cache",
        ),
    ]


def _attempt(name: str, check: Callable[[], str], fix: str) -> Check:
    try:
        return Check(name, True, check())
    except (BriefgenError, OSError, ValueError) as error:
        return Check(name, False, str(error), fix)


def _check_pipeline(model: str) -> str:
    from briefgen.nlp import load_pipeline, parse, pipeline_label

    nlp = load_pipeline(model)
    doc = parse(nlp, [_SAMPLE])[0]
    if not doc.ents or not doc.has_annotation("DEP"):
        raise ValueError(f"{pipeline_label(nlp)} finds no entities or no parse")
    return f"{pipeline_label(nlp)}: components {', '.join(nlp.pipe_names)}"


def _tiny_brief() -> Brief:
    source = Source(id="s1", path="doctor.txt", title="Doctor check", text=_SAMPLE)
    return Brief(
        title=" ".join(_NAMES), as_of=dt.date.today(), generator="briefgen doctor", sources=[source]
    )


def _check_template(template: str, template_dir: Path | None) -> str:
    from briefgen.templates import render_document

    document = render_document(_tiny_brief(), template, template_dir)
    return f"{template!r} renders ({len(document.blocks)} blocks)"


def _check_actor_file(actors: Path | None, template_dir: Path | None) -> str:
    from briefgen.team_actors import describe, load_actor_file, team_actor_file

    path = team_actor_file(actors, template_dir)
    if path is None:
        return "none (no actors.toml in the team template folder)"
    return describe(load_actor_file(path), path)


def _check_fonts() -> str:
    import io

    from pypdf import PdfReader

    from briefgen.render.pdf import pdf_bytes
    from briefgen.templates import DEFAULT_TEMPLATE, render_document

    data = pdf_bytes(render_document(_tiny_brief(), DEFAULT_TEMPLATE))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    missing = [name for name in _NAMES if name not in text]
    if missing:
        raise ValueError(f"the PDF lost the glyphs of {', '.join(missing)}")
    return "embedded; Latin, Cyrillic and Greek names survive in the PDF"


def _check_cache(cache: Cache) -> str:
    cache.put("briefs", "doctor-check", b"ok")
    if cache.get("briefs", "doctor-check") != b"ok":
        raise OSError(f"{cache.path}: written value could not be read back")
    stats = cache.stats()
    return (
        f"{cache.path}: {stats['docs']} parses, {stats['briefs']} briefs, "
        f"{stats['bytes'] / 1e6:.1f} MB"
    )


def doctor_ok(checks: list[Check]) -> bool:
    """True when every check passed."""
    return all(check.ok for check in checks)


def describe(checks: list[Check]) -> str:
    """One line per check, with the fix under each failure."""
    lines = []
    for check in checks:
        lines.append(f"{'ok  ' if check.ok else 'FAIL'} {check.name}: {check.detail}")
        if not check.ok:
            lines.append(f"     fix: {check.fix}")
    return "\n".join(lines) + "\n"
