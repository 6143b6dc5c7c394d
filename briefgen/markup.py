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
"""

from __future__ import annotations

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
)
from briefgen.errors import TemplateError

_INLINE = {"b", "i", "a"}


def parse_markup(markup: str, source: str = "template", theme: Theme | None = None) -> Document:
    """Parse a template's XML output into the document model, in `theme`'s look."""
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
        office=_clean(root.get("office", "")),
        reference=_clean(root.get("reference", "")),
        theme=theme or Theme(),
        blocks=tuple(_block(element, source) for element in root),
    )


def _block(element: ET.Element, source: str) -> Block:
    tag = element.tag
    if tag in ("h1", "h2"):
        return Heading(_clean("".join(element.itertext())), level=int(tag[1]))
    if tag == "p":
        return Paragraph(_runs(element, source), style=element.get("style", "body"))
    if tag == "ul":
        return BulletList(tuple(_runs(item, source) for item in element if item.tag == "li"))
    if tag == "quote":
        return BlockQuote(_clean("".join(element.itertext())), _clean(element.get("by", "")))
    if tag == "table":
        rows = [
            tuple(_clean("".join(c.itertext())) for c in row) for row in element if row.tag == "tr"
        ]
        widths = tuple(float(w) for w in element.get("widths", "").split(",") if w.strip())
        return Table(rows[0] if rows else (), tuple(rows[1:]), widths)
    if tag == "timeline":
        points = [
            TimelinePoint(_clean(event.get("date", "")), _clean("".join(event.itertext())))
            for event in element
            if event.tag == "event"
        ]
        return TimelineChart(tuple(points))
    raise TemplateError(f"{source}: unknown element <{tag}>")


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
    collapsed = [Run(re.sub(r"\s+", " ", r.text), r.bold, r.italic, r.href) for r in runs]
    if collapsed:
        first, last = collapsed[0], collapsed[-1]
        collapsed[0] = Run(first.text.lstrip(), first.bold, first.italic, first.href)
        last = collapsed[-1]
        collapsed[-1] = Run(last.text.rstrip(), last.bold, last.italic, last.href)
    return tuple(run for run in collapsed if run.text)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
