"""Templates: a Jinja2 template turns a Brief into the document model.

A template writes a small XML vocabulary (autoescaped, so article text can never become
markup) that is parsed into `briefgen.document` blocks:

    <document title=".." subtitle=".." author=".." subject=".." keywords="a;b" marking="..">
      <h1>Section</h1> <h2>Sub-section</h2>
      <p style="body|lead|note">text with <b>bold</b> and <i>italic</i></p>
      <ul><li>item</li></ul>
      <table widths="3,1,2"><tr><th>Head</th></tr><tr><td>cell</td></tr></table>
      <quote by="Speaker · [1]">quoted text</quote>
    </document>

Templates run in Jinja2's sandbox with strict undefined names, so a template cannot
reach Python internals and a typo is an error with the template's file and line.
"""

from __future__ import annotations

import datetime as dt
import re
import traceback
import xml.etree.ElementTree as ET
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from briefgen.document import (
    Block,
    BlockQuote,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Run,
    Table,
    sanitise,
)
from briefgen.errors import TemplateError
from briefgen.model import Brief, Evidence

BUILTIN = Path(__file__).resolve().parent.parent / "templates"
DEFAULT_TEMPLATE = "sitrep"
ENTRY = "brief.xml.j2"


def builtin_templates() -> list[str]:
    """Names of the built-in templates."""
    return sorted(p.parent.name for p in BUILTIN.glob(f"*/{ENTRY}"))


def render_document(brief: Brief, template: str = DEFAULT_TEMPLATE) -> Document:
    """Fill a template (a built-in name or a folder holding brief.xml.j2) with a brief."""
    folder = Path(template) if Path(template).is_dir() else BUILTIN / template
    if not (folder / ENTRY).is_file():
        known = ", ".join(builtin_templates())
        raise TemplateError(f"template {template!r} not found (built-in templates: {known})")
    environment = _environment(folder)
    try:
        markup = environment.get_template(ENTRY).render(brief=brief, **_helpers(brief))
    except jinja2.TemplateError as error:
        where, line = _template_location(error, folder / ENTRY)
        raise TemplateError(f"{where}{f', line {line}' if line else ''}: {error}") from None
    return parse_markup(markup, source=str(folder / ENTRY))


def _template_location(error: jinja2.TemplateError, entry: Path) -> tuple[str, int | None]:
    """The template file and line an error comes from: syntax errors carry them, render
    errors have them in the traceback frames Jinja2 maps back to template lines."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        return error.filename or str(entry), error.lineno
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith(".j2")]
    if frames:
        return frames[-1].filename, frames[-1].lineno
    return str(entry), None


def _environment(folder: Path) -> SandboxedEnvironment:
    return SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(folder), str(BUILTIN)]),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=lambda value: sanitise(value) if isinstance(value, str) else value,
    )


def _helpers(brief: Brief) -> dict[str, object]:
    """Functions and values templates may use besides `brief`."""
    numbers = {source.id: index for index, source in enumerate(brief.sources, start=1)}

    def cite(evidence: Evidence | list[Evidence]) -> str:
        items = evidence if isinstance(evidence, list) else [evidence]
        return "".join(f"[{n}]" for n in sorted({numbers[e.source] for e in items}))

    return {"cite": cite, "human_date": human_date, "excerpt": brief.excerpt}


def human_date(value: str | dt.date | None) -> str:
    """'29 October 2025', 'October 2025', 'Week 44, 2025', '2021' from a TimeML value."""
    if value is None:
        return "date unknown"
    text = value.isoformat() if isinstance(value, dt.date) else value
    if match := re.fullmatch(r"(\d{4})-W(\d{2})", text):
        return f"Week {int(match[2])}, {match[1]}"
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        return f"{int(match[3])} {dt.date(2000, int(match[2]), 1):%B} {match[1]}"
    if match := re.fullmatch(r"(\d{4})-(\d{2})", text):
        return f"{dt.date(2000, int(match[2]), 1):%B} {match[1]}"
    return text


def parse_markup(markup: str, source: str = "template") -> Document:
    """Parse a template's XML output into the document model."""
    try:
        root = ET.fromstring(markup)
    except ET.ParseError as error:
        raise TemplateError(f"{source}: output is not well-formed ({error})") from None
    if root.tag != "document":
        raise TemplateError(f"{source}: output must have <document> as its root")
    return Document(
        title=_clean(root.get("title", "")),
        subtitle=_clean(root.get("subtitle", "")),
        author=_clean(root.get("author", "")),
        subject=_clean(root.get("subject", "")),
        keywords=tuple(k.strip() for k in root.get("keywords", "").split(";") if k.strip()),
        language=root.get("language", "en"),
        marking=_clean(root.get("marking", "")),
        blocks=tuple(_block(element, source) for element in root),
    )


def _block(element: ET.Element, source: str) -> Block:
    tag = element.tag
    if tag in ("h1", "h2"):
        return Heading(_clean("".join(element.itertext())), level=int(tag[1]))
    if tag == "p":
        return Paragraph(_runs(element), style=element.get("style", "body"))
    if tag == "ul":
        return BulletList(tuple(_runs(item) for item in element if item.tag == "li"))
    if tag == "quote":
        return BlockQuote(_clean("".join(element.itertext())), _clean(element.get("by", "")))
    if tag == "table":
        rows = [
            tuple(_clean("".join(cell.itertext())) for cell in row) for row in element if row.tag == "tr"
        ]
        widths = tuple(float(w) for w in element.get("widths", "").split(",") if w.strip())
        return Table(rows[0] if rows else (), tuple(rows[1:]), widths)
    raise TemplateError(f"{source}: unknown element <{tag}>")


def _runs(element: ET.Element) -> tuple[Run, ...]:
    """Inline text with <b> and <i>, whitespace collapsed as in HTML."""
    runs: list[Run] = []

    def walk(node: ET.Element, bold: bool, italic: bool) -> None:
        if node.text:
            runs.append(Run(node.text, bold, italic))
        for child in node:
            walk(child, bold or child.tag == "b", italic or child.tag == "i")
            if child.tail:
                runs.append(Run(child.tail, bold, italic))

    walk(element, False, False)
    collapsed = [Run(re.sub(r"\s+", " ", run.text), run.bold, run.italic) for run in runs]
    if collapsed:
        collapsed[0] = Run(collapsed[0].text.lstrip(), collapsed[0].bold, collapsed[0].italic)
        collapsed[-1] = Run(collapsed[-1].text.rstrip(), collapsed[-1].bold, collapsed[-1].italic)
    return tuple(run for run in collapsed if run.text)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
