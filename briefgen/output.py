"""Writing briefs: safe file names inside the output folder, atomic writes."""

from __future__ import annotations

import os
import re
import secrets
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from briefgen.document import Document
from briefgen.errors import RenderError
from briefgen.model import Brief

FORMATS = ("docx", "pdf", "json")
_SLUG_MAX = 60


def slug(title: str) -> str:
    """A file-name-safe, lower-case ASCII form of a title."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    text = "-".join(words)[:_SLUG_MAX].rstrip("-")
    return text or "brief"


def output_stem(brief: Brief) -> str:
    """'<as-of date>-<slug of the title>'."""
    return f"{brief.as_of.isoformat()}-{slug(brief.title)}"


def write_brief(
    brief: Brief, document: Document | None, outdir: Path, formats: Sequence[str]
) -> list[Path]:
    """Write the brief in each format; return the paths written, in `formats` order."""
    from briefgen.render import PageOverflow, docx_bytes, pdf_bytes

    renderers: dict[str, Callable[[], bytes]] = {
        "json": lambda: brief.to_json().encode("utf-8"),
        "docx": lambda: docx_bytes(_needs(document)),
        "pdf": lambda: pdf_bytes(_needs(document)),
    }
    try:
        made = {fmt: renderers[fmt]() for fmt in formats}  # all made before any is written
    except PageOverflow as error:
        raise RenderError(str(error)) from None
    outdir.mkdir(parents=True, exist_ok=True)
    stem = output_stem(brief)
    return [write_atomic(outdir / f"{stem}.{fmt}", made[fmt]) for fmt in formats]


def _needs(document: Document | None) -> Document:
    if document is None:
        raise RenderError("a document is needed to render DOCX or PDF")
    return document


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` so that readers see the old file or the new one, never half."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temporary, "xb") as stream:  # "x": created new, with the usual permissions
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:  # also on Ctrl-C: never leave a partial file behind
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
