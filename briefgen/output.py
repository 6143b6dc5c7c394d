"""Writing briefs: safe file names inside the output folder, all-or-nothing writes.

A brief's files (DOCX, PDF, JSON) are written to temporary files beside their targets first,
then renamed into place together: a failure (a full disk, a read-only folder) leaves the old
files as they were and no temporary behind, and is one `OutputError` naming the path and the
reason. A file that is replaced keeps its permissions (a private brief stays private).
A missing output folder is created; a path that exists and is not a folder is an error.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from pathlib import Path

from briefgen.document import Document
from briefgen.errors import OutputError, RenderError
from briefgen.model import Brief
from briefgen.steps import logged_step
from briefgen.terminal import visible

log = logging.getLogger(__name__)

FORMATS = ("docx", "pdf", "json")
_SLUG_MAX = 60  # characters: a readable name
# Bytes of UTF-8: file systems allow 255 per name, and the date, the extension and the
# temporary file's prefix and suffix need about 35 of them.
_SLUG_MAX_BYTES = 150
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")  # en/em dash, minus: hyphens
# Latin letters that Unicode does not decompose to an ASCII base, spelt as they usually are.
_LATIN = str.maketrans(
    dict(zip("ßæœøłđðþıħ", ("ss", "ae", "oe", "o", "l", "d", "d", "th", "i", "h"), strict=True))
)


def slug(title: str) -> str:
    """A file-name-safe, lower-case form of a title that keeps its script.

    Latin letters are folded to ASCII ('Erdoğan' -> 'erdogan'); letters and digits of other
    scripts are kept ('Владимир' -> 'владимир'); everything else (separators, dots, control
    and format characters, punctuation) splits words, which are joined by hyphens. The result
    is capped by characters and bytes; a title with no letter or digit at all gets a short
    hash of itself, so that different titles still get different names."""
    words = re.findall(r"[^\s\-]+", _fold(_DASHES.sub("-", title.lower())))
    text = _cap("-".join(words))
    if not text:
        return "brief" if not title.strip() else f"brief-{_digest(title)}"
    return text


def _fold(title: str) -> str:
    """Each character (of a lower-case title) as ASCII when it folds to it, kept when it is
    a letter, digit or mark of another script, else a space."""
    kept = []
    for char in unicodedata.normalize("NFC", title).translate(_LATIN):
        ascii_form = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
        if ascii_form:
            kept.append(re.sub(r"[^A-Za-z0-9\-]", " ", ascii_form))
        elif unicodedata.category(char) in ("Mn", "Mc"):
            # a mark keeps a Devanagari or Thai word whole; after a Latin letter it is dropped
            kept.append("" if kept and kept[-1].isascii() else char)
        else:
            kept.append(char if char.isalnum() else " ")
    return "".join(kept)


def _cap(text: str) -> str:
    """At most _SLUG_MAX characters and _SLUG_MAX_BYTES of UTF-8, cut at a character."""
    text = text[:_SLUG_MAX]
    while len(text.encode("utf-8")) > _SLUG_MAX_BYTES:
        text = text[:-1]
    return text.strip("-")


def _digest(title: str) -> str:
    return hashlib.sha256(title.encode("utf-8")).hexdigest()[:8]


def output_stem(brief: Brief) -> str:
    """'<as-of date>-<slug of the title>'."""
    return f"{brief.as_of.isoformat()}-{slug(brief.title)}"


def check_folder(outdir: Path) -> None:
    """Fail early, before any work, when the output folder cannot be one."""
    if outdir.exists() and not outdir.is_dir():
        raise OutputError(f"{outdir}: not a folder (a file of that name exists)")
    if outdir.is_dir() and not os.access(outdir, os.W_OK | os.X_OK):
        raise OutputError(f"{outdir}: cannot write here ({os.strerror(errno.EACCES)})")


def write_brief(
    brief: Brief, document: Document | None, outdir: Path, formats: Sequence[str]
) -> list[Path]:
    """Write the brief in each format, all or none; return the paths, in `formats` order."""
    from briefgen.render import PageOverflow, docx_bytes, pdf_bytes

    renderers: dict[str, Callable[[], bytes]] = {
        "json": brief.to_json_bytes,
        "docx": lambda: docx_bytes(_needs(document)),
        "pdf": lambda: pdf_bytes(_needs(document)),
    }
    stem = output_stem(brief)
    try:  # every format made before any is written
        contents = {
            outdir / f"{stem}.{fmt}": logged_step(log, f"render {fmt}", renderers[fmt], _size)
            for fmt in formats
        }
    except PageOverflow as error:
        raise RenderError(str(error)) from None
    return logged_step(log, "write", lambda: write_together(contents), _written)


def _size(data: bytes) -> str:
    return f"{len(data):,} bytes"


def _written(paths: list[Path]) -> str:
    return ", ".join(visible(str(path)) for path in paths)


def _needs(document: Document | None) -> Document:
    if document is None:
        raise RenderError("a document is needed to render DOCX or PDF")
    return document


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` so that readers see the old file or the new one, never half."""
    return write_together({path: data})[0]


def write_together(contents: Mapping[Path, bytes]) -> list[Path]:
    """Write each file to a temporary beside it, then rename them all into place; on any
    failure the temporaries are removed and the old files stay (OutputError, or the
    interrupt itself on Ctrl-C)."""
    for folder in dict.fromkeys(path.parent for path in contents):
        _make_folder(folder)
    temporaries: dict[Path, Path] = {}
    try:
        for path, data in contents.items():
            temporaries[path] = _temporary_for(path)
            _write_temporary(temporaries[path], data, _mode_of(path))
        _replace_all(temporaries)
    except OSError as error:
        raise OutputError(_reason(error, next(reversed(temporaries), None))) from None
    finally:  # also on Ctrl-C: never leave a temporary file behind
        for temporary in temporaries.values():
            with suppress(OSError):
                temporary.unlink(missing_ok=True)
    return list(contents)


def _make_folder(folder: Path) -> None:
    check_folder(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{folder}: cannot create the folder ({error.strerror})") from None


def _temporary_for(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


def _mode_of(path: Path) -> int | None:
    """The permission bits of the file being replaced, or None for a new file."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None


def _write_temporary(temporary: Path, data: bytes, mode: int | None) -> None:
    """Write and flush one temporary file; with `mode`, it gets the replaced file's mode."""
    with open(temporary, "xb") as stream:  # "x": created new, with the usual permissions
        if mode is not None:
            os.fchmod(stream.fileno(), mode)
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def _replace_all(temporaries: Mapping[Path, Path]) -> None:
    """Rename each temporary over its target; if one rename fails, put back what was already
    replaced: old files kept as hard links until all are in place, new files removed."""
    done: dict[Path, Path | None] = {}  # target: its backup, None when it is new
    try:
        for path, temporary in temporaries.items():
            existed = path.exists()
            backup = _backup(path) if existed else None
            if backup is not None or not existed:
                done[path] = backup
            os.replace(temporary, path)
    except BaseException:
        for path, backup in done.items():
            with suppress(OSError):
                _restore(path, backup)
        raise
    finally:
        for backup in done.values():
            if backup is not None:
                with suppress(OSError):
                    backup.unlink(missing_ok=True)


def _backup(path: Path) -> Path | None:
    """A hard link to the file about to be replaced (None when the file system has none)."""
    backup = _temporary_for(path)
    try:
        os.link(path, backup)
    except OSError:
        return None
    return backup


def _restore(path: Path, backup: Path | None) -> None:
    if backup is None:
        path.unlink(missing_ok=True)
    else:
        os.replace(backup, path)


def _reason(error: OSError, path: Path | None) -> str:
    """'<path>: <reason>' for an error while writing `path` (a temporary names its target)."""
    named = Path(error.filename) if error.filename else path
    if named is not None and named.name.startswith(".") and named.name.endswith(".tmp"):
        named = named.with_name(named.name[1:].rsplit(".", 2)[0])
    reason = error.strerror or str(error)
    return f"{named}: cannot write ({reason})" if named else f"cannot write ({reason})"
