"""JSON and JSON Lines exports: objects with `title`, `text` or `body`, `date`, `url`, `publisher`.

A .json file holds one object, a list of them, or an object with an `articles` or `items` list.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefgen.errors import InputError
from briefgen.ingest.clean import article, decode, parse_date, with_title
from briefgen.ingest.html import fragment_text
from briefgen.ingest.limits import DEFAULT_LIMITS, Limits, over
from briefgen.model import Article

SUFFIXES = (".json", ".jsonl", ".ndjson")
_LISTS = ("articles", "items")


def read(path: Path, raw: bytes, limits: Limits = DEFAULT_LIMITS) -> list[Article]:
    """One article per object; a record without text fails the file, naming the record.

    Records are counted before a JSON Lines file is parsed; nesting deeper than Python's
    parser allows is refused."""
    text = decode(raw, path)
    try:
        if path.suffix.lower() == ".json":
            records = _records(json.loads(text))
        else:
            lines = [line for line in text.splitlines() if line.strip()]
            _check_count(len(lines), path, limits)
            records = [json.loads(line) for line in lines]
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: invalid JSON (line {error.lineno}: {error.msg})") from None
    except RecursionError:
        raise InputError(f"{path}: JSON nested too deeply to read") from None
    if not records:
        raise InputError(f"{path}: no article records")
    _check_count(len(records), path, limits)
    several = len(records) > 1
    return [
        _article(f"{path}#{number}" if several else str(path), record)
        for number, record in enumerate(records, start=1)
    ]


def _check_count(count: int, path: Path, limits: Limits) -> None:
    if count > limits.max_records:
        raise InputError(f"{path}: {over(count, 'records', limits.max_records, '--max-records')}")


def _records(data: object) -> list[object]:
    if isinstance(data, dict):
        listed = next((data[key] for key in _LISTS if isinstance(data.get(key), list)), None)
        return listed if listed is not None else [data]
    return data if isinstance(data, list) else [data]


def _article(where: str, record: object) -> Article:
    if not isinstance(record, dict):
        raise InputError(f"{where}: a record must be an object with a text")
    body = record.get("text") or record.get("body") or record.get("content")
    if not isinstance(body, str) or not body.strip():
        raise InputError(f"{where}: the record has no `text` or `body`")
    if "<" in body and ">" in body:
        body = fragment_text(body)
    title = record.get("title")
    title = title if isinstance(title, str) else None
    return article(
        where,
        title,
        with_title(title, body.strip()),
        published=parse_date(record.get("date") or record.get("published")),
        publisher=_text(record, "publisher"),
        url=_text(record, "url"),
        author=_text(record, "author"),
    )


def _text(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) else None
