"""Plain-text and Markdown articles, with optional YAML front matter."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from briefgen.errors import InputError
from briefgen.ingest.clean import article, clean, decode
from briefgen.model import Article

SUFFIXES = (".txt", ".md", ".markdown")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELDS = ("title", "date", "publisher", "url", "author")
# A closing credit line such as "This article is written by the team of The Defense News."
_BYLINE = re.compile(
    r"^\W*(?:this (?:article|story|report) (?:is|was) )?"
    r"(?:written|reported|produced|published|compiled) by (?:the (?:team|staff|editors) of )?"
    r"(?P<publisher>[^.!?]{2,80}?)\.?\s*$",
    re.IGNORECASE,
)
# A title is a short first line; longer lines, lines ending in sentence punctuation and
# lines opening with a quote mark are body.
_TITLE_MAX_CHARS = 150
_SENTENCE_END = '.!?:;"”’)'
_QUOTE_OPEN = "\"“‘'«"


def read_text(path: Path) -> Article:
    """Read a .txt or .md article; raise InputError naming the file and the reason."""
    return read(path, path.read_bytes())[0]


def read(path: Path, raw: bytes) -> list[Article]:
    """The article in a text file's bytes (front matter, title line and byline understood)."""
    meta, body = _split_front_matter(clean(decode(raw, path)), path)
    body, credited = _strip_byline(body)
    if not body.strip():
        raise InputError(f"{path}: no article text after the front matter")
    return [
        article(
            str(path),
            _text_field(meta, "title", path) or _title_line(body) or path.stem,
            body,
            published=_date_field(meta, path),
            publisher=_text_field(meta, "publisher", path) or credited,
            url=_text_field(meta, "url", path),
            author=_text_field(meta, "author", path),
        )
    ]


def _split_front_matter(text: str, path: Path) -> tuple[dict[str, object], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text.strip("\n")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        raise InputError(f"{path}: front matter is not valid YAML ({error})") from None
    if not isinstance(meta, dict):
        raise InputError(f"{path}: front matter must be a mapping of fields")
    fields = {key: value for key, value in meta.items() if key in _FIELDS}
    return fields, text[match.end() :].strip("\n")


def _strip_byline(body: str) -> tuple[str, str | None]:
    head, _, last = body.rstrip().rpartition("\n")
    match = _BYLINE.match(last.strip())
    if not head or not match:
        return body.rstrip(), None
    return head.rstrip(), match.group("publisher").strip()


def _title_line(body: str) -> str | None:
    first = body.split("\n", 1)[0].strip()
    if (
        first
        and len(first) <= _TITLE_MAX_CHARS
        and not first.endswith(tuple(_SENTENCE_END))
        and not first.startswith(tuple(_QUOTE_OPEN))
    ):
        return first
    return None


def _text_field(meta: dict[str, object], name: str, path: Path) -> str | None:
    value = meta.get(name)
    if value is None:
        return None
    if not isinstance(value, str | int | float):
        raise InputError(f"{path}: front matter field {name!r} must be text")
    return str(value).strip() or None


def _date_field(meta: dict[str, object], path: Path) -> dt.date | None:
    value = meta.get("date")
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(f"{path}: front matter date {value!r} is not YYYY-MM-DD") from None
