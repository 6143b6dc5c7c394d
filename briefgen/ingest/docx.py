"""Word articles: paragraphs in order with python-docx, title and date from core properties."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from briefgen.errors import InputError
from briefgen.ingest.clean import BRIEF_MARK, BRIEF_OUTPUT, article, check_zip
from briefgen.model import Article

SUFFIXES = (".docx",)


def read(path: Path, raw: bytes) -> list[Article]:
    """The article in a DOCX; the archive's size and ratio are checked before it is opened."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    check_zip(raw, path, "DOCX")
    try:
        document = docx.Document(io.BytesIO(raw))
        paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
        props = document.core_properties
        title, author, created = props.title, props.author, props.created
        ours = props.category == BRIEF_MARK
    except (
        PackageNotFoundError,
        KeyError,
        ValueError,
        XMLSyntaxError,
        zipfile.BadZipFile,
    ) as error:
        raise InputError(f"{path}: corrupt DOCX ({type(error).__name__})") from None
    if ours:
        raise InputError(f"{path}: {BRIEF_OUTPUT}")
    if not paragraphs:
        raise InputError(f"{path}: the DOCX has no text")
    return [
        article(
            str(path),
            title or None,
            "\n\n".join(paragraphs),
            published=created.date() if created else None,
            author=author or None,
        )
    ]
