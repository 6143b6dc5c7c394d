"""The XML vocabulary templates write, parsed into the document model.

<document title=".." subtitle=".." author=".." subject=".." keywords="a;b" language="en"
          marking=".." office=".." reference="..">
  <h1>Section</h1> <h2>Sub-section</h2>
  <p style="body|lead|note">text, <b>bold</b>, <i>italic</i>, <a href="https://..">link</a></p>
  <ul><li>item</li></ul>
  <table widths="3,1,2"><tr><th>Head</th></tr><tr><td>cell</td></tr></table>
  <quote by="Speaker · [1]">quoted text</quote>
  <timeline><event date="9 Oct 2025">Explosions in Kabul</event></timeline>
</document>

The output is bounded before any layout, so that no template can make a renderer work for
hours: its size, the number of elements (blocks, list items, table rows, events), table
columns and timeline events, and the length of any one text or attribute. Over a bound is
an error naming the template and the element.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

from briefgen.document import (
    Block,
    BlockQuote,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Run,
    Table,
    Theme,
    TimelineChart,
    TimelinePoint,
    printable,
)
from briefgen.errors import TemplateError

_INLINE = {"b", "i", "a"}
MAX_MARKUP = 20_000_000  # characters of template output (the sandbox stops it there too)
MAX_ELEMENTS = 20_000  # blocks, list items, table rows and events: ~400 pages, ~20 s to lay out
MAX_ROWS = 5_000  # rows of one table (reportlab's page splits cost rows squared: ~9 s)
MAX_COLUMNS = 20  # table columns: more cannot be read on a page
MAX_EVENTS = 100  # events on the timeline graphic: more crowd it past reading
MAX_TEXT = 20_000  # characters in one paragraph, item, cell or quote (layout is superlinear)
MAX_ATTRIBUTE = 1_000  # characters of one attribute: a title, marking or date line
_BRIEF_TEXT = {"title", "subtitle", "subject", "keywords", "by", "date"}  # carry the brief's text
_ATTRIBUTES = [
    "title",
    "subtitle",
    "author",
    "subject",
    "keywords",
    "language",
    "marking",
    "office",
    "reference",
]


class _Budget:
    """Counts the elements of one document against MAX_ELEMENTS."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.count = 0

    def take(self, tag: str, number: int = 1) -> None:
        self.count += number
        if self.count > MAX_ELEMENTS:
            raise TemplateError(
                f"{self.source}: <{tag}>: the output has more than {MAX_ELEMENTS} blocks, list "
                "items, table rows and events (a limit that keeps layout bounded)"
            )


def parse_markup(markup: str, source: str = "template", theme: Theme | None = None) -> Document:
    """Parse a template's XML output into the document model, in `theme`'s look."""
    if len(markup) > MAX_MARKUP:
        raise TemplateError(f"{source}: output has more than {MAX_MARKUP} characters")
    try:
        root = ET.fromstring(markup)
    except ET.ParseError as error:
        raise TemplateError(f"{source}: output is not well-formed ({error})") from None
    if root.tag != "document":
        raise TemplateError(f"{source}: output must have <document> as its root")
    budget = _Budget(source)
    try:
        blocks = tuple(_block(element, budget) for element in root)
    except RecursionError:
        raise TemplateError(f"{source}: output nests inline elements too deeply") from None
    values = {name: _attribute(root, name, source) for name in _ATTRIBUTES}
    return Document(
        title=_clean(values["title"]),
        subtitle=_clean(values["subtitle"]),
        author=_clean(values["author"]),
        subject=_clean(values["subject"]),
        keywords=tuple(k.strip() for k in values["keywords"].split(";") if k.strip()),
        language=values["language"],
        marking=_clean(values["marking"]),
        office=_clean(values["office"]),
        reference=_clean(values["reference"]),
        theme=theme or Theme(),
        blocks=blocks,
    )


def _attribute(element: ET.Element, name: str, source: str) -> str:
    """An attribute's value, refused when longer than MAX_ATTRIBUTE characters. One that
    carries the brief's text has its runs with no space shortened first, as a document prints
    them (a speaker's or a title's 7,000-character run ends as 100 and a mark); a configured
    value (a marking) is refused, never shortened."""
    value = element.get(name, "en" if name == "language" else "")
    if name in _BRIEF_TEXT:
        value = printable(value)
    if len(value) > MAX_ATTRIBUTE:
        raise TemplateError(
            f"{source}: <{element.tag} {name}>: {len(value)} characters (at most {MAX_ATTRIBUTE})"
        )
    return value


def _block(element: ET.Element, budget: _Budget) -> Block:
    tag, source = element.tag, budget.source
    budget.take(tag)
    if tag in ("h1", "h2"):
        return Heading(_text(element, source), level=int(tag[1]))
    if tag == "p":
        return Paragraph(_runs(element, source), style=element.get("style", "body"))
    if tag == "ul":
        items = [item for item in element if item.tag == "li"]
        budget.take("li", len(items))
        return BulletList(tuple(_runs(item, source) for item in items))
    if tag == "quote":
        return BlockQuote(_text(element, source), _clean(_attribute(element, "by", source)))
    if tag == "table":
        return _table(element, budget)
    if tag == "timeline":
        events = [event for event in element if event.tag == "event"]
        if len(events) > MAX_EVENTS:
            raise TemplateError(
                f"{source}: <timeline>: {len(events)} events (the graphic shows at most "
                f"{MAX_EVENTS})"
            )
        budget.take("event", len(events))
        return TimelineChart(
            tuple(
                TimelinePoint(_clean(_attribute(e, "date", source)), _text(e, source))
                for e in events
            )
        )
    raise TemplateError(f"{source}: unknown element <{tag}>")


def _table(element: ET.Element, budget: _Budget) -> Table:
    """A table: rows and columns within bounds, widths positive numbers."""
    source = budget.source
    rows = [row for row in element if row.tag == "tr"]
    if len(rows) > MAX_ROWS:
        raise TemplateError(f"{source}: <table>: {len(rows)} rows (at most {MAX_ROWS})")
    budget.take("tr", len(rows))
    cells = [tuple(_text(cell, source) for cell in row) for row in rows]
    columns = max((len(row) for row in cells), default=0)
    if columns > MAX_COLUMNS:
        raise TemplateError(f"{source}: <table>: {columns} columns (at most {MAX_COLUMNS})")
    return Table(cells[0] if cells else (), tuple(cells[1:]), _widths(element, source))


def _widths(element: ET.Element, source: str) -> tuple[float, ...]:
    """The relative column widths of `widths="3,1,2"`: positive, finite numbers."""
    given = _attribute(element, "widths", source)
    try:
        widths = tuple(float(w) for w in given.split(",") if w.strip())
    except ValueError:
        widths = (math.nan,)  # refused below, as a negative or infinite width is
    if not all(0 < w < math.inf for w in widths):
        raise TemplateError(
            f"{source}: <table widths={given!r}>: widths must be positive numbers separated "
            "by commas"
        )
    return widths


def _text(element: ET.Element, source: str) -> str:
    """An element's whole text, whitespace collapsed, within MAX_TEXT characters."""
    text = "".join(element.itertext())
    if len(text) > MAX_TEXT:
        raise TemplateError(
            f"{source}: <{element.tag}>: {len(text)} characters (at most {MAX_TEXT})"
        )
    return _clean(text)


def _runs(element: ET.Element, source: str) -> tuple[Run, ...]:
    """Inline text with <b>, <i> and <a href>, whitespace collapsed as in HTML."""
    runs: list[Run] = []

    def walk(node: ET.Element, bold: bool, italic: bool, href: str) -> None:
        if node.text:
            runs.append(Run(node.text, bold, italic, href))
        for child in node:
            if child.tag not in _INLINE:
                raise TemplateError(
                    f"{source}: <{child.tag}> is not allowed inside <{element.tag}>"
                )
            link = child.get("href", "") if child.tag == "a" else href
            walk(child, bold or child.tag == "b", italic or child.tag == "i", link)
            if child.tail:
                runs.append(Run(child.tail, bold, italic, href))

    walk(element, False, False, "")
    if sum(len(run.text) for run in runs) > MAX_TEXT:
        raise TemplateError(f"{source}: <{element.tag}>: more than {MAX_TEXT} characters")
    collapsed = [Run(re.sub(r"\s+", " ", r.text), r.bold, r.italic, r.href) for r in runs]
    if collapsed:
        first, last = collapsed[0], collapsed[-1]
        collapsed[0] = Run(first.text.lstrip(), first.bold, first.italic, first.href)
        last = collapsed[-1]
        collapsed[-1] = Run(last.text.rstrip(), last.bold, last.italic, last.href)
    return tuple(run for run in collapsed if run.text)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
